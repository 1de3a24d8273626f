// What the security review of the certificate code found, each kept from coming back: files that declare a huge
// key-derivation cost (PFX MAC, PFX encryption, encrypted PEM keys) refused before any derivation; bytes after a
// PFX; a file of many certificates refused before pairwise signature checks; a key created non-exportable staying
// so through a policy change and a renewal with reuse_key; a deleted certificate taking its pending request along.

#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/CertificateFile.h"
#include "core/crypto/Pkcs12Writer.h"
#include "core/crypto/SoftwareKey.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "tests/support/CertFixtures.h"
#include "tests/support/TestUtil.h"

#include <QFile>
#include <QTemporaryDir>

using namespace coffer;
using test::CertFixtures;

namespace {

crypto::X509Certificate selfSigned(const crypto::SoftwareKey &key, const QString &cn, const QDateTime &now)
{
    crypto::BuildRequest request;
    request.subject = QStringLiteral("CN=") + cn;
    request.publicKeyDer = *key.publicDer();
    request.spec = key.spec();
    request.notBefore = now;
    request.notAfter = now.addDays(30);
    auto cert = crypto::buildSelfSigned(
            request, [&key](crypto::SignAlg alg, QByteArrayView digest) { return key.sign(alg, digest); });
    if (!cert)
        qFatal("%s", qPrintable(cert.error().toString()));
    return std::move(*cert);
}

} // namespace

class TestCertificateHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {test::fixedStart()};
    int m_counter = 0;

    std::unique_ptr<Vault> makeVault()
    {
        VaultCreateOptions o;
        o.parentFolder = m_dir.path();
        o.name = QStringLiteral("H%1").arg(++m_counter, 3, 10, QLatin1Char('0'));
        o.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(o, SecureString::fromUtf8("pw"), m_clock);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        return std::move(created->vault);
    }

    static CertificatePolicy policy(IssuerKind issuer = IssuerKind::Self)
    {
        CertificatePolicy p;
        p.kty = KeyType::Ec;
        p.curve = Curve::P256;
        p.subject = QStringLiteral("CN=hard.example.test");
        p.validityMonths = 12;
        p.issuer = issuer;
        return p;
    }

