#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/rotation/SecretRotationPolicy.h"
#include "core/vault/ObjectStore.h"
#include "core/vault/ObjectTypes.h"
#include "core/vault/ScheduleTypes.h"

#include <QByteArray>
#include <QList>

#include <vector>

namespace coffer::storage {
class Database;
}
namespace coffer::access {
class Engine;
}

namespace coffer {

class BackupKeys;

struct SecretBundle
{
    VersionInfo info;
    SecureBytes value;
};

struct SecretSetRequest
{
    QString name;
    SecureBytes value;
    NewVersionAttributes attributes;
};

// Secrets as Azure Key Vault defines them (values are opaque bytes; nbf/exp are informational; only `enabled`
// blocks reading), with larger values than Azure's 25 KB. Every call is one SQLCipher transaction, and every call
// is first checked by the engine for the session's principal (ErrorCode::Forbidden names what is missing).
class SecretStore
{
public:
    SecretStore(access::Engine &engine, const VaultProperties &vault, BackupKeys &backupKeys);

    Result<VersionInfo> set(const QString &name, const SecureBytes &value, const NewVersionAttributes &attributes = {});
    // Like set(), but only for a new name: AlreadyExists when a live secret has it (Conflict when a deleted one
    // does), checked in the same transaction so another process cannot slip in between.
    Result<VersionInfo> create(const QString &name, const SecureBytes &value,
                               const NewVersionAttributes &attributes = {});
    // Many secrets in one transaction (imports): all or nothing.
    Result<int> setMany(const std::vector<SecretSetRequest> &requests);
    // The value of the current version, or of `version`. Forbidden when that version is disabled.
    Result<SecretBundle> get(const QString &name, const QString &version = {});
    // Metadata only, never the value.
    Result<VersionInfo> show(const QString &name, const QString &version = {});
    Result<QList<VersionInfo>> list();
    Result<QList<VersionInfo>> listVersions(const QString &name);
    Result<VersionInfo> updateAttributes(const QString &name, const QString &version, const AttributeUpdate &update);

    Result<DeletedInfo> remove(const QString &name);
    Result<QList<DeletedInfo>> listDeleted();
    Result<DeletedInfo> getDeleted(const QString &name);
    Result<VersionInfo> recover(const QString &name);
    Result<void> purge(const QString &name);

    // Every version with attributes and values, sealed under the vault's backup key.
    Result<QByteArray> backup(const QString &name);
    // Conflict when the name exists here (live or deleted); NotFound when this vault lacks the backup's key.
    Result<VersionInfo> restore(QByteArrayView backupFile);

    // Rotation (Coffer's extension; core/vault/SecretRotation.cpp). The policy (SecretRotationPolicyGet): the
    // stored one, or SecretRotationPolicy::defaultPolicy() (notify 30 days before expiry) with id set either way.
    Result<rotation::SecretRotationPolicy> rotationPolicy(const QString &name);
    // Validated (SecretRotationPolicy::validate with the clock's now), stored, returned as stored with its id
    // and created/updated (SecretRotationPolicySet). Managed secrets (a certificate's) are refused.
    Result<rotation::SecretRotationPolicy> setRotationPolicy(const QString &name,
                                                             const rotation::SecretRotationPolicy &policy);
    // "Rotate now" (SecretRotate): a new version whose value the policy's generator makes (InvalidArgument naming
    // the fix when the policy has no generator), with the current version's content type and tags and
    // exp = RotationPlanner::newVersionExpiry(policy, now); older versions untouched; a "rotated" notice on the
    // new version. The value is never returned, logged or recorded: read it with get().
    Result<VersionInfo> rotate(const QString &name);
    // The scheduled run for secrets (as KeyStore::rotateDue): a due Rotate -> SecretRotateIfDue; a due Notify ->
    // SecretNearExpiryEventGridNotification and a near_expiry notice, once per version. Managed secrets and
    // secrets whose current version is disabled are left out (Skipped when something was due). The caller
    // (Vault::runDue) wraps it in Engine::runAsSystem.
    Result<QList<DueOutcome>> rotateDue(bool dryRun);

private:
    Result<SecretBundle> getInTransaction(const QString &name, const QString &version);
    Result<QByteArray> backupInTransaction(const QString &name);
    Result<VersionInfo> restoreInTransaction(QByteArrayView backupFile);
    Result<VersionInfo> setInTransaction(const QString &name, const SecureBytes &value,
                                         const NewVersionAttributes &attributes);
    // Rotation (SecretRotation.cpp): a new version from the policy's generator, inside the caller's run(), with a
    // "rotated" notice on it. Conflict when `expectedVersion` is set and is no longer the current version (or the
    // current version was disabled meanwhile).
    Result<VersionInfo> rotateInTransaction(const QString &name, const QString &reason, const QString &expectedVersion);
    access::Engine &m_engine;
    storage::Database &m_db;
    ObjectStore m_objects;
    BackupKeys &m_backupKeys;
};

} // namespace coffer
