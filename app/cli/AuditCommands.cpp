#include "app/cli/AuditCommands.h"

#include "app/cli/AuditSupport.h"
#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/VaultAccess.h"
#include "core/audit/AuditService.h"
#include "core/vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace coffer::cli {

namespace {

using namespace auditcli;

const QString kAudit = QStringLiteral("audit");
const QString kForce = QStringLiteral("force");
const QString kDays = QStringLiteral("days");

Outcome<CommandOutput> listRecords(CommandContext &ctx)
{
    auto filter = filterOptions(ctx);
    COFFER_CLI_CHECK(filter);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto records = (*vault)->audit().list(*filter);
    COFFER_CLI_CHECK(records);
    QJsonArray rows;
    for (const audit::AuditRecord &record : std::as_const(*records))
        rows.append(recordJson(record));
    CommandOutput out;
    out.value = rows;
    out.columns = recordColumns();
    return out;
}

// What the export's first line (its signed header) says about it.
QJsonObject exportSummary(const QString &path)
{
    QFile file(path);
    QJsonObject header;
    if (file.open(QIODevice::ReadOnly))
        header = QJsonDocument::fromJson(file.readLine()).object();
    const QJsonObject counts = header.value(u"counts").toObject();
    return QJsonObject {
            {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("bytes"), QFileInfo(path).size()},
            {QStringLiteral("vaultName"), header.value(u"vaultName")},
            {QStringLiteral("records"), counts.value(u"records")},
            {QStringLiteral("stubs"), counts.value(u"stubs")},
            {QStringLiteral("checkpoints"), counts.value(u"checkpoints")},
            {QStringLiteral("firstSequence"), header.value(u"firstSequence")},
            {QStringLiteral("lastSequence"), header.value(u"lastSequence")},
            {QStringLiteral("keyId"), header.value(u"keyId")},
            {QStringLiteral("publicKey"), header.value(u"publicKey")},
    };
}

Outcome<CommandOutput> exportRecords(CommandContext &ctx)
{
    auto filter = filterOptions(ctx);
    COFFER_CLI_CHECK(filter);
    const QString path = ctx.value(kFile);
    const bool force = ctx.has(kForce);
    const CliError exists {ExitCode::Conflict,
                           QStringLiteral("the file '%1' already exists; it is not overwritten").arg(path),
                           QStringLiteral("pass --force to replace it")};
    if (QFileInfo(path).isDir())
        return CliError {
                ExitCode::Invalid, QStringLiteral("'%1' is a folder; give a file name for the export").arg(path), {}};
    if (!force && QFileInfo::exists(path)) // checked again before the file is put in place; this spares the unlock
        return exists;
    if (const QFileInfo folder(QFileInfo(path).absolutePath()); !folder.isDir())
        return CliError {ExitCode::NotFound,
                         QStringLiteral("the folder '%1' for the export does not exist").arg(folder.filePath()),
                         {}};
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);

    // Written beside the target and renamed into place, so a failed export leaves no partial file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return CliError {ExitCode::Failure,
                         QStringLiteral("cannot write the export '%1': %2").arg(path, file.errorString()),
                         {}};
    (void)file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto written = (*vault)->audit().exportJsonLines(*filter, file);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!force && QFileInfo::exists(path)) {
        file.cancelWriting();
        return exists;
    }
    if (!file.commit())
        return CliError {ExitCode::Failure,
                         QStringLiteral("cannot write the export '%1': %2").arg(path, file.errorString()),
                         {}};
    CommandOutput out;
    out.value = exportSummary(path);
    return out;
}

Outcome<CommandOutput> showStats(CommandContext &ctx)
{
    auto filter = filterOptions(ctx);
    COFFER_CLI_CHECK(filter);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto stats = (*vault)->audit().stats(*filter);
    COFFER_CLI_CHECK(stats);
    if (ctx.outputFormat() != OutputFormat::Json)
        return statsTable(*stats);
    CommandOutput out;
    out.value = statsJson(*stats);
    return out;
}

CommandOutput retentionOutput(int days)
{
    CommandOutput out;
    out.value = QJsonObject {{QStringLiteral("retentionDays"), days}, {QStringLiteral("keepForever"), days == 0}};
    return out;
}

Outcome<CommandOutput> showRetention(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto days = (*vault)->audit().retentionDays();
    COFFER_CLI_CHECK(days);
    return retentionOutput(*days);
}

