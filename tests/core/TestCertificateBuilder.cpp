#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/SoftwareKey.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

Q_DECLARE_METATYPE(coffer::crypto::KeySpec)
Q_DECLARE_METATYPE(coffer::crypto::SubjectAltName)

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

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

DigestSigner softwareSigner(const SoftwareKey &key)
{
    return [&key](SignAlg alg, QByteArrayView digest) { return key.sign(alg, digest); };
}

QList<SubjectAltName> testSans()
{
    return {{SanType::Dns, QStringLiteral("www.example.test")},
            {SanType::Dns, QStringLiteral("example.test")},
            {SanType::Email, QStringLiteral("admin@example.test")},
            {SanType::Ip, QStringLiteral("192.0.2.7")},
            {SanType::Ip, QStringLiteral("2001:db8::1")},
            {SanType::Upn, QStringLiteral("user@example.test")}};
}

BuildRequest testRequest(const SoftwareKey &key)
{
    BuildRequest request;
    request.subject = QStringLiteral("CN=www.example.test, O=Coffer Test");
    request.sans = testSans();
    request.keyUsage = KeyUsageBit::DigitalSignature | KeyUsageBit::KeyEncipherment;
    request.ekus = {QStringLiteral("1.3.6.1.5.5.7.3.1"), QStringLiteral("1.3.6.1.5.5.7.3.2")};
    request.publicKeyDer = key.publicDer().value_or(QByteArray());
    request.spec = key.spec();
    request.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    request.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    return request;
}

// What `openssl -text` prints for the key and signature of each spec.
struct SpecText
{
    QString keyLine;
    QString signature;
};

SpecText specText(const KeySpec &spec)
{
    if (spec.type == KeyType::Rsa)
        return {QStringLiteral("Public-Key: (%1 bit)").arg(spec.bits), QStringLiteral("sha256WithRSAEncryption")};
    switch (*spec.curve) {
    case Curve::P256: return {QStringLiteral("ASN1 OID: prime256v1"), QStringLiteral("ecdsa-with-SHA256")};
    case Curve::P256K: return {QStringLiteral("ASN1 OID: secp256k1"), QStringLiteral("ecdsa-with-SHA256")};
    case Curve::P384: return {QStringLiteral("ASN1 OID: secp384r1"), QStringLiteral("ecdsa-with-SHA384")};
    case Curve::P521: return {QStringLiteral("ASN1 OID: secp521r1"), QStringLiteral("ecdsa-with-SHA512")};
    }
    return {};
}

void verifyExtensionsText(const QString &text)
{
    for (const char *fragment :
         {"DNS:www.example.test", "DNS:example.test", "email:admin@example.test", "IP Address:192.0.2.7",
          "IP Address:2001:DB8:0:0:0:0:0:1", "othername: UPN::user@example.test", "X509v3 Key Usage: critical",
          "Digital Signature, Key Encipherment", "TLS Web Server Authentication, TLS Web Client Authentication",
          "CA:FALSE"}) {
        QVERIFY2(text.contains(QString::fromUtf8(fragment)),
                 qPrintable(QStringLiteral("missing '%1' in:\n%2").arg(QString::fromUtf8(fragment), text)));
    }
}

} // namespace

