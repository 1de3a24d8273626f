// cli.HsmKeychain: the token PIN kept in the OS keychain, through the real binary, inside a private D-Bus session
// with an unlocked gnome-keyring (tests/support/keyring/with-keyring.sh) and on a SoftHSM2 token of this test's own:
// `vault hsm login` checks the PIN and stores it, key commands then need no --hsm-pin-file, `vault hsm forget-pin`
// removes it again, and `vault hsm bind --remember-pin` stores it at bind time. A wrong PIN is never stored.
// Skips (saying why) when no keyring or no SoftHSM2 is available.
#include "tests/cli/KeyTestSupport.h"
#include "tests/support/SoftHsm.h"
#include "tests/support/TestUtil.h"

#include <QCryptographicHash>

using namespace coffer::test;

class TestHsmKeychain : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    KeyVault m_vault {m_cli};
    std::optional<TestToken> m_token;
    QString m_pinFile;
    QString m_wrongPinFile;

    QStringList hsm(const QString &command, const QStringList &extra = {}) const
    {
        return QStringList {QStringLiteral("vault"), QStringLiteral("hsm"), command} + m_vault.unlock() + extra;
    }
    QJsonObject status()
    {
        const CliRun run = m_cli.run(hsm(QStringLiteral("status")));
        if (run.exitCode != 0)
            QTest::qFail(qPrintable(run.describe()), __FILE__, __LINE__);
        return run.json();
    }
    // `key sign` without any PIN option.
    CliRun signWithoutPin()
    {
        return m_vault.run(QStringLiteral("sign"),
                           {QStringLiteral("--name"), QStringLiteral("kc-ec"), QStringLiteral("--algorithm"),
                            QStringLiteral("ES256"), QStringLiteral("--digest"),
                            toB64(QCryptographicHash::hash("keychain", QCryptographicHash::Sha256))});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("COFFER_KEYRING_UNAVAILABLE"))
            QSKIP(qPrintable(QStringLiteral("no OS keychain: ") + qEnvironmentVariable("COFFER_KEYRING_UNAVAILABLE")));
        if (!qEnvironmentVariableIsSet("COFFER_KEYRING_SESSION"))
            QSKIP("run through CTest (tests/support/keyring/with-keyring.sh)");
        m_token = testToken();
        if (!m_token)
            QSKIP(qPrintable(softHsmSkipReason()));
        QVERIFY(m_cli.isValid());
        QVERIFY(m_vault.create(QStringLiteral("hsm-keychain-kv"), "hsm keychain passphrase"));
        m_pinFile = m_cli.writePassphrase(QStringLiteral("pin.txt"), m_token->pin.utf8().view().toByteArray());
        m_wrongPinFile = m_cli.writePassphrase(QStringLiteral("wrong-pin.txt"), "not-the-pin-0000");
    }
    void init() { failOnAnyWarning(); }

    void loginStoresPin()
    {
        const CliRun bound
                = m_cli.run(hsm(QStringLiteral("bind"),
                                {QStringLiteral("--module"), m_token->module, QStringLiteral("--token-label"),
                                 m_token->label, QStringLiteral("--pin-file"), m_pinFile}));
        COFFER_VERIFY_EXIT(bound, 0);
        QCOMPARE(status().value(u"pinInKeychain").toBool(), false);
        m_vault.ok(QStringLiteral("create"),
                   {QStringLiteral("--name"), QStringLiteral("kc-ec"), QStringLiteral("--kty"),
                    QStringLiteral("EC-HSM"), QStringLiteral("--hsm-pin-file"), m_pinFile});
        const CliRun needsPin = signWithoutPin();
        COFFER_VERIFY_EXIT(needsPin, 9);
        COFFER_VERIFY_STDERR(needsPin, "PIN");

        // A wrong PIN is refused and not stored.
        const CliRun wrong = m_cli.run(hsm(QStringLiteral("login"), {QStringLiteral("--pin-file"), m_wrongPinFile}));
        COFFER_VERIFY_EXIT(wrong, 3);
        QCOMPARE(status().value(u"pinInKeychain").toBool(), false);
        COFFER_VERIFY_EXIT(signWithoutPin(), 9);

        const CliRun login = m_cli.run(hsm(QStringLiteral("login"), {QStringLiteral("--pin-file"), m_pinFile}));
        COFFER_VERIFY_EXIT(login, 0);
        QCOMPARE(login.json().value(u"pinInKeychain").toBool(), true);
        const QJsonObject state = status();
        QCOMPARE(state.value(u"pinInKeychain").toBool(), true);
        const CliRun signedRun = signWithoutPin();
        COFFER_VERIFY_EXIT(signedRun, 0);
        QCOMPARE(fromB64Url(signedRun.json().value(u"signature").toString()).size(), 64);
    }

    void forgetPin()
    {
        if (!status().value(u"pinInKeychain").toBool())
            QSKIP("login did not store the PIN");
        COFFER_VERIFY_EXIT(m_cli.run(hsm(QStringLiteral("forget-pin"))), 0);
        QCOMPARE(status().value(u"pinInKeychain").toBool(), false);
        COFFER_VERIFY_EXIT(signWithoutPin(), 9);
    }

    void bindRemembersPin()
    {
        m_vault.ok(QStringLiteral("delete"), {QStringLiteral("--name"), QStringLiteral("kc-ec")});
        COFFER_VERIFY_EXIT(m_vault.run(QStringLiteral("purge"),
                                       {QStringLiteral("--name"), QStringLiteral("kc-ec"),
                                        QStringLiteral("--hsm-pin-file"), m_pinFile}),
                           0);
        COFFER_VERIFY_EXIT(m_cli.run(hsm(QStringLiteral("unbind"))), 0);
        const CliRun bound = m_cli.run(
                hsm(QStringLiteral("bind"),
                    {QStringLiteral("--module"), m_token->module, QStringLiteral("--token-label"), m_token->label,
                     QStringLiteral("--pin-file"), m_pinFile, QStringLiteral("--remember-pin")}));
        COFFER_VERIFY_EXIT(bound, 0);
        QCOMPARE(status().value(u"pinInKeychain").toBool(), true);
        // HSM key creation without a PIN option.
        const QJsonObject created = m_vault.ok(
                QStringLiteral("create"),
                {QStringLiteral("--name"), QStringLiteral("kc-ec"), QStringLiteral("--kty"), QStringLiteral("EC-HSM")});
        QCOMPARE(created.value(u"key").toObject().value(u"kty").toString(), QStringLiteral("EC-HSM"));
        COFFER_VERIFY_EXIT(signWithoutPin(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHsmKeychain)
#include "TestHsmKeychain.moc"
