#pragma once

#include "core/common/Result.h"
#include "core/vault/KeyTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

#include <openssl/types.h>

struct sqlite3;
struct sqlite3_stmt;

namespace coffer {
class KeyStore;
}

namespace coffer::bench {

struct BenchContext;
struct Measurement;

// The keys groups: KeyStore::sign against the bare library call with the same key in the same run (issue 6).
// Ratios are of throughput: Coffer signatures/s / bare signatures/s (higher is better).
constexpr double kRsaSignGoal = 0.9; // RS256, RSA-2048 software key vs bare EVP_PKEY_sign
constexpr double kEcSignGoal = 0.8; // ES256, P-256 software key vs bare EVP_PKEY_sign
constexpr double kHsmSignGoal = 0.9; // RSA-HSM 2048 and EC-HSM P-256 vs bare C_SignInit + C_Sign on the token
constexpr int kKeysPerVault = 2; // keys in each keys group's vault (the table's rows column)
constexpr int kDigestCount = 16; // distinct SHA-256 digests a sample cycles through
constexpr int kEcSignsFactor = 4; // ES256 samples take 4 x --signs signatures (an EC signature is ~20x faster)

// Signatures per sample of one algorithm.
inline int signsPerSample(int signsOption, bool rsa)
{
    return rsa ? signsOption : signsOption * kEcSignsFactor;
}

Result<void> runKeysSignGroup(BenchContext &context); // software keys vs OpenSSL EVP
Result<void> runKeysHsmGroup(BenchContext &context); // SoftHSM2 keys vs raw PKCS#11 (skips without SoftHSM2)

// kDigestCount fixed 32-byte "digests" (random bytes from a fixed seed), the same for every side.
std::vector<QByteArray> benchDigests();

// The Coffer side of a sample: `signs` KeyStore::sign calls cycling through `digests`; nanoseconds taken.
Result<qint64> timeCofferSigns(KeyStore &keys, const QString &name, SignAlg alg, const std::vector<QByteArray> &digests,
                               int signs);

// Raw r||s (JWS, Coffer's ES256 output) as a DER ECDSA-Sig-Value (empty when it cannot be encoded).
QByteArray ecdsaRawToDer(const QByteArray &raw); // P-256 raw r||s -> DER (core's keyencoding)
// Whether `der` (RSA: the signature; EC: DER) is an RS256 / ES256 signature of `digest` by `pkey`.
bool verifiesDer(EVP_PKEY *pkey, bool rsa, const QByteArray &digest, const QByteArray &der);

// The write half of the "bare + one audited write" limit on a bare SQLCipher connection: BEGIN IMMEDIATE,
// INSERT of one 300-byte record into a scratch table with a time index (made untimed, in the same file),
// COMMIT; synchronous = NORMAL as core sets it. Coffer's sign commits its audit record the same way, in the
// transaction the operation runs in (plus the access check and the record's hash chain, which this lacks).
class BareAuditWriter
{
public:
    static Result<std::unique_ptr<BareAuditWriter>> open(sqlite3 *db);
    ~BareAuditWriter();
    BareAuditWriter(const BareAuditWriter &) = delete;
    BareAuditWriter &operator=(const BareAuditWriter &) = delete;

    Result<void> begin(); // BEGIN IMMEDIATE
    Result<void> insertAndCommit(); // INSERT one record, COMMIT (ROLLBACK on failure)
    void rollback();

private:
    BareAuditWriter(sqlite3 *db, sqlite3_stmt *insert)
        : m_db(db)
        , m_insert(insert)
    { }
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    QByteArray m_record = QByteArray(300, 'r');
    qint64 m_time = 0;
};

// One algorithm's rows. measurements: [0] Coffer (its rate ratio against [1], with `goal`), [1] the bare call,
// [2] the bare call + one audited write, then any middle rows (no ratio); last, Coffer's rate against [2].
void addSignRows(BenchContext &context, const QString &group, const QList<Measurement> &measurements,
                 qint64 signsPerSample, double goal);

} // namespace coffer::bench
