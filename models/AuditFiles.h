#pragma once

#include "core/audit/AuditFilter.h"
#include "core/audit/ImportedEvent.h"
#include "core/audit/VerifyReport.h"
#include "core/common/Result.h"

#include <QString>

#include <atomic>

namespace coffer::audit {
class AuditService;
}

namespace coffer::models {

// How far an export running off the GUI thread has come; the GUI polls it, and may ask it to stop.
struct ExportProgress
{
    std::atomic<qint64> linesWritten {0};
    std::atomic<qint64> recordsWritten {0}; // full records (not stubs, checkpoints or the header)
    std::atomic<qint64> linesExpected {
            0}; // an estimate: the records in the exported range, plus header and checkpoints
    std::atomic<bool> cancelRequested {false};

    int percent() const;
};

// The Audit page's file work, each run off the GUI thread (the first and last through AuditOperations::run).
namespace auditfiles {

// Exports the records `filter` selects (stubs for the rest of its time range) as JSON Lines to `path`, atomically:
// the file appears only when the export is complete. Returns how many records were exported in full (the export
// runs to the newest record, so it may hold some appended since the filter was chosen, the export's own included).
// Cancelled when progress.cancelRequested was set (nothing is left behind).
Result<qint64> exportToFile(audit::AuditService &service, const audit::AuditFilter &filter, const QString &path,
                            ExportProgress &progress);
// Checks an exported file offline, with nothing but the file. A file that cannot be read is a failed report.
audit::VerifyReport verifyFile(const QString &path);
// Reads an Azure Key Vault AuditEvent log and imports it (read-only, beside the vault's own log) under the file's name.
Result<audit::ImportSummary> importAzureFile(audit::AuditService &service, const QString &path);

} // namespace auditfiles

} // namespace coffer::models
