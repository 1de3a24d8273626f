#include "core/vault/ObjectStore.h"

#include "core/access/AccessStore.h"

#include "core/common/Ids.h"
#include "core/storage/Database.h"
#include "core/vault/Meta.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coffer {

namespace {

QString tagsToText(const Tags &tags)
{
    if (tags.isEmpty())
        return {};
    QJsonObject json;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        json.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Tags tagsFromText(const QString &text)
{
    Tags tags;
    if (text.isEmpty())
        return tags;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        tags.insert(it.key(), it.value().toString());
    return tags;
}

QDateTime fromSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

void bindOptionalSecs(storage::Statement &stmt, int index, const std::optional<QDateTime> &time)
{
    if (time)
        stmt.bind(index, time->toSecsSinceEpoch());
    else
        stmt.bindNull(index);
}
} // namespace

ObjectStore::ObjectStore(storage::Database &db, const Clock &clock, const VaultProperties &vault, ObjectKind kind)
    : m_db(db)
    , m_clock(clock)
    , m_vault(vault)
    , m_kind(kind)
{ }

qint64 ObjectStore::nowSecs() const
{
    return m_clock.now().toSecsSinceEpoch();
}

Error ObjectStore::notFound(const QString &name) const
{
    return Error(ErrorCode::NotFound,
                 QStringLiteral("%1 '%2' was not found in vault %3").arg(objectKindTitle(m_kind), name, m_vault.name));
}

Error ObjectStore::deletedConflict(const QString &name) const
{
    const QString title = objectKindTitle(m_kind);
    return Error(ErrorCode::Conflict,
                 QStringLiteral("%1 '%2' is currently in a deleted but recoverable state, and its name cannot be "
                                "reused; in this state, the %1 can only be recovered or purged")
                         .arg(title, name));
}

VersionInfo ObjectStore::versionFromRow(const storage::Statement &stmt, int c, const QString &name) const
{
    VersionInfo info;
    info.vaultName = m_vault.name;
    info.kind = m_kind;
    info.name = name;
    info.version = stmt.text(c);
    info.attributes.enabled = stmt.int64(c + 1) != 0;
    if (!stmt.isNull(c + 2))
        info.attributes.notBefore = fromSecs(stmt.int64(c + 2));
    if (!stmt.isNull(c + 3))
        info.attributes.expires = fromSecs(stmt.int64(c + 3));
    info.attributes.created = fromSecs(stmt.int64(c + 4));
    info.attributes.updated = fromSecs(stmt.int64(c + 5));
    info.attributes.recoveryLevel = m_vault.recoveryLevel();
    info.attributes.recoverableDays = m_vault.retentionDays;
    info.contentType = stmt.text(c + 6);
    info.tags = tagsFromText(stmt.text(c + 7));
    info.managed = stmt.int64(c + 8) != 0;
    return info;
}

Result<std::optional<ObjectStore::ObjectRow>> ObjectStore::findObject(const QString &name)
{
    auto stmt = m_db.cached("SELECT id, name, current_version, deleted_at, purge_at FROM objects"
                            " WHERE kind = ? AND name_key = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, int(m_kind)).bind(2, objects::nameKey(name));
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ObjectRow>();
    ObjectRow out;
    out.id = (*stmt)->int64(0);
    out.name = (*stmt)->text(1);
    out.currentVersion = (*stmt)->int64(2);
    if (!(*stmt)->isNull(3))
        out.deletedAt = (*stmt)->int64(3);
    if (!(*stmt)->isNull(4))
        out.purgeAt = (*stmt)->int64(4);
    (*stmt)->reset();
    return std::optional<ObjectRow>(out);
}

Result<ObjectStore::ObjectRow> ObjectStore::liveObject(const QString &name)
{
    COFFER_TRY(objects::validateName(m_kind, name));
    auto found = findObject(name);
    if (!found)
        return found.error();
    if (!*found || (*found)->deletedAt)
        return notFound(name);
    return **found;
}

Result<ObjectStore::ObjectRow> ObjectStore::deletedObject(const QString &name)
{
    COFFER_TRY(objects::validateName(m_kind, name));
    auto found = findObject(name);
    if (!found)
        return found.error();
    if (!*found || !(*found)->deletedAt)
        return Error(ErrorCode::NotFound,
                     QStringLiteral("deleted %1 '%2' was not found in vault %3")
                             .arg(objectKindTitle(m_kind), name, m_vault.name));
    return **found;
}

Result<bool> ObjectStore::nameTaken(const QString &name)
{
    auto found = findObject(name);
    if (!found)
        return found.error();
    return found->has_value();
}

Result<ObjectStore::NewVersion> ObjectStore::addVersion(const QString &name, const NewVersionAttributes &attributes,
                                                        const SecureBytes &value, bool managed,
                                                        const QString &presetVersion)
{
    COFFER_TRY(objects::validateName(m_kind, name));
    COFFER_TRY(objects::validateTags(attributes.tags));
    COFFER_TRY(objects::validateContentType(attributes.contentType));
    COFFER_TRY(objects::validateDates(attributes.notBefore, attributes.expires));
    VersionInfo info;
    info.vaultName = m_vault.name;
    info.kind = m_kind;
    info.name = name;
    info.version = presetVersion.isEmpty() ? ids::newVersionId() : presetVersion;
    info.attributes.enabled = attributes.enabled;
    info.attributes.notBefore = attributes.notBefore;
    info.attributes.expires = attributes.expires;
    info.attributes.created = fromSecs(nowSecs());
    info.attributes.updated = info.attributes.created;
    info.contentType = attributes.contentType;
    info.tags = attributes.tags;
    info.managed = managed;
    return restoreVersion(name, info, value);
}

Result<ObjectStore::NewVersion> ObjectStore::restoreVersion(const QString &name, const VersionInfo &version,
                                                            const SecureBytes &value)
{
    auto found = findObject(name);
    if (!found)
        return found.error();
    qint64 objectId = 0;
    qint64 versionRow = 0; // known up front for a new object, given by SQLite otherwise
    QString storedName = name;
    if (*found) {
        if ((*found)->deletedAt)
            return deletedConflict((*found)->name);
        objectId = (*found)->id;
        storedName = (*found)->name; // the name keeps the case it was first given
    } else {
        // WITHOUT ROWID tables number nothing themselves; the caller holds the write lock, so max + 1 is safe.
        // Numbering the version here too lets the object row be written once, already pointing at it.
        auto next = m_db.cached("SELECT (SELECT coalesce(max(id), 0) + 1 FROM objects),"
                                " (SELECT coalesce(max(id), 0) + 1 FROM versions)");
        if (!next)
            return next.error();
        auto nextRow = (*next)->step();
        if (!nextRow)
            return nextRow.error();
        objectId = (*next)->int64(0);
        versionRow = (*next)->int64(1);
        (*next)->reset();
        auto insert
                = m_db.cached("INSERT INTO objects (kind, name_key, id, name, current_version) VALUES (?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        (*insert)->bind(1, int(m_kind)).bind(2, objects::nameKey(name)).bind(3, objectId).bind(4, name);
        (*insert)->bind(5, versionRow);
        COFFER_TRY((*insert)->run());
    }
    auto insert = m_db.cached("INSERT INTO versions (id, object_id, version, enabled, nbf, exp, created, updated,"
                              " content_type, tags, managed, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    storage::Statement &s = **insert;
    if (versionRow)
        s.bind(1, versionRow);
    else
        s.bindNull(1);
    s.bind(2, objectId).bind(3, version.version).bind(4, version.attributes.enabled);
    bindOptionalSecs(s, 5, version.attributes.notBefore);
    bindOptionalSecs(s, 6, version.attributes.expires);
    s.bind(7, version.attributes.created.toSecsSinceEpoch()).bind(8, version.attributes.updated.toSecsSinceEpoch());
    s.bind(9, version.contentType).bind(10, tagsToText(version.tags)).bind(11, version.managed);
    if (value.isEmpty())
        s.bindNull(12);
    else
        s.bind(12, value);
    COFFER_TRY(s.run());
    if (!versionRow) {
        versionRow = m_db.lastInsertRowId();
        auto setCurrent = m_db.cached("UPDATE objects SET current_version = ? WHERE kind = ? AND name_key = ?");
        if (!setCurrent)
            return setCurrent.error();
        (*setCurrent)->bind(1, versionRow).bind(2, int(m_kind)).bind(3, objects::nameKey(name));
        COFFER_TRY((*setCurrent)->run());
    }
    NewVersion out {versionRow, version};
    out.info.vaultName = m_vault.name;
    out.info.kind = m_kind;
    out.info.name = storedName;
    out.info.attributes.recoveryLevel = m_vault.recoveryLevel();
    out.info.attributes.recoverableDays = m_vault.retentionDays;
    return out;
}

Result<SecureBytes> ObjectStore::value(qint64 versionRow)
{
    auto stmt = m_db.cached("SELECT value FROM versions WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, versionRow);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    SecureBytes out = *row ? (*stmt)->secureBlob(0) : SecureBytes();
    (*stmt)->reset();
    return out;
}

Result<std::pair<qint64, VersionInfo>> ObjectStore::resolve(const QString &name, const QString &version)
{
    auto object = liveObject(name);
    if (!object)
        return object.error();
    Result<storage::Statement *> stmt = version.isEmpty()
            ? m_db.cached("SELECT v.id, " COFFER_VERSION_COLUMNS " FROM versions v WHERE v.id = ?")
            : m_db.cached("SELECT v.id, " COFFER_VERSION_COLUMNS
                          " FROM versions v WHERE v.object_id = ? AND v.version = ?");
    if (!stmt)
        return stmt.error();
    if (version.isEmpty())
        (*stmt)->bind(1, object->currentVersion);
    else
        (*stmt)->bind(1, object->id).bind(2, version.toLower());
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound,
                     QStringLiteral("%1 '%2' has no version '%3'").arg(objectKindTitle(m_kind), object->name, version));
    std::pair<qint64, VersionInfo> out {(*stmt)->int64(0), versionFromRow(**stmt, 1, object->name)};
    (*stmt)->reset();
    return out;
}

Result<VersionInfo> ObjectStore::current(const QString &name)
{
    auto r = resolve(name);
    if (!r)
        return r.error();
    return r->second;
}

Result<VersionInfo> ObjectStore::version(const QString &name, const QString &version)
{
    auto r = resolve(name, version);
    if (!r)
        return r.error();
    return r->second;
}

Result<QList<VersionInfo>> ObjectStore::list()
{
    auto stmt = m_db.prepare("SELECT o.name, " COFFER_VERSION_COLUMNS " FROM objects o"
                             " JOIN versions v ON v.id = o.current_version"
                             " WHERE o.kind = ? AND o.deleted_at IS NULL ORDER BY o.name_key");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, int(m_kind));
    QList<VersionInfo> out;
    COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) { out.append(versionFromRow(s, 1, s.text(0))); }));
    return out;
}

