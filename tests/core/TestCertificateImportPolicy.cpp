// Import with a partial policy (`certificate import --policy`): only the fields the JSON names replace what the
// certificate says; the certificate's content type; and an export that requires the private key refusing, with
// the reason, when the key cannot leave the vault.

#include "core/vault/CertificateStore.h"
#include "core/vault/Vault.h"
#include "tests/support/CertFixtures.h"
#include "tests/support/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace coffer;
using test::CertFixtures;

class TestCertificateImportPolicy : public QObject
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
        o.name = QStringLiteral("P%1").arg(++m_counter, 3, 10, QLatin1Char('0'));
        o.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(o, SecureString::fromUtf8("pw"), m_clock);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        return std::move(created->vault);
    }

    static CertificateImportRequest pfxRequest(const QByteArray &policyJson = {})
    {
        CertificateImportRequest request;
        request.data = SecureBytes(CertFixtures::instance().bytes(u"aes.pfx"));
        request.password = SecureString::fromUtf8("secret");
        if (!policyJson.isEmpty())
            request.policyJson = QJsonDocument::fromJson(policyJson).object();
        return request;
    }

private Q_SLOTS:
    void initTestCase() { (void)CertFixtures::instance(); }
    void init() { test::failOnAnyWarning(); }

    void partialPolicyKeepsWhatTheCertificateSays()
    {
        auto vault = makeVault();
        CertificateStore &certs = vault->certificates();
        auto imported = certs.importCertificate(
                QStringLiteral("partial"), pfxRequest(R"({"lifetime_actions": [{"trigger": {"days_before_expiry": 30},
                                                     "action": {"action_type": "EmailContacts"}}]})"));
        COFFER_VERIFY_OK(imported);
        QVERIFY(!imported->certificate.exportable); // the import default, not the parsed policy's `true`
        auto policy = certs.policy(QStringLiteral("partial"));
        COFFER_VERIFY_OK(policy);
        QCOMPARE(policy->lifetimeActions.size(), 1);
        QCOMPARE(policy->lifetimeActions.first().daysBeforeExpiry, std::optional<int>(30));
        QCOMPARE(policy->validityMonths, 12); // the leaf's 365 days, not a default
        QCOMPARE(policy->subject, imported->certificate.details.subject);
        QVERIFY(policy->dnsNames.contains(QStringLiteral("www.example.test")));
        QVERIFY(!policy->exportable);
        QCOMPARE(imported->certificate.info.contentType, kContentTypePkcs12);
    }

    void partialPolicyMayMakeItExportableAndPem()
    {
        auto vault = makeVault();
        CertificateStore &certs = vault->certificates();
        auto imported
                = certs.importCertificate(QStringLiteral("open"), pfxRequest(R"({"key_props": {"exportable": true},
                               "secret_props": {"contentType": "application/x-pem-file"}})"));
        COFFER_VERIFY_OK(imported);
        QVERIFY(imported->certificate.exportable);
        QCOMPARE(imported->certificate.info.contentType, kContentTypePem);
        auto shown = certs.show(QStringLiteral("open"));
        COFFER_VERIFY_OK(shown);
        QCOMPARE(shown->info.contentType, kContentTypePem);
        CertificateExportRequest request;
        request.format = CertificateExportFormat::Pem;
        request.requirePrivateKey = true;
        auto pem = certs.exportWithKey(QStringLiteral("open"), request);
        COFFER_VERIFY_OK(pem);
        QVERIFY(pem->view().toByteArray().contains("-----BEGIN PRIVATE KEY-----"));
    }

    void partialPolicyErrorsNameTheField()
    {
        auto vault = makeVault();
        auto imported = vault->certificates().importCertificate(
                QStringLiteral("bad"), pfxRequest(R"({"x509_props": {"validity_months": 0}})"));
        COFFER_VERIFY_ERROR(imported, ErrorCode::InvalidArgument);
        QVERIFY2(imported.error().context().contains(u"validity_months"), qPrintable(imported.error().context()));
        auto listed = vault->certificates().list();
        COFFER_VERIFY_OK(listed);
        QVERIFY(listed->isEmpty());
    }

    void exportRequiringTheKeySaysWhyNot()
    {
        auto vault = makeVault();
        CertificateStore &certs = vault->certificates();
        COFFER_VERIFY_OK(certs.importCertificate(QStringLiteral("locked"), pfxRequest()));
        CertificateImportRequest certOnly;
        certOnly.data = SecureBytes(CertFixtures::instance().bytes(u"leaf.der"));
        COFFER_VERIFY_OK(certs.importCertificate(QStringLiteral("public"), certOnly));

        CertificateExportRequest request;
        request.requirePrivateKey = true;
        auto locked = certs.exportWithKey(QStringLiteral("locked"), request);
        COFFER_VERIFY_ERROR(locked, ErrorCode::Forbidden);
        QVERIFY2(locked.error().context().contains(u"not exportable"), qPrintable(locked.error().context()));
        auto publicOnly = certs.exportWithKey(QStringLiteral("public"), request);
        COFFER_VERIFY_ERROR(publicOnly, ErrorCode::Forbidden);
        QVERIFY2(publicOnly.error().context().contains(u"imported without one"),
                 qPrintable(publicOnly.error().context()));

        request.requirePrivateKey = false; // the certificates alone, as Azure's secret holds them
        auto chain = certs.exportWithKey(QStringLiteral("locked"), request);
        COFFER_VERIFY_OK(chain);
    }
};

QTEST_GUILESS_MAIN(TestCertificateImportPolicy)
#include "TestCertificateImportPolicy.moc"
