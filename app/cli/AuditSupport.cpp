#include "app/cli/AuditSupport.h"

#include "app/cli/CommandContext.h"
#include "core/access/Operation.h"
#include "core/audit/AuditKey.h"
#include "core/common/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>

namespace coffer::cli::auditcli {

namespace {

constexpr std::array kResults {audit::AuditResult::Success, audit::AuditResult::Forbidden, audit::AuditResult::NotFound,
                               audit::AuditResult::Conflict, audit::AuditResult::Failed};

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject perResultJson(const std::array<qint64, 5> &counts)
{
    QJsonObject out;
    for (const audit::AuditResult result : kResults)
        out.insert(audit::auditResultName(result), counts.at(std::size_t(result)));
    return out;
}

QJsonObject statsRow(const QString &group, const QString &name, qint64 count,
                     const std::array<qint64, 5> *perResult = nullptr)
{
    QJsonObject row {
            {QStringLiteral("group"), group}, {QStringLiteral("name"), name}, {QStringLiteral("count"), count}};
    if (perResult)
        for (const audit::AuditResult result : kResults)
            row.insert(audit::auditResultName(result), perResult->at(std::size_t(result)));
    return row;
}

} // namespace

QStringList words(const CommandContext &ctx, const QString &option)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList out;
    for (const QString &value : ctx.values(option))
        out += value.split(separators, Qt::SkipEmptyParts);
    return out;
}

void addTimeOptions(CommandSpec &spec)
{
    spec.options += {
            {kFrom, QStringLiteral("T"),
             QStringLiteral("from this time on: an ISO 8601 date or date-time (UTC unless it names a zone), or a span "
                            "back from now such as 30m, 24h, 7d, 2w")},
            {kTo, QStringLiteral("T"),
             QStringLiteral("before this time (a date alone: through the end of that day); the same forms as --from")},
    };
}

void addFilterOptions(CommandSpec &spec)
{
    addTimeOptions(spec);
    OptionSpec operation {kOperation, QStringLiteral("OP"),
                          QStringLiteral("only these operations, as Azure's audit log names them (SecretGet, "
                                         "SecretSet, KeySign, VaultPatch, …); several may follow, or repeat it")};
    operation.multiValue = true;
    operation.repeatable = true;
    OptionSpec principal {kPrincipal, QStringLiteral("P"),
                          QStringLiteral("only what these principals did (name or id, exactly)")};
    principal.multiValue = true;
    principal.repeatable = true;
    OptionSpec result {kResult, QStringLiteral("R"),
                       QStringLiteral("only these results: Success, Forbidden, NotFound, Conflict, Failed")};
    result.multiValue = true;
    result.repeatable = true;
    spec.options += {operation, principal, result};
    spec.options.append({kTarget, QStringLiteral("TEXT"),
                         QStringLiteral("only targets containing TEXT (case-insensitive), such as db-password or "
                                        "/secrets/")});
}

