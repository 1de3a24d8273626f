#pragma once

// Internal to core/audit: the SQL shared by AuditLog and the exporter.

#include "core/audit/AuditCanonical.h"
#include "core/audit/AuditFilter.h"
#include "core/audit/Checkpoint.h"
#include "core/storage/Statement.h"

#include <QList>
#include <QVariant>

namespace coffer::audit::detail {

// The record columns in the order readRecord/readView expect (indexes 0-15).
#define COFFER_AUDIT_RECORD_COLUMNS \
    "seq, time_ms, principal_id, principal_name, operation, target, result, error_code, client, process_id, host, " \
    "correlation_id, duration_us, details, prev_hash, hash"
#define COFFER_AUDIT_CHECKPOINT_COLUMNS "sequence, kind, time_ms, head_hash, key_id, signature"

// A WHERE expression for `filter` ("1" when it selects everything) and the values for its '?' in order.
struct SqlWhere
{
    QByteArray expression;
    QList<QVariant> values; // qint64 or QString
};
SqlWhere buildWhere(const AuditFilter &filter);
// Binds where.values from index `first`; returns the next free index.
int bindWhere(storage::Statement &statement, const SqlWhere &where, int first = 1);
// The filter without its content members (operations, principals, results, target), limit and order: the range.
AuditFilter rangeOnly(const AuditFilter &filter);

AuditRecord readRecord(const storage::Statement &row, int firstColumn = 0);
Checkpoint readCheckpoint(const storage::Statement &row, int firstColumn = 0);

// A row's raw UTF-8 fields, owned, with a RecordView over them (no QString round trip).
struct RawRecord
{
    void read(const storage::Statement &row, int firstColumn = 0);
    QByteArray strings[10]; // client, correlationId, details, errorCode, host, operation, principalId,
                            // principalName, result, target
    QByteArray previousHash, hash;
    RecordView view;
};

QString asciiLower(const QString &text);

} // namespace coffer::audit::detail
