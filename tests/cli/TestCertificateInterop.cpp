// cli.CertificateInterop: what coffer-cli writes out is read by the openssl command line (and keytool when
// installed): `certificate download` PEM/DER (fingerprint = x5t), `secret download --encoding base64` (Azure's
// blank-password PFX), `certificate export` (password, --compatible 3DES/SHA-1 MAC, PEM), chain verification
// with `openssl verify`, and the CSR of `pending show --csr-file` with `openssl req -verify`.
#include "tests/cli/AccessTestSupport.h"
#include "tests/cli/TestCertificateSupport.h"
#include "tests/support/TestUtil.h"

#include <QFileInfo>

using namespace coffer::test;

namespace {
QString str(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestCertificateInterop : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    CertVault m_vault {m_cli};
    QString m_x5t; // of "interop" (the leaf of aes.pfx)

    QString path(const char *name) const { return m_cli.path(str(name)); }
    ToolRun ssl(const QStringList &args) { return openssl(m_cli.dir(), args); }
    static int count(const QByteArray &text, const QByteArray &what) { return int(text.count(what)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        QVERIFY(m_vault.create(str("interop-kv"), "certificate interop passphrase"));
        writeCertificatePasswords(m_cli);
        const ToolRun made = makeCertificateInputs(m_cli.dir());
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        m_x5t = m_vault.ok(str("import"),
                           {str("--name"), str("interop"), str("--file"), path("aes.pfx"), str("--password-file"),
                            path("pfx.pass"), str("--exportable")})
                        .value(u"x5t")
                        .toString();
        QVERIFY(!m_x5t.isEmpty());
        m_vault.ok(str("import"), {str("--name"), str("locked"), str("--file"), path("bundle.pem")});
    }

    void downloadMatchesX5t()
    {
        m_vault.ok(str("download"), {str("--name"), str("interop"), str("--file"), path("dl.pem")});
        m_vault.ok(str("download"),
                   {str("--name"), str("interop"), str("--file"), path("dl.cer"), str("--encoding"), str("DER")});
        QCOMPARE(opensslX5t(m_cli.dir(), {str("-in"), path("dl.pem")}), m_x5t);
        QCOMPARE(opensslX5t(m_cli.dir(), {str("-inform"), str("DER"), str("-in"), path("dl.cer")}), m_x5t);
        const ToolRun verify = ssl({str("verify"), str("-CAfile"), path("root.pem"), str("-untrusted"),
                                    path("inter.pem"), path("dl.pem")});
        QVERIFY2(verify.exitCode == 0 && verify.out.contains(": OK"), qPrintable(verify.describe()));
    }

    void secretDownloadIsAzuresPfx()
    {
        // Without --encoding: the value as stored, base64 text (as az writes it), with a note.
        const CliRun text = m_vault.runGroup(str("secret"), str("download"),
                                             {str("--name"), str("interop"), str("--file"), path("secret.b64")});
        COFFER_VERIFY_EXIT(text, 0);
        COFFER_VERIFY_STDERR(text, "--encoding base64");
        const QByteArray b64 = readFileBytes(path("secret.b64"));
        QVERIFY(!b64.isEmpty());
        QVERIFY2(QByteArray::fromBase64(b64, QByteArray::AbortOnBase64DecodingErrors).size() > 1000, b64.left(40));

        const CliRun binary = m_vault.runGroup(
                str("secret"), str("download"),
                {str("--name"), str("interop"), str("--file"), path("secret.pfx"), str("--encoding"), str("base64")});
        COFFER_VERIFY_EXIT(binary, 0);
        QCOMPARE(readFileBytes(path("secret.pfx")), QByteArray::fromBase64(b64));
        const ToolRun info = ssl({str("pkcs12"), str("-info"), str("-noout"), str("-in"), path("secret.pfx"),
                                  str("-passin"), str("pass:")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
        QVERIFY2(info.err.contains("PBES2, PBKDF2, AES-256-CBC"), qPrintable(info.describe()));
        QVERIFY2(info.err.contains("MAC: sha256"), qPrintable(info.describe()));
        const ToolRun certs
                = ssl({str("pkcs12"), str("-in"), path("secret.pfx"), str("-passin"), str("pass:"), str("-nokeys")});
        QCOMPARE(count(certs.out, "-----BEGIN CERTIFICATE-----"), 3);
        const ToolRun key = ssl({str("pkcs12"), str("-in"), path("secret.pfx"), str("-passin"), str("pass:"),
                                 str("-nocerts"), str("-nodes")});
        QVERIFY2(key.out.contains("-----BEGIN PRIVATE KEY-----"), "exportable: the PFX holds the key");
        // The key is the certificate's: the same public key as leaf.key.
        m_cli.writeFile(str("secret-key.pem"), key.out);
        QCOMPARE(ssl({str("pkey"), str("-in"), path("secret-key.pem"), str("-pubout")}).out,
                 ssl({str("pkey"), str("-in"), path("leaf.key"), str("-pubout")}).out);

        // Not exportable (the import default): the PFX has the certificates only.
        const CliRun locked = m_vault.runGroup(
                str("secret"), str("download"),
                {str("--name"), str("locked"), str("--file"), path("locked.pfx"), str("--encoding"), str("base64")});
        COFFER_VERIFY_EXIT(locked, 0);
        const ToolRun lockedKey
                = ssl({str("pkcs12"), str("-in"), path("locked.pfx"), str("-passin"), str("pass:"), str("-nodes")});
        QVERIFY2(lockedKey.exitCode == 0, qPrintable(lockedKey.describe()));
        QVERIFY2(!lockedKey.out.contains("PRIVATE KEY"), "a non-exportable certificate's secret has no key");
        QCOMPARE(count(lockedKey.out, "-----BEGIN CERTIFICATE-----"), 3);
    }

    void exportWithPassword()
    {
        m_cli.writePassphrase(str("export.pass"), "export pfx pw");
        const CliRun run = m_vault.run(str("export"),
                                       {str("--name"), str("interop"), str("--file"), path("export.pfx"),
                                        str("--password-file"), path("export.pass")});
        COFFER_VERIFY_EXIT(run, 0);
        const ToolRun info = ssl({str("pkcs12"), str("-info"), str("-noout"), str("-in"), path("export.pfx"),
                                  str("-passin"), str("file:") + path("export.pass")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
        QVERIFY2(info.err.contains("PBES2, PBKDF2, AES-256-CBC"), qPrintable(info.describe()));
        const ToolRun wrong = ssl({str("pkcs12"), str("-info"), str("-noout"), str("-in"), path("export.pfx"),
                                   str("-passin"), str("pass:wrong")});
        QVERIFY(wrong.exitCode != 0);
        const ToolRun key = ssl({str("pkcs12"), str("-in"), path("export.pfx"), str("-passin"),
                                 str("file:") + path("export.pass"), str("-nocerts"), str("-nodes")});
        QVERIFY(key.out.contains("-----BEGIN PRIVATE KEY-----"));
        // Java reads it (skipped without keytool).
        if (!QStandardPaths::findExecutable(str("keytool")).isEmpty()) {
            QProcess keytool;
            keytool.start(str("keytool"),
                          {str("-list"), str("-storetype"), str("PKCS12"), str("-keystore"), path("export.pfx"),
                           str("-storepass"), str("export pfx pw")});
            QVERIFY(keytool.waitForFinished(60000));
            const QByteArray out = keytool.readAllStandardOutput();
            QVERIFY2(keytool.exitCode() == 0 && out.contains("PrivateKeyEntry"), out.constData());
        }
        COFFER_VERIFY_EXIT(
                m_vault.run(str("export"), {str("--name"), str("interop"), str("--file"), path("export.pfx")}), 6);
    }

    void exportOfANonExportableKeyIsRefused()
    {
        const CliRun refused
                = m_vault.run(str("export"), {str("--name"), str("locked"), str("--file"), path("locked-export.pfx")});
        COFFER_VERIFY_EXIT(refused, 8);
        COFFER_VERIFY_STDERR(refused, "cannot be exported: its policy says it is not exportable");
        QVERIFY(!QFileInfo::exists(path("locked-export.pfx")));

        const CliRun chainOnly = m_vault.run(str("export"),
                                             {str("--name"), str("locked"), str("--file"), path("locked-chain.pem"),
                                              str("--format"), str("pem"), str("--without-key")});
        COFFER_VERIFY_EXIT(chainOnly, 0);
        const QByteArray pem = readFileBytes(path("locked-chain.pem"));
        QVERIFY(!pem.contains("PRIVATE KEY"));
        QCOMPARE(count(pem, "-----BEGIN CERTIFICATE-----"), 3);
    }

    void exportCompatible()
    {
        const CliRun run = m_vault.run(str("export"),
                                       {str("--name"), str("interop"), str("--file"), path("compat.pfx"),
                                        str("--password-stdin"), str("--compatible")},
                                       "compat pw\n");
        COFFER_VERIFY_EXIT(run, 0);
        const ToolRun info = ssl({str("pkcs12"), str("-info"), str("-noout"), str("-in"), path("compat.pfx"),
                                  str("-passin"), str("pass:compat pw")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
        QVERIFY2(info.err.contains("MAC: sha1"), qPrintable(info.describe()));
        QVERIFY2(info.err.contains("pbeWithSHA1And3-KeyTripleDES-CBC"), qPrintable(info.describe()));
        QVERIFY2(!info.err.contains("AES-256"), qPrintable(info.describe()));
    }

    void exportPemVerifies()
    {
        const CliRun run = m_vault.run(
                str("export"),
                {str("--name"), str("interop"), str("--file"), path("export.pem"), str("--format"), str("pem")});
        COFFER_VERIFY_EXIT(run, 0);
        COFFER_VERIFY_STDERR(run, "unencrypted");
        const QByteArray pem = readFileBytes(path("export.pem"));
        QVERIFY(pem.contains("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(count(pem, "-----BEGIN CERTIFICATE-----"), 3);
        // The first certificate is the leaf; the rest verify it.
        QCOMPARE(opensslX5t(m_cli.dir(), {str("-in"), path("export.pem")}), m_x5t);
        const ToolRun leaf = ssl({str("x509"), str("-in"), path("export.pem"), str("-out"), path("export-leaf.pem")});
        QVERIFY2(leaf.exitCode == 0, qPrintable(leaf.describe()));
        const ToolRun verify = ssl({str("verify"), str("-CAfile"), path("root.pem"), str("-untrusted"),
                                    path("inter.pem"), path("export-leaf.pem")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    }

    void selfSignedVerifies()
    {
        const QString policy
                = u'@' + m_cli.writeFile(str("ec-self.json"), R"({"key_props": {"kty": "EC", "crv": "P-384"},
            "x509_props": {"subject": "CN=ec-self.example.test", "sans": {"dns_names": ["ec-self.example.test"]}},
            "issuer": {"name": "Self"}})");
        const QJsonObject bundle = m_vault.ok(str("create"), {str("--name"), str("ec-self"), str("--policy"), policy});
        m_vault.ok(str("download"), {str("--name"), str("ec-self"), str("--file"), path("ec-self.pem")});
        QCOMPARE(opensslX5t(m_cli.dir(), {str("-in"), path("ec-self.pem")}), bundle.value(u"x5t").toString());
        const ToolRun verify = ssl({str("verify"), str("-CAfile"), path("ec-self.pem"), path("ec-self.pem")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        const ToolRun text = ssl({str("x509"), str("-in"), path("ec-self.pem"), str("-noout"), str("-text")});
        QVERIFY2(text.out.contains("ASN1 OID: secp384r1"), text.out.constData());
        QVERIFY2(text.out.contains("ecdsa-with-SHA384"), text.out.constData());
    }

    void csrVerifies()
    {
        const QString policy = u'@' + m_cli.writeFile(str("csr.json"), R"({"x509_props": {"subject":
            "CN=csr.example.test, O=Coffer", "sans": {"dns_names": ["csr.example.test"]}},
            "issuer": {"name": "Unknown"}})");
        m_vault.ok(str("create"), {str("--name"), str("csr"), str("--policy"), policy});
        m_vault.ok(str("pending show"), {str("--name"), str("csr"), str("--csr-file"), path("csr.csr")});
        const ToolRun verify
                = ssl({str("req"), str("-verify"), str("-noout"), str("-in"), path("csr.csr"), str("-subject")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        QVERIFY2(verify.err.contains("verify OK") || verify.out.contains("verify OK"), qPrintable(verify.describe()));
        QVERIFY2(verify.out.contains("CN = csr.example.test"), qPrintable(verify.describe()));
        const ToolRun sans = ssl({str("req"), str("-noout"), str("-in"), path("csr.csr"), str("-text")});
        QVERIFY2(sans.out.contains("DNS:csr.example.test"), sans.out.constData());
    }

    // As in Azure (research P14): the certificate roles do not reach /secrets/NAME, so a Certificates Officer
    // manages the certificate but cannot take its private key out; a Certificate User (secrets/getSecret) can.
    void privateExportNeedsSecretGet()
    {
        AccessCli access(m_cli);
        access.bundle = m_vault.bundle();
        access.ownerPass = m_vault.unlock().at(3);
        const QString officerPass = m_cli.writePassphrase(str("officer.pass"), "certificates officer passphrase");
        const QString userPass = m_cli.writePassphrase(str("user.pass"), "certificate user passphrase");
        access.createUser(str("officer"), officerPass);
        access.createUser(str("certuser"), userPass);
        access.assign("Key Vault Certificates Officer", str("officer"), str("/"));
        access.assign("Key Vault Certificate User", str("certuser"), str("/"));
        const auto as = [&](const QString &pass, const QStringList &words, const QStringList &more) {
            return m_cli.run(words + QStringList {str("--vault"), m_vault.bundle(), str("--passphrase-file"), pass}
                             + more);
        };
        const QStringList exportWords {str("certificate"), str("export")};
        const QStringList downloadWords {str("secret"), str("download")};
        COFFER_VERIFY_EXIT(as(officerPass, {str("certificate"), str("show")}, {str("--name"), str("interop")}), 0);
        const CliRun officerExport
                = as(officerPass, exportWords, {str("--name"), str("interop"), str("--file"), path("officer.pfx")});
        COFFER_VERIFY_EXIT(officerExport, 8);
        COFFER_VERIFY_STDERR(officerExport, "secrets/getSecret");
        QVERIFY(!QFile::exists(path("officer.pfx")));
        COFFER_VERIFY_EXIT(
                as(officerPass, downloadWords, {str("--name"), str("interop"), str("--file"), path("officer.b64")}), 8);
        const CliRun userExport
                = as(userPass, exportWords, {str("--name"), str("interop"), str("--file"), path("user.pfx")});
        COFFER_VERIFY_EXIT(userExport, 0);
        const ToolRun info = ssl({str("pkcs12"), str("-info"), str("-noout"), str("-in"), path("user.pfx"),
                                  str("-passin"), str("pass:")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
        COFFER_VERIFY_EXIT(
                as(userPass, downloadWords, {str("--name"), str("interop"), str("--file"), path("user.b64")}), 0);
    }
};

QTEST_GUILESS_MAIN(TestCertificateInterop)
#include "TestCertificateInterop.moc"
