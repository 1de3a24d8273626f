#include "app/cli/AccessSupport.h"

#include "app/cli/CommandContext.h"
#include "core/access/AccessControl.h"
#include "core/vault/Vault.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace coffer::cli::accesscli {

using namespace access;

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString sourceName(Grant::Source source)
{
    switch (source) {
    case Grant::Source::RoleAssignment: return QStringLiteral("roleAssignment");
    case Grant::Source::AccessPolicy: return QStringLiteral("accessPolicy");
    case Grant::Source::SelfService: return QStringLiteral("selfService");
    case Grant::Source::Everyone: return QStringLiteral("everyone");
    }
    return {};
}

// What the table's GrantedBy column shows: the role's name, or how else it was granted.
QString grantTitle(const Grant &grant)
{
    switch (grant.source) {
    case Grant::Source::RoleAssignment: return grant.roleName;
    case Grant::Source::AccessPolicy: return QStringLiteral("access policy");
    case Grant::Source::SelfService: return QStringLiteral("self-service");
    case Grant::Source::Everyone: return QStringLiteral("everyone");
    }
    return {};
}

QJsonObject grantJson(const Grant &grant)
{
    return QJsonObject {
            {QStringLiteral("source"), sourceName(grant.source)},
            {QStringLiteral("name"), grantTitle(grant)},
            {QStringLiteral("assignmentId"), orNull(grant.assignmentId)},
            {QStringLiteral("roleDefinitionId"), orNull(grant.roleId)},
            {QStringLiteral("roleDefinitionName"), orNull(grant.roleName)},
            {QStringLiteral("scope"), orNull(grant.scope)},
            {QStringLiteral("viaGroupId"), orNull(grant.viaGroupId)},
            {QStringLiteral("viaGroupName"), orNull(grant.viaGroupName)},
            {QStringLiteral("permission"), orNull(grant.permission)},
    };
}

// Azure's condition text of the Data Access Administrator role, for the roles it may assign and remove.
QString assignmentCondition(const QStringList &roleIds)
{
    const QString ids = roleIds.join(QStringLiteral(", "));
    return QStringLiteral("((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR "
                          "(@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] "
                          "ForAnyOfAnyValues:GuidEquals{%1})) AND "
                          "((!(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})) OR "
                          "(@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] "
                          "ForAnyOfAnyValues:GuidEquals{%1}))")
            .arg(ids);
}

} // namespace

Directory::Directory(Vault &vault)
{
    auto principals = vault.access().principals();
    if (!principals)
        return;
    for (const Principal &principal : *principals)
        m_byId.insert(principal.id, principal);
}

const Principal *Directory::find(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &it.value();
}

QString Directory::name(const QString &id) const
{
    const Principal *principal = find(id);
    return principal ? principal->name : QString();
}

QString azurePrincipalType(PrincipalType type)
{
    switch (type) {
    case PrincipalType::User: return QStringLiteral("User");
    case PrincipalType::App: return QStringLiteral("ServicePrincipal");
    case PrincipalType::Group: return QStringLiteral("Group");
    }
    return {};
}

QString isoDate(qint64 seconds)
{
    if (seconds == 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString roleDefinitionPath(const QString &roleId)
{
    return QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") + roleId;
}

QJsonObject principalJson(const Principal &principal, const Directory &directory, const QList<KeyslotInfo> &keyslots)
{
    QJsonObject out {
            {QStringLiteral("id"), principal.id},
            {QStringLiteral("name"), principal.name},
            {QStringLiteral("type"), principalTypeName(principal.type)},
            {QStringLiteral("principalType"), azurePrincipalType(principal.type)},
            {QStringLiteral("createdOn"), isoDate(principal.created)},
            {QStringLiteral("createdBy"), orNull(principal.createdBy)},
    };
    if (principal.type == PrincipalType::Group) {
        QJsonArray members;
        for (const QString &id : principal.memberIds) {
            const Principal *member = directory.find(id);
            members.append(QJsonObject {
                    {QStringLiteral("id"), id},
                    {QStringLiteral("name"), member ? member->name : QString()},
                    {QStringLiteral("type"), member ? principalTypeName(member->type) : QString()},
            });
        }
        out.insert(QStringLiteral("members"), members);
        return out;
    }
    QJsonArray groups;
    for (const QString &id : principal.groupIds)
        groups.append(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), directory.name(id)}});
    out.insert(QStringLiteral("memberOf"), groups);
    QJsonArray slots;
    for (const KeyslotInfo &slot : keyslots)
        if (slot.principalId == principal.id)
            slots.append(QJsonObject {
                    {QStringLiteral("id"), slot.id},
                    {QStringLiteral("type"), keyslotTypeName(slot.type)},
                    {QStringLiteral("label"), slot.label},
                    {QStringLiteral("created"), slot.created.toUTC().toString(Qt::ISODate)},
            });
    out.insert(QStringLiteral("keyslots"), slots);
    return out;
}

