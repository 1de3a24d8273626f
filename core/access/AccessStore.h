#pragma once

#include "core/access/Principal.h"
#include "core/common/Result.h"

namespace coffer::storage {
class Database;
}

// The access tables in vault.db (principals, group_members, role_assignments, access_policies) and the permission
// model in meta. Plain reads and writes: callers authorise first (Engine) and hold the write transaction.
namespace coffer::access::store {

Result<void> createTables(storage::Database &db);
// The vault's creator: a user holding Owner, Key Vault Administrator and Key Vault Data Access Administrator at
// the vault, and on an access-policy vault a policy with every permission but purge.
Result<void> bootstrapOwner(storage::Database &db, const QString &ownerId, const QString &ownerName,
                            PermissionModel model, qint64 now);
// The vault's system principal (an application named "vault-system", no keyslot: nobody can unlock as it), which
// scheduled rotations, renewals and notices run as (Engine::runAsSystem). It holds Key Vault Crypto Officer,
// Secrets Officer and Certificates Officer at the vault, and an access policy for the same work (keys: get, list,
// update, rotate; secrets: get, list, set; certificates: get, list, update, create): removing those, or the
// principal, stops scheduled actions (each refusal is recorded). Its id is kept in meta (system_principal_id).
// Does nothing when the vault has one already.
Result<void> bootstrapSystem(storage::Database &db, qint64 now);
inline constexpr char kSystemPrincipalName[] = "vault-system";

Result<AccessState> load(storage::Database &db);
Result<PermissionModel> permissionModel(storage::Database &db);
Result<void> setPermissionModel(storage::Database &db, PermissionModel model);

Result<void> insertPrincipal(storage::Database &db, const Principal &principal);
Result<void> deletePrincipal(storage::Database &db, const QString &principalId); // cascades
Result<void> addMember(storage::Database &db, const QString &groupId, const QString &memberId);
Result<bool> removeMember(storage::Database &db, const QString &groupId, const QString &memberId);

Result<void> insertAssignment(storage::Database &db, const RoleAssignment &assignment); // AlreadyExists
Result<bool> deleteAssignment(storage::Database &db, const QString &assignmentId);
// Assignments scoped to one object end with it (purge): a later object of the same name starts without them.
Result<void> forgetObject(storage::Database &db, ObjectKind kind, const QString &name);

Result<void> upsertPolicy(storage::Database &db, const AccessPolicyEntry &policy);
Result<bool> deletePolicy(storage::Database &db, const QString &principalId);

} // namespace coffer::access::store
