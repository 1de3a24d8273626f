// cli.CertificateBadInput: every bad input of issue 7 given to `certificate import` (and a mismatched `pending
// merge`): each is refused with its exit code and a message naming the problem, nothing is stored (no certificate,
// key or secret; the vault's files and audit log show no successful change), and the refusal is in the audit log.
#include "tests/cli/TestCertificateSupport.h"
#include "tests/cli/VaultGuard.h"
#include "tests/support/TestUtil.h"

using namespace coffer::test;

namespace {
QString str(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestCertificateBadInput : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    CertVault m_vault {m_cli};
    VaultGuard m_guard {m_cli};

    QString path(const QString &name) const { return m_cli.path(name); }

    // Nothing of the certificate kind (nor a managed key or secret) exists.
    void verifyNothingStored()
    {
        QCOMPARE(m_vault.okArray(str("list")), QJsonArray());
        QCOMPARE(m_vault.okArray(str("list-deleted")), QJsonArray());
        for (const char *group : {"key", "secret"}) {
            const CliRun list = m_vault.runGroup(str(group), str("list"));
            COFFER_VERIFY_EXIT(list, 0);
            QCOMPARE(QJsonDocument::fromJson(list.out).array(), QJsonArray());
        }
    }

    // The one new record of `operation` since the guard's reset, and that it is a failure with `errorCode`.
    void verifyFailureRecord(const char *operation, const QString &errorCode)
    {
        QJsonArray failures;
        for (const QJsonValue &value : m_guard.newRecords())
            if (value.toObject().value(u"operationName").toString() == str(operation))
                failures.append(value);
        QVERIFY2(failures.size() == 1,
                 qPrintable(QStringLiteral("expected one %1 record, got: ").arg(str(operation))
                            + QString::fromUtf8(QJsonDocument(m_guard.newRecords()).toJson(QJsonDocument::Compact))));
        const QJsonObject record = failures.at(0).toObject();
        QCOMPARE(record.value(u"resultType").toString(), str("Failed"));
        QCOMPARE(record.value(u"errorCode").toString(), errorCode);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        QVERIFY(m_vault.create(str("bad-cert-kv"), "bad certificate input passphrase"));
        writeCertificatePasswords(m_cli);
        const ToolRun made = makeCertificateInputs(m_cli.dir());
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        m_guard.reset(m_vault.bundle(), m_vault.unlock().mid(2));
    }

    void init() { m_guard.reset(); }

    void importRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("errorCode");
        const QStringList pfxPass {str("--password-file"), m_cli.path(str("pfx.pass"))};
        const QStringList wrongPass {str("--password-file"), m_cli.path(str("wrong.pass"))};
        QTest::newRow("corrupt PFX") << str("corrupt.pfx") << pfxPass << 5 << str("PKCS#12") << str("Corrupted");
        QTest::newRow("truncated PFX") << str("truncated.pfx") << pfxPass << 5 << str("truncated") << str("Corrupted");
        QTest::newRow("wrong PFX password")
                << str("aes.pfx") << wrongPass << 3 << str("the password is wrong, or the file was altered")
                << str("WrongCredential");
        QTest::newRow("no PFX password") << str("aes.pfx") << QStringList() << 3
                                         << str("the file is password-protected; give its password")
                                         << str("WrongCredential");
        QTest::newRow("wrong PEM key password") << str("bundle-enc.pem") << wrongPass << 3
                                                << str("the private key's password is wrong") << str("WrongCredential");
        QTest::newRow("PEM with only a key") << str("key-only.pem") << QStringList() << 7
                                             << str("holds a private key but no certificate") << str("InvalidArgument");
        QTest::newRow("two unrelated certificates")
                << str("two-unrelated.pem") << QStringList() << 7 << str("'CN=Unrelated' is not part of the chain")
                << str("InvalidArgument");
        QTest::newRow("chain with a gap")
                << str("gap.pem") << QStringList() << 7
                << str("the chain has a gap: the issuer 'CN=Test Intermediate CA'") << str("InvalidArgument");
        QTest::newRow("mismatched key") << str("mismatched.pem") << QStringList() << 7
                                        << str("the private key belongs to none of the certificates")
                                        << str("InvalidArgument");
        QTest::newRow("unsupported key (Ed25519)")
                << str("ed25519.pem") << QStringList() << 7 << str("is not supported") << str("InvalidArgument");
        QTest::newRow("over 10 MB") << str("huge.pem") << QStringList() << 7 << str("over 10 MiB")
                                    << str("InvalidArgument");
        QTest::newRow("DER that is not a certificate")
                << str("random.der") << QStringList() << 7 << str("not a certificate") << str("InvalidArgument");
        QTest::newRow("DER CSR") << str("leaf-csr.der") << QStringList() << 7
                                 << str("a certificate signing request, not a certificate") << str("InvalidArgument");
    }

