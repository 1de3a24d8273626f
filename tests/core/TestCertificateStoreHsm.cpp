// CertificateStore with keys on a fresh SoftHSM2 token (CTest fixture): self-signed and CSR creation signed on the
// token, merge, renewal with reuse_key sharing one token object, the token object destroyed only when no key
// version or pending request names it any more, and import of a PFX's key onto the token.

#include "core/vault/CertificateStore.h"
#include "core/vault/HsmBinding.h"
#include "core/vault/KeyStore.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "tests/support/CertFixtures.h"
#include "tests/support/SoftHsm.h"
#include "tests/support/TestUtil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace coffer;
using test::CertFixtures;

namespace {

CertificatePolicy hsmPolicy(IssuerKind issuer, KeyType kty = KeyType::Rsa, bool reuseKey = false)
{
    CertificatePolicy p;
    p.kty = kty;
    p.keySize = 2048;
    if (kty == KeyType::Ec)
        p.curve = Curve::P256;
    p.protection = Protection::Hsm;
    p.exportable = false;
    p.reuseKey = reuseKey;
    p.subject = QStringLiteral("CN=token.example.test");
    p.dnsNames = {QStringLiteral("token.example.test")};
    p.keyUsage = crypto::KeyUsages(KeyUsageBit::DigitalSignature) | KeyUsageBit::KeyEncipherment;
    p.validityMonths = 6;
    p.issuer = issuer;
    return p;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, QByteArrayView bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes.data(), bytes.size()) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCertificateStoreHsm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_files;
    FakeClock m_clock {test::fixedStart()};
    std::optional<test::TestToken> m_token;
    int m_counter = 0;

    std::unique_ptr<Vault> makeBoundVault()
    {
        VaultCreateOptions o;
        o.parentFolder = m_dir.path();
        o.name = QStringLiteral("T%1").arg(++m_counter, 3, 10, QLatin1Char('0'));
        o.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(o, SecureString::fromUtf8("pw"), m_clock);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        auto bound = created->vault->hsm().bind(m_token->module, m_token->label, m_token->pin);
        if (!bound)
            qFatal("%s", qPrintable(bound.error().toString()));
        return std::move(created->vault);
    }

    std::unique_ptr<hsm::HsmToken> directToken()
    {
        auto token = hsm::HsmToken::open(m_token->ref(), m_token->pin);
        if (!token)
            qFatal("%s", qPrintable(token.error().toString()));
        return std::move(*token);
    }

    bool onToken(const KeyInfo &key)
    {
        auto exists = directToken()->exists({key.hsmId, key.spec});
        return exists && *exists;
    }

