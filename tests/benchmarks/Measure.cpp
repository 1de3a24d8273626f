#include "tests/benchmarks/Measure.h"

#include <cstdio>

namespace coffer::bench {

Result<void> measure(QList<Measurement> &measurements, int warmup, int repeat)
{
    for (int round = 0; round < warmup; ++round)
        for (Measurement &m : measurements) {
            auto ns = m.run();
            if (!ns)
                return ns.error();
        }
    for (Measurement &m : measurements)
        m.warmupDone();
    for (int round = 0; round < repeat; ++round)
        for (qsizetype k = 0; k < measurements.size(); ++k) {
            Measurement &m = measurements[(k + round) % measurements.size()];
            auto ns = m.run();
            if (!ns)
                return ns.error();
            m.samples.append(*ns);
        }
    return {};
}

void progress(const QString &text)
{
    std::fputs((text + u'\n').toUtf8().constData(), stderr);
    std::fflush(stderr);
}

} // namespace coffer::bench
