#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/KeyCommands.h"
#include "app/cli/KeyJson.h"
#include "app/cli/KeySupport.h"
#include "app/cli/SecretValueIo.h"
#include "app/cli/VaultAccess.h"
#include "core/common/Clock.h"
#include "core/rotation/RotationPolicy.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultProperties.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace coffer::cli {

namespace {

using namespace keycli;

const QString kValue = QStringLiteral("value");
const QString kDryRun = QStringLiteral("dry-run");
constexpr qsizetype kMaxPolicyBytes = 64 * 1024;

QString keyBaseId(Vault &vault, const QString &name)
{
    VersionInfo info;
    info.vaultName = vault.properties().name;
    info.kind = ObjectKind::Key;
    info.name = name;
    return info.baseId();
}

// --value @FILE or the JSON itself, parsed and checked for structure and Azure's rules.
Outcome<rotation::RotationPolicy> policyOption(const CommandContext &ctx)
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
                         QStringLiteral("pass a JSON object such as {\"lifetimeActions\": [{\"trigger\": "
                                        "{\"timeAfterCreate\": \"P90D\"}, \"action\": {\"type\": \"Rotate\"}}], "
                                        "\"attributes\": {\"expiryTime\": \"P1Y\"}}")};
    if (!document.isObject())
        return CliError {ExitCode::Invalid, QStringLiteral("%1 is not a JSON object").arg(source), {}};
    auto policy = rotation::RotationPolicy::fromJson(document.object());
    if (!policy)
        return CliError {ExitCode::Invalid, policy.error().context(), {}};
    // Checked here too so that a policy Azure would refuse is reported before the vault is unlocked.
    auto valid = policy->validate(ctx.clock().now());
    if (!valid)
        return CliError {ExitCode::Invalid, valid.error().context(),
                         QStringLiteral("Azure's rules: timeAfterCreate and timeBeforeExpiry at least P7D, "
                                        "expiryTime at least P28D and 7 days more than timeBeforeExpiry, a Rotate "
                                        "before expiry needs expiryTime, Notify only before expiry")};
    return std::move(*policy);
}

Outcome<CommandOutput> rotateKey(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->keys().rotate(*name);
    if (!info)
        return failure(info.error(), *name);
    return bundleOutput(*info);
}

Outcome<CommandOutput> showPolicy(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto policy = (*vault)->keys().rotationPolicy(*name);
    if (!policy)
        return failure(policy.error(), *name);
    CommandOutput out;
    out.value = keyjson::rotationPolicy(*policy, keyBaseId(**vault, *name));
    return out;
}

Outcome<CommandOutput> updatePolicy(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto policy = policyOption(ctx);
    COFFER_CLI_CHECK(policy);
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto stored = (*vault)->keys().setRotationPolicy(*name, *policy);
    if (!stored)
        return failure(stored.error(), *name);
    CommandOutput out;
    out.value = keyjson::rotationPolicy(*stored, keyBaseId(**vault, *name));
    return out;
}

Outcome<CommandOutput> rotateDue(CommandContext &ctx)
{
    const bool dryRun = ctx.has(kDryRun);
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto outcomes = (*vault)->keys().rotateDue(dryRun);
    COFFER_CLI_CHECK(outcomes);
    QJsonArray items;
    int failed = 0;
    for (const KeyRotationOutcome &outcome : *outcomes) {
        items.append(keyjson::rotationOutcome(outcome));
        if (outcome.action == KeyRotationOutcome::Action::Failed)
            ++failed;
    }
    if (outcomes->isEmpty())
        ctx.console().note(dryRun ? QStringLiteral("no rotation or notification is due now")
                                  : QStringLiteral("nothing was due now; nothing changed"));
    if (failed > 0) {
        // The outcomes still go to stdout: the keys that rotated did.
        ctx.console().out(QJsonDocument(items).toJson(QJsonDocument::Indented));
        return CliError {ExitCode::Failure,
                         failed == 1
                                 ? QStringLiteral("1 key could not be rotated (see its \"reason\")")
                                 : QStringLiteral("%1 keys could not be rotated (see their \"reason\")").arg(failed),
                         QStringLiteral("fix what the reason names and run 'coffer-cli key rotate-due' again")};
    }
    CommandOutput out;
    out.value = items;
    using Show = TableColumn::Show;
    out.columns = {
            {QStringLiteral("Name"), QStringLiteral("name"), Show::AsIs},
            {QStringLiteral("Action"), QStringLiteral("action"), Show::AsIs},
            {QStringLiteral("NewVersion"), QStringLiteral("newVersion"), Show::AsIs},
            {QStringLiteral("Reason"), QStringLiteral("reason"), Show::AsIs},
    };
    return out;
}

