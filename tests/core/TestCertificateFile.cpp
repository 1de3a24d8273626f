// Reading certificate files: every good fixture parsed (chain, order, key, warnings), details against `openssl`'s
// own output, every bad input with its error code and message, the probe, and the legacy provider's isolation.

#include "core/crypto/CertificateFile.h"
#include "tests/support/CertFixtures.h"
#include "tests/support/TestUtil.h"

#include <openssl/evp.h>

#include <QRegularExpression>
#include <QSet>

using namespace coffer;
using namespace coffer::crypto;
using coffer::test::CertFixtures;

namespace {

const CertFixtures &fx()
{
    return CertFixtures::instance();
}

// "SHA1 Fingerprint=AB:CD:..." -> "ABCD..."; "serial=1A2B" -> "1A2B"; "subject=..." -> "..."
QString opensslValue(const QString &file, const QString &option, const QStringList &extra = {})
{
    const QByteArray out = CertFixtures::openssl(
            QStringList {QStringLiteral("x509"), QStringLiteral("-in"), file, QStringLiteral("-noout"), option}
            + extra);
    QString text = QString::fromUtf8(out).trimmed();
    text = text.mid(text.indexOf(u'=') + 1);
    return text;
}

QDateTime opensslDate(const QString &file, const QString &option)
{
    // "Jan  1 00:00:00 2020 GMT"
    QString text = opensslValue(file, option).simplified();
    text.chop(4);
    QDateTime time = QLocale::c().toDateTime(text, QStringLiteral("MMM d HH:mm:ss yyyy"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

QSet<ImportWarning> kinds(const QList<ImportIssue> &issues)
{
    QSet<ImportWarning> out;
    for (const ImportIssue &issue : issues)
        out.insert(issue.kind);
    return out;
}

QString kindsText(const QSet<ImportWarning> &set)
{
    QStringList names;
    for (ImportWarning kind : set)
        names.append(importWarningName(kind));
    names.sort();
    return names.join(u',');
}

} // namespace

class TestCertificateFile : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now;

    Result<ParsedCertificateFile> parse(const QString &name, const QString &password = {}, bool withPassword = false)
    {
        const SecureString secret = SecureString::fromUtf8(password.toUtf8());
        return parseCertificateFile(fx().bytes(name), withPassword ? &secret : nullptr, m_now);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto leaf = X509Certificate::fromPem(fx().bytes(u"leaf.pem"));
        COFFER_VERIFY_OK(leaf);
        // The fixtures are made now (real time); the injected clock sits one day into the leaf's validity.
        m_now = leaf->details().notBefore.addDays(1);
    }
    void init() { test::failOnAnyWarning(); }

    void goodFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password"); // "-" = none given
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("chainCns");
        QTest::addColumn<bool>("hasKey");
        QTest::addColumn<bool>("passwordNeeded");
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<QString>("warnings");
        const int pfx = int(CertificateFormat::Pkcs12);
        const int pem = int(CertificateFormat::Pem);
        const int der = int(CertificateFormat::Der);
        const QStringList full {QStringLiteral("www.example.test"), QStringLiteral("Test Intermediate CA"),
                                QStringLiteral("Test Root CA")};
        const QString none;
        QTest::newRow("aes.pfx") << QStringLiteral("aes.pfx") << QStringLiteral("secret") << pfx << full << true << true
                                 << false << none;
        QTest::newRow("legacy.pfx") << QStringLiteral("legacy.pfx") << QStringLiteral("secret") << pfx << full << true
                                    << true << true << QStringLiteral("legacyEncryption");
        QTest::newRow("win3des.pfx") << QStringLiteral("win3des.pfx") << QStringLiteral("secret") << pfx << full << true
                                     << true << false << none;
        QTest::newRow("blank.pfx") << QStringLiteral("blank.pfx") << QStringLiteral("-") << pfx << full << true << false
                                   << false << none;
        QTest::newRow("blank.pfx, a password given") << QStringLiteral("blank.pfx") << QStringLiteral("unused") << pfx
                                                     << full << true << false << false << none;
        QTest::newRow("nomac.pfx") << QStringLiteral("nomac.pfx") << QStringLiteral("-") << pfx << full << true << false
                                   << false << none;
        QTest::newRow("nomac.pfx, password ignored") << QStringLiteral("nomac.pfx") << QStringLiteral("ignored") << pfx
                                                     << full << true << false << false << none;
        QTest::newRow("certonly.pfx") << QStringLiteral("certonly.pfx") << QStringLiteral("secret") << pfx
                                      << full.mid(0, 2) << false << true << false
                                      << QStringLiteral("chainIncomplete,noPrivateKey");
        QTest::newRow("ec256.pfx") << QStringLiteral("ec256.pfx") << QStringLiteral("secret") << pfx
                                   << QStringList {QStringLiteral("ec256.example.test"), full[1], full[2]} << true
                                   << true << false << none;
        QTest::newRow("bundle-mixed.pem") << QStringLiteral("bundle-mixed.pem") << QStringLiteral("pw") << pem << full
                                          << true << true << false << none;
        QTest::newRow("bundle-plain.pem") << QStringLiteral("bundle-plain.pem") << QStringLiteral("-") << pem << full
                                          << true << false << false << none;
        QTest::newRow("bundle-traditional.pem") << QStringLiteral("bundle-traditional.pem") << QStringLiteral("-")
                                                << pem << full << true << false << false << none;
        QTest::newRow("ec256-bundle.pem") << QStringLiteral("ec256-bundle.pem") << QStringLiteral("-") << pem
                                          << QStringList {QStringLiteral("ec256.example.test"), full[1]} << true
                                          << false << false << QStringLiteral("chainIncomplete");
        QTest::newRow("bundle-ecparams.pem") << QStringLiteral("bundle-ecparams.pem") << QStringLiteral("-") << pem
                                             << QStringList {QStringLiteral("ec256.example.test"), full[1], full[2]}
                                             << true << false << false << QStringLiteral("skippedPemBlock");
        QTest::newRow("leaf.der") << QStringLiteral("leaf.der") << QStringLiteral("-") << der << full.mid(0, 1) << false
                                  << false << false << QStringLiteral("chainIncomplete,noPrivateKey");
        QTest::newRow("chain.pem") << QStringLiteral("chain.pem") << QStringLiteral("-") << pem << full << false
                                   << false << false << QStringLiteral("noPrivateKey");
        QTest::newRow("expired-bundle.pem") << QStringLiteral("expired-bundle.pem") << QStringLiteral("-") << pem
                                            << QStringList {QStringLiteral("expired.example.test")} << true << false
                                            << false << QStringLiteral("chainIncomplete,expired");
        QTest::newRow("notyet.pem") << QStringLiteral("notyet.pem") << QStringLiteral("-") << pem
                                    << QStringList {QStringLiteral("notyet.example.test")} << false << false << false
                                    << QStringLiteral("chainIncomplete,noPrivateKey,notYetValid");
        QTest::newRow("rsa1024-certonly.pem") << QStringLiteral("rsa1024-certonly.pem") << QStringLiteral("-") << pem
                                              << QStringList {QStringLiteral("Weak Leaf"), full[1], full[2]} << false
                                              << false << false << QStringLiteral("noPrivateKey,weakKey,weakSignature");
        QTest::newRow("other.pem") << QStringLiteral("other.pem") << QStringLiteral("-") << pem
                                   << QStringList {QStringLiteral("Unrelated")} << false << false << false
                                   << QStringLiteral("noPrivateKey,selfSigned");
        QTest::newRow("root.pem") << QStringLiteral("root.pem") << QStringLiteral("-") << pem << full.mid(2) << false
                                  << false << false << QStringLiteral("caCertificateAsLeaf,noPrivateKey,selfSigned");
    }
    void goodFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(int, format);
        QFETCH(QStringList, chainCns);
        QFETCH(bool, hasKey);
        QFETCH(bool, passwordNeeded);
        QFETCH(bool, legacy);
        QFETCH(QString, warnings);
        auto parsed = parse(file, password, password != u"-");
        COFFER_VERIFY_OK(parsed);
        QCOMPARE(int(parsed->format), format);
        QStringList cns;
        for (const X509Certificate &cert : parsed->chain)
            cns.append(cert.details().commonName());
        QCOMPARE(cns, chainCns);
        QCOMPARE(parsed->key.has_value(), hasKey);
        if (hasKey) {
            auto spki = parsed->key->publicDer();
            COFFER_VERIFY_OK(spki);
            QCOMPARE(*spki, parsed->chain.front().publicKeyDer());
            QVERIFY(parsed->key->hasPrivate());
        }
        QCOMPARE(parsed->passwordNeeded, passwordNeeded);
        QCOMPARE(parsed->legacyEncryption, legacy);
        QCOMPARE(kindsText(kinds(parsed->warnings)), warnings);
        QVERIFY(parsed->chainVerified);
        for (const ImportIssue &issue : parsed->warnings)
            QVERIFY2(!issue.message.isEmpty(), qPrintable(importWarningName(issue.kind)));
    }

