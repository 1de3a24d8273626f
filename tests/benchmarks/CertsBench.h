#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

#include <openssl/types.h>

struct sqlite3;

namespace coffer {
class CertificateStore;
}

namespace coffer::bench {

struct BenchContext;
struct BenchOptions;
struct Measurement;
struct ResultRow;

// The certificates group (issue 7): CertificateStore against the bare OpenSSL / SQLCipher work it cannot avoid,
// with the same inputs in the same run. Ratios are of throughput: Coffer ops/s / bare ops/s (higher is better).
constexpr double kCertImportGoal = 0.8; // importCertificate (PFX) vs bare PKCS12_parse + one audited write
constexpr double kCertListGoal = 0.5; // list() vs a bare SELECT of the leaf DER blobs + d2i_X509 of each
constexpr double kCertCreateGoal = 0.9; // create (issuer Self, RSA-2048) vs bare EVP keygen + X509_sign
constexpr int kPfxIterations = 10000; // the input PFX's PBKDF2 and MAC iterations
constexpr int kCertKeyPool = 4; // RSA-2048 keys the list vault's certificates share (signing 1000 is cheap)

Result<void> runCertificatesGroup(BenchContext &context);
Result<void> runCertificateImport(BenchContext &context, CertificateStore &store, sqlite3 *bare); // CertsImport.cpp
Result<void> runCertificateCreate(BenchContext &context, CertificateStore &store); // CertsCreate.cpp
Result<void> runCertificateList(BenchContext &context); // CertsList.cpp (a vault of its own)

// --- in-process inputs (CertsInputs.cpp): OpenSSL EVP/X509, nothing of Coffer.
struct PkeyFree
{
    void operator()(EVP_PKEY *pkey) const;
};
struct X509Free
{
    void operator()(X509 *x509) const;
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;

Pkey rsaKey(int bits); // EVP_PKEY_Q_keygen RSA, e = 65537; null on failure

// What a bench certificate says. `issuer`/`issuerKey` null: self-signed with `key`.
struct CertSpec
{
    QByteArray commonName; // CN=<commonName>, O=Coffer Bench
    EVP_PKEY *key = nullptr; // the subject's key (its public half goes in)
    X509 *issuer = nullptr;
    EVP_PKEY *issuerKey = nullptr;
    bool ca = false; // CA: basicConstraints CA:TRUE, keyCertSign|cRLSign; else CA:FALSE, a DNS SAN, serverAuth
    QDateTime notBefore;
    QDateTime notAfter;
};
// X.509 v3, 16 random serial bytes, the extensions Coffer's builder writes (basicConstraints critical, key usage
// critical, SKI, AKI, SAN and EKU for leaves), signed sha256WithRSAEncryption. Null on failure.
Cert makeCertificate(const CertSpec &spec);
QByteArray derOf(X509 *x509);

// The import input: leaf (RSA-2048) + intermediate + root, each with its own RSA-2048 key, in a PFX written by
// core's crypto::writePfx (Modern: PBES2/PBKDF2-HMAC-SHA256/AES-256-CBC, MAC SHA-256, kPfxIterations).
struct PfxInput
{
    QByteArray pfx;
    QByteArray password; // ASCII, for the bare side
    QByteArray leafSha1; // the leaf's SHA-1 thumbprint (raw)
};
Result<PfxInput> makeChainPfx(const QDateTime &now);

// Samples of the evidence rows (no goal): a quarter of --repeat, at least 3 (at most --repeat).
int evidenceRepeat(const BenchOptions &options);
// measure() of the first `goalRows` measurements (the goal's sides) with `goalRepeat` samples, then of the others
// (the evidence rows) with evidenceRepeat() samples and one warm-up round, each set interleaved on its own.
Result<void> measureWithEvidence(const BenchContext &context, QList<Measurement> &measurements, qsizetype goalRows,
                                 int warmup, int goalRepeat);
// create's goal rows take kCreateRepeatFactor x --repeat samples: one RSA key generation varies several-fold.
constexpr int kCreateRepeatFactor = 2;

// Rows of the table: `measurement` summarised, `ops` per sample; `rateAgainst` sets coffer's rate ratio.
ResultRow certRow(qint64 rows, const Measurement &measurement, qint64 ops);
void rateAgainst(ResultRow &coffer, const ResultRow &bare);

} // namespace coffer::bench
