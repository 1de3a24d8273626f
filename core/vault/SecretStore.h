#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/ObjectStore.h"
#include "core/vault/ObjectTypes.h"

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

private:
    Result<SecretBundle> getInTransaction(const QString &name, const QString &version);
    Result<QByteArray> backupInTransaction(const QString &name);
    Result<VersionInfo> restoreInTransaction(QByteArrayView backupFile);
    Result<VersionInfo> setInTransaction(const QString &name, const SecureBytes &value,
                                         const NewVersionAttributes &attributes);
    access::Engine &m_engine;
    storage::Database &m_db;
    ObjectStore m_objects;
    BackupKeys &m_backupKeys;
};

} // namespace coffer
