// `secret rotate` and `secret rotation-policy show|update`: Coffer's secret rotation (Azure has none; the policy is
// the key rotation policy's shape plus a "generator", core/rotation/SecretRotationPolicy.h).
#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/RotationCommands.h"
#include "app/cli/SecretSupport.h"
#include "app/cli/SecretValueIo.h"
#include "app/cli/VaultAccess.h"
#include "core/common/Clock.h"
#include "core/rotation/SecretRotationPolicy.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace coffer::cli {

namespace {

using namespace secretcli;

const QString kValue = QStringLiteral("value");
constexpr qsizetype kMaxPolicyBytes = 64 * 1024;

const QString kExamplePolicy = QStringLiteral(
        "{\"lifetimeActions\": [{\"trigger\": {\"timeAfterCreate\": \"P90D\"}, \"action\": {\"type\": \"Rotate\"}}, "
        "{\"trigger\": {\"timeBeforeExpiry\": \"P30D\"}, \"action\": {\"type\": \"Notify\"}}], \"attributes\": "
        "{\"expiryTime\": \"P180D\"}, \"generator\": {\"kind\": \"password\", \"length\": 32}}");

const QString kRulesHint = QStringLiteral(
        "rules: timeAfterCreate (Rotate only) and timeBeforeExpiry at least P7D; expiryTime at least P28D and 7 days "
        "more than timeBeforeExpiry; a Rotate before expiry needs expiryTime; a Rotate needs a \"generator\" "
        "(password: length 8-1024, classes lower/upper/digits/symbols; bytes: length 16-4096, encoding "
        "base64/base64url/hex)");

// --value @FILE or the JSON itself: parsed, then every structure and rule problem listed with its JSON path.
// Checked before the vault is unlocked, so a bad policy costs no key derivation.
Outcome<rotation::SecretRotationPolicy> policyOption(const CommandContext &ctx)
{
    const QString value = ctx.value(kValue);
    QByteArray text;
    QString source = QStringLiteral("the policy given with --value");
    if (value.startsWith(u'@')) {
        const QString path = value.mid(1);
        auto bytes = readValueFile(path, kMaxPolicyBytes);
        COFFER_CLI_CHECK(bytes);
        text = QByteArray(bytes->constChar(), qsizetype(bytes->size()));
        source = QStringLiteral("the policy file '%1'").arg(path);
    } else {
        text = value.toUtf8();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return CliError {ExitCode::Invalid,
                         QStringLiteral("%1 is not JSON: %2 at offset %3")
                                 .arg(source, parseError.errorString())
                                 .arg(parseError.offset),
                         QStringLiteral("pass a JSON object such as ") + kExamplePolicy};
    if (!document.isObject())
        return CliError {ExitCode::Invalid, QStringLiteral("%1 is not a JSON object").arg(source),
                         QStringLiteral("pass a JSON object such as ") + kExamplePolicy};

    const QList<rotation::SecretPolicyIssue> issues
            = rotation::SecretRotationPolicy::checkJson(document.object(), ctx.clock().now());
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const rotation::SecretPolicyIssue &issue : issues)
            lines.append(QStringLiteral("  ")
                         + (issue.message.startsWith(issue.path) || issue.path.isEmpty()
                                    ? issue.message
                                    : QStringLiteral("%1: %2").arg(issue.path, issue.message)));
        return CliError {ExitCode::Invalid,
                         QStringLiteral("%1 has %2; nothing was changed:\n%3")
                                 .arg(source,
                                      issues.size() == 1 ? QStringLiteral("1 problem")
                                                         : QStringLiteral("%1 problems").arg(issues.size()),
                                      lines.join(u'\n')),
                         kRulesHint};
    }
    auto policy = rotation::SecretRotationPolicy::fromJson(document.object());
    if (!policy) // checkJson found nothing, so this does not happen; kept so a parser change cannot slip through
        return CliError {ExitCode::Invalid, policy.error().context(), kRulesHint};
    return std::move(*policy);
}

// A core error of these commands, with a hint for a policy that cannot rotate.
CliError rotationFailure(const Error &error, const QString &name)
{
    CliError out = failure(error, name);
    if (error.code() == ErrorCode::InvalidArgument && error.context().contains(QStringLiteral("generator"))
        && out.hint.isEmpty())
        out.hint = QStringLiteral("give the secret a policy with a generator: coffer-cli secret rotation-policy "
                                  "update --name %1 --value '{\"generator\": {\"kind\": \"password\", \"length\": "
                                  "32}}'")
                           .arg(name);
    return out;
}

Outcome<CommandOutput> rotateSecret(CommandContext &ctx)
{
    auto name = secretcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->secrets().rotate(*name);
    if (!info)
        return rotationFailure(info.error(), *name);
    return bundleOutput(*info); // the new version's metadata; its value only through 'secret show'
}

CommandOutput policyOutput(const rotation::SecretRotationPolicy &policy)
{
    CommandOutput out;
    out.value = policy.toJson();
    return out;
}

