#include "tests/benchmarks/BenchContext.h"

#include "tests/benchmarks/Measure.h"

#include <QElapsedTimer>

namespace coffer::bench {

Result<const BenchVault *> BenchContext::vault(qint64 rows)
{
    if (auto it = m_vaults.find(rows); it != m_vaults.end())
        return &it->second;
    QElapsedTimer made;
    made.start();
    auto vault = BenchVault::make(parent, QStringLiteral("bench-%1").arg(rows), rows, clock);
    if (!vault)
        return vault.error();
    progress(QStringLiteral("made %1 (%2 secrets, %3 bytes) in %4 s")
                     .arg(vault->bundle)
                     .arg(rows)
                     .arg(vault->fileBytes)
                     .arg(double(made.elapsed()) / 1000.0, 0, 'f', 1));
    return &m_vaults.emplace(rows, std::move(*vault)).first->second;
}

QString BenchContext::freshName(const QString &prefix)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(++m_fresh);
}

} // namespace coffer::bench