CommandSpec policySpec(const QString &command, const QString &summary, CommandHandler run)
{
    return commandSpec({QStringLiteral("rotation-policy"), command}, summary, std::move(run), NameOption::Name);
}

} // namespace

void registerKeyRotationCommands(CommandRegistry &registry)
{
    CommandSpec rotate;
    rotate.path = {QStringLiteral("key"), QStringLiteral("rotate")};
    rotate.summary = QStringLiteral("Rotate a key now: a new version with new key material.");
    rotate.details = QStringLiteral(
            "The new version has the same type, size or curve, key_ops, protection and exportability, and the tags "
            "of the current one; its expiry comes from the rotation policy's expiryTime when it has one.");
    addUnlockWithToken(rotate);
    addName(rotate);
    rotate.examples = {QStringLiteral("coffer-cli key rotate --vault team-kv.coffer --passphrase-file pass.txt --name "
                                      "signing")};
    rotate.run = rotateKey;
    registry.add(std::move(rotate));

    registry.addGroup({QStringLiteral("key"), QStringLiteral("rotation-policy")},
                      QStringLiteral("Show or set when a key rotates and when expiry is announced."));
    CommandSpec show
            = policySpec(QStringLiteral("show"),
                         QStringLiteral("Show a key's rotation policy (the default when none was set)."), showPolicy);
    show.details = QStringLiteral("Azure's default policy is Notify 30 days before expiry, with no rotation.");
    registry.add(std::move(show));
    CommandSpec update
            = policySpec(QStringLiteral("update"), QStringLiteral("Set a key's rotation policy."), updatePolicy);
    update.details = QStringLiteral(
            "The policy is Azure's JSON: {\"lifetimeActions\": [{\"trigger\": {\"timeAfterCreate\": \"P90D\"} or "
            "{\"timeBeforeExpiry\": \"P30D\"}, \"action\": {\"type\": \"Rotate\" or \"Notify\"}}], \"attributes\": "
            "{\"expiryTime\": \"P1Y\"}}. Durations are ISO 8601 (P90D, P1Y, P2M, P1W, PT48H). Rules: "
            "timeAfterCreate (Rotate only) and timeBeforeExpiry at least 7 days; expiryTime at least 28 days and "
            "at least 7 days more than timeBeforeExpiry; a Rotate before expiry needs expiryTime; at most one Rotate "
            "and one Notify. An empty lifetimeActions list resets to the default.");
    update.options.append({kValue, QStringLiteral("@FILE|JSON"),
                           QStringLiteral("the policy: @FILE reads it from "
                                          "FILE")});
    update.required.append(kValue);
    update.examples = {
            QStringLiteral("coffer-cli key rotation-policy update --vault team-kv.coffer --passphrase-file pass.txt "
                           "--name signing --value @policy.json"),
            QStringLiteral("coffer-cli key rotation-policy update --vault team-kv.coffer --passphrase-file pass.txt "
                           "--name signing --value '{\"lifetimeActions\":[{\"trigger\":{\"timeAfterCreate\":"
                           "\"P90D\"},\"action\":{\"type\":\"Rotate\"}}],\"attributes\":{\"expiryTime\":\"P1Y\"}}'"),
    };
    registry.add(std::move(update));

    CommandSpec due;
    due.path = {QStringLiteral("key"), QStringLiteral("rotate-due")};
    due.summary = QStringLiteral("Run the rotations and notifications that are due now, by every key's policy.");
    due.details = QStringLiteral(
            "Each due rotation makes a new version (recorded as KeyRotateIfDue); each due notification is recorded "
            "once per version. Prints one entry per key acted on: {\"name\", \"action\": Rotated|Notified|"
            "WouldRotate|WouldNotify|Skipped|Failed, \"newVersion\", \"reason\"}. With --dry-run nothing changes. Exit "
            "code "
            "1 when a rotation failed (the others still happened); Skipped (a disabled key, or another run got there "
            "first) is not a failure. Run it from cron or a systemd timer.");
    addUnlockWithToken(due);
    due.options.append({kDryRun, {}, QStringLiteral("only say what is due; change nothing")});
    due.examples = {QStringLiteral("coffer-cli key rotate-due --vault team-kv.coffer --keychain --dry-run")};
    due.run = rotateDue;
    registry.add(std::move(due));
}

} // namespace coffer::cli
