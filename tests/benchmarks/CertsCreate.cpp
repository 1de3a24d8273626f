// certificates / create: CertificateStore::create with issuer Self (a new RSA-2048 key and a self-signed
// certificate) against bare EVP RSA-2048 key generation + X509_sign of the same kind of certificate.
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/Pkcs12Writer.h"
#include "core/crypto/SoftwareKey.h"
#include "core/vault/CertificateStore.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/CertsBench.h"
#include "tests/benchmarks/Measure.h"

#include <QElapsedTimer>

#include <openssl/x509.h>

namespace coffer::bench {

namespace {
constexpr int kWarmupRounds = 1; // key generation has nothing to warm; one round loads the code paths
const QByteArray kCommonName = QByteArrayLiteral("create.bench.example.test");

CertificatePolicy createPolicy()
{
    CertificatePolicy policy = CertificatePolicy::defaultPolicy();
    policy.subject = QStringLiteral("CN=%1, O=Coffer Bench").arg(QString::fromLatin1(kCommonName));
    policy.dnsNames = {QString::fromLatin1(kCommonName)};
    policy.keyUsage = KeyUsageBit::DigitalSignature | KeyUsageBit::KeyEncipherment;
    policy.ekus = {QStringLiteral("1.3.6.1.5.5.7.3.1"), QStringLiteral("1.3.6.1.5.5.7.3.2")};
    policy.reuseKey = false;
    return policy; // RSA 2048, exportable, PKCS#12 secret, 12 months, issuer Self (the defaults)
}

crypto::BuildRequest buildRequest(const crypto::SoftwareKey &key, const QByteArray &spki, const QDateTime &now)
{
    crypto::BuildRequest request;
    request.subject = QStringLiteral("CN=%1, O=Coffer Bench").arg(QString::fromLatin1(kCommonName));
    request.sans = {{crypto::SanType::Dns, QString::fromLatin1(kCommonName)}};
    request.keyUsage = KeyUsageBit::DigitalSignature | KeyUsageBit::KeyEncipherment;
    request.ekus = {QStringLiteral("1.3.6.1.5.5.7.3.1"), QStringLiteral("1.3.6.1.5.5.7.3.2")};
    request.publicKeyDer = spki;
    request.spec = key.spec();
    request.notBefore = now;
    request.notAfter = now.addMonths(12);
    return request;
}

} // namespace

Result<void> runCertificateCreate(BenchContext &context, CertificateStore &store)
{
    const int ops = context.options.certOps;
    const CertificatePolicy policy = createPolicy();
    const QDateTime now = context.clock.now();

    // Both sides make the same kind of certificate: self-signed, RSA-2048, sha256WithRSAEncryption.
    {
        auto created = store.create(context.freshName(QStringLiteral("bench-create")), policy);
        if (!created)
            return created.error();
        const auto *info = std::get_if<CertificateInfo>(&*created);
        if (!info || !info->details.selfSigned || info->details.keyBits != 2048 || !info->hasPrivateKey)
            return Error(ErrorCode::Internal, QStringLiteral("create: Coffer did not make a self-signed RSA-2048"));
        Pkey key = rsaKey(2048);
        Cert cert = key ? makeCertificate({kCommonName, key.get(), nullptr, nullptr, false, now, now.addMonths(12)})
                        : nullptr;
        if (!cert || X509_self_signed(cert.get(), 1) != 1 || EVP_PKEY_get_bits(X509_get0_pubkey(cert.get())) != 2048)
            return Error(ErrorCode::Crypto, QStringLiteral("create: the bare self-signed certificate is not one"));
    }

    auto cofferCreates = [&]() -> Result<qint64> {
        QStringList names; // made untimed
        for (int i = 0; i < ops; ++i)
            names.append(context.freshName(QStringLiteral("bench-create")));
        QElapsedTimer timer;
        timer.start();
        for (const QString &name : std::as_const(names)) {
            auto created = store.create(name, policy);
            if (!created)
                return created.error();
        }
        return timer.nsecsElapsed();
    };
    auto bareCreates = [&]() -> Result<qint64> {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < ops; ++i) {
            Pkey key = rsaKey(2048);
            Cert cert = key ? makeCertificate({kCommonName, key.get(), nullptr, nullptr, false, now, now.addMonths(12)})
                            : nullptr;
            if (!cert)
                return Error(ErrorCode::Crypto, QStringLiteral("bare keygen + X509_sign failed"));
        }
        return timer.nsecsElapsed();
    };
    // Evidence, no goal: Coffer's create without the key generation (renew of a certificate whose policy keeps its
    // key: the same build, sign, secret PFX and write, recorded as CertificateRenew), and the bare side's part
    // without it (the same certificate signed with an existing key).
    CertificatePolicy reusing = policy;
    reusing.reuseKey = true;
    const QString renewName = context.freshName(QStringLiteral("bench-renew"));
    if (auto created = store.create(renewName, reusing); !created)
        return created.error();
    auto cofferRenews = [&]() -> Result<qint64> {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < ops; ++i) {
            auto renewed = store.renew(renewName);
            if (!renewed)
                return renewed.error();
        }
        return timer.nsecsElapsed();
    };
    Pkey existing = rsaKey(2048);
    if (!existing)
        return Error(ErrorCode::Crypto, QStringLiteral("bench: RSA-2048 key generation failed"));
    auto bareSigns = [&]() -> Result<qint64> {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < ops; ++i) {
            if (!makeCertificate({kCommonName, existing.get(), nullptr, nullptr, false, now, now.addMonths(12)}))
                return Error(ErrorCode::Crypto, QStringLiteral("bare X509_sign failed"));
        }
        return timer.nsecsElapsed();
    };
    // The managed secret of an exportable create, as addVersion makes it: key + certificate, blank password.
    auto sampleKey = crypto::SoftwareKey::generate(KeySpec::rsa(2048));
    if (!sampleKey)
        return sampleKey.error();
    auto sampleCert
            = crypto::buildSelfSigned(buildRequest(*sampleKey, sampleKey->publicDer().value_or(QByteArray()), now),
                                      [&](SignAlg alg, QByteArrayView digest) { return sampleKey->sign(alg, digest); });
    if (!sampleCert)
        return sampleCert.error();
    const QList<crypto::X509Certificate> sampleChain {*sampleCert};
    auto secretPfx = [&]() -> Result<qint64> {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < ops; ++i) {
            auto pfx = crypto::writePfx(sampleChain, &*sampleKey, SecureString(), crypto::PfxProfile::Modern,
                                        QStringLiteral("bench-create"));
            if (!pfx)
                return pfx.error();
        }
        return timer.nsecsElapsed();
    };

    QList<Measurement> measurements {
            {QStringLiteral("CertificateStore::create Self, RSA-2048"), cofferCreates, {}},
            {QStringLiteral("bare RSA-2048 keygen + X509_sign"), bareCreates, {}},
            {QStringLiteral("CertificateStore::renew, reuse_key (no keygen)"), cofferRenews, {}},
            {QStringLiteral("bare X509_sign only (existing key)"), bareSigns, {}},
            {QStringLiteral("core writePfx, blank password, key + cert"), secretPfx, {}},
    };
    progress(QStringLiteral("certificates: create, %1 self-signed RSA-2048 per sample").arg(ops));
    COFFER_TRY(
            measureWithEvidence(context, measurements, 2, kWarmupRounds, kCreateRepeatFactor * context.options.repeat));

    ResultRow coffer = certRow(1, measurements[0], ops);
    const ResultRow bare = certRow(1, measurements[1], ops);
    rateAgainst(coffer, bare);
    coffer.goal = Goal {GoalKind::RateRatioAtLeast, kCertCreateGoal};
    context.table.add(coffer);
    context.table.add(bare);
    for (qsizetype i = 2; i < measurements.size(); ++i)
        context.table.add(certRow(1, measurements[i], ops));
    return {};
}

} // namespace coffer::bench
