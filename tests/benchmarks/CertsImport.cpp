// certificates / import: CertificateStore::importCertificate of a password-protected PFX (leaf RSA-2048 +
// intermediate + root) against the bare work it cannot avoid: PKCS12_parse with the same password (dominated by
// PBKDF2), and that parse + one audited write on bare SQLCipher.
#include "core/crypto/CertificateFile.h"
#include "core/crypto/Pkcs12Writer.h"
#include "core/vault/CertificateStore.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/CertsBench.h"
#include "tests/benchmarks/KeysBench.h"
#include "tests/benchmarks/Measure.h"

#include <QElapsedTimer>

#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <vector>

namespace coffer::bench {

namespace {
constexpr int kWarmupRounds = 2;

// The bare parse: d2i_PKCS12 + PKCS12_parse (MAC check, PBES2 decryption of the key and the certificates), the
// key, leaf and the two CA certificates checked present, everything freed.
bool bareParse(const QByteArray &pfx, const char *password, QByteArray *leafSha1 = nullptr)
{
    const auto *p = reinterpret_cast<const unsigned char *>(pfx.constData());
    PKCS12 *p12 = d2i_PKCS12(nullptr, &p, long(pfx.size()));
    EVP_PKEY *pkey = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    const bool ok
            = p12 && PKCS12_parse(p12, password, &pkey, &cert, &ca) == 1 && pkey && cert && ca && sk_X509_num(ca) == 2;
    if (ok && leafSha1) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (X509_digest(cert, EVP_sha1(), digest, &length) == 1)
            *leafSha1 = QByteArray(reinterpret_cast<const char *>(digest), int(length));
    }
    sk_X509_pop_free(ca, X509_free);
    X509_free(cert);
    EVP_PKEY_free(pkey);
    PKCS12_free(p12);
    return ok;
}

// One RS256 signature (PKCS#1 v1.5, SHA-256) of `digest` into `out`.
bool bareSign(EVP_PKEY *pkey, const QByteArray &digest, unsigned char *out, std::size_t &length)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr);
    const bool ok = ctx && EVP_PKEY_sign_init(ctx) == 1 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1
            && EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256()) == 1
            && EVP_PKEY_sign(ctx, out, &length, reinterpret_cast<const unsigned char *>(digest.constData()),
                             std::size_t(digest.size()))
                    == 1;
    EVP_PKEY_CTX_free(ctx);
    return ok;
}

CertificateImportRequest importRequest(const PfxInput &input)
{
    CertificateImportRequest request;
    request.data = SecureBytes(QByteArrayView(input.pfx));
    request.password = SecureString::fromUtf8(input.password);
    return request;
}

} // namespace

