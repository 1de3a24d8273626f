#include "core/vault/SecretStore.h"

#include "core/access/Engine.h"
#include "core/storage/Database.h"
#include "core/vault/BackupFile.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/CertificateStoreGuards.h"

#include <QJsonArray>

#include <openssl/crypto.h>

namespace coffer {

namespace {
Result<void> validateValue(const QString &name, const SecureBytes &value)
{
    if (value.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the value of secret '%1' is empty").arg(name));
    if (qsizetype(value.size()) > ObjectLimits::kMaxSecretValueBytes)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the value of secret '%1' is %2 bytes; the limit is %3")
                             .arg(name)
                             .arg(value.size())
                             .arg(ObjectLimits::kMaxSecretValueBytes));
    return {};
}
} // namespace

using access::Operation;

namespace {
access::Resource secret(const QString &name)
{
    return access::Resource::object(ObjectKind::Secret, name);
}
const access::Resource kAllSecrets = access::Resource::kind(ObjectKind::Secret);
} // namespace

SecretStore::SecretStore(access::Engine &engine, const VaultProperties &vault, BackupKeys &backupKeys)
    : m_engine(engine)
    , m_db(engine.database())
    , m_objects(engine.database(), engine.clock(), vault, ObjectKind::Secret)
    , m_backupKeys(backupKeys)
{ }

Result<VersionInfo> SecretStore::setInTransaction(const QString &name, const SecureBytes &value,
                                                  const NewVersionAttributes &attributes)
{
    COFFER_TRY(validateValue(name, value));
    COFFER_TRY(certrows::refuseManaged(m_db, ObjectKind::Secret, name, QStringLiteral("set")));
    auto added = m_objects.addVersion(name, attributes, value);
    if (!added)
        return added.error();
    return added->info;
}

Result<VersionInfo> SecretStore::set(const QString &name, const SecureBytes &value,
                                     const NewVersionAttributes &attributes)
{
    return m_engine.run(Operation::SecretSet, secret(name), [&] { return setInTransaction(name, value, attributes); });
}

Result<VersionInfo> SecretStore::create(const QString &name, const SecureBytes &value,
                                        const NewVersionAttributes &attributes)
{
    return m_engine.run(Operation::SecretSet, secret(name), [&]() -> Result<VersionInfo> {
        auto existing = m_objects.current(name);
        if (existing)
            return Error(ErrorCode::AlreadyExists,
                         QStringLiteral("secret '%1' already exists; add a new version "
                                        "instead")
                                 .arg(existing->name));
        if (existing.error().code() != ErrorCode::NotFound)
            return existing.error();
        return setInTransaction(name, value, attributes);
    });
}

Result<int> SecretStore::setMany(const std::vector<SecretSetRequest> &requests)
{
    // One transaction for the batch, and one record per secret besides the batch's own.
    return m_engine.runBatch(Operation::SecretSet, kAllSecrets, [&]() -> Result<int> {
        m_engine.noteDetail(QStringLiteral("batch"), qint64(requests.size()));
        for (const SecretSetRequest &request : requests) {
            // Each name is checked: an assignment may cover some of them and not others.
            COFFER_TRY(m_engine.authorize(Operation::SecretSet, secret(request.name)));
            auto r = setInTransaction(request.name, request.value, request.attributes);
            if (!r)
                return r.error();
        }
        return int(requests.size());
    });
}

Result<SecretBundle> SecretStore::get(const QString &name, const QString &version)
{
    return m_engine.run(Operation::SecretGet, secret(name), [&]() -> Result<SecretBundle> {
        auto bundle = getInTransaction(name, version);
        if (bundle)
            m_engine.noteVersion(bundle->info.version);
        return bundle;
    });
}

Result<SecretBundle> SecretStore::getInTransaction(const QString &name, const QString &version)
{
    if (version.isEmpty()) {
        // The common case in one statement; anything unusual (unknown, deleted, disabled) takes the long way
        // below for its precise error.
        auto stmt = m_db.cached("SELECT o.name, v.value, " COFFER_VERSION_COLUMNS " FROM objects o"
                                " JOIN versions v ON v.id = o.current_version"
                                " WHERE o.kind = 0 AND o.name_key = ? AND o.deleted_at IS NULL");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, objects::nameKey(name));
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (*row) {
            SecretBundle bundle {m_objects.versionFromRow(**stmt, 2, (*stmt)->text(0)), (*stmt)->secureBlob(1)};
            (*stmt)->reset();
            if (bundle.info.attributes.enabled)
                return bundle;
        }
    }
    auto resolved = m_objects.resolve(name, version);
    if (!resolved)
        return resolved.error();
    const VersionInfo &info = resolved->second;
    if (!info.attributes.enabled)
        return Error(ErrorCode::Forbidden,
                     QStringLiteral("operation get is not allowed on a disabled secret ('%1', version %2); enable "
                                    "the version first")
                             .arg(info.name, info.version));
    auto value = m_objects.value(resolved->first);
    if (!value)
        return value.error();
    if (value->isEmpty())
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("secret '%1' version %2 has no value").arg(info.name, info.version));
    return SecretBundle {info, std::move(*value)};
}

