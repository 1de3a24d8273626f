#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace coffer::audit {

// How an operation ended. (A namespace-level enum rather than AuditRecord::Result, which would hide coffer::Result.)
enum class AuditResult { Success, Forbidden, NotFound, Conflict, Failed };

QString auditResultName(AuditResult result); // "Success", "Forbidden", "NotFound", "Conflict", "Failed"
std::optional<AuditResult> auditResultFromName(QStringView name); // exact names only
// Forbidden, NotFound and Conflict (AlreadyExists too) for those error codes; Failed for every other.
AuditResult auditResultFor(ErrorCode code);

// One audited operation. Never holds a secret value: `details` carries names, attributes and counts only.
struct AuditRecord
{
    qint64 sequence = 0; // 1-based, contiguous; assigned by AuditLog::append
    QDateTime time; // UTC, millisecond precision
    QString principalId;
    QString principalName;
    QString operation; // Azure's AuditEvent operationName ("SecretGet"): access::OperationInfo::auditName
    QString target = QStringLiteral("/"); // "coffer://team-kv/secrets/db-password/<version>", or "/" for the vault
    AuditResult result = AuditResult::Success;
    QString errorCode; // Error::codeName(...) when result is not Success, empty otherwise
    QString client; // "console" or "cli"
    qint64 processId = 0;
    QString host;
    QString correlationId;
    qint64 durationMicros = 0;
    QJsonObject details;
    QByteArray previousHash; // 32 bytes; assigned by AuditLog::append
    QByteArray hash; // 32 bytes; assigned by AuditLog::append

    // Sets result and errorCode from a failed operation's error.
    void setError(const Error &error);
};

// The previous hash of record 1.
QByteArray genesisHash(); // 32 zero bytes

// Canonical bytes of a record: the RFC 8785 (JCS) serialisation (see CanonicalJson.h for its rules) of this object,
// which has exactly these members, shown here in their canonical order:
//   "client"          string
//   "correlationId"   string
//   "details"         object (the record's details, canonicalised recursively; {} when empty)
//   "durationMicros"  integer (0 .. 2^53-1)
//   "errorCode"       string ("" on success)
//   "format"          integer, always 1 (the version of this encoding)
//   "host"            string
//   "operation"       string
//   "previousHash"    string: 64 lowercase hex digits of the previous record's hash (genesis: 64 zeros)
//   "principalId"     string
//   "principalName"   string
//   "processId"       integer (0 .. 2^53-1)
//   "result"          string: "Success" | "Forbidden" | "NotFound" | "Conflict" | "Failed"
//   "sequence"        integer (1 .. 2^53-1)
//   "target"          string
//   "time"            string: "YYYY-MM-DDTHH:MM:SS.mmmZ" (UTC, always milliseconds)
//   "type"            string, always "record"
// The record's own `hash` is not part of it. Example (record 1 of an empty log):
//   {"client":"cli","correlationId":"c1","details":{},"durationMicros":12,"errorCode":"","format":1,"host":"h",
//    "operation":"SecretGet","previousHash":"0000…0000","principalId":"p","principalName":"alice","processId":7,
//    "result":"Success","sequence":1,"target":"/","time":"2026-01-01T00:00:00.000Z","type":"record"}
QByteArray canonicalBytes(const AuditRecord &record);
// hash = SHA-256(previousHash (32 raw bytes) ‖ canonicalBytes(record)).
QByteArray chainHash(const QByteArray &previousHash, const QByteArray &canonical);
QByteArray chainHash(const AuditRecord &record);

// Checks what append and export need: a valid time within years 1970-9999, non-empty operation and client,
// integers in range, details no larger than 64 KiB canonical. The error names the field.
Result<void> validateRecord(const AuditRecord &record);

// One export line (without newline): the canonical object above with "hash" (64 lowercase hex) added in its sorted
// place, itself canonical JSON.
QByteArray toJson(const AuditRecord &record);
// Parses one export line strictly: every member present with its exact type and form, no unknown members,
// canonical time and hex. Errors are InvalidArgument naming the field. Does not check the hash (see chainHash).
Result<AuditRecord> recordFromJson(QByteArrayView line);
Result<AuditRecord> recordFromJson(const QJsonObject &object);

} // namespace coffer::audit
