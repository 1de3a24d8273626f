#include "tests/benchmarks/Samples.h"

#include <algorithm>
#include <cmath>

namespace coffer::bench {

namespace {
double ms(qint64 nanos)
{
    return double(nanos) / 1e6;
}
} // namespace

Stats summarize(QList<qint64> nanos)
{
    Stats s;
    s.count = int(nanos.size());
    if (nanos.isEmpty())
        return s;
    std::sort(nanos.begin(), nanos.end());
    const qsizetype n = nanos.size();
    s.medianMs = n % 2 ? ms(nanos[n / 2]) : (ms(nanos[n / 2 - 1]) + ms(nanos[n / 2])) / 2;
    const auto rank = qsizetype(std::ceil(0.9 * double(n)));
    s.p90Ms = ms(nanos[std::clamp<qsizetype>(rank - 1, 0, n - 1)]);
    s.minMs = ms(nanos.front());
    s.maxMs = ms(nanos.back());
    return s;
}

} // namespace coffer::bench
