#include "core/access/AccessStore.h"

#include "core/access/Roles.h"
#include "core/common/Ids.h"
#include "core/storage/Database.h"
#include "core/vault/Meta.h"

#include <QHash>

namespace coffer::access::store {

namespace {
QString joined(const QStringList &list)
{
    return list.join(u' ');
}
QStringList splitList(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}
} // namespace

Result<void> createTables(storage::Database &db)
{
    COFFER_TRY(db.exec("CREATE TABLE principals ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " name_key TEXT NOT NULL UNIQUE,"
                       " type INTEGER NOT NULL,"
                       " created INTEGER NOT NULL,"
                       " created_by TEXT NOT NULL DEFAULT '')"));
    // Groups hold users and applications; groups do not nest.
    COFFER_TRY(db.exec("CREATE TABLE group_members ("
                       " group_id TEXT NOT NULL REFERENCES principals(id) ON DELETE CASCADE,"
                       " member_id TEXT NOT NULL REFERENCES principals(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (group_id, member_id)) WITHOUT ROWID"));
    COFFER_TRY(db.exec("CREATE TABLE role_assignments ("
                       " id TEXT PRIMARY KEY,"
                       " role_id TEXT NOT NULL,"
                       " principal_id TEXT NOT NULL REFERENCES principals(id) ON DELETE CASCADE,"
                       " scope TEXT NOT NULL,"
                       " scope_key TEXT NOT NULL,"
                       " created INTEGER NOT NULL,"
                       " created_by TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (role_id, principal_id, scope_key))"));
    COFFER_TRY(db.exec("CREATE INDEX role_assignments_scope ON role_assignments (scope_key)"));
    return db.exec("CREATE TABLE access_policies ("
                   " principal_id TEXT PRIMARY KEY REFERENCES principals(id) ON DELETE CASCADE,"
                   " keys TEXT NOT NULL DEFAULT '',"
                   " secrets TEXT NOT NULL DEFAULT '',"
                   " certificates TEXT NOT NULL DEFAULT '',"
                   " updated INTEGER NOT NULL)");
}

Result<void> bootstrapOwner(storage::Database &db, const QString &ownerId, const QString &ownerName,
                            PermissionModel model, qint64 now)
{
    Principal owner;
    owner.id = ownerId;
    owner.name = validatePrincipalName(ownerName) ? ownerName : QStringLiteral("owner");
    owner.type = PrincipalType::User;
    owner.created = now;
    COFFER_TRY(insertPrincipal(db, owner));
    for (const char *role : {roles::kOwner, roles::kAdministrator, roles::kDataAccessAdministrator}) {
        RoleAssignment assignment;
        assignment.id = ids::newUuid();
        assignment.roleId = QLatin1StringView(role);
        assignment.principalId = ownerId;
        assignment.created = now;
        COFFER_TRY(insertAssignment(db, assignment));
    }
    if (model == PermissionModel::AccessPolicy) {
        AccessPolicyEntry policy;
        policy.principalId = ownerId;
        const QStringList all {QStringLiteral("all")};
        policy.keys = *normalizePermissions(PolicyFamily::Keys, all);
        policy.secrets = *normalizePermissions(PolicyFamily::Secrets, all);
        policy.certificates = *normalizePermissions(PolicyFamily::Certificates, all);
        policy.updated = now;
        COFFER_TRY(upsertPolicy(db, policy));
    }
    return bootstrapSystem(db, now);
}

Result<void> bootstrapSystem(storage::Database &db, qint64 now)
{
    auto existing = meta::get(db, meta::kSystemPrincipalId);
    if (existing)
        return {};
    if (existing.error().code() != ErrorCode::NotFound)
        return existing.error();
    Principal system;
    system.id = ids::newUuid();
    system.type = PrincipalType::App;
    system.created = now;
    // A person may already use the name: then the first free "vault-system-N".
    auto taken = db.prepare("SELECT 1 FROM principals WHERE name_key = ?");
    if (!taken)
        return taken.error();
    for (int n = 0;; ++n) {
        system.name = n == 0 ? QLatin1StringView(kSystemPrincipalName)
                             : QStringLiteral("%1-%2").arg(QLatin1StringView(kSystemPrincipalName)).arg(n);
        taken->bind(1, system.name.toCaseFolded());
        auto row = taken->step();
        if (!row)
            return row.error();
        taken->reset();
        if (!*row)
            break;
    }
    COFFER_TRY(insertPrincipal(db, system));
    for (const char *role : {roles::kCryptoOfficer, roles::kSecretsOfficer, roles::kCertificatesOfficer}) {
        RoleAssignment assignment;
        assignment.id = ids::newUuid();
        assignment.roleId = QLatin1StringView(role);
        assignment.principalId = system.id;
        assignment.created = now;
        COFFER_TRY(insertAssignment(db, assignment));
    }
    AccessPolicyEntry policy;
    policy.principalId = system.id;
    const auto perms = [](PolicyFamily family, std::initializer_list<const char *> names) -> Result<QStringList> {
        QStringList list;
        for (const char *name : names)
            list.append(QLatin1StringView(name));
        return normalizePermissions(family, list);
    };
    auto keys = perms(PolicyFamily::Keys, {"get", "list", "update", "rotate"});
    auto secrets = perms(PolicyFamily::Secrets, {"get", "list", "set"});
    auto certificates = perms(PolicyFamily::Certificates, {"get", "list", "update", "create"});
    if (!keys || !secrets || !certificates)
        return Error(ErrorCode::Internal, QStringLiteral("the system principal's access policy is not valid"));
    policy.keys = *keys;
    policy.secrets = *secrets;
    policy.certificates = *certificates;
    policy.updated = now;
    COFFER_TRY(upsertPolicy(db, policy));
    return meta::set(db, meta::kSystemPrincipalId, system.id);
}

Result<PermissionModel> permissionModel(storage::Database &db)
{
    auto value = meta::get(db, meta::kPermissionModel);
    if (!value)
        return value.error();
    return *value == u"accessPolicy" ? PermissionModel::AccessPolicy : PermissionModel::Rbac;
}

Result<void> setPermissionModel(storage::Database &db, PermissionModel model)
{
    return meta::set(db, meta::kPermissionModel, permissionModelName(model));
}

Result<AccessState> load(storage::Database &db)
{
    AccessState state;
    auto model = permissionModel(db);
    if (!model)
        return model.error();
    state.model = *model;

    auto principals = db.cached("SELECT id, name, type, created, created_by FROM principals ORDER BY name_key");
    if (!principals)
        return principals.error();
    QHash<QString, qsizetype> index;
    COFFER_TRY((*principals)->forEachRow([&](const storage::Statement &row) {
        Principal p;
        p.id = row.text(0);
        p.name = row.text(1);
        p.type = PrincipalType(row.int64(2));
        p.created = row.int64(3);
        p.createdBy = row.text(4);
        index.insert(p.id, state.principals.size());
        state.principals.append(p);
    }));
    auto members = db.cached("SELECT group_id, member_id FROM group_members");
    if (!members)
        return members.error();
    COFFER_TRY((*members)->forEachRow([&](const storage::Statement &row) {
        const QString group = row.text(0), member = row.text(1);
        if (index.contains(group) && index.contains(member)) {
            state.principals[index.value(group)].memberIds.append(member);
            state.principals[index.value(member)].groupIds.append(group);
        }
    }));
    auto assignments = db.cached("SELECT id, role_id, principal_id, scope, created, created_by FROM role_assignments"
                                 " ORDER BY created, id");
    if (!assignments)
        return assignments.error();
    std::optional<Error> bad;
    COFFER_TRY((*assignments)->forEachRow([&](const storage::Statement &row) {
        RoleAssignment a;
        a.id = row.text(0);
        a.roleId = row.text(1);
        a.principalId = row.text(2);
        auto scope = Scope::parse(row.text(3));
        if (!scope) {
            bad = Error(ErrorCode::Corrupted, QStringLiteral("role assignment %1 has a damaged scope").arg(a.id));
            return;
        }
        a.scope = *scope;
        a.created = row.int64(4);
        a.createdBy = row.text(5);
        state.assignments.append(a);
    }));
    if (bad)
        return *bad;
    auto policies = db.cached("SELECT principal_id, keys, secrets, certificates, updated FROM access_policies");
    if (!policies)
        return policies.error();
    COFFER_TRY((*policies)->forEachRow([&](const storage::Statement &row) {
        AccessPolicyEntry e;
        e.principalId = row.text(0);
        e.keys = splitList(row.text(1));
        e.secrets = splitList(row.text(2));
        e.certificates = splitList(row.text(3));
        e.updated = row.int64(4);
        state.policies.append(e);
    }));
    return state;
}

Result<void> insertPrincipal(storage::Database &db, const Principal &principal)
{
    auto taken = db.cached("SELECT name FROM principals WHERE name_key = ?");
    if (!taken)
        return taken.error();
    (*taken)->bind(1, principal.name.toCaseFolded());
    auto row = (*taken)->step();
    if (!row)
        return row.error();
    if (*row) {
        const QString existing = (*taken)->text(0);
        (*taken)->reset();
        return Error(ErrorCode::AlreadyExists,
                     QStringLiteral("a principal named '%1' already exists; choose another name").arg(existing));
    }
    auto insert = db.cached("INSERT INTO principals (id, name, name_key, type, created, created_by)"
                            " VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    (*insert)
            ->bind(1, principal.id)
            .bind(2, principal.name)
            .bind(3, principal.name.toCaseFolded())
            .bind(4, int(principal.type))
            .bind(5, principal.created)
            .bind(6, principal.createdBy);
    return (*insert)->run();
}

Result<void> deletePrincipal(storage::Database &db, const QString &principalId)
{
    auto stmt = db.cached("DELETE FROM principals WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, principalId);
    return (*stmt)->run();
}

Result<void> addMember(storage::Database &db, const QString &groupId, const QString &memberId)
{
    auto stmt = db.cached("INSERT OR IGNORE INTO group_members (group_id, member_id) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, groupId).bind(2, memberId);
    return (*stmt)->run();
}

Result<bool> removeMember(storage::Database &db, const QString &groupId, const QString &memberId)
{
    auto stmt = db.cached("DELETE FROM group_members WHERE group_id = ? AND member_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, groupId).bind(2, memberId);
    COFFER_TRY((*stmt)->run());
    return db.changes() > 0;
}

Result<void> insertAssignment(storage::Database &db, const RoleAssignment &assignment)
{
    auto exists = db.cached("SELECT id FROM role_assignments WHERE role_id = ? AND principal_id = ? AND scope_key = ?");
    if (!exists)
        return exists.error();
    (*exists)->bind(1, assignment.roleId).bind(2, assignment.principalId).bind(3, assignment.scope.key());
    auto row = (*exists)->step();
    if (!row)
        return row.error();
    if (*row) {
        const QString id = (*exists)->text(0);
        (*exists)->reset();
        const RoleDefinition *role = roles::find(assignment.roleId);
        return Error(ErrorCode::AlreadyExists,
                     QStringLiteral("the principal already holds '%1' at %2 (assignment %3)")
                             .arg(role ? role->name : assignment.roleId, assignment.scope.toString(), id));
    }
    auto insert = db.cached("INSERT INTO role_assignments (id, role_id, principal_id, scope, scope_key, created,"
                            " created_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    (*insert)
            ->bind(1, assignment.id)
            .bind(2, assignment.roleId)
            .bind(3, assignment.principalId)
            .bind(4, assignment.scope.toString())
            .bind(5, assignment.scope.key())
            .bind(6, assignment.created)
            .bind(7, assignment.createdBy);
    return (*insert)->run();
}

Result<bool> deleteAssignment(storage::Database &db, const QString &assignmentId)
{
    auto stmt = db.cached("DELETE FROM role_assignments WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, assignmentId);
    COFFER_TRY((*stmt)->run());
    return db.changes() > 0;
}

Result<void> forgetObject(storage::Database &db, ObjectKind kind, const QString &name)
{
    auto stmt = db.cached("DELETE FROM role_assignments WHERE scope_key = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, Scope::object(kind, name).key());
    return (*stmt)->run();
}

Result<void> upsertPolicy(storage::Database &db, const AccessPolicyEntry &policy)
{
    // (SQLCipher 3.4 predates SQLite's upsert; the row has no dependants, so replacing it is the same.)
    auto stmt = db.cached("INSERT OR REPLACE INTO access_policies (principal_id, keys, secrets, certificates, updated)"
                          " VALUES (?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, policy.principalId)
            .bind(2, joined(policy.keys))
            .bind(3, joined(policy.secrets))
            .bind(4, joined(policy.certificates))
            .bind(5, policy.updated);
    return (*stmt)->run();
}

Result<bool> deletePolicy(storage::Database &db, const QString &principalId)
{
    auto stmt = db.cached("DELETE FROM access_policies WHERE principal_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, principalId);
    COFFER_TRY((*stmt)->run());
    return db.changes() > 0;
}

} // namespace coffer::access::store
