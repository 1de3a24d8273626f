#pragma once

#include "app/cli/CliError.h"
#include "app/cli/CommandOutput.h"
#include "app/cli/CommandSpec.h"
#include "core/audit/AuditFilter.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditRecord.h"
#include "core/audit/ImportedEvent.h"
#include "core/audit/VerifyReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace coffer::cli {

class CommandContext;

// What the audit command files share: filter options (parsed before anything is unlocked), the JSON shapes and the
// files they read.
namespace auditcli {

inline const QString kFrom = QStringLiteral("from");
inline const QString kTo = QStringLiteral("to");
inline const QString kOperation = QStringLiteral("operation");
inline const QString kPrincipal = QStringLiteral("principal");
inline const QString kResult = QStringLiteral("result");
inline const QString kTarget = QStringLiteral("target");
inline const QString kLimit = QStringLiteral("limit");
inline const QString kNewestFirst = QStringLiteral("newest-first");
inline const QString kFile = QStringLiteral("file");
inline const QString kVault = QStringLiteral("vault");

// The values of a repeatable multi-value option, also split at commas and spaces ("--result Forbidden,NotFound").
QStringList words(const CommandContext &ctx, const QString &option);
// --from T and --to T.
void addTimeOptions(CommandSpec &spec);
// --from, --to, --operation OP…, --principal P…, --result R…, --target TEXT.
void addFilterOptions(CommandSpec &spec);

// A time option: ISO 8601 date or date-time (UTC unless it names a zone), "now", or a span back from now such as
// 30m, 24h, 7d, 2w. A date alone is the start of that day for --from and the end of it for --to (`upper`).
// Invalid (not given) is returned as an invalid QDateTime; a malformed one is a usage error.
Outcome<QDateTime> timeOption(const CommandContext &ctx, const QString &option, bool upper);
// --operation values as the audit log spells them (SecretGet), from names in any letter case.
Outcome<QStringList> operationNames(const CommandContext &ctx);
// The filter of addFilterOptions (and --limit / --newest-first when the command has them).
Outcome<audit::AuditFilter> filterOptions(const CommandContext &ctx);

// One record as `audit list` prints it: {"time","operationName","resultType","errorCode","principal":{"id","name"},
// "target","correlationId","durationMs","durationMicros","client":{"name","processId","host"},"details","sequence",
// "hash","category"}.
QJsonObject recordJson(const audit::AuditRecord &record);
QList<TableColumn> recordColumns();
// {"ok","records","stubs","checkpoints","firstSequence","lastSequence","keyId","firstBadSequence","firstBadLine",
// "problem","warning"}: problem and warning are null when there is none.
QJsonObject reportJson(const audit::VerifyReport &report);
// `audit stats`: nested JSON; -o table/tsv rows (Group, Name, Count and counts per result).
QJsonObject statsJson(const audit::AuditStats &stats);
CommandOutput statsTable(const audit::AuditStats &stats);
// One imported Azure AuditEvent, in Azure's field names.
QJsonObject importedJson(const audit::ImportedEvent &event);
QList<TableColumn> importedColumns();

// "2026-01-01T10:00:00.123Z".
QString isoMillis(const QDateTime &time);
// A whole input file (an export, an Azure log): missing is exit code 4, a folder 7, unreadable 1.
Outcome<QByteArray> readInputFile(const QString &path, const QString &what);
// The audit public key in FILE: its base64 text (as `audit key` prints it), or the JSON `audit key` printed.
Outcome<QByteArray> readPublicKeyFile(const QString &path);

} // namespace auditcli

} // namespace coffer::cli
