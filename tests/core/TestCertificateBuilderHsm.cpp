#include "core/crypto/CertificateBuilder.h"
#include "core/hsm/HsmToken.h"
#include "tests/support/SoftHsm.h"
#include "tests/support/TestUtil.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

Q_DECLARE_METATYPE(coffer::crypto::KeySpec)

using namespace coffer;
using namespace coffer::crypto;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run openssl(const QString &dir, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("openssl"), args);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

// CSRs and self-signed certificates whose signature is made on a SoftHSM2 token (the key never leaves it).
class TestCertificateBuilderHsm : public QObject
{
    Q_OBJECT

    std::optional<coffer::test::TestToken> m_testToken;
    std::unique_ptr<hsm::HsmToken> m_token;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_testToken = coffer::test::testToken();
        if (!m_testToken)
            QSKIP(qPrintable(coffer::test::softHsmSkipReason()));
        QVERIFY(m_dir.isValid());
        auto token = hsm::HsmToken::open(m_testToken->ref(), m_testToken->pin);
        COFFER_VERIFY_OK(token);
        m_token = std::move(*token);
    }

    void init() { coffer::test::failOnAnyWarning(); }

    void signOnToken_data()
    {
        QTest::addColumn<KeySpec>("spec");
        QTest::newRow("RSA 2048") << KeySpec::rsa(2048);
        QTest::newRow("EC P-256") << KeySpec::ec(Curve::P256);
        QTest::newRow("EC P-384") << KeySpec::ec(Curve::P384);
    }

    void signOnToken()
    {
        QFETCH(KeySpec, spec);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
        Result<hsm::HsmKeyRef> ref
                = m_token->generate(spec, KeyOp::Sign | KeyOp::Verify, QStringLiteral("cert-") + tag);
        COFFER_VERIFY_OK(ref);
        Result<QByteArray> spki = m_token->publicDer(*ref);
        COFFER_VERIFY_OK(spki);

        int tokenSignatures = 0;
        const DigestSigner signer = [&](SignAlg alg, QByteArrayView digest) {
            ++tokenSignatures;
            return m_token->sign(*ref, alg, digest);
        };
        BuildRequest request;
        request.subject = QStringLiteral("CN=hsm.example.test, O=Coffer Test");
        request.sans = {{SanType::Dns, QStringLiteral("hsm.example.test")}, {SanType::Ip, QStringLiteral("192.0.2.9")}};
        request.keyUsage = KeyUsageBit::DigitalSignature | KeyUsageBit::KeyEncipherment;
        request.ekus = {QStringLiteral("1.3.6.1.5.5.7.3.1")};
        request.publicKeyDer = *spki;
        request.spec = spec;
        request.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        request.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);

        Result<QByteArray> csr = buildCsrDer(request, signer);
        COFFER_VERIFY_OK(csr);
        const QString csrFile = tag + QStringLiteral(".csr");
        QVERIFY(writeFile(m_dir.filePath(csrFile), csrPem(*csr)));
        const Run req = openssl(m_dir.path(),
                                {QStringLiteral("req"), QStringLiteral("-in"), csrFile, QStringLiteral("-verify"),
                                 QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(req.exitCode == 0, qPrintable(req.err));
        QVERIFY(QString(req.out + req.err).contains(QStringLiteral("verify OK")));
        QVERIFY(req.out.contains(QStringLiteral("DNS:hsm.example.test, IP Address:192.0.2.9")));

        Result<X509Certificate> cert = buildSelfSigned(request, signer);
        COFFER_VERIFY_OK(cert);
        QCOMPARE(tokenSignatures, 2);
        QCOMPARE(cert->publicKeyDer(), *spki);
        const QString certFile = tag + QStringLiteral(".pem");
        QVERIFY(writeFile(m_dir.filePath(certFile), cert->pem()));
        const Run verify
                = openssl(m_dir.path(), {QStringLiteral("verify"), QStringLiteral("-CAfile"), certFile, certFile});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        QCOMPARE(verify.out.trimmed(), certFile + QStringLiteral(": OK"));
        QCOMPARE(cert->details().subject, QStringLiteral("CN=hsm.example.test,O=Coffer Test"));

        // The key stayed on the token: sensitive, never extractable, generated there.
        Result<hsm::HsmKeyAttributes> attributes = m_token->attributes(*ref);
        COFFER_VERIFY_OK(attributes);
        QVERIFY(attributes->sensitive);
        QVERIFY(!attributes->extractable);
        QVERIFY(attributes->neverExtractable);
        QVERIFY(attributes->local);
        COFFER_VERIFY_OK(m_token->destroy(*ref));
    }

    void anotherTokenKeyIsRefused()
    {
        // The request names one token key, the signer uses another: the builder's verification refuses it.
        Result<hsm::HsmKeyRef> mine
                = m_token->generate(KeySpec::ec(Curve::P256), KeyOp::Sign | KeyOp::Verify, QStringLiteral("cert-mine"));
        Result<hsm::HsmKeyRef> other = m_token->generate(KeySpec::ec(Curve::P256), KeyOp::Sign | KeyOp::Verify,
                                                         QStringLiteral("cert-other"));
        COFFER_VERIFY_OK(mine);
        COFFER_VERIFY_OK(other);
        Result<QByteArray> spki = m_token->publicDer(*mine);
        COFFER_VERIFY_OK(spki);
        BuildRequest request;
        request.subject = QStringLiteral("CN=mismatch");
        request.publicKeyDer = *spki;
        request.spec = KeySpec::ec(Curve::P256);
        request.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        request.notAfter = request.notBefore.addYears(1);
        const DigestSigner wrong
                = [&](SignAlg alg, QByteArrayView digest) { return m_token->sign(*other, alg, digest); };
        const Result<X509Certificate> cert = buildSelfSigned(request, wrong);
        COFFER_VERIFY_ERROR(cert, ErrorCode::Crypto);
        QVERIFY(cert.error().context().contains(QStringLiteral("does not verify with its public key")));
        COFFER_VERIFY_ERROR(buildCsrDer(request, wrong), ErrorCode::Crypto);
        COFFER_VERIFY_OK(m_token->destroy(*mine));
        COFFER_VERIFY_OK(m_token->destroy(*other));
    }
};

QTEST_GUILESS_MAIN(TestCertificateBuilderHsm)
#include "TestCertificateBuilderHsm.moc"
