#include "core/vault/Notifications.h"

#include "core/storage/Database.h"
#include "core/vault/ObjectTypes.h"

#include <QStringList>

namespace coffer::notices {

namespace {

QDateTime fromSecs(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}

} // namespace

Result<bool> record(storage::Database &db, qint64 versionRow, NotificationType type, const QDateTime &at,
                    const std::optional<QDateTime> &due, const QString &reason)
{
    const QString typeName = notificationTypeName(type);
    // The UNIQUE (version_id, type) constraint makes "once per version" hold across processes too.
    auto insert = db.cached("INSERT OR IGNORE INTO notifications (object_id, version_id, type, at, due, reason)"
                            " SELECT object_id, id, ?, ?, ?, ? FROM versions WHERE id = ?");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, typeName).bind(2, at.toSecsSinceEpoch());
    if (due)
        (*insert)->bind(3, due->toSecsSinceEpoch());
    else
        (*insert)->bindNull(3);
    (*insert)->bind(4, reason).bind(5, versionRow);
    COFFER_TRY((*insert)->run());
    if (db.changes() > 0)
        return true;

    auto exists = db.cached("SELECT 1 FROM versions WHERE id = ?");
    if (!exists)
        return exists.error();
    (*exists)->bind(1, versionRow);
    auto row = (*exists)->step();
    if (!row)
        return row.error();
    (*exists)->reset();
    if (!*row)
        return Error(ErrorCode::NotFound,
                     QStringLiteral("no notice was recorded: the version it is about (row %1) no longer exists; "
                                    "it was purged meanwhile")
                             .arg(versionRow));

    if (type != NotificationType::NearExpiry || !due)
        return false;
    // The version's expiry was moved out since the stored notice: the notice is due again. A notice migrated from
    // schema 6 has no `due`; its `at` stands for it (as VersionTimes::lastNotified: sent when at >= due).
    auto rearm = db.cached("UPDATE notifications SET at = ?, due = ?, reason = ?"
                           " WHERE version_id = ? AND type = ? AND COALESCE(due, at) < ?");
    if (!rearm)
        return rearm.error();
    (*rearm)->bind(1, at.toSecsSinceEpoch())
            .bind(2, due->toSecsSinceEpoch())
            .bind(3, reason)
            .bind(4, versionRow)
            .bind(5, typeName)
            .bind(6, due->toSecsSinceEpoch());
    COFFER_TRY((*rearm)->run());
    return db.changes() > 0;
}

Result<std::optional<QDateTime>> recordedAt(storage::Database &db, qint64 versionRow, NotificationType type)
{
    auto stmt = db.cached("SELECT at FROM notifications WHERE version_id = ? AND type = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, versionRow).bind(2, notificationTypeName(type));
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QDateTime>();
    const qint64 at = (*stmt)->int64(0);
    (*stmt)->reset();
    return std::optional<QDateTime>(fromSecs(at));
}

Result<QList<Notification>> list(storage::Database &db, const NotificationFilter &filter,
                                 const QList<ObjectKind> &allowed)
{
    if (filter.limit < 1)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the notice limit is %1; ask for at least 1 notice").arg(filter.limit));
    QList<ObjectKind> kinds;
    for (ObjectKind kind : filter.kinds.isEmpty() ? allowed : filter.kinds)
        if (allowed.contains(kind) && !kinds.contains(kind))
            kinds.append(kind);
    if (kinds.isEmpty())
        return QList<Notification>();

    // Kinds and types are the vault's own numbers and names (never caller text), so they are written inline.
    QStringList kindValues;
    for (ObjectKind kind : kinds)
        kindValues.append(QString::number(int(kind)));
    QString sql = QStringLiteral("SELECT n.id, o.kind, o.name, v.version, n.type, n.at, n.due, n.reason"
                                 " FROM notifications n JOIN versions v ON v.id = n.version_id"
                                 " JOIN objects o ON o.id = v.object_id WHERE o.kind IN (%1)")
                          .arg(kindValues.join(u','));
    if (!filter.types.isEmpty()) {
        QStringList typeValues;
        for (NotificationType type : filter.types)
            typeValues.append(u'\'' + notificationTypeName(type) + u'\'');
        sql += QStringLiteral(" AND n.type IN (%1)").arg(typeValues.join(u','));
    }
    if (filter.since)
        sql += QStringLiteral(" AND n.at >= :since");
    if (!filter.name.isEmpty())
        sql += QStringLiteral(" AND o.name_key = :name");
    sql += QStringLiteral(" ORDER BY n.at DESC, n.id DESC LIMIT :limit");

    const QByteArray text = sql.toUtf8();
    auto stmt = db.prepare(text.constData());
    if (!stmt)
        return stmt.error();
    int index = 0;
    if (filter.since)
        stmt->bind(++index, filter.since->toSecsSinceEpoch());
    if (!filter.name.isEmpty())
        stmt->bind(++index, objects::nameKey(filter.name));
    stmt->bind(++index, qint64(filter.limit));

    QList<Notification> out;
    bool unknownType = false;
    COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) {
        const auto type = notificationTypeFromName(s.text(4));
        if (!type) {
            unknownType = true;
            return;
        }
        Notification notice;
        notice.id = s.int64(0);
        notice.kind = ObjectKind(s.int64(1));
        notice.name = s.text(2);
        notice.version = s.text(3);
        notice.type = *type;
        notice.at = fromSecs(s.int64(5));
        if (!s.isNull(6))
            notice.due = fromSecs(s.int64(6));
        notice.reason = s.text(7);
        out.append(std::move(notice));
    }));
    if (unknownType)
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("the notifications table holds a notice of an unknown type; this Coffer is older "
                                    "than the one that wrote it: update Coffer"));
    return out;
}

} // namespace coffer::notices
