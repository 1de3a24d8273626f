#pragma once

// Vault's private state, shared by the files that implement Vault (Vault.cpp, VaultSlots.cpp). Core-internal.

#include "core/access/AccessControl.h"
#include "core/access/Engine.h"
#include "core/storage/Database.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
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
    std::unique_ptr<BackupKeys> backupKeys;
    std::unique_ptr<SecretStore> secrets;
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

    // access::CredentialIssuer: keyslots for new principals.
    Result<Keyslot> preparePassphraseSlotFor(const QString &principalId, const QString &label,
                                             const SecureString &passphrase, std::optional<Argon2Params> kdf) override;
    Result<QString> addPreparedSlot(const Keyslot &slot) override;
    Result<ClientSecret> addClientSecretSlotFor(const QString &principalId, const QString &label) override;
    Result<QString> addCertificateSlotFor(const QString &principalId, const QString &label,
                                          const QByteArray &certificate) override;
    Result<int> removeSlotsOf(const QString &principalId) override;
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
