#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QString>

namespace coffer::storage {
class Database;
}

namespace coffer::meta {

// The vault's own settings, in the encrypted `meta` table.
inline constexpr char kVaultId[] = "vault_id";
inline constexpr char kName[] = "name";
inline constexpr char kCreated[] = "created";
inline constexpr char kRetentionDays[] = "retention_days";
inline constexpr char kPurgeProtection[] = "purge_protection";
inline constexpr char kPermissionModel[] = "permission_model";
inline constexpr char kHeaderGeneration[] = "header_generation";
inline constexpr char kOwnerPrincipalId[] = "owner_principal_id";
inline constexpr char kOwnerName[] = "owner_name";
// The vault's own principal for scheduled actions (access::store::bootstrapSystem).
inline constexpr char kSystemPrincipalId[] = "system_principal_id";

Result<QString> get(storage::Database &db, const char *key); // NotFound when absent
Result<void> set(storage::Database &db, const char *key, const QString &value);
// Every setting in one query.
Result<QHash<QString, QString>> all(storage::Database &db);

} // namespace coffer::meta