Outcome<QDateTime> timeOption(const CommandContext &ctx, const QString &option, bool upper)
{
    if (!ctx.has(option))
        return QDateTime();
    const QString text = ctx.value(option).trimmed();
    const QDateTime now = ctx.clock().now().toUTC();
    if (text.compare(u"now", Qt::CaseInsensitive) == 0)
        return now;
    static const QRegularExpression span(QStringLiteral("^(\\d{1,9})([smhdw])$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = span.match(text); match.hasMatch()) {
        static const QHash<QChar, qint64> seconds {
                {u's', 1}, {u'm', 60}, {u'h', 3600}, {u'd', 86400}, {u'w', 7 * 86400}};
        return now.addSecs(-match.captured(1).toLongLong() * seconds.value(match.captured(2).at(0).toLower()));
    }
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return QDateTime(upper ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && text.contains(u'T')) {
        if (time.timeSpec() == Qt::LocalTime)
            time.setTimeSpec(Qt::UTC);
        return time.toUTC();
    }
    return CliError::usage(QStringLiteral("option --%1 needs a time, not '%2'").arg(option, text),
                           QStringLiteral("give an ISO 8601 date or date-time (2026-01-31, 2026-01-31T14:00:00Z) or "
                                          "a span back from now (30m, 24h, 7d, 2w)"));
}

Outcome<QStringList> operationNames(const CommandContext &ctx)
{
    QStringList names;
    for (const QString &word : words(ctx, kOperation)) {
        const std::optional<access::Operation> operation = access::operationFromName(word);
        if (!operation)
            return CliError::usage(QStringLiteral("there is no operation '%1'").arg(word),
                                   QStringLiteral("operations are named as in Azure's audit log (SecretGet, SecretSet, "
                                                  "SecretList, KeySign, VaultPatch, …)"));
        const QString name = access::operationInfo(*operation).auditName;
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

Outcome<audit::AuditFilter> filterOptions(const CommandContext &ctx)
{
    audit::AuditFilter filter;
    auto from = timeOption(ctx, kFrom, false);
    COFFER_CLI_CHECK(from);
    auto to = timeOption(ctx, kTo, true);
    COFFER_CLI_CHECK(to);
    if (from->isValid() && to->isValid() && *from >= *to)
        return CliError::usage(
                QStringLiteral("--from (%1) is not before --to (%2)").arg(isoMillis(*from), isoMillis(*to)));
    filter.from = *from;
    filter.to = *to;
    auto operations = operationNames(ctx);
    COFFER_CLI_CHECK(operations);
    filter.operations = *operations;
    filter.principals = words(ctx, kPrincipal);
    for (const QString &word : words(ctx, kResult)) {
        std::optional<audit::AuditResult> found;
        for (const audit::AuditResult result : kResults)
            if (audit::auditResultName(result).compare(word, Qt::CaseInsensitive) == 0)
                found = result;
        if (!found)
            return CliError::usage(QStringLiteral("option --result needs Success, Forbidden, NotFound, Conflict or "
                                                  "Failed, not '%1'")
                                           .arg(word));
        if (!filter.results.contains(*found))
            filter.results.append(*found);
    }
    filter.targetContains = ctx.value(kTarget);
    if (ctx.command().option(kLimit) && ctx.has(kLimit)) {
        bool ok = false;
        const qint64 limit = ctx.value(kLimit).toLongLong(&ok);
        if (!ok || limit < 1)
            return CliError::usage(
                    QStringLiteral("option --limit needs a positive whole number, not '%1'").arg(ctx.value(kLimit)));
        filter.limit = limit;
    }
    filter.newestFirst = ctx.has(kNewestFirst);
    return filter;
}

QJsonObject recordJson(const audit::AuditRecord &record)
{
    return QJsonObject {
            {QStringLiteral("sequence"), record.sequence},
            {QStringLiteral("time"), isoMillis(record.time)},
            {QStringLiteral("category"), QStringLiteral("AuditEvent")},
            {QStringLiteral("operationName"), record.operation},
            {QStringLiteral("resultType"), audit::auditResultName(record.result)},
            {QStringLiteral("errorCode"), textOrNull(record.errorCode)},
            {QStringLiteral("principal"),
             QJsonObject {{QStringLiteral("id"), record.principalId}, {QStringLiteral("name"), record.principalName}}},
            {QStringLiteral("target"), record.target},
            {QStringLiteral("correlationId"), record.correlationId},
            {QStringLiteral("durationMs"), (record.durationMicros + 500) / 1000},
            {QStringLiteral("durationMicros"), record.durationMicros},
            {QStringLiteral("client"),
             QJsonObject {{QStringLiteral("name"), record.client},
                          {QStringLiteral("processId"), record.processId},
                          {QStringLiteral("host"), record.host}}},
            {QStringLiteral("details"), record.details},
            {QStringLiteral("hash"), QString::fromLatin1(record.hash.toHex())},
    };
}

QList<TableColumn> recordColumns()
{
    return {
            {QStringLiteral("Sequence"), QStringLiteral("sequence")},
            {QStringLiteral("Time"), QStringLiteral("time")},
            {QStringLiteral("Principal"), QStringLiteral("principal.name")},
            {QStringLiteral("Operation"), QStringLiteral("operationName")},
            {QStringLiteral("Target"), QStringLiteral("target")},
            {QStringLiteral("Result"), QStringLiteral("resultType")},
            {QStringLiteral("Duration"), QStringLiteral("durationMicros"), TableColumn::Show::MicrosAsMs},
    };
}

QJsonObject reportJson(const audit::VerifyReport &report)
{
    return QJsonObject {
            {QStringLiteral("ok"), report.ok},
            {QStringLiteral("records"), report.records},
            {QStringLiteral("stubs"), report.stubs},
            {QStringLiteral("checkpoints"), report.checkpoints},
            {QStringLiteral("firstSequence"), report.firstSequence},
            {QStringLiteral("lastSequence"), report.lastSequence},
            {QStringLiteral("keyId"), report.keyId},
            {QStringLiteral("firstBadSequence"), report.firstBadSequence},
            {QStringLiteral("firstBadLine"), report.firstBadLine},
            {QStringLiteral("problem"), textOrNull(report.problem)},
            {QStringLiteral("warning"), textOrNull(report.warning)},
    };
}

QJsonObject statsJson(const audit::AuditStats &stats)
{
    QJsonArray operations;
    for (const audit::AuditStats::Count &count : stats.perOperation)
        operations.append(
                QJsonObject {{QStringLiteral("operationName"), count.key}, {QStringLiteral("count"), count.count}});
    QJsonArray principals;
    for (const audit::AuditStats::Count &count : stats.perPrincipal)
        principals.append(QJsonObject {{QStringLiteral("id"), count.key},
                                       {QStringLiteral("name"), count.label},
                                       {QStringLiteral("count"), count.count}});
    QJsonArray days;
    for (const audit::AuditStats::Day &day : stats.perDay)
        days.append(QJsonObject {{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                 {QStringLiteral("total"), day.total()},
                                 {QStringLiteral("perResult"), perResultJson(day.perResult)}});
    return QJsonObject {
            {QStringLiteral("total"), stats.total},
            {QStringLiteral("perResult"), perResultJson(stats.perResult)},
            {QStringLiteral("perOperation"), operations},
            {QStringLiteral("perPrincipal"), principals},
            {QStringLiteral("perDay"), days},
    };
}

CommandOutput statsTable(const audit::AuditStats &stats)
{
    QJsonArray rows;
    rows.append(statsRow(QStringLiteral("total"), QString(), stats.total, &stats.perResult));
    for (const audit::AuditResult result : kResults)
        rows.append(statsRow(QStringLiteral("result"), audit::auditResultName(result),
                             stats.perResult.at(std::size_t(result))));
    for (const audit::AuditStats::Count &count : stats.perOperation)
        rows.append(statsRow(QStringLiteral("operation"), count.key, count.count));
    for (const audit::AuditStats::Count &count : stats.perPrincipal)
        rows.append(
                statsRow(QStringLiteral("principal"), count.label.isEmpty() ? count.key : count.label, count.count));
    for (const audit::AuditStats::Day &day : stats.perDay)
        rows.append(statsRow(QStringLiteral("day"), day.date.toString(Qt::ISODate), day.total(), &day.perResult));
    CommandOutput out;
    out.value = rows;
    out.columns = {{QStringLiteral("Group"), QStringLiteral("group")},
                   {QStringLiteral("Name"), QStringLiteral("name")},
                   {QStringLiteral("Count"), QStringLiteral("count")}};
    for (const audit::AuditResult result : kResults)
        out.columns.append({audit::auditResultName(result), audit::auditResultName(result)});
    return out;
}

QJsonObject importedJson(const audit::ImportedEvent &event)
{
    const QJsonObject properties {
            {QStringLiteral("id"), event.target},
            {QStringLiteral("requestUri"), event.requestUri},
            {QStringLiteral("clientInfo"), event.clientInfo},
            {QStringLiteral("httpStatusCode"), event.httpStatusCode},
            {QStringLiteral("isRbacAuthorized"), event.isRbacAuthorized},
            {QStringLiteral("isAccessPolicyMatch"), event.isAccessPolicyMatch},
    };
    return QJsonObject {
            {QStringLiteral("source"), event.source},
            {QStringLiteral("time"), isoMillis(event.time)},
            {QStringLiteral("resourceId"), event.resourceId},
            {QStringLiteral("vaultName"), event.vaultName},
            {QStringLiteral("category"), QStringLiteral("AuditEvent")},
            {QStringLiteral("operationName"), event.operationName},
            {QStringLiteral("operationVersion"), event.operationVersion},
            {QStringLiteral("resultType"), event.resultType},
            {QStringLiteral("resultDescription"), event.resultDescription},
            {QStringLiteral("durationMs"), event.durationMs},
            {QStringLiteral("callerIpAddress"), event.callerIpAddress},
            {QStringLiteral("correlationId"), event.correlationId},
            {QStringLiteral("identity"),
             QJsonObject {{QStringLiteral("name"), event.identityUpn},
                          {QStringLiteral("objectId"), event.identityObjectId},
                          {QStringLiteral("appId"), event.identityAppId}}},
            {QStringLiteral("properties"), properties},
    };
}

QList<TableColumn> importedColumns()
{
    return {
            {QStringLiteral("Time"), QStringLiteral("time")},
            {QStringLiteral("Vault"), QStringLiteral("vaultName")},
            {QStringLiteral("Caller"), QStringLiteral("identity.name")},
            {QStringLiteral("Operation"), QStringLiteral("operationName")},
            {QStringLiteral("Target"), QStringLiteral("properties.id")},
            {QStringLiteral("Result"), QStringLiteral("resultType")},
            {QStringLiteral("Status"), QStringLiteral("properties.httpStatusCode")},
            {QStringLiteral("DurationMs"), QStringLiteral("durationMs")},
            {QStringLiteral("Source"), QStringLiteral("source")},
    };
}

QString isoMillis(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

Outcome<QByteArray> readInputFile(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return CliError {ExitCode::NotFound, QStringLiteral("the %1 '%2' does not exist").arg(what, path), {}};
    if (info.isDir())
        return CliError {ExitCode::Invalid, QStringLiteral("the %1 '%2' is a folder, not a file").arg(what, path), {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CliError {ExitCode::Failure,
                         QStringLiteral("cannot read the %1 '%2': %3").arg(what, path, file.errorString()),
                         {}};
    return file.readAll();
}

Outcome<QByteArray> readPublicKeyFile(const QString &path)
{
    const QString what = QStringLiteral("public key file");
    if (QFileInfo(path).size() > 64 * 1024)
        return CliError {ExitCode::Invalid, QStringLiteral("the %1 '%2' is too large to be a key").arg(what, path), {}};
    auto bytes = readInputFile(path, what);
    COFFER_CLI_CHECK(bytes);
    QByteArray text = bytes->trimmed();
    if (text.startsWith('{'))
        text = QJsonDocument::fromJson(text).object().value(u"publicKey").toString().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != audit::AuditKey::publicKeySize)
        return CliError {ExitCode::Invalid, QStringLiteral("the %1 '%2' holds no audit public key").arg(what, path),
                         QStringLiteral("the file needs the base64 Ed25519 public key (or the JSON) that 'coffer-cli "
                                        "audit key' prints")};
    return decoded.decoded;
}

} // namespace coffer::cli::auditcli
