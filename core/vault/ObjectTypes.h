#pragma once

#include "core/common/ObjectKind.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace coffer {

QString objectKindPath(ObjectKind kind); // "secrets", "keys", "certificates"
QString objectKindTitle(ObjectKind kind); // "secret", "key", "certificate" (for messages)

using Tags = QMap<QString, QString>;

// Azure's limits, and ours where we go further (secret values: 25 KB in Azure, 10 MiB here).
struct ObjectLimits
{
    static constexpr int kMaxNameLength = 127;
    static constexpr int kMaxTags = 15;
    static constexpr int kMaxTagNameLength = 256;
    static constexpr int kMaxTagValueLength = 256;
    static constexpr int kMaxContentTypeLength = 255;
    static constexpr qsizetype kMaxSecretValueBytes = 10 * 1024 * 1024;
};

// Attributes of one version. Times are UTC with whole seconds (Azure's IntDate).
struct ObjectAttributes
{
    bool enabled = true;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> expires;
    QDateTime created;
    QDateTime updated;
    QString recoveryLevel;
    int recoverableDays = 0;

    bool isExpiredAt(const QDateTime &now) const { return expires && *expires <= now; }
    bool isNotYetValidAt(const QDateTime &now) const { return notBefore && *notBefore > now; }
};

// What listing and showing return: everything but the value.
struct VersionInfo
{
    QString vaultName;
    ObjectKind kind = ObjectKind::Secret;
    QString name;
    QString version;
    ObjectAttributes attributes;
    QString contentType;
    Tags tags;
    bool managed = false;

    QString id() const; // coffer://VAULT/secrets/NAME/VERSION
    QString baseId() const; // coffer://VAULT/secrets/NAME
};

struct DeletedInfo
{
    VersionInfo current;
    QDateTime deletedDate;
    QDateTime scheduledPurgeDate;

    QString recoveryId() const; // coffer://VAULT/deletedsecrets/NAME
};

// A change to one version's attributes; unset fields stay as they are. For dates, an engaged optional holding
// nullopt clears the date.
struct AttributeUpdate
{
    std::optional<bool> enabled;
    std::optional<std::optional<QDateTime>> notBefore;
    std::optional<std::optional<QDateTime>> expires;
    std::optional<QString> contentType;
    std::optional<Tags> tags;
};

// What a new version starts with.
struct NewVersionAttributes
{
    bool enabled = true;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> expires;
    QString contentType;
    Tags tags;
};

namespace objects {

// Each returns InvalidArgument with a message naming the problem.
Result<void> validateName(ObjectKind kind, const QString &name);
Result<void> validateTags(const Tags &tags);
Result<void> validateContentType(const QString &contentType);
Result<void> validateDates(const std::optional<QDateTime> &notBefore, const std::optional<QDateTime> &expires);

// Lower-case form used for case-insensitive name comparison.
QString nameKey(const QString &name);
// nameKey(a) < nameKey(b) without making either key (sorting 100,000 names allocates nothing).
bool nameKeyLess(const QString &a, const QString &b);

// Parses "2026-05-01T12:00:00Z" (and the other ISO 8601 forms with an offset, or a plain date as midnight UTC).
Result<QDateTime> parseIsoDateTime(const QString &text);
// "k=v" strings (az's --tags form) into Tags; a bare "k" gives an empty value.
Result<Tags> parseTags(const QStringList &pairs);

} // namespace objects

} // namespace coffer
