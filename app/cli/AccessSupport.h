#pragma once

#include "app/cli/CliError.h"
#include "app/cli/CommandOutput.h"
#include "app/cli/CommandSpec.h"
#include "core/access/AccessPolicy.h"
#include "core/access/Decision.h"
#include "core/access/Principal.h"
#include "core/access/Roles.h"
#include "core/access/Scope.h"
#include "core/vault/Keyslot.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace coffer {
class Vault;
}

namespace coffer::cli {

class CommandContext;

// What the access-control command files (principal, group, role, policy, access) share: the az-like JSON shapes,
// option parsing done before the vault is unlocked, and hints for the engine's errors.
namespace accesscli {

// The principals of the vault by id, for showing names next to ids. Best effort: empty when the session may not
// list principals (the ids are shown then).
class Directory
{
public:
    explicit Directory(Vault &vault);
    const access::Principal *find(const QString &id) const;
    QString name(const QString &id) const; // empty when unknown

private:
    QHash<QString, access::Principal> m_byId;
};

// "User", "ServicePrincipal", "Group": Azure's principalType for users, applications and groups.
QString azurePrincipalType(access::PrincipalType type);
// ISO 8601 UTC from seconds since the epoch ("" for 0).
QString isoDate(qint64 seconds);
// "/providers/Microsoft.Authorization/roleDefinitions/GUID", as Azure names a built-in role.
QString roleDefinitionPath(const QString &roleId);

// {"id","name","type","principalType","createdOn","createdBy","members"|"memberOf","keyslots"}
QJsonObject principalJson(const access::Principal &principal, const Directory &directory,
                          const QList<KeyslotInfo> &keyslots);
// az role definition list: {"id","name","roleName","description","roleType","type","assignableScopes",
// "permissions":[{"actions","notActions","dataActions","notDataActions","condition","conditionVersion"}]}
QJsonObject roleDefinitionJson(const access::RoleDefinition &role);
// az role assignment list: {"id","name","principalId","principalName","principalType","roleDefinitionId",
// "roleDefinitionName","scope","createdOn","createdBy","type"}
QJsonObject assignmentJson(const access::RoleAssignment &assignment, const Directory &directory);
// az keyvault show's accessPolicies entry: {"objectId","principalName","permissions":{"keys","secrets",
// "certificates"},"updatedOn"}
QJsonObject policyJson(const access::AccessPolicyEntry &policy, const Directory &directory);
// One row of the effective-access table: {"operation","allowed","principalId","principalName","scope",
// "permissionModel","required","grantedBy":{…}|null,"held","rolesThatGrant","denialDetail","explanation","reason"
// (denials only)}
QJsonObject decisionJson(const access::Decision &decision);

QList<TableColumn> principalColumns();
QList<TableColumn> assignmentColumns();
QList<TableColumn> policyColumns();
QList<TableColumn> decisionColumns(bool showPrincipal);

// --scope S (default "/"), parsed before unlocking; a malformed scope is exit code 7 naming the valid forms.
Outcome<access::Scope> scopeOption(const CommandContext &ctx, const QString &option = QStringLiteral("scope"));
void addScopeOption(CommandSpec &spec, const QString &help);
// --role R: a built-in role by name, short name or id; an unknown one is exit code 4 listing the roles.
Outcome<const access::RoleDefinition *> roleOption(const CommandContext &ctx);
// A multi-value permission option: space- and comma-separated words (empty when not given).
std::optional<QStringList> permissionList(const CommandContext &ctx, const QString &option);

// An engine error from an access command, with a hint that fits what was named.
enum class Subject { Principal, Group, Assignment, Role, Policy, None };
CliError failure(const Error &error, Subject subject = Subject::None);

} // namespace accesscli

} // namespace coffer::cli
