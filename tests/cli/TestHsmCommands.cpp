// cli.HsmCommands: `vault hsm modules|bind|status|login|unbind` and HSM keys through the real binary, on a fresh
// SoftHSM2 token of this test's own (tests/support/SoftHsm.h): bind refused for a wrong PIN, a missing module and an
// unknown token; RSA-HSM, EC-HSM and oct-HSM keys created on the token sign, decrypt and encrypt, checked against
// openssl; a key imported onto the token; wrong or missing PINs refused without a change; unbind refused while HSM
// keys exist. The PIN is never printed.
#include "tests/cli/KeyTestSupport.h"
#include "tests/support/SoftHsm.h"
#include "tests/support/TestUtil.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace coffer::test;

class TestHsmCommands : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    KeyVault m_vault {m_cli};
    std::optional<TestToken> m_token;
    QString m_pinFile;
    QString m_wrongPinFile;
    QByteArray m_pin;
    QString m_serial;

    QStringList hsm(const QString &command, const QStringList &extra = {}) const
    {
        return QStringList {QStringLiteral("vault"), QStringLiteral("hsm"), command} + m_vault.unlock() + extra;
    }
    QStringList pin() const { return {QStringLiteral("--hsm-pin-file"), m_pinFile}; }
    QJsonObject status()
    {
        const CliRun run = m_cli.run(hsm(QStringLiteral("status")));
        if (run.exitCode != 0)
            QTest::qFail(qPrintable(run.describe()), __FILE__, __LINE__);
        return run.json();
    }
    QString publicPem(const QString &name)
    {
        const QString file = m_cli.path(name + QStringLiteral(".pub.pem"));
        if (!QFileInfo::exists(file))
            m_vault.ok(QStringLiteral("download"), {QStringLiteral("--name"), name, QStringLiteral("--file"), file});
        return file;
    }
    // Signs with Coffer and verifies with openssl.
    void signAndCheck(const QString &name, const QString &alg)
    {
        const QByteArray digest = QCryptographicHash::hash(
                QByteArray("hsm data " + alg.toLatin1()),
                alg.endsWith(QStringLiteral("384")) ? QCryptographicHash::Sha384 : QCryptographicHash::Sha256);
        const QJsonObject result
                = m_vault.ok(QStringLiteral("sign"),
                             QStringList {QStringLiteral("--name"), name, QStringLiteral("--algorithm"), alg,
                                          QStringLiteral("--digest"), toB64(digest)}
                                     + pin());
        QByteArray signature = fromB64Url(result.value(u"signature").toString());
        QVERIFY(!signature.isEmpty());
        QStringList args {QStringLiteral("pkeyutl"),
                          QStringLiteral("-verify"),
                          QStringLiteral("-pubin"),
                          QStringLiteral("-inkey"),
                          publicPem(name),
                          QStringLiteral("-in"),
                          m_cli.writeFile(name + QStringLiteral(".digest"), digest)};
        if (alg.startsWith(u'E')) {
            signature = ecdsaRawToDer(signature);
        } else {
            args += {QStringLiteral("-pkeyopt"), QStringLiteral("digest:sha256")};
            if (alg.startsWith(u'P'))
                args += {QStringLiteral("-pkeyopt"), QStringLiteral("rsa_padding_mode:pss"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("rsa_pss_saltlen:digest")};
        }
        args += {QStringLiteral("-sigfile"), m_cli.writeFile(name + QStringLiteral(".sig"), signature)};
        const ToolRun checked = openssl(m_cli.dir(), args);
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
        QVERIFY(m_vault.create(QStringLiteral("hsm-kv"), "hsm commands passphrase"));
        m_pin = m_token->pin.utf8().view().toByteArray();
        m_pinFile = m_cli.writePassphrase(QStringLiteral("pin.txt"), m_pin);
        m_wrongPinFile = m_cli.writePassphrase(QStringLiteral("wrong-pin.txt"), "wrong-pin-9999");
    }
    void init() { failOnAnyWarning(); }

    void modules()
    {
        const CliRun run = m_cli.run({QStringLiteral("vault"), QStringLiteral("hsm"), QStringLiteral("modules"),
                                      QStringLiteral("--module"), m_token->module});
        COFFER_VERIFY_EXIT(run, 0);
        const QJsonArray modules = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(modules.size(), 1);
        bool found = false;
        for (const QJsonValue &token : modules.at(0).toObject().value(u"tokens").toArray())
            found = found || token.toObject().value(u"label").toString() == m_token->label;
        QVERIFY2(found, qPrintable(run.describe()));
        // Every registered module, without a vault: an array (possibly empty).
        const CliRun all = m_cli.run({QStringLiteral("vault"), QStringLiteral("hsm"), QStringLiteral("modules")});
        COFFER_VERIFY_EXIT(all, 0);
        QVERIFY(QJsonDocument::fromJson(all.out).isArray());
        const CliRun missing = m_cli.run({QStringLiteral("vault"), QStringLiteral("hsm"), QStringLiteral("modules"),
                                          QStringLiteral("--module"), QStringLiteral("/nonexistent/libnothing.so")});
        COFFER_VERIFY_EXIT(missing, 9);
    }

    void hsmKeyBeforeBind()
    {
        const CliRun run = m_vault.run(QStringLiteral("create"),
                                       QStringList {QStringLiteral("--name"), QStringLiteral("early"),
                                                    QStringLiteral("--kty"), QStringLiteral("EC-HSM")}
                                               + pin());
        QVERIFY2(run.exitCode == 9, qPrintable(run.describe()));
        COFFER_VERIFY_STDERR(run, "vault hsm");
        COFFER_VERIFY_EXIT(m_vault.run(QStringLiteral("show"), {QStringLiteral("--name"), QStringLiteral("early")}), 4);
    }

    void bindRefused_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("wrongPin");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("wrong PIN") << QString() << QString() << true << 3;
        QTest::newRow("missing module") << "/nonexistent/libpkcs11.so" << QString() << false << 9;
        QTest::newRow("unknown token label") << QString() << "no-such-token" << false << 9;
    }
    void bindRefused()
    {
        QFETCH(QString, module);
        QFETCH(QString, label);
        QFETCH(bool, wrongPin);
        QFETCH(int, exitCode);
        const CliRun run = m_cli.run(hsm(QStringLiteral("bind"),
                                         {QStringLiteral("--module"), module.isEmpty() ? m_token->module : module,
                                          QStringLiteral("--token-label"), label.isEmpty() ? m_token->label : label,
                                          QStringLiteral("--pin-file"), wrongPin ? m_wrongPinFile : m_pinFile}));
        COFFER_VERIFY_EXIT(run, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith("coffer-cli: error: "), qPrintable(run.describe()));
        QCOMPARE(status().value(u"bound").toBool(), false);
    }

    void bind()
    {
        // The PIN from standard input.
        const CliRun run = m_cli.run(hsm(QStringLiteral("bind"),
                                         {QStringLiteral("--module"), m_token->module, QStringLiteral("--token-label"),
                                          m_token->label, QStringLiteral("--pin-stdin")}),
                                     m_pin + '\n');
        COFFER_VERIFY_EXIT(run, 0);
        const QJsonObject binding = run.json();
        m_serial = binding.value(u"tokenSerial").toString();
        QVERIFY(!m_serial.isEmpty());
        QCOMPARE(binding.value(u"tokenLabel").toString(), m_token->label);
        // The vault records the module's resolved path.
        QCOMPARE(QFileInfo(binding.value(u"modulePath").toString()).canonicalFilePath(),
                 QFileInfo(m_token->module).canonicalFilePath());

        const CliRun checked = m_cli.run(hsm(QStringLiteral("status"), {QStringLiteral("--pin-file"), m_pinFile}));
        COFFER_VERIFY_EXIT(checked, 0);
        const QJsonObject state = checked.json();
        QCOMPARE(state.value(u"bound").toBool(), true);
        QCOMPARE(state.value(u"tokenPresent").toBool(), true);
        QCOMPARE(state.value(u"loggedIn").toBool(), true);
        QCOMPARE(state.value(u"binding").toObject().value(u"tokenSerial").toString(), m_serial);
        QVERIFY(!state.value(u"supported").toArray().isEmpty());
    }

    void hsmKeysSign_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("kty");
        QTest::addColumn<QStringList>("algs");
        QTest::newRow("RSA-HSM 2048") << "hsm-rsa"
                                      << "--kty RSA-HSM"
                                      << "RSA-HSM" << QStringList {QStringLiteral("RS256"), QStringLiteral("PS256")};
        QTest::newRow("EC-HSM P-256") << "hsm-p256"
                                      << "--kty EC-HSM --curve P-256"
                                      << "EC-HSM" << QStringList {QStringLiteral("ES256")};
        QTest::newRow("EC-HSM P-384") << "hsm-p384"
                                      << "--kty EC-HSM --curve P-384"
                                      << "EC-HSM" << QStringList {QStringLiteral("ES384")};
    }
    void hsmKeysSign()
    {
        QFETCH(QString, name);
        QFETCH(QString, options);
        QFETCH(QString, kty);
        QFETCH(QStringList, algs);
        if (m_serial.isEmpty())
            QSKIP("not bound");
        const QJsonObject bundle = m_vault.ok(QStringLiteral("create"),
                                              QStringList {QStringLiteral("--name"), name}
                                                      + options.split(u' ', Qt::SkipEmptyParts) + pin());
        QCOMPARE(bundle.value(u"key").toObject().value(u"kty").toString(), kty);
        const QJsonObject coffer = bundle.value(u"coffer").toObject();
        QCOMPARE(coffer.value(u"protection").toString(), QStringLiteral("hsm"));
        QCOMPARE(coffer.value(u"hsm").toObject().value(u"tokenSerial").toString(), m_serial);
        QCOMPARE(coffer.value(u"hsm").toObject().value(u"local").toBool(), true);
        QCOMPARE(bundle.value(u"attributes").toObject().value(u"exportable").toBool(), false);
        for (const QString &alg : algs)
            signAndCheck(name, alg);
    }

    void hsmDecryptFromOpenssl()
    {
        if (m_serial.isEmpty())
            QSKIP("not bound");
        const QByteArray plaintext = "encrypted by openssl for the token";
        const QString cipherFile = m_cli.path(QStringLiteral("hsm.cipher"));
        const ToolRun encrypted
                = openssl(m_cli.dir(),
                          {QStringLiteral("pkeyutl"), QStringLiteral("-encrypt"), QStringLiteral("-pubin"),
                           QStringLiteral("-inkey"), publicPem(QStringLiteral("hsm-rsa")), QStringLiteral("-in"),
                           m_cli.writeFile(QStringLiteral("hsm.plain"), plaintext), QStringLiteral("-out"), cipherFile,
                           QStringLiteral("-pkeyopt"), QStringLiteral("rsa_padding_mode:oaep"),
                           QStringLiteral("-pkeyopt"), QStringLiteral("rsa_oaep_md:sha256"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("rsa_mgf1_md:sha256")});
        QVERIFY2(encrypted.exitCode == 0, qPrintable(encrypted.describe()));
        // The token PIN from standard input this time.
        const CliRun run = m_cli.runRevealing(
                m_vault.key(QStringLiteral("decrypt"),
                            {QStringLiteral("--name"), QStringLiteral("hsm-rsa"), QStringLiteral("--algorithm"),
                             QStringLiteral("RSA-OAEP-256"), QStringLiteral("--value-file"), cipherFile,
                             QStringLiteral("--hsm-pin-stdin")}),
                m_pin + '\n');
        COFFER_VERIFY_EXIT(run, 0);
        QCOMPARE(fromB64Url(run.json().value(u"result").toString()), plaintext);
    }

    void octHsmGcm()
    {
        if (m_serial.isEmpty())
            QSKIP("not bound");
        const QJsonObject bundle = m_vault.ok(QStringLiteral("create"),
                                              QStringList {QStringLiteral("--name"), QStringLiteral("hsm-aes"),
                                                           QStringLiteral("--kty"), QStringLiteral("oct-HSM")}
                                                      + pin());
        QCOMPARE(bundle.value(u"key").toObject().value(u"kty").toString(), QStringLiteral("oct-HSM"));
        const QByteArray plaintext = "aes-gcm on the token";
        const QJsonObject encrypted = m_vault.ok(QStringLiteral("encrypt"),
                                                 QStringList {QStringLiteral("--name"), QStringLiteral("hsm-aes"),
                                                              QStringLiteral("--algorithm"), QStringLiteral("A256GCM"),
                                                              QStringLiteral("--value"), toB64(plaintext),
                                                              QStringLiteral("--aad"), toB64("aad")}
                                                         + pin());
        const CliRun run = m_cli.runRevealing(m_vault.key(
                QStringLiteral("decrypt"),
                QStringList {QStringLiteral("--name"), QStringLiteral("hsm-aes"), QStringLiteral("--algorithm"),
                             QStringLiteral("A256GCM"), QStringLiteral("--value"),
                             encrypted.value(u"result").toString(), QStringLiteral("--iv"),
                             encrypted.value(u"iv").toString(), QStringLiteral("--tag"),
                             encrypted.value(u"authenticationTag").toString(), QStringLiteral("--aad"), toB64("aad")}
                        + pin()));
        COFFER_VERIFY_EXIT(run, 0);
        QCOMPARE(fromB64Url(run.json().value(u"result").toString()), plaintext);
    }

    void importOntoToken()
    {
        if (m_serial.isEmpty())
            QSKIP("not bound");
        const QString pem = m_cli.path(QStringLiteral("to-token.pem"));
        const ToolRun made = openssl(m_cli.dir(),
                                     {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                                      QStringLiteral("-out"), pem});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const QJsonObject bundle = m_vault.ok(QStringLiteral("import"),
                                              QStringList {QStringLiteral("--name"), QStringLiteral("hsm-imported"),
                                                           QStringLiteral("--pem-file"), pem,
                                                           QStringLiteral("--protection"), QStringLiteral("hsm")}
                                                      + pin());
        QCOMPARE(bundle.value(u"key").toObject().value(u"kty").toString(), QStringLiteral("EC-HSM"));
        QCOMPARE(bundle.value(u"coffer").toObject().value(u"hsm").toObject().value(u"local").toBool(), false);
        const ToolRun expected
                = openssl(m_cli.dir(), {QStringLiteral("pkey"), QStringLiteral("-in"), pem, QStringLiteral("-pubout")});
        QCOMPARE(readFileBytes(publicPem(QStringLiteral("hsm-imported"))), expected.out);
        signAndCheck(QStringLiteral("hsm-imported"), QStringLiteral("ES256"));
    }

    void refusedWithoutChange_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString digest = toB64(QByteArray(32, 'd'));
        const QStringList sign {QStringLiteral("--name"), QStringLiteral("hsm-rsa"),  QStringLiteral("--algorithm"),
                                QStringLiteral("RS256"),  QStringLiteral("--digest"), digest};
        QTest::newRow("sign without a PIN") << "sign" << sign << 9 << "PIN";
        QTest::newRow("sign with a wrong PIN")
                << "sign" << (sign + QStringList {QStringLiteral("--hsm-pin-file"), QStringLiteral("{wrong}")}) << 3
                << "PIN";
        QTest::newRow("create with a wrong PIN")
                << "create"
                << QStringList {QStringLiteral("--name"),  QStringLiteral("hsm-rsa"),        QStringLiteral("--kty"),
                                QStringLiteral("RSA-HSM"), QStringLiteral("--hsm-pin-file"), QStringLiteral("{wrong}")}
                << 3 << "PIN";
        QTest::newRow("exportable HSM key")
                << "create" << QStringList {QStringLiteral("--name"),       QStringLiteral("hsm-rsa"),
                                            QStringLiteral("--kty"),        QStringLiteral("RSA-HSM"),
                                            QStringLiteral("--exportable"), QStringLiteral("--hsm-pin-file"),
                                            QStringLiteral("{pin}")}
                << 7 << "export";
        QTest::newRow("private part of an HSM key")
                << "download"
                << QStringList {QStringLiteral("--name"), QStringLiteral("hsm-rsa"), QStringLiteral("--file"),
                                QStringLiteral("{out}"), QStringLiteral("--include-private")}
                << 8 << "";
        QTest::newRow("ES384 on an EC-HSM P-256 key")
                << "sign" << QStringList {QStringLiteral("--name"),         QStringLiteral("hsm-p256"),
                                          QStringLiteral("--algorithm"),    QStringLiteral("ES384"),
                                          QStringLiteral("--digest"),       toB64(QByteArray(48, 'd')),
                                          QStringLiteral("--hsm-pin-file"), QStringLiteral("{pin}")}
                << 7 << "ES384";
        QTest::newRow("digest of the wrong length")
                << "sign" << QStringList {QStringLiteral("--name"),         QStringLiteral("hsm-p256"),
                                          QStringLiteral("--algorithm"),    QStringLiteral("ES256"),
                                          QStringLiteral("--digest"),       toB64(QByteArray(20, 'd')),
                                          QStringLiteral("--hsm-pin-file"), QStringLiteral("{pin}")}
                << 7 << "32-byte";
    }
    void refusedWithoutChange()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (m_serial.isEmpty())
            QSKIP("not bound");
        for (QString &word : extra) {
            if (word == u"{wrong}")
                word = m_wrongPinFile;
            else if (word == u"{pin}")
                word = m_pinFile;
            else if (word == u"{out}")
                word = m_cli.path(QStringLiteral("hsm-private.pem"));
        }
        const QStringList before = m_vault.versions(QStringLiteral("hsm-rsa"));
        const CliRun run = m_vault.run(command, extra);
        COFFER_VERIFY_EXIT(run, exitCode);
        QVERIFY(run.out.isEmpty());
        if (!message.isEmpty())
            QVERIFY2(QString::fromUtf8(run.err).contains(message, Qt::CaseInsensitive), qPrintable(run.describe()));
        QCOMPARE(m_vault.versions(QStringLiteral("hsm-rsa")), before);
        QVERIFY(!QFileInfo::exists(m_cli.path(QStringLiteral("hsm-private.pem"))));
    }

    void unbind()
    {
        if (m_serial.isEmpty())
            QSKIP("not bound");
        const CliRun refused = m_cli.run(hsm(QStringLiteral("unbind")));
        COFFER_VERIFY_EXIT(refused, 6);
        QCOMPARE(status().value(u"bound").toBool(), true);
        QVERIFY(status().value(u"keyCount").toInt() >= 5);
        for (const char *name : {"hsm-rsa", "hsm-p256", "hsm-p384", "hsm-aes", "hsm-imported"}) {
            m_vault.ok(QStringLiteral("delete"), {QStringLiteral("--name"), QString::fromLatin1(name)});
            COFFER_VERIFY_EXIT(m_vault.run(QStringLiteral("purge"),
                                           QStringList {QStringLiteral("--name"), QString::fromLatin1(name)} + pin()),
                               0);
        }
        COFFER_VERIFY_EXIT(m_cli.run(hsm(QStringLiteral("unbind"))), 0);
        const QJsonObject state = status();
        QCOMPARE(state.value(u"bound").toBool(), false);
        QVERIFY(state.value(u"orphans").toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHsmCommands)
#include "TestHsmCommands.moc"