Result<QList<VersionInfo>> ObjectStore::listVersions(const QString &name)
{
    auto object = liveObject(name);
    if (!object)
        return object.error();
    auto stmt = m_db.prepare("SELECT " COFFER_VERSION_COLUMNS " FROM versions v WHERE v.object_id = ? ORDER BY v.id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, object->id);
    QList<VersionInfo> out;
    COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) { out.append(versionFromRow(s, 0, object->name)); }));
    return out;
}

Result<VersionInfo> ObjectStore::updateAttributes(const QString &name, const QString &version,
                                                  const AttributeUpdate &update)
{
    auto resolved = resolve(name, version);
    if (!resolved)
        return resolved.error();
    VersionInfo info = resolved->second;
    if (info.managed && m_kind != ObjectKind::Certificate)
        return Error(ErrorCode::Forbidden,
                     QStringLiteral("%1 '%2' is managed by its certificate; change the certificate instead")
                             .arg(objectKindTitle(m_kind), info.name));
    if (update.enabled)
        info.attributes.enabled = *update.enabled;
    if (update.notBefore)
        info.attributes.notBefore = *update.notBefore;
    if (update.expires)
        info.attributes.expires = *update.expires;
    if (update.contentType)
        info.contentType = *update.contentType;
    if (update.tags)
        info.tags = *update.tags;
    COFFER_TRY(objects::validateTags(info.tags));
    COFFER_TRY(objects::validateContentType(info.contentType));
    COFFER_TRY(objects::validateDates(info.attributes.notBefore, info.attributes.expires));
    info.attributes.updated = fromSecs(nowSecs());
    auto stmt = m_db.cached("UPDATE versions SET enabled = ?, nbf = ?, exp = ?, content_type = ?, tags = ?,"
                            " updated = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    storage::Statement &s = **stmt;
    s.bind(1, info.attributes.enabled);
    bindOptionalSecs(s, 2, info.attributes.notBefore);
    bindOptionalSecs(s, 3, info.attributes.expires);
    s.bind(4, info.contentType).bind(5, tagsToText(info.tags)).bind(6, info.attributes.updated.toSecsSinceEpoch());
    s.bind(7, resolved->first);
    COFFER_TRY(s.run());
    return info;
}

Result<DeletedInfo> ObjectStore::softDelete(const QString &name)
{
    auto current = this->current(name);
    if (!current)
        return current.error();
    const qint64 now = nowSecs();
    const qint64 purgeAt = now + qint64(m_vault.retentionDays) * 86400;
    auto stmt = m_db.cached("UPDATE objects SET deleted_at = ?, purge_at = ? WHERE kind = ? AND name_key = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, now).bind(2, purgeAt).bind(3, int(m_kind)).bind(4, objects::nameKey(name));
    COFFER_TRY((*stmt)->run());
    return DeletedInfo {*current, fromSecs(now), fromSecs(purgeAt)};
}

Result<QList<DeletedInfo>> ObjectStore::listDeleted()
{
    auto stmt = m_db.prepare("SELECT o.name, o.deleted_at, o.purge_at, " COFFER_VERSION_COLUMNS " FROM objects o"
                             " JOIN versions v ON v.id = o.current_version"
                             " WHERE o.kind = ? AND o.deleted_at IS NOT NULL"
                             // A certificate's managed key and secret are listed (and recovered) with it only.
                             " AND (o.kind = 2 OR v.managed = 0)"
                             " ORDER BY o.deleted_at DESC, o.name_key");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, int(m_kind));
    QList<DeletedInfo> out;
    COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) {
        out.append(DeletedInfo {versionFromRow(s, 3, s.text(0)), fromSecs(s.int64(1)), fromSecs(s.int64(2))});
    }));
    return out;
}

