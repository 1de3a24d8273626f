// Writing PFX and PEM exports: both PFX profiles checked with `openssl pkcs12 -info` (algorithms, MAC digest),
// chain count, key, friendly name, blank password (openssl and keytool), round trip through the reader.

#include "core/crypto/CertificateFile.h"
#include "core/crypto/KeyEncoding.h"
#include "core/crypto/Pkcs12Writer.h"
#include "tests/support/CertFixtures.h"
#include "tests/support/TestUtil.h"

#include <QFile>
#include <QTemporaryDir>

using namespace coffer;
using namespace coffer::crypto;
using coffer::test::CertFixtures;

class TestPkcs12Writer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now;
    std::optional<ParsedCertificateFile> m_source; // leaf + key + inter + root

    QString save(const QString &name, QByteArrayView data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data.data(), data.size()) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static QString info(const QString &path, const QString &password)
    {
        int code = 0;
        const QByteArray out = CertFixtures::openssl({QStringLiteral("pkcs12"), QStringLiteral("-info"),
                                                      QStringLiteral("-noout"), QStringLiteral("-in"), path,
                                                      QStringLiteral("-passin"), QStringLiteral("pass:") + password},
                                                     {}, &code, true);
        return code == 0 ? QString::fromUtf8(out) : QStringLiteral("FAILED: ") + QString::fromUtf8(out);
    }
    static QByteArray certsOut(const QString &path, const QString &password)
    {
        return CertFixtures::openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-nokeys"),
                                      QStringLiteral("-passin"), QStringLiteral("pass:") + password});
    }
    // The public key of the PFX's private key, as openssl reads it.
    static QByteArray pfxPublicKey(const QString &path, const QString &password)
    {
        const QByteArray keyPem = CertFixtures::openssl(
                {QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-nocerts"),
                 QStringLiteral("-nodes"), QStringLiteral("-passin"), QStringLiteral("pass:") + password});
        return CertFixtures::openssl({QStringLiteral("pkey"), QStringLiteral("-pubout")}, keyPem);
    }
    QByteArray sourcePublicPem() const { return keyencoding::publicPem(*m_source->key).value(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const SecureString secret = SecureString::fromUtf8("secret");
        auto leaf = X509Certificate::fromPem(CertFixtures::instance().bytes(u"leaf.pem"));
        COFFER_VERIFY_OK(leaf);
        m_now = leaf->details().notBefore.addDays(1);
        auto parsed = parseCertificateFile(CertFixtures::instance().bytes(u"aes.pfx"), &secret, m_now);
        COFFER_VERIFY_OK(parsed);
        QCOMPARE(parsed->chain.size(), 3);
        m_source = std::move(*parsed);
    }
    void init() { test::failOnAnyWarning(); }

    void modernProfile()
    {
        auto pfx = writePfx(m_source->chain, &*m_source->key, SecureString::fromUtf8("export-pw"), PfxProfile::Modern,
                            QStringLiteral("my-cert"));
        COFFER_VERIFY_OK(pfx);
        const QString path = save(QStringLiteral("modern.pfx"), *pfx);
        const QString text = info(path, QStringLiteral("export-pw"));
        QVERIFY2(text.contains(u"MAC: sha256, Iteration 10000"), qPrintable(text));
        QVERIFY2(
                text.contains(u"PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC, Iteration 10000, PRF hmacWithSHA256"),
                qPrintable(text));
        QVERIFY2(text.contains(u"Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 10000, PRF hmacWithSHA256"),
                 qPrintable(text));
        QVERIFY(!text.contains(u"3DES") && !text.contains(u"RC2"));
        const QByteArray certs = certsOut(path, QStringLiteral("export-pw"));
        QCOMPARE(certs.count("-----BEGIN CERTIFICATE-----"), 3);
        QVERIFY2(certs.contains("friendlyName: my-cert"), certs.constData());
        QCOMPARE(pfxPublicKey(path, QStringLiteral("export-pw")), sourcePublicPem());
        // A wrong password is refused by openssl too.
        QVERIFY(info(path, QStringLiteral("nope")).startsWith(u"FAILED"));
    }

    void compatibleProfile()
    {
        auto pfx = writePfx(m_source->chain, &*m_source->key, SecureString::fromUtf8("export-pw"),
                            PfxProfile::Compatible);
        COFFER_VERIFY_OK(pfx);
        const QString path = save(QStringLiteral("compatible.pfx"), *pfx);
        const QString text = info(path, QStringLiteral("export-pw"));
        QVERIFY2(text.contains(u"MAC: sha1, Iteration 10000"), qPrintable(text));
        QVERIFY2(text.contains(u"PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 10000"),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 10000"),
                 qPrintable(text));
        QVERIFY(!text.contains(u"AES"));
        QCOMPARE(certsOut(path, QStringLiteral("export-pw")).count("-----BEGIN CERTIFICATE-----"), 3);
        QCOMPARE(pfxPublicKey(path, QStringLiteral("export-pw")), sourcePublicPem());
        // Read back without the legacy provider (3DES is in the default provider).
        const SecureString password = SecureString::fromUtf8("export-pw");
        auto parsed = parseCertificateFile(*pfx, &password, m_now);
        COFFER_VERIFY_OK(parsed);
        QVERIFY(!parsed->legacyEncryption);
    }

    void blankPassword()
    {
        auto pfx = writePfx(m_source->chain, &*m_source->key, SecureString(), PfxProfile::Modern);
        COFFER_VERIFY_OK(pfx);
        const QString path = save(QStringLiteral("blank.pfx"), *pfx);
        const QString text = info(path, QString());
        QVERIFY2(text.contains(u"MAC: sha256"), qPrintable(text));
        QCOMPARE(pfxPublicKey(path, QString()), sourcePublicPem());
        auto parsed = parseCertificateFile(*pfx, nullptr, m_now);
        COFFER_VERIFY_OK(parsed);
        QVERIFY(!parsed->passwordNeeded);
        QVERIFY(parsed->key.has_value());
        auto probe = probeCertificateFile(*pfx);
        COFFER_VERIFY_OK(probe);
        QVERIFY(!probe->passwordNeeded);
        QCOMPARE(probe->certificates, 3);
        if (!CertFixtures::instance().hasKeytool())
            return;
        int code = 0;
        const QByteArray list = CertFixtures::keytool({QStringLiteral("-list"), QStringLiteral("-storetype"),
                                                       QStringLiteral("PKCS12"), QStringLiteral("-keystore"), path,
                                                       QStringLiteral("-storepass"), QString()},
                                                      &code);
        QVERIFY2(code == 0, list.constData());
        QVERIFY2(list.contains("PrivateKeyEntry"), list.constData());
    }

    void keytoolReadsBothProfiles()
    {
        if (!CertFixtures::instance().hasKeytool())
            QSKIP("keytool is not installed");
        for (PfxProfile profile : {PfxProfile::Modern, PfxProfile::Compatible}) {
            auto pfx = writePfx(m_source->chain, &*m_source->key, SecureString::fromUtf8("changeit"), profile,
                                QStringLiteral("coffer"));
            COFFER_VERIFY_OK(pfx);
            const QString path = save(QStringLiteral("keytool-%1.pfx").arg(int(profile)), *pfx);
            int code = 0;
            const QByteArray list = CertFixtures::keytool({QStringLiteral("-list"), QStringLiteral("-v"),
                                                           QStringLiteral("-storetype"), QStringLiteral("PKCS12"),
                                                           QStringLiteral("-keystore"), path,
                                                           QStringLiteral("-storepass"), QStringLiteral("changeit")},
                                                          &code);
            QVERIFY2(code == 0, list.constData());
            QVERIFY2(list.contains("Alias name: coffer"), list.constData());
            QVERIFY2(list.contains("Certificate chain length: 3"), list.constData());
        }
    }

    void roundTrip()
    {
        const SecureString password = SecureString::fromUtf8("round-trip");
        auto pfx = writePfx(m_source->chain, &*m_source->key, password, PfxProfile::Modern);
        COFFER_VERIFY_OK(pfx);
        auto parsed = parseCertificateFile(*pfx, &password, m_now);
        COFFER_VERIFY_OK(parsed);
        QCOMPARE(parsed->chain.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(parsed->chain[i].details().sha256, m_source->chain[i].details().sha256);
        QCOMPARE(parsed->key->publicDer().value(), m_source->key->publicDer().value());
        QCOMPARE(parsed->key->privateMaterial().value().view(), m_source->key->privateMaterial().value().view());
        QVERIFY(parsed->passwordNeeded);
    }

    void certificateOnly()
    {
        auto pfx = writePfx(m_source->chain.mid(0, 2), nullptr, SecureString(), PfxProfile::Modern);
        COFFER_VERIFY_OK(pfx);
        const QString path = save(QStringLiteral("certonly.pfx"), *pfx);
        QCOMPARE(certsOut(path, QString()).count("-----BEGIN CERTIFICATE-----"), 2);
        auto parsed = parseCertificateFile(*pfx, nullptr, m_now);
        COFFER_VERIFY_OK(parsed);
        QVERIFY(!parsed->key.has_value());
        QCOMPARE(parsed->chain.size(), 2);
    }

    void refusals()
    {
        auto other = keyencoding::readPrivateKey(CertFixtures::instance().bytes(u"other.key"));
        COFFER_VERIFY_OK(other);
        auto mismatch = writePfx(m_source->chain, &*other, SecureString(), PfxProfile::Modern);
        COFFER_VERIFY_ERROR(mismatch, ErrorCode::InvalidArgument);
        QVERIFY2(mismatch.error().context().contains(u"does not belong to the certificate"),
                 qPrintable(mismatch.error().context()));
        COFFER_VERIFY_ERROR(writePemBundle(m_source->chain, &*other), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(writePfx({}, nullptr, SecureString(), PfxProfile::Modern), ErrorCode::InvalidArgument);
        auto publicOnly = m_source->key->publicKey();
        COFFER_VERIFY_OK(publicOnly);
        COFFER_VERIFY_ERROR(writePfx(m_source->chain, &*publicOnly, SecureString(), PfxProfile::Modern),
                            ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(writePfx(m_source->chain, nullptr, SecureString(), PfxProfile::Modern, {}, 0),
                            ErrorCode::InvalidArgument);
    }

    void pemBundle()
    {
        auto pem = writePemBundle(m_source->chain, &*m_source->key);
        COFFER_VERIFY_OK(pem);
        QVERIFY(pem->view().startsWith(QByteArrayView("-----BEGIN PRIVATE KEY-----\n")));
        QCOMPARE(QByteArray(pem->view().data(), pem->view().size()).count("-----BEGIN CERTIFICATE-----"), 3);
        const QString path = save(QStringLiteral("bundle.pem"), pem->view());
        const CertFixtures &fx = CertFixtures::instance();
        QCOMPARE(CertFixtures::openssl({QStringLiteral("x509"), QStringLiteral("-in"), path, QStringLiteral("-noout"),
                                        QStringLiteral("-fingerprint"), QStringLiteral("-sha256")}),
                 CertFixtures::openssl({QStringLiteral("x509"), QStringLiteral("-in"), fx.path(u"leaf.pem"),
                                        QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                        QStringLiteral("-sha256")}));
        QCOMPARE(
                CertFixtures::openssl({QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-pubout")}),
                sourcePublicPem());
        auto parsed = parseCertificateFile(pem->view(), nullptr, m_now);
        COFFER_VERIFY_OK(parsed);
        QCOMPARE(parsed->chain.size(), 3);
        QVERIFY(parsed->key.has_value());
        auto publicOnly = writePemBundle(m_source->chain.mid(0, 1), nullptr);
        COFFER_VERIFY_OK(publicOnly);
        QCOMPARE(QByteArray(publicOnly->view().data(), publicOnly->view().size()), m_source->chain.front().pem());
    }
};

QTEST_GUILESS_MAIN(TestPkcs12Writer)
#include "TestPkcs12Writer.moc"
