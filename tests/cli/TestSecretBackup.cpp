// cli.SecretBackup: secret backup and restore through the real binary: same ids, values and attributes after a
// purge; restore only into a vault holding the backup key (vault backup-key export/import); damaged files;
// purge protection; deleted secrets purged when their date has come.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestUtil.h"

#include "core/common/KdfParams.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace coffer::test;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestSecretBackup : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    QString m_pass;
    QString m_vaultA;
    QString m_vaultB;
    QString m_backup;
    QJsonArray m_versionsBefore; // list-versions of "api-key" before the backup
    const QList<QByteArray> m_values {"api-key-v1-a8f0", "api-key-v2-3b7e"};

    QStringList secret(const QString &vault, const QString &command, const QStringList &extra = {}) const
    {
        return QStringList {QStringLiteral("secret"),
                            command,
                            QStringLiteral("--vault"),
                            vault,
                            QStringLiteral("--passphrase-file"),
                            m_pass}
        + extra;
    }
    QStringList backupKey(const QString &vault, const QString &command, const QStringList &extra = {}) const
    {
        return QStringList {QStringLiteral("vault"),
                            QStringLiteral("backup-key"),
                            command,
                            QStringLiteral("--vault"),
                            vault,
                            QStringLiteral("--passphrase-file"),
                            m_pass}
        + extra;
    }
    static QStringList args(const char *line) { return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts); }
    QJsonArray array(const CliRun &run)
    {
        if (run.exitCode != 0)
            QTest::qFail(qPrintable(run.describe()), __FILE__, __LINE__);
        return QJsonDocument::fromJson(run.out).array();
    }
    QByteArray shownValue(const QString &vault, const QStringList &extra)
    {
        const CliRun run = m_cli.runRevealing(secret(vault, QStringLiteral("show"), extra));
        if (run.exitCode != 0)
            QTest::qFail(qPrintable(run.describe()), __FILE__, __LINE__);
        return run.json().value(u"value").toString().toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        m_pass = m_cli.writePassphrase(QStringLiteral("pass.txt"), "backup test passphrase");
        m_cli.writePassphrase(QStringLiteral("key-pass.txt"), "key file passphrase 42");
        m_cli.writePassphrase(QStringLiteral("wrong-key-pass.txt"), "not the key file passphrase");
        for (const auto &[name, target] : {std::pair {"family-a", &m_vaultA}, std::pair {"family-b", &m_vaultB}}) {
            const auto created = m_cli.createVault(m_cli.dir(), QString::fromLatin1(name), m_pass);
            COFFER_VERIFY_EXIT(created.run, 0);
            m_cli.addSecret(created.recoveryKey);
            *target = created.bundle;
        }
        for (const QByteArray &value : m_values) {
            m_cli.addSecret(value);
            m_cli.addSecret(value.toBase64());
        }
        m_backup = m_cli.path(QStringLiteral("api-key.backup"));
    }
    void init() { failOnAnyWarning(); }

    void backupPurgeRestoreKeepsEverything()
    {
        COFFER_VERIFY_EXIT(m_cli.run(secret(m_vaultA, QStringLiteral("set"),
                                            args("--name api-key --value-stdin --content-type text/plain --tags a=1")),
                                     m_values.at(0)),
                           0);
        COFFER_VERIFY_EXIT(m_cli.run(secret(m_vaultA, QStringLiteral("set"),
                                            args("--name api-key --value-stdin --expires 2031-05-01T08:00:00Z")),
                                     m_values.at(1)),
                           0);
        const CliRun listed = m_cli.run(secret(m_vaultA, QStringLiteral("list-versions"), args("--name api-key")));
        const QJsonArray versions = array(listed);
        QVERIFY2(versions.size() == 2, listed.out.constData());
        const QString firstVersion = versions.at(0).toObject().value(u"id").toString().section(u'/', -1);
        COFFER_VERIFY_EXIT(
                m_cli.run(secret(m_vaultA, QStringLiteral("set-attributes"),
                                 {QStringLiteral("--name"), QStringLiteral("api-key"), QStringLiteral("--version"),
                                  firstVersion, QStringLiteral("--enabled"), QStringLiteral("false")})),
                0);
        m_versionsBefore = array(m_cli.run(secret(m_vaultA, QStringLiteral("list-versions"), args("--name api-key"))));

        const CliRun backup = m_cli.run(
                secret(m_vaultA, QStringLiteral("backup"),
                       {QStringLiteral("--name"), QStringLiteral("api-key"), QStringLiteral("--file"), m_backup}));
        COFFER_VERIFY_EXIT(backup, 0);
        QVERIFY(backup.out.isEmpty());
        const QByteArray sealed = readAll(m_backup);
        QVERIFY(sealed.startsWith("{\n  \"format\": \"coffer-backup\""));
        for (const QByteArray &value : m_values)
            QVERIFY(!sealed.contains(value) && !sealed.contains(value.toBase64()));
        QCOMPARE(QFileInfo(m_backup).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // Not over an existing file, unless --overwrite.
        CliRun again = m_cli.run(
                secret(m_vaultA, QStringLiteral("backup"),
                       {QStringLiteral("--name"), QStringLiteral("api-key"), QStringLiteral("--file"), m_backup}));
        COFFER_VERIFY_EXIT(again, 6);
        COFFER_VERIFY_STDERR(again, "already exists");
        COFFER_VERIFY_STDERR(again, "--overwrite");
        QCOMPARE(readAll(m_backup), sealed);
        again = m_cli.run(secret(m_vaultA, QStringLiteral("backup"),
                                 {QStringLiteral("--name"), QStringLiteral("api-key"), QStringLiteral("--file"),
                                  m_backup, QStringLiteral("--overwrite")}));
        COFFER_VERIFY_EXIT(again, 0);
        QVERIFY(readAll(m_backup) != sealed); // sealed anew (fresh nonce)

        // Restoring over the live name is refused.
        const CliRun conflict
                = m_cli.run(secret(m_vaultA, QStringLiteral("restore"), {QStringLiteral("--file"), m_backup}));
        COFFER_VERIFY_EXIT(conflict, 6);
        COFFER_VERIFY_STDERR(conflict, "secret 'api-key' already exists in this vault");

        COFFER_VERIFY_EXIT(m_cli.run(secret(m_vaultA, QStringLiteral("delete"), args("--name api-key"))), 0);
        // ... and over the deleted name too.
        COFFER_VERIFY_EXIT(m_cli.run(secret(m_vaultA, QStringLiteral("restore"), {QStringLiteral("--file"), m_backup})),
                           6);
        COFFER_VERIFY_EXIT(m_cli.run(secret(m_vaultA, QStringLiteral("purge"), args("--name api-key"))), 0);

        const CliRun restore
                = m_cli.run(secret(m_vaultA, QStringLiteral("restore"), {QStringLiteral("--file"), m_backup}));
        COFFER_VERIFY_EXIT(restore, 0);
        QVERIFY(!restore.json().contains(u"value"));
        QCOMPARE(restore.json().value(u"id").toString(), m_versionsBefore.at(1).toObject().value(u"id").toString());
        QCOMPARE(array(m_cli.run(secret(m_vaultA, QStringLiteral("list-versions"), args("--name api-key")))),
                 m_versionsBefore);
        QCOMPARE(shownValue(m_vaultA, args("--name api-key")), m_values.at(1));
        const CliRun disabled = m_cli.runRevealing(secret(
                m_vaultA, QStringLiteral("show"),
                {QStringLiteral("--name"), QStringLiteral("api-key"), QStringLiteral("--version"), firstVersion}));
        COFFER_VERIFY_EXIT(disabled, 8);
        COFFER_VERIFY_EXIT(
                m_cli.run(secret(m_vaultA, QStringLiteral("set-attributes"),
                                 {QStringLiteral("--name"), QStringLiteral("api-key"), QStringLiteral("--version"),
                                  firstVersion, QStringLiteral("--enabled"), QStringLiteral("true")})),
                0);
        QCOMPARE(shownValue(m_vaultA,
                            {QStringLiteral("--name"), QStringLiteral("api-key"), QStringLiteral("--version"),
                             firstVersion}),
                 m_values.at(0));
    }

    void restoreNeedsTheFamilyKey()
    {
        const QByteArray listBefore = m_cli.run(secret(m_vaultB, QStringLiteral("list"))).out;
        const CliRun refused
                = m_cli.run(secret(m_vaultB, QStringLiteral("restore"), {QStringLiteral("--file"), m_backup}));
        COFFER_VERIFY_EXIT(refused, 4);
        COFFER_VERIFY_STDERR(refused, "this backup was made by a vault of another family");
        COFFER_VERIFY_STDERR(refused, "vault backup-key import");
        QCOMPARE(m_cli.run(secret(m_vaultB, QStringLiteral("list"))).out, listBefore);

        const QJsonArray keysA = array(m_cli.run(backupKey(m_vaultA, QStringLiteral("list"))));
        QCOMPARE(keysA.size(), 1);
        QCOMPARE(keysA.at(0).toObject().value(u"own").toBool(), true);
        const QString keyA = keysA.at(0).toObject().value(u"keyId").toString();
        QCOMPARE(keyA.size(), 16);

        const QString keyFile = m_cli.path(QStringLiteral("family-a.key"));
        const CliRun exported
                = m_cli.run(backupKey(m_vaultA, QStringLiteral("export"),
                                      {QStringLiteral("--file"), keyFile, QStringLiteral("--key-passphrase-file"),
                                       m_cli.path(QStringLiteral("key-pass.txt"))}));
        COFFER_VERIFY_EXIT(exported, 0);
        QCOMPARE(exported.json().value(u"keyId").toString(), keyA);
        QVERIFY(QFileInfo::exists(keyFile));
        QCOMPARE(QFileInfo(keyFile).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const CliRun exportAgain
                = m_cli.run(backupKey(m_vaultA, QStringLiteral("export"),
                                      {QStringLiteral("--file"), keyFile, QStringLiteral("--key-passphrase-file"),
                                       m_cli.path(QStringLiteral("key-pass.txt"))}));
        COFFER_VERIFY_EXIT(exportAgain, 6);

        const CliRun wrong
                = m_cli.run(backupKey(m_vaultB, QStringLiteral("import"),
                                      {QStringLiteral("--file"), keyFile, QStringLiteral("--key-passphrase-file"),
                                       m_cli.path(QStringLiteral("wrong-key-pass.txt"))}));
        COFFER_VERIFY_EXIT(wrong, 3);
        COFFER_VERIFY_STDERR(wrong, "the passphrase does not open this backup key file");
        QCOMPARE(array(m_cli.run(backupKey(m_vaultB, QStringLiteral("list")))).size(), 1);
        COFFER_VERIFY_EXIT(m_cli.run(secret(m_vaultB, QStringLiteral("restore"), {QStringLiteral("--file"), m_backup})),
                           4);

        // The key passphrase from standard input (the vault's from its file).
        const CliRun imported
                = m_cli.run(backupKey(m_vaultB, QStringLiteral("import"),
                                      {QStringLiteral("--file"), keyFile, QStringLiteral("--key-passphrase-stdin")}),
                            "key file passphrase 42\n");
        COFFER_VERIFY_EXIT(imported, 0);
        QCOMPARE(imported.json().value(u"keyId").toString(), keyA);
        const QJsonArray keysB = array(m_cli.run(backupKey(m_vaultB, QStringLiteral("list"))));
        QCOMPARE(keysB.size(), 2);
        QCOMPARE(keysB.at(0).toObject().value(u"own").toBool(), true);
        QCOMPARE(keysB.at(1).toObject(),
                 (QJsonObject {{QStringLiteral("keyId"), keyA}, {QStringLiteral("own"), false}}));

        const CliRun restored
                = m_cli.run(secret(m_vaultB, QStringLiteral("restore"), {QStringLiteral("--file"), m_backup}));
        COFFER_VERIFY_EXIT(restored, 0);
        QVERIFY(restored.json().value(u"id").toString().startsWith(
                QStringLiteral("coffer://family-b/secrets/api-key/")));
        QCOMPARE(shownValue(m_vaultB, args("--name api-key")), m_values.at(1));
        const QJsonArray versionsB
                = array(m_cli.run(secret(m_vaultB, QStringLiteral("list-versions"), args("--name api-key"))));
        QCOMPARE(versionsB.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(versionsB.at(i).toObject().value(u"id").toString().section(u'/', -1),
                     m_versionsBefore.at(i).toObject().value(u"id").toString().section(u'/', -1));
    }

    void damagedBackupsAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("a flipped ciphertext byte") << QStringLiteral("flip");
        QTest::newRow("cut in half") << QStringLiteral("truncate");
        QTest::newRow("key id edited") << QStringLiteral("key");
    }
    void damagedBackupsAreRefused()
    {
        QFETCH(QString, damage);
        QByteArray bytes = readAll(m_backup);
        if (damage == u"flip") {
            const qsizetype at = bytes.indexOf("\"ciphertext\": \"") + 40;
            bytes[at] = bytes.at(at) == 'A' ? 'B' : 'A';
        } else if (damage == u"truncate") {
            bytes.truncate(bytes.size() / 2);
        }
        const QString file = m_cli.writeFile(QStringLiteral("damaged-") + damage + QStringLiteral(".backup"), bytes);
        // Purge the secret from vault A so only the damage can refuse the restore.
        COFFER_VERIFY_EXIT(m_cli.run(secret(m_vaultA, QStringLiteral("delete"), args("--name api-key"))), 0);
        COFFER_VERIFY_EXIT(m_cli.run(secret(m_vaultA, QStringLiteral("purge"), args("--name api-key"))), 0);
        const QByteArray list = m_cli.run(secret(m_vaultA, QStringLiteral("list"))).out;
        const QByteArray listDeleted = m_cli.run(secret(m_vaultA, QStringLiteral("list-deleted"))).out;
        if (damage == u"key") {
            // The key id is bound into the authenticated data: editing it to another known id fails too.
            const QJsonArray keysB = array(m_cli.run(backupKey(m_vaultB, QStringLiteral("list"))));
            QCOMPARE(keysB.size(), 2);
            const QString ownB = keysB.at(0).toObject().value(u"keyId").toString();
            const QString keyA = keysB.at(1).toObject().value(u"keyId").toString();
            bytes.replace(keyA.toLatin1(), ownB.toLatin1());
            m_cli.writeFile(QStringLiteral("damaged-key.backup"), bytes);
            const CliRun run = m_cli.run(secret(m_vaultB, QStringLiteral("restore"), {QStringLiteral("--file"), file}));
            COFFER_VERIFY_EXIT(run, 5);
        } else {
            const CliRun run = m_cli.run(secret(m_vaultA, QStringLiteral("restore"), {QStringLiteral("--file"), file}));
            COFFER_VERIFY_EXIT(run, 5);
            if (damage == u"flip")
                COFFER_VERIFY_STDERR(run, "the backup file was altered or is damaged");
            else
                COFFER_VERIFY_STDERR(run, "the backup file is truncated or damaged");
        }
        QCOMPARE(m_cli.run(secret(m_vaultA, QStringLiteral("list"))).out, list);
        QCOMPARE(m_cli.run(secret(m_vaultA, QStringLiteral("list-deleted"))).out, listDeleted);
        // The intact file still restores.
        COFFER_VERIFY_EXIT(m_cli.run(secret(m_vaultA, QStringLiteral("restore"), {QStringLiteral("--file"), m_backup})),
                           0);
    }

    void purgeProtectionRefusesPurgeUntilTheDate()
    {
        const auto created = m_cli.createVault(m_cli.dir(), QStringLiteral("protected"), m_pass,
                                               {QStringLiteral("--enable-purge-protection"),
                                                QStringLiteral("--retention-days"), QStringLiteral("30")});
        COFFER_VERIFY_EXIT(created.run, 0);
        m_cli.addSecret(created.recoveryKey);
        const QString vault = created.bundle;
        m_cli.addSecret("protected-value-19");
        COFFER_VERIFY_EXIT(m_cli.run(secret(vault, QStringLiteral("set"), args("--name kept --value-stdin")),
                                     "protected-value-19"),
                           0);
        const CliRun deleted = m_cli.run(secret(vault, QStringLiteral("delete"), args("--name kept")));
        COFFER_VERIFY_EXIT(deleted, 0);
        QCOMPARE(deleted.json().value(u"attributes").toObject().value(u"recoveryLevel").toString(),
                 QStringLiteral("CustomizedRecoverable"));
        const qint64 purgeDate = deleted.json().value(u"scheduledPurgeDate").toInteger();
        QCOMPARE(purgeDate, deleted.json().value(u"deletedDate").toInteger() + 30 * 86400);

        const CliRun purge = m_cli.run(secret(vault, QStringLiteral("purge"), args("--name kept")));
        COFFER_VERIFY_EXIT(purge, 8);
        const QString date = QDateTime::fromSecsSinceEpoch(purgeDate, Qt::UTC).toString(Qt::ISODate);
        QVERIFY2(QString::fromUtf8(purge.err).contains(QStringLiteral("cannot be purged before ") + date),
                 qPrintable(purge.describe()));
        COFFER_VERIFY_STDERR(purge, "purge protection is on");
        QCOMPARE(array(m_cli.run(secret(vault, QStringLiteral("list-deleted")))).size(), 1);
        // Recovery is still allowed.
        COFFER_VERIFY_EXIT(m_cli.run(secret(vault, QStringLiteral("recover"), args("--name kept"))), 0);
        QCOMPARE(shownValue(vault, args("--name kept")), QByteArray("protected-value-19"));
    }

    void openingPurgesDueObjectsAndSaysSo()
    {
        // Made through the engine with a clock 30 days back, so the deleted secret's 7-day retention is over now.
        coffer::FakeClock past(QDateTime::currentDateTimeUtc().addDays(-30));
        coffer::VaultCreateOptions options;
        options.parentFolder = m_cli.dir();
        options.name = QStringLiteral("lapsed");
        options.retentionDays = 7;
        options.kdf = coffer::Argon2Params::fastForTests();
        const auto passphrase = coffer::SecureString::fromUtf8("backup test passphrase");
        {
            auto created = coffer::Vault::create(options, passphrase, past);
            COFFER_VERIFY_OK(created);
            coffer::SecretStore &secrets = created->vault->secrets();
            COFFER_VERIFY_OK(secrets.set(QStringLiteral("old"), coffer::SecureBytes(QByteArrayView("old-value-d1"))));
            COFFER_VERIFY_OK(secrets.set(QStringLiteral("live"), coffer::SecureBytes(QByteArrayView("live-value-d2"))));
            COFFER_VERIFY_OK(secrets.remove(QStringLiteral("old")));
        }
        m_cli.addSecret("old-value-d1");
        m_cli.addSecret("live-value-d2");
        const QString vault = coffer::Vault::bundlePath(m_cli.dir(), QStringLiteral("lapsed"));
        const CliRun first = m_cli.run(secret(vault, QStringLiteral("list-deleted")));
        COFFER_VERIFY_EXIT(first, 0);
        COFFER_VERIFY_STDERR(first, "1 deleted object reached its scheduled purge date and was purged");
        QCOMPARE(QJsonDocument::fromJson(first.out).array().size(), 0);
        const CliRun second = m_cli.run(secret(vault, QStringLiteral("list")));
        COFFER_VERIFY_EXIT(second, 0);
        QVERIFY2(second.err.isEmpty(), second.err.constData()); // said once, when it happened
        QCOMPARE(QJsonDocument::fromJson(second.out).array().size(), 1);
        const CliRun set = m_cli.run(secret(vault, QStringLiteral("set"), args("--name old --value-stdin")), "x-new-1");
        COFFER_VERIFY_EXIT(set, 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretBackup)
#include "TestSecretBackup.moc"
