#include "core/vault/RotationPolicyRows.h"

#include "core/storage/Database.h"
#include "core/vault/ObjectTypes.h"

#include <QJsonDocument>

namespace coffer::policyrows {

Result<std::optional<StoredPolicy>> read(storage::Database &db, ObjectKind kind, const QString &name)
{
    auto stmt = db.cached("SELECT p.policy, p.created, p.updated FROM rotation_policies p"
                          " JOIN objects o ON o.id = p.object_id WHERE o.kind = ? AND o.name_key = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, qint64(kind)).bind(2, objects::nameKey(name));
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<StoredPolicy>();
    const QJsonDocument doc = QJsonDocument::fromJson((*stmt)->text(0).toUtf8());
    StoredPolicy stored {doc.object(), QDateTime::fromSecsSinceEpoch((*stmt)->int64(1), Qt::UTC),
                         QDateTime::fromSecsSinceEpoch((*stmt)->int64(2), Qt::UTC)};
    (*stmt)->reset();
    if (!doc.isObject())
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("the stored rotation policy of %1 '%2' is not a JSON object; set the policy again")
                             .arg(objectKindTitle(kind), name));
    return std::optional<StoredPolicy>(std::move(stored));
}

Result<void> write(storage::Database &db, ObjectKind kind, const QString &name, const QJsonObject &policy,
                   const QDateTime &at)
{
    const QString json = QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Compact));
    const qint64 now = at.toSecsSinceEpoch();
    auto update = db.cached("UPDATE rotation_policies SET policy = ?, updated = ? WHERE object_id ="
                            " (SELECT id FROM objects WHERE kind = ? AND name_key = ?)");
    if (!update)
        return update.error();
    (*update)->bind(1, json).bind(2, now).bind(3, qint64(kind)).bind(4, objects::nameKey(name));
    COFFER_TRY((*update)->run());
    if (db.changes() > 0)
        return {};
    auto insert = db.cached("INSERT INTO rotation_policies (object_id, policy, created, updated)"
                            " SELECT id, ?, ?, ? FROM objects WHERE kind = ? AND name_key = ?");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, json).bind(2, now).bind(3, now).bind(4, qint64(kind)).bind(5, objects::nameKey(name));
    return (*insert)->run();
}

} // namespace coffer::policyrows
