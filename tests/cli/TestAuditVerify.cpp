// cli.AuditVerify: `audit export` and `audit verify`: an untouched export verifies offline (no vault, no unlock);
// an edited, removed, reordered or cut record, or another vault's key, is exit code 5 naming the first bad record.
#include "tests/cli/AccessTestSupport.h"
#include "tests/support/TestUtil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace coffer::test;

namespace {

QStringList opts(const char *text)
{
    return AccessCli::words(text);
}

QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QJsonObject lineJson(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

QString type(const QByteArray &line)
{
    return lineJson(line).value(u"type").toString();
}

qint64 count(const QList<QByteArray> &lines, const QString &wanted)
{
    return std::count_if(lines.begin(), lines.end(),
                         [&wanted](const QByteArray &line) { return type(line) == wanted; });
}

// Index of the n-th (0-based) line of the given type.
qsizetype nth(const QList<QByteArray> &lines, const QString &wanted, int n)
{
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (type(lines.at(i)) == wanted && n-- == 0)
            return i;
    return -1;
}

} // namespace

class TestAuditVerify : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    AccessCli m_access {m_cli};
    AccessCli m_other {m_cli};
    QString m_export; // an untouched export of the whole log
    QList<QByteArray> m_lines;
    QByteArray m_value = "verify-value-Tz41q";