Result<void> runCertificateImport(BenchContext &context, CertificateStore &store, sqlite3 *bareDb)
{
    auto input = makeChainPfx(context.clock.now());
    if (!input)
        return input.error();
    auto audit = BareAuditWriter::open(bareDb);
    if (!audit)
        return audit.error();
    const int ops = context.options.certOps;
    const QByteArray password = input->password; // NUL-terminated for PKCS12_parse

    // Same file, same password, same result: the bare parse reads the leaf Coffer stores, with its key and chain.
    {
        QByteArray bareSha1;
        if (!bareParse(input->pfx, password.constData(), &bareSha1))
            return Error(ErrorCode::Crypto, QStringLiteral("bare PKCS12_parse cannot read the bench PFX"));
        auto imported
                = store.importCertificate(context.freshName(QStringLiteral("bench-import")), importRequest(*input));
        if (!imported)
            return imported.error();
        const CertificateInfo &info = imported->certificate;
        if (info.details.sha1 != bareSha1 || bareSha1 != input->leafSha1 || info.chainDer.size() != 3
            || !info.hasPrivateKey)
            return Error(ErrorCode::Internal,
                         QStringLiteral("import: Coffer stored another certificate than the bare parse read (chain "
                                        "%1, key %2)")
                                 .arg(info.chainDer.size())
                                 .arg(int(info.hasPrivateKey)));
    }

    auto cofferImports = [&]() -> Result<qint64> {
        std::vector<std::pair<QString, CertificateImportRequest>> requests; // made untimed
        for (int i = 0; i < ops; ++i)
            requests.emplace_back(context.freshName(QStringLiteral("bench-import")), importRequest(*input));
        QElapsedTimer timer;
        timer.start();
        for (const auto &[name, request] : requests) {
            auto imported = store.importCertificate(name, request);
            if (!imported)
                return imported.error();
        }
        return timer.nsecsElapsed();
    };
    auto bareImports = [&](bool audited) -> Result<qint64> {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < ops; ++i) {
            if (audited)
                COFFER_TRY((*audit)->begin());
            if (!bareParse(input->pfx, password.constData())) {
                (*audit)->rollback();
                return Error(ErrorCode::Crypto, QStringLiteral("bare PKCS12_parse failed"));
            }
            if (audited)
                COFFER_TRY((*audit)->insertAndCommit());
        }
        return timer.nsecsElapsed();
    };
    // Evidence, no goal: core's parse alone (what import runs before its write), and the managed secret's value
    // as addVersion makes it for a non-exportable import (the chain in a blank-password PFX, no key).
    const SecureString given = SecureString::fromUtf8(password);
    auto coreParses = [&]() -> Result<qint64> {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < ops; ++i) {
            auto parsed = crypto::parseCertificateFile(input->pfx, &given, context.clock.now());
            if (!parsed)
                return parsed.error();
            if (parsed->chain.size() != 3 || !parsed->key)
                return Error(ErrorCode::Internal, QStringLiteral("core's parse lost part of the bench PFX"));
        }
        return timer.nsecsElapsed();
    };
    auto parsedOnce = crypto::parseCertificateFile(input->pfx, &given, context.clock.now());
    if (!parsedOnce)
        return parsedOnce.error();
    auto secretPfx = [&]() -> Result<qint64> {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < ops; ++i) {
            auto pfx = crypto::writePfx(parsedOnce->chain, nullptr, SecureString(), crypto::PfxProfile::Modern,
                                        QStringLiteral("bench-import"));
            if (!pfx)
                return pfx.error();
        }
        return timer.nsecsElapsed();
    };

    // The leaf key's check core's PKCS#12 reader makes (evp::isConsistent: EVP_PKEY_check, which for RSA tests p
    // and q for primality; in OpenSSL 3.0 EVP_PKEY_pairwise_check does too), against a cheaper proof that the
    // parts belong together: one RS256 signature with the key, verified with it.
    Pkey leafKey;
    {
        const auto *p = reinterpret_cast<const unsigned char *>(input->pfx.constData());
        PKCS12 *p12 = d2i_PKCS12(nullptr, &p, long(input->pfx.size()));
        EVP_PKEY *pkey = nullptr;
        X509 *cert = nullptr;
        if (p12 && PKCS12_parse(p12, password.constData(), &pkey, &cert, nullptr) == 1)
            leafKey.reset(pkey);
        X509_free(cert);
        PKCS12_free(p12);
        if (!leafKey)
            return Error(ErrorCode::Crypto, QStringLiteral("bare PKCS12_parse gave no key"));
    }
    const QByteArray digest(32, '\x5a');
    auto keyChecks = [&](bool full) -> Result<qint64> {
        unsigned char signature[512];
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < ops; ++i) {
            bool ok = false;
            if (full) {
                EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, leafKey.get(), nullptr);
                ok = ctx && EVP_PKEY_check(ctx) == 1;
                EVP_PKEY_CTX_free(ctx);
            } else {
                std::size_t length = sizeof signature;
                ok = bareSign(leafKey.get(), digest, signature, length)
                        && verifiesDer(leafKey.get(), true, digest,
                                       QByteArray(reinterpret_cast<const char *>(signature), qsizetype(length)));
            }
            if (!ok)
                return Error(ErrorCode::Crypto, QStringLiteral("the leaf key does not check"));
        }
        return timer.nsecsElapsed();
    };

    QList<Measurement> measurements {
            {QStringLiteral("CertificateStore::importCertificate (PFX)"), cofferImports, {}},
            {QStringLiteral("bare PKCS12_parse + BEGIN+INSERT+COMMIT"), [&] { return bareImports(true); }, {}},
            {QStringLiteral("bare d2i_PKCS12 + PKCS12_parse (same file)"), [&] { return bareImports(false); }, {}},
            {QStringLiteral("core parseCertificateFile (no vault)"), coreParses, {}},
            {QStringLiteral("core writePfx, blank password, 3 certs"), secretPfx, {}},
            {QStringLiteral("bare EVP_PKEY_check, RSA-2048 leaf key"), [&] { return keyChecks(true); }, {}},
            {QStringLiteral("bare RS256 sign + verify, same key"), [&] { return keyChecks(false); }, {}},
    };
    progress(QStringLiteral("certificates: import, %1 PFX imports per sample").arg(ops));
    COFFER_TRY(measureWithEvidence(context, measurements, 3, kWarmupRounds, context.options.repeat));

    ResultRow coffer = certRow(1, measurements[0], ops);
    const ResultRow audited = certRow(1, measurements[1], ops);
    const ResultRow bare = certRow(1, measurements[2], ops);
    rateAgainst(coffer, audited);
    coffer.goal = Goal {GoalKind::RateRatioAtLeast, kCertImportGoal};
    ResultRow versusParse = certRow(1, measurements[0], ops);
    versusParse.measurement = QStringLiteral("importCertificate vs the bare parse alone");
    rateAgainst(versusParse, bare);
    context.table.add(coffer);
    context.table.add(audited);
    context.table.add(bare);
    for (qsizetype i = 3; i < measurements.size(); ++i)
        context.table.add(certRow(1, measurements[i], ops));
    context.table.add(versusParse);
    return {};
}

} // namespace coffer::bench
