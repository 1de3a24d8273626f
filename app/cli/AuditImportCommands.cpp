#include "app/cli/AuditCommands.h"

#include "app/cli/AuditSupport.h"
#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/VaultAccess.h"
#include "core/access/Operation.h"
#include "core/audit/AuditService.h"
#include "core/audit/AzureAuditImport.h"
#include "core/vault/Vault.h"

#include <QFileInfo>
#include <QJsonArray>

namespace coffer::cli {

namespace {

using namespace auditcli;

const QString kSource = QStringLiteral("source");
constexpr qsizetype kSkippedShown = 20;

Outcome<CommandOutput> importLog(CommandContext &ctx)
{
    const QString path = ctx.value(kFile);
    const QString source = ctx.has(kSource) ? ctx.value(kSource) : QFileInfo(path).fileName();
    if (QFileInfo(path).size() > audit::maxAzureAuditBytes)
        return CliError {
                ExitCode::Invalid,
                QStringLiteral("'%1' is larger than 512 MiB; import the hourly PT1H.json files one by one").arg(path),
                {}};
    auto bytes = readInputFile(path, QStringLiteral("Azure log file"));
    COFFER_CLI_CHECK(bytes);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto summary = (*vault)->audit().importAzure(*bytes, source);
    COFFER_CLI_CHECK(summary);

    for (qsizetype i = 0; i < summary->skipped.size() && i < kSkippedShown; ++i)
        ctx.console().warning(QStringLiteral("skipped %1").arg(summary->skipped.at(i)));
    if (summary->skipped.size() > kSkippedShown)
        ctx.console().warning(QStringLiteral("skipped %1 more records").arg(summary->skipped.size() - kSkippedShown));
    if (summary->added + summary->duplicates == 0 && !summary->skipped.isEmpty())
        return CliError {ExitCode::Invalid,
                         QStringLiteral("'%1' holds no Azure Key Vault AuditEvent record that could be read").arg(path),
                         QStringLiteral("import the PT1H.json files that a diagnostic setting writes to a storage "
                                        "account (container insights-logs-auditevent)")};
    CommandOutput out;
    out.value = QJsonObject {
            {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("source"), source},
            {QStringLiteral("read"), summary->read},
            {QStringLiteral("added"), summary->added},
            {QStringLiteral("duplicates"), summary->duplicates},
            {QStringLiteral("skipped"), int(summary->skipped.size())},
    };
    out.columns = {
            {QStringLiteral("Source"), QStringLiteral("source")},
            {QStringLiteral("Read"), QStringLiteral("read")},
            {QStringLiteral("Added"), QStringLiteral("added")},
            {QStringLiteral("Duplicates"), QStringLiteral("duplicates")},
            {QStringLiteral("Skipped"), QStringLiteral("skipped")},
    };
    return out;
}

Outcome<CommandOutput> listImported(CommandContext &ctx)
{
    audit::ImportedFilter filter;
    auto from = timeOption(ctx, kFrom, false);
    COFFER_CLI_CHECK(from);
    auto to = timeOption(ctx, kTo, true);
    COFFER_CLI_CHECK(to);
    filter.from = *from;
    filter.to = *to;
    // Azure has operations Coffer does not (VaultPut, Authentication): unknown names are kept as given.
    for (const QString &word : words(ctx, kOperation)) {
        const std::optional<access::Operation> known = access::operationFromName(word);
        filter.operations.append(known ? access::operationInfo(*known).auditName : word);
    }
    filter.source = ctx.value(kSource);
    if (ctx.has(kLimit)) {
        bool ok = false;
        filter.limit = ctx.value(kLimit).toLongLong(&ok);
        if (!ok || filter.limit < 1)
            return CliError::usage(
                    QStringLiteral("option --limit needs a positive whole number, not '%1'").arg(ctx.value(kLimit)));
    }
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto events = (*vault)->audit().imported(filter);
    COFFER_CLI_CHECK(events);
    QJsonArray rows;
    for (const audit::ImportedEvent &event : std::as_const(*events))
        rows.append(importedJson(event));
    CommandOutput out;
    out.value = rows;
    out.columns = importedColumns();
    return out;
}

CommandSpec importSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("audit"), QStringLiteral("import")};
    spec.summary = QStringLiteral("Import an Azure Key Vault AuditEvent log for offline review.");
    spec.details = QStringLiteral(
            "Reads the JSON that an Azure diagnostic setting writes to a storage account (PT1H.json in container "
            "insights-logs-auditevent). The events are kept read-only beside the vault's own log, never in its "
            "chain; importing a file again adds only events not seen before. Records that cannot be read are "
            "listed on stderr.");
    options::addUnlock(spec);
    spec.options += {
            {kFile, QStringLiteral("F"), QStringLiteral("the Azure log file (PT1H.json)")},
            {kSource, QStringLiteral("NAME"),
             QStringLiteral("a name for what was imported (default: the file name), for 'audit imported --source'")},
    };
    spec.required.append(kFile);
    spec.examples = {QStringLiteral("coffer-cli audit import --vault team-kv.coffer --passphrase-file pass.txt "
                                    "--file PT1H.json --source cloud-kv")};
    spec.run = importLog;
    return spec;
}

CommandSpec importedSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("audit"), QStringLiteral("imported")};
    spec.summary = QStringLiteral("List imported Azure AuditEvent records.");
    options::addUnlock(spec);
    addTimeOptions(spec);
    OptionSpec operation {kOperation, QStringLiteral("OP"),
                          QStringLiteral("only these operations (SecretGet, VaultPut, Authentication, …)")};
    operation.multiValue = true;
    operation.repeatable = true;
    spec.options += {
            operation,
            {kSource, QStringLiteral("NAME"), QStringLiteral("only what was imported under this name")},
            {kLimit, QStringLiteral("N"), QStringLiteral("at most N records")},
    };
    spec.examples = {QStringLiteral("coffer-cli audit imported --vault team-kv.coffer --passphrase-file pass.txt "
                                    "--source cloud-kv --operation SecretGet -o table")};
    spec.run = listImported;
    return spec;
}

} // namespace

void registerAuditImportCommands(CommandRegistry &registry)
{
    registry.add(importSpec());
    registry.add(importedSpec());
}

} // namespace coffer::cli
