#include "app/cli/AccessCommands.h"
#include "app/cli/AccessSupport.h"
#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/VaultAccess.h"
#include "core/access/AccessControl.h"
#include "core/vault/Vault.h"

#include <QJsonArray>

namespace coffer::cli {

namespace {

using namespace accesscli;
using access::RoleAssignment;
using access::RoleDefinition;

const QString kVault = QStringLiteral("vault");
const QString kName = QStringLiteral("name");
const QString kRole = QStringLiteral("role");
const QString kAssignee = QStringLiteral("assignee");
const QString kScope = QStringLiteral("scope");
const QString kId = QStringLiteral("id");

const QString kScopeHelp = QStringLiteral("\"/\" (the vault), \"/secrets\", \"/keys\", \"/certificates\" (every "
                                          "object of a kind) or one object such as \"/secrets/db-password\"");

Outcome<CommandOutput> listDefinitions(CommandContext &ctx)
{
    QList<RoleDefinition> definitions;
    if (ctx.has(kVault)) {
        auto vault = openVault(ctx);
        COFFER_CLI_CHECK(vault);
        auto listed = (*vault)->access().roleDefinitions();
        COFFER_CLI_CHECK(listed);
        definitions = *listed;
    } else {
        for (const OptionSpec &option : ctx.command().options)
            if (option.name != kName && ctx.has(option.name))
                return CliError::usage(QStringLiteral("--%1 needs --vault").arg(option.name),
                                       QStringLiteral("without --vault the built-in roles are listed without "
                                                      "unlocking anything"));
        definitions = access::roles::builtIn();
    }
    // As az: --name filters (by name, name without "Key Vault " or id); no match is an empty list.
    const RoleDefinition *wanted = ctx.has(kName) ? access::roles::find(ctx.value(kName)) : nullptr;
    QJsonArray items;
    for (const RoleDefinition &role : std::as_const(definitions))
        if (!ctx.has(kName) || (wanted && wanted->id == role.id))
            items.append(roleDefinitionJson(role));
    CommandOutput out;
    out.value = items;
    out.columns = {
            {QStringLiteral("RoleName"), QStringLiteral("roleName")},
            {QStringLiteral("Name"), QStringLiteral("name")},
            {QStringLiteral("RoleType"), QStringLiteral("roleType")},
            {QStringLiteral("Description"), QStringLiteral("description")},
    };
    return out;
}

Outcome<CommandOutput> createAssignment(CommandContext &ctx)
{
    auto role = roleOption(ctx);
    COFFER_CLI_CHECK(role);
    auto scope = scopeOption(ctx);
    COFFER_CLI_CHECK(scope);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto assignment = (*vault)->access().assign((*role)->id, ctx.value(kAssignee), *scope);
    if (!assignment) {
        const bool taken = assignment.error().code() == ErrorCode::AlreadyExists
                || assignment.error().code() == ErrorCode::Conflict;
        return failure(assignment.error(), taken ? Subject::Assignment : Subject::Principal);
    }
    CommandOutput out;
    out.value = assignmentJson(*assignment, Directory(**vault));
    out.columns = assignmentColumns();
    return out;
}

Outcome<CommandOutput> listAssignments(CommandContext &ctx)
{
    std::optional<access::Scope> scope;
    if (ctx.has(kScope)) {
        auto parsed = scopeOption(ctx);
        COFFER_CLI_CHECK(parsed);
        scope = *parsed;
    }
    const RoleDefinition *role = nullptr;
    if (ctx.has(kRole)) {
        auto found = roleOption(ctx);
        COFFER_CLI_CHECK(found);
        role = *found;
    }
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto assignments = (*vault)->access().assignments(ctx.value(kAssignee), scope);
    if (!assignments)
        return failure(assignments.error(), Subject::Principal);
    const Directory directory(**vault);
    QJsonArray items;
    for (const RoleAssignment &assignment : std::as_const(*assignments))
        if (!role || assignment.roleId == role->id)
            items.append(assignmentJson(assignment, directory));
    CommandOutput out;
    out.value = items;
    out.columns = assignmentColumns();
    return out;
}

Outcome<CommandOutput> deleteAssignment(CommandContext &ctx)
{
    // The id as printed, or an Azure-style ".../roleAssignments/ID".
    const QString id = ctx.value(kId).section(u'/', -1);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto removed = (*vault)->access().unassign(id);
    if (!removed)
        return failure(removed.error(), Subject::Assignment);
    return CommandOutput {};
}

CommandSpec definitionListSpec()
{
    CommandSpec spec;
    spec.path = {kRole, QStringLiteral("definition"), QStringLiteral("list")};
    spec.summary = QStringLiteral("List the built-in roles with their actions and data actions.");
    spec.details = QStringLiteral("The roles are Azure's built-in Key Vault roles, with Azure's ids and exact "
                                  "(data) actions. Without --vault the built-in definitions are listed without "
                                  "unlocking anything.");
    options::addUnlock(spec);
    spec.required.removeAll(kVault);
    for (OptionSpec &option : spec.options)
        if (option.name == kVault)
            option.help = QStringLiteral("the vault folder (NAME.coffer); optional here");
    spec.options.append({kName, QStringLiteral("R"),
                         QStringLiteral("only this role (\"Key Vault Secrets User\", \"Secrets User\" or its id)")});
    spec.run = listDefinitions;
    return spec;
}

CommandSpec assignmentCreateSpec()
{
    CommandSpec spec;
    spec.path = {kRole, QStringLiteral("assignment"), QStringLiteral("create")};
    spec.summary = QStringLiteral("Assign a role to a user, application or group at a scope.");
    spec.details = QStringLiteral("An assignment applies at its scope and everything below it. Key Vault Data "
                                  "Access Administrator may assign only the roles Azure lets it assign (not "
                                  "Certificate User, Crypto Service Release User or administrative roles).");
    options::addUnlock(spec);
    spec.options += {
            {kRole, QStringLiteral("R"),
             QStringLiteral("the role: its name (\"Key Vault Secrets User\" or "
                            "\"Secrets User\") or id")},
            {kAssignee, QStringLiteral("P"), QStringLiteral("the user, application or group (name or id)")},
    };
    addScopeOption(spec, QStringLiteral("where it applies (default \"/\"): ") + kScopeHelp);
    spec.required += {kRole, kAssignee};
    spec.examples = {QStringLiteral("coffer-cli role assignment create --vault team-kv.coffer --passphrase-file "
                                    "pass.txt --role \"Key Vault Secrets User\" --assignee alice --scope "
                                    "/secrets/db-password")};
    spec.run = createAssignment;
    return spec;
}

CommandSpec assignmentListSpec()
{
    CommandSpec spec;
    spec.path = {kRole, QStringLiteral("assignment"), QStringLiteral("list")};
    spec.summary = QStringLiteral("List role assignments, optionally for one principal or scope.");
    options::addUnlock(spec);
    spec.options += {
            {kAssignee, QStringLiteral("P"),
             QStringLiteral("only those of this principal (name or id), its groups' included")},
            {kRole, QStringLiteral("R"), QStringLiteral("only assignments of this role")},
    };
    addScopeOption(spec, QStringLiteral("only assignments that apply there (at or above it): ") + kScopeHelp);
    spec.run = listAssignments;
    return spec;
}

CommandSpec assignmentDeleteSpec()
{
    CommandSpec spec;
    spec.path = {kRole, QStringLiteral("assignment"), QStringLiteral("delete")};
    spec.summary = QStringLiteral("Delete a role assignment.");
    spec.details = QStringLiteral("Refused when no one would be left able to manage access.");
    options::addUnlock(spec);
    spec.options.append(
            {kId, QStringLiteral("ID"), QStringLiteral("the assignment's id (see 'coffer-cli role assignment list')")});
    spec.required.append(kId);
    spec.run = deleteAssignment;
    return spec;
}

} // namespace

void registerRoleCommands(CommandRegistry &registry)
{
    registry.addGroup({kRole}, QStringLiteral("Role-based access: role definitions and assignments."));
    registry.addGroup({kRole, QStringLiteral("definition")}, QStringLiteral("The built-in roles."));
    registry.add(definitionListSpec());
    registry.addGroup({kRole, QStringLiteral("assignment")},
                      QStringLiteral("Assign roles to principals at a scope, list and delete assignments."));
    registry.add(assignmentCreateSpec());
    registry.add(assignmentListSpec());
    registry.add(assignmentDeleteSpec());
}

} // namespace coffer::cli
