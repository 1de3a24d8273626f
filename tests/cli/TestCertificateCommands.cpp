// cli.CertificateCommands: every `certificate` command end to end through the real binary, with the JSON shapes
// of Azure's REST API 7.4 checked field by field (id, kid, sid, x5t, cer, attributes, policy) against what the
// openssl command line says about the same certificates.
#include "tests/cli/TestCertificateSupport.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QFileInfo>

using namespace coffer::test;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject sub(const QJsonObject &object, const char *path)
{
    QJsonObject out = object;
    for (const QString &key : str(path).split(u'.'))
        out = out.value(key).toObject();
    return out;
}

// The validity of a PEM certificate as openssl prints it.
QDateTime opensslDate(const QString &dir, const QString &pem, const char *which)
{
    const ToolRun run
            = openssl(dir, {str("x509"), str("-in"), pem, str("-noout"), str(which), str("-dateopt"), str("iso_8601")});
    QString text = QString::fromUtf8(run.out.trimmed()).section(u'=', 1);
    text.replace(u' ', u'T');
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

class TestCertificateCommands : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    CertVault m_vault {m_cli};

    QString path(const char *name) const { return m_cli.path(str(name)); }
    QStringList words(const char *line) const { return str(line).split(u' ', Qt::SkipEmptyParts); }
    QString writePolicy(const char *file, const QByteArray &json) { return u'@' + m_cli.writeFile(str(file), json); }
    ToolRun ssl(const QStringList &args) { return openssl(m_cli.dir(), args); }

    // The checks every CertificateBundle passes: ids with one version for certificate, key and secret, x5t of
    // cer, the policy's id.
    void verifyBundle(const QJsonObject &bundle, const QString &name, bool withKey)
    {
        const QString id = bundle.value(u"id").toString();
        QVERIFY2(id.startsWith(m_vault.id(str("certificates"), name) + u'/'), qPrintable(id));
        const QString version = versionOfId(id);
        QVERIFY(!version.isEmpty());
        QCOMPARE(bundle.value(u"sid").toString(), m_vault.id(str("secrets"), name, version));
        if (withKey)
            QCOMPARE(bundle.value(u"kid").toString(), m_vault.id(str("keys"), name, version));
        else
            QVERIFY2(!bundle.contains(u"kid"), "a certificate-only import has no managed key");
        const QByteArray cer = QByteArray::fromBase64(bundle.value(u"cer").toString().toLatin1());
        QVERIFY(cer.size() > 300);
        QCOMPARE(bundle.value(u"x5t").toString(), x5tOf(cer));
        const QString cerFile = m_cli.writeFile(name + QStringLiteral("-cer.der"), cer);
        QCOMPARE(opensslX5t(m_cli.dir(), {str("-inform"), str("DER"), str("-in"), cerFile}),
                 bundle.value(u"x5t").toString());
        const QJsonObject attributes = bundle.value(u"attributes").toObject();
        for (const char *field : {"enabled", "nbf", "exp", "created", "updated", "recoveryLevel", "recoverableDays"})
            QVERIFY2(attributes.contains(str(field)), field);
        QVERIFY(attributes.value(u"exp").toInteger() > attributes.value(u"nbf").toInteger());
        QCOMPARE(sub(bundle, "policy").value(u"id").toString(),
                 m_vault.id(str("certificates"), name) + QStringLiteral("/policy"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        QVERIFY(m_vault.create(str("certs-kv"), "certificate commands passphrase"));
        writeCertificatePasswords(m_cli);
        const ToolRun made = makeCertificateInputs(m_cli.dir());
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
    }

    void defaultPolicy()
    {
        const CliRun run = m_cli.run({str("certificate"), str("get-default-policy")});
        COFFER_VERIFY_EXIT(run, 0);
        const QJsonObject policy = run.json();
        QCOMPARE(sub(policy, "key_props").value(u"kty").toString(), str("RSA"));
        QCOMPARE(sub(policy, "key_props").value(u"key_size").toInt(), 2048);
        QCOMPARE(sub(policy, "key_props").value(u"exportable").toBool(), true);
        QCOMPARE(sub(policy, "key_props").value(u"reuse_key").toBool(), true);
        QCOMPARE(sub(policy, "secret_props").value(u"contentType").toString(), str("application/x-pkcs12"));
        QCOMPARE(sub(policy, "x509_props").value(u"subject").toString(), str("CN=CLIGetDefaultPolicy"));
        QCOMPARE(sub(policy, "x509_props").value(u"validity_months").toInt(), 12);
        QCOMPARE(sub(policy, "issuer").value(u"name").toString(), str("Self"));
        const QJsonObject action = policy.value(u"lifetime_actions").toArray().at(0).toObject();
        QCOMPARE(sub(action, "trigger").value(u"days_before_expiry").toInt(), 90);
        QCOMPARE(sub(action, "action").value(u"action_type").toString(), str("AutoRenew"));

        const CliRun scaffold = m_cli.run({str("certificate"), str("get-default-policy"), str("--scaffold")});
        COFFER_VERIFY_EXIT(scaffold, 0);
        QVERIFY(sub(scaffold.json(), "x509_props").value(u"subject").toString().contains(u"CN=www.contoso.com"));
    }

    void createSelfSigned()
    {
        const QString policy
                = writePolicy("self.json",
                              R"({"key_props": {"kty": "RSA", "key_size": 2048, "exportable": true, "reuse_key": false},
                    "secret_props": {"contentType": "application/x-pkcs12"},
                    "x509_props": {"subject": "CN=self.example.test", "validity_months": 12,
                                   "sans": {"dns_names": ["self.example.test", "alt.example.test"]},
                                   "ekus": ["1.3.6.1.5.5.7.3.1"]},
                    "lifetime_actions": [{"trigger": {"lifetime_percentage": 80},
                                          "action": {"action_type": "AutoRenew"}}],
                    "issuer": {"name": "Self"}})");
        const QJsonObject bundle = m_vault.ok(
                str("create"), {str("--name"), str("self"), str("--policy"), policy, str("--tags"), str("team=pki")});
        verifyBundle(bundle, str("self"), true);
        QCOMPARE(bundle.value(u"contentType").toString(), str("application/x-pkcs12"));
        QCOMPARE(sub(bundle, "tags").value(u"team").toString(), str("pki"));
        QCOMPARE(sub(bundle, "coffer").value(u"subject").toString(), str("CN=self.example.test"));
        QCOMPARE(sub(bundle, "coffer").value(u"issuer").toString(), str("CN=self.example.test"));
        QCOMPARE(sub(bundle, "coffer").value(u"keyType").toString(), str("RSA 2048"));
        QCOMPARE(sub(bundle, "coffer").value(u"keyProtection").toString(), str("software"));
        QCOMPARE(sub(bundle, "coffer").value(u"exportable").toBool(), true);
        QCOMPARE(sub(bundle, "coffer").value(u"issuerKind").toString(), str("Self"));
        QCOMPARE(sub(bundle, "policy.x509_props").value(u"subject").toString(), str("CN=self.example.test"));
        QCOMPARE(sub(bundle, "policy.issuer").value(u"name").toString(), str("Self"));
        // About 12 months between nbf and exp.
        const qint64 days = (sub(bundle, "attributes").value(u"exp").toInteger()
                             - sub(bundle, "attributes").value(u"nbf").toInteger())
                / 86400;
        QVERIFY2(days >= 364 && days <= 366, qPrintable(QString::number(days)));
        // openssl reads the certificate the same way.
        const QString cer = path("self-cer.der");
        const ToolRun text = openssl(m_cli.dir(),
                                     {str("x509"), str("-inform"), str("DER"), str("-in"), cer, str("-noout"),
                                      str("-subject"), str("-ext"), str("subjectAltName")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.out.contains("subject=CN = self.example.test"), text.out.constData());
        QVERIFY2(text.out.contains("DNS:self.example.test, DNS:alt.example.test"), text.out.constData());
    }

    void createRefusesBadPolicies()
    {
        const CliRun notJson = m_vault.run(str("create"), {str("--name"), str("bad"), str("--policy"), str("{nope")});
        COFFER_VERIFY_EXIT(notJson, 7);
        COFFER_VERIFY_STDERR(notJson, "is not JSON");
        const CliRun otherIssuer
                = m_vault.run(str("create"),
                              {str("--name"), str("bad"), str("--policy"),
                               str(R"({"x509_props": {"subject": "CN=x"}, "issuer": {"name": "DigiCert"}})")});
        COFFER_VERIFY_EXIT(otherIssuer, 7);
        const CliRun missing = m_vault.run(
                str("create"), {str("--name"), str("bad"), str("--policy"), str("@") + path("no-such-policy.json")});
        COFFER_VERIFY_EXIT(missing, 4);
        QCOMPARE(m_vault.okArray(str("list")).size(), 1); // "self" only
    }

    void importPfxWithPasswordFile()
    {
        const CliRun run = m_vault.run(
                str("import"),
                {str("--name"), str("www"), str("--file"), path("aes.pfx"), str("--password-file"), path("pfx.pass")});
        COFFER_VERIFY_EXIT(run, 0);
        QVERIFY2(!run.err.contains("warning"), run.err.constData()); // a complete, valid chain: no warning
        const QJsonObject bundle = run.json();
        verifyBundle(bundle, str("www"), true);
        QCOMPARE(bundle.value(u"x5t").toString(), x5tOf(derOfPem(m_cli.dir(), path("leaf.pem"))));
        const QJsonObject coffer = sub(bundle, "coffer");
        QCOMPARE(coffer.value(u"subject").toString(), str("O=Coffer Test,CN=www.example.test"));
        QCOMPARE(coffer.value(u"issuer").toString(), str("CN=Test Intermediate CA"));
        QCOMPARE(coffer.value(u"exportable").toBool(), false); // Q4: imports are not exportable by default
        QCOMPARE(coffer.value(u"hasPrivateKey").toBool(), true);
        QCOMPARE(coffer.value(u"ekus").toArray(), QJsonArray({str("1.3.6.1.5.5.7.3.1"), str("1.3.6.1.5.5.7.3.2")}));
        QCOMPARE(coffer.value(u"keyUsage").toArray(), QJsonArray({str("digitalSignature"), str("keyEncipherment")}));
        const QJsonArray chain = coffer.value(u"chain").toArray();
        QCOMPARE(chain.size(), 3);
        QCOMPARE(chain.at(1).toObject().value(u"subject").toString(), str("CN=Test Intermediate CA"));
        QCOMPARE(chain.at(2).toObject().value(u"subject").toString(), str("CN=Test Root CA"));
        QCOMPARE(chain.at(2).toObject().value(u"x5t").toString(), x5tOf(derOfPem(m_cli.dir(), path("root.pem"))));
        // The dates are the certificate's.
        QCOMPARE(sub(bundle, "attributes").value(u"nbf").toInteger(),
                 opensslDate(m_cli.dir(), path("leaf.pem"), "-startdate").toSecsSinceEpoch());
        QCOMPARE(sub(bundle, "attributes").value(u"exp").toInteger(),
                 opensslDate(m_cli.dir(), path("leaf.pem"), "-enddate").toSecsSinceEpoch());
        // Q4: issuer Unknown (not self-signed), EmailContacts at 80%.
        QCOMPARE(sub(bundle, "policy.issuer").value(u"name").toString(), str("Unknown"));
        const QJsonObject action = sub(bundle, "policy").value(u"lifetime_actions").toArray().at(0).toObject();
        QCOMPARE(sub(action, "trigger").value(u"lifetime_percentage").toInt(), 80);
        QCOMPARE(sub(action, "action").value(u"action_type").toString(), str("EmailContacts"));
        QCOMPARE(m_vault.auditRecords(str("CertificateImport")).last().toObject().value(u"resultType").toString(),
                 str("Success"));
    }

    void importPemVariants()
    {
        // An encrypted PKCS#8 key in a PEM bundle in any order, the password on stdin.
        const CliRun stdinRun = m_vault.run(str("import"),
                                            {str("--name"), str("pem-enc"), str("--file"), path("bundle-enc.pem"),
                                             str("--password-stdin"), str("--exportable")},
                                            kPemPassword + '\n');
        COFFER_VERIFY_EXIT(stdinRun, 0);
        verifyBundle(stdinRun.json(), str("pem-enc"), true);
        QCOMPARE(sub(stdinRun.json(), "coffer").value(u"exportable").toBool(), true);
        // --password works too, and is warned about (the password never shows: the runner checks every stream).
        const CliRun argvRun = m_vault.run(str("import"),
                                           {str("--name"), str("pem-argv"), str("--file"), path("bundle-enc.pem"),
                                            str("--password"), QString::fromUtf8(kPemPassword)});
        COFFER_VERIFY_EXIT(argvRun, 0);
        COFFER_VERIFY_STDERR(argvRun, "visible to other local users");
        // EC P-256.
        const QJsonObject ec
                = m_vault.ok(str("import"), {str("--name"), str("ec"), str("--file"), path("ec-bundle.pem")});
        verifyBundle(ec, str("ec"), true);
        QCOMPARE(sub(ec, "coffer").value(u"keyType").toString(), str("EC P-256"));
        QCOMPARE(ec.value(u"x5t").toString(), x5tOf(derOfPem(m_cli.dir(), path("ec.pem"))));
    }

    void importCertificateOnlyWarns()
    {
        const CliRun run
                = m_vault.run(str("import"), {str("--name"), str("public-only"), str("--file"), path("leaf.der")});
        COFFER_VERIFY_EXIT(run, 0);
        verifyBundle(run.json(), str("public-only"), false);
        QCOMPARE(sub(run.json(), "coffer").value(u"hasPrivateKey").toBool(), false);
        // One warning per line on stderr, in English.
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        int warnings = 0;
        for (const QByteArray &line : lines)
            warnings += line.startsWith("coffer-cli: warning: ") ? 1 : 0;
        QVERIFY2(warnings >= 2, run.err.constData());
        COFFER_VERIFY_STDERR(run, "no private key");
        COFFER_VERIFY_STDERR(run, "is not in the file"); // the chain ends at the leaf
    }

    void importDryRunStoresNothing()
    {
        const QJsonArray before = m_vault.okArray(str("list"));
        const CliRun run = m_vault.run(str("import"),
                                       {str("--name"), str("dry"), str("--file"), path("legacy.pfx"),
                                        str("--password-file"), path("pfx.pass"), str("--dry-run")});
        COFFER_VERIFY_EXIT(run, 0);
        const QJsonObject parsed = run.json();
        QCOMPARE(parsed.value(u"format").toString(), str("PKCS#12 (PFX)"));
        QCOMPARE(parsed.value(u"passwordNeeded").toBool(), true);
        QCOMPARE(parsed.value(u"legacyEncryption").toBool(), true);
        QCOMPARE(parsed.value(u"hasPrivateKey").toBool(), true);
        QCOMPARE(parsed.value(u"chainVerified").toBool(), true);
        const QJsonArray certificates = parsed.value(u"certificates").toArray();
        QCOMPARE(certificates.size(), 3);
        QCOMPARE(certificates.at(0).toObject().value(u"x5t").toString(),
                 x5tOf(derOfPem(m_cli.dir(), path("leaf.pem"))));
        QCOMPARE(certificates.at(0).toObject().value(u"sans").toArray().size(), 4);
        QCOMPARE(parsed.value(u"warnings").toArray().at(0).toObject().value(u"kind").toString(),
                 str("legacyEncryption"));
        COFFER_VERIFY_STDERR(run, "old encryption");
        COFFER_VERIFY_STDERR(run, "nothing was stored");
        QCOMPARE(m_vault.okArray(str("list")), before);
    }

    void showListVersions()
    {
        const QJsonObject current = m_vault.ok(str("show"), {str("--name"), str("www")});
        verifyBundle(current, str("www"), true);
        const QString version = versionOfId(current.value(u"id").toString());
        const QJsonObject byVersion = m_vault.ok(str("show"), {str("--name"), str("www"), str("--version"), version});
        QCOMPARE(byVersion.value(u"x5t"), current.value(u"x5t"));
        const CliRun noVersion = m_vault.run(
                str("show"), {str("--name"), str("www"), str("--version"), str("00000000000000000000000000000000")});
        COFFER_VERIFY_EXIT(noVersion, 4);
        const CliRun noName = m_vault.run(str("show"), {str("--name"), str("nothing-here")});
        COFFER_VERIFY_EXIT(noName, 4);

        const QJsonArray items = m_vault.okArray(str("list"));
        QStringList ids;
        for (const QJsonValue &item : items) {
            ids.append(item.toObject().value(u"id").toString());
            QVERIFY(!item.toObject().value(u"x5t").toString().isEmpty());
            QVERIFY(item.toObject().contains(u"attributes"));
        }
        QVERIFY2(ids.contains(m_vault.id(str("certificates"), str("www"))), qPrintable(ids.join(u' ')));
        QVERIFY(!ids.contains(m_vault.id(str("certificates"), str("dry"))));

        const QJsonArray versions = m_vault.okArray(str("list-versions"), {str("--name"), str("www")});
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.at(0).toObject().value(u"id").toString(), current.value(u"id").toString());
    }

    void setAttributes()
    {
        const QJsonObject disabled = m_vault.ok(
                str("set-attributes"),
                {str("--name"), str("www"), str("--enabled"), str("false"), str("--tags"), str("env=test")});
        QCOMPARE(sub(disabled, "attributes").value(u"enabled").toBool(), false);
        QCOMPARE(sub(disabled, "tags").value(u"env").toString(), str("test"));
        QCOMPARE(sub(m_vault.ok(str("show"), {str("--name"), str("www")}), "attributes").value(u"enabled").toBool(),
                 false);
        m_vault.ok(str("set-attributes"), {str("--name"), str("www"), str("--enabled"), str("true")});

        const QString policy = writePolicy("six.json", R"({"x509_props": {"subject": "CN=self.example.test",
                                                          "validity_months": 6}, "issuer": {"name": "Self"}})");
        const QJsonObject updated
                = m_vault.ok(str("set-attributes"), {str("--name"), str("self"), str("--policy"), policy});
        QCOMPARE(sub(updated, "policy.x509_props").value(u"validity_months").toInt(), 6);
        QCOMPARE(sub(m_vault.ok(str("show"), {str("--name"), str("self")}), "policy.x509_props")
                         .value(u"validity_months")
                         .toInt(),
                 6);
        const CliRun nothing = m_vault.run(str("set-attributes"), {str("--name"), str("www")});
        COFFER_VERIFY_EXIT(nothing, 2);
        COFFER_VERIFY_STDERR(nothing, "nothing to change");
    }

    void downloadPemAndDer()
    {
        const QJsonObject bundle = m_vault.ok(str("show"), {str("--name"), str("www")});
        const QByteArray cer = QByteArray::fromBase64(bundle.value(u"cer").toString().toLatin1());
        m_vault.ok(str("download"), {str("--name"), str("www"), str("--file"), path("www.pem")});
        const QByteArray pem = readFileBytes(path("www.pem"));
        QVERIFY2(pem.startsWith("-----BEGIN CERTIFICATE-----\n"), pem.constData());
        QCOMPARE(derOfPem(m_cli.dir(), path("www.pem")), cer);
        m_vault.ok(str("download"),
                   {str("--name"), str("www"), str("--file"), path("www.cer"), str("--encoding"), str("DER")});
        QCOMPARE(readFileBytes(path("www.cer")), cer);
        const CliRun again = m_vault.run(str("download"), {str("--name"), str("www"), str("--file"), path("www.cer")});
        COFFER_VERIFY_EXIT(again, 6);
        const CliRun badEncoding
                = m_vault.run(str("download"),
                              {str("--name"), str("www"), str("--file"), path("x.p7b"), str("--encoding"), str("P7B")});
        COFFER_VERIFY_EXIT(badEncoding, 2);
    }

    void pendingFlow()
    {
        const QString policy = writePolicy("csr.json", R"({"key_props": {"kty": "RSA", "key_size": 2048},
            "x509_props": {"subject": "CN=ca-signed.example.test", "sans": {"dns_names": ["ca-signed.example.test"]},
                           "ekus": ["1.3.6.1.5.5.7.3.1"], "validity_months": 12},
            "lifetime_actions": [{"trigger": {"lifetime_percentage": 80}, "action": {"action_type": "EmailContacts"}}],
            "issuer": {"name": "Unknown"}})");
        const CliRun created = m_vault.run(str("create"), {str("--name"), str("ca-signed"), str("--policy"), policy});
        COFFER_VERIFY_EXIT(created, 0);
        const QJsonObject operation = created.json();
        QCOMPARE(operation.value(u"id").toString(),
                 m_vault.id(str("certificates"), str("ca-signed")) + QStringLiteral("/pending"));
        QCOMPARE(sub(operation, "issuer").value(u"name").toString(), str("Unknown"));
        QCOMPARE(operation.value(u"status").toString(), str("inProgress"));
        QCOMPARE(operation.value(u"cancellation_requested").toBool(), false);
        QVERIFY(!operation.value(u"status_details").toString().isEmpty());
        const QByteArray csr = QByteArray::fromBase64(operation.value(u"csr").toString().toLatin1());
        QVERIFY(csr.size() > 200);

        // Q9: no certificate (and no key) before the merge; --include-pending shows the request.
        for (const QJsonValue &item : m_vault.okArray(str("list")))
            QVERIFY(!item.toObject().value(u"id").toString().endsWith(u"/ca-signed"));
        bool listed = false;
        for (const QJsonValue &item : m_vault.okArray(str("list"), {str("--include-pending")}))
            listed = listed || item.toObject().value(u"id").toString() == operation.value(u"id").toString();
        QVERIFY(listed);
        COFFER_VERIFY_EXIT(m_vault.runGroup(str("key"), str("show"), {str("--name"), str("ca-signed")}), 4);

        const QJsonObject shown = m_vault.ok(
                str("pending show"), {str("--name"), str("ca-signed"), str("--csr-file"), path("ca-signed.csr")});
        QCOMPARE(shown.value(u"csr"), operation.value(u"csr"));
        QVERIFY(readFileBytes(path("ca-signed.csr")).startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        const ToolRun asDer
                = openssl(m_cli.dir(), {str("req"), str("-in"), path("ca-signed.csr"), str("-outform"), str("DER")});
        QCOMPARE(asDer.out, csr);

        const ToolRun signedRun
                = openssl(m_cli.dir(),
                          {str("x509"), str("-req"), str("-in"), path("ca-signed.csr"), str("-CA"), path("inter.pem"),
                           str("-CAkey"), path("inter.key"), str("-CAcreateserial"), str("-days"), str("200"),
                           str("-copy_extensions"), str("copyall"), str("-out"), path("ca-signed.pem")});
        QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.describe()));
        m_cli.writeFile(str("ca-signed-chain.pem"),
                        readFileBytes(path("ca-signed.pem")) + readFileBytes(path("inter.pem"))
                                + readFileBytes(path("root.pem")));
        const QJsonObject merged = m_vault.ok(
                str("pending merge"), {str("--name"), str("ca-signed"), str("--file"), path("ca-signed-chain.pem")});
        verifyBundle(merged, str("ca-signed"), true);
        QCOMPARE(merged.value(u"x5t").toString(), opensslX5t(m_cli.dir(), {str("-in"), path("ca-signed.pem")}));
        QCOMPARE(sub(merged, "coffer").value(u"chain").toArray().size(), 3);
        QCOMPARE(sub(merged, "coffer").value(u"subject").toString(), str("CN=ca-signed.example.test"));
        QCOMPARE(sub(merged, "policy.issuer").value(u"name").toString(), str("Unknown"));
        QCOMPARE(m_vault.auditRecords(str("CertificatePendingMerge")).last().toObject().value(u"resultType").toString(),
                 str("Success"));
        // The managed key is the request's key: its public part is the CSR's.
        const CliRun keyShow = m_vault.runGroup(str("key"), str("show"), {str("--name"), str("ca-signed")});
        COFFER_VERIFY_EXIT(keyShow, 0);
        QCOMPARE(sub(keyShow.json(), "key").value(u"kid").toString(), merged.value(u"kid").toString());
    }

    void pendingCancelAndDelete()
    {
        const QString policy = writePolicy("cancel.json", R"({"x509_props": {"subject": "CN=cancel.example.test"},
                                                             "issuer": {"name": "Unknown"}})");
        m_vault.ok(str("create"), {str("--name"), str("cancel-me"), str("--policy"), policy});
        const QJsonObject cancelled = m_vault.ok(str("pending cancel"), {str("--name"), str("cancel-me")});
        QCOMPARE(cancelled.value(u"cancellation_requested").toBool(), true);
        QCOMPARE(cancelled.value(u"status").toString(), str("cancelled"));
        const CliRun merge
                = m_vault.run(str("pending merge"), {str("--name"), str("cancel-me"), str("--file"), path("leaf.pem")});
        COFFER_VERIFY_EXIT(merge, 6);
        const QJsonObject deleted = m_vault.ok(str("pending delete"), {str("--name"), str("cancel-me")});
        QCOMPARE(deleted.value(u"id").toString(),
                 m_vault.id(str("certificates"), str("cancel-me")) + QStringLiteral("/pending"));
        const CliRun gone = m_vault.run(str("pending show"), {str("--name"), str("cancel-me")});
        COFFER_VERIFY_EXIT(gone, 4);
    }

    void renewMakesANewVersion()
    {
        const QJsonObject before = m_vault.ok(str("show"), {str("--name"), str("self")});
        const QJsonObject renewed = m_vault.ok(str("renew"), {str("--name"), str("self")});
        verifyBundle(renewed, str("self"), true);
        QVERIFY(renewed.value(u"id") != before.value(u"id"));
        QVERIFY(renewed.value(u"x5t") != before.value(u"x5t"));
        QVERIFY(renewed.value(u"kid") != before.value(u"kid")); // reuse_key false: a new key
        // The policy changed to 6 months in setAttributes(): the renewal follows it.
        const qint64 days = (sub(renewed, "attributes").value(u"exp").toInteger()
                             - sub(renewed, "attributes").value(u"nbf").toInteger())
                / 86400;
        QVERIFY2(days >= 180 && days <= 185, qPrintable(QString::number(days)));
        const QJsonArray versions = m_vault.okArray(str("list-versions"), {str("--name"), str("self")});
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(1).toObject().value(u"id"), renewed.value(u"id"));
        QCOMPARE(m_vault.auditRecords(str("CertificateRenew")).size(), 1);
        const CliRun dry = m_vault.run(str("renew-due"), {str("--dry-run")});
        COFFER_VERIFY_EXIT(dry, 0);
        QVERIFY(QJsonDocument::fromJson(dry.out).isArray());
    }

    // renew-due with certificates 30 days into a 40-day life (made by `openssl ca -startdate`): a self-signed one
    // with AutoRenew at 50% renews, a CA-issued one with EmailContacts at 50% is notified; once each.
    void renewDue()
    {
        m_cli.writeFile(str("ca.cnf"),
                        "[ ca ]\ndefault_ca = test_ca\n[ test_ca ]\ndatabase = ca/index.txt\n"
                        "new_certs_dir = ca\nserial = ca/serial\ndefault_md = sha256\n"
                        "policy = any\ncopy_extensions = copyall\nunique_subject = no\n"
                        "[ any ]\ncommonName = supplied\n");
        QVERIFY(QDir(m_cli.dir()).mkpath(str("ca")));
        m_cli.writeFile(str("ca/index.txt"), {});
        m_cli.writeFile(str("ca/serial"), "1000\n");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString start = now.addDays(-30).toString(str("yyyyMMddHHmmss'Z'"));
        const QString end = now.addDays(10).toString(str("yyyyMMddHHmmss'Z'"));
        for (const char *name : {"old-self", "old-leaf"}) {
            const QString n = str(name);
            const ToolRun csr
                    = ssl({str("req"), str("-newkey"), str("rsa:2048"), str("-nodes"), str("-keyout"), n + str(".key"),
                           str("-out"), n + str(".csr"), str("-subj"), QStringLiteral("/CN=%1.example.test").arg(n)});
            QVERIFY2(csr.exitCode == 0, qPrintable(csr.describe()));
            QStringList signer = n == u"old-self"
                    ? QStringList {str("-selfsign"), str("-keyfile"), n + str(".key")}
                    : QStringList {str("-cert"), path("inter.pem"), str("-keyfile"), path("inter.key")};
            const ToolRun signedRun = ssl(QStringList {str("ca"), str("-batch"), str("-config"), path("ca.cnf"),
                                                       str("-in"), n + str(".csr"), str("-startdate"), start,
                                                       str("-enddate"), end, str("-out"), n + str(".pem")}
                                          + signer);
            QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.describe()));
            m_cli.writeFile(n + str("-bundle.pem"),
                            readFileBytes(m_cli.path(n + str(".pem"))) + readFileBytes(m_cli.path(n + str(".key"))));
        }
        m_vault.ok(str("import"),
                   {str("--name"), str("old-self"), str("--file"), path("old-self-bundle.pem"), str("--policy"),
                    str(R"({"lifetime_actions": [{"trigger": {"lifetime_percentage": 50},
                                           "action": {"action_type": "AutoRenew"}}]})")});
        const QJsonObject leaf
                = m_vault.ok(str("import"),
                             {str("--name"), str("old-leaf"), str("--file"), path("old-leaf-bundle.pem"),
                              str("--policy"), str(R"({"lifetime_actions": [{"trigger": {"lifetime_percentage": 50},
                                        "action": {"action_type": "EmailContacts"}}]})")});
        QCOMPARE(sub(leaf, "coffer").value(u"exportable").toBool(), false); // the policy did not say exportable
        const auto actions = [](const QJsonArray &outcomes) {
            QStringList out;
            for (const QJsonValue &outcome : outcomes)
                out.append(outcome.toObject().value(u"name").toString() + u':'
                           + outcome.toObject().value(u"action").toString());
            out.sort();
            return out;
        };
        const QJsonArray dry = m_vault.okArray(str("renew-due"), {str("--dry-run")});
        QCOMPARE(actions(dry), QStringList({str("old-leaf:WouldNotify"), str("old-self:WouldRenew")}));
        QCOMPARE(m_vault.okArray(str("list-versions"), {str("--name"), str("old-self")}).size(), 1);
        const QJsonArray ran = m_vault.okArray(str("renew-due"));
        QCOMPARE(actions(ran), QStringList({str("old-leaf:Notified"), str("old-self:Renewed")}));
        QString newVersion;
        for (const QJsonValue &outcome : ran)
            if (outcome.toObject().value(u"name").toString() == u"old-self")
                newVersion = outcome.toObject().value(u"newVersion").toString();
        QCOMPARE(versionOfId(m_vault.ok(str("show"), {str("--name"), str("old-self")}).value(u"id").toString()),
                 newVersion);
        QCOMPARE(m_vault.okArray(str("list-versions"), {str("--name"), str("old-self")}).size(), 2);
        QCOMPARE(m_vault.auditRecords(str("CertificateNearExpiryEventGridNotification")).size(), 1);
        const CliRun again = m_vault.run(str("renew-due"));
        COFFER_VERIFY_EXIT(again, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).array(), QJsonArray());
        COFFER_VERIFY_STDERR(again, "nothing was due");
    }

    void contacts()
    {
        const QJsonObject one = m_vault.ok(str("contact add"), {str("--email"), str("pki@example.test")});
        QCOMPARE(one.value(u"id").toString(), m_vault.id(str("certificates"), str("contacts")));
        QCOMPARE(one.value(u"contacts").toArray().size(), 1);
        const QJsonObject two = m_vault.ok(str("contact add"),
                                           {str("--email"), str("ops@example.test"), str("--name"), str("Ops"),
                                            str("--phone"), str("+41 44 000 00 00")});
        const QJsonObject ops = two.value(u"contacts").toArray().at(1).toObject();
        QCOMPARE(ops.value(u"email").toString(), str("ops@example.test"));
        QCOMPARE(ops.value(u"name").toString(), str("Ops"));
        QCOMPARE(ops.value(u"phone").toString(), str("+41 44 000 00 00"));
        const CliRun duplicate = m_vault.run(str("contact add"), {str("--email"), str("pki@example.test")});
        COFFER_VERIFY_EXIT(duplicate, 6);
        COFFER_VERIFY_STDERR(duplicate, "contact 'pki@example.test' already exists");
        const CliRun badEmail = m_vault.run(str("contact add"), {str("--email"), str("not-an-address")});
        COFFER_VERIFY_EXIT(badEmail, 7);
        QCOMPARE(m_vault.ok(str("contact list")).value(u"contacts").toArray().size(), 2);
        QCOMPARE(m_vault.ok(str("contact delete"), {str("--email"), str("pki@example.test")})
                         .value(u"contacts")
                         .toArray()
                         .size(),
                 1);
        COFFER_VERIFY_EXIT(m_vault.run(str("contact delete"), {str("--email"), str("pki@example.test")}), 4);
        m_vault.ok(str("contact delete"), {str("--email"), str("ops@example.test")});
        QCOMPARE(m_vault.ok(str("contact list")).value(u"contacts").toArray().size(), 0);
    }

    void deleteRecoverPurge()
    {
        const QJsonObject deleted = m_vault.ok(str("delete"), {str("--name"), str("pem-argv")});
        QCOMPARE(deleted.value(u"recoveryId").toString(),
                 QStringLiteral("coffer://%1/deletedcertificates/pem-argv").arg(m_vault.name()));
        QCOMPARE(deleted.value(u"scheduledPurgeDate").toInteger() - deleted.value(u"deletedDate").toInteger(),
                 qint64(90) * 86400);
        QStringList names;
        for (const QJsonValue &item : m_vault.okArray(str("list-deleted")))
            names.append(versionOfId(item.toObject().value(u"recoveryId").toString()));
        QCOMPARE(names, QStringList {str("pem-argv")});
        QCOMPARE(m_vault.ok(str("show-deleted"), {str("--name"), str("pem-argv")}).value(u"recoveryId"),
                 deleted.value(u"recoveryId"));
        // Q3: the managed key and secret are hidden from the key/secret deleted lists.
        for (const char *group : {"key", "secret"}) {
            const CliRun list = m_vault.runGroup(str(group), str("list-deleted"));
            COFFER_VERIFY_EXIT(list, 0);
            QVERIFY2(!list.out.contains("pem-argv"), list.out.constData());
        }
        COFFER_VERIFY_EXIT(m_vault.run(str("show"), {str("--name"), str("pem-argv")}), 4);
        const QJsonObject recovered = m_vault.ok(str("recover"), {str("--name"), str("pem-argv")});
        QCOMPARE(recovered.value(u"x5t").toString(), x5tOf(derOfPem(m_cli.dir(), path("leaf.pem"))));
        COFFER_VERIFY_EXIT(m_vault.runGroup(str("key"), str("show"), {str("--name"), str("pem-argv")}), 0);

        m_vault.ok(str("delete"), {str("--name"), str("pem-argv")});
        const CliRun purge = m_vault.run(str("purge"), {str("--name"), str("pem-argv")});
        COFFER_VERIFY_EXIT(purge, 0);
        QVERIFY(purge.out.trimmed().isEmpty());
        QCOMPARE(m_vault.okArray(str("list-deleted")).size(), 0);
        COFFER_VERIFY_EXIT(m_vault.run(str("recover"), {str("--name"), str("pem-argv")}), 4);
    }

    void backupRestore()
    {
        const QJsonObject original = m_vault.ok(str("show"), {str("--name"), str("ec")});
        const CliRun backup
                = m_vault.run(str("backup"), {str("--name"), str("ec"), str("--file"), path("ec.certbackup")});
        COFFER_VERIFY_EXIT(backup, 0);
        QVERIFY(QFileInfo(path("ec.certbackup")).size() > 500);
        COFFER_VERIFY_EXIT(m_vault.run(str("backup"), {str("--name"), str("ec"), str("--file"), path("ec.certbackup")}),
                           6);
        COFFER_VERIFY_EXIT(m_vault.run(str("restore"), {str("--file"), path("ec.certbackup")}), 6); // name taken
        m_vault.ok(str("delete"), {str("--name"), str("ec")});
        m_vault.ok(str("purge"), {str("--name"), str("ec")});
        const QJsonObject restored = m_vault.ok(str("restore"), {str("--file"), path("ec.certbackup")});
        QCOMPARE(restored.value(u"id"), original.value(u"id"));
        QCOMPARE(restored.value(u"x5t"), original.value(u"x5t"));
        QCOMPARE(restored.value(u"kid"), original.value(u"kid"));
        COFFER_VERIFY_EXIT(m_vault.runGroup(str("key"), str("show"), {str("--name"), str("ec")}), 0);
    }

    void helpHasExamples()
    {
        for (const char *command : {"import",         "create",         "get-default-policy", "show",
                                    "list",           "list-versions",  "set-attributes",     "delete",
                                    "recover",        "purge",          "list-deleted",       "show-deleted",
                                    "backup",         "restore",        "download",           "export",
                                    "renew",          "renew-due",      "pending show",       "pending merge",
                                    "pending cancel", "pending delete", "contact add",        "contact list",
                                    "contact delete"}) {
            const CliRun help
                    = m_cli.run(QStringList {str("certificate")} + words(command) + QStringList {str("--help")});
            COFFER_VERIFY_EXIT(help, 0);
            QVERIFY2(help.out.contains(QByteArray("coffer-cli certificate ").append(command)), command);
        }
    }
};

QTEST_GUILESS_MAIN(TestCertificateCommands)
#include "TestCertificateCommands.moc"
