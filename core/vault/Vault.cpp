#include "core/vault/Vault.h"

#include "core/common/Ids.h"
#include "core/common/Log.h"
#include "core/crypto/Argon2Kdf.h"
#include "core/crypto/Random.h"
#include "core/crypto/SelfTest.h"
#include "core/storage/Database.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/KeychainStore.h"
#include "core/vault/KeyslotCrypto.h"
#include "core/vault/Meta.h"
#include "core/vault/ObjectStore.h"
#include "core/vault/RecoveryKey.h"
#include "core/vault/Schema.h"
#include "core/vault/SecretStore.h"
#include "core/vault/VaultBundle.h"

#include <QDir>

#include <algorithm>
#include <functional>

#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>

namespace coffer {

namespace {
const QString kKeychainService = QStringLiteral("Coffer");

QString keychainAccount(const QString &vaultId, const QString &slotId)
{
    return QStringLiteral("vault/%1/slot/%2").arg(vaultId, slotId);
}

Keyslot newSlot(KeyslotType type, const QString &label, const QString &principalId, const Clock &clock,
                const VaultHeader &header)
{
    Keyslot slot;
    do {
        slot.id = ids::newShortId();
    } while (header.slot(slot.id));
    slot.type = type;
    slot.label = label;
    slot.principalId = principalId;
    slot.created = clock.now().toUTC();
    return slot;
}

Result<Keyslot> makePassphraseSlot(const VaultHeader &header, const SecureBytes &vmk, const SecureString &passphrase,
                                   const QString &label, const QString &principalId, const Clock &clock,
                                   std::optional<Argon2Params> kdf)
{
    if (passphrase.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the passphrase is empty"));
    Keyslot slot = newSlot(KeyslotType::Passphrase, label, principalId, clock, header);
    slot.argon2 = kdf ? *kdf : crypto::calibrateArgon2();
    slot.kdfSalt = crypto::randomBytes(16);
    auto kek = keyslots::passphraseKek(slot, passphrase);
    if (!kek)
        return kek.error();
    COFFER_TRY(keyslots::wrapInto(slot, header.vaultId, *kek, vmk));
    return slot;
}

struct RecoveryMade
{
    Keyslot slot;
    SecureString text;
};

Result<RecoveryMade> makeRecoverySlot(const VaultHeader &header, const SecureBytes &vmk, const QString &label,
                                      const QString &principalId, const Clock &clock)
{
    Keyslot slot = newSlot(KeyslotType::Recovery, label, principalId, clock, header);
    slot.kdfSalt = crypto::randomBytes(16);
    SecureBytes raw;
    SecureString text = recovery::generate(&raw);
    auto kek = keyslots::recoveryKek(slot, raw);
    if (!kek)
        return kek.error();
    COFFER_TRY(keyslots::wrapInto(slot, header.vaultId, *kek, vmk));
    return RecoveryMade {std::move(slot), std::move(text)};
}

} // namespace

struct Vault::Private
{
    QString path;
    VaultHeader header;
    SecureBytes vmk;
    SecureBytes macKey;
    std::unique_ptr<storage::Database> db;
    const Clock *clock = nullptr;
    QString unlockedSlotId;
    VaultProperties properties;
    std::unique_ptr<BackupKeys> backupKeys;
    std::unique_ptr<SecretStore> secrets;
    int purgedOnOpen = 0;
    int schemaVersion = 0;

