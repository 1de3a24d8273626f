#pragma once

// Reading Azure Key Vault AuditEvent logs (the JSON that diagnostic settings write to a storage account, container
// insights-logs-auditevent, blob …/PT1H.json) into ImportedEvent, for read-only offline review beside the vault's own
// log. Never part of the vault's hash chain.

#include "core/audit/ImportedEvent.h"
#include "core/common/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace coffer::audit {

// Inputs larger than this (512 MiB) are refused before anything is read.
inline constexpr qsizetype maxAzureAuditBytes = qsizetype(512) * 1024 * 1024;

// Accepts, after an optional byte order mark (UTF-8, or UTF-16, which is converted), any of:
//  - JSON Lines: one record per line, LF or CRLF (PT1H.json since November 2018); a line may also hold a whole
//    {"records":[…]} object;
//  - {"records":[…]} (PT1H.json before November 2018, and the documentation's example), on one line or many;
//  - a JSON array of records;
// where a record is an AuditEvent as the storage account holds it (time, resourceId, operationName, …, identity.claim,
// properties) or as a Log Analytics query returns it (AZKVAuditLogs: TimeGenerated, OperationName, Identity, Id,
// RequestUri, HttpStatusCode, …; AzureDiagnostics: TimeGenerated, CallerIPAddress, id_s, requestUri_s,
// httpStatusCode_d, identity_claim_*).
//
// Tolerant per record: a record that cannot be read is left out and described in `skipped` (may be null) as
// "line 7: no time" (JSON Lines) or "record 3: …" (arrays). Strict about the whole file: InvalidArgument
// "this is not an Azure Key Vault audit log: …" when the input is empty, is not JSON, or holds records of which not
// one is a Key Vault AuditEvent; InvalidArgument when it is larger than maxAzureAuditBytes. An empty array or
// {"records":[]} gives an empty list. Events keep the file's order. Linear in the input size.
Result<QList<ImportedEvent>> parseAzureAuditEvents(QByteArrayView json, const QString &source, QStringList *skipped);

// One record → event, `raw` = record. InvalidArgument names the first problem without a location ("no time",
// "category is \"StorageRead\", not AuditEvent"). ImportedStore rebuilds stored events with it.
Result<ImportedEvent> azureAuditEventFromJson(const QJsonObject &record, const QString &source);

// "2016-01-05T01:32:01.2691226Z" → UTC, fraction truncated to milliseconds. Also accepts no fraction, a
// "+HH:MM"/"-HH:MM" offset (converted to UTC) and no zone at all (taken as UTC, which Azure documents the field as).
// Invalid QDateTime when it is not such a time.
QDateTime parseAzureTime(QStringView text);

// An HTTP status as Azure writes it in resultSignature: a number ("403") or a reason phrase ("Forbidden",
// "Not Found", "TooManyRequests"), case and spaces ignored. 0 when unknown.
int httpStatusFromSignature(QStringView signature);

} // namespace coffer::audit
