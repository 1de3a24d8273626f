#include "models/AuditHistogram.h"

#include <QCoreApplication>

#include <algorithm>

namespace coffer::models {

qint64 AuditHistogram::total(qsizetype index) const
{
    qint64 sum = 0;
    for (const QList<qint64> &series : perResult)
        sum += series.value(index);
    return sum + imported.value(index);
}

qint64 AuditHistogram::maximum() const
{
    qint64 most = 0;
    for (qsizetype i = 0; i < size(); ++i)
        most = std::max(most, total(i));
    return most;
}

QString AuditHistogram::title() const
{
    switch (bucket) {
    case Bucket::Day: return QCoreApplication::translate("coffer::models::AuditHistogram", "Operations per day");
    case Bucket::Week: return QCoreApplication::translate("coffer::models::AuditHistogram", "Operations per week");
    case Bucket::Month: return QCoreApplication::translate("coffer::models::AuditHistogram", "Operations per month");
    }
    return {};
}

AuditHistogram::Bucket AuditHistogram::bucketFor(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to) + 1;
    if (days <= kMaxDays)
        return Bucket::Day;
    if (days <= kMaxWeeks * 7)
        return Bucket::Week;
    return Bucket::Month;
}

QDate AuditHistogram::bucketStart(QDate day, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day: return day;
    case Bucket::Week: return day.addDays(1 - day.dayOfWeek());
    case Bucket::Month: return QDate(day.year(), day.month(), 1);
    }
    return day;
}

namespace {
QDate nextBucket(QDate start, AuditHistogram::Bucket bucket)
{
    switch (bucket) {
    case AuditHistogram::Bucket::Day: return start.addDays(1);
    case AuditHistogram::Bucket::Week: return start.addDays(7);
    case AuditHistogram::Bucket::Month: return start.addMonths(1);
    }
    return start.addDays(1);
}

QString labelOf(QDate start, AuditHistogram::Bucket bucket)
{
    switch (bucket) {
    case AuditHistogram::Bucket::Day: return start.toString(QStringLiteral("MM-dd"));
    case AuditHistogram::Bucket::Week:
        return QCoreApplication::translate("coffer::models::AuditHistogram", "W%1 %2")
                .arg(start.weekNumber(), 2, 10, QLatin1Char('0'))
                .arg(start.toString(QStringLiteral("MM-dd")));
    case AuditHistogram::Bucket::Month: return start.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}
} // namespace

AuditHistogram AuditHistogram::build(const audit::AuditStats &stats, QDate from, QDate to,
                                     const QList<audit::ImportedEvent> &imported)
{
    AuditHistogram histogram;
    QDate first = from;
    QDate last = to;
    if (!first.isValid() || !last.isValid()) {
        QDate dataFirst;
        QDate dataLast;
        for (const audit::AuditStats::Day &day : stats.perDay) {
            if (!dataFirst.isValid() || day.date < dataFirst)
                dataFirst = day.date;
            if (!dataLast.isValid() || day.date > dataLast)
                dataLast = day.date;
        }
        for (const audit::ImportedEvent &event : imported) {
            const QDate day = event.time.toUTC().date();
            if (!dataFirst.isValid() || day < dataFirst)
                dataFirst = day;
            if (!dataLast.isValid() || day > dataLast)
                dataLast = day;
        }
        if (!first.isValid())
            first = dataFirst;
        if (!last.isValid())
            last = dataLast;
    }
    if (!first.isValid() || !last.isValid() || last < first)
        return histogram;
    histogram.bucket = bucketFor(first, last);
    for (QDate start = bucketStart(first, histogram.bucket); start <= last;
         start = nextBucket(start, histogram.bucket)) {
        histogram.starts.append(start);
        histogram.labels.append(labelOf(start, histogram.bucket));
    }
    for (QList<qint64> &series : histogram.perResult)
        series.fill(0, histogram.size());
    const auto slot = [&histogram](QDate day) -> qsizetype {
        const QDate start = bucketStart(day, histogram.bucket);
        const auto it = std::lower_bound(histogram.starts.cbegin(), histogram.starts.cend(), start);
        return it != histogram.starts.cend() && *it == start ? it - histogram.starts.cbegin() : -1;
    };
    for (const audit::AuditStats::Day &day : stats.perDay) {
        const qsizetype i = slot(day.date);
        if (i < 0)
            continue;
        for (size_t r = 0; r < day.perResult.size(); ++r)
            histogram.perResult[r][i] += day.perResult[r];
    }
    if (!imported.isEmpty()) {
        histogram.imported.fill(0, histogram.size());
        for (const audit::ImportedEvent &event : imported) {
            const qsizetype i = slot(event.time.toUTC().date());
            if (i >= 0)
                ++histogram.imported[i];
        }
    }
    return histogram;
}

} // namespace coffer::models