    // Signs the pending CSR of `name` with the test intermediate CA (openssl x509 -req) and returns the PEM.
    QByteArray signPending(Vault &vault, const QString &name)
    {
        const CertFixtures &fx = CertFixtures::instance();
        auto csr = vault.certificates().pendingCsrPem(name);
        if (!csr)
            qFatal("%s", qPrintable(csr.error().toString()));
        const QString csrPath = writeFile(m_files, name + QStringLiteral(".csr"), *csr);
        const QString out = m_files.filePath(name + QStringLiteral("-signed.pem"));
        int rc = -1;
        CertFixtures::openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csrPath,
                               QStringLiteral("-CA"), fx.path(u"inter.pem"), QStringLiteral("-CAkey"),
                               fx.path(u"inter.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                               QStringLiteral("90"), QStringLiteral("-copy_extensions"), QStringLiteral("copyall"),
                               QStringLiteral("-out"), out},
                              {}, &rc);
        if (rc != 0)
            qFatal("openssl x509 -req failed");
        // The certificate starts at openssl's now; the vault's clock follows it.
        m_clock.set(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 1, Qt::UTC));
        return fileBytes(out) + fx.bytes(u"inter.pem");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_token = test::testToken();
        if (!m_token)
            QSKIP(qPrintable(test::softHsmSkipReason()));
        (void)CertFixtures::instance();
    }
    void init()
    {
        test::failOnAnyWarning();
        // Certificates signed by `openssl x509 -req` and the fixtures start now (OpenSSL 3.0 cannot backdate):
        // the vault's clock is today so that their keys are within their validity.
        m_clock.set(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC));
    }

    void selfSignedOnTheToken()
    {
        auto vault = makeBoundVault();
        auto created = vault->certificates().create(QStringLiteral("tok"), hsmPolicy(IssuerKind::Self));
        COFFER_VERIFY_OK(created);
        const CertificateInfo cert = std::get<CertificateInfo>(*created);
        QCOMPARE(cert.keyProtection, Protection::Hsm);
        QVERIFY(!cert.exportable);
        auto key = vault->keys().show(QStringLiteral("tok"));
        COFFER_VERIFY_OK(key);
        QCOMPARE(key->protection, Protection::Hsm);
        QCOMPARE(key->info.version, cert.info.version);
        QVERIFY(onToken(*key));
        auto attributes = directToken()->attributes({key->hsmId, key->spec});
        COFFER_VERIFY_OK(attributes);
        QVERIFY(attributes->neverExtractable);
        // The certificate verifies with its own key (signed on the token), checked by openssl.
        auto pem = vault->certificates().downloadPublic(QStringLiteral("tok"), {}, true);
        COFFER_VERIFY_OK(pem);
        const QString path = writeFile(m_files, QStringLiteral("tok.pem"), *pem);
        int rc = -1;
        const QByteArray out = CertFixtures::openssl({QStringLiteral("verify"), QStringLiteral("-attime"),
                                                      QString::number(m_clock.now().toSecsSinceEpoch()),
                                                      QStringLiteral("-CAfile"), path, path},
                                                     {}, &rc, true);
        QVERIFY2(rc == 0, out.constData());
        // The key signs through the token; the export never holds it.
        COFFER_VERIFY_OK(vault->keys().sign(QStringLiteral("tok"), {}, SignAlg::RS256,
                                            QCryptographicHash::hash("x", QCryptographicHash::Sha256)));
        auto exported = vault->certificates().exportWithKey(QStringLiteral("tok"), CertificateExportRequest {});
        COFFER_VERIFY_OK(exported);
        const QString pfx = writeFile(m_files, QStringLiteral("tok.pfx"), exported->view());
        const QByteArray info
                = CertFixtures::openssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-in"), pfx,
                                         QStringLiteral("-passin"), QStringLiteral("pass:"), QStringLiteral("-nodes")},
                                        {}, &rc, true);
        QCOMPARE(rc, 0);
        QVERIFY2(!info.contains("PRIVATE KEY"), info.constData());
        // An exportable HSM policy is refused before anything is made.
        CertificatePolicy exportable = hsmPolicy(IssuerKind::Self);
        exportable.exportable = true;
        COFFER_VERIFY_ERROR(vault->certificates().create(QStringLiteral("open"), exportable),
                            ErrorCode::InvalidArgument);
    }

    void csrMergeAndReuseKeySharesTheTokenObject()
    {
        auto vault = makeBoundVault();
        CertificateStore &certs = vault->certificates();
        auto created = certs.create(QStringLiteral("csr"), hsmPolicy(IssuerKind::Unknown, KeyType::Ec, true));
        COFFER_VERIFY_OK(created);
        QCOMPARE(std::get<CertificateOperationInfo>(*created).keyProtection, Protection::Hsm);
        auto merged = certs.merge(QStringLiteral("csr"), signPending(*vault, QStringLiteral("csr")));
        COFFER_VERIFY_OK(merged);
        QCOMPARE(merged->chainDer.size(), 2);
        auto key = vault->keys().show(QStringLiteral("csr"));
        COFFER_VERIFY_OK(key);
        QCOMPARE(key->protection, Protection::Hsm);
        QVERIFY(onToken(*key));
        COFFER_VERIFY_OK(vault->keys().sign(QStringLiteral("csr"), {}, SignAlg::ES256,
                                            QCryptographicHash::hash("x", QCryptographicHash::Sha256)));

        // Renewal with reuse_key: a new request on the same token object; deleting that request keeps the object
        // (the merged version still names it).
        auto renewed = certs.renew(QStringLiteral("csr"));
        COFFER_VERIFY_OK(renewed);
        QVERIFY(std::holds_alternative<CertificateOperationInfo>(*renewed));
        COFFER_VERIFY_OK(certs.deletePending(QStringLiteral("csr")));
        QVERIFY(onToken(*key));
        // Renew again and merge: two key versions, one token object.
        COFFER_VERIFY_OK(certs.renew(QStringLiteral("csr")));
        auto second = certs.merge(QStringLiteral("csr"), signPending(*vault, QStringLiteral("csr")));
        COFFER_VERIFY_OK(second);
        auto versions = vault->keys().listVersions(QStringLiteral("csr"));
        COFFER_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).hsmId, versions->at(1).hsmId);
        QVERIFY(onToken(*key));

        // Delete keeps it (recoverable); purge destroys it.
        COFFER_VERIFY_OK(certs.remove(QStringLiteral("csr")));
        QVERIFY(onToken(*key));
        COFFER_VERIFY_OK(certs.purge(QStringLiteral("csr")));
        QVERIFY(!onToken(*key));
    }

    void deletedRequestDestroysItsFreshKey()
    {
        auto vault = makeBoundVault();
        const QString path = vault->path();
        COFFER_VERIFY_OK(vault->certificates().create(QStringLiteral("req"), hsmPolicy(IssuerKind::Unknown)));
        vault.reset();
        // Deleted in a session without the PIN: the object is listed as an orphan until the token is usable.
        auto noPin = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("pw")), m_clock);
        COFFER_VERIFY_OK(noPin);
        auto deleted = (*noPin)->certificates().deletePending(QStringLiteral("req"));
        COFFER_VERIFY_OK(deleted);
        auto status = (*noPin)->hsm().status();
        COFFER_VERIFY_OK(status);
        QCOMPARE(status->orphans.size(), 1);
        const hsm::HsmKeyRef ref {QByteArray::fromHex(status->orphans.first().toLatin1()), deleted->keySpec};
        auto exists = directToken()->exists(ref);
        COFFER_VERIFY_OK(exists);
        QVERIFY(*exists);
        COFFER_VERIFY_OK((*noPin)->hsm().login(m_token->pin));
        COFFER_VERIFY_OK((*noPin)->certificates().create(QStringLiteral("next"), hsmPolicy(IssuerKind::Self)));
        exists = directToken()->exists(ref);
        COFFER_VERIFY_OK(exists);
        QVERIFY(!*exists);
    }

    void importOntoTheToken()
    {
        const CertFixtures &fx = CertFixtures::instance();
        auto vault = makeBoundVault();
        CertificateImportRequest request;
        request.data = SecureBytes(fx.bytes(u"ec256.pfx"));
        request.password = SecureString::fromUtf8("secret");
        request.protection = Protection::Hsm;
        request.exportable = true;
        COFFER_VERIFY_ERROR(vault->certificates().importCertificate(QStringLiteral("imp"), request),
                            ErrorCode::InvalidArgument);
        request.exportable.reset();
        auto imported = vault->certificates().importCertificate(QStringLiteral("imp"), request);
        COFFER_VERIFY_OK(imported);
        QCOMPARE(imported->certificate.keyProtection, Protection::Hsm);
        auto key = vault->keys().show(QStringLiteral("imp"));
        COFFER_VERIFY_OK(key);
        QCOMPARE(key->protection, Protection::Hsm);
        QVERIFY(!key->hsmLocal); // imported, not generated there
        QVERIFY(onToken(*key));
        auto leaf = crypto::X509Certificate::fromDer(imported->certificate.chainDer.first());
        COFFER_VERIFY_OK(leaf);
        QCOMPARE(key->publicDer, leaf->publicKeyDer());
        const QByteArray digest = QCryptographicHash::hash("imported", QCryptographicHash::Sha256);
        auto signature = vault->keys().sign(QStringLiteral("imp"), {}, SignAlg::ES256, digest);
        COFFER_VERIFY_OK(signature);
        auto valid = vault->keys().verify(QStringLiteral("imp"), {}, SignAlg::ES256, digest, signature->signature);
        COFFER_VERIFY_OK(valid);
        QVERIFY(*valid);
        // A certificate-only file cannot go to the token.
        CertificateImportRequest certOnly;
        certOnly.data = SecureBytes(fx.bytes(u"leaf.der"));
        certOnly.protection = Protection::Hsm;
        auto refused = vault->certificates().importCertificate(QStringLiteral("pub"), certOnly);
        COFFER_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QVERIFY2(refused.error().context().contains(u"no private key"), qPrintable(refused.error().context()));
    }
};

QTEST_GUILESS_MAIN(TestCertificateStoreHsm)
#include "TestCertificateStoreHsm.moc"