Result<VersionInfo> SecretStore::show(const QString &name, const QString &version)
{
    return m_engine.run(Operation::SecretGetProperties, secret(name), [&] { return m_objects.version(name, version); });
}

Result<QList<VersionInfo>> SecretStore::list()
{
    return m_engine.run(Operation::SecretList, kAllSecrets, [&] { return m_objects.list(); });
}

Result<QList<VersionInfo>> SecretStore::listVersions(const QString &name)
{
    return m_engine.run(Operation::SecretListVersions, secret(name), [&] { return m_objects.listVersions(name); });
}

Result<VersionInfo> SecretStore::updateAttributes(const QString &name, const QString &version,
                                                  const AttributeUpdate &update)
{
    return m_engine.run(Operation::SecretUpdate, secret(name), [&]() -> Result<VersionInfo> {
        COFFER_TRY(certrows::refuseManaged(m_db, ObjectKind::Secret, name, QStringLiteral("update")));
        return m_objects.updateAttributes(name, version, update);
    });
}

Result<DeletedInfo> SecretStore::remove(const QString &name)
{
    return m_engine.run(Operation::SecretDelete, secret(name), [&]() -> Result<DeletedInfo> {
        COFFER_TRY(certrows::refuseManaged(m_db, ObjectKind::Secret, name, QStringLiteral("delete")));
        return m_objects.softDelete(name);
    });
}

Result<QList<DeletedInfo>> SecretStore::listDeleted()
{
    return m_engine.run(Operation::SecretListDeleted, kAllSecrets, [&] { return m_objects.listDeleted(); });
}

Result<DeletedInfo> SecretStore::getDeleted(const QString &name)
{
    return m_engine.run(Operation::SecretGetDeleted, secret(name), [&] { return m_objects.getDeleted(name); });
}

Result<VersionInfo> SecretStore::recover(const QString &name)
{
    return m_engine.run(Operation::SecretRecover, secret(name), [&]() -> Result<VersionInfo> {
        COFFER_TRY(certrows::refuseManaged(m_db, ObjectKind::Secret, name, QStringLiteral("recover")));
        return m_objects.recover(name);
    });
}

Result<void> SecretStore::purge(const QString &name)
{
    return m_engine.run(Operation::SecretPurge, secret(name), [&]() -> Result<void> {
        COFFER_TRY(certrows::refuseManaged(m_db, ObjectKind::Secret, name, QStringLiteral("purge")));
        return m_objects.purge(name);
    });
}

Result<QByteArray> SecretStore::backup(const QString &name)
{
    return m_engine.run(Operation::SecretBackup, secret(name), [&]() -> Result<QByteArray> {
        // A certificate's secret is backed up with its certificate (`certificate backup`).
        COFFER_TRY(certrows::refuseManaged(m_db, ObjectKind::Secret, name, QStringLiteral("backup")));
        return backupInTransaction(name);
    });
}

