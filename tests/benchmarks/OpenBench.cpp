#include "tests/benchmarks/OpenBench.h"

#include "core/vault/Credential.h"
#include "core/vault/Vault.h"
#include "tests/benchmarks/BareSqlcipher.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/Measure.h"
#include "tests/benchmarks/OpenBreakdown.h"

#include <QElapsedTimer>

namespace coffer::bench {

namespace {
constexpr int kWarmupRounds = 3;

Result<qint64> timeVaultOpen(const BenchVault &vault, const Credential &credential, const Clock &clock)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = Vault::open(vault.bundle, credential, clock);
    const qint64 ns = timer.nsecsElapsed();
    if (!opened)
        return opened.error();
    return ns; // destroying the Vault (close, checkpoint) is not timed
}

Result<qint64> timeBareOpen(const BenchVault &vault, const SecureBytes &key, qint64 versionRow,
                            const QByteArray &expected)
{
    QElapsedTimer timer;
    timer.start();
    auto db = BareSqlcipher::open(vault.databaseFile, key);
    if (!db)
        return db.error();
    auto value = (*db)->readValue(versionRow);
    const qint64 ns = timer.nsecsElapsed();
    if (!value)
        return value.error();
    if (*value != expected)
        return Error(ErrorCode::Internal, QStringLiteral("the bare read returned the wrong value"));
    return ns;
}

Result<void> benchOneSize(BenchContext &context, qint64 rows)
{
    auto made = context.vault(rows);
    if (!made)
        return made.error();
    const BenchVault &vault = **made;
    auto key = vault.masterKey();
    if (!key)
        return key.error();
    const qint64 secret = (rows + 1) / 2;
    qint64 versionRow = 0;
    {
        auto db = BareSqlcipher::open(vault.databaseFile, *key);
        if (!db)
            return db.error();
        auto row = (*db)->currentVersionRow(BenchVault::secretName(secret));
        if (!row)
            return row.error();
        versionRow = *row;
    }
    const QByteArray expected = BenchVault::secretValue(secret);
    const Clock &clock = context.clock;
    const Credential recovery = Credential::recoveryKey(vault.recoveryKey.clone());
    const Credential passphrase = Credential::passphrase(vault.passphrase.clone());
    const QString bareName = QStringLiteral("bare SQLCipher open+key+read");
    constexpr qsizetype kRecoveryIndex = 0;
    constexpr qsizetype kBareIndex = 2;
    QList<Measurement> measurements {
            {QStringLiteral("Vault::open (recovery key)"), [&] { return timeVaultOpen(vault, recovery, clock); }, {}},
            {QStringLiteral("Vault::open (passphrase, fast Argon2)"),
             [&] { return timeVaultOpen(vault, passphrase, clock); },
             {}},
            {bareName, [&] { return timeBareOpen(vault, *key, versionRow, expected); }, {}},
    };
    OpenBreakdown breakdown(vault, clock);
    const QString replayName = QStringLiteral("Vault::open replayed: sum of steps");
    if (context.options.breakdown)
        measurements.append(
                {replayName, [&breakdown] { return breakdown.run(); }, {}, [&breakdown] { breakdown.clearSamples(); }});
    COFFER_TRY(measure(measurements, kWarmupRounds, context.options.repeat));

    const Stats bare = summarize(measurements[kBareIndex].samples);
    auto add = [&](const QString &name, const QList<qint64> &samples, bool withGoal) { // withGoal: a real open
        ResultRow row;
        row.group = QStringLiteral("open");
        row.rows = rows;
        row.measurement = name;
        row.stats = summarize(samples);
        row.opsPerSample = withGoal || name == bareName ? 1 : 0;
        row.fileBytes = vault.fileBytes;
        if (name != bareName && bare.medianMs > 0 && withGoal) {
            row.ratio = row.stats->medianMs / bare.medianMs;
            row.baseline = bareName;
            row.goal = Goal {GoalKind::TimeRatioAtMost, kOpenGoal};
        }
        context.table.add(std::move(row));
    };
    for (const Measurement &m : measurements)
        add(m.name, m.samples, m.name != replayName);
    if (context.options.breakdown) {
        const QStringList steps = OpenBreakdown::stepNames();
        for (qsizetype i = 0; i < steps.size(); ++i)
            add(QStringLiteral("  step: ") + steps[i], breakdown.samples()[i], false);
        // Round by round: Vault::open (recovery key) minus the replay of the same round.
        const QList<qint64> &open = measurements[kRecoveryIndex].samples;
        const QList<qint64> &replay = measurements.last().samples;
        QList<qint64> unaccounted;
        for (qsizetype i = 0; i < std::min(open.size(), replay.size()); ++i)
            unaccounted.append(open[i] - replay[i]);
        add(QStringLiteral("  unaccounted (open - replay, per round)"), unaccounted, false);
    }
    return {};
}
} // namespace

Result<void> runOpenGroup(BenchContext &context)
{
    for (qint64 rows : context.options.rows) {
        auto done = benchOneSize(context, rows);
        if (!done)
            return Error(done.error().code(),
                         QStringLiteral("open, %1 secrets: %2").arg(rows).arg(done.error().toString()));
    }
    return {};
}

} // namespace coffer::bench
