#pragma once

#include "core/access/Operation.h"
#include "core/access/Scope.h"
#include "core/vault/VaultProperties.h"

#include <QString>

#include <optional>

namespace coffer::access {

// What an operation is checked against: the scope, and what some checks need besides.
struct Resource
{
    Scope scope;
    QString targetPrincipalId; // keyslot and access operations: whose; self-service when it is the caller
    QString roleId; // role-assignment create: the requested role; delete: the existing assignment's role
    bool asymmetricKey = false; // key operations: public-key halves are allowed with keys/read

    static Resource vault() { return {}; }
    static Resource kind(ObjectKind kind) { return {Scope::kind(kind), {}, {}, false}; }
    static Resource object(ObjectKind kind, const QString &name) { return {Scope::object(kind, name), {}, {}, false}; }
    static Resource principal(const QString &principalId) { return {Scope::vault(), principalId, {}, false}; }
};

// Why an operation is allowed.
struct Grant
{
    enum class Source {
        RoleAssignment, // a role assigned to the principal or to a group it is in
        AccessPolicy, // the access policy of the principal or of a group it is in
        SelfService, // the caller's own keyslots or access
        Everyone, // open to every principal of the vault
    };
    Source source = Source::Everyone;
    QString assignmentId; // RoleAssignment
    QString roleId;
    QString roleName;
    QString scope; // where the assignment is ("/secrets/db")
    QString viaGroupId; // when the grant is the group's
    QString viaGroupName;
    QString permission; // the data action, action or access-policy permission that matched
};

// The authorizer's answer for one principal, operation and resource. `explanation()` is one English sentence;
// the console composes its own translated text from the fields.
struct Decision
{
    bool allowed = false;
    Operation operation = Operation::Count;
    QString principalId;
    QString principalName;
    QString resource; // the scope checked ("/secrets/db", "/")
    PermissionModel model = PermissionModel::Rbac;
    // What was needed: the RBAC action or data action Azure checks, or "secrets: purge" for access policies.
    QString required;
    std::optional<Grant> grant; // when allowed
    // When denied: what the principal does hold here (role names, or its policy's permissions), for the text.
    QStringList held;
    // When denied: roles that would grant it (RBAC) — a hint for whoever manages access.
    QStringList rolesThatGrant;
    QString denialDetail; // a specific reason ("Data Access Administrator may not assign Certificate User"…)

    QString explanation() const;
};

} // namespace coffer::access