Result<QByteArray> SecretStore::backupInTransaction(const QString &name)
{
    auto versions = m_objects.listVersions(name);
    if (!versions)
        return versions.error();
    auto key = m_backupKeys.ownKey();
    if (!key)
        return key.error();
    QJsonArray items;
    for (const VersionInfo &info : *versions) {
        auto resolved = m_objects.resolve(name, info.version);
        if (!resolved)
            return resolved.error();
        auto stored = m_objects.value(resolved->first);
        if (!stored)
            return stored.error();
        QJsonObject item = backupfile::versionToJson(info);
        if (!stored->isEmpty()) {
            const SecureBytes &value = *stored;
            // The payload JSON is plain memory until it is sealed; wipe every copy made on the way.
            QByteArray encoded = QByteArray::fromRawData(value.constChar(), qsizetype(value.size())).toBase64();
            QString text = QString::fromLatin1(encoded);
            item.insert(QStringLiteral("value"), text);
            OPENSSL_cleanse(encoded.data(), std::size_t(encoded.size()));
            OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
        }
        items.append(item);
    }
    const QJsonObject payload {{QStringLiteral("name"), versions->first().name}, {QStringLiteral("versions"), items}};
    return backupfile::seal(ObjectKind::Secret, *key, payload);
}

Result<VersionInfo> SecretStore::restore(QByteArrayView backupFile)
{
    return m_engine.run(Operation::SecretRestore, kAllSecrets, [&]() -> Result<VersionInfo> {
        auto restored = restoreInTransaction(backupFile);
        if (restored)
            m_engine.noteDetail(QStringLiteral("name"), restored->name);
        return restored;
    });
}

Result<VersionInfo> SecretStore::restoreInTransaction(QByteArrayView backupFile)
{
    auto envelope = backupfile::parse(backupFile);
    if (!envelope)
        return envelope.error();
    if (envelope->kind != ObjectKind::Secret)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("this is a backup of a %1, not of a secret").arg(objectKindTitle(envelope->kind)));
    auto key = m_backupKeys.find(envelope->keyId);
    if (!key)
        return Error(ErrorCode::NotFound,
                     QStringLiteral("this backup was made by a vault of another family (backup key %1); import that "
                                    "vault's backup key into this vault first")
                             .arg(envelope->keyId));
    auto payload = backupfile::open(*envelope, *key);
    if (!payload)
        return payload.error();
    const QString name = payload->value(u"name").toString();
    COFFER_TRY(objects::validateName(ObjectKind::Secret, name));
    const QJsonArray items = payload->value(u"versions").toArray();
    if (items.isEmpty())
        return Error(ErrorCode::Corrupted, QStringLiteral("the backup holds no versions"));
    return [&]() -> Result<VersionInfo> {
        COFFER_TRY(certrows::refuseManaged(m_db, ObjectKind::Secret, name, QStringLiteral("restore")));
        auto taken = m_objects.nameTaken(name);
        if (!taken)
            return taken.error();
        if (*taken)
            return Error(ErrorCode::Conflict,
                         QStringLiteral("secret '%1' already exists in this vault (or is deleted and not yet purged); "
                                        "a backup restores only under a free name")
                                 .arg(name));
        VersionInfo last;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            auto info = backupfile::versionFromJson(item, ObjectKind::Secret, name);
            if (!info)
                return info.error();
            if (info->managed)
                return Error(ErrorCode::Forbidden,
                             QStringLiteral("Operation \"restore\" is not allowed as this object's lifetime is managed "
                                            "by Key Vault. (restore its certificate instead)"));
            QByteArray encoded = item.value(u"value").toString().toLatin1();
            QByteArray raw = QByteArray::fromBase64(encoded);
            const SecureBytes secret(raw);
            OPENSSL_cleanse(raw.data(), std::size_t(raw.size()));
            OPENSSL_cleanse(encoded.data(), std::size_t(encoded.size()));
            if (secret.isEmpty())
                return Error(ErrorCode::Corrupted, QStringLiteral("the backup holds a version without a value"));
            auto restored = m_objects.restoreVersion(name, *info, secret);
            if (!restored)
                return restored.error();
            last = restored->info;
        }
        return last;
    }();
}

} // namespace coffer