    void warningMessages()
    {
        auto expired = parse(QStringLiteral("expired-bundle.pem"));
        COFFER_VERIFY_OK(expired);
        bool found = false;
        for (const ImportIssue &issue : expired->warnings) {
            if (issue.kind == ImportWarning::Expired) {
                QCOMPARE(issue.message, QStringLiteral("'CN=expired.example.test' expired on 2021-01-01 00:00:00 UTC"));
                QCOMPARE(issue.certIndex, 0);
                found = true;
            }
        }
        QVERIFY(found);
        // Dates come from the `now` argument only: the same file a day before its expiry has no Expired warning.
        auto before = parseCertificateFile(fx().bytes(u"expired-bundle.pem"), nullptr,
                                           QDateTime(QDate(2020, 12, 31), QTime(0, 0), Qt::UTC));
        COFFER_VERIFY_OK(before);
        QVERIFY(!kinds(before->warnings).contains(ImportWarning::Expired));
        auto weak = parse(QStringLiteral("rsa1024-certonly.pem"));
        COFFER_VERIFY_OK(weak);
        QStringList messages;
        for (const ImportIssue &issue : weak->warnings)
            messages.append(issue.message);
        QVERIFY2(messages.contains(QStringLiteral("'CN=Weak Leaf' has a weak key (RSA 1024, 80-bit security)")),
                 qPrintable(messages.join(u'|')));
        QVERIFY2(messages.contains(QStringLiteral("'CN=Weak Leaf' is signed with a weak algorithm "
                                                  "(sha1WithRSAEncryption)")),
                 qPrintable(messages.join(u'|')));
    }

