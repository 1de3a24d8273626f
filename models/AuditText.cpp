#include "models/AuditText.h"

#include "core/audit/ImportedEvent.h"
#include "core/audit/VerifyReport.h"
#include "models/TimeFormat.h"

#include <QJsonDocument>
#include <QLocale>

namespace coffer::models {

using audit::AuditResult;

QString AuditText::resultName(AuditResult result)
{
    switch (result) {
    case AuditResult::Success: return tr("Success");
    case AuditResult::Forbidden: return tr("Forbidden");
    case AuditResult::NotFound: return tr("Not found");
    case AuditResult::Conflict: return tr("Conflict");
    case AuditResult::Failed: return tr("Failed");
    }
    return {};
}

QColor AuditText::resultColor(AuditResult result)
{
    switch (result) {
    case AuditResult::Success: return QColor(0x2e, 0x9d, 0x4f);
    case AuditResult::Forbidden: return QColor(0xd9, 0x30, 0x25);
    case AuditResult::NotFound: return QColor(0xe8, 0xb0, 0x0c);
    case AuditResult::Conflict: return QColor(0xf0, 0x7b, 0x16);
    case AuditResult::Failed: return QColor(0x8b, 0x10, 0x1a);
    }
    return QColor(Qt::gray);
}

QString AuditText::duration(qint64 micros)
{
    const QLocale locale;
    if (micros < 1000)
        return tr("%1 ms").arg(locale.toString(double(micros) / 1000.0, 'f', 1));
    if (micros < 1000000)
        return tr("%1 ms").arg(locale.toString(micros / 1000));
    return tr("%1 s").arg(locale.toString(double(micros) / 1e6, 'f', 1));
}

QString AuditText::principal(const audit::AuditRecord &record)
{
    return record.principalName.isEmpty() ? record.principalId : record.principalName;
}

QString AuditText::resultWithCode(const audit::AuditRecord &record)
{
    // The error code when it says more than the result ("Failed (Corrupted)"), not "Forbidden (Forbidden)".
    const QString name = resultName(record.result);
    if (record.errorCode.isEmpty() || record.errorCode == audit::auditResultName(record.result))
        return name;
    return tr("%1 (%2)").arg(name, record.errorCode);
}

QString AuditText::toolTip(const audit::AuditRecord &record)
{
    QStringList lines;
    lines << tr("#%1 at %2").arg(QString::number(record.sequence), formatTime(record.time));
    lines << tr("Principal: %1").arg(principal(record));
    lines << tr("Operation: %1").arg(record.operation);
    lines << tr("Target: %1").arg(record.target);
    lines << tr("Result: %1").arg(resultWithCode(record));
    lines << tr("Duration: %1").arg(duration(record.durationMicros));
    return lines.join(u'\n');
}

QString AuditText::toolTip(const audit::ImportedEvent &event)
{
    QStringList lines;
    lines << tr("Imported from %1 at %2").arg(event.source, formatTime(event.time));
    lines << tr("Principal: %1").arg(importedPrincipal(event));
    lines << tr("Operation: %1").arg(event.operationName);
    lines << tr("Target: %1").arg(event.target.isEmpty() ? event.requestUri : event.target);
    lines << tr("Result: %1 (HTTP %2)").arg(resultName(importedResult(event)), QString::number(event.httpStatusCode));
    lines << tr("Duration: %1").arg(duration(event.durationMs * 1000));
    return lines.join(u'\n');
}

QList<std::pair<QString, QString>> AuditText::details(const audit::AuditRecord &record)
{
    QList<std::pair<QString, QString>> rows;
    rows.append({tr("Sequence"), QString::number(record.sequence)});
    rows.append({tr("Time"), formatTime(record.time) + u"  (" + formatTimeUtc(record.time) + u')'});
    rows.append({tr("Principal"), principal(record)});
    rows.append({tr("Principal id"), record.principalId});
    rows.append({tr("Operation"), record.operation});
    rows.append({tr("Target"), record.target});
    rows.append({tr("Result"), resultWithCode(record)});
    rows.append({tr("Duration"), duration(record.durationMicros)});
    QString client = record.client;
    if (record.processId > 0)
        client = tr("%1, process %2").arg(client, QString::number(record.processId));
    if (!record.host.isEmpty())
        client = tr("%1 on %2").arg(client, record.host);
    rows.append({tr("Client"), client});
    rows.append({tr("Correlation id"), record.correlationId});
    if (!record.details.isEmpty())
        rows.append({tr("Details"), // a space after each member, so that the pane can wrap it
                     QString::fromUtf8(QJsonDocument(record.details).toJson(QJsonDocument::Compact))
                             .replace(QStringLiteral(",\""), QStringLiteral(", \""))});
    rows.append({tr("Hash"), QString::fromLatin1(record.hash.toHex())});
    rows.append({tr("Previous hash"), QString::fromLatin1(record.previousHash.toHex())});
    return rows;
}

QList<std::pair<QString, QString>> AuditText::details(const audit::ImportedEvent &event)
{
    QList<std::pair<QString, QString>> rows;
    rows.append({tr("Source"), tr("%1 (imported Azure log, read-only)").arg(event.source)});
    rows.append({tr("Time"), formatTime(event.time) + u"  (" + formatTimeUtc(event.time) + u')'});
    rows.append({tr("Principal"), importedPrincipal(event)});
    if (!event.identityObjectId.isEmpty())
        rows.append({tr("Object id"), event.identityObjectId});
    rows.append({tr("Operation"), event.operationName});
    rows.append({tr("Target"), event.target.isEmpty() ? event.requestUri : event.target});
    rows.append(
            {tr("Result"),
             tr("%1 (HTTP %2, %3)")
                     .arg(resultName(importedResult(event)), QString::number(event.httpStatusCode), event.resultType)});
    rows.append({tr("Duration"), duration(event.durationMs * 1000)});
    rows.append({tr("Caller IP address"), event.callerIpAddress});
    rows.append({tr("Client"), event.clientInfo});
    rows.append({tr("Correlation id"), event.correlationId});
    rows.append({tr("Vault"), event.vaultName});
    rows.removeIf([](const std::pair<QString, QString> &row) { return row.second.trimmed().isEmpty(); });
    return rows;
}

AuditResult AuditText::importedResult(const audit::ImportedEvent &event)
{
    const int status = event.httpStatusCode;
    if (status >= 200 && status < 300)
        return AuditResult::Success;
    if (status == 401 || status == 403)
        return AuditResult::Forbidden;
    if (status == 404)
        return AuditResult::NotFound;
    if (status == 409)
        return AuditResult::Conflict;
    if (status == 0) {
        if (event.resultType.compare(u"Success", Qt::CaseInsensitive) == 0)
            return AuditResult::Success;
        if (event.resultType.compare(u"Unauthorized", Qt::CaseInsensitive) == 0
            || event.resultType.compare(u"Forbidden", Qt::CaseInsensitive) == 0)
            return AuditResult::Forbidden;
    }
    return AuditResult::Failed;
}

QString AuditText::importedPrincipal(const audit::ImportedEvent &event)
{
    if (!event.identityUpn.isEmpty())
        return event.identityUpn;
    if (!event.identityAppId.isEmpty())
        return event.identityAppId;
    if (!event.identityObjectId.isEmpty())
        return event.identityObjectId;
    return tr("(unknown caller)");
}

QString AuditText::keyIdText(const QString &keyId)
{
    const QString upper = keyId.toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < upper.size(); i += 4)
        groups << upper.mid(i, 4);
    return groups.join(u' ');
}

