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
using access::AccessPolicyEntry;
using access::PolicyFamily;

const QString kAssignee = QStringLiteral("assignee");
const QString kKeyPermissions = QStringLiteral("key-permissions");
const QString kSecretPermissions = QStringLiteral("secret-permissions");
const QString kCertificatePermissions = QStringLiteral("certificate-permissions");
const QString kModel = QStringLiteral("model");
const QString kYes = QStringLiteral("yes");

CommandOutput policyOutput(Vault &vault, const AccessPolicyEntry &policy)
{
    CommandOutput out;
    out.value = policyJson(policy, Directory(vault));
    out.columns = policyColumns();
    return out;
}

void noteIfRbac(CommandContext &ctx, const Vault &vault)
{
    if (vault.properties().permissionModel == PermissionModel::Rbac)
        ctx.console().note(QStringLiteral("this vault uses role-based access: access policies are kept but grant "
                                          "nothing until 'coffer-cli vault permission-model set --model "
                                          "access-policy --yes'"));
}

Outcome<CommandOutput> setPolicy(CommandContext &ctx)
{
    const std::optional<QStringList> keys = permissionList(ctx, kKeyPermissions);
    const std::optional<QStringList> secrets = permissionList(ctx, kSecretPermissions);
    const std::optional<QStringList> certificates = permissionList(ctx, kCertificatePermissions);
    if (!keys && !secrets && !certificates)
        return CliError::usage(QStringLiteral("nothing to set: give --secret-permissions, --key-permissions or "
                                              "--certificate-permissions"),
                               QStringLiteral("run 'coffer-cli set-policy --help' to see the permission names"));
    // Unknown permission names are reported before unlocking, with the valid ones.
    const std::pair<const std::optional<QStringList> *, PolicyFamily> lists[]
            = {{&keys, PolicyFamily::Keys},
               {&secrets, PolicyFamily::Secrets},
               {&certificates, PolicyFamily::Certificates}};
    for (const auto &[given, family] : lists)
        if (*given) {
            auto normalized = access::normalizePermissions(family, **given);
            if (!normalized)
                return CliError {ExitCode::Invalid, normalized.error().context(),
                                 QStringLiteral("run 'coffer-cli set-policy --help' to see the permission names")};
        }

    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto policy = (*vault)->access().setPolicy(ctx.value(kAssignee), keys, secrets, certificates);
    if (!policy)
        return failure(policy.error(), Subject::Principal);
    noteIfRbac(ctx, **vault);
    return policyOutput(**vault, *policy);
}

Outcome<CommandOutput> deletePolicy(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto deleted = (*vault)->access().deletePolicy(ctx.value(kAssignee));
    if (!deleted)
        return failure(deleted.error(), Subject::Policy);
    return CommandOutput {};
}

Outcome<CommandOutput> listPolicies(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto policies = (*vault)->access().policies();
    COFFER_CLI_CHECK(policies);
    const Directory directory(**vault);
    QJsonArray items;
    for (const AccessPolicyEntry &policy : std::as_const(*policies))
        items.append(policyJson(policy, directory));
    noteIfRbac(ctx, **vault);
    CommandOutput out;
    out.value = items;
    out.columns = policyColumns();
    return out;
}

Outcome<CommandOutput> setPermissionModel(CommandContext &ctx)
{
    const QString name = ctx.value(kModel).toLower();
    PermissionModel model = PermissionModel::Rbac;
    if (name == u"rbac")
        model = PermissionModel::Rbac;
    else if (name == u"access-policy" || name == u"accesspolicy")
        model = PermissionModel::AccessPolicy;
    else
        return CliError::usage(
                QStringLiteral("option --model needs rbac or access-policy, not '%1'").arg(ctx.value(kModel)));
    if (!ctx.has(kYes))
        return CliError::usage(
                model == PermissionModel::AccessPolicy
                        ? QStringLiteral("switching to access policies needs --yes: role assignments then stop "
                                         "granting access to secrets, keys and certificates (only access policies "
                                         "do; roles still govern who manages access), so principals that rely on "
                                         "a role lose data access at once")
                        : QStringLiteral("switching to role-based access needs --yes: access policies then stop "
                                         "counting (they are kept and count again if you switch back), so "
                                         "principals that rely on a policy lose access at once"),
                QStringLiteral("grant the new model's access first ('coffer-cli %1'), then run the command again "
                               "with --yes")
                        .arg(model == PermissionModel::AccessPolicy ? QStringLiteral("set-policy")
                                                                    : QStringLiteral("role assignment create")));
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    COFFER_CLI_TRY((*vault)->access().setPermissionModel(model));
    CommandOutput out;
    out.value = vaultJson((*vault)->properties());
    out.columns = {
            {QStringLiteral("Name"), QStringLiteral("name")},
            {QStringLiteral("RbacAuthorization"), QStringLiteral("properties.enableRbacAuthorization")},
    };
    return out;
}