QJsonObject roleDefinitionJson(const RoleDefinition &role)
{
    QJsonObject permissions {
            {QStringLiteral("actions"), QJsonArray::fromStringList(role.actions)},
            {QStringLiteral("notActions"), QJsonArray::fromStringList(role.notActions)},
            {QStringLiteral("dataActions"), QJsonArray::fromStringList(role.dataActions)},
            {QStringLiteral("notDataActions"), QJsonArray::fromStringList(role.notDataActions)},
            {QStringLiteral("condition"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("conditionVersion"), QJsonValue(QJsonValue::Null)},
    };
    if (role.restrictsAssignments()) {
        permissions.insert(QStringLiteral("condition"), assignmentCondition(role.assignableRoleIds));
        permissions.insert(QStringLiteral("conditionVersion"), QStringLiteral("2.0"));
    }
    return QJsonObject {
            {QStringLiteral("id"), roleDefinitionPath(role.id)},
            {QStringLiteral("name"), role.id},
            {QStringLiteral("roleName"), role.name},
            {QStringLiteral("description"), role.description},
            {QStringLiteral("roleType"), QStringLiteral("BuiltInRole")},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Authorization/roleDefinitions")},
            {QStringLiteral("assignableScopes"), QJsonArray {QStringLiteral("/")}},
            {QStringLiteral("permissions"), QJsonArray {permissions}},
    };
}

QJsonObject assignmentJson(const RoleAssignment &assignment, const Directory &directory)
{
    const Principal *principal = directory.find(assignment.principalId);
    const RoleDefinition *role = roles::find(assignment.roleId);
    return QJsonObject {
            {QStringLiteral("id"), assignment.id},
            {QStringLiteral("name"), assignment.id},
            {QStringLiteral("principalId"), assignment.principalId},
            {QStringLiteral("principalName"), principal ? principal->name : QString()},
            {QStringLiteral("principalType"), principal ? azurePrincipalType(principal->type) : QString()},
            {QStringLiteral("roleDefinitionId"), roleDefinitionPath(assignment.roleId)},
            {QStringLiteral("roleDefinitionName"), role ? role->name : QString()},
            {QStringLiteral("scope"), assignment.scope.toString()},
            {QStringLiteral("createdOn"), isoDate(assignment.created)},
            {QStringLiteral("createdBy"), orNull(assignment.createdBy)},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Authorization/roleAssignments")},
    };
}

QJsonObject policyJson(const AccessPolicyEntry &policy, const Directory &directory)
{
    return QJsonObject {
            {QStringLiteral("objectId"), policy.principalId},
            {QStringLiteral("principalName"), directory.name(policy.principalId)},
            {QStringLiteral("permissions"),
             QJsonObject {
                     {QStringLiteral("keys"), QJsonArray::fromStringList(policy.keys)},
                     {QStringLiteral("secrets"), QJsonArray::fromStringList(policy.secrets)},
                     {QStringLiteral("certificates"), QJsonArray::fromStringList(policy.certificates)},
             }},
            {QStringLiteral("updatedOn"), isoDate(policy.updated)},
    };
}

QJsonObject decisionJson(const Decision &decision)
{
    const QString explanation = decision.explanation();
    return QJsonObject {
            {QStringLiteral("operation"), operationInfo(decision.operation).name},
            {QStringLiteral("allowed"), decision.allowed},
            {QStringLiteral("principalId"), decision.principalId},
            {QStringLiteral("principalName"), decision.principalName},
            {QStringLiteral("scope"), decision.resource},
            {QStringLiteral("permissionModel"), permissionModelName(decision.model)},
            {QStringLiteral("required"), decision.required},
            {QStringLiteral("grantedBy"),
             decision.allowed && decision.grant ? QJsonValue(grantJson(*decision.grant))
                                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("held"), QJsonArray::fromStringList(decision.held)},
            {QStringLiteral("rolesThatGrant"), QJsonArray::fromStringList(decision.rolesThatGrant)},
            {QStringLiteral("denialDetail"), orNull(decision.denialDetail)},
            {QStringLiteral("explanation"), explanation},
            {QStringLiteral("reason"), decision.allowed ? QJsonValue(QJsonValue::Null) : QJsonValue(explanation)},
    };
}

QList<TableColumn> principalColumns()
{
    return {
            {QStringLiteral("Name"), QStringLiteral("name")},
            {QStringLiteral("Type"), QStringLiteral("type")},
            {QStringLiteral("Id"), QStringLiteral("id")},
            {QStringLiteral("CreatedOn"), QStringLiteral("createdOn")},
    };
}

QList<TableColumn> assignmentColumns()
{
    return {
            {QStringLiteral("Principal"), QStringLiteral("principalName")},
            {QStringLiteral("Type"), QStringLiteral("principalType")},
            {QStringLiteral("Role"), QStringLiteral("roleDefinitionName")},
            {QStringLiteral("Scope"), QStringLiteral("scope")},
            {QStringLiteral("Id"), QStringLiteral("id")},
    };
}

QList<TableColumn> policyColumns()
{
    return {
            {QStringLiteral("Principal"), QStringLiteral("principalName")},
            {QStringLiteral("ObjectId"), QStringLiteral("objectId")},
            {QStringLiteral("UpdatedOn"), QStringLiteral("updatedOn")},
    };
}

QList<TableColumn> decisionColumns(bool showPrincipal)
{
    QList<TableColumn> columns;
    if (showPrincipal)
        columns.append({QStringLiteral("Principal"), QStringLiteral("principalName")});
    columns += {
            {QStringLiteral("Operation"), QStringLiteral("operation")},
            {QStringLiteral("Allowed"), QStringLiteral("allowed")},
            {QStringLiteral("GrantedBy"), QStringLiteral("grantedBy.name")},
            {QStringLiteral("At"), QStringLiteral("grantedBy.scope")},
            {QStringLiteral("ViaGroup"), QStringLiteral("grantedBy.viaGroupName")},
            {QStringLiteral("Reason"), QStringLiteral("reason")}, // denials only: the grant columns say the rest
    };
    return columns;
}

Outcome<Scope> scopeOption(const CommandContext &ctx, const QString &option)
{
    if (!ctx.has(option))
        return Scope::vault();
    auto scope = Scope::parse(ctx.value(option));
    if (!scope)
        return CliError {ExitCode::Invalid, QStringLiteral("--%1: %2").arg(option, scope.error().context()), {}};
    return *scope;
}

void addScopeOption(CommandSpec &spec, const QString &help)
{
    spec.options.append({QStringLiteral("scope"), QStringLiteral("S"), help});
}

Outcome<const RoleDefinition *> roleOption(const CommandContext &ctx)
{
    const QString name = ctx.value(QStringLiteral("role"));
    if (const RoleDefinition *role = roles::find(name))
        return role;
    return CliError {ExitCode::NotFound, QStringLiteral("there is no role '%1'").arg(name),
                     QStringLiteral("run 'coffer-cli role definition list' to see the roles; a role is named by its "
                                    "name (\"Key Vault Secrets User\" or \"Secrets User\") or its id")};
}

std::optional<QStringList> permissionList(const CommandContext &ctx, const QString &option)
{
    if (!ctx.has(option))
        return std::nullopt;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList out;
    for (const QString &value : ctx.values(option))
        out += value.split(separators, Qt::SkipEmptyParts);
    return out;
}

CliError failure(const Error &error, Subject subject)
{
    CliError out = CliError::fromCore(error);
    const bool missing = error.code() == ErrorCode::NotFound;
    const bool taken = error.code() == ErrorCode::Conflict || error.code() == ErrorCode::AlreadyExists;
    switch (subject) {
    case Subject::Policy:
        if (missing && error.context().contains(QStringLiteral("no access policy"))) {
            out.hint = QStringLiteral("run 'coffer-cli policy list' to see the access policies");
            break;
        }
        [[fallthrough]];
    case Subject::Principal:
        if (missing)
            out.hint = QStringLiteral("run 'coffer-cli principal list' to see the principals (by name or id)");
        else if (taken)
            out.hint = QStringLiteral("choose another name; 'coffer-cli principal list' shows the names in use");
        break;
    case Subject::Group:
        if (missing)
            out.hint = QStringLiteral("run 'coffer-cli principal list' to see the principals, and 'coffer-cli "
                                      "principal show --principal GROUP' for a group's members");
        break;
    case Subject::Assignment:
        if (missing)
            out.hint = QStringLiteral("run 'coffer-cli role assignment list' to see the assignments and their ids");
        else if (taken)
            out.hint = QStringLiteral("nothing to do: 'coffer-cli role assignment list --assignee P' shows it");
        break;
    case Subject::Role:
        if (missing)
            out.hint = QStringLiteral("run 'coffer-cli role definition list' to see the roles");
        break;
    case Subject::None: break;
    }
    if (error.context().contains(QStringLiteral("able to manage access")))
        out.hint.clear(); // the message says what to do first
    if (error.code() == ErrorCode::Forbidden && error.context().contains(QStringLiteral("may assign and remove only")))
        out.hint = QStringLiteral("only someone with Owner or User Access Administrator may assign or remove that "
                                  "role");
    return out;
}

} // namespace coffer::cli::accesscli
