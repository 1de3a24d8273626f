#pragma once

// Vault's private state, shared by the files that implement Vault (Vault.cpp, VaultSlots.cpp). Core-internal.

#include "core/access/AccessControl.h"
#include "core/access/Engine.h"
#include "core/audit/AuditKey.h"
#include "core/storage/Database.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/HsmBinding.h"
#include "core/vault/KeyStore.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultAudit.h"
#include "core/vault/VaultHeader.h"

#include <QHash>

#include <functional>
#include <memory>

namespace coffer {

class KeychainStore;

struct Vault::Private : access::CredentialIssuer
{
    QString path;
    VaultHeader header;
    SecureBytes vmk;
    SecureBytes macKey;
    std::unique_ptr<storage::Database> db;
    const Clock *clock = nullptr;
    QString unlockedSlotId;
    VaultProperties properties;
    std::unique_ptr<access::Engine> engine;
    std::unique_ptr<access::AccessControl> access;
    std::unique_ptr<audit::AuditKey> auditKey;
    std::unique_ptr<VaultAudit> audit;
    std::unique_ptr<BackupKeys> backupKeys;
    std::unique_ptr<SecretStore> secrets;
    KeychainStore *keychain = nullptr; // the one open()/create() was given (the HSM PIN may be kept there)
    std::unique_ptr<HsmBinding> hsm;
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<CertificateStore> certificates;
    int purgedOnOpen = 0;
    int schemaVersion = 0;

    Result<void> loadProperties();
    Result<void> loadProperties(const QHash<QString, QString> &settings);
    // Makes the engine and the object stores once the database and properties are ready.
    Result<void> startStores();
    // Applies `change` to the header as it is on disk, under the database's write lock (the caller's transaction
    // when it holds one), then seals and writes it and records its generation in the database.
    Result<void> mutateHeader(const std::function<Result<void>(VaultHeader &)> &change);
    // Picks up keyslot changes another process made.
    Result<void> refreshHeader();
    QString sessionPrincipal() const;
    // Conflict when no principal left with a keyslot in `h` can manage access.
    Result<void> stillManageable(const VaultHeader &h, const QString &removedSlot);
    // The audit signing key from vault.db; its public half must be the one header.json names.
    static Result<std::unique_ptr<audit::AuditKey>> loadAuditKey(storage::Database &db);
    // Records the objects the vault purged itself at open (their purge date had come).
    Result<void> recordDuePurges(const QList<std::pair<ObjectKind, QString>> &purged);

    // access::CredentialIssuer: keyslots for new principals.
    Result<Keyslot> preparePassphraseSlotFor(const QString &principalId, const QString &label,
                                             const SecureString &passphrase, std::optional<Argon2Params> kdf) override;
    Result<QString> addPreparedSlot(const Keyslot &slot) override;
    Result<ClientSecret> addClientSecretSlotFor(const QString &principalId, const QString &label) override;
    Result<QString> addCertificateSlotFor(const QString &principalId, const QString &label,
                                          const QByteArray &certificate) override;
    Result<int> removeSlotsOf(const QString &principalId) override;
    QSet<QString> principalsWithKeyslots() override;
    // Keyslots whose principal does not exist: left by a principal creation whose header write survived a crash
    // but whose database commit did not. Removed when header.json is found ahead of the database at open.
    Result<void> dropOrphanSlots();
};

namespace vaultslots {
struct RecoveryMade
{
    Keyslot slot;
    SecureString text;
};
Keyslot newSlot(KeyslotType type, const QString &label, const QString &principalId, const Clock &clock,
                const VaultHeader &header);
Result<Keyslot> makePassphraseSlot(const VaultHeader &header, const SecureBytes &vmk, const SecureString &passphrase,
                                   const QString &label, const QString &principalId, const Clock &clock,
                                   std::optional<Argon2Params> kdf);
Result<RecoveryMade> makeRecoverySlot(const VaultHeader &header, const SecureBytes &vmk, const QString &label,
                                      const QString &principalId, const Clock &clock);
struct Unlocked
{
    SecureBytes vmk;
    QString slotId;
};
// Tries the credential on the header's matching keyslots.
Result<Unlocked> unlockSlots(const VaultHeader &header, const Credential &credential, KeychainStore *keychain);
} // namespace vaultslots

} // namespace coffer
