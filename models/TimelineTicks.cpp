#include "models/TimelineTicks.h"

#include <QCoreApplication>
#include <QDateTime>

namespace coffer::models {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QDateTime local(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime);
}

// The first tick at or before `start`.
QDateTime alignedStart(qint64 start, const TimelineTicks::Step &step)
{
    const QDateTime t = local(start);
    const QDate day = t.date();
    switch (step.unit) {
    case TimelineTicks::Unit::Minute:
    case TimelineTicks::Unit::Hour: {
        const qint64 stepMsecs = step.approxMsecs();
        const QDateTime midnight = day.startOfDay(Qt::LocalTime);
        const qint64 into = midnight.msecsTo(t);
        return midnight.addMSecs(into / stepMsecs * stepMsecs);
    }
    case TimelineTicks::Unit::Day: {
        const qint64 julian = day.toJulianDay();
        return QDate::fromJulianDay(julian - julian % step.count).startOfDay(Qt::LocalTime);
    }
    case TimelineTicks::Unit::Week: return day.addDays(1 - day.dayOfWeek()).startOfDay(Qt::LocalTime);
    case TimelineTicks::Unit::Month: {
        const int month = (day.month() - 1) / step.count * step.count + 1;
        return QDate(day.year(), month, 1).startOfDay(Qt::LocalTime);
    }
    case TimelineTicks::Unit::Year: {
        const int year = day.year() / step.count * step.count;
        return QDate(year, 1, 1).startOfDay(Qt::LocalTime);
    }
    }
    return t;
}

QDateTime next(const QDateTime &t, const TimelineTicks::Step &step)
{
    switch (step.unit) {
    case TimelineTicks::Unit::Minute:
    case TimelineTicks::Unit::Hour: {
        const QDateTime n = t.addMSecs(step.approxMsecs());
        // Keep the ticks on the local clock's grid across a daylight-saving change.
        return n.date() != t.date() ? n.date().startOfDay(Qt::LocalTime) : n;
    }
    case TimelineTicks::Unit::Day: return t.date().addDays(step.count).startOfDay(Qt::LocalTime);
    case TimelineTicks::Unit::Week: return t.date().addDays(7 * step.count).startOfDay(Qt::LocalTime);
    case TimelineTicks::Unit::Month: return t.date().addMonths(step.count).startOfDay(Qt::LocalTime);
    case TimelineTicks::Unit::Year: return t.date().addYears(step.count).startOfDay(Qt::LocalTime);
    }
    return t.addMSecs(step.approxMsecs());
}
} // namespace

qint64 TimelineTicks::Step::approxMsecs() const
{
    switch (unit) {
    case Unit::Minute: return count * kMinute;
    case Unit::Hour: return count * kHour;
    case Unit::Day: return count * kDay;
    case Unit::Week: return count * 7 * kDay;
    case Unit::Month: return count * 30 * kDay + count * kDay / 2;
    case Unit::Year: return count * 365 * kDay + count * kDay / 4;
    }
    return kHour;
}

QString TimelineTicks::Step::name() const
{
    switch (unit) {
    case Unit::Minute: return QCoreApplication::translate("coffer::models::TimelineTicks", "%1 min").arg(count);
    case Unit::Hour: return QCoreApplication::translate("coffer::models::TimelineTicks", "%1 h").arg(count);
    case Unit::Day:
        return count == 1 ? QCoreApplication::translate("coffer::models::TimelineTicks", "1 day")
                          : QCoreApplication::translate("coffer::models::TimelineTicks", "%1 days").arg(count);
    case Unit::Week: return QCoreApplication::translate("coffer::models::TimelineTicks", "1 week");
    case Unit::Month:
        return count == 1 ? QCoreApplication::translate("coffer::models::TimelineTicks", "1 month")
                          : QCoreApplication::translate("coffer::models::TimelineTicks", "%1 months").arg(count);
    case Unit::Year: return QCoreApplication::translate("coffer::models::TimelineTicks", "1 year");
    }
    return {};
}

QList<TimelineTicks::Step> TimelineTicks::steps()
{
    return {{Unit::Minute, 1}, {Unit::Minute, 5}, {Unit::Minute, 10}, {Unit::Minute, 15}, {Unit::Minute, 30},
            {Unit::Hour, 1},   {Unit::Hour, 2},   {Unit::Hour, 3},    {Unit::Hour, 6},    {Unit::Hour, 12},
            {Unit::Day, 1},    {Unit::Day, 2},    {Unit::Week, 1},    {Unit::Month, 1},   {Unit::Month, 3},
            {Unit::Month, 6},  {Unit::Year, 1}};
}

TimelineTicks::Step TimelineTicks::stepFor(qint64 spanMsecs, int pixels, int minPixels)
{
    const QList<Step> all = steps();
    if (pixels <= 0 || spanMsecs <= 0)
        return all.last();
    for (const Step &step : all)
        if (double(step.approxMsecs()) * pixels / double(spanMsecs) >= minPixels)
            return step;
    return all.last();
}

QList<TimelineTicks::Tick> TimelineTicks::ticks(qint64 startMsecs, qint64 endMsecs, const Step &step)
{
    QList<Tick> out;
    if (endMsecs <= startMsecs)
        return out;
    const bool subDay = step.unit == Unit::Minute || step.unit == Unit::Hour;
    QDateTime t = alignedStart(startMsecs, step);
    for (int guard = 0; guard < 2000 && t.toMSecsSinceEpoch() <= endMsecs; ++guard, t = next(t, step)) {
        const qint64 msecs = t.toMSecsSinceEpoch();
        if (msecs < startMsecs)
            continue;
        const QDate day = t.date();
        const bool firstShown = out.isEmpty();
        Tick tick;
        tick.msecs = msecs;
        if (subDay) {
            tick.major = t.time() == QTime(0, 0);
            tick.label = tick.major || firstShown ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                  : t.toString(QStringLiteral("HH:mm"));
        } else if (step.unit == Unit::Day || step.unit == Unit::Week) {
            tick.major = day.day() == 1;
            tick.label = tick.major || firstShown ? day.toString(QStringLiteral("yyyy-MM-dd"))
                                                  : day.toString(QStringLiteral("MM-dd"));
        } else if (step.unit == Unit::Month) {
            tick.major = day.month() == 1;
            tick.label = day.toString(QStringLiteral("yyyy-MM"));
        } else {
            tick.major = true;
            tick.label = day.toString(QStringLiteral("yyyy"));
        }
        out.append(tick);
    }
    return out;
}

} // namespace coffer::models