    void javaKeystores_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("legacy");
        QTest::newRow("java.p12") << QStringLiteral("java.p12") << false;
        QTest::newRow("javalegacy.p12") << QStringLiteral("javalegacy.p12") << true;
    }
    void javaKeystores()
    {
        QFETCH(QString, file);
        QFETCH(bool, legacy);
        if (!fx().hasKeytool())
            QSKIP("keytool is not installed");
        auto parsed = parse(file, QStringLiteral("changeit"), true);
        COFFER_VERIFY_OK(parsed);
        QCOMPARE(parsed->chain.size(), 1);
        QCOMPARE(parsed->chain.front().details().subject, QStringLiteral("CN=java.example.test"));
        QVERIFY(parsed->key.has_value());
        QCOMPARE(parsed->legacyEncryption, legacy);
        QCOMPARE(kinds(parsed->warnings).contains(ImportWarning::LegacyEncryption), legacy);
        QVERIFY(kinds(parsed->warnings).contains(ImportWarning::SelfSigned));
        COFFER_VERIFY_ERROR(parse(file, QStringLiteral("wrong"), true), ErrorCode::WrongCredential);
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file"); // "" = empty input
        QTest::addColumn<QString>("password"); // "-" = none
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("fragment");
        const QString leaf = QStringLiteral("O=Coffer Test,CN=www.example.test");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("-") << ErrorCode::InvalidArgument
                               << QStringLiteral("the file is empty");
        QTest::newRow("over 10 MiB") << QStringLiteral("big.bin") << QStringLiteral("-") << ErrorCode::InvalidArgument
                                     << QStringLiteral("the file is over 10 MiB");
        QTest::newRow("random DER") << QStringLiteral("random.der") << QStringLiteral("-") << ErrorCode::InvalidArgument
                                    << QStringLiteral("not a certificate");
        QTest::newRow("DER CSR") << QStringLiteral("csr.der") << QStringLiteral("-") << ErrorCode::InvalidArgument
                                 << QStringLiteral("a certificate signing request, not a certificate");
        QTest::newRow("PEM CSR") << QStringLiteral("csr.pem") << QStringLiteral("-") << ErrorCode::InvalidArgument
                                 << QStringLiteral("a certificate signing request, not a certificate");
        QTest::newRow("key only") << QStringLiteral("key-only.pem") << QStringLiteral("-") << ErrorCode::InvalidArgument
                                  << QStringLiteral("holds a private key but no certificate");
        QTest::newRow("two unrelated") << QStringLiteral("two-unrelated.pem") << QStringLiteral("-")
                                       << ErrorCode::InvalidArgument
                                       << QStringLiteral("'CN=Unrelated' is not part of the chain of '") + leaf
                        + QStringLiteral("'");
        QTest::newRow("gap") << QStringLiteral("gap.pem") << QStringLiteral("-") << ErrorCode::InvalidArgument
                             << QStringLiteral("the chain has a gap: the issuer 'CN=Test Intermediate CA' of '") + leaf
                        + QStringLiteral("' is missing");
        QTest::newRow("mismatched key") << QStringLiteral("mismatch.pem") << QStringLiteral("-")
                                        << ErrorCode::InvalidArgument
                                        << QStringLiteral("the private key belongs to none of the certificates");
        QTest::newRow("two keys") << QStringLiteral("two-keys.pem") << QStringLiteral("-") << ErrorCode::InvalidArgument
                                  << QStringLiteral("two private keys");
        QTest::newRow("Ed25519 with key") << QStringLiteral("ed25519-bundle.pem") << QStringLiteral("-")
                                          << ErrorCode::InvalidArgument << QStringLiteral("P-256K");
        QTest::newRow("Ed25519 PFX") << QStringLiteral("ed25519.pfx") << QStringLiteral("secret")
                                     << ErrorCode::InvalidArgument << QStringLiteral("P-256K");
        QTest::newRow("Ed25519 certificate only")
                << QStringLiteral("ed25519.pem") << QStringLiteral("-") << ErrorCode::InvalidArgument
                << QStringLiteral("the certificate's ED25519 key is not supported");
        QTest::newRow("brainpool") << QStringLiteral("brainpool-bundle.pem") << QStringLiteral("-")
                                   << ErrorCode::InvalidArgument << QStringLiteral("brainpoolP256r1");
        QTest::newRow("RSA 1024 with key") << QStringLiteral("rsa1024-bundle.pem") << QStringLiteral("-")
                                           << ErrorCode::InvalidArgument << QStringLiteral("1024");
        QTest::newRow("PFX, no password")
                << QStringLiteral("aes.pfx") << QStringLiteral("-") << ErrorCode::WrongCredential
                << QStringLiteral("the file is password-protected; give its password");
        QTest::newRow("PFX, wrong password")
                << QStringLiteral("aes.pfx") << QStringLiteral("wrong-password-123") << ErrorCode::WrongCredential
                << QStringLiteral("the password is wrong, or the file was altered");
        QTest::newRow("legacy PFX, wrong password")
                << QStringLiteral("legacy.pfx") << QStringLiteral("not-it-77") << ErrorCode::WrongCredential
                << QStringLiteral("the password is wrong, or the file was altered");
        QTest::newRow("PEM, no password")
                << QStringLiteral("bundle-mixed.pem") << QStringLiteral("-") << ErrorCode::WrongCredential
                << QStringLiteral("the file is password-protected; give its password");
        QTest::newRow("PEM, wrong password")
                << QStringLiteral("bundle-mixed.pem") << QStringLiteral("not-it-88") << ErrorCode::WrongCredential
                << QStringLiteral("the private key's password is wrong");
        QTest::newRow("corrupt header") << QStringLiteral("corrupt-header.pfx") << QStringLiteral("secret")
                                        << ErrorCode::Corrupted << QStringLiteral("the file is damaged");
        QTest::newRow("corrupt safe") << QStringLiteral("corrupt-safe.pfx") << QStringLiteral("secret")
                                      << ErrorCode::WrongCredential << QStringLiteral("or the file was altered");
        QTest::newRow("truncated") << QStringLiteral("truncated.pfx") << QStringLiteral("secret")
                                   << ErrorCode::Corrupted << QStringLiteral("the PKCS#12 file is truncated");
    }
    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(ErrorCode, code);
        QFETCH(QString, fragment);
        const QByteArray data = file.isEmpty() ? QByteArray() : fx().bytes(file);
        const SecureString secret = SecureString::fromUtf8(password.toUtf8());
        auto parsed = parseCertificateFile(data, password == u"-" ? nullptr : &secret, m_now);
        COFFER_VERIFY_ERROR(parsed, code);
        QVERIFY2(parsed.error().context().contains(fragment), qPrintable(parsed.error().context()));
        if (password != u"-")
            QVERIFY(!parsed.error().context().contains(password));
    }

    void leafDetailsMatchOpenssl()
    {
        const QString file = fx().path(u"leaf.pem");
        auto cert = X509Certificate::fromPem(fx().bytes(u"leaf.pem"));
        COFFER_VERIFY_OK(cert);
        const CertificateDetails &d = cert->details();
        const QStringList rfc2253 {QStringLiteral("-nameopt"), QStringLiteral("RFC2253")};
        QCOMPARE(d.subject, opensslValue(file, QStringLiteral("-subject"), rfc2253));
        QCOMPARE(d.subject, QStringLiteral("O=Coffer Test,CN=www.example.test"));
        QCOMPARE(d.issuer, opensslValue(file, QStringLiteral("-issuer"), rfc2253));
        QCOMPARE(d.serialHex, opensslValue(file, QStringLiteral("-serial")));
        QCOMPARE(d.sha1Hex(),
                 opensslValue(file, QStringLiteral("-fingerprint"), {QStringLiteral("-sha1")}).remove(u':'));
        QCOMPARE(d.sha256Hex(),
                 opensslValue(file, QStringLiteral("-fingerprint"), {QStringLiteral("-sha256")}).remove(u':'));
        QCOMPARE(d.x5t(),
                 QString::fromLatin1(d.sha1.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        QVERIFY(!d.x5t().contains(u'=') && d.x5t().size() == 27);
        QCOMPARE(d.notBefore, opensslDate(file, QStringLiteral("-startdate")));
        QCOMPARE(d.notAfter, opensslDate(file, QStringLiteral("-enddate")));
        QCOMPARE(d.notAfter.timeSpec(), Qt::UTC);

        const QString sanText = QString::fromUtf8(
                CertFixtures::openssl({QStringLiteral("x509"), QStringLiteral("-in"), file, QStringLiteral("-noout"),
                                       QStringLiteral("-ext"), QStringLiteral("subjectAltName")}));
        for (const SubjectAltName &san : d.sans) {
            if (san.type == SanType::Dns)
                QVERIFY(sanText.contains(QStringLiteral("DNS:") + san.value));
            if (san.type == SanType::Email)
                QVERIFY(sanText.contains(QStringLiteral("email:") + san.value));
        }
        const QList<SubjectAltName> expected {
                {SanType::Dns, QStringLiteral("www.example.test")},
                {SanType::Dns, QStringLiteral("example.test")},
                {SanType::Email, QStringLiteral("admin@example.test")},
                {SanType::Ip, QStringLiteral("192.0.2.7")},
                {SanType::Ip, QStringLiteral("2001:db8::7")},
                {SanType::Upn, QStringLiteral("upn@example.test")},
                {SanType::Uri, QStringLiteral("https://example.test/")},
        };
        QCOMPARE(d.sans, expected);
        QVERIFY(sanText.contains(QStringLiteral("IP Address:192.0.2.7")));
        QVERIFY(sanText.contains(QStringLiteral("IP Address:2001:DB8:0:0:0:0:0:7")));

        QVERIFY(d.keyUsage.has_value());
        QCOMPARE(*d.keyUsage, KeyUsages(KeyUsageBit::DigitalSignature) | KeyUsageBit::KeyEncipherment);
        QCOMPARE(keyUsageNames(*d.keyUsage),
                 (QStringList {QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")}));
        QCOMPARE(d.ekus, (QStringList {QStringLiteral("1.3.6.1.5.5.7.3.1"), QStringLiteral("1.3.6.1.5.5.7.3.2")}));
        QVERIFY(!d.isCa);
        QVERIFY(!d.selfSigned);
        QCOMPARE(d.keyType, QStringLiteral("RSA"));
        QCOMPARE(d.keyBits, 2048);
        QCOMPARE(d.securityBits, 112);
        QCOMPARE(d.keyText(), QStringLiteral("RSA 2048"));
        QCOMPARE(d.keySpec(), std::optional<KeySpec>(KeySpec::rsa(2048)));
        QCOMPARE(d.signatureAlgorithm, QStringLiteral("sha256WithRSAEncryption"));
        QCOMPARE(d.commonName(), QStringLiteral("www.example.test"));
        QCOMPARE(d.commonName(true), QStringLiteral("Test Intermediate CA"));

        // PEM and DER agree; the PEM written back is what openssl writes.
        auto fromDer = X509Certificate::fromDer(fx().bytes(u"leaf.der"));
        COFFER_VERIFY_OK(fromDer);
        QCOMPARE(fromDer->details().sha256, d.sha256);
        QCOMPARE(cert->der(), fx().bytes(u"leaf.der"));
        QCOMPARE(cert->pem(), fx().bytes(u"leaf.pem"));
        // Copies share the certificate.
        const X509Certificate copy = *cert;
        QCOMPARE(copy.der(), cert->der());
        QCOMPARE(cert->clone().details().subject, d.subject);
    }

    void otherDetails()
    {
        auto root = X509Certificate::fromPem(fx().bytes(u"root.pem"));
        COFFER_VERIFY_OK(root);
        QVERIFY(root->details().isCa);
        QVERIFY(root->details().selfSigned);
        QCOMPARE(*root->details().keyUsage, KeyUsages(KeyUsageBit::KeyCertSign) | KeyUsageBit::CrlSign);
        QVERIFY(root->details().ekus.isEmpty());
        QCOMPARE(root->details().commonName(), QStringLiteral("Test Root CA"));

        auto ec = X509Certificate::fromPem(fx().bytes(u"ec384.pem"));
        COFFER_VERIFY_OK(ec);
        QCOMPARE(ec->details().keyType, QStringLiteral("EC"));
        QCOMPARE(ec->details().curve, std::optional<Curve>(Curve::P384));
        QCOMPARE(ec->details().keyText(), QStringLiteral("EC P-384"));
        QCOMPARE(ec->details().keySpec(), std::optional<KeySpec>(KeySpec::ec(Curve::P384)));
        QCOMPARE(ec->details().signatureAlgorithm, QStringLiteral("sha384WithRSAEncryption")); // signed by the RSA CA
        QCOMPARE(ec->details().keyUsage, std::optional<KeyUsages>(KeyUsageBit::DigitalSignature));

        auto brainpool = X509Certificate::fromPem(fx().bytes(u"brainpool.pem"));
        COFFER_VERIFY_OK(brainpool);
        QCOMPARE(brainpool->details().curve, std::nullopt);
        QCOMPARE(brainpool->details().curveName, QStringLiteral("brainpoolP256r1"));
        QCOMPARE(brainpool->details().keySpec(), std::nullopt);
        QCOMPARE(brainpool->details().signatureAlgorithm, QStringLiteral("ecdsa-with-SHA256"));
        QCOMPARE(brainpool->details().keyText(), QStringLiteral("EC brainpoolP256r1"));
        QVERIFY(!brainpool->details().keyUsage.has_value()); // no extension at all

        auto ed = X509Certificate::fromPem(fx().bytes(u"ed25519.pem"));
        COFFER_VERIFY_OK(ed);
        QCOMPARE(ed->details().keyType, QStringLiteral("ED25519"));
        QCOMPARE(ed->details().keyText(), QStringLiteral("ED25519"));
        QCOMPARE(ed->details().keySpec(), std::nullopt);

        auto weak = X509Certificate::fromPem(fx().bytes(u"rsa1024.pem"));
        COFFER_VERIFY_OK(weak);
        QCOMPARE(weak->details().keySpec(), std::nullopt);
        QCOMPARE(weak->details().securityBits, 80);
    }

    void strictParsing()
    {
        QByteArray der = fx().bytes(u"leaf.der");
        COFFER_VERIFY_ERROR(X509Certificate::fromDer(QByteArray(der).append('\0')), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(X509Certificate::fromDer(der.left(der.size() - 1)), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(X509Certificate::fromDer({}), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(X509Certificate::fromPem(fx().bytes(u"leaf.key")), ErrorCode::InvalidArgument);
        auto truncatedDer = parseCertificateFile(der.left(der.size() - 10), nullptr, m_now);
        COFFER_VERIFY_ERROR(truncatedDer, ErrorCode::Corrupted);
        QVERIFY2(truncatedDer.error().context().contains(u"truncated"), qPrintable(truncatedDer.error().context()));
    }

    void keyUsageNamesRoundTrip()
    {
        QCOMPARE(allKeyUsageBits().size(), 9);
        for (KeyUsageBit bit : allKeyUsageBits())
            QCOMPARE(keyUsageFromName(keyUsageName(bit)), std::optional<KeyUsageBit>(bit));
        QCOMPARE(keyUsageName(KeyUsageBit::CrlSign), QStringLiteral("cRLSign"));
        QCOMPARE(keyUsageFromName(u"nonsense"), std::nullopt);
    }

    void probe_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("passwordNeeded");
        QTest::addColumn<int>("certificates");
        QTest::addColumn<int>("keys");
        QTest::addColumn<bool>("encryptedKey");
        const int pfx = int(CertificateFormat::Pkcs12);
        const int pem = int(CertificateFormat::Pem);
        QTest::newRow("aes.pfx") << QStringLiteral("aes.pfx") << pfx << true << -1 << -1 << false;
        QTest::newRow("legacy.pfx") << QStringLiteral("legacy.pfx") << pfx << true << -1 << -1 << false;
        QTest::newRow("blank.pfx") << QStringLiteral("blank.pfx") << pfx << false << 3 << 1 << false;
        QTest::newRow("nomac.pfx") << QStringLiteral("nomac.pfx") << pfx << false << 3 << 1 << false;
        QTest::newRow("bundle-mixed.pem") << QStringLiteral("bundle-mixed.pem") << pem << true << 3 << 1 << true;
        QTest::newRow("bundle-plain.pem") << QStringLiteral("bundle-plain.pem") << pem << false << 3 << 1 << false;
        QTest::newRow("leaf.der") << QStringLiteral("leaf.der") << int(CertificateFormat::Der) << false << 1 << 0
                                  << false;
    }
    void probe()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(bool, passwordNeeded);
        QFETCH(int, certificates);
        QFETCH(int, keys);
        QFETCH(bool, encryptedKey);
        auto probe = probeCertificateFile(fx().bytes(file));
        COFFER_VERIFY_OK(probe);
        QCOMPARE(int(probe->format), format);
        QCOMPARE(probe->passwordNeeded, passwordNeeded);
        QCOMPARE(probe->certificates, certificates);
        QCOMPARE(probe->keys, keys);
        QCOMPARE(probe->encryptedKey, encryptedKey);
    }
    void probeErrors()
    {
        COFFER_VERIFY_ERROR(probeCertificateFile(fx().bytes(u"csr.der")), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(probeCertificateFile(fx().bytes(u"random.der")), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(probeCertificateFile(fx().bytes(u"truncated.pfx")), ErrorCode::Corrupted);
        COFFER_VERIFY_ERROR(probeCertificateFile(fx().bytes(u"big.bin")), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(probeCertificateFile(fx().bytes(u"key-only.pem")), ErrorCode::InvalidArgument);
        QCOMPARE(certificateFormatName(CertificateFormat::Pkcs12), QStringLiteral("PKCS#12 (PFX)"));
    }

    void readCertificatesOnly()
    {
        auto chain = readCertificates(fx().bytes(u"chain.pem"));
        COFFER_VERIFY_OK(chain);
        QCOMPARE(chain->size(), 3);
        QCOMPARE(chain->at(0).details().commonName(), QStringLiteral("www.example.test"));
        QCOMPARE(chain->at(2).details().commonName(), QStringLiteral("Test Root CA"));
        auto der = readCertificates(fx().bytes(u"leaf.der"));
        COFFER_VERIFY_OK(der);
        QCOMPARE(der->size(), 1);
        auto withKey = readCertificates(fx().bytes(u"bundle-plain.pem"));
        COFFER_VERIFY_ERROR(withKey, ErrorCode::InvalidArgument);
        QVERIFY(withKey.error().context().contains(u"a merge takes certificates only"));
        COFFER_VERIFY_ERROR(readCertificates(fx().bytes(u"aes.pfx")), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(readCertificates(fx().bytes(u"csr.pem")), ErrorCode::InvalidArgument);
    }

    // The legacy provider is loaded into a private context only: the process-wide default never offers RC2.
    void legacyProviderIsolated()
    {
        auto parsed = parse(QStringLiteral("legacy.pfx"), QStringLiteral("secret"), true);
        COFFER_VERIFY_OK(parsed);
        QVERIFY(parsed->legacyEncryption);
        EVP_CIPHER *rc2 = EVP_CIPHER_fetch(nullptr, "RC2-40-CBC", nullptr);
        const bool available = rc2 != nullptr;
        EVP_CIPHER_free(rc2);
        QVERIFY(!available);
        // The objects outlive the context they were read in: use them after it is gone.
        auto spki = parsed->key->publicDer();
        COFFER_VERIFY_OK(spki);
        QVERIFY(parsed->chain.front().publicKeyEquals(*spki));
        QCOMPARE(parsed->chain.front().details().commonName(), QStringLiteral("www.example.test"));
    }
};

QTEST_GUILESS_MAIN(TestCertificateFile)
#include "TestCertificateFile.moc"