Result<DeletedInfo> ObjectStore::getDeleted(const QString &name)
{
    auto object = deletedObject(name);
    if (!object)
        return object.error();
    auto stmt = m_db.cached("SELECT " COFFER_VERSION_COLUMNS " FROM versions v WHERE v.id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, object->currentVersion);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(
                ErrorCode::Corrupted,
                QStringLiteral("deleted %1 '%2' has no current version").arg(objectKindTitle(m_kind), object->name));
    DeletedInfo out {versionFromRow(**stmt, 0, object->name), fromSecs(*object->deletedAt), fromSecs(*object->purgeAt)};
    (*stmt)->reset();
    if (out.current.managed && m_kind != ObjectKind::Certificate) // shown (and recovered) with its certificate only
        return Error(ErrorCode::NotFound,
                     QStringLiteral("deleted %1 '%2' was not found in vault %3")
                             .arg(objectKindTitle(m_kind), object->name, m_vault.name));
    return out;
}

Result<VersionInfo> ObjectStore::recover(const QString &name)
{
    auto object = deletedObject(name);
    if (!object)
        return object.error();
    auto stmt = m_db.cached("UPDATE objects SET deleted_at = NULL, purge_at = NULL WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, object->id);
    COFFER_TRY((*stmt)->run());
    return current(object->name);
}

Result<void> ObjectStore::purge(const QString &name)
{
    auto object = deletedObject(name);
    if (!object)
        return object.error();
    // Read the setting now, inside the transaction: another process may have turned it on since unlock.
    auto protection = meta::get(m_db, meta::kPurgeProtection);
    if (!protection)
        return protection.error();
    if (*protection == u"1" && nowSecs() < *object->purgeAt)
        return Error(ErrorCode::Forbidden,
                     QStringLiteral("%1 '%2' cannot be purged before %3: purge protection is on for vault %4. "
                                    "It will be purged automatically then; it can still be recovered.")
                             .arg(objectKindTitle(m_kind), object->name,
                                  fromSecs(*object->purgeAt).toString(Qt::ISODate), m_vault.name));
    auto stmt = m_db.cached("DELETE FROM objects WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, object->id);
    COFFER_TRY((*stmt)->run());
    // Grants on this object end with it: a later object of the same name starts without them.
    return access::store::forgetObject(m_db, m_kind, object->name);
}

Result<int> ObjectStore::purgeDue(storage::Database &db, const Clock &clock,
                                  QList<std::pair<ObjectKind, QString>> *purged)
{
    const qint64 now = clock.now().toSecsSinceEpoch();
    // Look first (through the partial index) so an open with nothing due writes nothing.
    auto due = db.prepare("SELECT 1 FROM objects WHERE deleted_at IS NOT NULL AND purge_at <= ? LIMIT 1");
    if (!due)
        return due.error();
    due->bind(1, now);
    auto any = due->step();
    if (!any)
        return any.error();
    if (!*any)
        return 0;
    storage::Transaction tx(db);
    COFFER_TRY(tx.begin());
    if (purged) {
        auto names = db.prepare("SELECT kind, name FROM objects WHERE deleted_at IS NOT NULL AND purge_at <= ?");
        if (!names)
            return names.error();
        names->bind(1, now);
        COFFER_TRY(names->forEachRow([&](const storage::Statement &row) {
            purged->append({ObjectKind(row.int64(0)), row.text(1)});
        }));
    }
    // Role assignments scoped to the purged objects go with them (see purge()).
    auto grants = db.prepare("DELETE FROM role_assignments WHERE scope_key IN (SELECT '/' || CASE kind WHEN 0 THEN"
                             " 'secrets' WHEN 1 THEN 'keys' ELSE 'certificates' END || '/' || name_key FROM objects"
                             " WHERE deleted_at IS NOT NULL AND purge_at <= ?)");
    if (!grants)
        return grants.error();
    grants->bind(1, now);
    COFFER_TRY(grants->run());
    auto stmt = db.prepare("DELETE FROM objects WHERE deleted_at IS NOT NULL AND purge_at <= ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, now);
    COFFER_TRY(stmt->run());
    const int count = db.changes();
    // A change of content other connections (an open console) should notice.
    COFFER_TRY(db.exec("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_counter'"));
    COFFER_TRY(tx.commit());
    return count;
}

} // namespace coffer
