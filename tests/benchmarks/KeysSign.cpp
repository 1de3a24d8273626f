// Group "keys-sign": KeyStore::sign with software keys (RS256 on RSA-2048, ES256 on P-256) against bare OpenSSL
// EVP_PKEY_sign with the same key material, loaded once, in the same run.
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "tests/benchmarks/BareSqlcipher.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/KeysBench.h"
#include "tests/benchmarks/Measure.h"

#include <QElapsedTimer>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace coffer::bench {

namespace {
constexpr int kWarmupRounds = 2;

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

const unsigned char *uc(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

// The vault's own key, as the bare side gets it: exportPrivate (PKCS#8 PEM, recorded as KeyRelease) read by
// OpenSSL's PEM reader. Checked against the key's public half in the vault.
Result<PkeyPtr> loadExported(KeyStore &keys, const KeyInfo &info)
{
    auto pem = keys.exportPrivate(info.info.name);
    if (!pem)
        return pem.error();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem->data(), int(pem->size())), &BIO_free);
    PkeyPtr pkey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    if (!pkey)
        return Error(ErrorCode::Crypto,
                     QStringLiteral("OpenSSL cannot read the PEM exported from '%1'").arg(info.info.name));
    unsigned char *spki = nullptr;
    const int length = i2d_PUBKEY(pkey.get(), &spki);
    const bool same = length > 0 && QByteArrayView(spki, length) == QByteArrayView(info.publicDer);
    OPENSSL_free(spki);
    if (!same)
        return Error(ErrorCode::Internal,
                     QStringLiteral("the exported key of '%1' is not the vault's key").arg(info.info.name));
    return pkey;
}

// One bare signature: a context per signature (what a service signing independent requests does, and what
// Coffer does), the algorithm's padding and digest, one EVP_PKEY_sign into a buffer sized once. RS256: PKCS#1
// v1.5 over DigestInfo(SHA-256); ES256: DER ECDSA-Sig-Value (Coffer converts it to raw r||s on top).
bool bareSign(EVP_PKEY *pkey, bool rsa, const QByteArray &digest, unsigned char *out, std::size_t &length)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr);
    bool ok = ctx && EVP_PKEY_sign_init(ctx) == 1 && (!rsa || EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1)
            && EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256()) == 1
            && EVP_PKEY_sign(ctx, out, &length, uc(digest), std::size_t(digest.size())) == 1;
    EVP_PKEY_CTX_free(ctx);
    return ok;
}

struct Algorithm
{
    QString name; // "bench-rsa"
    KeySpec spec;
    SignAlg alg;
    QString label; // "RS256, RSA-2048"
    double goal;
};

Result<void> measureAlgorithm(BenchContext &context, KeyStore &keys, BareAuditWriter &audit, const Algorithm &a)
{
    KeyCreateRequest request;
    request.spec = a.spec;
    request.exportable = true;
    auto created = keys.create(a.name, request);
    if (!created)
        return created.error();
    auto pkey = loadExported(keys, *created);
    if (!pkey)
        return pkey.error();
    const bool rsa = a.spec.type == KeyType::Rsa;
    const std::vector<QByteArray> digests = benchDigests();
    const int signs = signsPerSample(context.options.signs, rsa);
    const std::size_t capacity = std::size_t(EVP_PKEY_get_size(pkey->get()));

    // Both sides sign with one key: RS256 is deterministic, so the signatures are equal byte for byte; ES256
    // signatures of both sides verify with the exported key.
    {
        auto coffer = keys.sign(a.name, {}, a.alg, digests[0]);
        if (!coffer)
            return coffer.error();
        QByteArray bare(qsizetype(capacity), '\0');
        std::size_t length = capacity;
        if (!bareSign(pkey->get(), rsa, digests[0], reinterpret_cast<unsigned char *>(bare.data()), length))
            return Error(ErrorCode::Crypto, QStringLiteral("bare EVP_PKEY_sign failed"));
        bare.truncate(qsizetype(length));
        const bool same = rsa ? coffer->signature == bare
                              : verifiesDer(pkey->get(), false, digests[0], ecdsaRawToDer(coffer->signature))
                        && verifiesDer(pkey->get(), false, digests[0], bare);
        if (!same)
            return Error(ErrorCode::Internal,
                         QStringLiteral("%1: Coffer's and the bare signature do not agree").arg(a.label));
    }

    auto cofferSigns = [&] { return timeCofferSigns(keys, a.name, a.alg, digests, signs); };
    std::vector<unsigned char> buffer(capacity);
    auto bareSigns = [&](bool audited) -> Result<qint64> {
        qint64 bytes = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < signs; ++i) {
            if (audited)
                COFFER_TRY(audit.begin());
            std::size_t length = capacity;
            if (!bareSign(pkey->get(), rsa, digests[std::size_t(i % kDigestCount)], buffer.data(), length)) {
                audit.rollback();
                return Error(ErrorCode::Crypto, QStringLiteral("bare EVP_PKEY_sign failed"));
            }
            if (audited)
                COFFER_TRY(audit.insertAndCommit());
            bytes += qint64(length);
        }
        const qint64 ns = timer.nsecsElapsed();
        if (bytes <= 0)
            return Error(ErrorCode::Internal, QStringLiteral("bare EVP_PKEY_sign returned no signatures"));
        return ns;
    };
    const QString alg = a.label.section(u',', 0, 0);
    QList<Measurement> measurements {
            {QStringLiteral("KeyStore::sign %1 software").arg(a.label), cofferSigns, {}},
            {QStringLiteral("bare EVP_PKEY_sign %1 (same key)").arg(alg), [&] { return bareSigns(false); }, {}},
            {QStringLiteral("bare %1 + BEGIN+INSERT+COMMIT").arg(alg), [&] { return bareSigns(true); }, {}},
    };
    progress(QStringLiteral("keys-sign: %1, %2 signatures per sample").arg(a.label).arg(signs));
    COFFER_TRY(measure(measurements, kWarmupRounds, context.options.repeat));
    addSignRows(context, QStringLiteral("keys-sign"), measurements, signs, a.goal);
    return {};
}

} // namespace

Result<void> runKeysSignGroup(BenchContext &context)
{
    std::unique_ptr<Vault> vault;
    auto made = BenchVault::make(context.parent, QStringLiteral("keys-sign"), 0, context.clock, &vault);
    if (!made)
        return made.error();
    auto key = made->masterKey();
    if (!key)
        return key.error();
    auto bare = BareSqlcipher::open(made->databaseFile, *key);
    if (!bare)
        return bare.error();
    auto audit = BareAuditWriter::open((*bare)->handle());
    if (!audit)
        return audit.error();
    const QList<Algorithm> algorithms {
            {QStringLiteral("bench-rsa"), KeySpec::rsa(2048), SignAlg::RS256, QStringLiteral("RS256, RSA-2048"),
             kRsaSignGoal},
            {QStringLiteral("bench-ec"), KeySpec::ec(Curve::P256), SignAlg::ES256, QStringLiteral("ES256, P-256"),
             kEcSignGoal},
    };
    for (const Algorithm &algorithm : algorithms)
        COFFER_TRY(measureAlgorithm(context, vault->keys(), **audit, algorithm));
    return {};
}

} // namespace coffer::bench