    CliRun verify(const QString &file, const QStringList &more = {})
    {
        return m_cli.run(QStringList {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--file"), file}
                         + more);
    }
    QString writeLines(const char *name, const QList<QByteArray> &lines)
    {
        return m_cli.writeFile(QString::fromUtf8(name), lines.join('\n') + '\n');
    }
    // A tampered export must fail with exit code 5, naming `sequence` on stderr and in the report.
    void expectDamaged(const CliRun &run, const QString &mention, qint64 sequence = 0)
    {
        COFFER_VERIFY_EXIT(run, 5);
        QVERIFY2(QString::fromUtf8(run.err).contains(mention, Qt::CaseInsensitive),
                 qPrintable(mention + u'\n' + run.describe()));
        QVERIFY2(run.err.contains("coffer-cli: error: the audit export"), qPrintable(run.describe()));
        const QJsonObject report = run.json();
        QCOMPARE(report.value(u"ok").toBool(true), false);
        QVERIFY(!report.value(u"problem").toString().isEmpty());
        if (sequence > 0)
            QCOMPARE(report.value(u"firstBadSequence").toInteger(), sequence);
        else // the report still points somewhere: a record or a line
            QVERIFY2(report.value(u"firstBadSequence").toInteger() > 0 || report.value(u"firstBadLine").toInteger() > 0,
                     run.out.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        m_access.ownerPass = m_cli.writePassphrase(QStringLiteral("owner.txt"), "owner passphrase 1");
        auto created = m_cli.createVault(m_cli.dir(), QStringLiteral("verify-kv"), m_access.ownerPass);
        QCOMPARE(created.run.exitCode, 0);
        m_cli.addSecret(created.recoveryKey);
        m_access.bundle = created.bundle;
        m_other.ownerPass = m_cli.writePassphrase(QStringLiteral("other.txt"), "other passphrase 2");
        created = m_cli.createVault(m_cli.dir(), QStringLiteral("other-kv"), m_other.ownerPass);
        QCOMPARE(created.run.exitCode, 0);
        m_cli.addSecret(created.recoveryKey);
        m_other.bundle = created.bundle;

        m_cli.addSecret(m_value);
        const QString value = m_cli.writeFile(QStringLiteral("value.txt"), m_value);
        for (const char *name : {"alpha", "beta", "gamma"})
            AccessCli::ok(m_access.run(
                    "secret set", m_access.owner(),
                    QStringList {QStringLiteral("--name"), QString::fromUtf8(name), QStringLiteral("--file"), value}));
        AccessCli::ok(m_access.revealing("secret show", m_access.owner(), opts("--name alpha")));
        AccessCli::ok(m_access.revealing("secret show", m_access.owner(), opts("--name beta")));
        AccessCli::okArray(m_access.run("secret list", m_access.owner()));
        COFFER_VERIFY_EXIT(m_access.run("secret show", m_access.owner(), opts("--name nope")), 4);

        m_export = m_cli.path(QStringLiteral("full.jsonl"));
        const QJsonObject summary
                = AccessCli::ok(m_access.run("audit export", m_access.owner(), {QStringLiteral("--file"), m_export}));
        m_lines = readLines(m_export);
        QVERIFY(m_lines.size() > 8);
        QCOMPARE(summary.value(u"file").toString(), QFileInfo(m_export).absoluteFilePath());
        QCOMPARE(summary.value(u"records").toInteger(), count(m_lines, QStringLiteral("record")));
        QCOMPARE(summary.value(u"checkpoints").toInteger(), count(m_lines, QStringLiteral("checkpoint")));
        QCOMPARE(summary.value(u"stubs").toInteger(), 0);
        QVERIFY(summary.value(u"checkpoints").toInteger() >= 1);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$"))
                        .match(summary.value(u"keyId").toString())
                        .hasMatch());
        QCOMPARE(lineJson(m_lines.first()).value(u"type").toString(), QStringLiteral("coffer-audit-export"));
        QCOMPARE(type(m_lines.last()), QStringLiteral("checkpoint"));
    }
    void init() { failOnAnyWarning(); }

    void untouchedExportVerifiesOffline()
    {
        QVERIFY(!readLines(m_export).join('\n').contains(m_value));
        // Offline: a copy in a folder with no vault, nothing to unlock.
        QDir(m_cli.dir()).mkpath(QStringLiteral("elsewhere"));
        const QString copy = m_cli.path(QStringLiteral("elsewhere/copy.jsonl"));
        QVERIFY(QFile::copy(m_export, copy));
        const CliRun run = verify(copy);
        COFFER_VERIFY_EXIT(run, 0);
        const QJsonObject report = run.json();
        QCOMPARE(report.value(u"ok").toBool(), true);
        QCOMPARE(report.value(u"source").toString(), QStringLiteral("export"));
        QCOMPARE(report.value(u"records").toInteger(), count(m_lines, QStringLiteral("record")));
        QVERIFY(report.value(u"problem").isNull());
        QCOMPARE(report.value(u"keyId").toString(), lineJson(m_lines.first()).value(u"keyId").toString());
        COFFER_VERIFY_STDERR(run, "--public-key-file"); // the note: checked against the key the file names
    }

    void exportRefusesToOverwrite()
    {
        const auto before = readLines(m_export);
        const CliRun again = m_access.run("audit export", m_access.owner(), {QStringLiteral("--file"), m_export});
        COFFER_VERIFY_EXIT(again, 6);
        COFFER_VERIFY_STDERR(again, "already exists");
        COFFER_VERIFY_STDERR(again, "--force");
        QCOMPARE(readLines(m_export), before);
        const QString forced = m_cli.path(QStringLiteral("forced.jsonl"));
        m_cli.writeFile(QStringLiteral("forced.jsonl"), "old\n");
        COFFER_VERIFY_EXIT(m_access.run("audit export", m_access.owner(),
                                        {QStringLiteral("--file"), forced, QStringLiteral("--force")}),
                           0);
        COFFER_VERIFY_EXIT(verify(forced), 0);
    }

    void filteredExportHasStubs()
    {
        const QString file = m_cli.path(QStringLiteral("gets.jsonl"));
        const QJsonObject summary = AccessCli::ok(
                m_access.run("audit export", m_access.owner(),
                             QStringList {QStringLiteral("--file"), file} + opts("--operation SecretGet")));
        QCOMPARE(summary.value(u"records").toInteger(), 3);
        QVERIFY(summary.value(u"stubs").toInteger() > 0);
        const CliRun run = verify(file);
        COFFER_VERIFY_EXIT(run, 0);
        QCOMPARE(run.json().value(u"records").toInteger(), 3);
        QCOMPARE(run.json().value(u"stubs").toInteger(), summary.value(u"stubs").toInteger());
    }

    void editedRecordIsNamed()
    {
        QList<QByteArray> lines = m_lines;
        qsizetype k = -1;
        for (qsizetype i = 0; i < lines.size() && k < 0; ++i)
            if (lineJson(lines.at(i)).value(u"operation").toString() == u"SecretGet")
                k = i;
        QVERIFY(k > 0);
        const qint64 sequence = lineJson(lines.at(k)).value(u"sequence").toInteger();
        lines[k].replace("\"SecretGet\"", "\"SecretList\"");
        expectDamaged(verify(writeLines("edited.jsonl", lines)), QStringLiteral("record %1").arg(sequence), sequence);
        QCOMPARE(verify(m_cli.path(QStringLiteral("edited.jsonl"))).json().value(u"firstBadLine").toInteger(), k + 1);
    }

    void removedRecordIsNamed()
    {
        QList<QByteArray> lines = m_lines;
        const qsizetype k = nth(lines, QStringLiteral("record"), 3);
        QVERIFY(k > 0);
        const qint64 sequence = lineJson(lines.at(k)).value(u"sequence").toInteger();
        lines.removeAt(k);
        expectDamaged(verify(writeLines("removed.jsonl", lines)), QStringLiteral("record %1").arg(sequence), sequence);
    }

    void swappedRecordsAreNamed()
    {
        // Records 3 and 4 change places (each CLI run ends in a checkpoint, which stays where it was).
        QList<QByteArray> lines = m_lines;
        const qsizetype k = nth(lines, QStringLiteral("record"), 2);
        const qsizetype next = nth(lines, QStringLiteral("record"), 3);
        QVERIFY(k > 0 && next > k);
        const qint64 sequence = lineJson(lines.at(k)).value(u"sequence").toInteger();
        lines.swapItemsAt(k, next);
        expectDamaged(verify(writeLines("swapped.jsonl", lines)), QStringLiteral("%1").arg(sequence));
    }

    void cutTailFails()
    {
        QList<QByteArray> lines = m_lines;
        lines.removeLast(); // the checkpoint that signs the end
        expectDamaged(verify(writeLines("no-final-checkpoint.jsonl", lines)), QStringLiteral("record"));
        lines = m_lines.mid(0, m_lines.size() / 2);
        expectDamaged(verify(writeLines("half.jsonl", lines)), QString());
        expectDamaged(verify(m_cli.writeFile(QStringLiteral("header-only.jsonl"), m_lines.first() + '\n')), QString());
    }

    void otherVaultsKeyFails()
    {
        const QJsonObject ownKey = AccessCli::ok(m_access.run("audit key", m_access.owner()));
        QCOMPARE(ownKey.value(u"algorithm").toString(), QStringLiteral("Ed25519"));
        const QByteArray publicKey = QByteArray::fromBase64(ownKey.value(u"publicKey").toString().toLatin1());
        QCOMPARE(publicKey.size(), 32);
        QCOMPARE(ownKey.value(u"keyId").toString(),
                 QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16)));
        const QJsonObject header = lineJson(m_lines.first());
        QCOMPARE(header.value(u"publicKey").toString(), ownKey.value(u"publicKey").toString());
        QCOMPARE(header.value(u"keyId").toString(), ownKey.value(u"keyId").toString());

