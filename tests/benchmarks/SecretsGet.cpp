// Group "get": SecretStore::get by name against the cheapest bare read of the same value.
#include "core/storage/Database.h"
#include "core/storage/Sqlite.h"
#include "core/vault/Credential.h"
#include "core/vault/Vault.h"
#include "tests/benchmarks/BareSqlcipher.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/Measure.h"
#include "tests/benchmarks/SecretsBench.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

#include <cstring>
#include <vector>

namespace coffer::bench {

namespace {
constexpr int kWarmupRounds = 2;

quint64 byteSum(const void *data, std::size_t size)
{
    quint64 sum = size;
    const auto *bytes = static_cast<const unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        sum += bytes[i];
    return sum;
}

Result<QHash<QString, qint64>> currentVersionRows(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT name, current_version FROM objects WHERE kind = 0", -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return storage::sqliteError(rc, QStringLiteral("preparing the name scan"), db);
    QHash<QString, qint64> out;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        out.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)),
                                     sqlite3_column_bytes(stmt, 0)),
                   sqlite3_column_int64(stmt, 1));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return storage::sqliteError(rc, QStringLiteral("scanning names"), db);
    return out;
}
} // namespace

Result<void> runGetGroup(BenchContext &context)
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

    // The same random names for both sides; the bare side gets each name's version row looked up beforehand.
    auto rowsByName = currentVersionRows(db);
    if (!rowsByName)
        return rowsByName.error();
    QRandomGenerator random(20260102);
    std::vector<QString> names;
    std::vector<QByteArray> nameKeys; // lower-case UTF-8, as the bare by-name query binds it
    std::vector<qint64> versionRows;
    quint64 expectedSum = 0;
    for (int k = 0; k < context.options.gets; ++k) {
        const qint64 i = qint64(random.bounded(quint64(secrets))) + 1;
        names.push_back(BenchVault::secretName(i));
        nameKeys.push_back(names.back().toLower().toUtf8());
        versionRows.push_back(rowsByName->value(names.back(), -1));
        const QByteArray value = BenchVault::secretValue(i);
        expectedSum += byteSum(value.constData(), std::size_t(value.size()));
    }
    auto checked = [expectedSum](quint64 sum, const QString &side) -> Result<void> {
        if (sum != expectedSum)
            return Error(ErrorCode::Internal, side + QStringLiteral(" gets returned other values than were set"));
        return {};
    };

    sqlite3_stmt *select = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT value FROM versions WHERE id = ?", -1, &select, nullptr);
    if (rc != SQLITE_OK)
        return storage::sqliteError(rc, QStringLiteral("preparing the bare get"), db);
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> selectOwner(select, &sqlite3_finalize);

    sqlite3_stmt *byName = nullptr;
    rc = sqlite3_prepare_v2(db,
                            "SELECT v.value FROM objects o JOIN versions v ON v.id = o.current_version"
                            " WHERE o.kind = 0 AND o.name_key = ?",
                            -1, &byName, nullptr);
    if (rc != SQLITE_OK)
        return storage::sqliteError(rc, QStringLiteral("preparing the bare get by name"), db);
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> byNameOwner(byName, &sqlite3_finalize);

    auto cofferGets = [&]() -> Result<qint64> {
        quint64 sum = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QString &name : names) {
            auto bundle = store.get(name);
            if (!bundle)
                return bundle.error();
            sum += byteSum(bundle->value.data(), bundle->value.size());
        }
        const qint64 ns = timer.nsecsElapsed();
        COFFER_TRY(checked(sum, QStringLiteral("SecretStore::get")));
        return ns;
    };
    auto bareGets = [&]() -> Result<qint64> {
        quint64 sum = 0;
        unsigned char buffer[ObjectLimits::kMaxNameLength + BenchVault::kValueBytes];
        QElapsedTimer timer;
        timer.start();
        for (const qint64 row : versionRows) {
            sqlite3_bind_int64(select, 1, row);
            if (sqlite3_step(select) != SQLITE_ROW) {
                sqlite3_reset(select);
                return Error(ErrorCode::NotFound, QStringLiteral("bare get: no value row %1").arg(row));
            }
            const auto size = std::min<std::size_t>(std::size_t(sqlite3_column_bytes(select, 0)), sizeof buffer);
            std::memcpy(buffer, sqlite3_column_blob(select, 0), size);
            sqlite3_reset(select);
            sum += byteSum(buffer, size);
        }
        const qint64 ns = timer.nsecsElapsed();
        COFFER_TRY(checked(sum, QStringLiteral("bare")));
        return ns;
    };

    auto bareGetsByName = [&]() -> Result<qint64> {
        quint64 sum = 0;
        unsigned char buffer[ObjectLimits::kMaxNameLength + BenchVault::kValueBytes];
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &nameKey : nameKeys) {
            sqlite3_bind_text(byName, 1, nameKey.constData(), int(nameKey.size()), SQLITE_STATIC);
            if (sqlite3_step(byName) != SQLITE_ROW) {
                sqlite3_reset(byName);
                return Error(ErrorCode::NotFound,
                             QStringLiteral("bare get: no secret %1").arg(QString::fromUtf8(nameKey)));
            }
            const auto size = std::min<std::size_t>(std::size_t(sqlite3_column_bytes(byName, 0)), sizeof buffer);
            std::memcpy(buffer, sqlite3_column_blob(byName, 0), size);
            sqlite3_reset(byName);
            sum += byteSum(buffer, size);
        }
        const qint64 ns = timer.nsecsElapsed();
        COFFER_TRY(checked(sum, QStringLiteral("bare by name")));
        return ns;
    };

    // The least an audited read costs: the same read by name inside a write transaction that also inserts one
    // ~300-byte record into a table with a time index, as Coffer's audit log does (no hashing, no access check).
    // A scratch table in the same file, made untimed.
    for (const char *sql : {"PRAGMA synchronous = NORMAL", // as core sets it (WAL: commits do not fsync)
                            "CREATE TABLE IF NOT EXISTS bench_audit (seq INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL,"
                            " record BLOB NOT NULL)",
                            "CREATE INDEX IF NOT EXISTS bench_audit_time ON bench_audit (time_ms)"}) {
        rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return storage::sqliteError(rc, QStringLiteral("making the bench's audit table"), db);
    }
    sqlite3_stmt *auditInsert = nullptr;
    rc = sqlite3_prepare_v2(db, "INSERT INTO bench_audit (time_ms, record) VALUES (?, ?)", -1, &auditInsert, nullptr);
    if (rc != SQLITE_OK)
        return storage::sqliteError(rc, QStringLiteral("preparing the bench's audit insert"), db);
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> auditOwner(auditInsert, &sqlite3_finalize);
    const QByteArray record(300, 'r');
    qint64 fakeTime = 0;
    auto bareAuditedGets = [&]() -> Result<qint64> {
        quint64 sum = 0;
        unsigned char buffer[ObjectLimits::kMaxNameLength + BenchVault::kValueBytes];
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &nameKey : nameKeys) {
            if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
                return Error(ErrorCode::Busy, QStringLiteral("bare audited get: BEGIN failed"));
            sqlite3_bind_text(byName, 1, nameKey.constData(), int(nameKey.size()), SQLITE_STATIC);
            if (sqlite3_step(byName) != SQLITE_ROW) {
                sqlite3_reset(byName);
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
                return Error(ErrorCode::NotFound, QStringLiteral("bare audited get: no secret"));
            }
            const auto size = std::min<std::size_t>(std::size_t(sqlite3_column_bytes(byName, 0)), sizeof buffer);
            std::memcpy(buffer, sqlite3_column_blob(byName, 0), size);
            sqlite3_reset(byName);
            sqlite3_bind_int64(auditInsert, 1, ++fakeTime);
            sqlite3_bind_blob(auditInsert, 2, record.constData(), int(record.size()), SQLITE_STATIC);
            const int stepped = sqlite3_step(auditInsert);
            sqlite3_reset(auditInsert);
            if (stepped != SQLITE_DONE || sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
                return Error(ErrorCode::Io, QStringLiteral("bare audited get: the insert or commit failed"));
            sum += byteSum(buffer, size);
        }
        const qint64 ns = timer.nsecsElapsed();
        COFFER_TRY(checked(sum, QStringLiteral("bare audited by name")));
        return ns;
    };

    // The goal compares with the bare query that, like Coffer, starts from the name; the row-id read (which
    // skips finding the name) is printed as the floor underneath.
    const QString cofferName = QStringLiteral("SecretStore::get (by name, value)");
    const QString byNameName = QStringLiteral("bare SELECT value by name (join)");
    const QString bareName = QStringLiteral("bare SELECT value FROM versions WHERE id=?");
    const QString auditedName = QStringLiteral("bare BEGIN+SELECT by name+INSERT+COMMIT");
    QList<Measurement> measurements {{cofferName, cofferGets, {}},
                                     {byNameName, bareGetsByName, {}},
                                     {bareName, bareGets, {}},
                                     {auditedName, bareAuditedGets, {}}};
    progress(QStringLiteral("get: %1 random gets per sample over %2 secrets").arg(names.size()).arg(secrets));
    COFFER_TRY(measure(measurements, kWarmupRounds, context.options.repeat));

    addRatePair(context, QStringLiteral("get"), measurements, qint64(names.size()), vault.fileBytes);
    ResultRow floor;
    floor.group = QStringLiteral("get");
    floor.rows = context.options.secrets;
    floor.measurement = measurements[2].name;
    floor.stats = summarize(measurements[2].samples);
    floor.opsPerSample = qint64(names.size());
    floor.fileBytes = vault.fileBytes;
    context.table.add(std::move(floor));
    // An audited read's own limit, with the ratio of Coffer's rate to it (no goal: the goal predates the audit log).
    ResultRow audited;
    audited.group = QStringLiteral("get");
    audited.rows = context.options.secrets;
    audited.measurement = auditedName;
    audited.stats = summarize(measurements[3].samples);
    audited.opsPerSample = qint64(names.size());
    audited.fileBytes = vault.fileBytes;
    context.table.add(std::move(audited));
    ResultRow versus;
    versus.group = QStringLiteral("get");
    versus.rows = context.options.secrets;
    versus.measurement = QStringLiteral("SecretStore::get vs the audited-read limit");
    versus.stats = summarize(measurements[0].samples);
    versus.opsPerSample = qint64(names.size());
    versus.ratio = summarize(measurements[3].samples).medianMs / summarize(measurements[0].samples).medianMs;
    versus.rateRatio = true;
    versus.baseline = auditedName;
    versus.fileBytes = vault.fileBytes;
    context.table.add(std::move(versus));
    return {};
}

} // namespace coffer::bench
