#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "tests/benchmarks/BenchOptions.h"
#include "tests/benchmarks/BenchVault.h"
#include "tests/benchmarks/ResultTable.h"

#include <QStringList>

#include <map>

namespace coffer::bench {

// What every measurement group shares in one run.
struct BenchContext
{
    BenchContext(const BenchOptions &benchOptions, QString folder, const Clock &benchClock)
        : options(benchOptions)
        , parent(std::move(folder))
        , clock(benchClock)
    { }

    const BenchOptions &options;
    QString parent; // folder of the vaults
    const Clock &clock;
    ResultTable table;
    QStringList notes; // lines a group adds to the method notes (e.g. why it skipped its rows)

    // The closed bench vault "bench-<rows>" with `rows` secrets, made on first use and shared by the groups.
    Result<const BenchVault *> vault(qint64 rows);
    // A unique vault name for a throwaway vault (set samples).
    QString freshName(const QString &prefix);

private:
    std::map<qint64, BenchVault> m_vaults;
    int m_fresh = 0;
};

} // namespace coffer::bench
