#pragma once

#include "core/audit/AuditRecord.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace coffer::audit {
struct ImportedEvent;
struct ImportSummary;
struct VerifyReport;
} // namespace coffer::audit

namespace coffer::models {

// The Audit page's translated texts and result colours: result names, durations, the tooltip and details of a
// record or an imported Azure event, the verify banner and the import summary. Core's English problem texts are
// shown only as the detail under a translated sentence.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::AuditText)

public:
    static QString resultName(audit::AuditResult result);
    // Success green, Forbidden red, NotFound amber, Conflict orange, Failed dark red.
    static QColor resultColor(audit::AuditResult result);
    // "0.4 ms", "12 ms", "1.5 s".
    static QString duration(qint64 micros);
    // "owner" or, without a name, the id.
    static QString principal(const audit::AuditRecord &record);
    // The result, with the error code when there is one: "Forbidden (Forbidden)", "Failed (Corrupted)".
    static QString resultWithCode(const audit::AuditRecord &record);
    static QString toolTip(const audit::AuditRecord &record);
    static QString toolTip(const audit::ImportedEvent &event);
    // Everything about a record for the details pane, as "label\tvalue" lines (sequence and hashes included).
    static QList<std::pair<QString, QString>> details(const audit::AuditRecord &record);
    static QList<std::pair<QString, QString>> details(const audit::ImportedEvent &event);

    // What an Azure event's result means in Coffer's terms (HTTP status first, then resultType).
    static audit::AuditResult importedResult(const audit::ImportedEvent &event);
    // Who did an Azure event: the UPN, else the app id, else the object id.
    static QString importedPrincipal(const audit::ImportedEvent &event);

    // A key id as people compare it: upper case in groups of four ("0C25 39A0 796E 4C66").
    static QString keyIdText(const QString &keyId);
    // "Verified: 2,512 records, 3 checkpoints, signed by key 1A2B…" or the failure naming the first bad record.
    static QString verifyBanner(const audit::VerifyReport &report, bool exportFile);
    static QString importSummary(const audit::ImportSummary &summary, const QString &source);
};

} // namespace coffer::models
