#pragma once

#include "app/cli/CommandOutput.h"
#include "core/vault/ObjectTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace coffer::cli {

// The Key Vault REST shapes (API 7.4) of versioned objects, shared by the secret, key and certificate commands.
// Dates are IntDate (seconds since 1970, UTC); nbf, exp, contentType and tags are left out when unset, as the
// REST API does. None of these ever holds a secret value: `secret show` adds "value" as a SecretField.
namespace objectjson {

// {"enabled","created","updated","nbf"?,"exp"?,"recoveryLevel","recoverableDays"}
QJsonObject attributes(const ObjectAttributes &attributes);
// A bundle without its payload: {"id" (with version),"attributes","contentType"?,"tags"?,"managed"}.
QJsonObject bundle(const VersionInfo &info);
// A list item (SecretItem, KeyItem, …): as bundle(), but "id" is the base identifier without the version.
QJsonObject item(const VersionInfo &info);
// A list-versions item: as item(), with the version's own identifier.
QJsonObject versionItem(const VersionInfo &info);
// Deleted bundle / item: bundle() or item() plus "recoveryId", "deletedDate", "scheduledPurgeDate".
QJsonObject deletedBundle(const DeletedInfo &info);
QJsonObject deletedItem(const DeletedInfo &info);

// The parts every kind's shapes share: "managed" and "tags"? of a version; "recoveryId", "deletedDate" and
// "scheduledPurgeDate" of a deleted object.
void addTagsAndManaged(QJsonObject &out, const VersionInfo &info);
void addDeleted(QJsonObject &out, const DeletedInfo &info);

// The output of a list command: toJson(info) for each info, with the table columns.
template<typename Info, typename ToJson>
CommandOutput listOutput(const QList<Info> &infos, ToJson toJson, QList<TableColumn> columns)
{
    QJsonArray items;
    for (const Info &info : infos)
        items.append(toJson(info));
    CommandOutput out;
    out.value = items;
    out.columns = std::move(columns);
    return out;
}

// -o table / tsv columns.
QList<TableColumn> itemColumns(); // Name, Enabled, Expires, ContentType, Updated
QList<TableColumn> versionColumns(); // Version, Enabled, Expires, ContentType, Updated
QList<TableColumn> deletedColumns(); // Name, Deleted, ScheduledPurge

} // namespace objectjson

} // namespace coffer::cli
