#include "core/access/Decision.h"

#include "core/access/Roles.h"

namespace coffer::access {

QString Decision::explanation() const
{
    const QString who = principalName.isEmpty() ? principalId : principalName;
    const QString what = operationInfo(operation).name;
    if (allowed) {
        if (!grant)
            return QStringLiteral("%1 may perform %2 on %3").arg(who, what, resource);
        switch (grant->source) {
        case Grant::Source::Everyone:
            return QStringLiteral("%1 may perform %2: it is open to every principal of the vault").arg(who, what);
        case Grant::Source::SelfService:
            return QStringLiteral("%1 may perform %2 on their own keyslots and access").arg(who, what);
        case Grant::Source::RoleAssignment: {
            QString text = QStringLiteral("%1 may perform %2 on %3: role '%4' at %5 grants %6")
                                   .arg(who, what, resource, grant->roleName, grant->scope, grant->permission);
            if (!grant->viaGroupName.isEmpty())
                text += QStringLiteral(" (assigned to group '%1', of which %2 is a member)")
                                .arg(grant->viaGroupName, who);
            return text;
        }
        case Grant::Source::AccessPolicy: {
            QString text = QStringLiteral("%1 may perform %2: the access policy grants %3").arg(who, what, required);
            if (!grant->viaGroupName.isEmpty())
                text += QStringLiteral(" (the policy of group '%1', of which %2 is a member)")
                                .arg(grant->viaGroupName, who);
            return text;
        }
        }
    }
    if (!denialDetail.isEmpty())
        return QStringLiteral("%1 may not perform %2 on %3: %4").arg(who, what, resource, denialDetail);
    if (model == PermissionModel::AccessPolicy && operationInfo(operation).dataPlane) {
        if (held.isEmpty())
            return QStringLiteral("%1 may not perform %2: Access denied. Caller was not found on any access policy "
                                  "(it needs %3)")
                    .arg(who, what, required);
        return QStringLiteral("%1 may not perform %2: Operation \"%3\" is not allowed by vault policy; the policy "
                              "grants %4 only")
                .arg(who, what, required, held.join(QStringLiteral(", ")));
    }
    QString text = QStringLiteral("%1 may not perform %2 on %3: it needs %4 at %3 or above")
                           .arg(who, what, resource, required);
    if (held.isEmpty())
        text += QStringLiteral("; %1 holds no role there").arg(who);
    else
        text += QStringLiteral("; %1 holds only %2 there").arg(who, held.join(QStringLiteral(", ")));
    if (!rolesThatGrant.isEmpty())
        text += QStringLiteral(" (roles that grant it: %1)").arg(rolesThatGrant.join(QStringLiteral(", ")));
    return text;
}

} // namespace coffer::access
