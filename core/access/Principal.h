#pragma once

#include "core/access/AccessPolicy.h"
#include "core/access/Scope.h"
#include "core/vault/VaultProperties.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace coffer::access {

enum class PrincipalType { User, App, Group };

QString principalTypeName(PrincipalType type); // "user", "app", "group"
std::optional<PrincipalType> principalTypeFromName(const QString &name);

// Who acts: a user (unlocks through their own keyslot), an application (a client secret or certificate keyslot)
// or a group of users and applications (groups do not nest).
struct Principal
{
    QString id; // UUID
    QString name; // unique in the vault, case-insensitively
    PrincipalType type = PrincipalType::User;
    qint64 created = 0; // seconds since the epoch, UTC
    QString createdBy; // principal id; empty for the vault's creator
    QStringList memberIds; // groups: their members
    QStringList groupIds; // users and apps: the groups they are in
};

struct RoleAssignment
{
    QString id; // UUID
    QString roleId;
    QString principalId;
    Scope scope;
    qint64 created = 0;
    QString createdBy;
};

// Everything the authorizer decides from, read in one go from the vault.
struct AccessState
{
    PermissionModel model = PermissionModel::Rbac;
    QList<Principal> principals;
    QList<RoleAssignment> assignments;
    QList<AccessPolicyEntry> policies;

    const Principal *principal(const QString &id) const;
    const Principal *principalByName(const QString &name) const; // case-insensitive
};

// Names: 1-64 characters, letters, digits, space and . _ - @ (InvalidArgument otherwise).
Result<void> validatePrincipalName(const QString &name);

} // namespace coffer::access