        // The key kept apart: bare base64, or the JSON `audit key` printed.
        const QString ownFile
                = m_cli.writeFile(QStringLiteral("own.key"), ownKey.value(u"publicKey").toString().toLatin1() + '\n');
        const CliRun good = verify(m_export, {QStringLiteral("--public-key-file"), ownFile});
        COFFER_VERIFY_EXIT(good, 0);
        QVERIFY2(!good.err.contains("note:"), good.err.constData());
        const CliRun otherKey = m_other.run("audit key", m_other.owner());
        const QString otherFile = m_cli.writeFile(QStringLiteral("other.key.json"), otherKey.out);
        const QString otherId = AccessCli::ok(otherKey).value(u"keyId").toString();
        QVERIFY(otherId != ownKey.value(u"keyId").toString());
        expectDamaged(verify(m_export, {QStringLiteral("--public-key-file"), otherFile}), QStringLiteral("key"));

        // --vault names the key too: the export comes from that vault or it fails.
        COFFER_VERIFY_EXIT(
                verify(m_export, QStringList {QStringLiteral("--vault"), m_access.bundle} + m_access.owner()), 0);
        expectDamaged(verify(m_export, QStringList {QStringLiteral("--vault"), m_other.bundle} + m_other.owner()),
                      QStringLiteral("key"));

