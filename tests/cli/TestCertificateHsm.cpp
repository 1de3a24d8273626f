// cli.CertificateHsm: certificates whose key is on the vault's PKCS#11 token (a fresh SoftHSM2 token of this test's
// own), through the real binary: a PFX imported with --protection hsm, its managed key signing on the token (checked
// by openssl against the certificate's public key), a self-signed EC-HSM certificate that openssl verifies, a renewal
// with reuse_key keeping the token key, an export of an HSM key refused, an exportable HSM policy refused, and a
// missing PIN reported as such with nothing stored.
#include "tests/cli/TestCertificateSupport.h"
#include "tests/support/SoftHsm.h"
#include "tests/support/TestUtil.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace coffer::test;

namespace {
QString str(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestCertificateHsm : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    CertVault m_vault {m_cli};
    std::optional<TestToken> m_token;
    QString m_pinFile;

    QString path(const char *name) const { return m_cli.path(str(name)); }
    QString path(const QString &name) const { return m_cli.path(name); }
    QStringList pin() const { return {str("--hsm-pin-file"), m_pinFile}; }
    ToolRun ssl(const QStringList &args) { return openssl(m_cli.dir(), args); }

    // The certificate's public key as PEM (from `certificate download` and openssl).
    QString certificatePublicKey(const QString &name)
    {
        const QString pem = path(name + str(".pem"));
        if (!QFileInfo::exists(pem))
            m_vault.ok(str("download"), {str("--name"), name, str("--file"), pem});
        const ToolRun pub = ssl({str("x509"), str("-in"), pem, str("-noout"), str("-pubkey")});
        return m_cli.writeFile(name + str(".pub"), pub.out);
    }

    // Signs with the managed key (on the token) and verifies with openssl against the certificate's public key.
    void managedKeySigns(const QString &name, const QString &alg)
    {
        const QByteArray digest = QCryptographicHash::hash("signed on the token", QCryptographicHash::Sha256);
        const CliRun signed_ = m_cli.run(m_vault.args(
                str("key"), str("sign"),
                QStringList {str("--name"), name, str("--algorithm"), alg, str("--digest"), toB64(digest)} + pin()));
        COFFER_VERIFY_EXIT(signed_, 0);
        QByteArray signature = fromB64Url(signed_.json().value(u"signature").toString());
        QStringList args {str("pkeyutl"),
                          str("-verify"),
                          str("-pubin"),
                          str("-inkey"),
                          certificatePublicKey(name),
                          str("-in"),
                          m_cli.writeFile(name + str(".digest"), digest)};
        if (alg.startsWith(u'E'))
            signature = ecdsaRawToDer(signature);
        else
            args += {str("-pkeyopt"), str("digest:sha256")};
        args += {str("-sigfile"), m_cli.writeFile(name + str(".sig"), signature)};
        const ToolRun checked = ssl(args);
        QVERIFY2(checked.exitCode == 0 && checked.out.contains("Signature Verified Successfully"),
                 qPrintable(checked.describe()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_token = testToken();
        if (!m_token)
            QSKIP(qPrintable(softHsmSkipReason()));
        QVERIFY(m_cli.isValid());
        QVERIFY(m_vault.create(str("cert-hsm-kv"), "certificate hsm passphrase"));
        m_pinFile = m_cli.writePassphrase(str("pin.txt"), m_token->pin.utf8().view().toByteArray());
        writeCertificatePasswords(m_cli);
        const ToolRun made = makeCertificateInputs(m_cli.dir());
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const CliRun bound = m_cli.run(m_vault.args(str("vault"), str("hsm bind"),
                                                    {str("--module"), m_token->module, str("--token-label"),
                                                     m_token->label, str("--pin-file"), m_pinFile}));
        COFFER_VERIFY_EXIT(bound, 0);
    }
    void init() { failOnAnyWarning(); }

    void importOntoTheToken()
    {
        // Without the PIN: said so, nothing stored.
        const CliRun noPin = m_vault.run(str("import"),
                                         {str("--name"), str("tls-hsm"), str("--file"), path("aes.pfx"),
                                          str("--password-file"), path("pfx.pass"), str("--protection"), str("hsm")});
        QVERIFY2(noPin.exitCode == 9 || noPin.exitCode == 3, qPrintable(noPin.describe()));
        COFFER_VERIFY_EXIT(m_vault.run(str("show"), {str("--name"), str("tls-hsm")}), 4);

        const QJsonObject imported
                = m_vault.ok(str("import"),
                             QStringList {str("--name"), str("tls-hsm"), str("--file"), path("aes.pfx"),
                                          str("--password-file"), path("pfx.pass"), str("--protection"), str("hsm")}
                                     + pin());
        QVERIFY(!imported.value(u"kid").toString().isEmpty());
        const CliRun key = m_cli.run(m_vault.args(str("key"), str("show"), {str("--name"), str("tls-hsm")}));
        COFFER_VERIFY_EXIT(key, 0);
        QCOMPARE(key.json().value(u"key").toObject().value(u"kty").toString(), str("RSA-HSM"));
        managedKeySigns(str("tls-hsm"), str("RS256"));

        // The private key never leaves the token: export refused, the secret's PFX holds certificates only.
        const CliRun exported
                = m_vault.run(str("export"), {str("--name"), str("tls-hsm"), str("--file"), path("tls-hsm.pfx")});
        COFFER_VERIFY_EXIT(exported, 8);
        COFFER_VERIFY_STDERR(exported, "on the HSM");
        QVERIFY(!QFileInfo::exists(path("tls-hsm.pfx")));
        const CliRun secret = m_cli.run(m_vault.args(str("secret"), str("download"),
                                                     {str("--name"), str("tls-hsm"), str("--file"),
                                                      path("tls-hsm-secret.pfx"), str("--encoding"), str("base64")}));
        COFFER_VERIFY_EXIT(secret, 0);
        const ToolRun pfx = ssl(
                {str("pkcs12"), str("-in"), path("tls-hsm-secret.pfx"), str("-passin"), str("pass:"), str("-nodes")});
        QVERIFY2(pfx.exitCode == 0, qPrintable(pfx.describe()));
        QVERIFY(!pfx.out.contains("PRIVATE KEY"));
        QCOMPARE(int(pfx.out.count("-----BEGIN CERTIFICATE-----")), 3);
    }

    void selfSignedOnTheTokenAndRenewedWithTheSameKey()
    {
        const QString policy = str(R"({"key_props": {"kty": "EC-HSM", "crv": "P-256", "exportable": false,
                                                      "reuse_key": true},
                                       "x509_props": {"subject": "CN=hsm.example.test",
                                                      "sans": {"dns_names": ["hsm.example.test"]},
                                                      "validity_months": 6},
                                       "issuer": {"name": "Self"}})");
        const QJsonObject created = m_vault.ok(
                str("create"), QStringList {str("--name"), str("ec-hsm"), str("--policy"), policy} + pin());
        QVERIFY(!created.value(u"cer").toString().isEmpty());
        const QString pem = path("ec-hsm.pem");
        m_vault.ok(str("download"), {str("--name"), str("ec-hsm"), str("--file"), pem});
        const ToolRun verify = ssl({str("verify"), str("-CAfile"), pem, pem});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        managedKeySigns(str("ec-hsm"), str("ES256"));
        const QByteArray firstKey = ssl({str("x509"), str("-in"), pem, str("-noout"), str("-pubkey")}).out;

        const QJsonObject renewed = m_vault.ok(str("renew"), QStringList {str("--name"), str("ec-hsm")} + pin());
        QVERIFY(renewed.value(u"id").toString() != created.value(u"id").toString());
        const QString renewedPem = path("ec-hsm-2.pem");
        m_vault.ok(str("download"), {str("--name"), str("ec-hsm"), str("--file"), renewedPem});
        QCOMPARE(ssl({str("x509"), str("-in"), renewedPem, str("-noout"), str("-pubkey")}).out, firstKey);
        QVERIFY(ssl({str("x509"), str("-in"), renewedPem, str("-noout"), str("-serial")}).out
                != ssl({str("x509"), str("-in"), pem, str("-noout"), str("-serial")}).out);
    }

    void exportableHsmPolicyRefused()
    {
        const CliRun run = m_vault.run(
                str("create"),
                QStringList {str("--name"), str("bad-hsm"), str("--policy"),
                             str(R"({"key_props": {"kty": "RSA-HSM", "key_size": 2048, "exportable": true},
                                     "x509_props": {"subject": "CN=bad"}, "issuer": {"name": "Self"}})")}
                        + pin());
        COFFER_VERIFY_EXIT(run, 7);
        COFFER_VERIFY_STDERR(run, "exportable");
        COFFER_VERIFY_EXIT(m_vault.run(str("show"), {str("--name"), str("bad-hsm")}), 4);
    }
};

QTEST_GUILESS_MAIN(TestCertificateHsm)
#include "TestCertificateHsm.moc"