    Result<void> loadProperties();
    Result<void> loadProperties(const QHash<QString, QString> &settings);
    // Makes the object stores once the database and properties are ready.
    Result<void> startStores();
    // Applies `change` to the header as it is on disk, under the database's write lock, then seals and writes
    // it and records its generation in the database.
    Result<void> mutateHeader(const std::function<Result<void>(VaultHeader &)> &change);
    // Picks up keyslot changes another process made.
    Result<void> refreshHeader();
};

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

Result<void> Vault::Private::startStores()
{
    backupKeys = std::make_unique<BackupKeys>(*db, *clock);
    secrets = std::make_unique<SecretStore>(*db, *clock, properties, *backupKeys);
    return {};
}

Result<void> Vault::Private::mutateHeader(const std::function<Result<void>(VaultHeader &)> &change)
{
    // The database's write lock (BEGIN IMMEDIATE) also serialises header changes between processes: the change
    // is applied to the header as it is on disk now, not to this process's possibly older copy.
    storage::Transaction tx(*db);
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

Vault::~Vault() = default;

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
        COFFER_TRY(tx.commit());
    }
    COFFER_TRY(p->db->checkpoint()); // so vault.db holds page 1 and its salt on disk
    auto salt = bundle::readDatabaseSalt(path);
    if (!salt)
        return salt.error();
    header.databaseSalt = *salt;

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

namespace {
KeyslotType slotTypeFor(Credential::Kind kind)
{
    switch (kind) {
    case Credential::Kind::Passphrase: return KeyslotType::Passphrase;
    case Credential::Kind::RecoveryKey: return KeyslotType::Recovery;
    case Credential::Kind::Keychain: return KeyslotType::Keychain;
    }
    return KeyslotType::Passphrase;
}

struct Unlocked
{
    SecureBytes vmk;
    QString slotId;
};

Result<Unlocked> unlockSlots(const VaultHeader &header, const Credential &credential, KeychainStore *keychain)
{
    const KeyslotType type = slotTypeFor(credential.kind);
    const QString typeName = keyslotTypeName(type);
    QList<const Keyslot *> candidates;
    for (const Keyslot &slot : header.keyslots)
        if (slot.type == type && (credential.slotId.isEmpty() || slot.id == credential.slotId))
            candidates.append(&slot);
    if (candidates.isEmpty()) {
        if (!credential.slotId.isEmpty())
            return Error(ErrorCode::NotFound,
                         QStringLiteral("this vault has no %1 keyslot with id %2").arg(typeName, credential.slotId));
        return Error(ErrorCode::NotFound,
                     QStringLiteral("this vault has no %1 keyslot; unlock it another way").arg(typeName));
    }

    SecureBytes recoveryRaw;
    if (credential.kind == Credential::Kind::RecoveryKey) {
        auto raw = recovery::parse(credential.secret);
        if (!raw)
            return raw.error();
        recoveryRaw = std::move(*raw);
    } else if (credential.kind == Credential::Kind::Passphrase && credential.secret.isEmpty()) {
        return Error(ErrorCode::WrongCredential, QStringLiteral("no passphrase was given"));
    } else if (credential.kind == Credential::Kind::Keychain && !keychain) {
        return Error(ErrorCode::KeychainUnavailable, QStringLiteral("no OS keychain is available here"));
    }

    std::optional<Error> keychainFailure;
    for (const Keyslot *slot : candidates) {
        Result<SecureBytes> kek = Error(ErrorCode::Internal, {});
        switch (credential.kind) {
        case Credential::Kind::Passphrase: kek = keyslots::passphraseKek(*slot, credential.secret); break;
        case Credential::Kind::RecoveryKey: kek = keyslots::recoveryKek(*slot, recoveryRaw); break;
        case Credential::Kind::Keychain: kek = keychain->read(slot->keychainService, slot->keychainAccount); break;
        }
        if (!kek) {
            if (credential.kind == Credential::Kind::Keychain) {
                keychainFailure = kek.error();
                continue;
            }
            return kek.error();
        }
        auto vmk = keyslots::unwrap(*slot, header.vaultId, *kek);
        if (vmk)
            return Unlocked {std::move(*vmk), slot->id};
        if (vmk.error().code() != ErrorCode::WrongCredential)
            return vmk.error();
    }
    if (keychainFailure)
        return *keychainFailure;
    switch (credential.kind) {
    case Credential::Kind::Passphrase:
        return Error(ErrorCode::WrongCredential, QStringLiteral("the passphrase does not unlock this vault"));
    case Credential::Kind::RecoveryKey:
        return Error(ErrorCode::WrongCredential, QStringLiteral("the recovery key does not unlock this vault"));
    case Credential::Kind::Keychain: break;
    }
    return Error(ErrorCode::WrongCredential,
                 QStringLiteral("the key in the OS keychain does not unlock this vault (it belongs to another copy)"));
}
} // namespace

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
    if (p->header.generation > expected)
        COFFER_TRY(meta::set(*p->db, meta::kHeaderGeneration, QString::number(p->header.generation)));
    COFFER_TRY(p->loadProperties(*settings));
    COFFER_TRY(p->startStores());
    auto purged = ObjectStore::purgeDue(*p->db, clock);
    if (!purged)
        return purged.error();
    p->purgedOnOpen = *purged;
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

QString Vault::unlockedSlotId() const
{
    return d->unlockedSlotId;
}

QString Vault::principalId() const
{
    const Keyslot *slot = d->header.slot(d->unlockedSlotId);
    return slot ? slot->principalId : QString();
}

Result<void> Vault::setPurgeProtection(bool enabled)
{
    storage::Transaction tx(*d->db);
    COFFER_TRY(tx.begin());
    COFFER_TRY(d->loadProperties()); // another process may have turned it on meanwhile
    if (!enabled) {
        if (d->properties.purgeProtection)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("purge protection cannot be turned off once it is on (as in Azure Key Vault)"));
        return {};
    }
    if (d->properties.purgeProtection)
        return {};
    COFFER_TRY(meta::set(*d->db, meta::kPurgeProtection, QStringLiteral("1")));
    COFFER_TRY(tx.commit());
    d->properties.purgeProtection = true;
    return {};
}

namespace {
Result<void> appendSlot(VaultHeader &header, const Keyslot &slot)
{
    if (header.slot(slot.id))
        return Error(ErrorCode::Conflict,
                     QStringLiteral("keyslot id %1 was just taken by another process; try again").arg(slot.id));
    header.keyslots.append(slot);
    return {};
}
} // namespace

Result<QString> Vault::addPassphraseSlot(const SecureString &passphrase, const QString &label,
                                         std::optional<Argon2Params> kdf)
{
    // The slow KDF runs before the header is locked.
    auto slot = makePassphraseSlot(d->header, d->vmk, passphrase, label, principalId(), *d->clock, kdf);
    if (!slot)
        return slot.error();
    COFFER_TRY(d->mutateHeader([&](VaultHeader &h) { return appendSlot(h, *slot); }));
    return slot->id;
}

Result<Vault::RecoverySlot> Vault::addRecoverySlot(const QString &label)
{
    auto made = makeRecoverySlot(d->header, d->vmk, label, principalId(), *d->clock);
    if (!made)
        return made.error();
    COFFER_TRY(d->mutateHeader([&](VaultHeader &h) { return appendSlot(h, made->slot); }));
    return RecoverySlot {made->slot.id, std::move(made->text)};
}

Result<QString> Vault::addKeychainSlot(KeychainStore &keychain, const QString &label)
{
    Keyslot slot = newSlot(KeyslotType::Keychain, label, principalId(), *d->clock, d->header);
    slot.keychainService = kKeychainService;
    slot.keychainAccount = keychainAccount(d->header.vaultId, slot.id);
    const SecureBytes kek = crypto::randomSecret(32);
    COFFER_TRY(keyslots::wrapInto(slot, d->header.vaultId, kek, d->vmk));
    COFFER_TRY(keychain.write(slot.keychainService, slot.keychainAccount, kek));
    auto committed = d->mutateHeader([&](VaultHeader &h) { return appendSlot(h, slot); });
    if (!committed) {
        (void)keychain.remove(slot.keychainService, slot.keychainAccount);
        return committed.error();
    }
    return slot.id;
}

Result<void> Vault::removeKeyslot(const QString &slotId, KeychainStore *keychain)
{
    Keyslot removed;
    COFFER_TRY(d->mutateHeader([&](VaultHeader &h) -> Result<void> {
        const Keyslot *slot = h.slot(slotId);
        if (!slot)
            return Error(ErrorCode::NotFound, QStringLiteral("this vault has no keyslot %1").arg(slotId));
        if (h.keyslots.size() == 1)
            return Error(
                    ErrorCode::InvalidArgument,
                    QStringLiteral("keyslot %1 is the last way to unlock this vault; add another first").arg(slotId));
        removed = *slot;
        h.keyslots.removeIf([&slotId](const Keyslot &s) { return s.id == slotId; });
        return {};
    }));
    if (removed.type == KeyslotType::Keychain && keychain) {
        auto r = keychain->remove(removed.keychainService, removed.keychainAccount);
        if (!r)
            qCWarning(lcVault) << "keyslot removed but its keychain entry stays:" << r.error().toString();
    }
    return {};
}

Result<void> Vault::changePassphrase(const QString &slotId, const SecureString &newPassphrase,
                                     std::optional<Argon2Params> kdf)
{
    const QString id = slotId.isEmpty() ? d->unlockedSlotId : slotId;
    if (newPassphrase.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the new passphrase is empty"));
    // Derive the new key-encryption key before taking the lock; the slot is rewrapped inside it.
    Keyslot fresh;
    fresh.id = id;
    fresh.argon2 = kdf ? *kdf : crypto::calibrateArgon2();
    fresh.kdfSalt = crypto::randomBytes(16);
    auto kek = keyslots::passphraseKek(fresh, newPassphrase);
    if (!kek)
        return kek.error();
    return d->mutateHeader([&](VaultHeader &h) -> Result<void> {
        for (Keyslot &s : h.keyslots) {
            if (s.id != id)
                continue;
            if (s.type != KeyslotType::Passphrase)
                return Error(ErrorCode::InvalidArgument,
                             QStringLiteral("keyslot %1 is a %2 slot, not a passphrase slot")
                                     .arg(id, keyslotTypeName(s.type)));
            s.argon2 = fresh.argon2;
            s.kdfSalt = fresh.kdfSalt;
            return keyslots::wrapInto(s, h.vaultId, *kek, d->vmk);
        }
        return Error(ErrorCode::NotFound, QStringLiteral("this vault has no keyslot %1").arg(id));
    });
}

Result<void> Vault::checkIntegrity()
{
    return d->db->checkIntegrity();
}

SecretStore &Vault::secrets()
{
    return *d->secrets;
}

BackupKeys &Vault::backupKeys()
{
    return *d->backupKeys;
}

int Vault::purgedOnOpen() const
{
    return d->purgedOnOpen;
}

Result<qint64> Vault::externalChangeCounter()
{
    auto stmt = d->db->cached("PRAGMA data_version");
    if (!stmt)
        return stmt.error();
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const qint64 value = *row ? (*stmt)->int64(0) : 0;
    (*stmt)->reset();
    return value;
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
