#pragma once

#include <QList>
#include <QtGlobal>

namespace coffer::bench {

// Wall-clock durations of one measurement, in nanoseconds, and what the table shows of them.
struct Stats
{
    int count = 0;
    double medianMs = 0;
    double p90Ms = 0; // nearest rank
    double minMs = 0;
    double maxMs = 0;
};

Stats summarize(QList<qint64> nanos);

} // namespace coffer::bench
