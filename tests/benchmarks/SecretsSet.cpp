// Group "set": one SecretStore::setMany import of --secrets secrets into a fresh vault, against bare INSERTs of
// the same two rows per secret (objects, versions with the value) into a fresh vault.db with the same schema.
#include "core/storage/Database.h"
#include "core/storage/Sqlite.h"
#include "core/vault/ObjectTypes.h"
#include "core/vault/Vault.h"
#include "tests/benchmarks/BareSqlcipher.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/Measure.h"
#include "tests/benchmarks/SecretsBench.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <array>
#include <vector>

namespace coffer::bench {

namespace {
constexpr int kWarmupRounds = 1;

// Everything the bare side binds, made before the clock starts.
struct BareRows
{
    std::vector<QByteArray> names, nameKeys, versions, values;
};

BareRows bareRows(qint64 count)
{
    BareRows rows;
    QRandomGenerator random(20260103); // version ids only need to look like Coffer's (32 hex digits)
    for (qint64 i = 1; i <= count; ++i) {
        const QString name = BenchVault::secretName(i);
        rows.names.push_back(name.toUtf8());
        rows.nameKeys.push_back(objects::nameKey(name).toUtf8());
        std::array<quint32, 4> id {};
        random.fillRange(id.data(), id.size());
        rows.versions.push_back(QByteArray(reinterpret_cast<const char *>(id.data()), 16).toHex());
        rows.values.push_back(BenchVault::secretValue(i));
    }
    return rows;
}

struct Prepared
{
    sqlite3 *db = nullptr;
    std::array<sqlite3_stmt *, 2> stmts {};
    ~Prepared()
    {
        for (sqlite3_stmt *s : stmts)
            sqlite3_finalize(s);
    }
};

Result<void> step(sqlite3 *db, sqlite3_stmt *stmt)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        return storage::sqliteError(rc, QStringLiteral("bare insert"), db);
    return {};
}

// The rows ObjectStore::restoreVersion writes for a new secret, with the ids known beforehand: the objects row
// (its current_version set at once instead of by a later UPDATE) and the versions row holding the value.
constexpr std::array<const char *, 2> kBareInserts {
        "INSERT INTO objects (kind, name_key, id, name, current_version) VALUES (0, ?, ?, ?, ?)",
        "INSERT INTO versions (id, object_id, version, enabled, nbf, exp, created, updated, content_type, tags,"
        " managed, value) VALUES (?, ?, ?, 1, NULL, NULL, ?, ?, '', '', 0, ?)",
};

// BEGIN IMMEDIATE; per secret: INSERT objects, INSERT versions (with the value); COMMIT.
Result<void> bareInsertAll(const Prepared &p, const BareRows &rows, qint64 now)
{
    auto [objects, versions] = p.stmts;
    if (sqlite3_exec(p.db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return storage::sqliteError(sqlite3_errcode(p.db), QStringLiteral("bare begin"), p.db);
    for (std::size_t k = 0; k < rows.names.size(); ++k) {
        const qint64 id = qint64(k) + 1;
        sqlite3_bind_text(objects, 1, rows.nameKeys[k].constData(), int(rows.nameKeys[k].size()), SQLITE_STATIC);
        sqlite3_bind_int64(objects, 2, id);
        sqlite3_bind_text(objects, 3, rows.names[k].constData(), int(rows.names[k].size()), SQLITE_STATIC);
        sqlite3_bind_int64(objects, 4, id);
        COFFER_TRY(step(p.db, objects));
        sqlite3_bind_int64(versions, 1, id);
        sqlite3_bind_int64(versions, 2, id);
        sqlite3_bind_text(versions, 3, rows.versions[k].constData(), int(rows.versions[k].size()), SQLITE_STATIC);
        sqlite3_bind_int64(versions, 4, now);
        sqlite3_bind_int64(versions, 5, now);
        sqlite3_bind_blob(versions, 6, rows.values[k].constData(), int(rows.values[k].size()), SQLITE_STATIC);
        COFFER_TRY(step(p.db, versions));
    }
    if (sqlite3_exec(p.db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return storage::sqliteError(sqlite3_errcode(p.db), QStringLiteral("bare commit"), p.db);
    return {};
}
} // namespace

Result<void> runSetGroup(BenchContext &context)
{
    const qint64 secrets = context.options.secrets;
    const qint64 now = context.clock.now().toSecsSinceEpoch();
    const BareRows rows = bareRows(secrets);
    qint64 fileBytes = 0;

    auto cofferSet = [&]() -> Result<qint64> {
        std::unique_ptr<Vault> vault;
        auto made = BenchVault::make(context.parent, context.freshName(QStringLiteral("set-coffer")), 0, context.clock,
                                     &vault);
        if (!made)
            return made.error();
        const auto requests = BenchVault::requests(1, secrets);
        QElapsedTimer timer;
        timer.start();
        auto set = vault->secrets().setMany(requests);
        const qint64 ns = timer.nsecsElapsed();
        if (!set)
            return set.error();
        if (*set != secrets)
            return Error(ErrorCode::Internal,
                         QStringLiteral("setMany stored %1 secrets, not %2").arg(*set).arg(secrets));
        vault.reset();
        fileBytes = QFileInfo(made->databaseFile).size();
        QDir(made->bundle).removeRecursively();
        return ns;
    };
    auto bareSet = [&]() -> Result<qint64> {
        auto made = BenchVault::make(context.parent, context.freshName(QStringLiteral("set-bare")), 0, context.clock);
        if (!made)
            return made.error();
        auto key = made->masterKey();
        if (!key)
            return key.error();
        qint64 ns = 0;
        {
            auto bare = BareSqlcipher::open(made->databaseFile, *key);
            if (!bare)
                return bare.error();
            COFFER_TRY((*bare)->exec("PRAGMA synchronous = NORMAL")); // as core's connection
            Prepared p;
            p.db = (*bare)->handle();
            for (std::size_t i = 0; i < kBareInserts.size(); ++i)
                if (const int rc = sqlite3_prepare_v2(p.db, kBareInserts[i], -1, &p.stmts[i], nullptr); rc != SQLITE_OK)
                    return storage::sqliteError(rc, QStringLiteral("preparing a bare insert"), p.db);
            QElapsedTimer timer;
            timer.start();
            COFFER_TRY(bareInsertAll(p, rows, now));
            ns = timer.nsecsElapsed();
        }
        QDir(made->bundle).removeRecursively();
        return ns;
    };

    const QString cofferName = QStringLiteral("SecretStore::setMany (1 import call)");
    const QString bareName = QStringLiteral("bare INSERT objects+versions, 1 txn");
    QList<Measurement> measurements {{cofferName, cofferSet, {}}, {bareName, bareSet, {}}};
    progress(QStringLiteral("set: %1 secrets per sample, each sample into a fresh vault").arg(secrets));
    COFFER_TRY(measure(measurements, kWarmupRounds, context.options.setRepeat));

    addRatePair(context, QStringLiteral("set"), measurements, secrets, fileBytes);
    return {};
}

} // namespace coffer::bench
