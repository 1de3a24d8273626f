#include "models/AccessText.h"

#include "core/access/AccessPolicy.h"
#include "core/access/Roles.h"
#include "models/AccessNames.h"

#include <QRegularExpression>

namespace coffer::models {

namespace {

std::optional<access::PolicyFamily> policyFamily(access::OperationFamily family)
{
    switch (family) {
    case access::OperationFamily::Secrets: return access::PolicyFamily::Secrets;
    case access::OperationFamily::Keys: return access::PolicyFamily::Keys;
    case access::OperationFamily::Certificates: return access::PolicyFamily::Certificates;
    case access::OperationFamily::Vault:
    case access::OperationFamily::Access: break;
    }
    return std::nullopt;
}

bool usesPolicies(const access::Decision &decision)
{
    return decision.model == PermissionModel::AccessPolicy && access::operationInfo(decision.operation).dataPlane;
}

// "secrets: purge" → "purge".
QString bareRequired(const QString &required)
{
    const qsizetype colon = required.indexOf(u':');
    return colon < 0 ? required : required.mid(colon + 1).trimmed();
}

QString familyLower(access::OperationFamily family)
{
    return AccessNames::familyInProse(family);
}

// The policy permissions held, without the authorizer's "no secrets permissions" marker (a policy that grants
// nothing in the family).
QStringList heldPermissions(const access::Decision &decision)
{
    QStringList held;
    for (const QString &permission : decision.held)
        if (!permission.startsWith(u"no "))
            held << permission;
    return held;
}

// The roles that would grant it, the narrowest first: administrators and owners last.
QStringList narrowestFirst(const QStringList &roleNames)
{
    QStringList narrow;
    QStringList broad;
    for (const QString &name : roleNames)
        (name.contains(u"Administrator") || name == u"Owner" ? broad : narrow) << name;
    return narrow + broad;
}

} // namespace

QString AccessText::signedInAs(const access::Principal &principal)
{
    return tr("Signed in as %1 (%2)").arg(principal.name, AccessNames::principalTypeLower(principal.type));
}

QString AccessText::rolesHeld(const QList<access::RoleAssignment> &assignments)
{
    if (assignments.isEmpty())
        return tr("No role assignments");
    QStringList lines;
    for (const access::RoleAssignment &assignment : assignments) {
        const access::RoleDefinition *role = access::roles::find(assignment.roleId);
        lines << tr("%1 at %2").arg(role ? role->name : assignment.roleId, assignment.scope.toString());
    }
    lines.removeDuplicates();
    return lines.join(u'\n');
}

QString AccessText::verdict(bool allowed)
{
    return allowed ? tr("Allowed") : tr("Denied");
}

QString AccessText::grantText(const access::Grant &grant, PermissionModel model)
{
    Q_UNUSED(model);
    using Source = access::Grant::Source;
    switch (grant.source) {
    case Source::RoleAssignment:
        if (!grant.viaGroupName.isEmpty())
            return tr("%1 at %2, via group %3").arg(grant.roleName, grant.scope, grant.viaGroupName);
        return tr("%1 at %2").arg(grant.roleName, grant.scope);
    case Source::AccessPolicy:
        if (!grant.viaGroupName.isEmpty())
            return tr("the access policy of group %1 grants %2").arg(grant.viaGroupName, grant.permission);
        return tr("its access policy grants %1").arg(grant.permission);
    case Source::SelfService: return tr("it concerns the principal's own credentials or access");
    case Source::Everyone: return tr("every principal of the vault may do this");
    }
    return {};
}

QString AccessText::heldGrants(const access::Decision &decision)
{
    const access::OperationInfo &info = access::operationInfo(decision.operation);
    const auto family = policyFamily(info.family);
    if (!family || decision.held.isEmpty())
        return {};
    QStringList granted;
    if (usesPolicies(decision)) {
        granted = heldPermissions(decision);
    } else {
        QList<const access::RoleDefinition *> held;
        for (const QString &name : decision.held)
            if (const access::RoleDefinition *role = access::roles::find(name))
                held << role;
        for (const access::OperationInfo &other : access::allOperations()) {
            if (other.family != info.family || !other.dataPlane || other.rbac.isEmpty() || other.policy.isEmpty())
                continue;
            for (const access::RoleDefinition *role : held) {
                if (role->grantsDataAction(other.rbac.first())) {
                    granted << other.policy.first();
                    break;
                }
            }
        }
    }
    // In Azure's order of the family's permissions, each once.
    QStringList ordered;
    for (const QString &permission : access::policyPermissions(*family))
        if (granted.contains(permission, Qt::CaseInsensitive))
            ordered << permission;
    return AccessNames::joinAnd(ordered);
}

QString AccessText::needs(const access::Decision &decision)
{
    if (decision.allowed)
        return {};
    if (!decision.denialDetail.isEmpty() && decision.required.isEmpty())
        return decision.denialDetail;
    if (decision.required.isEmpty())
        return reason(decision);
    if (usesPolicies(decision))
        return tr("Needs the access-policy permission %1").arg(decision.required);
    if (decision.rolesThatGrant.isEmpty())
        return tr("Needs %1").arg(decision.required);
    return tr("Needs %1 (%2)")
            .arg(decision.required, AccessNames::roleAlternatives(narrowestFirst(decision.rolesThatGrant)));
}

QString AccessText::reason(const access::Decision &decision)
{
    if (decision.allowed) {
        if (!decision.grant)
            return tr("Yes");
        return tr("Yes: %1").arg(grantText(*decision.grant, decision.model));
    }
    const QString who = decision.principalName.isEmpty() ? decision.principalId : decision.principalName;
    const access::OperationInfo &info = access::operationInfo(decision.operation);
    if (!decision.denialDetail.isEmpty())
        return tr("No: %1.").arg(decision.denialDetail); // a specific reason (a role's condition, a missing principal)
    QString sentence;
    if (usesPolicies(decision)) {
        const QString permission = bareRequired(decision.required);
        const QStringList held = heldPermissions(decision);
        if (decision.held.isEmpty())
            sentence = tr("No: %1 is not on any access policy; this needs %2 on %3.")
                               .arg(who, permission, familyLower(info.family));
        else if (held.isEmpty())
            sentence = tr("No: the access policy of %1 grants nothing on %2; this needs %3.")
                               .arg(who, familyLower(info.family), permission);
        else
            sentence = tr("No: the access policy of %1 grants only %2 on %3; this needs %4.")
                               .arg(who, AccessNames::joinAnd(held), familyLower(info.family), permission);
    } else {
        QString needed = decision.required;
        if (!decision.rolesThatGrant.isEmpty())
            needed = tr("%1 (%2)").arg(decision.required,
                                       AccessNames::roleAlternatives(narrowestFirst(decision.rolesThatGrant)));
        const QString grants = heldGrants(decision);
        if (decision.held.isEmpty())
            sentence = tr("No: %1 holds no role at %2 or above; this needs %3.").arg(who, decision.resource, needed);
        else if (!grants.isEmpty())
            sentence = tr("No: %1 holds %2 here, which grants only %3 on %4; this needs %5.")
                               .arg(who, AccessNames::joinAnd(decision.held), grants, familyLower(info.family), needed);
        else
            sentence = tr("No: %1 holds %2 here, which does not grant this; it needs %3.")
                               .arg(who, AccessNames::joinAnd(decision.held), needed);
    }
    return sentence;
}

QString AccessText::missingPermission(const QString &errorContext)
{
    // An RBAC action or data action as Azure spells them (or Coffer's own), else an access-policy permission
    // ("secrets: purge", "secrets: list or get") whose names are the family's.
    static const QRegularExpression action(
            QStringLiteral("(?:Microsoft\\.[A-Za-z]+|Coffer)/[A-Za-z0-9_*./]*[A-Za-z0-9_*]"));
    if (const QRegularExpressionMatch match = action.match(errorContext); match.hasMatch())
        return match.captured(0);
    static const QRegularExpression permission(
            QStringLiteral("\\b(keys|secrets|certificates): ([A-Za-z]+(?: or [A-Za-z]+)*)"));
    auto matches = permission.globalMatch(errorContext);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        for (auto family :
             {access::PolicyFamily::Keys, access::PolicyFamily::Secrets, access::PolicyFamily::Certificates}) {
            if (access::policyFamilyName(family) != match.captured(1))
                continue;
            const QString first = match.captured(2).section(u' ', 0, 0);
            if (access::policyPermissions(family).contains(first, Qt::CaseInsensitive))
                return match.captured(0);
        }
    }
    return {};
}

} // namespace coffer::models