private Q_SLOTS:
    void initTestCase() { (void)CertFixtures::instance(); }
    void init() { test::failOnAnyWarning(); }

    void hugeIterationCountsAreRefusedBeforeDeriving()
    {
        auto key = crypto::SoftwareKey::generate(crypto::KeySpec::ec(Curve::P256));
        COFFER_VERIFY_OK(key);
        const crypto::X509Certificate cert = selfSigned(*key, QStringLiteral("slow"), m_clock.now());
        // 2,000,000 iterations: twice the bound (writing it costs a second; reading it would too, per try).
        auto pfx = crypto::writePfx({cert}, &*key, SecureString::fromUtf8("pw"), crypto::PfxProfile::Modern, {},
                                    2'000'000);
        COFFER_VERIFY_OK(pfx);
        const SecureString given = SecureString::fromUtf8("pw");
        for (const SecureString *password : {static_cast<const SecureString *>(nullptr), &given}) {
            auto parsed = crypto::parseCertificateFile(*pfx, password, m_clock.now());
            COFFER_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
            QVERIFY2(parsed.error().context().contains(u"2000000 key-derivation iterations"),
                     qPrintable(parsed.error().context()));
        }
        // The message names the count read from the MAC: the refusal comes before any derivation.

        // An encrypted PEM key asking for as much.
        const QString dir = m_dir.path();
        QFile keyFile(dir + QStringLiteral("/plain.key"));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(CertFixtures::instance().bytes(u"leaf.key"));
        keyFile.close();
        int rc = -1;
        const QByteArray encrypted = CertFixtures::openssl(
                {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"), keyFile.fileName(),
                 QStringLiteral("-passout"), QStringLiteral("pass:pw"), QStringLiteral("-v2"),
                 QStringLiteral("aes-256-cbc"), QStringLiteral("-iter"), QStringLiteral("2000000")},
                {}, &rc);
        QCOMPARE(rc, 0);
        const QByteArray bundle = encrypted + CertFixtures::instance().bytes(u"leaf.pem");
        const SecureString pw = SecureString::fromUtf8("pw");
        auto parsed = crypto::parseCertificateFile(bundle, &pw, m_clock.now());
        COFFER_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.error().context().contains(u"key-derivation iterations"), qPrintable(parsed.error().context()));
    }

    void bytesAfterAPfxAreDamage()
    {
        const QByteArray pfx = CertFixtures::instance().bytes(u"aes.pfx") + QByteArray(500, 'x');
        const SecureString pw = SecureString::fromUtf8("secret");
        auto parsed = crypto::parseCertificateFile(pfx, &pw, m_clock.now());
        COFFER_VERIFY_ERROR(parsed, ErrorCode::Corrupted);
        QVERIFY2(parsed.error().context().contains(u"bytes after"), qPrintable(parsed.error().context()));
    }

    void manyCertificatesAreRefusedBeforeOrdering()
    {
        QByteArray pem;
        auto key = crypto::SoftwareKey::generate(crypto::KeySpec::ec(Curve::P256));
        COFFER_VERIFY_OK(key);
        for (int i = 0; i < 65; ++i) // distinct certificates, all with one name (pairwise issuer candidates)
            pem += selfSigned(*key, QStringLiteral("X"), m_clock.now().addSecs(i)).pem();
        auto parsed = crypto::parseCertificateFile(pem, nullptr, m_clock.now());
        COFFER_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.error().context().contains(u"holds 65 certificates; a chain has at most 64"),
                 qPrintable(parsed.error().context()));
    }

    void aKeyMadeNonExportableStaysSoWhenReused()
    {
        auto vault = makeVault();
        CertificateStore &certs = vault->certificates();
        CertificatePolicy p = policy();
        p.exportable = false;
        p.reuseKey = true;
        COFFER_VERIFY_OK(certs.create(QStringLiteral("kept"), p));
        p.exportable = true; // the policy now says exportable: new keys may be, the reused one may not
        COFFER_VERIFY_OK(certs.updatePolicy(QStringLiteral("kept"), p));
        auto renewed = certs.renew(QStringLiteral("kept"));
        COFFER_VERIFY_OK(renewed);
        const CertificateInfo &info = std::get<CertificateInfo>(*renewed);
        QVERIFY(!info.exportable);
        auto key = vault->keys().show(QStringLiteral("kept"));
        COFFER_VERIFY_OK(key);
        QVERIFY(!key->exportable);
        CertificateExportRequest request;
        request.requirePrivateKey = true;
        COFFER_VERIFY_ERROR(certs.exportWithKey(QStringLiteral("kept"), request), ErrorCode::Forbidden);

        // Without reuse_key the next renewal makes a new key, and that one follows the policy.
        p.reuseKey = false;
        COFFER_VERIFY_OK(certs.updatePolicy(QStringLiteral("kept"), p));
        auto fresh = certs.renew(QStringLiteral("kept"));
        COFFER_VERIFY_OK(fresh);
        QVERIFY(std::get<CertificateInfo>(*fresh).exportable);
        COFFER_VERIFY_OK(certs.exportWithKey(QStringLiteral("kept"), request));
    }

    void deletingTakesThePendingRequestAlong()
    {
        auto vault = makeVault();
        CertificateStore &certs = vault->certificates();
        COFFER_VERIFY_OK(certs.create(QStringLiteral("renewing"), policy()));
        COFFER_VERIFY_OK(certs.updatePolicy(QStringLiteral("renewing"), policy(IssuerKind::Unknown)));
        auto renewal = certs.renew(QStringLiteral("renewing"));
        COFFER_VERIFY_OK(renewal);
        QVERIFY(std::holds_alternative<CertificateOperationInfo>(*renewal));
        COFFER_VERIFY_OK(certs.pending(QStringLiteral("renewing")));
        COFFER_VERIFY_OK(certs.remove(QStringLiteral("renewing")));
        COFFER_VERIFY_ERROR(certs.pending(QStringLiteral("renewing")), ErrorCode::NotFound);
        auto pending = certs.listPending();
        COFFER_VERIFY_OK(pending);
        QVERIFY(pending->isEmpty());
        // Recover brings back the certificate, not the request (its key is gone).
        COFFER_VERIFY_OK(certs.recover(QStringLiteral("renewing")));
        COFFER_VERIFY_ERROR(certs.pending(QStringLiteral("renewing")), ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCertificateHardening)
#include "TestCertificateHardening.moc"