        // The header's public key replaced by the other vault's: its signature no longer verifies.
        QList<QByteArray> lines = m_lines;
        lines[0].replace(ownKey.value(u"publicKey").toString().toLatin1(),
                         AccessCli::ok(otherKey).value(u"publicKey").toString().toLatin1());
        expectDamaged(verify(writeLines("replaced-key.jsonl", lines)), QStringLiteral("line 1"));
    }

    void vaultsOwnLogVerifies()
    {
        const CliRun run = m_access.run("audit verify", m_access.owner());
        COFFER_VERIFY_EXIT(run, 0);
        const QJsonObject report = run.json();
        QCOMPARE(report.value(u"ok").toBool(), true);
        QCOMPARE(report.value(u"source").toString(), QStringLiteral("vault"));
        QCOMPARE(report.value(u"vaultName").toString(), QStringLiteral("verify-kv"));
        QCOMPARE(report.value(u"firstSequence").toInteger(), 1);
        QVERIFY(report.value(u"records").toInteger() >= 7);
        QCOMPARE(report.value(u"lastSequence").toInteger(), report.value(u"records").toInteger());
        QVERIFY(report.value(u"checkpoints").toInteger() >= 1);
        if (!report.value(u"warning").isNull()) // records after the last checkpoint: a warning, not a failure
            COFFER_VERIFY_STDERR(run, "warning:");

        const QString otherFile
                = m_cli.writeFile(QStringLiteral("other-only.key"), m_other.run("audit key", m_other.owner()).out);
        const CliRun wrong
                = m_access.run("audit verify", m_access.owner(), {QStringLiteral("--public-key-file"), otherFile});
        COFFER_VERIFY_EXIT(wrong, 5);
        COFFER_VERIFY_STDERR(wrong, "is not the key in");
    }

    void usage()
    {
        const CliRun nothing = m_cli.run(opts("audit verify"));
        COFFER_VERIFY_EXIT(nothing, 2);
        COFFER_VERIFY_STDERR(nothing, "needs --file F");
        const CliRun unlockOnly = verify(m_export, m_access.owner());
        COFFER_VERIFY_EXIT(unlockOnly, 2);
        COFFER_VERIFY_STDERR(unlockOnly, "need --vault");
        const CliRun missing = verify(m_cli.path(QStringLiteral("absent.jsonl")));
        COFFER_VERIFY_EXIT(missing, 4);
        const QString garbage = m_cli.writeFile(QStringLiteral("garbage.key"), "not a key\n");
        const CliRun badKey = verify(m_export, {QStringLiteral("--public-key-file"), garbage});
        COFFER_VERIFY_EXIT(badKey, 7);
        COFFER_VERIFY_STDERR(badKey, "holds no audit public key");
        const CliRun both = verify(
                m_export,
                QStringList {QStringLiteral("--vault"), m_access.bundle, QStringLiteral("--public-key-file"), garbage}
                        + m_access.owner());
        COFFER_VERIFY_EXIT(both, 2);
        const QString notExport = m_cli.writeFile(QStringLiteral("not-export.jsonl"), "hello\n");
        expectDamaged(verify(notExport), QStringLiteral("line 1"));
        COFFER_VERIFY_EXIT(m_access.run("audit export", m_access.owner(), {QStringLiteral("--file"), m_cli.dir()}), 7);
        const CliRun noFolder = m_access.run("audit export", m_access.owner(),
                                             {QStringLiteral("--file"), m_cli.path(QStringLiteral("no/such.jsonl"))});
        COFFER_VERIFY_EXIT(noFolder, 4);
        COFFER_VERIFY_STDERR(noFolder, "does not exist");
    }
};

QTEST_GUILESS_MAIN(TestAuditVerify)
#include "TestAuditVerify.moc"
