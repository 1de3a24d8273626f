// What the keys groups share: the digests, the bare audited write and the rows of one algorithm.
#include "core/crypto/KeyEncoding.h"
#include "core/storage/Database.h" // storage::sqliteError: the same error translation as core
#include "core/storage/Sqlite.h"
#include "core/vault/KeyStore.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/KeysBench.h"
#include "tests/benchmarks/Measure.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace coffer::bench {

Result<qint64> timeCofferSigns(KeyStore &keys, const QString &name, SignAlg alg, const std::vector<QByteArray> &digests,
                               int signs)
{
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < signs; ++i) {
        auto signature = keys.sign(name, {}, alg, digests[std::size_t(i) % digests.size()]);
        if (!signature)
            return signature.error();
        bytes += signature->signature.size();
    }
    const qint64 ns = timer.nsecsElapsed();
    if (bytes <= 0)
        return Error(ErrorCode::Internal, QStringLiteral("KeyStore::sign returned no signatures"));
    return ns;
}

std::vector<QByteArray> benchDigests()
{
    QRandomGenerator random(20260106);
    std::vector<QByteArray> out;
    for (int i = 0; i < kDigestCount; ++i) {
        QByteArray digest(32, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(digest.data()), digest.size() / 4);
        out.push_back(digest);
    }
    return out;
}

namespace {
const unsigned char *uc(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}
} // namespace

QByteArray ecdsaRawToDer(const QByteArray &raw)
{
    return crypto::keyencoding::ecdsaRawToDer(raw, Curve::P256).value_or(QByteArray());
}

bool verifiesDer(EVP_PKEY *pkey, bool rsa, const QByteArray &digest, const QByteArray &der)
{
    EVP_PKEY_CTX *ctx = pkey ? EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr) : nullptr;
    const bool ok = ctx && !der.isEmpty() && EVP_PKEY_verify_init(ctx) == 1
            && (!rsa || EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1)
            && EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256()) == 1
            && EVP_PKEY_verify(ctx, uc(der), std::size_t(der.size()), uc(digest), std::size_t(digest.size())) == 1;
    EVP_PKEY_CTX_free(ctx);
    return ok;
}

Result<std::unique_ptr<BareAuditWriter>> BareAuditWriter::open(sqlite3 *db)
{
    for (const char *sql : {"PRAGMA synchronous = NORMAL", // as core sets it (WAL: commits do not fsync)
                            "CREATE TABLE IF NOT EXISTS bench_audit (seq INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL,"
                            " record BLOB NOT NULL)",
                            "CREATE INDEX IF NOT EXISTS bench_audit_time ON bench_audit (time_ms)"}) {
        if (const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr); rc != SQLITE_OK)
            return storage::sqliteError(rc, QStringLiteral("making the bench's audit table"), db);
    }
    sqlite3_stmt *insert = nullptr;
    if (const int rc
        = sqlite3_prepare_v2(db, "INSERT INTO bench_audit (time_ms, record) VALUES (?, ?)", -1, &insert, nullptr);
        rc != SQLITE_OK)
        return storage::sqliteError(rc, QStringLiteral("preparing the bench's audit insert"), db);
    return std::unique_ptr<BareAuditWriter>(new BareAuditWriter(db, insert));
}

BareAuditWriter::~BareAuditWriter()
{
    sqlite3_finalize(m_insert);
}

Result<void> BareAuditWriter::begin()
{
    if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error(ErrorCode::Busy, QStringLiteral("bare audited write: BEGIN failed"));
    return {};
}

Result<void> BareAuditWriter::insertAndCommit()
{
    sqlite3_bind_int64(m_insert, 1, ++m_time);
    sqlite3_bind_blob(m_insert, 2, m_record.constData(), int(m_record.size()), SQLITE_STATIC);
    const int stepped = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    if (stepped != SQLITE_DONE || sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        rollback();
        return Error(ErrorCode::Io, QStringLiteral("bare audited write: the insert or commit failed"));
    }
    return {};
}

void BareAuditWriter::rollback()
{
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void addSignRows(BenchContext &context, const QString &group, const QList<Measurement> &measurements,
                 qint64 signsPerSample, double goal)
{
    auto row = [&](qsizetype index) {
        ResultRow out;
        out.group = group;
        out.rows = kKeysPerVault;
        out.measurement = measurements[index].name;
        out.stats = summarize(measurements[index].samples);
        out.opsPerSample = signsPerSample;
        return out;
    };
    auto rateAgainst = [&](ResultRow &coffer, const ResultRow &bare) {
        const auto cofferRate = coffer.opsPerSecond();
        const auto bareRate = bare.opsPerSecond();
        if (!cofferRate || !bareRate)
            return;
        coffer.ratio = *cofferRate / *bareRate;
        coffer.rateRatio = true;
        coffer.baseline = bare.measurement;
    };
    ResultRow coffer = row(0);
    const ResultRow bare = row(1);
    const ResultRow audited = row(2);
    rateAgainst(coffer, bare);
    coffer.goal = Goal {GoalKind::RateRatioAtLeast, goal};
    context.table.add(coffer);
    context.table.add(bare);
    context.table.add(audited);
    for (qsizetype i = 3; i < measurements.size(); ++i)
        context.table.add(row(i));
    // Coffer against the bare call that also commits one audit record: the part of the gap the commit does not
    // explain (no goal: the goal is against the bare call).
    ResultRow versus = row(0);
    versus.measurement = measurements[0].name.section(u',', 0, 0) + QStringLiteral(" vs the audited limit");
    rateAgainst(versus, audited);
    context.table.add(std::move(versus));
}

} // namespace coffer::bench
