#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace coffer::bench {

// One timed operation: run() returns its wall-clock duration in nanoseconds; setup and teardown happen
// outside the clock, inside run().
struct Measurement
{
    QString name;
    std::function<Result<qint64>()> run;
    QList<qint64> samples;
    std::function<void()> warmupDone = [] {};
};

// Runs every measurement `warmup` times, then `repeat` times, interleaved and in a rotating order so that drift
// (other jobs on the machine, CPU frequency) falls on all of them alike.
Result<void> measure(QList<Measurement> &measurements, int warmup, int repeat);

// Progress on stderr (the table goes to stdout).
void progress(const QString &text);

} // namespace coffer::bench
