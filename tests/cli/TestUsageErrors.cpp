// cli.UsageErrors: command lines and values coffer-cli refuses, each with its exit code and a message naming
// the option or value, and without touching any vault or creating any folder.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace coffer::test;

class TestUsageErrors : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    QString m_pass;
    QString m_bundle;
    QString m_parent; // where the vault lives; failed creates must add nothing here

    // Replaces {vault}, {parent}, {pass}, {empty}, {newline}, {missing} in the arguments.
    QStringList expand(const QStringList &args) const
    {
        QStringList out;
        for (QString arg : args) {
            arg.replace(QStringLiteral("{vault}"), m_bundle);
            arg.replace(QStringLiteral("{parent}"), m_parent);
            arg.replace(QStringLiteral("{pass}"), m_pass);
            arg.replace(QStringLiteral("{empty}"), m_cli.path(QStringLiteral("empty.txt")));
            arg.replace(QStringLiteral("{newline}"), m_cli.path(QStringLiteral("newline.txt")));
            arg.replace(QStringLiteral("{missing}"), m_cli.path(QStringLiteral("no-such-file.txt")));
            out.append(arg);
        }
        return out;
    }

    static QStringList words(const char *line) { return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        m_pass = m_cli.writePassphrase(QStringLiteral("pass.txt"), "usage test passphrase");
        m_cli.writeFile(QStringLiteral("empty.txt"), {});
        m_cli.writeFile(QStringLiteral("newline.txt"), "\n");
        m_parent = m_cli.path(QStringLiteral("vaults"));
        const auto created = m_cli.createVault(m_parent, QStringLiteral("usage-kv"), m_pass);
        COFFER_VERIFY_EXIT(created.run, 0);
        m_cli.addSecret(created.recoveryKey);
        m_bundle = created.bundle;
    }
    void init() { failOnAnyWarning(); }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        auto row = [](const char *tag, const char *args, int exitCode, const char *message,
                      const QByteArray &stdinData = {}) {
            QTest::newRow(tag) << words(args) << stdinData << exitCode << QString::fromUtf8(message);
        };
        const char *fast = " --kdf-memory-kib 8 --kdf-iterations 1 --kdf-parallelism 1";
        auto create = [fast](const char *rest) {
            static QList<QByteArray> keep; // the rows' argument strings live until the test ends
            keep.append(QByteArray("vault create --path {parent} ") + rest + fast);
            return keep.last().constData();
        };

        // Creating: values the vault's rules refuse (7), conflicts (6), missing files (4).
        row("create over an existing bundle", create("--name usage-kv --passphrase-file {pass}"), 6,
            "usage-kv.coffer already exists");
        row("invalid vault name: too short", create("--name ab --passphrase-file {pass}"), 7,
            "'ab' is not a valid vault name");
        row("invalid vault name: double dash", create("--name bad--name --passphrase-file {pass}"), 7,
            "'bad--name' is not a valid vault name");
        row("invalid vault name: starts with a digit", create("--name 1vault --passphrase-file {pass}"), 7,
            "'1vault' is not a valid vault name");
        row("invalid vault name: underscore", create("--name my_vault --passphrase-file {pass}"), 7,
            "'my_vault' is not a valid vault name");
        row("retention 5", create("--name ret-five --retention-days 5 --passphrase-file {pass}"), 7,
            "retention must be 7 to 90 days, not 5");
        row("retention 91", create("--name ret-ninety --retention-days 91 --passphrase-file {pass}"), 7,
            "retention must be 7 to 90 days, not 91");
        row("retention not a number", create("--name ret-abc --retention-days abc --passphrase-file {pass}"), 2,
            "--retention-days needs a whole number, not 'abc'");
        row("empty passphrase file", create("--name empty-pass --passphrase-file {empty}"), 7,
            "passphrase file '{empty}' is empty");
        row("passphrase file with only a newline", create("--name nl-pass --passphrase-file {newline}"), 7,
            "passphrase file '{newline}' is empty");
        row("passphrase file does not exist", create("--name no-pass --passphrase-file {missing}"), 4,
            "passphrase file '{missing}' does not exist");
        row("empty passphrase on stdin", create("--name stdin-empty --passphrase-stdin"), 7,
            "passphrase read from standard input is empty");
        row("parent folder does not exist",
            "vault create --path {parent}/nope --name no-parent --passphrase-file {pass}", 4,
            "the folder '{parent}/nope' does not exist");
        row("create without a passphrase", "vault create --path {parent} --name no-pass-given", 2,
            "needs one of --passphrase-file or --passphrase-stdin");
        row("create without a name", "vault create --path {parent} --passphrase-file {pass}", 2,
            "'vault create' needs the option --name");
        row("kdf options incomplete",
            "vault create --path {parent} --name kdf-part --passphrase-file {pass} "
            "--kdf-memory-kib 8",
            2, "give all three or none");
        row("kdf options out of bounds",
            "vault create --path {parent} --name kdf-bad --passphrase-file {pass} "
            "--kdf-memory-kib 1 --kdf-iterations 1 --kdf-parallelism 1",
            2, "outside the accepted bounds");

        // Opening with a bad passphrase file.
        row("open with an empty passphrase file", "vault show --vault {vault} --passphrase-file {empty}", 7,
            "passphrase file '{empty}' is empty");
        row("open with a passphrase file that does not exist", "vault show --vault {vault} --passphrase-file {missing}",
            4, "'{missing}' does not exist");
        row("recovery key file that does not exist", "vault show --vault {vault} --recovery-key-file {missing}", 4,
            "recovery key file '{missing}' does not exist");

        // The command line itself (2).
        row("no command", "", 2, "no command given");
        row("group without a command", "vault", 2, "'vault' needs a command");
        row("unknown group", "secrets list", 2, "'secrets' is not a coffer-cli command");
        row("unknown command", "vault frobnicate", 2, "'frobnicate' is not a command of 'vault'");
        row("unknown option", "vault show --vault {vault} --passphrase-file {pass} --bogus", 2,
            "unknown option '--bogus' for 'vault show'");
        row("option before the command", "--vault {vault} vault show", 2, "unknown option '--vault'");
        row("missing value at the end", "vault show --passphrase-file {pass} --vault", 2,
            "option --vault needs a value (DIR)");
        row("missing value before an option", "vault show --vault --passphrase-file {pass}", 2,
            "option --vault needs a value (DIR)");
        row("empty value", "vault show --vault= --passphrase-file {pass}", 2, "option --vault needs a value");
        row("missing --vault", "vault show --passphrase-file {pass}", 2, "'vault show' needs the option --vault");
        row("flag given a value", "vault show --vault {vault} --passphrase-stdin=yes", 2,
            "option --passphrase-stdin takes no value");
        row("option given twice", "vault show --vault {vault} --vault {vault} --passphrase-file {pass}", 2,
            "option --vault is given more than once");
        row("unexpected argument", "vault show extra --vault {vault} --passphrase-file {pass}", 2,
            "unexpected argument 'extra'");
        row("two credentials", "vault show --vault {vault} --passphrase-file {pass} --recovery-key-file {pass}", 2,
            "options --passphrase-file and --recovery-key-file cannot be used together");
        row("two options read stdin",
            "vault change-passphrase --vault {vault} --passphrase-stdin --new-passphrase-stdin", 2,
            "only one option may read standard input");
        row("bad output format", "vault show --vault {vault} --passphrase-file {pass} -o yaml", 2,
            "--output must be json, table or tsv, not 'yaml'");
        row("keyslot type unknown", "vault keyslot add --vault {vault} --passphrase-file {pass} --type hsm", 2,
            "option --type needs passphrase, recovery or keychain, not 'hsm'");
        row("passphrase slot without a passphrase",
            "vault keyslot add --vault {vault} --passphrase-file {pass} --type passphrase", 2,
            "--type passphrase needs --new-passphrase-file or --new-passphrase-stdin");
        row("recovery slot given a passphrase",
            "vault keyslot add --vault {vault} --passphrase-file {pass} --type recovery --new-passphrase-file {pass}",
            2, "a new passphrase is only for --type passphrase");
        row("keyslot remove without --id", "vault keyslot remove --vault {vault} --passphrase-file {pass}", 2,
            "'vault keyslot remove' needs the option --id");
        row("change-passphrase without a new one", "vault change-passphrase --vault {vault} --passphrase-file {pass}",
            2, "needs one of --new-passphrase-file or --new-passphrase-stdin");
    }

    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, stdinData);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        message = expand({message}).first();

        const auto vaultBefore = snapshotFolder(m_bundle);
        const QStringList parentBefore = QDir(m_parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const CliRun run = m_cli.run(expand(args), stdinData);
        COFFER_VERIFY_EXIT(run, exitCode);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        QVERIFY2(run.err.startsWith("coffer-cli: error: ") || exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.contains("coffer-cli: error: "), qPrintable(run.describe()));
        QVERIFY2(QString::fromUtf8(run.err).contains(message), qPrintable(run.describe()));
        QCOMPARE(snapshotFolder(m_bundle), vaultBefore);
        QCOMPARE(QDir(m_parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), parentBefore);
    }

    void helpIsReachableDespiteOtherErrors()
    {
        const CliRun run = m_cli.run(
                {QStringLiteral("vault"), QStringLiteral("show"), QStringLiteral("--bogus"), QStringLiteral("--help")});
        COFFER_VERIFY_EXIT(run, 0);
        QVERIFY(run.out.startsWith("Usage: coffer-cli vault show --vault DIR"));
        QVERIFY(run.err.isEmpty());
    }

    void createWorksThroughStdin()
    {
        const CliRun run = m_cli.run(QStringList {QStringLiteral("vault"), QStringLiteral("create"),
                                                  QStringLiteral("--path"), m_cli.dir(), QStringLiteral("--name"),
                                                  QStringLiteral("stdin-kv"), QStringLiteral("--passphrase-stdin"),
                                                  QStringLiteral("--enable-purge-protection")}
                                             + CliRunner::fastKdf(),
                                     "usage test passphrase\r\n");
        COFFER_VERIFY_EXIT(run, 0);
        m_cli.addSecret(run.json().value(u"recoveryKey").toString().toLatin1());
        QCOMPARE(run.json().value(u"properties").toObject().value(u"enablePurgeProtection").toBool(), true);
        // "\r\n" was stripped: the passphrase file (with "\n") opens it.
        const CliRun show = m_cli.run({QStringLiteral("vault"), QStringLiteral("show"), QStringLiteral("--vault"),
                                       m_cli.path(QStringLiteral("stdin-kv.coffer")),
                                       QStringLiteral("--passphrase-file"), m_pass});
        COFFER_VERIFY_EXIT(show, 0);
    }
};

QTEST_GUILESS_MAIN(TestUsageErrors)
#include "TestUsageErrors.moc"