QString AuditText::verifyBanner(const audit::VerifyReport &report, bool exportFile)
{
    const QLocale locale;
    if (report.ok) {
        const QString records
                = report.records == 1 ? tr("1 record") : tr("%1 records").arg(locale.toString(report.records));
        const QString checkpoints = report.checkpoints == 1
                ? tr("1 checkpoint")
                : tr("%1 checkpoints").arg(locale.toString(report.checkpoints));
        QString text = tr("Verified: %1, %2, signed by key %3").arg(records, checkpoints, keyIdText(report.keyId));
        if (report.stubs > 0)
            text += u' ' + tr("(%1 filtered out, present as hashes)").arg(locale.toString(report.stubs));
        if (!report.warning.isEmpty())
            text += u'\n' // core's warning is English: say it in the reader's language
                    + tr("Note: the newest records are not covered by a signed checkpoint yet; the vault signs one "
                         "at the latest when it is locked.");
        return text;
    }
    QString head;
    if (report.firstBadSequence > 0 && report.firstBadLine > 0)
        head = tr("Verification failed at record %1 (line %2 of the file).")
                       .arg(QString::number(report.firstBadSequence), QString::number(report.firstBadLine));
    else if (report.firstBadSequence > 0)
        head = tr("Verification failed at record %1.").arg(report.firstBadSequence);
    else if (report.firstBadLine > 0)
        head = tr("Verification failed at line %1 of the file.").arg(report.firstBadLine);
    else
        head = exportFile ? tr("Verification failed: the file is not a valid audit export.")
                          : tr("Verification failed.");
    return report.problem.isEmpty() ? head : head + u'\n' + report.problem;
}

QString AuditText::importSummary(const audit::ImportSummary &summary, const QString &source)
{
    QString text = tr("Imported %1 new events from %2 (%3 read, %4 already imported).")
                           .arg(QString::number(summary.added), source, QString::number(summary.read),
                                QString::number(summary.duplicates));
    if (!summary.skipped.isEmpty())
        text += u'\n'
                + tr("%1 records could not be read; the first: %2")
                          .arg(QString::number(summary.skipped.size()), summary.skipped.first());
    return text;
}

} // namespace coffer::models
