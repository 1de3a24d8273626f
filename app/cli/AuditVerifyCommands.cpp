#include "app/cli/AuditCommands.h"

#include "app/cli/AuditSupport.h"
#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/OutputFormatter.h"
#include "app/cli/VaultAccess.h"
#include "core/audit/AuditKey.h"
#include "core/audit/AuditService.h"
#include "core/vault/Vault.h"

#include <QFileInfo>

namespace coffer::cli {

namespace {

using namespace auditcli;

const QString kPublicKeyFile = QStringLiteral("public-key-file");

// The report on stdout (for scripts) whatever the outcome; a failure is exit code 5 naming the first bad record.
Outcome<CommandOutput> finish(CommandContext &ctx, const audit::VerifyReport &report, const QJsonObject &about,
                              const QString &subject, const QString &hint)
{
    QJsonObject value = reportJson(report);
    for (auto it = about.begin(); it != about.end(); ++it)
        value.insert(it.key(), it.value());
    CommandOutput out;
    out.value = value;
    out.columns = {
            {QStringLiteral("Ok"), QStringLiteral("ok")},
            {QStringLiteral("Records"), QStringLiteral("records")},
            {QStringLiteral("Stubs"), QStringLiteral("stubs")},
            {QStringLiteral("Checkpoints"), QStringLiteral("checkpoints")},
            {QStringLiteral("KeyId"), QStringLiteral("keyId")},
            {QStringLiteral("BadRecord"), QStringLiteral("firstBadSequence")},
            {QStringLiteral("BadLine"), QStringLiteral("firstBadLine")},
            {QStringLiteral("Problem"), QStringLiteral("problem")},
    };
    if (report.ok) {
        if (!report.warning.isEmpty())
            ctx.console().warning(report.warning);
        return out;
    }
    ctx.console().out(formatOutput(out, ctx.outputFormat()));
    const QString problem = report.problem.isEmpty() ? QStringLiteral("it does not verify") : report.problem;
    return CliError {ExitCode::Damaged, QStringLiteral("%1 is damaged: %2").arg(subject, problem), hint};
}

// Whether an unlock option (other than --vault) was given.
bool unlockOptionGiven(const CommandContext &ctx)
{
    for (const OptionSpec &option : ctx.command().options)
        if (option.name != kVault && option.name != kFile && option.name != kPublicKeyFile && ctx.has(option.name))
            return true;
    return false;
}

Outcome<CommandOutput> verifyExport(CommandContext &ctx, QByteArray expectedKey)
{
    const QString path = ctx.value(kFile);
    auto bytes = readInputFile(path, QStringLiteral("audit export"));
    COFFER_CLI_CHECK(bytes);
    QString keySource = ctx.has(kPublicKeyFile) ? ctx.value(kPublicKeyFile) : QString();
    if (ctx.has(kVault)) { // the export must come from this vault
        auto vault = openVault(ctx);
        COFFER_CLI_CHECK(vault);
        expectedKey = (*vault)->audit().publicKey();
        keySource = ctx.value(kVault);
    }
    const audit::VerifyReport report = audit::verifyExportFile(*bytes, expectedKey);
    if (report.ok && expectedKey.isEmpty())
        ctx.console().note(QStringLiteral("checked against the key the file names (id %1); to be sure the export "
                                          "comes from your vault, pass --public-key-file with the key 'coffer-cli "
                                          "audit key' printed, or --vault")
                                   .arg(report.keyId));
    const QJsonObject about {
            {QStringLiteral("source"), QStringLiteral("export")},
            {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("expectedKey"),
             expectedKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(audit::AuditKey::keyIdOf(expectedKey))},
    };
    return finish(ctx, report, about, QStringLiteral("the audit export '%1'").arg(path),
                  QStringLiteral("the file was changed, cut short or reordered after it was exported, or it was "
                                 "signed by another key; export it again from the vault and compare"));
}

Outcome<CommandOutput> verifyVault(CommandContext &ctx, const QByteArray &expectedKey)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    audit::AuditService &log = (*vault)->audit();
    const QJsonObject about {
            {QStringLiteral("source"), QStringLiteral("vault")},
            {QStringLiteral("vaultName"), (*vault)->properties().name},
    };
    if (!expectedKey.isEmpty() && expectedKey != log.publicKey()) {
        audit::VerifyReport report;
        report.keyId = log.keyId();
        report.problem = QStringLiteral("the vault's audit key (id %1) is not the key in '%2' (id %3)")
                                 .arg(log.keyId(), ctx.value(kPublicKeyFile), audit::AuditKey::keyIdOf(expectedKey));
        return finish(ctx, report, about, QStringLiteral("the vault's audit log"),
                      QStringLiteral("header.json was replaced, or this is another vault than the key's"));
    }
    auto report = log.verify();
    COFFER_CLI_CHECK(report);
    return finish(ctx, *report, about, QStringLiteral("the vault's audit log"),
                  QStringLiteral("vault.db was changed outside Coffer; keep it as it is for investigation and "
                                 "compare with an earlier export"));
}

Outcome<CommandOutput> verifyLog(CommandContext &ctx)
{
    if (!ctx.has(kFile) && !ctx.has(kVault))
        return CliError::usage(QStringLiteral("'audit verify' needs --file F (an export, checked offline) or --vault "
                                              "DIR (the vault's own log)"));
    if (!ctx.has(kVault) && unlockOptionGiven(ctx))
        return CliError::usage(QStringLiteral("the unlock options need --vault"),
                               QStringLiteral("an export is verified with --file alone, without unlocking anything"));
    if (ctx.has(kFile) && ctx.has(kVault) && ctx.has(kPublicKeyFile))
        return CliError::usage(QStringLiteral("options --vault and --public-key-file cannot be used together with "
                                              "--file"),
                               QStringLiteral("each names the key the export must be signed with; give one"));
    QByteArray expectedKey;
    if (ctx.has(kPublicKeyFile)) {
        auto key = readPublicKeyFile(ctx.value(kPublicKeyFile));
        COFFER_CLI_CHECK(key);
        expectedKey = *key;
    }
    return ctx.has(kFile) ? verifyExport(ctx, expectedKey) : verifyVault(ctx, expectedKey);
}

Outcome<CommandOutput> showKey(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    const audit::AuditService &log = (*vault)->audit();
    const VaultProperties properties = (*vault)->properties();
    CommandOutput out;
    out.value = QJsonObject {
            {QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
            {QStringLiteral("keyId"), log.keyId()},
            {QStringLiteral("publicKey"), QString::fromLatin1(log.publicKey().toBase64())},
            {QStringLiteral("vaultId"), properties.id},
            {QStringLiteral("vaultName"), properties.name},
    };
    out.columns = {
            {QStringLiteral("KeyId"), QStringLiteral("keyId")},
            {QStringLiteral("PublicKey"), QStringLiteral("publicKey")},
            {QStringLiteral("Algorithm"), QStringLiteral("algorithm")},
            {QStringLiteral("Vault"), QStringLiteral("vaultName")},
    };
    return out;
}

CommandSpec verifySpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("audit"), QStringLiteral("verify")};
    spec.summary = QStringLiteral("Verify an exported audit file offline, or the vault's own audit log.");
    spec.details = QStringLiteral(
            "With --file: checks an export without any vault: the signed header, every record's hash and link, the "
            "sequence, every checkpoint signature, and that the end is signed (a cut file fails). --public-key-file "
            "(or --vault) also checks that the export was signed by that vault's key. Without --file: the vault's own "
            "log (needs --vault and a way to unlock). Exit code 0 when it verifies; 5 when it does not, naming the "
            "first bad record or line. Records not yet covered by a checkpoint are a warning on stderr, not a "
            "failure.");
    options::addUnlock(spec);
    spec.required.removeAll(kVault);
    spec.options += {
            {kFile, QStringLiteral("F"), QStringLiteral("an export made by 'coffer-cli audit export'")},
            {kPublicKeyFile, QStringLiteral("K"),
             QStringLiteral("the vault's audit public key in base64 (as 'coffer-cli audit key' prints it, kept apart "
                            "from the vault): the log or export must be signed with it")},
    };
    spec.examples = {
            QStringLiteral("coffer-cli audit verify --file january.jsonl --public-key-file team-kv.key"),
            QStringLiteral("coffer-cli audit verify --vault team-kv.coffer --passphrase-file pass.txt"),
    };
    spec.run = verifyLog;
    return spec;
}

CommandSpec keySpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("audit"), QStringLiteral("key")};
    spec.summary = QStringLiteral("Show the public key and key id the vault signs its audit log with.");
    spec.details = QStringLiteral("Keep the key apart from the vault (printed, in a ticket, in another system): "
                                  "'audit verify --public-key-file' then proves an export or the log was signed by "
                                  "this vault even if header.json is replaced.");
    options::addUnlock(spec);
    spec.examples = {QStringLiteral("coffer-cli audit key --vault team-kv.coffer --passphrase-file pass.txt > "
                                    "team-kv.key")};
    spec.run = showKey;
    return spec;
}

} // namespace

void registerAuditVerifyCommands(CommandRegistry &registry)
{
    registry.add(verifySpec());
    registry.add(keySpec());
}

} // namespace coffer::cli