    void importRefused()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(QString, errorCode);
        const CliRun run = m_vault.run(str("import"),
                                       QStringList {str("--name"), str("refused"), str("--file"), path(file)} + extra);
        COFFER_VERIFY_EXIT(run, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        COFFER_VERIFY_UNCHANGED(m_guard);
        verifyFailureRecord("CertificateImport", errorCode);
        verifyNothingStored();
    }

    void dryRunRefusesToo()
    {
        const CliRun run = m_vault.run(
                str("import"), {str("--name"), str("refused"), str("--file"), path(str("gap.pem")), str("--dry-run")});
        COFFER_VERIFY_EXIT(run, 7);
        COFFER_VERIFY_STDERR(run, "the chain has a gap");
        COFFER_VERIFY_UNCHANGED(m_guard);
        verifyNothingStored();
    }

    void commandLineRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString leaf = m_cli.path(str("leaf.pem"));
        QTest::newRow("missing file") << QStringList {str("import"), str("--name"), str("x"), str("--file"),
                                                      m_cli.path(str("no-such.pfx"))}
                                      << 4 << str("does not exist");
        QTest::newRow("bad protection") << QStringList {str("import"), str("--name"),       str("x"),    str("--file"),
                                                        leaf,          str("--protection"), str("cloud")}
                                        << 2 << str("--protection must be software or hsm");
        QTest::newRow("two passwords") << QStringList {str("import"),
                                                       str("--name"),
                                                       str("x"),
                                                       str("--file"),
                                                       leaf,
                                                       str("--password-file"),
                                                       m_cli.path(str("pfx.pass")),
                                                       str("--password-stdin")}
                                       << 2 << str("--password-stdin");
        QTest::newRow("bad name") << QStringList {str("import"), str("--name"), str("no_underscores"), str("--file"),
                                                  leaf}
                                  << 7 << str("name");
        QTest::newRow("export format")
                << QStringList {str("export"),   str("--name"), str("x"), str("--file"), m_cli.path(str("x.out")),
                                str("--format"), str("jks")}
                << 2 << str("--format must be pfx or pem");
        QTest::newRow("PEM export with a password") << QStringList {str("export"),
                                                                    str("--name"),
                                                                    str("x"),
                                                                    str("--file"),
                                                                    m_cli.path(str("x.out")),
                                                                    str("--format"),
                                                                    str("pem"),
                                                                    str("--password-file"),
                                                                    m_cli.path(str("pfx.pass"))}
                                                    << 2 << str("a PEM export is not encrypted");
        QTest::newRow("no such pending") << QStringList {str("pending"), str("show"), str("--name"), str("x")} << 4
                                         << str("");
    }

    void commandLineRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString group = args.takeFirst();
        QString command = group;
        if (group == u"pending")
            command += u' ' + args.takeFirst();
        const CliRun run = m_vault.run(command, args);
        COFFER_VERIFY_EXIT(run, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), qPrintable(run.describe()));
        COFFER_VERIFY_UNCHANGED(m_guard);
        verifyNothingStored();
    }

    void mismatchedMerge()
    {
        const CliRun created = m_vault.run(
                str("create"),
                {str("--name"), str("pending-one"), str("--policy"),
                 str(R"({"x509_props": {"subject": "CN=pending.example.test"}, "issuer": {"name": "Unknown"}})")});
        COFFER_VERIFY_EXIT(created, 0);
        m_guard.reset();
        // leaf.pem was issued for another key than the pending request's.
        m_cli.writeFile(str("wrong-chain.pem"),
                        readFileBytes(path(str("leaf.pem"))) + readFileBytes(path(str("inter.pem"))));
        const CliRun merge = m_vault.run(
                str("pending merge"), {str("--name"), str("pending-one"), str("--file"), path(str("wrong-chain.pem"))});
        COFFER_VERIFY_EXIT(merge, 7);
        COFFER_VERIFY_STDERR(merge, "does not match");
        COFFER_VERIFY_UNCHANGED(m_guard);
        verifyFailureRecord("CertificatePendingMerge", str("InvalidArgument"));
        // A PFX is not what a merge takes.
        m_guard.reset();
        const CliRun pfx = m_vault.run(str("pending merge"),
                                       {str("--name"), str("pending-one"), str("--file"), path(str("aes.pfx"))});
        COFFER_VERIFY_EXIT(pfx, 7);
        COFFER_VERIFY_STDERR(pfx, "certificates only");
        COFFER_VERIFY_UNCHANGED(m_guard);
        verifyNothingStored();
        // The request is still there, unchanged.
        const QJsonObject pending = m_vault.ok(str("pending show"), {str("--name"), str("pending-one")});
        QCOMPARE(pending.value(u"status").toString(), str("inProgress"));
        m_vault.ok(str("pending delete"), {str("--name"), str("pending-one")});
    }
};

QTEST_GUILESS_MAIN(TestCertificateBadInput)
#include "TestCertificateBadInput.moc"