class TestCertificateBuilder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_caKey, m_caCert;

    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A test CA made by the openssl command line, to sign our CSRs.
        const Run ca = openssl(m_dir.path(),
                               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                                QStringLiteral("-subj"), QStringLiteral("/CN=Test Root CA"), QStringLiteral("-days"),
                                QStringLiteral("30"), QStringLiteral("-addext"),
                                QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        QVERIFY2(ca.exitCode == 0, qPrintable(ca.err));
    }

    void init() { coffer::test::failOnAnyWarning(); }

    void signatureAlgorithms()
    {
        QCOMPARE(signatureAlgorithmFor(KeySpec::rsa(2048)), SignAlg::RS256);
        QCOMPARE(signatureAlgorithmFor(KeySpec::rsa(4096)), SignAlg::RS256);
        QCOMPARE(signatureAlgorithmFor(KeySpec::ec(Curve::P256)), SignAlg::ES256);
        QCOMPARE(signatureAlgorithmFor(KeySpec::ec(Curve::P256K)), SignAlg::ES256K);
        QCOMPARE(signatureAlgorithmFor(KeySpec::ec(Curve::P384)), SignAlg::ES384);
        QCOMPARE(signatureAlgorithmFor(KeySpec::ec(Curve::P521)), SignAlg::ES512);
    }

    void csrAndSelfSigned_data()
    {
        QTest::addColumn<KeySpec>("spec");
        QTest::newRow("RSA 2048") << KeySpec::rsa(2048);
        QTest::newRow("RSA 3072") << KeySpec::rsa(3072);
        QTest::newRow("EC P-256") << KeySpec::ec(Curve::P256);
        QTest::newRow("EC P-256K") << KeySpec::ec(Curve::P256K);
        QTest::newRow("EC P-384") << KeySpec::ec(Curve::P384);
        QTest::newRow("EC P-521") << KeySpec::ec(Curve::P521);
    }

    void csrAndSelfSigned()
    {
        QFETCH(KeySpec, spec);
        Result<SoftwareKey> key = SoftwareKey::generate(spec);
        COFFER_VERIFY_OK(key);
        const BuildRequest request = testRequest(*key);
        const SpecText expected = specText(spec);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');

        // CSR: openssl verifies its self-signature and shows our extensions.
        Result<QByteArray> csr = buildCsrDer(request, softwareSigner(*key));
        COFFER_VERIFY_OK(csr);
        const QByteArray pem = csrPem(*csr);
        QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----\n"));
        QVERIFY(pem.endsWith("-----END CERTIFICATE REQUEST-----\n"));
        const QString csrFile = tag + QStringLiteral(".csr");
        writeFile(file(csrFile), pem);
        const Run req = openssl(m_dir.path(),
                                {QStringLiteral("req"), QStringLiteral("-in"), csrFile, QStringLiteral("-verify"),
                                 QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(req.exitCode == 0, qPrintable(req.err));
        QVERIFY2(QString(req.out + req.err).contains(QStringLiteral("verify OK")), qPrintable(req.err));
        verifyExtensionsText(req.out);
        QVERIFY2(req.out.contains(QStringLiteral("Subject: O = Coffer Test, CN = www.example.test")),
                 qPrintable(req.out));
        QVERIFY(req.out.contains(expected.keyLine));
        QVERIFY(req.out.contains(QStringLiteral("Signature Algorithm: ") + expected.signature));
        QVERIFY(!req.out.contains(QStringLiteral("Basic Constraints: critical"))); // critical only in certificates

        // Self-signed: openssl verifies it against itself and reads back what we asked for.
        Result<X509Certificate> cert = buildSelfSigned(request, softwareSigner(*key));
        COFFER_VERIFY_OK(cert);
        const QString certFile = tag + QStringLiteral(".pem");
        writeFile(file(certFile), cert->pem());
        const Run verify
                = openssl(m_dir.path(), {QStringLiteral("verify"), QStringLiteral("-CAfile"), certFile, certFile});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        QCOMPARE(verify.out.trimmed(), certFile + QStringLiteral(": OK"));
        const Run text = openssl(m_dir.path(),
                                 {QStringLiteral("x509"), QStringLiteral("-in"), certFile, QStringLiteral("-noout"),
                                  QStringLiteral("-text")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        verifyExtensionsText(text.out);
        for (const QString &fragment : QStringList {
                     QStringLiteral("Version: 3 (0x2)"), QStringLiteral("X509v3 Basic Constraints: critical"),
                     QStringLiteral("X509v3 Subject Key Identifier"), QStringLiteral("X509v3 Authority Key Identifier"),
                     QStringLiteral("Not Before: Jan  1 00:00:00 2026 GMT"),
                     QStringLiteral("Not After : Jan  1 00:00:00 2027 GMT"), expected.keyLine,
                     QStringLiteral("Signature Algorithm: ") + expected.signature}) {
            QVERIFY2(text.out.contains(fragment), qPrintable(fragment + QStringLiteral(" missing in\n") + text.out));
        }
        const Run fields = openssl(m_dir.path(),
                                   {QStringLiteral("x509"), QStringLiteral("-in"), certFile, QStringLiteral("-noout"),
                                    QStringLiteral("-serial"), QStringLiteral("-subject"), QStringLiteral("-issuer"),
                                    QStringLiteral("-nameopt"), QStringLiteral("RFC2253"),
                                    QStringLiteral("-fingerprint"), QStringLiteral("-sha1")});
        QVERIFY2(fields.exitCode == 0, qPrintable(fields.err));
        const CertificateDetails &details = cert->details();
        QVERIFY2(fields.out.contains(QStringLiteral("serial=") + details.serialHex), qPrintable(fields.out));
        QVERIFY(fields.out.contains(QStringLiteral("subject=CN=www.example.test,O=Coffer Test\n")));
        QVERIFY(fields.out.contains(QStringLiteral("issuer=CN=www.example.test,O=Coffer Test\n")));
        const QString sha1 = fields.out.section(QStringLiteral("Fingerprint="), 1).trimmed().remove(u':');
        QCOMPARE(sha1, details.sha1Hex());
        // Serial: 16 random bytes, positive (top bit clear).
        QVERIFY2(details.serialHex.size() >= 30 && details.serialHex.size() <= 32, qPrintable(details.serialHex));
        if (details.serialHex.size() == 32)
            QVERIFY(details.serialHex.left(1).toInt(nullptr, 16) < 8);
        // The parsed certificate says what the request said.
        QCOMPARE(details.subject, QStringLiteral("CN=www.example.test,O=Coffer Test"));
        QVERIFY(details.selfSigned);
        QVERIFY(!details.isCa);
        QCOMPARE(details.sans, request.sans);
        QCOMPARE(details.keyUsage, request.keyUsage);
        QCOMPARE(details.ekus, request.ekus);
        QCOMPARE(details.notBefore, request.notBefore);
        QCOMPARE(details.notAfter, request.notAfter);
        QCOMPARE(details.keySpec(), std::optional<KeySpec>(spec));
        QCOMPARE(cert->publicKeyDer(), request.publicKeyDer);

        // Two certificates from the same request differ in their serial.
        Result<X509Certificate> again = buildSelfSigned(request, softwareSigner(*key));
        COFFER_VERIFY_OK(again);
        QVERIFY(again->details().serialHex != details.serialHex);

        // The CSR signed by a CA (copying its extensions) carries the key of the request.
        const QString signedFile = tag + QStringLiteral("-signed.pem");
        const Run sign = openssl(m_dir.path(),
                                 {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csrFile,
                                  QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                                  QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                                  QStringLiteral("30"), QStringLiteral("-copy_extensions"), QStringLiteral("copyall"),
                                  QStringLiteral("-out"), signedFile});
        QVERIFY2(sign.exitCode == 0, qPrintable(sign.err));
        Result<X509Certificate> issued = X509Certificate::fromPem(readFile(file(signedFile)));
        COFFER_VERIFY_OK(issued);
        QCOMPARE(issued->publicKeyDer(), request.publicKeyDer);
        QVERIFY(issued->publicKeyEquals(request.publicKeyDer));
        QCOMPARE(issued->details().sans, request.sans);
        QCOMPARE(issued->details().subject, QStringLiteral("CN=www.example.test,O=Coffer Test"));
        QCOMPARE(issued->details().issuer, QStringLiteral("CN=Test Root CA"));
        const Run chain
                = openssl(m_dir.path(),
                          {QStringLiteral("verify"), QStringLiteral("-CAfile"), QStringLiteral("ca.pem"), signedFile});
        QVERIFY2(chain.exitCode == 0, qPrintable(chain.out + chain.err));
    }

    void subjects_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("rfc2253"); // what openssl prints with -nameopt RFC2253
        QTest::newRow("comma-space") << QStringLiteral("CN=a.example.test, O=Coffer")
                                     << QStringLiteral("CN=a.example.test,O=Coffer");
        QTest::newRow("comma") << QStringLiteral("CN=a.example.test,O=Coffer,C=DE")
                               << QStringLiteral("CN=a.example.test,O=Coffer,C=DE");
        QTest::newRow("azure scaffold")
                << QStringLiteral("C=US, ST=WA, L=Redmond, O=Contoso, OU=Contoso HR, CN=www.contoso.com")
                << QStringLiteral("C=US,ST=WA,L=Redmond,O=Contoso,OU=Contoso HR,CN=www.contoso.com");
        QTest::newRow("escaped comma") << QStringLiteral("CN=Acme\\, Inc., O=Coffer")
                                       << QStringLiteral("CN=Acme\\, Inc.,O=Coffer");
        QTest::newRow("hex escape") << QStringLiteral("CN=Zo\\C3\\AB") << QStringLiteral("CN=Zoë");
        QTest::newRow("utf-8") << QStringLiteral("CN=Zoë Ünicode, O=Coffer")
                               << QStringLiteral("CN=Zoë Ünicode,O=Coffer");
        QTest::newRow("lower-case names and aliases")
                << QStringLiteral("cn=x, e=admin@example.test, S=Bavaria")
                << QStringLiteral("CN=x,emailAddress=admin@example.test,ST=Bavaria");
        QTest::newRow("dc and serial") << QStringLiteral("CN=host, DC=example, DC=test, SERIALNUMBER=1234")
                                       << QStringLiteral("CN=host,DC=example,DC=test,serialNumber=1234");
        QTest::newRow("multi-valued") << QStringLiteral("CN=a+UID=b, O=c")
                                      << QStringLiteral("UID=b+CN=a,O=c"); // DER sorts a SET
        QTest::newRow("dotted oid") << QStringLiteral("2.5.4.3=oid-name") << QStringLiteral("CN=oid-name");
    }

    void subjects()
    {
        QFETCH(QString, subject);
        QFETCH(QString, rfc2253);
        COFFER_VERIFY_OK(validateSubject(subject));
        Result<SoftwareKey> key = SoftwareKey::generate(KeySpec::ec(Curve::P256));
        COFFER_VERIFY_OK(key);
        BuildRequest request = testRequest(*key);
        request.subject = subject;
        request.sans.clear();
        Result<X509Certificate> cert = buildSelfSigned(request, softwareSigner(*key));
        COFFER_VERIFY_OK(cert);
        writeFile(file(QStringLiteral("subject.pem")), cert->pem());
        const Run run = openssl(m_dir.path(),
                                {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("subject.pem"),
                                 QStringLiteral("-noout"), QStringLiteral("-subject"), QStringLiteral("-nameopt"),
                                 QStringLiteral("RFC2253,-esc_msb")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("subject=") + rfc2253);
        QCOMPARE(cert->details().subject, rfc2253);
    }

    void badSubjects_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QString() << QStringLiteral("the subject is empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("the subject is empty");
        QTest::newRow("no equals") << QStringLiteral("www.example.test")
                                   << QStringLiteral("'www.example.test' is not an attribute=value pair");
        QTest::newRow("unknown attribute") << QStringLiteral("CN=a, XX=b")
                                           << QStringLiteral("'XX' is not a known attribute (use C, ST, L, O, OU, CN");
        QTest::newRow("three-letter country")
                << QStringLiteral("CN=a, C=USA") << QStringLiteral("C must be a two-letter country code");
        QTest::newRow("empty value") << QStringLiteral("CN=, O=b") << QStringLiteral("the value of CN is empty");
        QTest::newRow("trailing separator") << QStringLiteral("CN=a,") << QStringLiteral("ends with a separator");
        QTest::newRow("missing name") << QStringLiteral("=a") << QStringLiteral("an attribute name is missing");
        QTest::newRow("unescaped comma") << QStringLiteral("O=Acme, Inc., CN=x")
                                         << QStringLiteral("'Inc.' is not an attribute=value pair");
        QTest::newRow("unfinished escape") << QStringLiteral("CN=a\\") << QStringLiteral("unfinished escape");
        QTest::newRow("hex value") << QStringLiteral("CN=#0403") << QStringLiteral("hex-encoded values");
        QTest::newRow("CN too long") << QStringLiteral("CN=") + QString(65, u'a')
                                     << QStringLiteral("the value of CN is 65 characters long (at most 64)");
    }

    void badSubjects()
    {
        QFETCH(QString, subject);
        QFETCH(QString, fragment);
        const Result<void> checked = validateSubject(subject);
        COFFER_VERIFY_ERROR(checked, ErrorCode::InvalidArgument);
        QVERIFY2(checked.error().context().contains(fragment), qPrintable(checked.error().context()));

        // The builders refuse it the same way, before anything is signed.
        Result<SoftwareKey> key = SoftwareKey::generate(KeySpec::ec(Curve::P256));
        COFFER_VERIFY_OK(key);
        BuildRequest request = testRequest(*key);
        request.subject = subject;
        int signatures = 0;
        const DigestSigner counting = [&](SignAlg alg, QByteArrayView digest) {
            ++signatures;
            return key->sign(alg, digest);
        };
        const Result<QByteArray> csr = buildCsrDer(request, counting);
        COFFER_VERIFY_ERROR(csr, ErrorCode::InvalidArgument);
        QCOMPARE(csr.error().context(), checked.error().context());
        COFFER_VERIFY_ERROR(buildSelfSigned(request, counting), ErrorCode::InvalidArgument);
        QCOMPARE(signatures, 0);
    }

    void badSans_data()
    {
        QTest::addColumn<SubjectAltName>("san");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("bad ip") << SubjectAltName {SanType::Ip, QStringLiteral("999.1.1.1")}
                                << QStringLiteral("'999.1.1.1' is not an IPv4 or IPv6 address");
        QTest::newRow("non-ascii dns") << SubjectAltName {SanType::Dns, QStringLiteral("bücher.example")}
                                       << QStringLiteral("use the punycode form");
        QTest::newRow("empty") << SubjectAltName {SanType::Dns, QString()}
                               << QStringLiteral("a subject alternative name is empty");
    }

    void badSans()
    {
        QFETCH(SubjectAltName, san);
        QFETCH(QString, fragment);
        Result<SoftwareKey> key = SoftwareKey::generate(KeySpec::ec(Curve::P256));
        COFFER_VERIFY_OK(key);
        BuildRequest request = testRequest(*key);
        request.sans = {san};
        const Result<QByteArray> csr = buildCsrDer(request, softwareSigner(*key));
        COFFER_VERIFY_ERROR(csr, ErrorCode::InvalidArgument);
        QVERIFY2(csr.error().context().contains(fragment), qPrintable(csr.error().context()));
        COFFER_VERIFY_ERROR(buildSelfSigned(request, softwareSigner(*key)), ErrorCode::InvalidArgument);
    }

    void badEku()
    {
        Result<SoftwareKey> key = SoftwareKey::generate(KeySpec::ec(Curve::P256));
        COFFER_VERIFY_OK(key);
        BuildRequest request = testRequest(*key);
        request.ekus = {QStringLiteral("serverAuth")};
        const Result<QByteArray> csr = buildCsrDer(request, softwareSigner(*key));
        COFFER_VERIFY_ERROR(csr, ErrorCode::InvalidArgument);
        QVERIFY(csr.error().context().contains(QStringLiteral("the EKU 'serverAuth' is not a dotted OID")));
    }

    void noOptionalExtensions()
    {
        // No SANs, no key usage, no EKUs: only basicConstraints (+ SKI/AKI in the certificate).
        Result<SoftwareKey> key = SoftwareKey::generate(KeySpec::rsa(2048));
        COFFER_VERIFY_OK(key);
        BuildRequest request = testRequest(*key);
        request.sans.clear();
        request.keyUsage.reset();
        request.ekus.clear();
        Result<X509Certificate> cert = buildSelfSigned(request, softwareSigner(*key));
        COFFER_VERIFY_OK(cert);
        QVERIFY(!cert->details().keyUsage);
        QVERIFY(cert->details().sans.isEmpty());
        QVERIFY(cert->details().ekus.isEmpty());
        writeFile(file(QStringLiteral("plain.pem")), cert->pem());
        const Run text = openssl(m_dir.path(),
                                 {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("plain.pem"),
                                  QStringLiteral("-noout"), QStringLiteral("-ext"),
                                  QStringLiteral("basicConstraints,keyUsage")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(QStringLiteral("X509v3 Basic Constraints: critical")));
        QVERIFY(!text.out.contains(QStringLiteral("Key Usage")));
    }

    void wrongSignerIsRefused()
    {
        // The signer holds another key than the request's public key: the builder's own check catches it.
        Result<SoftwareKey> key = SoftwareKey::generate(KeySpec::ec(Curve::P256));
        Result<SoftwareKey> other = SoftwareKey::generate(KeySpec::ec(Curve::P256));
        COFFER_VERIFY_OK(key);
        COFFER_VERIFY_OK(other);
        const BuildRequest request = testRequest(*key);
        const Result<QByteArray> csr = buildCsrDer(request, softwareSigner(*other));
        COFFER_VERIFY_ERROR(csr, ErrorCode::Crypto);
        QVERIFY(csr.error().context().contains(QStringLiteral("does not verify with its public key")));
        const Result<X509Certificate> cert = buildSelfSigned(request, softwareSigner(*other));
        COFFER_VERIFY_ERROR(cert, ErrorCode::Crypto);
        QVERIFY(cert.error().context().contains(QStringLiteral("does not verify with its public key")));
    }

    void signerErrorsPassThrough()
    {
        Result<SoftwareKey> key = SoftwareKey::generate(KeySpec::ec(Curve::P384));
        COFFER_VERIFY_OK(key);
        const BuildRequest request = testRequest(*key);
        const DigestSigner failing = [](SignAlg, QByteArrayView) -> Result<QByteArray> {
            return Error(ErrorCode::HsmUnavailable, QStringLiteral("token removed"));
        };
        const Result<QByteArray> csr = buildCsrDer(request, failing);
        COFFER_VERIFY_ERROR(csr, ErrorCode::HsmUnavailable);
        QCOMPARE(csr.error().context(), QStringLiteral("token removed"));

        // An ECDSA signature of the wrong size (a P-256 signature for a P-384 key).
        const DigestSigner shortSig = [](SignAlg, QByteArrayView) -> Result<QByteArray> { return QByteArray(64, 'x'); };
        const Result<X509Certificate> cert = buildSelfSigned(request, shortSig);
        COFFER_VERIFY_ERROR(cert, ErrorCode::Crypto);
        QVERIFY(cert.error().context().contains(QStringLiteral("malformed ECDSA signature")));

        // The algorithm asked of the signer is the one for the key.
        SignAlg asked = SignAlg::RS256;
        const DigestSigner spying = [&](SignAlg alg, QByteArrayView digest) {
            asked = alg;
            return key->sign(alg, digest);
        };
        COFFER_VERIFY_OK(buildCsrDer(request, spying));
        QCOMPARE(asked, SignAlg::ES384);
    }

    void badKeysAndDates()
    {
        Result<SoftwareKey> key = SoftwareKey::generate(KeySpec::rsa(2048));
        COFFER_VERIFY_OK(key);
        BuildRequest request = testRequest(*key);
        request.spec = KeySpec::rsa(3072); // does not match the public key
        Result<QByteArray> csr = buildCsrDer(request, softwareSigner(*key));
        COFFER_VERIFY_ERROR(csr, ErrorCode::InvalidArgument);
        QVERIFY(csr.error().context().contains(QStringLiteral("does not match the key spec")));

        request = testRequest(*key);
        request.publicKeyDer = QByteArray("not a key");
        csr = buildCsrDer(request, softwareSigner(*key));
        COFFER_VERIFY_ERROR(csr, ErrorCode::InvalidArgument);
        QVERIFY(csr.error().context().contains(QStringLiteral("not a DER SubjectPublicKeyInfo")));

        request = testRequest(*key);
        request.spec = KeySpec::oct(256);
        COFFER_VERIFY_ERROR(buildCsrDer(request, softwareSigner(*key)), ErrorCode::InvalidArgument);

        request = testRequest(*key);
        request.notAfter = request.notBefore;
        const Result<X509Certificate> cert = buildSelfSigned(request, softwareSigner(*key));
        COFFER_VERIFY_ERROR(cert, ErrorCode::InvalidArgument);
        QVERIFY(cert.error().context().contains(QStringLiteral("notAfter must be after notBefore")));
    }

    void datesAfter2049UseGeneralizedTime()
    {
        Result<SoftwareKey> key = SoftwareKey::generate(KeySpec::ec(Curve::P256));
        COFFER_VERIFY_OK(key);
        BuildRequest request = testRequest(*key);
        request.notAfter = QDateTime(QDate(2051, 6, 30), QTime(12, 0), Qt::UTC);
        Result<X509Certificate> cert = buildSelfSigned(request, softwareSigner(*key));
        COFFER_VERIFY_OK(cert);
        QCOMPARE(cert->details().notAfter, request.notAfter);
        writeFile(file(QStringLiteral("late.pem")), cert->pem());
        const Run dates = openssl(m_dir.path(),
                                  {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("late.pem"),
                                   QStringLiteral("-noout"), QStringLiteral("-enddate")});
        QCOMPARE(dates.out.trimmed(), QStringLiteral("notAfter=Jun 30 12:00:00 2051 GMT"));
    }
};

QTEST_GUILESS_MAIN(TestCertificateBuilder)
#include "TestCertificateBuilder.moc"
