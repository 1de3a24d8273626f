// certificates / list: CertificateStore::list (the current version of every certificate, each parsed for its
// details) against a bare SELECT of the same rows' leaf DER blobs + d2i_X509 of each, on a bare SQLCipher
// connection to the same file with the same key (SecretsList's pattern).
#include "core/crypto/X509Certificate.h"
#include "core/storage/Database.h"
#include "core/storage/Sqlite.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/Credential.h"
#include "core/vault/ObjectStore.h" // COFFER_VERSION_COLUMNS
#include "core/vault/Vault.h"
#include "tests/benchmarks/BareSqlcipher.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/CertsBench.h"
#include "tests/benchmarks/Measure.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <openssl/x509.h>

#include <vector>

namespace coffer::bench {

namespace {
constexpr int kWarmupRounds = 2;

// The rows list() returns, the leaf DER only.
constexpr char kBareList[] = "SELECT o.name, c.cer FROM objects o JOIN versions v ON v.id = o.current_version"
                             " JOIN certificate_versions c ON c.version_id = v.id"
                             " WHERE o.kind = 2 AND o.deleted_at IS NULL ORDER BY o.name_key";
// CertificateStore::list()'s statement, character for character (its certificate columns are private to
// CertificateStore.cpp: the column count is checked below).
constexpr char kStoreList[] = "SELECT o.name, " COFFER_VERSION_COLUMNS
                              ", c.cer, c.chain, c.has_key, c.protection, c.exportable, c.issuer_kind,"
                              " (SELECT count(*) FROM versions n WHERE n.object_id = o.id) FROM objects o"
                              " JOIN versions v ON v.id = o.current_version"
                              " JOIN certificate_versions c ON c.version_id = v.id"
                              " WHERE o.kind = 2 AND o.deleted_at IS NULL ORDER BY o.name_key";
constexpr int kStoreListColumns = 17;

using StmtPtr = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

// N distinct self-signed RSA-2048 leaves (as create makes them) over a pool of kCertKeyPool keys, imported
// one by one through the store as DER (certificate only; a PEM secret, so no PFX is written). Untimed.
Result<void> fillVault(BenchContext &context, CertificateStore &store, qint64 count)
{
    std::vector<Pkey> keys;
    for (qint64 i = 0; i < std::min<qint64>(kCertKeyPool, count); ++i) {
        keys.push_back(rsaKey(2048));
        if (!keys.back())
            return Error(ErrorCode::Crypto, QStringLiteral("bench: RSA-2048 key generation failed"));
    }
    const QDateTime now = context.clock.now();
    std::optional<CertificatePolicy> policy;
    for (qint64 i = 1; i <= count; ++i) {
        const QByteArray commonName
                = QStringLiteral("list-%1.bench.example.test").arg(i, 7, 10, QChar(u'0')).toLatin1();
        Cert cert = makeCertificate({commonName, keys[std::size_t(i) % keys.size()].get(), nullptr, nullptr, false,
                                     now.addDays(-1), now.addMonths(12)});
        const QByteArray der = cert ? derOf(cert.get()) : QByteArray();
        if (der.isEmpty())
            return Error(ErrorCode::Crypto, QStringLiteral("bench: a list certificate cannot be made"));
        if (!policy) {
            auto parsed = crypto::X509Certificate::fromDer(der);
            if (!parsed)
                return parsed.error();
            policy = CertificatePolicy::fromCertificate(parsed->details(), false);
            policy->contentType = kContentTypePem;
        }
        CertificateImportRequest request;
        request.data = SecureBytes(QByteArrayView(der));
        request.policy = policy;
        auto imported = store.importCertificate(QStringLiteral("bench-cert-%1").arg(i, 7, 10, QChar(u'0')), request);
        if (!imported)
            return imported.error();
    }
    return {};
}

} // namespace

Result<void> runCertificateList(BenchContext &context)
{
    const qint64 count = context.options.certificates;
    QElapsedTimer made;
    made.start();
    std::unique_ptr<Vault> filling;
    auto vault = BenchVault::make(context.parent, QStringLiteral("certificates-list"), 0, context.clock, &filling);
    if (!vault)
        return vault.error();
    COFFER_TRY(fillVault(context, filling->certificates(), count));
    filling.reset(); // closed: WAL checkpointed, as the secrets groups' vaults
    const qint64 fileBytes = QFileInfo(vault->databaseFile).size();
    progress(QStringLiteral("made %1 (%2 certificates, %3 bytes) in %4 s")
                     .arg(vault->bundle)
                     .arg(count)
                     .arg(fileBytes)
                     .arg(double(made.elapsed()) / 1000.0, 0, 'f', 1));

    auto key = vault->masterKey();
    if (!key)
        return key.error();
    auto opened = Vault::open(vault->bundle, Credential::recoveryKey(vault->recoveryKey.clone()), context.clock);
    if (!opened)
        return opened.error();
    CertificateStore &store = (*opened)->certificates();
    auto bare = BareSqlcipher::open(vault->databaseFile, *key);
    if (!bare)
        return bare.error();
    sqlite3 *db = (*bare)->handle();
    sqlite3_stmt *raw = nullptr;
    if (const int rc = sqlite3_prepare_v2(db, kBareList, -1, &raw, nullptr); rc != SQLITE_OK)
        return storage::sqliteError(rc, QStringLiteral("preparing the bare certificate scan"), db);
    StmtPtr scan(raw, &sqlite3_finalize);
    raw = nullptr;
    if (const int rc = sqlite3_prepare_v2(db, kStoreList, -1, &raw, nullptr); rc != SQLITE_OK)
        return storage::sqliteError(rc, QStringLiteral("preparing list()'s statement"), db);
    StmtPtr storeScan(raw, &sqlite3_finalize);
    if (sqlite3_column_count(storeScan.get()) != kStoreListColumns)
        return Error(ErrorCode::Internal,
                     QStringLiteral("list()'s statement has %1 columns; update the bench")
                             .arg(sqlite3_column_count(storeScan.get())));

    auto cofferList = [&]() -> Result<qint64> {
        QElapsedTimer timer;
        timer.start();
        auto listed = store.list();
        const qint64 ns = timer.nsecsElapsed(); // freeing the list is not timed
        if (!listed)
            return listed.error();
        if (listed->size() != count || listed->constFirst().details.sha1.isEmpty())
            return Error(ErrorCode::Internal,
                         QStringLiteral("list gave %1 certificates, not %2").arg(listed->size()).arg(count));
        return ns;
    };
    // mode 0: d2i_X509 of each leaf; 1: and X509_self_signed(verify) as core's details do.
    auto bareScan = [&](int mode) -> Result<qint64> {
        qint64 rows = 0;
        qint64 parsed = 0;
        quint64 nameBytes = 0;
        QElapsedTimer timer;
        timer.start();
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(scan.get())) == SQLITE_ROW) {
            ++rows;
            nameBytes += quint64(reinterpret_cast<quintptr>(sqlite3_column_text(scan.get(), 0)) != 0);
            nameBytes += quint64(sqlite3_column_bytes(scan.get(), 0));
            const auto *der = static_cast<const unsigned char *>(sqlite3_column_blob(scan.get(), 1));
            X509 *x509 = d2i_X509(nullptr, &der, sqlite3_column_bytes(scan.get(), 1));
            if (x509 && (mode == 0 || X509_self_signed(x509, 1) == 1))
                ++parsed;
            X509_free(x509);
        }
        sqlite3_reset(scan.get());
        const qint64 ns = timer.nsecsElapsed();
        if (rc != SQLITE_DONE)
            return storage::sqliteError(rc, QStringLiteral("bare certificate scan"), db);
        if (rows != count || parsed != count || nameBytes == 0)
            return Error(ErrorCode::Internal,
                         QStringLiteral("the bare scan read %1 of %2 certificates").arg(parsed).arg(count));
        return ns;
    };
    // list()'s own statement, every column read, the leaf through core's X509Certificate::fromDer (the details
    // list() returns): the store's work without the store (access check, audit record, CertificateInfo).
    // parse false: the statement alone (what list() would cost if it returned the stored columns).
    auto coreScan = [&](bool parse) -> Result<qint64> {
        qint64 parsed = 0;
        quint64 sum = 0;
        QElapsedTimer timer;
        timer.start();
        sqlite3_stmt *s = storeScan.get();
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            for (int c = 0; c < kStoreListColumns; ++c) { // texts and blobs: pointer + length; the rest: int64
                const int type = sqlite3_column_type(s, c);
                if (type == SQLITE_TEXT || type == SQLITE_BLOB)
                    sum += quint64(sqlite3_column_bytes(s, c))
                            + quint64(reinterpret_cast<quintptr>(sqlite3_column_blob(s, c)) != 0);
                else if (type != SQLITE_NULL)
                    sum += quint64(sqlite3_column_int64(s, c));
            }
            if (!parse) {
                ++parsed;
                continue;
            }
            auto leaf = crypto::X509Certificate::fromDer(
                    QByteArrayView(static_cast<const char *>(sqlite3_column_blob(s, 10)), sqlite3_column_bytes(s, 10)));
            if (leaf && !leaf->details().sha1.isEmpty())
                ++parsed;
        }
        sqlite3_reset(s);
        const qint64 ns = timer.nsecsElapsed();
        if (rc != SQLITE_DONE)
            return storage::sqliteError(rc, QStringLiteral("list()'s statement"), db);
        if (parsed != count || sum == 0)
            return Error(ErrorCode::Internal,
                         QStringLiteral("core parsed %1 of %2 certificates").arg(parsed).arg(count));
        return ns;
    };

    QList<Measurement> measurements {
            {QStringLiteral("CertificateStore::list (details)"), cofferList, {}},
            {QStringLiteral("bare SELECT name, cer + d2i_X509 each"), [&] { return bareScan(0); }, {}},
            {QStringLiteral("bare + X509_self_signed (verify) each"), [&] { return bareScan(1); }, {}},
            {QStringLiteral("list()'s SELECT + core X509Certificate::fromDer"), [&] { return coreScan(true); }, {}},
            {QStringLiteral("list()'s SELECT alone, no parse"), [&] { return coreScan(false); }, {}},
    };
    progress(QStringLiteral("certificates: list, %1 certificates per sample").arg(count));
    COFFER_TRY(measureWithEvidence(context, measurements, 2, kWarmupRounds, context.options.repeat));
    ResultRow coffer = certRow(count, measurements[0], count);
    const ResultRow bareRow = certRow(count, measurements[1], count);
    rateAgainst(coffer, bareRow);
    coffer.goal = Goal {GoalKind::RateRatioAtLeast, kCertListGoal};
    for (ResultRow row : {coffer, bareRow, certRow(count, measurements[2], count),
                          certRow(count, measurements[3], count), certRow(count, measurements[4], count)}) {
        row.fileBytes = fileBytes;
        context.table.add(std::move(row));
    }
    return {};
}

} // namespace coffer::bench
