#pragma once

#include "core/audit/AuditLog.h"
#include "core/audit/ImportedEvent.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <array>

namespace coffer::models {

// The histogram of the Audit page as plain series data: operations per bucket (a UTC day; a week or a month
// when the span is long, so that the bars stay readable), stacked by result, plus imported Azure events as a
// series of their own. Built from core's stats (counted in SQL, never by loading every record).
struct AuditHistogram
{
    enum class Bucket { Day, Week, Month };
    static constexpr int kMaxDays = 62; // up to this many days: one bar per day
    static constexpr int kMaxWeeks = 53; // then one per week (Monday), then one per month

    Bucket bucket = Bucket::Day;
    QList<QDate> starts; // first day of each bucket, oldest first
    QStringList labels; // "01-31", "W05 01-26", "2026-01"
    std::array<QList<qint64>, 5> perResult; // indexed by AuditResult, one value per bucket
    QList<qint64> imported; // one value per bucket (empty when no events were given)

    qsizetype size() const { return starts.size(); }
    qint64 total(qsizetype bucket) const; // every result and the imported events
    qint64 maximum() const; // the tallest bar
    QString title() const; // translated: "Operations per day"

    // Buckets from `from` to `to` (UTC days, inclusive); invalid bounds take the first or last day that has data.
    static AuditHistogram build(const audit::AuditStats &stats, QDate from, QDate to,
                                const QList<audit::ImportedEvent> &imported = {});
    static Bucket bucketFor(QDate from, QDate to);
    static QDate bucketStart(QDate day, Bucket bucket);
};

} // namespace coffer::models
