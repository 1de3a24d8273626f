// Group "list": SecretStore::list (metadata of every secret) against a bare scan of the same join.
#include "core/storage/Database.h"
#include "core/storage/Sqlite.h"
#include "core/vault/Credential.h"
#include "core/vault/ObjectStore.h" // COFFER_VERSION_COLUMNS
#include "core/vault/Vault.h"
#include "tests/benchmarks/BareSqlcipher.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/Measure.h"
#include "tests/benchmarks/SecretsBench.h"

#include <QElapsedTimer>

namespace coffer::bench {

namespace {
constexpr int kWarmupRounds = 2;

// ObjectStore::list()'s statement, character for character (core's own column list).
constexpr char kBareList[] = "SELECT o.name, " COFFER_VERSION_COLUMNS " FROM objects o"
                             " JOIN versions v ON v.id = o.current_version"
                             " WHERE o.kind = ? AND o.deleted_at IS NULL ORDER BY o.name_key";
} // namespace

void addRatePair(BenchContext &context, const QString &group, const QList<Measurement> &measurements,
                 qint64 opsPerSample, qint64 fileBytes)
{
    ResultRow coffer;
    coffer.group = group;
    coffer.rows = context.options.secrets;
    coffer.measurement = measurements[0].name;
    coffer.stats = summarize(measurements[0].samples);
    coffer.opsPerSample = opsPerSample;
    coffer.fileBytes = fileBytes;
    ResultRow bare = coffer;
    bare.measurement = measurements[1].name;
    bare.stats = summarize(measurements[1].samples);
    const auto cofferRate = coffer.opsPerSecond();
    const auto bareRate = bare.opsPerSecond();
    if (cofferRate && bareRate) {
        coffer.ratio = *cofferRate / *bareRate;
        coffer.rateRatio = true;
        coffer.baseline = bare.measurement;
        coffer.goal = Goal {GoalKind::RateRatioAtLeast, kSecretsRateGoal};
    }
    context.table.add(std::move(coffer));
    context.table.add(std::move(bare));
}

Result<void> applyCacheSize(const BenchContext &context, storage::Database &coffer, BareSqlcipher &bare)
{
    if (context.options.cacheKib <= 0)
        return {};
    const QByteArray sql = QByteArrayLiteral("PRAGMA cache_size = -") + QByteArray::number(context.options.cacheKib);
    COFFER_TRY(coffer.exec(sql.constData()));
    return bare.exec(sql.constData());
}

Result<void> runListGroup(BenchContext &context)
{
    const qint64 secrets = context.options.secrets;
    auto made = context.vault(secrets);
    if (!made)
        return made.error();
    const BenchVault &vault = **made;
    auto key = vault.masterKey();
    if (!key)
        return key.error();
    auto opened = Vault::open(vault.bundle, Credential::recoveryKey(vault.recoveryKey.clone()), context.clock);
    if (!opened)
        return opened.error();
    SecretStore &store = (*opened)->secrets();
    auto bare = BareSqlcipher::open(vault.databaseFile, *key);
    if (!bare)
        return bare.error();
    sqlite3 *db = (*bare)->handle();
    COFFER_TRY(applyCacheSize(context, (*opened)->database(), **bare));
    sqlite3_stmt *scan = nullptr;
    if (const int rc = sqlite3_prepare_v2(db, kBareList, -1, &scan, nullptr); rc != SQLITE_OK)
        return storage::sqliteError(rc, QStringLiteral("preparing the bare scan"), db);
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> scanOwner(scan, &sqlite3_finalize);
    if (sqlite3_column_count(scan) != 10) // the loop below reads columns 0..9: all of them
        return Error(ErrorCode::Internal,
                     QStringLiteral("list() selects %1 columns; update the bare scan").arg(sqlite3_column_count(scan)));

    auto cofferList = [&]() -> Result<qint64> {
        QElapsedTimer timer;
        timer.start();
        auto listed = store.list();
        const qint64 ns = timer.nsecsElapsed(); // freeing the list is not timed
        if (!listed)
            return listed.error();
        if (listed->size() != secrets)
            return Error(ErrorCode::Internal,
                         QStringLiteral("list gave %1 secrets, not %2").arg(listed->size()).arg(secrets));
        return ns;
    };
    auto bareScan = [&]() -> Result<qint64> {
        qint64 count = 0;
        quint64 sum = 0;
        QElapsedTimer timer;
        timer.start();
        sqlite3_bind_int(scan, 1, 0);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(scan)) == SQLITE_ROW) {
            ++count;
            for (int c : {0, 1, 7, 8}) { // texts: pointer and length
                sum += quint64(reinterpret_cast<quintptr>(sqlite3_column_text(scan, c)) != 0);
                sum += quint64(sqlite3_column_bytes(scan, c));
            }
            for (int c : {2, 5, 6, 9})
                sum += quint64(sqlite3_column_int64(scan, c));
            for (int c : {3, 4}) // nbf, exp: NULL or a time
                if (sqlite3_column_type(scan, c) != SQLITE_NULL)
                    sum += quint64(sqlite3_column_int64(scan, c));
        }
        sqlite3_reset(scan);
        const qint64 ns = timer.nsecsElapsed();
        if (rc != SQLITE_DONE)
            return storage::sqliteError(rc, QStringLiteral("bare scan"), db);
        if (count != secrets || sum == 0)
            return Error(ErrorCode::Internal,
                         QStringLiteral("the bare scan gave %1 rows, not %2").arg(count).arg(secrets));
        return ns;
    };

    QList<Measurement> measurements {{QStringLiteral("SecretStore::list (metadata)"), cofferList, {}},
                                     {QStringLiteral("bare SELECT same as list(), stepped"), bareScan, {}}};
    progress(QStringLiteral("list: %1 secrets per sample").arg(secrets));
    COFFER_TRY(measure(measurements, kWarmupRounds, context.options.repeat));
    addRatePair(context, QStringLiteral("list"), measurements, secrets, vault.fileBytes);
    return {};
}

} // namespace coffer::bench
