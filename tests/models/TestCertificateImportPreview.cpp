// The import wizard's preview model over real files made by `openssl` (tests/support/CertFixtures): the "what was
// detected" line per format, rows in chain order with their roles, subjects, validity and key checked against
// `openssl x509` output, the translated warning texts per kind, and each blocking error in words.

#include "core/crypto/CertificateFile.h"
#include "models/CertificateImportPreview.h"
#include "tests/support/CertFixtures.h"
#include "tests/support/TestUtil.h"

#include <QTest>

using namespace coffer;
using models::CertificateImportPreview;
using Blocking = CertificateImportPreview::Blocking;
using Role = CertificateImportPreview::Role;

Q_DECLARE_METATYPE(coffer::models::CertificateImportPreview::Blocking)

namespace {

const test::CertFixtures &fixtures()
{
    return test::CertFixtures::instance();
}

// `openssl x509 -noout <option>` of a fixture, the value after '='.
QString opensslField(const QString &pem, const QString &option)
{
    int exitCode = -1;
    const QByteArray out = test::CertFixtures::openssl({QStringLiteral("x509"), QStringLiteral("-in"),
                                                        fixtures().path(pem), QStringLiteral("-noout"), option,
                                                        QStringLiteral("-nameopt"), QStringLiteral("RFC2253")},
                                                       {}, &exitCode);
    if (exitCode != 0)
        qFatal("openssl x509 failed for %s", qPrintable(pem));
    const QString text = QString::fromUtf8(out).trimmed();
    return text.mid(text.indexOf(u'=') + 1).trimmed();
}

// "Jan  1 00:00:00 2020 GMT" -> 2020-01-01
QString opensslDay(const QString &pem, const QString &option)
{
    QString text = opensslField(pem, option).simplified();
    text.chop(4); // " GMT"
    const QDateTime time = QDateTime::fromString(text, QStringLiteral("MMM d HH:mm:ss yyyy"));
    if (!time.isValid())
        qFatal("cannot read the date %s", qPrintable(text));
    return time.date().toString(Qt::ISODate);
}

// A day inside the leaf's validity: the fixtures are made now, so the fixed test clock would be before them.
QDateTime inLeafLifetime()
{
    QString text = opensslField(QStringLiteral("leaf.pem"), QStringLiteral("-startdate")).simplified();
    text.chop(4);
    QDateTime time = QDateTime::fromString(text, QStringLiteral("MMM d HH:mm:ss yyyy"));
    time.setTimeSpec(Qt::UTC);
    return time.addDays(1);
}

Result<crypto::ParsedCertificateFile> parse(const QByteArray &data, const char *password = nullptr)
{
    if (!password)
        return crypto::parseCertificateFile(data, nullptr, inLeafLifetime());
    const SecureString secret = SecureString::fromUtf8(password);
    return crypto::parseCertificateFile(data, &secret, inLeafLifetime());
}

CertificateImportPreview previewOf(const QByteArray &data, const char *password = nullptr)
{
    auto parsed = parse(data, password);
    if (!parsed)
        return CertificateImportPreview::fromError(parsed.error());
    return CertificateImportPreview::fromParsed(*parsed, inLeafLifetime());
}

QString detected(const QString &name)
{
    auto probe = crypto::probeCertificateFile(fixtures().bytes(name));
    if (!probe)
        return QStringLiteral("error: ") + probe.error().toString();
    return CertificateImportPreview::detectedText(*probe);
}

} // namespace

class TestCertificateImportPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!fixtures().dir().isEmpty()); }
    void init() { test::failOnAnyWarning(); }

    void detectedLine()
    {
        QCOMPARE(detected(QStringLiteral("aes.pfx")), QStringLiteral("PKCS#12 (PFX), password-protected"));
        QCOMPARE(detected(QStringLiteral("bundle-mixed.pem")),
                 QStringLiteral("PEM bundle: 3 certificates, 1 encrypted private key"));
        QCOMPARE(detected(QStringLiteral("bundle-plain.pem")),
                 QStringLiteral("PEM bundle: 3 certificates, 1 private key"));
        QCOMPARE(detected(QStringLiteral("chain.pem")), QStringLiteral("PEM bundle: 3 certificates, no private key"));
        QCOMPARE(detected(QStringLiteral("leaf.pem")), QStringLiteral("PEM bundle: 1 certificate, no private key"));
        QCOMPARE(detected(QStringLiteral("leaf.der")), QStringLiteral("DER certificate"));
        QVERIFY2(detected(QStringLiteral("blank.pfx")).startsWith(QStringLiteral("PKCS#12 (PFX), no password")),
                 qPrintable(detected(QStringLiteral("blank.pfx"))));
    }

    // The full chain from a PFX: leaf, intermediate, root, each as `openssl x509` prints it.
    void fullChainRows()
    {
        const CertificateImportPreview preview = previewOf(fixtures().bytes(QStringLiteral("aes.pfx")), "secret");
        QVERIFY2(!preview.isBlocked(), qPrintable(preview.blockingText()));
        QCOMPARE(preview.rows().size(), 3);
        const QStringList files = {QStringLiteral("leaf.pem"), QStringLiteral("inter.pem"), QStringLiteral("root.pem")};
        const QList<Role> roles = {Role::Leaf, Role::Intermediate, Role::Root};
        const QStringList roleTexts = {QStringLiteral("Leaf"), QStringLiteral("Intermediate"), QStringLiteral("Root")};
        for (int i = 0; i < 3; ++i) {
            const CertificateImportPreview::Row &row = preview.rows().at(i);
            QCOMPARE(row.role, roles.at(i));
            QCOMPARE(row.roleText, roleTexts.at(i));
            QCOMPARE(row.subject, opensslField(files.at(i), QStringLiteral("-subject")));
            QCOMPARE(row.issuer, opensslField(files.at(i), QStringLiteral("-issuer")));
            QCOMPARE(row.validity,
                     opensslDay(files.at(i), QStringLiteral("-startdate")) + QStringLiteral(" – ")
                             + opensslDay(files.at(i), QStringLiteral("-enddate")));
            QCOMPARE(row.key, QStringLiteral("RSA 2048"));
            QVERIFY(!row.expired);
            QVERIFY(!row.notYetValid);
        }
        QCOMPARE(preview.rows().at(0).subject, QStringLiteral("O=Coffer Test,CN=www.example.test"));
        QVERIFY(preview.hasKey());
        QCOMPARE(preview.keyText(), QStringLiteral("Private key found; it matches the certificate."));
        QVERIFY(preview.chainComplete());
        QCOMPARE(preview.chainText(),
                 QStringLiteral(
                         "www.example.test → Test Intermediate CA → Test Root CA (complete, signatures checked)"));
        QVERIFY2(preview.warnings().isEmpty(), qPrintable(preview.warnings().join(u'\n')));
        QVERIFY(!preview.selfSigned());
        QVERIFY(preview.leaf().has_value());
        // The leaf's details are kept for the options page: its x5t is base64url(SHA-1) of `openssl x509`.
        const QString fingerprint = opensslField(QStringLiteral("leaf.pem"), QStringLiteral("-fingerprint"));
        const QByteArray sha1 = QByteArray::fromHex(fingerprint.toLatin1().replace(':', ""));
        QCOMPARE(sha1.size(), 20);
        QCOMPARE(preview.leaf()->x5t(),
                 QString::fromLatin1(sha1.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        QCOMPARE(preview.leaf()->subject, preview.rows().at(0).subject);
    }

    // A PEM bundle in any order with an encrypted key gives the same chain order.
    void pemAnyOrder()
    {
        const CertificateImportPreview preview = previewOf(fixtures().bytes(QStringLiteral("bundle-mixed.pem")), "pw");
        QVERIFY2(!preview.isBlocked(), qPrintable(preview.blockingText()));
        QCOMPARE(preview.rows().size(), 3);
        QCOMPARE(preview.rows().at(0).subject, opensslField(QStringLiteral("leaf.pem"), QStringLiteral("-subject")));
        QCOMPARE(preview.rows().at(2).role, Role::Root);
        QVERIFY(preview.hasKey());
    }

    void expiredAndIncomplete()
    {
        const CertificateImportPreview preview = previewOf(fixtures().bytes(QStringLiteral("expired-bundle.pem")));
        QVERIFY2(!preview.isBlocked(), qPrintable(preview.blockingText()));
        QCOMPARE(preview.rows().size(), 1);
        QVERIFY(preview.rows().at(0).expired);
        const QString subject = opensslField(QStringLiteral("expired.pem"), QStringLiteral("-subject"));
        QCOMPARE(preview.rows().at(0).validity, QStringLiteral("2020-01-01 – 2021-01-01"));
        QVERIFY(preview.warningKinds().contains(ImportWarning::Expired));
        QVERIFY(preview.warningKinds().contains(ImportWarning::ChainIncomplete));
        QVERIFY2(preview.warnings().contains(QStringLiteral("Expired: '%1' was valid until 2021-01-01.").arg(subject)),
                 qPrintable(preview.warnings().join(u'\n')));
        QVERIFY2(preview.warnings().contains(
                         QStringLiteral("Chain incomplete: the issuer 'CN=Test Intermediate CA' of '%1' is not in "
                                        "the file; the chain is stored as far as it goes.")
                                 .arg(subject)),
                 qPrintable(preview.warnings().join(u'\n')));
        QVERIFY(!preview.chainComplete());
        QVERIFY(preview.chainText().contains(QStringLiteral("incomplete: the issuer 'CN=Test Intermediate CA'")));
    }

    void notYetValid()
    {
        const QByteArray bundle = fixtures().bytes(QStringLiteral("notyet.pem"))
                + fixtures().bytes(QStringLiteral("notyet.key")) + fixtures().bytes(QStringLiteral("inter.pem"))
                + fixtures().bytes(QStringLiteral("root.pem"));
        const CertificateImportPreview preview = previewOf(bundle);
        QVERIFY2(!preview.isBlocked(), qPrintable(preview.blockingText()));
        QCOMPARE(preview.rows().size(), 3);
        QVERIFY(preview.rows().at(0).notYetValid);
        QVERIFY(!preview.rows().at(1).notYetValid);
        const QString subject = opensslField(QStringLiteral("notyet.pem"), QStringLiteral("-subject"));
        QCOMPARE(preview.warnings(),
                 QStringList {QStringLiteral("Not yet valid: '%1' is valid from 2040-01-01.").arg(subject)});
    }

    void certificateOnlyDer()
    {
        const CertificateImportPreview preview = previewOf(fixtures().bytes(QStringLiteral("leaf.der")));
        QVERIFY2(!preview.isBlocked(), qPrintable(preview.blockingText()));
        QCOMPARE(preview.rows().size(), 1);
        QCOMPARE(preview.rows().at(0).role, Role::Leaf);
        QVERIFY(!preview.hasKey());
        QCOMPARE(preview.keyText(), QStringLiteral("No private key: the certificate is stored public-only."));
        QVERIFY(preview.warningKinds().contains(ImportWarning::NoPrivateKey));
        QVERIFY(preview.warnings().contains(
                QStringLiteral("No private key: the certificate is stored public-only (no managed key).")));
    }

    void selfSigned()
    {
        const QByteArray bundle
                = fixtures().bytes(QStringLiteral("other.pem")) + fixtures().bytes(QStringLiteral("other.key"));
        const CertificateImportPreview preview = previewOf(bundle);
        QVERIFY2(!preview.isBlocked(), qPrintable(preview.blockingText()));
        QCOMPARE(preview.rows().size(), 1);
        QCOMPARE(preview.rows().at(0).role, Role::Leaf);
        QVERIFY(preview.selfSigned());
        QVERIFY(preview.chainComplete());
        QCOMPARE(preview.warnings(),
                 QStringList {QStringLiteral("Self-signed: 'CN=Unrelated' is its own issuer; only those who trust it "
                                             "directly will accept it.")});
    }

    void legacyPfx()
    {
        const CertificateImportPreview preview = previewOf(fixtures().bytes(QStringLiteral("legacy.pfx")), "secret");
        QVERIFY2(!preview.isBlocked(), qPrintable(preview.blockingText()));
        QVERIFY(preview.legacyEncryption());
        QCOMPARE(preview.warningKinds(), QList<ImportWarning> {ImportWarning::LegacyEncryption});
        QVERIFY(preview.warnings().first().startsWith(QStringLiteral("Old encryption (RC2)")));
    }

    void weakKeyAndSignature()
    {
        const CertificateImportPreview preview = previewOf(fixtures().bytes(QStringLiteral("rsa1024-certonly.pem")));
        QVERIFY2(!preview.isBlocked(), qPrintable(preview.blockingText()));
        QCOMPARE(preview.rows().at(0).key, QStringLiteral("RSA 1024"));
        QVERIFY2(preview.warnings().contains(
                         QStringLiteral("Weak key: 'CN=Weak Leaf' has a RSA 1024 key (under 112 bits of security).")),
                 qPrintable(preview.warnings().join(u'\n')));
        QVERIFY2(preview.warnings().contains(
                         QStringLiteral("Weak signature: 'CN=Weak Leaf' is signed with sha1WithRSAEncryption.")),
                 qPrintable(preview.warnings().join(u'\n')));
    }

    void skippedPemBlock()
    {
        const CertificateImportPreview preview = previewOf(fixtures().bytes(QStringLiteral("bundle-ecparams.pem")));
        QVERIFY2(!preview.isBlocked(), qPrintable(preview.blockingText()));
        QCOMPARE(preview.rows().at(0).key, QStringLiteral("EC P-256"));
        QVERIFY2(preview.warnings().contains(QStringLiteral(
                         "Skipped: a PEM block 'EC PARAMETERS' that is neither a certificate nor a private key.")),
                 qPrintable(preview.warnings().join(u'\n')));
    }

    void blocking_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<Blocking>("kind");
        QTest::addColumn<QStringList>("fragments");
        const QString inter = QStringLiteral("'CN=Test Intermediate CA'");
        QTest::newRow("gap") << QStringLiteral("gap.pem") << QString() << Blocking::ChainGap
                             << QStringList {QStringLiteral("The chain has a gap: the issuer ") + inter,
                                             QStringLiteral("www.example.test'"), QStringLiteral("is missing")};
        QTest::newRow("mismatch") << QStringLiteral("mismatch.pem") << QString() << Blocking::KeyMismatch
                                  << QStringList {QStringLiteral(
                                             "Key mismatch: the private key in the file belongs to none of its "
                                             "certificates.")};
        QTest::newRow("unrelated") << QStringLiteral("two-unrelated.pem") << QString() << Blocking::Unrelated
                                   << QStringList {QStringLiteral("Unrelated certificates: '"),
                                                   QStringLiteral("CN=Unrelated"),
                                                   QStringLiteral("is not part of the chain of")};
        QTest::newRow("ed25519") << QStringLiteral("ed25519-bundle.pem") << QString() << Blocking::UnsupportedKey
                                 << QStringList {QStringLiteral("Unsupported key: the vault holds RSA 2048–4096")};
        QTest::newRow("brainpool") << QStringLiteral("brainpool-bundle.pem") << QString() << Blocking::UnsupportedKey
                                   << QStringList {QStringLiteral("Unsupported key")};
        QTest::newRow("rsa1024 with key")
                << QStringLiteral("rsa1024-bundle.pem") << QString() << Blocking::UnsupportedKey
                << QStringList {QStringLiteral("Unsupported key")};
        QTest::newRow("truncated") << QStringLiteral("truncated.pfx") << QStringLiteral("secret") << Blocking::Corrupt
                                   << QStringList {QStringLiteral("The file is truncated")};
        QTest::newRow("corrupt header") << QStringLiteral("corrupt-header.pfx") << QStringLiteral("secret")
                                        << Blocking::Corrupt
                                        << QStringList {QStringLiteral("The file is damaged and cannot be read.")};
        QTest::newRow("key only") << QStringLiteral("key-only.pem") << QString() << Blocking::KeyOnly
                                  << QStringList {QStringLiteral("holds a private key but no certificate")};
        QTest::newRow("csr") << QStringLiteral("csr.der") << QString() << Blocking::SigningRequest
                             << QStringList {QStringLiteral("certificate signing request (CSR)")};
        QTest::newRow("random") << QStringLiteral("random.der") << QString() << Blocking::NotACertificate
                                << QStringList {QStringLiteral("Not a certificate")};
        QTest::newRow("two keys") << QStringLiteral("two-keys.pem") << QString() << Blocking::TwoKeys
                                  << QStringList {QStringLiteral("two private keys")};
        QTest::newRow("big") << QStringLiteral("big.bin") << QString() << Blocking::TooLarge
                             << QStringList {QStringLiteral("over 10 MiB")};
        QTest::newRow("wrong password") << QStringLiteral("aes.pfx") << QStringLiteral("Hunter2!")
                                        << Blocking::WrongPassword
                                        << QStringList {QStringLiteral("Wrong password — try again.")};
        QTest::newRow("no password") << QStringLiteral("aes.pfx") << QString() << Blocking::WrongPassword
                                     << QStringList {QStringLiteral("password-protected: go back")};
    }

    void blocking()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(Blocking, kind);
        QFETCH(QStringList, fragments);
        const QByteArray utf8 = password.toUtf8();
        const CertificateImportPreview preview
                = previewOf(fixtures().bytes(file), password.isEmpty() ? nullptr : utf8.constData());
        QVERIFY(preview.isBlocked());
        QCOMPARE(int(preview.blocking()), int(kind));
        QVERIFY(preview.rows().isEmpty());
        QVERIFY(!preview.leaf().has_value());
        for (const QString &fragment : fragments)
            QVERIFY2(preview.blockingText().contains(fragment), qPrintable(preview.blockingText()));
        // The password never shows up in what the wizard displays.
        if (!password.isEmpty())
            QVERIFY(!preview.blockingText().contains(password));
    }
};

QTEST_GUILESS_MAIN(TestCertificateImportPreview)
#include "TestCertificateImportPreview.moc"
