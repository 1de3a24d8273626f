#pragma once

#include <QList>
#include <QString>

namespace coffer::models {

// The time axis of the audit timeline: a tick step that leaves room for its label at the current zoom (one minute
// to one year), ticks aligned to local clock and calendar boundaries (hours to midnight, weeks to Monday, months to
// the first), and their labels ("14:30", "2026-01-05", "2026-01", "2026"); a tick at a day's, month's or year's
// start is major.
class TimelineTicks
{
public:
    enum class Unit { Minute, Hour, Day, Week, Month, Year };
    struct Step
    {
        Unit unit = Unit::Hour;
        int count = 1;
        qint64 approxMsecs() const;
        QString name() const; // translated: "15 min", "6 h", "1 day", "1 week", "3 months", "1 year"
    };
    struct Tick
    {
        qint64 msecs = 0;
        QString label;
        bool major = false;
    };

    // The smallest step whose ticks are at least `minPixels` apart when `span` ms take `pixels`.
    static Step stepFor(qint64 spanMsecs, int pixels, int minPixels = 80);
    // Ticks within [start, end] (local time); the first visible tick's label always says the date.
    static QList<Tick> ticks(qint64 startMsecs, qint64 endMsecs, const Step &step);
    static QList<Step> steps();
};

} // namespace coffer::models
