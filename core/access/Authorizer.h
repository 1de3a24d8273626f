#pragma once

#include "core/access/Decision.h"
#include "core/access/Principal.h"

#include <QList>
#include <QSet>

namespace coffer::access {

// Pure decisions over an AccessState: no database, no clock. RBAC: the union of the principal's own and its
// groups' role assignments at or above the resource's scope; data operations on an access-policy vault use the
// principal's and its groups' access policies instead (control-plane operations always use RBAC, as in Azure).
class Authorizer
{
public:
    explicit Authorizer(const AccessState &state);

    Decision decide(const QString &principalId, Operation operation, const Resource &resource) const;

    // Every operation of the families that apply at `scope` for one principal ("effective access").
    QList<Decision> effectiveAccess(const QString &principalId, const Scope &scope) const;
    // The reverse: for every principal (users, apps and groups), the decision for `operation` on `resource`;
    // only the allowed ones when `allowedOnly`.
    QList<Decision> whoCan(Operation operation, const Resource &resource, bool allowedOnly = true) const;

    // Whether any user or application still holds unrestricted role-assignment write on the vault (the
    // "someone can still manage access" guard used before removing assignments, members, principals or keyslots).
    // With `canUnlock`, only principals in it count (those that still have a keyslot).
    bool hasAccessManager(const QSet<QString> *canUnlock = nullptr) const;

private:
    const AccessState &m_state;
};

} // namespace coffer::access
