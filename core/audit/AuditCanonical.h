#pragma once

// Internal to core/audit: the canonical record encoding over raw UTF-8 fields, shared by AuditRecord (in memory),
// AuditLog::verify (rows straight from SQLite, without decoding them to QString) and the exporter.

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace coffer::audit {
struct AuditRecord;
}

namespace coffer::audit::detail {

struct RecordView
{
    qint64 sequence = 0;
    qint64 timeMs = 0;
    qint64 processId = 0;
    qint64 durationMicros = 0;
    QByteArrayView client, correlationId, details, errorCode, host, operation, principalId, principalName, result,
            target;
    QByteArrayView previousHash; // 32 raw bytes
};

// Appends the canonical object (AuditRecord.h lists its members); `details` must already be canonical JSON. With a
// non-empty `hash` (32 raw bytes), adds "hash" in its sorted place: an export line.
void appendCanonicalRecord(QByteArray &out, const RecordView &record, QByteArrayView hash = {});

// SHA-256(previousHash ‖ canonical) without building the concatenation.
QByteArray chainHash(QByteArrayView previousHash, QByteArrayView canonical);
// SHA-256(previousHash ‖ before ‖ after): an export line's canonical bytes are the line around its "hash" member.
QByteArray chainHash(QByteArrayView previousHash, QByteArrayView before, QByteArrayView after);

// canonicalBytes(record) with its details already canonicalised (append does it once for hashing and storing).
QByteArray canonicalBytes(const AuditRecord &record, const QByteArray &canonicalDetails);
// validateRecord without the details size check.
Result<void> validateFields(const AuditRecord &record);

constexpr qsizetype maxDetailsSize = 64 * 1024;
constexpr qint64 maxJsonInteger = (qint64(1) << 53) - 1;
constexpr qsizetype hashSize = 32;

} // namespace coffer::audit::detail
