// Certificates through the access choke point: Azure's roles (Certificates Officer manages certificates but cannot
// read the PFX or use the key; Certificate User reads and downloads the PFX), access-policy certificate
// permissions, and one audit record per operation with Azure's names.

#include "core/access/AccessControl.h"
#include "core/audit/AuditService.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/KeyStore.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "tests/support/CertFixtures.h"
#include "tests/support/TestUtil.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace coffer;
using test::CertFixtures;

namespace {

CertificatePolicy policy(IssuerKind issuer = IssuerKind::Self)
{
    CertificatePolicy p;
    p.kty = KeyType::Ec;
    p.curve = Curve::P256;
    p.exportable = true;
    p.subject = QStringLiteral("CN=access.example.test");
    p.keyUsage = crypto::KeyUsages(KeyUsageBit::DigitalSignature);
    p.validityMonths = 12;
    p.issuer = issuer;
    return p;
}

CertificateImportRequest pfxImport()
{
    CertificateImportRequest request;
    request.data = SecureBytes(CertFixtures::instance().bytes(u"aes.pfx"));
    request.password = SecureString::fromUtf8("secret");
    return request;
}

} // namespace

class TestCertificateAccess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {test::fixedStart()};
    QString m_path;

    std::unique_ptr<Vault> open(const char *passphrase)
    {
        auto vault = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(passphrase)), m_clock);
        if (!vault)
            qFatal("%s", qPrintable(vault.error().toString()));
        return std::move(*vault);
    }

    QList<audit::AuditRecord> records(Vault &vault, const QString &operation, const QString &principal)
    {
        audit::AuditFilter filter;
        filter.operations = {operation};
        filter.principals = {principal};
        auto list = vault.audit().list(filter);
        return list ? *list : QList<audit::AuditRecord>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        (void)CertFixtures::instance();
        VaultCreateOptions o;
        o.parentFolder = m_dir.path();
        o.name = QStringLiteral("Access");
        o.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(o, SecureString::fromUtf8("owner-pw"), m_clock);
        COFFER_VERIFY_OK(created);
        Vault &vault = *created->vault;
        m_path = vault.path();
        access::AccessControl &access = vault.access();
        for (const char *name : {"officer", "user", "policy"})
            COFFER_VERIFY_OK(access.createUser(QString::fromLatin1(name),
                                               SecureString::fromUtf8(QByteArray(QByteArray(name) + "-pw")),
                                               Argon2Params::fastForTests()));
        COFFER_VERIFY_OK(access.assign(QStringLiteral("Key Vault Certificates Officer"), QStringLiteral("officer"),
                                       access::Scope::vault()));
        COFFER_VERIFY_OK(access.assign(QStringLiteral("Key Vault Certificate User"), QStringLiteral("user"),
                                       access::Scope::vault()));
        // The owner makes one certificate the others work with.
        COFFER_VERIFY_OK(vault.certificates().create(QStringLiteral("shared"), policy()));
    }
    void init() { test::failOnAnyWarning(); }

    void certificatesOfficerManagesButCannotReadThePfx()
    {
        auto vault = open("officer-pw");
        CertificateStore &certs = vault->certificates();
        const SecureString password = SecureString::fromUtf8("secret");
        auto preview = certs.inspect(CertFixtures::instance().bytes(u"aes.pfx"), &password);
        COFFER_VERIFY_OK(preview);
        QCOMPARE(preview->chain.size(), 3);
        QVERIFY(preview->key.has_value());
        COFFER_VERIFY_OK(certs.importCertificate(QStringLiteral("imported"), pfxImport()));
        COFFER_VERIFY_OK(certs.create(QStringLiteral("made"), policy()));
        auto pending = certs.create(QStringLiteral("requested"), policy(IssuerKind::Unknown));
        COFFER_VERIFY_OK(pending);
        COFFER_VERIFY_OK(certs.pendingCsrPem(QStringLiteral("requested")));
        COFFER_VERIFY_OK(certs.cancelPending(QStringLiteral("requested")));
        COFFER_VERIFY_OK(certs.deletePending(QStringLiteral("requested")));
        COFFER_VERIFY_OK(certs.renew(QStringLiteral("made")));
        COFFER_VERIFY_OK(certs.downloadPublic(QStringLiteral("made"), {}, true));
        // The PFX is a SecretGet on /secrets/NAME and the key is /keys/NAME: certificate roles do not reach them.
        auto exported = certs.exportWithKey(QStringLiteral("made"), CertificateExportRequest {});
        COFFER_VERIFY_ERROR(exported, ErrorCode::Forbidden);
        COFFER_VERIFY_ERROR(vault->secrets().get(QStringLiteral("made")), ErrorCode::Forbidden);
        COFFER_VERIFY_ERROR(vault->keys().sign(QStringLiteral("made"), {}, SignAlg::ES256,
                                               QCryptographicHash::hash("x", QCryptographicHash::Sha256)),
                            ErrorCode::Forbidden);
        COFFER_VERIFY_OK(certs.remove(QStringLiteral("imported")));
        COFFER_VERIFY_OK(certs.recover(QStringLiteral("imported")));
        vault.reset();

        // One record per operation, with Azure's names; the denied export is a failed SecretGet.
        auto owner = open("owner-pw");
        QCOMPARE(records(*owner, QStringLiteral("CertificateImport"), QStringLiteral("officer")).size(), 1);
        QCOMPARE(records(*owner, QStringLiteral("CertificateCreate"), QStringLiteral("officer")).size(), 2);
        QCOMPARE(records(*owner, QStringLiteral("CertificateRenew"), QStringLiteral("officer")).size(), 1);
        QCOMPARE(records(*owner, QStringLiteral("CertificatePendingUpdate"), QStringLiteral("officer")).size(), 1);
        QCOMPARE(records(*owner, QStringLiteral("CertificatePendingDelete"), QStringLiteral("officer")).size(), 1);
        QCOMPARE(records(*owner, QStringLiteral("CertificateDelete"), QStringLiteral("officer")).size(), 1);
        QCOMPARE(records(*owner, QStringLiteral("CertificateRecover"), QStringLiteral("officer")).size(), 1);
        const auto imports = records(*owner, QStringLiteral("CertificateImport"), QStringLiteral("officer"));
        QCOMPARE(imports.first().result, audit::AuditResult::Success);
        QVERIFY(imports.first().target.contains(u"/certificates/imported/"));
        QCOMPARE(imports.first().details.value(u"issuer").toString(), QStringLiteral("Unknown"));
        QCOMPARE(imports.first().details.value(u"thumbprint").toString().size(), 40);
        QVERIFY(!QJsonDocument(imports.first().details).toJson().contains("secret"));
        const auto gets = records(*owner, QStringLiteral("SecretGet"), QStringLiteral("officer"));
        QCOMPARE(gets.size(), 2);
        for (const audit::AuditRecord &record : gets)
            QVERIFY(record.result != audit::AuditResult::Success);
    }

    void certificateUserReadsAndDownloadsThePfx()
    {
        auto vault = open("user-pw");
        CertificateStore &certs = vault->certificates();
        COFFER_VERIFY_OK(certs.show(QStringLiteral("shared")));
        auto listed = certs.list();
        COFFER_VERIFY_OK(listed);
        QVERIFY(!listed->isEmpty());
        auto pfx = certs.exportWithKey(QStringLiteral("shared"), CertificateExportRequest {});
        COFFER_VERIFY_OK(pfx);
        QVERIFY(pfx->size() > 500);
        COFFER_VERIFY_OK(vault->secrets().get(QStringLiteral("shared")));
        COFFER_VERIFY_ERROR(certs.importCertificate(QStringLiteral("nope"), pfxImport()), ErrorCode::Forbidden);
        const SecureString password = SecureString::fromUtf8("secret");
        COFFER_VERIFY_ERROR(certs.inspect(CertFixtures::instance().bytes(u"aes.pfx"), &password),
                            ErrorCode::Forbidden); // the wizard's preview needs import rights
        COFFER_VERIFY_ERROR(certs.create(QStringLiteral("nope"), policy()), ErrorCode::Forbidden);
        COFFER_VERIFY_ERROR(certs.remove(QStringLiteral("shared")), ErrorCode::Forbidden);
        COFFER_VERIFY_ERROR(certs.renew(QStringLiteral("shared")), ErrorCode::Forbidden);
        auto versions = certs.listVersions(QStringLiteral("shared"));
        COFFER_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 1); // the denied renewal made nothing
    }

    void accessPolicyCertificatePermissions()
    {
        {
            auto owner = open("owner-pw");
            COFFER_VERIFY_OK(owner->access().setPolicy(
                    QStringLiteral("policy"), std::nullopt, std::nullopt,
                    QStringList {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("import")}));
            COFFER_VERIFY_OK(owner->access().setPermissionModel(PermissionModel::AccessPolicy));
        }
        auto vault = open("policy-pw");
        CertificateStore &certs = vault->certificates();
        COFFER_VERIFY_OK(certs.importCertificate(QStringLiteral("by-policy"), pfxImport()));
        COFFER_VERIFY_OK(certs.show(QStringLiteral("by-policy")));
        auto created = certs.create(QStringLiteral("no-create"), policy());
        COFFER_VERIFY_ERROR(created, ErrorCode::Forbidden);
        COFFER_VERIFY_ERROR(certs.remove(QStringLiteral("by-policy")), ErrorCode::Forbidden);
        COFFER_VERIFY_ERROR(certs.exportWithKey(QStringLiteral("by-policy"), CertificateExportRequest {}),
                            ErrorCode::Forbidden); // no secret permissions
        COFFER_VERIFY_ERROR(certs.setContacts({{QStringLiteral("a@example.test"), {}, {}}}), ErrorCode::Forbidden);
        vault.reset();
        auto owner = open("owner-pw");
        const auto denied = records(*owner, QStringLiteral("CertificateCreate"), QStringLiteral("policy"));
        QCOMPARE(denied.size(), 1);
        QCOMPARE(denied.first().errorCode, QStringLiteral("Forbidden"));
        COFFER_VERIFY_OK(owner->access().setPermissionModel(PermissionModel::Rbac));
    }
};

QTEST_GUILESS_MAIN(TestCertificateAccess)
#include "TestCertificateAccess.moc"
