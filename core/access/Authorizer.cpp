#include "core/access/Authorizer.h"

#include "core/access/Roles.h"

namespace coffer::access {

namespace {
const QString kAssignmentWrite = QStringLiteral("Microsoft.Authorization/roleAssignments/write");

std::optional<PolicyFamily> policyFamily(OperationFamily family)
{
    switch (family) {
    case OperationFamily::Secrets: return PolicyFamily::Secrets;
    case OperationFamily::Keys: return PolicyFamily::Keys;
    case OperationFamily::Certificates: return PolicyFamily::Certificates;
    case OperationFamily::Vault:
    case OperationFamily::Access: break;
    }
    return std::nullopt;
}

// The scope an operation is checked at: kind-level operations at the kind, others at the resource's scope.
Scope checkedScope(const OperationInfo &info, const Resource &resource)
{
    if (info.level == TargetLevel::Kind && resource.scope.level() != Scope::Level::Vault)
        return Scope::kind(resource.scope.objectKind());
    return resource.scope;
}

bool grantsUnrestrictedAssignmentWrite(const RoleDefinition &role)
{
    return role.grantsAction(kAssignmentWrite) && !role.restrictsAssignments();
}

QString roleNames(const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        if (const RoleDefinition *role = roles::find(id))
            names.append(role->name);
    return names.join(QStringLiteral(", "));
}
} // namespace

Authorizer::Authorizer(const AccessState &state)
    : m_state(state)
{ }

Decision Authorizer::decide(const QString &principalId, Operation operation, const Resource &resource) const
{
    const OperationInfo &info = operationInfo(operation);
    const Scope scope = checkedScope(info, resource);
    Decision d;
    d.operation = operation;
    d.principalId = principalId;
    d.resource = scope.toString();
    d.model = m_state.model;

    const Principal *principal = m_state.principal(principalId);
    if (principal)
        d.principalName = principal->name;
    if (info.operation != operation || info.name.isEmpty() || (!info.everyone && info.rbac.isEmpty())) {
        d.denialDetail = QStringLiteral("the operation is not mapped to any permission, so nobody may perform it");
        return d;
    }
    if (!principal) {
        d.denialDetail = QStringLiteral("principal %1 does not exist in this vault (it may have been deleted)")
                                 .arg(principalId);
        return d;
    }
    if (info.everyone) {
        d.allowed = true;
        d.grant = Grant {Grant::Source::Everyone, {}, {}, {}, {}, {}, {}, {}};
        return d;
    }
    if (info.selfService && !resource.targetPrincipalId.isEmpty() && resource.targetPrincipalId == principalId) {
        d.allowed = true;
        d.grant = Grant {Grant::Source::SelfService, {}, {}, {}, {}, {}, {}, {}};
        return d;
    }

    // The principal itself first, then its groups.
    QStringList identities {principalId};
    identities += principal->groupIds;
    const auto groupName = [this, &principalId](const QString &id) {
        if (id == principalId)
            return QString();
        const Principal *group = m_state.principal(id);
        return group ? group->name : id;
    };

    if (info.dataPlane && m_state.model == PermissionModel::AccessPolicy) {
        const PolicyFamily family = *policyFamily(info.family);
        d.required = policyFamilyName(family) + QStringLiteral(": ") + info.policy.join(QStringLiteral(" or "));
        bool anyPolicy = false;
        for (const QString &id : identities) {
            for (const AccessPolicyEntry &policy : m_state.policies) {
                if (policy.principalId != id)
                    continue;
                anyPolicy = true;
                const QStringList &held = policy.permissions(family);
                for (const QString &p : held)
                    if (!d.held.contains(p))
                        d.held.append(p);
                for (const QString &wanted : info.policy) {
                    if (held.contains(wanted)) {
                        d.allowed = true;
                        d.grant = Grant {Grant::Source::AccessPolicy,
                                         {},
                                         {},
                                         {},
                                         QStringLiteral("/"),
                                         {},
                                         groupName(id),
                                         policyFamilyName(family) + QStringLiteral(": ") + wanted};
                        if (id != principalId)
                            d.grant->viaGroupId = id;
                        return d;
                    }
                }
            }
        }
        if (anyPolicy && d.held.isEmpty())
            d.held.append(QStringLiteral("no %1 permissions").arg(policyFamilyName(family)));
        return d;
    }

    QStringList wanted = info.rbac;
    if (info.publicKeyOperation && resource.asymmetricKey)
        wanted.append(QStringLiteral("Microsoft.KeyVault/vaults/keys/read"));
    d.required = wanted.first();
    const bool isAssignmentWrite
            = operation == Operation::RoleAssignmentCreate || operation == Operation::RoleAssignmentDelete;
    QString conditionFailure;
    std::optional<Grant> found;
    bool unrestrictedFound = false;
    for (const QString &id : identities) {
        for (const RoleAssignment &assignment : m_state.assignments) {
            if (assignment.principalId != id || !assignment.scope.contains(scope))
                continue;
            const RoleDefinition *role = roles::find(assignment.roleId);
            if (!role)
                continue;
            if (!d.held.contains(role->name))
                d.held.append(role->name);
            if (grantsUnrestrictedAssignmentWrite(*role))
                unrestrictedFound = true;
            if (found)
                continue;
            for (const QString &action : wanted) {
                const bool grants = info.dataPlane ? role->grantsDataAction(action) : role->grantsAction(action);
                if (!grants)
                    continue;
                if (isAssignmentWrite && role->restrictsAssignments() && !resource.roleId.isEmpty()
                    && !role->assignableRoleIds.contains(resource.roleId, Qt::CaseInsensitive)) {
                    const RoleDefinition *target = roles::find(resource.roleId);
                    conditionFailure = QStringLiteral("%1 may assign and remove only %2; not %3")
                                               .arg(role->name, roleNames(role->assignableRoleIds),
                                                    target ? target->name : resource.roleId);
                    continue;
                }
                Grant g {Grant::Source::RoleAssignment,
                         assignment.id,
                         role->id,
                         role->name,
                         assignment.scope.toString(),
                         {},
                         groupName(id),
                         action};
                if (id != principalId)
                    g.viaGroupId = id;
                found = g;
                break;
            }
        }
    }
    if (found && info.needsUnrestrictedAssignmentWrite && !unrestrictedFound) {
        d.denialDetail = QStringLiteral("it needs %1 and also unrestricted %2 (Owner or User Access Administrator)")
                                 .arg(d.required, kAssignmentWrite);
        found.reset();
    }
    for (Operation other : info.alsoRequires) {
        if (!found)
            break;
        const Decision also = decide(principalId, other, Resource::vault());
        if (!also.allowed) {
            d.denialDetail = QStringLiteral("it needs %1 and also %2 at the vault (%3)")
                                     .arg(d.required, also.required, operationInfo(other).name);
            found.reset();
        }
    }
    if (found) {
        d.allowed = true;
        d.grant = found;
        d.held.clear();
        return d;
    }
    if (!conditionFailure.isEmpty())
        d.denialDetail = conditionFailure;
    for (const RoleDefinition &role : roles::builtIn()) {
        bool grants = false;
        for (const QString &action : wanted)
            grants = grants || (info.dataPlane ? role.grantsDataAction(action) : role.grantsAction(action));
        if (grants && info.needsUnrestrictedAssignmentWrite)
            grants = grantsUnrestrictedAssignmentWrite(role);
        if (grants && isAssignmentWrite && role.restrictsAssignments())
            grants = role.assignableRoleIds.contains(resource.roleId, Qt::CaseInsensitive);
        for (Operation other : info.alsoRequires) {
            const OperationInfo &also = operationInfo(other);
            bool alsoGrants = false;
            for (const QString &action : also.rbac)
                alsoGrants = alsoGrants || (also.dataPlane ? role.grantsDataAction(action) : role.grantsAction(action));
            grants = grants && alsoGrants;
        }
        if (grants)
            d.rolesThatGrant.append(role.name);
    }
    if (!info.alsoRequires.isEmpty() && d.denialDetail.isEmpty()) {
        QStringList others;
        for (Operation other : info.alsoRequires)
            others.append(operationInfo(other).rbac.value(0));
        d.denialDetail = QStringLiteral("it needs %1 and also %2 at the vault; no single built-in role grants both "
                                        "(Owner with Key Vault Administrator does)")
                                 .arg(d.required, others.join(QStringLiteral(", ")));
    }
    return d;
}

QList<Decision> Authorizer::effectiveAccess(const QString &principalId, const Scope &scope) const
{
    QList<Decision> out;
    Resource resource;
    resource.scope = scope;
    resource.targetPrincipalId = principalId;
    for (const OperationInfo &info : allOperations()) {
        const bool vaultFamily = info.family == OperationFamily::Vault || info.family == OperationFamily::Access;
        if (scope.level() == Scope::Level::Vault ? false : vaultFamily)
            continue;
        if (!vaultFamily && scope.level() != Scope::Level::Vault && info.family != familyOf(scope.objectKind()))
            continue;
        out.append(decide(principalId, info.operation, resource));
    }
    return out;
}

QList<Decision> Authorizer::whoCan(Operation operation, const Resource &resource, bool allowedOnly) const
{
    QList<Decision> out;
    for (const Principal &principal : m_state.principals) {
        Decision d = decide(principal.id, operation, resource);
        if (!allowedOnly || d.allowed)
            out.append(d);
    }
    return out;
}

bool Authorizer::hasAccessManager(const QSet<QString> *canUnlock) const
{
    for (const Principal &principal : m_state.principals) {
        if (principal.type == PrincipalType::Group || (canUnlock && !canUnlock->contains(principal.id)))
            continue;
        QStringList identities {principal.id};
        identities += principal.groupIds;
        for (const RoleAssignment &assignment : m_state.assignments) {
            if (!identities.contains(assignment.principalId) || assignment.scope.level() != Scope::Level::Vault)
                continue;
            const RoleDefinition *role = roles::find(assignment.roleId);
            if (role && grantsUnrestrictedAssignmentWrite(*role))
                return true;
        }
    }
    return false;
}

} // namespace coffer::access
