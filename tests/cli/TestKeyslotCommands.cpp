// cli.KeyslotCommands: vault keyslot list/add/remove through the real binary, unlocking with each slot.
#include "tests/cli/CliRunner.h"
#include "tests/cli/VaultGuard.h"
#include "tests/support/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace coffer::test;

class TestKeyslotCommands : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    VaultGuard m_guard {m_cli}; // a refusal changes nothing but the audit log
    QString m_pass;
    QString m_bundle;
    QString m_alicePass;
    QString m_aliceSlot;
    QString m_newRecoverySlot;
    QString m_newRecoveryFile;

    QStringList vaultArgs(const QString &command, const QString &passFile) const
    {
        return {QStringLiteral("vault"),
                QStringLiteral("keyslot"),
                command,
                QStringLiteral("--vault"),
                m_bundle,
                QStringLiteral("--passphrase-file"),
                passFile};
    }
    QStringList showWith(const QString &option, const QString &file) const
    {
        return {QStringLiteral("vault"), QStringLiteral("show"), QStringLiteral("--vault"), m_bundle, option, file};
    }
    QJsonArray listSlots()
    {
        const CliRun run = m_cli.run(vaultArgs(QStringLiteral("list"), m_pass));
        if (run.exitCode != 0)
            QTest::qFail(qPrintable(run.describe()), __FILE__, __LINE__);
        return QJsonDocument::fromJson(run.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        m_pass = m_cli.writePassphrase(QStringLiteral("pass.txt"), "owner passphrase 1");
        m_alicePass = m_cli.writePassphrase(QStringLiteral("alice.txt"), "alice's own passphrase");
        const auto created = m_cli.createVault(m_cli.dir(), QStringLiteral("slots-kv"), m_pass);
        QCOMPARE(created.run.exitCode, 0);
        m_bundle = created.bundle;
        m_cli.addSecret(created.recoveryKey);
    }
    void init() { failOnAnyWarning(); }

    void listShowsTheTwoInitialSlots()
    {
        const QJsonArray slots = listSlots();
        QCOMPARE(slots.size(), 2);
        QCOMPARE(slots.at(0).toObject().value(u"type").toString(), QStringLiteral("passphrase"));
        QCOMPARE(slots.at(1).toObject().value(u"type").toString(), QStringLiteral("recovery"));
        for (const QJsonValue &slot : slots) {
            const QJsonObject object = slot.toObject();
            QCOMPARE(object.keys(),
                     (QStringList {QStringLiteral("created"), QStringLiteral("id"), QStringLiteral("label"),
                                   QStringLiteral("principal"), QStringLiteral("type")}));
            QCOMPARE(object.value(u"id").toString().size(), 8);
            QVERIFY(!object.value(u"principal").toString().isEmpty());
        }
        const CliRun table = m_cli.run(vaultArgs(QStringLiteral("list"), m_pass)
                                       + QStringList {QStringLiteral("-o"), QStringLiteral("table")});
        COFFER_VERIFY_EXIT(table, 0);
        QVERIFY2(table.out.startsWith("Id        Type        Label"), table.out.constData());
        QCOMPARE(table.out.count('\n'), 4);
    }

    void addPassphraseSlotAndUnlockWithIt()
    {
        CliRun run = m_cli.run(vaultArgs(QStringLiteral("add"), m_pass)
                               + QStringList {QStringLiteral("--type"), QStringLiteral("passphrase"),
                                              QStringLiteral("--label"), QStringLiteral("alice"),
                                              QStringLiteral("--new-passphrase-file"), m_alicePass}
                               + CliRunner::fastKdf());
        COFFER_VERIFY_EXIT(run, 0);
        const QJsonObject slot = run.json();
        QCOMPARE(slot.value(u"type").toString(), QStringLiteral("passphrase"));
        QCOMPARE(slot.value(u"label").toString(), QStringLiteral("alice"));
        m_aliceSlot = slot.value(u"id").toString();
        QCOMPARE(m_aliceSlot.size(), 8);
        QCOMPARE(listSlots().size(), 3);

        COFFER_VERIFY_EXIT(m_cli.run(showWith(QStringLiteral("--passphrase-file"), m_alicePass)), 0);
        // --slot restricts the unlock to one keyslot.
        COFFER_VERIFY_EXIT(m_cli.run(showWith(QStringLiteral("--passphrase-file"), m_alicePass)
                                     + QStringList {QStringLiteral("--slot"), m_aliceSlot}),
                           0);
        const QString ownerSlot = listSlots().at(0).toObject().value(u"id").toString();
        run = m_cli.run(showWith(QStringLiteral("--passphrase-file"), m_alicePass)
                        + QStringList {QStringLiteral("--slot"), ownerSlot});
        COFFER_VERIFY_EXIT(run, 3);
        run = m_cli.run(showWith(QStringLiteral("--passphrase-file"), m_alicePass)
                        + QStringList {QStringLiteral("--slot"), QStringLiteral("deadbeef")});
        COFFER_VERIFY_EXIT(run, 4);
        COFFER_VERIFY_STDERR(run, "no passphrase keyslot with id deadbeef");
    }

    void addRecoverySlotAndUnlockWithIt()
    {
        const CliRun run = m_cli.run(vaultArgs(QStringLiteral("add"), m_pass)
                                     + QStringList {QStringLiteral("--type"), QStringLiteral("recovery")});
        COFFER_VERIFY_EXIT(run, 0);
        const QJsonObject slot = run.json();
        QCOMPARE(slot.value(u"type").toString(), QStringLiteral("recovery"));
        QCOMPARE(slot.value(u"label").toString(), QStringLiteral("Recovery key"));
        const QByteArray key = slot.value(u"recoveryKey").toString().toLatin1();
        QCOMPARE(key.size(), 14 * 4 + 13);
        COFFER_VERIFY_STDERR(run, "shown only this once");
        m_newRecoverySlot = slot.value(u"id").toString();
        m_newRecoveryFile = m_cli.writeFile(QStringLiteral("recovery2.txt"), key + '\n');
        m_cli.addSecret(key);
        QCOMPARE(listSlots().size(), 4);

        const CliRun show = m_cli.run(showWith(QStringLiteral("--recovery-key-file"), m_newRecoveryFile)
                                      + QStringList {QStringLiteral("--slot"), m_newRecoverySlot});
        COFFER_VERIFY_EXIT(show, 0);
        QCOMPARE(show.json().value(u"name").toString(), QStringLiteral("slots-kv"));
    }

    void removeSlots()
    {
        CliRun run = m_cli.run(vaultArgs(QStringLiteral("remove"), m_pass)
                               + QStringList {QStringLiteral("--id"), m_aliceSlot});
        COFFER_VERIFY_EXIT(run, 0);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(listSlots().size(), 3);
        m_guard.reset(m_bundle, {QStringLiteral("--passphrase-file"), m_pass});
        run = m_cli.run(showWith(QStringLiteral("--passphrase-file"), m_alicePass));
        COFFER_VERIFY_EXIT(run, 3);
        COFFER_VERIFY_UNCHANGED(m_guard);

        run = m_cli.run(vaultArgs(QStringLiteral("remove"), m_pass)
                        + QStringList {QStringLiteral("--id"), QStringLiteral("0badf00d")});
        COFFER_VERIFY_EXIT(run, 4);
        COFFER_VERIFY_STDERR(run, "no keyslot 0badf00d");
        COFFER_VERIFY_STDERR(run, "keyslot list");
        COFFER_VERIFY_UNCHANGED(m_guard);

        // The new recovery key still unlocks; remove its slot while unlocked through it.
        run = m_cli.run(showWith(QStringLiteral("--recovery-key-file"), m_newRecoveryFile));
        COFFER_VERIFY_EXIT(run, 0);
        run = m_cli.run({QStringLiteral("vault"), QStringLiteral("keyslot"), QStringLiteral("remove"),
                         QStringLiteral("--vault"), m_bundle, QStringLiteral("--recovery-key-file"), m_newRecoveryFile,
                         QStringLiteral("--id"), m_newRecoverySlot});
        COFFER_VERIFY_EXIT(run, 0);
        run = m_cli.run(showWith(QStringLiteral("--recovery-key-file"), m_newRecoveryFile));
        COFFER_VERIFY_EXIT(run, 3);
        COFFER_VERIFY_STDERR(run, "recovery key does not unlock");
    }

    void lastSlotIsRefused()
    {
        const QJsonArray slots = listSlots();
        QCOMPARE(slots.size(), 2);
        const QString passSlot = slots.at(0).toObject().value(u"id").toString();
        const QString recoverySlot = slots.at(1).toObject().value(u"id").toString();
        COFFER_VERIFY_EXIT(m_cli.run(vaultArgs(QStringLiteral("remove"), m_pass)
                                     + QStringList {QStringLiteral("--id"), recoverySlot}),
                           0);
        m_guard.reset(m_bundle, {QStringLiteral("--passphrase-file"), m_pass});
        const CliRun run = m_cli.run(vaultArgs(QStringLiteral("remove"), m_pass)
                                     + QStringList {QStringLiteral("--id"), passSlot});
        COFFER_VERIFY_EXIT(run, 7);
        COFFER_VERIFY_STDERR(run, "last way to unlock");
        COFFER_VERIFY_UNCHANGED(m_guard);
        QCOMPARE(listSlots().size(), 1);
    }

    void keychainUnavailableIsReported()
    {
        // No D-Bus session and no display: the OS keychain cannot be reached.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/coffer-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        m_guard.reset(m_bundle, {QStringLiteral("--passphrase-file"), m_pass});
        CliRun run = m_cli.run(vaultArgs(QStringLiteral("add"), m_pass)
                                       + QStringList {QStringLiteral("--type"), QStringLiteral("keychain")},
                               {}, env);
        COFFER_VERIFY_EXIT(run, 9);
        COFFER_VERIFY_STDERR(run, "keychain");
        COFFER_VERIFY_UNCHANGED(m_guard);

        // --keychain on a vault without a keychain slot names the problem.
        run = m_cli.run({QStringLiteral("vault"), QStringLiteral("show"), QStringLiteral("--vault"), m_bundle,
                         QStringLiteral("--keychain")},
                        {}, env);
        COFFER_VERIFY_EXIT(run, 4);
        COFFER_VERIFY_STDERR(run, "no keychain keyslot");

        // No credential at all, and no keychain slot to fall back to: the options are listed.
        run = m_cli.run({QStringLiteral("vault"), QStringLiteral("show"), QStringLiteral("--vault"), m_bundle}, {},
                        env);
        COFFER_VERIFY_EXIT(run, 2);
        COFFER_VERIFY_STDERR(run,
                             "--passphrase-file FILE, --passphrase-stdin, --recovery-key-file FILE or "
                             "--keychain");
        COFFER_VERIFY_UNCHANGED(m_guard);
    }
};

QTEST_GUILESS_MAIN(TestKeyslotCommands)
#include "TestKeyslotCommands.moc"
