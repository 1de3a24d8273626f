#pragma once

#include "core/audit/ClientInfo.h"
#include "core/common/Clock.h"
#include "core/common/KdfParams.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/Credential.h"
#include "core/vault/Keyslot.h"
#include "core/vault/ScheduleTypes.h"
#include "core/vault/VaultProperties.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace coffer {

class BackupKeys;
class CertificateStore;
class HsmBinding;
class KeyStore;
class KeychainStore;
namespace access {
class AccessControl;
class Engine;
} // namespace access
namespace audit {
class AuditService;
} // namespace audit
class SecretStore;
namespace storage {
class Database;
}

struct VaultCreateOptions
{
    QString parentFolder; // the bundle NAME.coffer/ is made inside it
    QString name; // 3–24 of 0-9a-zA-Z-, no "--" (Azure's vault name rule)
    int retentionDays = VaultProperties::kDefaultRetentionDays;
    bool purgeProtection = false;
    PermissionModel permissionModel = PermissionModel::Rbac;
    QString ownerName; // the first user's display name
    // Unset: calibrated on this machine to about 0.5 s.
    std::optional<Argon2Params> kdf;
    // Who creates it (the audit log's first record, and the session's).
    audit::ClientInfo client;
};

class Vault;

struct CreatedVault
{
    std::unique_ptr<Vault> vault;
    SecureString recoveryKey; // show once, then drop
};

struct VaultSummary // what can be read without unlocking
{
    QString path;
    QString id;
    QString name;
    QDateTime created;
    int format = 0;
    QList<KeyslotInfo> keyslots;
};

// An unlocked vault: the master key in secure memory and an open SQLCipher connection. Destroying it locks.
// The Clock (and KeychainStore) passed to create()/open() must outlive the Vault. A Vault may be made on one
// thread and used on another, but never from two threads at once.
class Vault
{
public:
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    static bool isValidVaultName(const QString &name);
    static QString bundlePath(const QString &parentFolder, const QString &name); // parent/NAME.coffer

    // Makes NAME.coffer/ with a passphrase keyslot and a recovery keyslot; returns the recovery key once.
    static Result<CreatedVault> create(const VaultCreateOptions &options, const SecureString &passphrase,
                                       const Clock &clock);
    // Reads header.json and checks the bundle without any credential.
    static Result<VaultSummary> inspect(const QString &path);
    // Every failure has its own code (see ErrorCode); nothing is written unless all checks pass.
    static Result<std::unique_ptr<Vault>> open(const QString &path, const Credential &credential, const Clock &clock,
                                               KeychainStore *keychain = nullptr);

    const QString &path() const;
    VaultProperties properties() const;
    QList<KeyslotInfo> keyslots() const;
    // The same, as operations a person asked for (recorded in the audit log as VaultGet and KeyslotList).
    Result<VaultProperties> show();
    Result<QList<KeyslotInfo>> listKeyslots();
    QString unlockedSlotId() const;
    QString principalId() const; // who this session acts as (the unlocked slot's principal)
    // Principals, role assignments, access policies and effective access (core/access/AccessControl.h).
    access::AccessControl &access();
    // The audit log of every operation (core/audit/AuditService.h).
    audit::AuditService &audit();
    // Who is calling ("console" or "cli", process id, host), written into every audit record of this session.
    void setClientInfo(const audit::ClientInfo &client);

    // Turns purge protection on for good. Turning it off is refused (InvalidArgument).
    Result<void> setPurgeProtection(bool enabled);

    Result<QString> addPassphraseSlot(const SecureString &passphrase, const QString &label,
                                      std::optional<Argon2Params> kdf = std::nullopt);
    struct RecoverySlot
    {
        QString slotId;
        SecureString recoveryKey;
    };
    Result<RecoverySlot> addRecoverySlot(const QString &label);
    Result<QString> addKeychainSlot(KeychainStore &keychain, const QString &label);
    // Refuses to remove the last slot that can unlock the vault. Removing a keychain slot also deletes its
    // keychain entry when a keychain is given.
    Result<void> removeKeyslot(const QString &slotId, KeychainStore *keychain = nullptr);
    // Rewraps the master key in a passphrase slot (the unlocked one when slotId is empty).
    Result<void> changePassphrase(const QString &slotId, const SecureString &newPassphrase,
                                  std::optional<Argon2Params> kdf = std::nullopt);

    // Reads and authenticates every page of vault.db.
    Result<void> checkIntegrity();

    SecretStore &secrets();
    // Keys, software and HSM-backed (core/vault/KeyStore.h), and the vault's PKCS#11 token (HsmBinding.h).
    KeyStore &keys();
    HsmBinding &hsm();
    // Certificates with their managed keys and secrets (core/vault/CertificateStore.h).
    CertificateStore &certificates();
    BackupKeys &backupKeys();

    // The schedule of every kind (core/vault/ScheduleTypes.h; core/vault/DueRunner.cpp).
    // Runs every due action: key and secret rotations, certificate renewals, near-expiry and expired notices.
    // Each action runs as the vault's system principal (Engine::runAsSystem), is checked and recorded on its own
    // (KeyRotateIfDue, SecretRotateIfDue, CertificateRenew, *NearExpiryEventGridNotification,
    // *ExpiredEventGridNotification) and one failure does not stop the others; the run itself is one VaultRunDue
    // record of the session's principal with the counts. Idempotent: what was done is not due any more (a second
    // run right after finds nothing). dryRun: nothing changes but the VaultRunDue record.
    Result<DueRun> runDue(bool dryRun);
    // Every version's validity and every past and planned action in [from, to] (VaultScheduleGet), for the kinds
    // the session's principal may list. Nothing is written but the record, also with a time-shift.
    Result<Schedule> schedule(const ScheduleQuery &query);
    // Notices, newest first (NotificationList), for the kinds the session's principal may list.
    Result<QList<Notification>> notifications(const NotificationFilter &filter = {});

    // Deleted objects whose purge date had come when the vault was opened, purged then.
    int purgedOnOpen() const;
    // Changes whenever another connection (another process) commits a change of content to this vault (audit
    // records do not count): poll to notice CLI changes.
    Result<qint64> externalChangeCounter();

    // For the engine's object stores (core-internal).
    access::Engine &engine();
    storage::Database &database();
    const Clock &clock() const;

private:
    struct Private;
    explicit Vault(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace coffer
