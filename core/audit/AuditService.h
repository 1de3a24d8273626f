#pragma once

#include "core/audit/AuditFilter.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditRecord.h"
#include "core/audit/ClientInfo.h"
#include "core/audit/ImportedEvent.h"
#include "core/audit/VerifyReport.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

namespace coffer::access {
class Engine;
}

namespace coffer::audit {

// The vault's audit log as the session's principal may see and manage it (Vault::audit()). Every call is an
// operation checked by the engine, and recorded itself (AuditList, AuditExport, AuditVerify, AuditImport,
// AuditSetRetention). Every other engine operation, allowed, denied or failed, appends its record in the same
// transaction as the operation.
class AuditService
{
public:
    virtual ~AuditService() = default;

    // Newest first when filter.newestFirst; page with limit/offset or fromSequence.
    virtual Result<QList<AuditRecord>> list(const AuditFilter &filter) = 0;
    virtual Result<qint64> count(const AuditFilter &filter) = 0;
    virtual Result<AuditStats> stats(const AuditFilter &filter) = 0;
    // JSON Lines (see AuditExport.h); the last line is always a signed checkpoint.
    virtual Result<QByteArray> exportJsonLines(const AuditFilter &filter) = 0;
    virtual Result<void> exportJsonLines(const AuditFilter &filter, QIODevice &out) = 0;
    // The vault's own log, against the public key in header.json.
    virtual Result<VerifyReport> verify() = 0;
    // The public key (raw 32 bytes) and key id the log is signed with (header.json), for offline verification.
    virtual QByteArray publicKey() const = 0;
    virtual QString keyId() const = 0;

    // Local retention: records older than this many days are pruned when the vault is opened (0: keep forever,
    // the default). A signed anchor keeps the remaining chain verifiable.
    virtual Result<int> retentionDays() = 0;
    virtual Result<void> setRetentionDays(int days) = 0;

    // Azure Key Vault AuditEvent logs (the JSON diagnostic settings write to storage), kept read-only beside the
    // vault's own log and never part of its chain. Returns how many events were new (duplicates by their id and
    // time are skipped).
    virtual Result<ImportSummary> importAzure(QByteArrayView json, const QString &sourceName) = 0;
    virtual Result<QList<ImportedEvent>> imported(const ImportedFilter &filter) = 0;
};

// Checks an export without any vault (coffer-cli audit verify --file F). `expectedPublicKey` empty: the key the file
// names is used and the report says so in `warning`.
VerifyReport verifyExportFile(QByteArrayView bytes, QByteArrayView expectedPublicKey = {});

} // namespace coffer::audit
