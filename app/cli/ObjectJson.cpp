#include "app/cli/ObjectJson.h"

namespace coffer::cli::objectjson {

namespace {

qint64 intDate(const QDateTime &time)
{
    return time.toSecsSinceEpoch();
}

QJsonObject common(const VersionInfo &info, const QString &id)
{
    QJsonObject out {
            {QStringLiteral("id"), id},
            {QStringLiteral("attributes"), attributes(info.attributes)},
    };
    if (!info.contentType.isEmpty())
        out.insert(QStringLiteral("contentType"), info.contentType);
    addTagsAndManaged(out, info);
    return out;
}

} // namespace

void addTagsAndManaged(QJsonObject &out, const VersionInfo &info)
{
    out.insert(QStringLiteral("managed"), info.managed);
    if (!info.tags.isEmpty()) {
        QJsonObject tags;
        for (auto it = info.tags.cbegin(); it != info.tags.cend(); ++it)
            tags.insert(it.key(), it.value());
        out.insert(QStringLiteral("tags"), tags);
    }
}

void addDeleted(QJsonObject &out, const DeletedInfo &info)
{
    out.insert(QStringLiteral("recoveryId"), info.recoveryId());
    out.insert(QStringLiteral("deletedDate"), intDate(info.deletedDate));
    out.insert(QStringLiteral("scheduledPurgeDate"), intDate(info.scheduledPurgeDate));
}

QJsonObject attributes(const ObjectAttributes &a)
{
    QJsonObject out {
            {QStringLiteral("enabled"), a.enabled},
            {QStringLiteral("created"), intDate(a.created)},
            {QStringLiteral("updated"), intDate(a.updated)},
            {QStringLiteral("recoveryLevel"), a.recoveryLevel},
            {QStringLiteral("recoverableDays"), a.recoverableDays},
    };
    if (a.notBefore)
        out.insert(QStringLiteral("nbf"), intDate(*a.notBefore));
    if (a.expires)
        out.insert(QStringLiteral("exp"), intDate(*a.expires));
    return out;
}

QJsonObject bundle(const VersionInfo &info)
{
    return common(info, info.id());
}

QJsonObject item(const VersionInfo &info)
{
    return common(info, info.baseId());
}

QJsonObject versionItem(const VersionInfo &info)
{
    return common(info, info.id());
}

QJsonObject deletedBundle(const DeletedInfo &info)
{
    QJsonObject out = bundle(info.current);
    addDeleted(out, info);
    return out;
}

QJsonObject deletedItem(const DeletedInfo &info)
{
    QJsonObject out = item(info.current);
    addDeleted(out, info);
    return out;
}

QList<TableColumn> itemColumns()
{
    using Show = TableColumn::Show;
    return {
            {QStringLiteral("Name"), QStringLiteral("id"), Show::IdName},
            {QStringLiteral("Enabled"), QStringLiteral("attributes.enabled"), Show::AsIs},
            {QStringLiteral("Expires"), QStringLiteral("attributes.exp"), Show::IntDate},
            {QStringLiteral("ContentType"), QStringLiteral("contentType"), Show::AsIs},
            {QStringLiteral("Updated"), QStringLiteral("attributes.updated"), Show::IntDate},
    };
}

QList<TableColumn> versionColumns()
{
    QList<TableColumn> columns = itemColumns();
    columns[0] = {QStringLiteral("Version"), QStringLiteral("id"), TableColumn::Show::IdVersion};
    return columns;
}

QList<TableColumn> deletedColumns()
{
    using Show = TableColumn::Show;
    return {
            {QStringLiteral("Name"), QStringLiteral("recoveryId"), Show::IdName},
            {QStringLiteral("Deleted"), QStringLiteral("deletedDate"), Show::IntDate},
            {QStringLiteral("ScheduledPurge"), QStringLiteral("scheduledPurgeDate"), Show::IntDate},
    };
}

} // namespace coffer::cli::objectjson