Outcome<CommandOutput> showPolicy(CommandContext &ctx)
{
    auto name = secretcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto policy = (*vault)->secrets().rotationPolicy(*name);
    if (!policy)
        return failure(policy.error(), *name);
    return policyOutput(*policy);
}

Outcome<CommandOutput> updatePolicy(CommandContext &ctx)
{
    auto name = secretcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto policy = policyOption(ctx);
    COFFER_CLI_CHECK(policy);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto stored = (*vault)->secrets().setRotationPolicy(*name, *policy);
    if (!stored)
        return rotationFailure(stored.error(), *name);
    return policyOutput(*stored);
}

CommandSpec spec(const QStringList &path, const QString &summary, CommandHandler run)
{
    CommandSpec spec;
    spec.path = QStringList {QStringLiteral("secret")} + path;
    spec.summary = summary;
    options::addUnlock(spec);
    addName(spec);
    spec.run = std::move(run);
    return spec;
}

} // namespace

void registerSecretRotationCommands(CommandRegistry &registry)
{
    CommandSpec rotate = spec({QStringLiteral("rotate")},
                              QStringLiteral("Rotate a secret now: a new version with a value made by its rotation "
                                             "policy's generator."),
                              rotateSecret);
    rotate.details = QStringLiteral(
            "The new version gets a fresh random value from the policy's \"generator\" (a password or random bytes), "
            "the content type and tags of the current version, and an expiry from the policy's expiryTime when it "
            "has one; older versions stay as they are. The value is not printed: read it with 'coffer-cli secret "
            "show'. Refused (exit code 7) when the policy has no generator: a new value in the vault alone does not "
            "change a password that another system owns, so set a generator only where the vault is the source of "
            "truth.");
    rotate.examples = {QStringLiteral("coffer-cli secret rotate --vault team-kv.coffer --passphrase-file pass.txt "
                                      "--name webhook-token")};
    registry.add(std::move(rotate));

    registry.addGroup({QStringLiteral("secret"), QStringLiteral("rotation-policy")},
                      QStringLiteral("Show or set when a secret rotates, how its new value is made, and when expiry "
                                     "is announced."));
    CommandSpec show
            = spec({QStringLiteral("rotation-policy"), QStringLiteral("show")},
                   QStringLiteral("Show a secret's rotation policy (the default when none was set)."), showPolicy);
    show.details = QStringLiteral("The default policy notifies 30 days before expiry and never rotates (it has no "
                                  "generator).");
    show.examples = {QStringLiteral("coffer-cli secret rotation-policy show --vault team-kv.coffer --passphrase-file "
                                    "pass.txt --name db-password")};
    registry.add(std::move(show));

    CommandSpec update = spec({QStringLiteral("rotation-policy"), QStringLiteral("update")},
                              QStringLiteral("Set a secret's rotation policy."), updatePolicy);
    update.details = QStringLiteral(
            "The policy is the key rotation policy's JSON (Azure's: \"lifetimeActions\" with a \"trigger\" "
            "timeAfterCreate or timeBeforeExpiry and an \"action\" Rotate or Notify, \"attributes\": {\"expiryTime\"}) "
            "plus Coffer's \"generator\": {\"kind\": \"password\", \"length\": 32, \"classes\": [\"lower\", "
            "\"upper\", \"digits\", \"symbols\"], \"symbols\": \"!#%+-=?@_\", \"excludeAmbiguous\": false} or "
            "{\"kind\": \"bytes\", \"length\": 32, \"encoding\": \"base64\"|\"base64url\"|\"hex\"}. Durations are ISO "
            "8601 (P90D, P1Y, P2M, P1W). A Rotate action needs a generator; Notify-only policies need none. Every "
            "problem is listed with its JSON path (generator.length, lifetimeActions[0].trigger.timeAfterCreate) "
            "and nothing is changed (exit code 7). An empty lifetimeActions list resets to the default.");
    update.options.append(
            {kValue, QStringLiteral("@FILE|JSON"), QStringLiteral("the policy: @FILE reads it from FILE")});
    update.required.append(kValue);
    update.examples = {
            QStringLiteral("coffer-cli secret rotation-policy update --vault team-kv.coffer --passphrase-file "
                           "pass.txt --name webhook-token --value @policy.json"),
            QStringLiteral("coffer-cli secret rotation-policy update --vault team-kv.coffer --passphrase-file "
                           "pass.txt --name webhook-token --value '{\"lifetimeActions\":[{\"trigger\":"
                           "{\"timeAfterCreate\":\"P90D\"},\"action\":{\"type\":\"Rotate\"}}],\"attributes\":"
                           "{\"expiryTime\":\"P180D\"},\"generator\":{\"kind\":\"bytes\",\"length\":32,"
                           "\"encoding\":\"base64url\"}}'"),
    };
    registry.add(std::move(update));
}

} // namespace coffer::cli
