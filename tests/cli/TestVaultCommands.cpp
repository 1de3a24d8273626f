// cli.VaultCommands: vault create/show/update/change-passphrase/check through the real binary, with the
// output formats, standard input and the help and version texts.
#include "tests/cli/CliRunner.h"
#include "tests/cli/VaultGuard.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace coffer::test;

class TestVaultCommands : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    VaultGuard m_guard {m_cli}; // a refusal changes nothing but the audit log
    QString m_pass; // passphrase file of the main vault
    QString m_bundle; // created by createShowsRecoveryKeyOnce
    QByteArray m_recoveryKey;

    QStringList show(const QString &passFile) const
    {
        return {QStringLiteral("vault"),
                QStringLiteral("show"),
                QStringLiteral("--vault"),
                m_bundle,
                QStringLiteral("--passphrase-file"),
                passFile};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        m_pass = m_cli.writePassphrase(QStringLiteral("pass.txt"), "correct horse battery staple");
    }
    void init() { failOnAnyWarning(); }

    void createShowsRecoveryKeyOnce()
    {
        const auto created = m_cli.createVault(m_cli.path(QStringLiteral("vaults")), QStringLiteral("team-kv"), m_pass,
                                               {QStringLiteral("--retention-days"), QStringLiteral("30"),
                                                QStringLiteral("--owner"), QStringLiteral("Alice")});
        COFFER_VERIFY_EXIT(created.run, 0);
        m_bundle = created.bundle;
        m_recoveryKey = created.recoveryKey;
        QVERIFY(QFileInfo(m_bundle + QStringLiteral("/header.json")).isFile());
        QVERIFY(QFileInfo(m_bundle + QStringLiteral("/vault.db")).isFile());
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){13}$"))
                         .match(QString::fromLatin1(m_recoveryKey))
                         .hasMatch(),
                 m_recoveryKey.constData());
        COFFER_VERIFY_STDERR(created.run, "shown only this once");
        const QJsonObject json = created.run.json();
        QCOMPARE(json.value(u"name").toString(), QStringLiteral("team-kv"));
        QCOMPARE(json.value(u"location").toString(), QFileInfo(m_bundle).absoluteFilePath());
        const QJsonObject props = json.value(u"properties").toObject();
        QCOMPARE(props.value(u"softDeleteRetentionInDays").toInt(), 30);
        QCOMPARE(props.value(u"enablePurgeProtection").toBool(true), false);
        QCOMPARE(props.value(u"owner").toString(), QStringLiteral("Alice"));
        QCOMPARE(props.value(u"recoveryLevel").toString(), QStringLiteral("CustomizedRecoverable+Purgeable"));
        // Pretty-printed with a 2-space indent, like az.
        QVERIFY2(created.run.out.startsWith("{\n  \""), created.run.out.left(20).constData());
        QVERIFY(created.run.out.contains("\n    \"enablePurgeProtection\": false,\n"));
        m_cli.addSecret(m_recoveryKey); // from now on it must never be printed again
    }

    void showPrintsAzShape()
    {
        const CliRun run = m_cli.run(show(m_pass));
        COFFER_VERIFY_EXIT(run, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"name").toString(), QStringLiteral("team-kv"));
        QCOMPARE(json.value(u"location").toString(), QFileInfo(m_bundle).absoluteFilePath());
        QVERIFY(!json.value(u"id").toString().isEmpty());
        QVERIFY(!json.contains(u"recoveryKey"));
        const QJsonObject props = json.value(u"properties").toObject();
        QCOMPARE(props.value(u"vaultUri").toString(), QStringLiteral("coffer://team-kv"));
        QCOMPARE(props.value(u"enableSoftDelete").toBool(), true);
        QCOMPARE(props.value(u"enableRbacAuthorization").toBool(), true);
        QCOMPARE(props.value(u"enablePurgeProtection").toBool(true), false);
        QCOMPARE(props.value(u"softDeleteRetentionInDays").toInt(), 30);
        QCOMPARE(props.value(u"owner").toString(), QStringLiteral("Alice"));
        QCOMPARE(props.value(u"fileFormat").toInt(), 1);
        QVERIFY(props.value(u"schemaVersion").toInt() >= 1);
        QVERIFY(QDateTime::fromString(props.value(u"createdAt").toString(), Qt::ISODate).isValid());
    }

    void showWithRecoveryKeyAndStdin()
    {
        const QString keyFile = m_cli.writeFile(QStringLiteral("recovery.txt"), m_recoveryKey + "\r\n");
        CliRun run = m_cli.run({QStringLiteral("vault"), QStringLiteral("show"), QStringLiteral("--vault"), m_bundle,
                                QStringLiteral("--recovery-key-file"), keyFile});
        COFFER_VERIFY_EXIT(run, 0);
        QCOMPARE(run.json().value(u"name").toString(), QStringLiteral("team-kv"));
        // Lowercase and without dashes is accepted too.
        m_cli.writeFile(QStringLiteral("recovery.txt"), m_recoveryKey.toLower().replace('-', ""));
        run = m_cli.run({QStringLiteral("vault"), QStringLiteral("show"), QStringLiteral("--vault"), m_bundle,
                         QStringLiteral("--recovery-key-file"), keyFile});
        COFFER_VERIFY_EXIT(run, 0);

        run = m_cli.run({QStringLiteral("vault"), QStringLiteral("show"), QStringLiteral("--vault"), m_bundle,
                         QStringLiteral("--passphrase-stdin")},
                        "correct horse battery staple\n");
        COFFER_VERIFY_EXIT(run, 0);
        // Only one trailing newline is removed: a second one is part of the (now wrong) passphrase.
        run = m_cli.run({QStringLiteral("vault"), QStringLiteral("show"), QStringLiteral("--vault"), m_bundle,
                         QStringLiteral("--passphrase-stdin")},
                        "correct horse battery staple\n\n");
        COFFER_VERIFY_EXIT(run, 3);
    }

    void tableAndTsvOutput()
    {
        CliRun run = m_cli.run(show(m_pass) + QStringList {QStringLiteral("-o"), QStringLiteral("table")});
        COFFER_VERIFY_EXIT(run, 0);
        const QList<QByteArray> lines = run.out.split('\n');
        QVERIFY2(lines.size() >= 3, run.out.constData());
        QVERIFY(lines.at(0).startsWith("Name"));
        QVERIFY(lines.at(0).contains("PurgeProtection"));
        QVERIFY(lines.at(1).startsWith("-------"));
        QVERIFY(lines.at(2).startsWith("team-kv  "));
        QVERIFY(lines.at(2).contains("false"));

        run = m_cli.run(show(m_pass) + QStringList {QStringLiteral("--output=tsv")});
        COFFER_VERIFY_EXIT(run, 0);
        const QString expected = QStringLiteral("team-kv\t%1\tfalse\t30\tCustomizedRecoverable+Purgeable\n")
                                         .arg(QFileInfo(m_bundle).absoluteFilePath());
        QCOMPARE(QString::fromUtf8(run.out), expected);
    }

    void updatePurgeProtectionOnThenRefusedOff()
    {
        const QStringList update {QStringLiteral("vault"),
                                  QStringLiteral("update"),
                                  QStringLiteral("--vault"),
                                  m_bundle,
                                  QStringLiteral("--passphrase-file"),
                                  m_pass,
                                  QStringLiteral("--enable-purge-protection")};
        CliRun run = m_cli.run(update + QStringList {QStringLiteral("true")});
        COFFER_VERIFY_EXIT(run, 0);
        QCOMPARE(run.json().value(u"properties").toObject().value(u"enablePurgeProtection").toBool(), true);
        QCOMPARE(run.json().value(u"properties").toObject().value(u"recoveryLevel").toString(),
                 QStringLiteral("CustomizedRecoverable"));
        run = m_cli.run(show(m_pass));
        QCOMPARE(run.json().value(u"properties").toObject().value(u"enablePurgeProtection").toBool(), true);

        const auto before = snapshotFolder(m_bundle);
        run = m_cli.run(update + QStringList {QStringLiteral("false")});
        COFFER_VERIFY_EXIT(run, 7);
        COFFER_VERIFY_STDERR(run, "purge protection can never be turned off");
        QVERIFY(run.out.isEmpty());
        QCOMPARE(snapshotFolder(m_bundle), before);

        run = m_cli.run(update + QStringList {QStringLiteral("maybe")});
        COFFER_VERIFY_EXIT(run, 2);
        COFFER_VERIFY_STDERR(run, "--enable-purge-protection needs true or false");

        run = m_cli.run({QStringLiteral("vault"), QStringLiteral("update"), QStringLiteral("--vault"), m_bundle,
                         QStringLiteral("--passphrase-file"), m_pass});
        COFFER_VERIFY_EXIT(run, 2);
        COFFER_VERIFY_STDERR(run, "nothing to update");
    }

    void checkReportsOk()
    {
        const CliRun run = m_cli.run({QStringLiteral("vault"), QStringLiteral("check"), QStringLiteral("--vault"),
                                      m_bundle, QStringLiteral("--passphrase-file"), m_pass});
        COFFER_VERIFY_EXIT(run, 0);
        QCOMPARE(run.json().value(u"integrity").toString(), QStringLiteral("ok"));
    }

    void changePassphrase()
    {
        const QString newPass = m_cli.writePassphrase(QStringLiteral("new.txt"), "a new passphrase for team-kv");
        CliRun run = m_cli.run(QStringList {QStringLiteral("vault"), QStringLiteral("change-passphrase"),
                                            QStringLiteral("--vault"), m_bundle, QStringLiteral("--passphrase-file"),
                                            m_pass, QStringLiteral("--new-passphrase-file"), newPass}
                               + CliRunner::fastKdf());
        COFFER_VERIFY_EXIT(run, 0);
        QVERIFY(run.out.isEmpty());

        const auto before = snapshotFolder(m_bundle);
        run = m_cli.run(show(m_pass));
        COFFER_VERIFY_EXIT(run, 3);
        COFFER_VERIFY_STDERR(run, "passphrase does not unlock");
        COFFER_VERIFY_STDERR(run, "hint: check the passphrase, or unlock with --recovery-key-file");
        QVERIFY(run.out.isEmpty());
        QCOMPARE(snapshotFolder(m_bundle), before);

        run = m_cli.run(show(newPass));
        COFFER_VERIFY_EXIT(run, 0);

        // Through stdin, and back.
        run = m_cli.run(QStringList {QStringLiteral("vault"), QStringLiteral("change-passphrase"),
                                     QStringLiteral("--vault"), m_bundle, QStringLiteral("--passphrase-file"), newPass,
                                     QStringLiteral("--new-passphrase-stdin")}
                                + CliRunner::fastKdf(),
                        "correct horse battery staple\n");
        COFFER_VERIFY_EXIT(run, 0);
        COFFER_VERIFY_EXIT(m_cli.run(show(newPass)), 3);
        COFFER_VERIFY_EXIT(m_cli.run(show(m_pass)), 0);
    }

    void changePassphraseOfARecoverySlotIsRefused()
    {
        const CliRun list
                = m_cli.run({QStringLiteral("vault"), QStringLiteral("keyslot"), QStringLiteral("list"),
                             QStringLiteral("--vault"), m_bundle, QStringLiteral("--passphrase-file"), m_pass});
        COFFER_VERIFY_EXIT(list, 0);
        QString recoveryId;
        for (const QJsonValue &slot : QJsonDocument::fromJson(list.out).array())
            if (slot.toObject().value(u"type").toString() == u"recovery")
                recoveryId = slot.toObject().value(u"id").toString();
        QVERIFY(!recoveryId.isEmpty());
        const QString newPass = m_cli.writePassphrase(QStringLiteral("other.txt"), "yet another passphrase");
        m_guard.reset(m_bundle, {QStringLiteral("--passphrase-file"), m_pass});
        const CliRun run
                = m_cli.run({QStringLiteral("vault"), QStringLiteral("change-passphrase"), QStringLiteral("--vault"),
                             m_bundle, QStringLiteral("--passphrase-file"), m_pass, QStringLiteral("--slot"),
                             recoveryId, QStringLiteral("--new-passphrase-file"), newPass});
        COFFER_VERIFY_EXIT(run, 7);
        COFFER_VERIFY_STDERR(run, "not a passphrase slot");
        COFFER_VERIFY_UNCHANGED(m_guard);
    }

    void helpAndVersion()
    {
        CliRun run = m_cli.run({QStringLiteral("--help")});
        COFFER_VERIFY_EXIT(run, 0);
        QVERIFY(run.out.contains("vault"));
        QVERIFY(run.out.contains("Exit codes:"));
        for (const char *line : {"    0  success", "    2  usage", "    3  credential", "    4  not found",
                                 "    5  damaged", "    6  conflict", "    7  invalid value"})
            QVERIFY2(run.out.contains(line), line);

        run = m_cli.run({QStringLiteral("vault"), QStringLiteral("--help")});
        COFFER_VERIFY_EXIT(run, 0);
        for (const char *command : {"create", "show", "update", "change-passphrase", "check", "keyslot"})
            QVERIFY2(run.out.contains(command), command);

        run = m_cli.run({QStringLiteral("vault"), QStringLiteral("create"), QStringLiteral("--help")});
        COFFER_VERIFY_EXIT(run, 0);
        for (const char *option : {"--path PARENT_DIR", "--name NAME", "--retention-days D",
                                   "--enable-purge-protection", "--passphrase-file FILE", "--passphrase-stdin",
                                   "--owner NAME", "--kdf-memory-kib K", "--kdf-iterations I", "--kdf-parallelism P"})
            QVERIFY2(run.out.contains(option), option);

        run = m_cli.run(
                {QStringLiteral("vault"), QStringLiteral("keyslot"), QStringLiteral("add"), QStringLiteral("-h")});
        COFFER_VERIFY_EXIT(run, 0);
        QVERIFY(run.out.contains("--type passphrase|recovery|keychain"));

        run = m_cli.run({QStringLiteral("--version")});
        COFFER_VERIFY_EXIT(run, 0);
        QCOMPARE(run.out, QByteArray("coffer-cli " COFFER_VERSION "\n"));
    }
};

QTEST_GUILESS_MAIN(TestVaultCommands)
#include "TestVaultCommands.moc"