Outcome<CommandOutput> setRetention(CommandContext &ctx)
{
    auto days = ctx.intValue(kDays, 0);
    COFFER_CLI_CHECK(days);
    if (*days < 0)
        return CliError {ExitCode::Invalid,
                         QStringLiteral("--days needs 0 (keep every record) or a number of days, not %1").arg(*days),
                         {}};
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    COFFER_CLI_TRY((*vault)->audit().setRetentionDays(*days));
    auto stored = (*vault)->audit().retentionDays();
    COFFER_CLI_CHECK(stored);
    if (*stored > 0)
        ctx.console().note(QStringLiteral("records older than %1 days are removed when the vault is next opened; a "
                                          "signed checkpoint keeps the rest of the log verifiable")
                                   .arg(*stored));
    return retentionOutput(*stored);
}

CommandSpec listSpec()
{
    CommandSpec spec;
    spec.path = {kAudit, QStringLiteral("list")};
    spec.summary = QStringLiteral("List audit records: who did what, when, and how it ended.");
    spec.details = QStringLiteral("Every operation, allowed, denied or failed, has one record, oldest first. Records "
                                  "name the operation as Azure's AuditEvent log does (operationName, resultType) and "
                                  "never hold a secret value. Listing is itself recorded (AuditList).");
    options::addUnlock(spec);
    addFilterOptions(spec);
    spec.options += {
            {kLimit, QStringLiteral("N"), QStringLiteral("at most N records")},
            {kNewestFirst, {}, QStringLiteral("newest records first")},
    };
    spec.examples = {
            QStringLiteral("coffer-cli audit list --vault team-kv.coffer --passphrase-file pass.txt --from 24h "
                           "--result Forbidden -o table"),
            QStringLiteral("coffer-cli audit list --vault team-kv.coffer --passphrase-file pass.txt --operation "
                           "SecretGet SecretSet --target db-password --limit 20 --newest-first"),
    };
    spec.run = listRecords;
    return spec;
}

CommandSpec exportSpec()
{
    CommandSpec spec;
    spec.path = {kAudit, QStringLiteral("export")};
    spec.summary = QStringLiteral("Export audit records to a JSON Lines file that can be verified offline.");
    spec.details = QStringLiteral("The file holds a signed header, the records (records the filter leaves out appear "
                                  "as hashes only, so the chain still verifies) and signed checkpoints, the last one "
                                  "at the end. Check it anywhere with 'coffer-cli audit verify --file F'.");
    options::addUnlock(spec);
    spec.options += {
            {kFile, QStringLiteral("F"), QStringLiteral("the file to write (JSON Lines)")},
            {kForce, {}, QStringLiteral("replace F when it exists")},
    };
    addFilterOptions(spec);
    spec.required.append(kFile);
    spec.examples = {QStringLiteral("coffer-cli audit export --vault team-kv.coffer --passphrase-file pass.txt "
                                    "--from 2026-01-01 --to 2026-01-31 --file january.jsonl")};
    spec.run = exportRecords;
    return spec;
}

CommandSpec statsSpec()
{
    CommandSpec spec;
    spec.path = {kAudit, QStringLiteral("stats")};
    spec.summary = QStringLiteral("Count audit records per operation, result, principal and UTC day.");
    spec.details = QStringLiteral("-o table prints one row per count: the total, each result, each operation, each "
                                  "principal and each day (with its results).");
    options::addUnlock(spec);
    addFilterOptions(spec);
    spec.examples = {QStringLiteral("coffer-cli audit stats --vault team-kv.coffer --passphrase-file pass.txt --from "
                                    "7d -o table")};
    spec.run = showStats;
    return spec;
}

CommandSpec retentionShowSpec()
{
    CommandSpec spec;
    spec.path = {kAudit, QStringLiteral("retention"), QStringLiteral("show")};
    spec.summary = QStringLiteral("Show how many days audit records are kept (0: forever).");
    options::addUnlock(spec);
    spec.run = showRetention;
    return spec;
}

CommandSpec retentionSetSpec()
{
    CommandSpec spec;
    spec.path = {kAudit, QStringLiteral("retention"), QStringLiteral("set")};
    spec.summary = QStringLiteral("Set how many days audit records are kept (0: forever).");
    spec.details = QStringLiteral("Older records are removed when the vault is opened; a signed anchor stays in their "
                                  "place so the rest of the log still verifies. Export them first to keep them.");
    options::addUnlock(spec);
    spec.options.append({kDays, QStringLiteral("N"), QStringLiteral("days to keep records; 0 keeps them forever")});
    spec.required.append(kDays);
    spec.run = setRetention;
    return spec;
}

} // namespace

void registerAuditCommands(CommandRegistry &registry)
{
    registry.addGroup({kAudit},
                      QStringLiteral("The audit log: list, export, verify, statistics, retention and Azure imports."));
    registry.add(listSpec());
    registry.add(exportSpec());
    registry.add(statsSpec());
    registry.addGroup({kAudit, QStringLiteral("retention")},
                      QStringLiteral("How long the vault keeps its audit records."));
    registry.add(retentionShowSpec());
    registry.add(retentionSetSpec());
}

} // namespace coffer::cli
