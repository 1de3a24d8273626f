#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace coffer::access {

// A built-in role exactly as Azure defines it (ids, names, Actions, DataActions), plus the Data Access
// Administrator's condition: the roles it may assign and remove.
struct RoleDefinition
{
    QString id; // Azure's GUID
    QString name; // "Key Vault Secrets User"
    QString description;
    QStringList actions; // control plane
    QStringList notActions;
    QStringList dataActions;
    QStringList notDataActions;
    // Empty: assignment writes this role grants are unrestricted. Otherwise the ids of the only roles it may
    // assign (checked against the requested role) and remove (checked against the existing assignment's role).
    QStringList assignableRoleIds;

    // Effective = matching one of actions/dataActions and none of notActions/notDataActions.
    bool grantsAction(const QString &action) const;
    bool grantsDataAction(const QString &dataAction) const;
    bool restrictsAssignments() const { return !assignableRoleIds.isEmpty(); }
};

namespace roles {
inline constexpr char kOwner[] = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
inline constexpr char kUserAccessAdministrator[] = "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";
inline constexpr char kAdministrator[] = "00482a5a-887f-4fb3-b363-3b7fe8e74483";
inline constexpr char kReader[] = "21090545-7ca7-4776-b22c-e363652d74d2";
inline constexpr char kSecretsOfficer[] = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
inline constexpr char kSecretsUser[] = "4633458b-17de-408a-b874-0445c86b69e6";
inline constexpr char kCryptoOfficer[] = "14b46e9e-c2b7-41b4-b07b-48a6ebf60603";
inline constexpr char kCryptoUser[] = "12338af0-0e69-4776-bea7-57ae8d297424";
inline constexpr char kCryptoServiceEncryptionUser[] = "e147488a-f6f5-4113-8e2d-b22465e65bf6";
inline constexpr char kCryptoServiceReleaseUser[] = "08bbd89e-9f13-488c-ac41-acfcb10c90ab";
inline constexpr char kCertificatesOfficer[] = "a4417e6f-fecd-4de8-b567-7b0420556985";
inline constexpr char kCertificateUser[] = "db79e9a7-68ee-4b58-9aeb-b90e7c24fcba";
inline constexpr char kDataAccessAdministrator[] = "8b54135c-b56d-4d72-a534-26097cfdc8d8";
inline constexpr char kContributor[] = "f25e0fa2-a7c8-4377-a976-54943a77a395";

// The 11 Key Vault roles, Key Vault Contributor, and Azure's Owner and User Access Administrator (the only ones
// that may assign every role and switch the permission model).
const QList<RoleDefinition> &builtIn();
// By id, by exact name or by name without the "Key Vault " prefix, case-insensitively. nullptr when unknown.
const RoleDefinition *find(const QString &idOrName);
} // namespace roles

// Azure's wildcard match: case-insensitive, '*' matches any run of characters including '/'.
bool actionMatches(const QString &pattern, const QString &action);

} // namespace coffer::access
