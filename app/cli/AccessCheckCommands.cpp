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
using access::Decision;
using access::Operation;
using access::OperationFamily;
using access::Resource;
using access::Scope;
using access::TargetLevel;

const QString kAssignee = QStringLiteral("assignee");
const QString kScope = QStringLiteral("scope");
const QString kOperation = QStringLiteral("operation");

const QString kScopeHelp = QStringLiteral("\"/\" (the vault), \"/secrets\", \"/keys\", \"/certificates\" or one "
                                          "object such as \"/secrets/db-password\"");

CommandOutput decisionsOutput(const QList<Decision> &decisions, bool showPrincipal)
{
    QJsonArray rows;
    for (const Decision &decision : decisions)
        rows.append(decisionJson(decision));
    CommandOutput out;
    out.value = rows;
    out.columns = decisionColumns(showPrincipal);
    return out;
}

Outcome<CommandOutput> checkAccess(CommandContext &ctx)
{
    auto scope = scopeOption(ctx);
    COFFER_CLI_CHECK(scope);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    access::AccessControl &accessControl = (*vault)->access();
    const QString assignee = ctx.has(kAssignee) ? ctx.value(kAssignee) : accessControl.principalId();
    auto decisions = accessControl.checkAccess(assignee, *scope);
    if (!decisions)
        return failure(decisions.error(), Subject::Principal);
    return decisionsOutput(*decisions, false);
}

// The operation the reverse view asks about: --operation, or reading the object (listing the kind) by default.
Outcome<Operation> whoOperation(const CommandContext &ctx, const Scope &scope)
{
    if (!ctx.has(kOperation)) {
        static const Operation gets[] = {Operation::SecretGet, Operation::KeyGet, Operation::CertificateGet};
        static const Operation lists[] = {Operation::SecretList, Operation::KeyList, Operation::CertificateList};
        const auto kind = std::size_t(scope.objectKind());
        switch (scope.level()) {
        case Scope::Level::Object: return gets[kind];
        case Scope::Level::Kind: return lists[kind];
        case Scope::Level::Vault:
            return CliError::usage(QStringLiteral("'access who' at the vault scope \"/\" needs --operation"),
                                   QStringLiteral("for example --operation VaultPatch, or give an object scope "
                                                  "such as --scope /secrets/db-password"));
        }
    }
    const std::optional<Operation> operation = access::operationFromName(ctx.value(kOperation));
    if (!operation)
        return CliError::usage(QStringLiteral("there is no operation '%1'").arg(ctx.value(kOperation)),
                               QStringLiteral("operations are named as in Azure's audit log (SecretGet, SecretList, "
                                              "SecretPurge, KeyDecrypt, …); 'coffer-cli access check' lists those "
                                              "that apply at a scope"));
    return *operation;
}

// The resource an operation is checked against at `scope`; the operation must act at that level and kind.
Outcome<Resource> whoResource(Operation operation, const Scope &scope)
{
    const access::OperationInfo &info = access::operationInfo(operation);
    const bool objectFamily = info.family == OperationFamily::Secrets || info.family == OperationFamily::Keys
            || info.family == OperationFamily::Certificates;
    const QString scopeText = scope.toString();
    if (!objectFamily) {
        if (scope.level() != Scope::Level::Vault)
            return CliError::usage(
                    QStringLiteral("%1 acts on the vault, not on '%2': give --scope /").arg(info.name, scopeText));
        return Resource::vault();
    }
    if (scope.level() == Scope::Level::Vault || access::familyOf(scope.objectKind()) != info.family)
        return CliError::usage(
                QStringLiteral("%1 acts on %2, not on '%3'").arg(info.name, access::familyName(info.family), scopeText),
                QStringLiteral("give a scope such as /%1 or /%1/NAME").arg(access::familyName(info.family)));
    if (info.level == TargetLevel::Object && scope.level() != Scope::Level::Object)
        return CliError::usage(QStringLiteral("%1 acts on one object: give --scope %2/NAME").arg(info.name, scopeText));
    if (info.level == TargetLevel::Kind && scope.level() == Scope::Level::Object)
        return CliError::usage(QStringLiteral("%1 acts on every object of the kind: give --scope /%2")
                                       .arg(info.name, access::familyName(info.family)));
    if (scope.level() == Scope::Level::Object)
        return Resource::object(scope.objectKind(), scope.name());
    return Resource::kind(scope.objectKind());
}

Outcome<CommandOutput> whoCan(CommandContext &ctx)
{
    auto scope = scopeOption(ctx);
    COFFER_CLI_CHECK(scope);
    auto operation = whoOperation(ctx, *scope);
    COFFER_CLI_CHECK(operation);
    auto resource = whoResource(*operation, *scope);
    COFFER_CLI_CHECK(resource);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto decisions = (*vault)->access().whoCan(*operation, *resource);
    COFFER_CLI_CHECK(decisions);
    return decisionsOutput(*decisions, true);
}

CommandSpec checkSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("access"), QStringLiteral("check")};
    spec.summary = QStringLiteral("Effective access: every operation at a scope, allowed or not, and why.");
    spec.details = QStringLiteral("Each row names the operation (as Azure's audit log does), whether it is allowed, "
                                  "the role assignment or access policy that grants it (and the group it came "
                                  "through), or why it is denied. -o table prints an aligned table.");
    options::addUnlock(spec);
    spec.options.append({kAssignee, QStringLiteral("P"),
                         QStringLiteral("the user, application or group (name or id; default: the one you "
                                        "unlocked as)")});
    addScopeOption(spec, QStringLiteral("where to check (default \"/\"): ") + kScopeHelp);
    spec.examples = {QStringLiteral("coffer-cli access check --vault team-kv.coffer --passphrase-file pass.txt "
                                    "--assignee alice --scope /secrets/db-password -o table")};
    spec.run = checkAccess;
    return spec;
}

CommandSpec whoSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("access"), QStringLiteral("who")};
    spec.summary = QStringLiteral("Who may perform an operation at a scope, and through what.");
    spec.details = QStringLiteral("Without --operation: who can read the object (SecretGet, KeyGet, CertificateGet) "
                                  "or list the kind (SecretList, …). Groups are listed as well as their members.");
    options::addUnlock(spec);
    addScopeOption(spec, QStringLiteral("the object or kind: ") + kScopeHelp);
    spec.options.append({kOperation, QStringLiteral("OP"),
                         QStringLiteral("the operation as Azure's audit log names it (SecretGet, SecretPurge, …)")});
    spec.required.append(kScope);
    spec.examples = {QStringLiteral("coffer-cli access who --vault team-kv.coffer --passphrase-file pass.txt "
                                    "--scope /secrets/db-password --operation SecretGet")};
    spec.run = whoCan;
    return spec;
}

} // namespace

void registerAccessCheckCommands(CommandRegistry &registry)
{
    registry.addGroup({QStringLiteral("access")},
                      QStringLiteral("Explain access: effective access of a principal, and who can do what."));
    registry.add(checkSpec());
    registry.add(whoSpec());
}

} // namespace coffer::cli
