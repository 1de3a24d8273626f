#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace coffer::access {

enum class PolicyFamily { Keys, Secrets, Certificates };

QString policyFamilyName(PolicyFamily family); // "keys", "secrets", "certificates"

// The permission names Azure's access policies accept for a family, spelled as Azure spells them, without "all".
const QStringList &policyPermissions(PolicyFamily family);

// The Azure portal's grouping of those permissions, for a picker ("Secret Management Operations": Get, List…).
struct PermissionGroup
{
    QString title;
    QStringList permissions;
};
QList<PermissionGroup> permissionGroups(PolicyFamily family);

// Canonical spelling, duplicates removed, in Azure's order. "all" expands to every permission of the family
// EXCEPT purge (purge is never granted implicitly, as in Azure). InvalidArgument names an unknown permission and
// lists the valid ones.
Result<QStringList> normalizePermissions(PolicyFamily family, const QStringList &given);

struct AccessPolicyEntry
{
    QString principalId;
    QStringList keys;
    QStringList secrets;
    QStringList certificates;
    qint64 updated = 0; // seconds since the epoch, UTC

    const QStringList &permissions(PolicyFamily family) const;
    QStringList &permissions(PolicyFamily family);
};

// Azure's access-policy templates ("Secret Management", "Key, Secret, & Certificate Management"…).
struct PolicyTemplate
{
    QString name;
    QStringList keys;
    QStringList secrets;
    QStringList certificates;
};
const QList<PolicyTemplate> &policyTemplates();

} // namespace coffer::access
