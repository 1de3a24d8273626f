#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/ObjectTypes.h"
#include "core/vault/VaultProperties.h"

#include <functional>

namespace coffer::storage {
class Database;
class Statement;
} // namespace coffer::storage

// The version columns every query selects (table alias v), in this order; read them with versionFromRow().
#define COFFER_VERSION_COLUMNS \
    "v.version, v.enabled, v.nbf, v.exp, v.created, v.updated, v.content_type, v.tags, v.managed"

namespace coffer {

// The lifecycle every object kind shares, as Azure Key Vault defines it: versions that become current, attribute
// updates of one version, soft-delete with a retention period, recover, purge (refused early under purge
// protection), and names that stay taken while deleted. Kind-specific payloads (secret values, key material,
// certificates) live in their own tables keyed by the version row; the kind's store writes them inside the
// same transaction through the hooks below.
class ObjectStore
{
public:
    ObjectStore(storage::Database &db, const Clock &clock, const VaultProperties &vault, ObjectKind kind);

    ObjectKind kind() const { return m_kind; }

    struct NewVersion
    {
        qint64 versionRow = 0;
        VersionInfo info;
    };
    // Adds a version that becomes current (creating the object on first use). Conflict when the name is in the
    // deleted list. Runs inside the caller's transaction.
    // `value` is the kind's payload stored with the version (a secret's value); it may be empty.
    // `presetVersion`: the version id chosen beforehand (an HSM key's token objects are labelled with it).
    Result<NewVersion> addVersion(const QString &name, const NewVersionAttributes &attributes, const SecureBytes &value,
                                  bool managed = false, const QString &presetVersion = {});
    // Restores a version with its own id and dates (backup restore), inside the caller's transaction.
    Result<NewVersion> restoreVersion(const QString &name, const VersionInfo &version, const SecureBytes &value);
    // The payload of a version row (NotFound-free: an empty result when it has none).
    Result<SecureBytes> value(qint64 versionRow);

    // Live objects only. NotFound for an unknown or deleted name, or an unknown version.
    Result<VersionInfo> current(const QString &name);
    Result<VersionInfo> version(const QString &name, const QString &version);
    // The version row id (for payload tables) of current(name) or version(name, version).
    Result<std::pair<qint64, VersionInfo>> resolve(const QString &name, const QString &version = {});
    // Metadata of the current version of every live object, by name.
    Result<QList<VersionInfo>> list();
    // Every version of one live object, oldest first.
    Result<QList<VersionInfo>> listVersions(const QString &name);
    Result<VersionInfo> updateAttributes(const QString &name, const QString &version, const AttributeUpdate &update);

    Result<DeletedInfo> softDelete(const QString &name);
    Result<QList<DeletedInfo>> listDeleted();
    Result<DeletedInfo> getDeleted(const QString &name);
    Result<VersionInfo> recover(const QString &name);
    Result<void> purge(const QString &name);
    // Names of objects of this kind, live or deleted (Conflict checks on restore).
    Result<bool> nameTaken(const QString &name);

    // Reads COFFER_VERSION_COLUMNS starting at `firstColumn` (for the kinds' own joined queries).
    VersionInfo versionFromRow(const storage::Statement &stmt, int firstColumn, const QString &name) const;

    // Purges every deleted object of any kind whose scheduled purge date has come. Returns how many.
    // `purged` (optional) receives the kind and name of each.
    static Result<int> purgeDue(storage::Database &db, const Clock &clock,
                                QList<std::pair<ObjectKind, QString>> *purged = nullptr);

private:
    struct ObjectRow
    {
        qint64 id = 0;
        QString name;
        qint64 currentVersion = 0;
        std::optional<qint64> deletedAt;
        std::optional<qint64> purgeAt;
    };
    Result<std::optional<ObjectRow>> findObject(const QString &name);
    Result<ObjectRow> liveObject(const QString &name);
    Result<ObjectRow> deletedObject(const QString &name);

    Error notFound(const QString &name) const;
    Error deletedConflict(const QString &name) const;
    qint64 nowSecs() const;

    storage::Database &m_db;
    const Clock &m_clock;
    const VaultProperties &m_vault;
    ObjectKind m_kind;
};

} // namespace coffer
