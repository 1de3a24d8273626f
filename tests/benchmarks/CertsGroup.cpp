// Group "certificates": CertificateStore import, list and create against the bare work each cannot avoid.
#include "core/vault/Vault.h"
#include "tests/benchmarks/BareSqlcipher.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/CertsBench.h"
#include "tests/benchmarks/Measure.h"

#include <algorithm>

namespace coffer::bench {

Result<void> runCertificatesGroup(BenchContext &context)
{
    // import and create share one open vault (names bench-import-N, bench-create-N) and a second, bare connection
    // to its file for the audited-write limit; list has a vault of its own with exactly --certificates of them.
    std::unique_ptr<Vault> vault;
    auto made = BenchVault::make(context.parent, QStringLiteral("certificates"), 0, context.clock, &vault);
    if (!made)
        return made.error();
    auto key = made->masterKey();
    if (!key)
        return key.error();
    auto bare = BareSqlcipher::open(made->databaseFile, *key);
    if (!bare)
        return bare.error();
    COFFER_TRY(runCertificateImport(context, vault->certificates(), (*bare)->handle()));
    COFFER_TRY(runCertificateCreate(context, vault->certificates()));
    bare->reset();
    vault.reset();
    return runCertificateList(context);
}

int evidenceRepeat(const BenchOptions &options)
{
    return std::min(options.repeat, std::max(3, options.repeat / 4));
}

Result<void> measureWithEvidence(const BenchContext &context, QList<Measurement> &measurements, qsizetype goalRows,
                                 int warmup, int goalRepeat)
{
    QList<Measurement> main = measurements.mid(0, goalRows);
    QList<Measurement> evidence = measurements.mid(goalRows);
    COFFER_TRY(measure(main, warmup, goalRepeat));
    COFFER_TRY(measure(evidence, 1, evidenceRepeat(context.options)));
    measurements = main + evidence;
    return {};
}

ResultRow certRow(qint64 rows, const Measurement &measurement, qint64 ops)
{
    ResultRow out;
    out.group = QStringLiteral("certificates");
    out.rows = rows;
    out.measurement = measurement.name;
    out.stats = summarize(measurement.samples);
    out.opsPerSample = ops;
    return out;
}

void rateAgainst(ResultRow &coffer, const ResultRow &bare)
{
    const auto cofferRate = coffer.opsPerSecond();
    const auto bareRate = bare.opsPerSecond();
    if (!cofferRate || !bareRate)
        return;
    coffer.ratio = *cofferRate / *bareRate;
    coffer.rateRatio = true;
    coffer.baseline = bare.measurement;
}

} // namespace coffer::bench
