#include "core/vault/Vault.h"

#include "core/access/AccessStore.h"
#include "core/common/Ids.h"
#include "core/common/Log.h"
#include "core/crypto/Argon2Kdf.h"
#include "core/crypto/Random.h"
#include "core/crypto/SelfTest.h"
#include "core/storage/Database.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/DueRunner.h"
#include "core/vault/KeychainStore.h"
#include "core/vault/KeyslotCrypto.h"
#include "core/vault/Meta.h"
#include "core/vault/ObjectStore.h"
#include "core/vault/RecoveryKey.h"
#include "core/vault/Schema.h"
#include "core/vault/SecretStore.h"
#include "core/vault/VaultBundle.h"
#include "core/vault/VaultPrivate.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>
#include <functional>

namespace coffer {

using namespace vaultslots;

Result<void> Vault::Private::loadProperties()
{
    auto values = meta::all(*db);
    if (!values)
        return values.error();
    return loadProperties(*values);
}

Result<void> Vault::Private::loadProperties(const QHash<QString, QString> &settings)
{
    const auto *values = &settings;
    for (const char *key : {meta::kVaultId, meta::kName, meta::kCreated, meta::kRetentionDays, meta::kPurgeProtection,
                            meta::kPermissionModel, meta::kOwnerPrincipalId, meta::kOwnerName})
        if (!values->contains(QLatin1StringView(key)))
            return Error(ErrorCode::Corrupted,
                         QStringLiteral("vault.db lacks the setting '%1'; it is damaged").arg(QLatin1StringView(key)));
    const auto value = [&values](const char *key) { return values->value(QLatin1StringView(key)); };
    properties.id = value(meta::kVaultId);
    properties.name = value(meta::kName);
    properties.path = path;
    properties.created = QDateTime::fromString(value(meta::kCreated), Qt::ISODateWithMs);
    properties.retentionDays = value(meta::kRetentionDays).toInt();
    properties.purgeProtection = value(meta::kPurgeProtection) == u"1";
    properties.permissionModel
            = value(meta::kPermissionModel) == u"accessPolicy" ? PermissionModel::AccessPolicy : PermissionModel::Rbac;
    properties.ownerPrincipalId = value(meta::kOwnerPrincipalId);
    properties.ownerName = value(meta::kOwnerName);
    properties.fileFormat = header.format;
    properties.schemaVersion = schemaVersion;
    return {};
}

Result<std::unique_ptr<audit::AuditKey>> Vault::Private::loadAuditKey(storage::Database &db)
{
    auto stmt = db.prepare("SELECT private_key FROM audit_key LIMIT 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::Corrupted, QStringLiteral("vault.db has no audit key; it is damaged"));
    auto key = audit::AuditKey::fromPrivateKey(stmt->secureBlob(0));
    if (!key)
        return key.error();
    return std::make_unique<audit::AuditKey>(std::move(*key));
}

Result<void> Vault::Private::startStores()
{
    auto key = loadAuditKey(*db);
    if (!key)
        return key.error();
    auditKey = std::move(*key);
    if (header.auditPublicKey.isEmpty()) {
        // A vault made before the audit log: name its key in header.json now.
        COFFER_TRY(mutateHeader([&](VaultHeader &h) -> Result<void> {
            h.auditPublicKey = auditKey->publicKey();
            h.auditKeyId = auditKey->keyId();
            return {};
        }));
    } else if (header.auditPublicKey != auditKey->publicKey()) {
        return Error(ErrorCode::HeaderMismatch,
                     QStringLiteral("header.json names another audit key than vault.db holds; the two files belong "
                                    "to different vaults"));
    }
    engine = std::make_unique<access::Engine>(*db, *clock, sessionPrincipal(), properties.name);
    engine->setAuditKey(auditKey.get());
    audit = std::make_unique<VaultAudit>(*engine, *auditKey, properties.id, properties.name);
    access = std::make_unique<access::AccessControl>(*engine, *this);
    backupKeys = std::make_unique<BackupKeys>(*engine);
    secrets = std::make_unique<SecretStore>(*engine, properties, *backupKeys);
    hsm = std::make_unique<HsmBinding>(*engine, properties.id, keychain);
    keys = std::make_unique<KeyStore>(*engine, properties, *backupKeys, *hsm);
    certificates = std::make_unique<CertificateStore>(*engine, properties, *backupKeys, *keys, *secrets, *hsm);
    return {};
}

Result<void> Vault::Private::mutateHeader(const std::function<Result<void>(VaultHeader &)> &change)
{
    // The database's write lock (BEGIN IMMEDIATE) also serialises header changes between processes: the change
    // is applied to the header as it is on disk now, not to this process's possibly older copy. Inside the
    // caller's transaction (an access operation that adds or removes keyslots) the lock is already held.
    const bool ownTransaction = !db->inTransaction();
    storage::Transaction tx(*db);
    if (ownTransaction)
        COFFER_TRY(tx.begin());
    auto onDisk = bundle::load(path);
    if (!onDisk)
        return onDisk.error();
    if (onDisk->vaultId != header.vaultId || !onDisk->macMatches(macKey))
        return Error(ErrorCode::HeaderTampered,
                     QStringLiteral("header.json was altered outside Coffer while the vault was open; nothing was "
                                    "changed. Lock the vault and restore header.json from a backup."));
    auto stored = meta::get(*db, meta::kHeaderGeneration);
    if (!stored)
        return stored.error();
    const qint64 expected = stored->toLongLong();
    if (onDisk->generation < expected)
        return Error(ErrorCode::HeaderRolledBack,
                     QStringLiteral("header.json on disk is an older copy (generation %1, expected %2); nothing was "
                                    "changed. Put back the current header.json.")
                             .arg(onDisk->generation)
                             .arg(expected));
    VaultHeader changed = *onDisk;
    COFFER_TRY(change(changed));
    changed.generation = std::max(onDisk->generation, expected) + 1;
    changed.seal(macKey);
    // Header first, then the database: a crash between the two leaves a header one generation ahead, which
    // open() accepts and records. The reverse order would lock the owner out.
    COFFER_TRY(bundle::writeHeader(path, changed));
    COFFER_TRY(meta::set(*db, meta::kHeaderGeneration, QString::number(changed.generation)));
    if (ownTransaction)
        COFFER_TRY(tx.commit());
    header = std::move(changed);
    return {};
}

Result<void> Vault::Private::refreshHeader()
{
    auto onDisk = bundle::load(path);
    if (!onDisk)
        return onDisk.error();
    if (onDisk->vaultId != header.vaultId || !onDisk->macMatches(macKey))
        return Error(ErrorCode::HeaderTampered, QStringLiteral("header.json was altered outside Coffer"));
    if (onDisk->generation > header.generation)
        header = std::move(*onDisk);
    return {};
}

Vault::Vault(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

Vault::~Vault()
{
    // Locking signs the audit log's head, so records written in this session are covered by a checkpoint.
    if (d && d->engine)
        if (auto signedHead = d->engine->checkpoint(); !signedHead)
            qCWarning(lcVault) << "the audit log could not be checkpointed at lock:" << signedHead.error().toString();
}

Result<void> Vault::Private::recordDuePurges(const QList<std::pair<ObjectKind, QString>> &purged)
{
    for (const auto &[kind, name] : purged) {
        const access::Operation op = kind == ObjectKind::Secret ? access::Operation::SecretPurge
                : kind == ObjectKind::Key                       ? access::Operation::KeyPurge
                                                                : access::Operation::CertificatePurge;
        COFFER_TRY(engine->recordSystem(op, access::Resource::object(kind, name),
                                        QStringLiteral("its scheduled purge date had come")));
    }
    return {};
}

bool Vault::isValidVaultName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$"));
    return pattern.match(name).hasMatch() && !name.contains(QStringLiteral("--"));
}

QString Vault::bundlePath(const QString &parentFolder, const QString &name)
{
    return QDir(parentFolder).filePath(name + QStringLiteral(".coffer"));
}

Result<CreatedVault> Vault::create(const VaultCreateOptions &options, const SecureString &passphrase,
                                   const Clock &clock)
{
    COFFER_TRY(crypto::runSelfTests());
    if (!isValidVaultName(options.name))
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("'%1' is not a valid vault name: use 3-24 letters, digits and dashes, starting "
                                    "with a letter, ending with a letter or digit, without '--'")
                             .arg(options.name));
    if (options.retentionDays < VaultProperties::kMinRetentionDays
        || options.retentionDays > VaultProperties::kMaxRetentionDays)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("soft-delete retention must be 7 to 90 days, not %1").arg(options.retentionDays));
    if (passphrase.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the passphrase is empty"));
    if (options.parentFolder.isEmpty() || !QFileInfo(options.parentFolder).isDir())
        return Error(ErrorCode::NotFound,
                     QStringLiteral("the folder '%1' does not exist; create it first").arg(options.parentFolder));

    const QString path = QFileInfo(bundlePath(options.parentFolder, options.name)).absoluteFilePath();
    if (QFileInfo::exists(path))
        return Error(ErrorCode::AlreadyExists, QStringLiteral("%1 already exists; choose another name").arg(path));
    if (!QDir().mkdir(path))
        return Error(QFileInfo(options.parentFolder).isWritable() ? ErrorCode::Io : ErrorCode::ReadOnly,
                     QStringLiteral("cannot create the folder %1").arg(path));
    // Anything that fails from here removes the half-made bundle.
    auto cleanup = qScopeGuard([&path] { QDir(path).removeRecursively(); });

    auto p = std::make_unique<Private>();
    p->path = path;
    p->clock = &clock;
    p->vmk = crypto::randomSecret(32);

    VaultHeader &header = p->header;
    header.vaultId = ids::newUuid();
    header.name = options.name;
    header.created = clock.now().toUTC();
    header.generation = 1;
    auto macKey = keyslots::headerMacKey(p->vmk, header.vaultId);
    if (!macKey)
        return macKey.error();
    p->macKey = std::move(*macKey);

    const QString ownerId = ids::newUuid();
    const QString ownerName = options.ownerName.isEmpty() ? QStringLiteral("owner") : options.ownerName;

    auto db = storage::Database::open(bundle::databasePath(path), p->vmk, storage::Database::Mode::CreateNew);
    if (!db)
        return db.error();
    p->db = std::move(*db);
    auto migrated = storage::migrate(*p->db, schema::migrations());
    if (!migrated)
        return migrated.error();
    p->schemaVersion = *migrated;
    {
        storage::Transaction tx(*p->db);
        COFFER_TRY(tx.begin());
        const std::pair<const char *, QString> values[] = {
                {meta::kVaultId, header.vaultId},
                {meta::kName, options.name},
                {meta::kCreated, header.created.toString(Qt::ISODateWithMs)},
                {meta::kRetentionDays, QString::number(options.retentionDays)},
                {meta::kPurgeProtection, options.purgeProtection ? QStringLiteral("1") : QStringLiteral("0")},
                {meta::kPermissionModel, permissionModelName(options.permissionModel)},
                {meta::kHeaderGeneration, QStringLiteral("1")},
                {meta::kOwnerPrincipalId, ownerId},
                {meta::kOwnerName, ownerName},
        };
        for (const auto &[key, value] : values)
            COFFER_TRY(meta::set(*p->db, key, value));
        COFFER_TRY(access::store::bootstrapOwner(*p->db, ownerId, ownerName, options.permissionModel,
                                                 header.created.toSecsSinceEpoch()));
        COFFER_TRY(tx.commit());
    }
    COFFER_TRY(p->db->checkpoint()); // so vault.db holds page 1 and its salt on disk
    auto salt = bundle::readDatabaseSalt(path);
    if (!salt)
        return salt.error();
    header.databaseSalt = *salt;

    {
        auto key = Private::loadAuditKey(*p->db);
        if (!key)
            return key.error();
        header.auditPublicKey = (*key)->publicKey();
        header.auditKeyId = (*key)->keyId();
    }
    auto passSlot = makePassphraseSlot(header, p->vmk, passphrase, QStringLiteral("Passphrase of %1").arg(ownerName),
                                       ownerId, clock, options.kdf);
    if (!passSlot)
        return passSlot.error();
    header.keyslots.append(*passSlot);
    auto recoverySlot = makeRecoverySlot(header, p->vmk, QStringLiteral("Recovery key"), ownerId, clock);
    if (!recoverySlot)
        return recoverySlot.error();
    header.keyslots.append(recoverySlot->slot);
    header.seal(p->macKey);
    COFFER_TRY(bundle::writeHeader(path, header));

    p->unlockedSlotId = passSlot->id;
    COFFER_TRY(p->loadProperties());
    COFFER_TRY(p->startStores());
    p->engine->setClientInfo(options.client);
    // The log's first record: the creation itself (Azure's VaultPut).
    COFFER_TRY(p->engine->run(access::Operation::VaultCreate, access::Resource::vault(), [&]() -> Result<void> {
        p->engine->noteDetail(QStringLiteral("retentionDays"), options.retentionDays);
        p->engine->noteDetail(QStringLiteral("permissionModel"), permissionModelName(options.permissionModel));
        p->engine->noteDetail(QStringLiteral("purgeProtection"), options.purgeProtection);
        return {};
    }));
    cleanup.dismiss();
    qCInfo(lcVault) << "created vault" << header.vaultId << "at" << path;
    return CreatedVault {std::unique_ptr<Vault>(new Vault(std::move(p))), std::move(recoverySlot->text)};
}

Result<VaultSummary> Vault::inspect(const QString &path)
{
    auto header = bundle::load(path);
    if (!header)
        return header.error();
    VaultSummary summary;
    summary.path = QFileInfo(path).absoluteFilePath();
    summary.id = header->vaultId;
    summary.name = header->name;
    summary.created = header->created;
    summary.format = header->format;
    for (const Keyslot &slot : header->keyslots)
        summary.keyslots.append({slot.id, slot.type, slot.label, slot.principalId, slot.created});
    return summary;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &path, const Credential &credential, const Clock &clock,
                                           KeychainStore *keychain)
{
    COFFER_TRY(crypto::runSelfTests());
    auto header = bundle::load(path);
    if (!header)
        return header.error();
    auto unlocked = unlockSlots(*header, credential, keychain);
    if (!unlocked)
        return unlocked.error();

    auto p = std::make_unique<Private>();
    p->path = QFileInfo(path).absoluteFilePath();
    p->clock = &clock;
    p->vmk = std::move(unlocked->vmk);
    p->unlockedSlotId = unlocked->slotId;
    auto macKey = keyslots::headerMacKey(p->vmk, header->vaultId);
    if (!macKey)
        return macKey.error();
    p->macKey = std::move(*macKey);
    if (!header->macMatches(p->macKey))
        return Error(ErrorCode::HeaderTampered,
                     QStringLiteral("header.json was altered outside Coffer (its MAC does not verify under this "
                                    "vault's key). Restore header.json from a backup of this vault."));
    p->header = std::move(*header);

    auto db = storage::Database::open(bundle::databasePath(p->path), p->vmk, storage::Database::Mode::OpenExisting);
    if (!db) {
        if (db.error().code() == ErrorCode::Corrupted)
            return Error(ErrorCode::Corrupted,
                         QStringLiteral("vault.db is damaged: a page failed authentication although the "
                                        "credential is right. Restore vault.db from a backup."));
        return db.error();
    }
    p->keychain = keychain;
    p->db = std::move(*db);

    // Checks before anything is written: schema not newer than ours, header of this database, not rolled back.
    auto version = storage::schemaVersion(*p->db);
    if (!version)
        return version.error();
    if (*version > schema::latestVersion())
        return Error(ErrorCode::UnsupportedFormat,
                     QStringLiteral("this vault was written by a newer Coffer (schema %1; this build reads up to %2). "
                                    "Open it with a newer Coffer.")
                             .arg(*version)
                             .arg(schema::latestVersion()));
    auto settings = meta::all(*p->db);
    if (!settings)
        return settings.error();
    const QString storedId = settings->value(QLatin1StringView(meta::kVaultId));
    if (storedId.isEmpty())
        return Error(ErrorCode::Corrupted, QStringLiteral("vault.db has no vault id; it is damaged"));
    if (storedId != p->header.vaultId)
        return Error(
                ErrorCode::HeaderMismatch,
                QStringLiteral("header.json names vault %1 but vault.db is vault %2").arg(p->header.vaultId, storedId));
    const QString generation = settings->value(QLatin1StringView(meta::kHeaderGeneration));
    const qint64 expected = generation.toLongLong();
    if (p->header.generation < expected)
        return Error(ErrorCode::HeaderRolledBack,
                     QStringLiteral("header.json is an older copy (generation %1) than this vault's database expects "
                                    "(generation %2): keyslots were changed since. Put back the current header.json.")
                             .arg(p->header.generation)
                             .arg(expected));

    if (*version < schema::latestVersion()) {
        auto migrated = storage::migrate(*p->db, schema::migrations());
        if (!migrated)
            return migrated.error();
        p->schemaVersion = *migrated;
    } else {
        p->schemaVersion = *version;
    }
    const bool headerAhead = p->header.generation > expected;
    if (headerAhead)
        COFFER_TRY(meta::set(*p->db, meta::kHeaderGeneration, QString::number(p->header.generation)));
    COFFER_TRY(p->loadProperties(*settings));
    COFFER_TRY(p->startStores());
    if (headerAhead) // a keyslot change whose database commit was lost may have left slots of no principal
        COFFER_TRY(p->dropOrphanSlots());
    QList<std::pair<ObjectKind, QString>> purgedNames;
    auto purged = ObjectStore::purgeDue(*p->db, clock, &purgedNames);
    if (!purged)
        return purged.error();
    p->purgedOnOpen = *purged;
    COFFER_TRY(p->recordDuePurges(purgedNames));
    if (auto pruned = p->audit->pruneExpired(); !pruned)
        return pruned.error();
    qCInfo(lcVault) << "opened vault" << p->header.vaultId << "through keyslot" << p->unlockedSlotId;
    return std::unique_ptr<Vault>(new Vault(std::move(p)));
}

const QString &Vault::path() const
{
    return d->path;
}

VaultProperties Vault::properties() const
{
    if (auto r = d->loadProperties(); !r)
        qCWarning(lcVault) << "keeping the properties read at unlock:" << r.error().toString();
    return d->properties;
}

QList<KeyslotInfo> Vault::keyslots() const
{
    if (auto r = d->refreshHeader(); !r)
        qCWarning(lcVault) << "keeping the header read at unlock:" << r.error().toString();
    QList<KeyslotInfo> out;
    for (const Keyslot &slot : d->header.keyslots)
        out.append({slot.id, slot.type, slot.label, slot.principalId, slot.created});
    return out;
}

Result<VaultProperties> Vault::show()
{
    return d->engine->run(access::Operation::VaultGet, access::Resource::vault(), [&]() -> Result<VaultProperties> {
        COFFER_TRY(d->loadProperties());
        return d->properties;
    });
}

Result<QList<KeyslotInfo>> Vault::listKeyslots()
{
    return d->engine->run(access::Operation::KeyslotList, access::Resource::vault(),
                          [&]() -> Result<QList<KeyslotInfo>> {
                              COFFER_TRY(d->refreshHeader());
                              return keyslots();
                          });
}

QString Vault::unlockedSlotId() const
{
    return d->unlockedSlotId;
}

QString Vault::principalId() const
{
    return d->engine->principalId();
}

access::AccessControl &Vault::access()
{
    return *d->access;
}

access::Engine &Vault::engine()
{
    return *d->engine;
}

audit::AuditService &Vault::audit()
{
    return *d->audit;
}

void Vault::setClientInfo(const audit::ClientInfo &client)
{
    d->engine->setClientInfo(client);
}

Result<void> Vault::setPurgeProtection(bool enabled)
{
    return d->engine->run(access::Operation::VaultPatch, access::Resource::vault(), [&]() -> Result<void> {
        COFFER_TRY(d->loadProperties()); // another process may have turned it on meanwhile
        if (!enabled) {
            if (d->properties.purgeProtection)
                return Error(ErrorCode::InvalidArgument,
                             QStringLiteral("purge protection cannot be turned off once it "
                                            "is on (as in Azure Key Vault)"));
            return {};
        }
        if (d->properties.purgeProtection)
            return {};
        COFFER_TRY(meta::set(*d->db, meta::kPurgeProtection, QStringLiteral("1")));
        d->properties.purgeProtection = true;
        return {};
    });
}

Result<void> Vault::checkIntegrity()
{
    return d->engine->run(access::Operation::VaultCheckIntegrity, access::Resource::vault(),
                          [&] { return d->db->checkIntegrity(); });
}

SecretStore &Vault::secrets()
{
    return *d->secrets;
}

KeyStore &Vault::keys()
{
    return *d->keys;
}

HsmBinding &Vault::hsm()
{
    return *d->hsm;
}

CertificateStore &Vault::certificates()
{
    return *d->certificates;
}

BackupKeys &Vault::backupKeys()
{
    return *d->backupKeys;
}

Result<DueRun> Vault::runDue(bool dryRun)
{
    return DueRunner(*this).run(dryRun);
}

Result<Schedule> Vault::schedule(const ScheduleQuery &query)
{
    return DueRunner(*this).schedule(query);
}

Result<QList<Notification>> Vault::notifications(const NotificationFilter &filter)
{
    return DueRunner(*this).notifications(filter);
}

int Vault::purgedOnOpen() const
{
    return d->purgedOnOpen;
}

Result<qint64> Vault::externalChangeCounter()
{
    return d->engine->externalChangeCounter();
}

storage::Database &Vault::database()
{
    return *d->db;
}

const Clock &Vault::clock() const
{
    return *d->clock;
}

} // namespace coffer