QString permissionHelp(PolicyFamily family)
{
    return QStringLiteral("space- or comma-separated: all (everything but purge), ")
            + access::policyPermissions(family).join(QStringLiteral(", "))
            + QStringLiteral("; replaces the list (\"\" empties it)");
}

CommandSpec setPolicySpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("set-policy")};
    spec.summary = QStringLiteral("Set a principal's access policy (vaults using access policies).");
    spec.details = QStringLiteral(
            "Each list given replaces that list of the principal's policy; lists not given are kept. Permission "
            "names are Azure's; \"all\" means every permission but purge, which is never granted implicitly. "
            "Access policies count only while the vault uses them ('coffer-cli vault permission-model set').");
    options::addUnlock(spec);
    spec.options += {
            {kAssignee, QStringLiteral("P"), QStringLiteral("the user, application or group (name or id)")},
            {kSecretPermissions, QStringLiteral("PERM [PERM ...]"), permissionHelp(PolicyFamily::Secrets), false, true,
             true},
            {kKeyPermissions, QStringLiteral("PERM [PERM ...]"), permissionHelp(PolicyFamily::Keys), false, true, true},
            {kCertificatePermissions, QStringLiteral("PERM [PERM ...]"), permissionHelp(PolicyFamily::Certificates),
             false, true, true},
    };
    spec.required.append(kAssignee);
    spec.examples = {QStringLiteral("coffer-cli set-policy --vault team-kv.coffer --passphrase-file pass.txt "
                                    "--assignee ci --secret-permissions get list")};
    spec.run = setPolicy;
    return spec;
}

CommandSpec deletePolicySpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("delete-policy")};
    spec.summary = QStringLiteral("Delete a principal's access policy.");
    options::addUnlock(spec);
    spec.options.append({kAssignee, QStringLiteral("P"), QStringLiteral("the principal (name or id)")});
    spec.required.append(kAssignee);
    spec.run = deletePolicy;
    return spec;
}

CommandSpec listPoliciesSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("policy"), QStringLiteral("list")};
    spec.summary = QStringLiteral("List the vault's access policies (as az's accessPolicies).");
    options::addUnlock(spec);
    spec.run = listPolicies;
    return spec;
}

CommandSpec permissionModelSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("vault"), QStringLiteral("permission-model"), QStringLiteral("set")};
    spec.summary = QStringLiteral("Switch the vault between role-based access and access policies.");
    spec.details = QStringLiteral(
            "As in Azure, the other model's grants stay stored but stop counting: with access policies, role "
            "assignments no longer grant data access; with role-based access, access policies grant nothing. Only "
            "Owner or User Access Administrator may switch. Needs --yes.");
    options::addUnlock(spec);
    spec.options += {
            {kModel, QStringLiteral("rbac|access-policy"), QStringLiteral("the permission model")},
            {kYes, {}, QStringLiteral("confirm: the other model's grants stop counting at once")},
    };
    spec.required.append(kModel);
    spec.examples = {QStringLiteral("coffer-cli vault permission-model set --vault team-kv.coffer --passphrase-file "
                                    "pass.txt --model access-policy --yes")};
    spec.run = setPermissionModel;
    return spec;
}

} // namespace

void registerPolicyCommands(CommandRegistry &registry)
{
    registry.add(setPolicySpec());
    registry.add(deletePolicySpec());
    registry.addGroup({QStringLiteral("policy")}, QStringLiteral("Access policies (vaults not using roles)."));
    registry.add(listPoliciesSpec());
    registry.addGroup({QStringLiteral("vault"), QStringLiteral("permission-model")},
                      QStringLiteral("Choose how the vault grants access: roles or access policies."));
    registry.add(permissionModelSpec());
}

} // namespace coffer::cli
