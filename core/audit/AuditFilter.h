#pragma once

#include "core/audit/AuditRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace coffer::audit {

// Which records to list, count, chart or export. Empty members do not filter. Matching is done in SQL
// (AuditLog::query, count, stats, the exporter); matches() is the same rule in C++ for records already in memory.
struct AuditFilter
{
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to; // exclusive; invalid: no upper bound
    QStringList operations; // any of, exact operationName ("SecretGet": normalise input with access::operationFromName)
    QStringList principals; // any of, matching the principal id or name exactly
    QList<AuditResult> results; // any of
    QString targetContains; // substring of the target, ASCII case-insensitive
    qint64 fromSequence = 0; // inclusive, 0: no bound (for incremental fetching)
    qint64 toSequence = 0; // inclusive, 0: no bound
    // query() only:
    qint64 limit = -1; // -1: all
    qint64 offset = 0;
    bool newestFirst = false;

    // True when only time and sequence bounds are set: an export of it has no stubs.
    bool selectsWholeRange() const;
    bool matches(const AuditRecord &record) const; // limit/offset aside
    // The filter as written in an export header: only the members that are set, times as canonical ISO strings.
    QJsonObject toJson() const;
};

} // namespace coffer::audit
