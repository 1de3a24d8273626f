// cli.SecretBadInput: every secret command line and value coffer-cli refuses, each with its exit code and a
// message naming the problem, and without changing the secrets a vault holds.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestUtil.h"

#include <QFileInfo>
#include <QTest>

using namespace coffer::test;

class TestSecretBadInput : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    QString m_pass;
    QString m_bundle;
    QByteArray m_list; // `secret list` and `secret list-deleted` before any refused command
    QByteArray m_listDeleted;

    // Words of a row, with {vault} (--vault and the passphrase file), {empty} (an empty argument),
    // {long:N} (N letters) and {file:NAME} (a path in the scratch folder) replaced.
    QStringList expand(const QString &line) const
    {
        QStringList out;
        for (const QString &word : line.split(u' ', Qt::SkipEmptyParts)) {
            if (word == u"{vault}") {
                out += {QStringLiteral("--vault"), m_bundle, QStringLiteral("--passphrase-file"), m_pass};
            } else if (word == u"{empty}") {
                out.append(QString());
            } else if (word.startsWith(QStringLiteral("{file:"))) {
                out.append(m_cli.path(word.mid(6).chopped(1)));
            } else if (word.contains(QStringLiteral("{long:"))) {
                const qsizetype at = word.indexOf(QStringLiteral("{long:"));
                const qsizetype end = word.indexOf(u'}', at);
                const int count = word.mid(at + 6, end - at - 6).toInt();
                out.append(word.left(at) + QString(count, u'x') + word.mid(end + 1));
            } else {
                out.append(word);
            }
        }
        return out;
    }

    QByteArray listOf(const QString &command)
    {
        const CliRun run = m_cli.run({QStringLiteral("secret"), command, QStringLiteral("--vault"), m_bundle,
                                      QStringLiteral("--passphrase-file"), m_pass});
        if (run.exitCode != 0)
            QTest::qFail(qPrintable(run.describe()), __FILE__, __LINE__);
        return run.out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        m_pass = m_cli.writePassphrase(QStringLiteral("pass.txt"), "bad input passphrase");
        const auto created = m_cli.createVault(m_cli.dir(), QStringLiteral("bad-input-kv"), m_pass);
        COFFER_VERIFY_EXIT(created.run, 0);
        m_cli.addSecret(created.recoveryKey);
        m_bundle = created.bundle;
        m_cli.addSecret("keep-value-!#-0c1d");
        m_cli.addSecret("gone-value-88e2");
        m_cli.addSecret("part-two-zz9");
        m_cli.writeFile(QStringLiteral("empty.txt"), {});
        m_cli.writeFile(QStringLiteral("latin1.txt"), "caf\xe9 \xff\xfe");
        m_cli.writeFile(QStringLiteral("exists.out"), "already here");
        m_cli.writeFile(QStringLiteral("not-a-backup.json"), "{\"hello\": 1}");
        const QStringList vault {QStringLiteral("--vault"), m_bundle, QStringLiteral("--passphrase-file"), m_pass};
        COFFER_VERIFY_EXIT(
                m_cli.run(QStringList {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--name"),
                                       QStringLiteral("keep"), QStringLiteral("--value-stdin")}
                                  + vault,
                          "keep-value-!#-0c1d"),
                0);
        COFFER_VERIFY_EXIT(
                m_cli.run(QStringList {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--name"),
                                       QStringLiteral("gone"), QStringLiteral("--value-stdin")}
                                  + vault,
                          "gone-value-88e2"),
                0);
        COFFER_VERIFY_EXIT(m_cli.run(QStringList {QStringLiteral("secret"), QStringLiteral("delete"),
                                                  QStringLiteral("--name"), QStringLiteral("gone")}
                                     + vault),
                           0);
        m_list = listOf(QStringLiteral("list"));
        m_listDeleted = listOf(QStringLiteral("list-deleted"));
        QVERIFY(m_list.contains("/secrets/keep\""));
        QVERIFY(m_listDeleted.contains("/deletedsecrets/gone\""));
    }
    void init() { failOnAnyWarning(); }

    void refused_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        auto row = [](const char *tag, const char *line, int exitCode, const char *message,
                      const QByteArray &stdinData = "some-value") {
            QTest::newRow(tag) << QString::fromUtf8(line) << stdinData << exitCode << QString::fromUtf8(message);
        };
        // Names (7).
        row("name with an underscore", "secret set {vault} --name bad_name --value-stdin", 7,
            "the secret name 'bad_name' contains '_'");
        row("name with a dot", "secret show {vault} --name bad.name", 7, "contains '.'");
        row("name too long", "secret set {vault} --name {long:128} --value-stdin", 7,
            "128 characters long; the limit is 127");
        // Tags and content type (7).
        row("too many tags",
            "secret set {vault} --name t1 --value-stdin --tags a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8 i=9 j=10 k=11 l=12 "
            "m=13 n=14 o=15 p=16",
            7, "16 tags given; the limit is 15");
        row("tag name too long", "secret set {vault} --name t2 --value-stdin --tags {long:257}=v", 7,
            "longer than 256 characters");
        row("tag value too long", "secret set {vault} --name t3 --value-stdin --tags k={long:257}", 7,
            "the value of tag 'k' is longer than 256");
        row("tag without a name", "secret set {vault} --name t4 --value-stdin --tags =v", 7, "'=v' is not a tag");
        row("file-encoding tag makes 16",
            "secret set {vault} --name t5 --file {file:latin1.txt} --encoding hex --tags a=1 b=2 c=3 d=4 e=5 f=6 "
            "g=7 h=8 i=9 j=10 k=11 l=12 m=13 n=14 o=15",
            7, "16 tags given; the limit is 15");
        row("content type too long", "secret set {vault} --name t6 --value-stdin --content-type {long:256}", 7,
            "the content type is 256 characters long; the limit is 255");
        row("set-attributes: too many tags",
            "secret set-attributes {vault} --name keep --tags a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8 i=9 j=10 k=11 l=12 "
            "m=13 n=14 o=15 p=16",
            7, "16 tags given");
        // Dates (7).
        row("expires not ISO", "secret set {vault} --name d1 --value-stdin --expires 31/12/2030", 7,
            "'31/12/2030' is not an ISO 8601 date-time");
        row("expires without a zone", "secret set {vault} --name d2 --value-stdin --expires 2030-01-01T00:00:00", 7,
            "has no time zone");
        row("not-before after expires",
            "secret set {vault} --name d3 --value-stdin --not-before 2031-01-01 --expires 2030-01-01", 7,
            "not-before (2031-01-01T00:00:00Z) must be earlier than expires (2030-01-01T00:00:00Z)");
        row("set-attributes: not-before after expires",
            "secret set-attributes {vault} --name keep --not-before 2031-01-01T00:00:00Z --expires 2030-01-01", 7,
            "must be earlier than expires");
        row("set-attributes: bad date", "secret set-attributes {vault} --name keep --expires tomorrow", 7,
            "'tomorrow' is not an ISO 8601 date-time");
        row("set: empty expires", "secret set {vault} --name d4 --value-stdin --expires {empty}", 2,
            "--expires needs a value");
        // Values (7, 4).
        row("empty --value", "secret set {vault} --name v1 --value {empty}", 7,
            "the value given with --value is empty");
        row("empty value file", "secret set {vault} --name v2 --file {file:empty.txt}", 7, "empty.txt' is empty");
        row("empty standard input", "secret set {vault} --name v3 --value-stdin", 7,
            "the value read from standard input is empty", QByteArray());
        row("only a newline on standard input", "secret set {vault} --name v4 --value-stdin", 7,
            "standard input is empty", "\n");
        row("value file missing", "secret set {vault} --name v5 --file {file:no-such-value.txt}", 4,
            "no-such-value.txt' does not exist");
        row("value file is a folder", "secret set {vault} --name v6 --file {file:.}", 7, "is a folder");
        row("utf-8 file that is not UTF-8", "secret set {vault} --name v7 --file {file:latin1.txt}", 7,
            "is not UTF-8 text; store a binary file with --encoding base64");
        row("unquoted value words", "secret set {vault} --name v8 --value part-one part-two-zz9", 2,
            "unexpected argument after --value (not shown");
        // Usage (2).
        row("two value options", "secret set {vault} --name u1 --value-stdin --file {file:latin1.txt}", 2,
            "options --file and --value-stdin cannot be used together");
        row("no value option", "secret set {vault} --name u2", 2,
            "'secret set' needs one of --value, --file or --value-stdin");
        row("both stdin options",
            "secret set --vault {file:bad-input-kv.coffer} --passphrase-stdin --name u3 --value-stdin", 2,
            "only one option may read standard input");
        row("bad encoding", "secret set {vault} --name u4 --file {file:latin1.txt} --encoding utf-16", 2,
            "--encoding must be utf-8, base64 or hex, not 'utf-16'");
        row("encoding without a file", "secret set {vault} --name u5 --value-stdin --encoding hex", 2,
            "--encoding is only for --file");
        row("set-attributes: nothing to change", "secret set-attributes {vault} --name keep", 2, "nothing to change");
        row("set-attributes: enabled maybe", "secret set-attributes {vault} --name keep --enabled maybe", 2,
            "--enabled needs true or false, not 'maybe'");
        row("tags given twice", "secret set {vault} --name u6 --value-stdin --tags a=1 --tags b=2", 2,
            "option --tags is given more than once");
        // Not found (4).
        row("show unknown", "secret show {vault} --name nope", 4, "secret 'nope' was not found in vault bad-input-kv");
        row("show unknown version", "secret show {vault} --name keep --version 0123456789abcdef0123456789abcdef", 4,
            "secret 'keep' has no version '0123456789abcdef0123456789abcdef'");
        row("show deleted", "secret show {vault} --name gone", 4, "secret 'gone' was not found");
        row("list-versions deleted", "secret list-versions {vault} --name gone", 4, "secret 'gone' was not found");
        row("set-attributes unknown", "secret set-attributes {vault} --name nope --enabled false", 4,
            "secret 'nope' was not found");
        row("delete unknown", "secret delete {vault} --name nope", 4, "secret 'nope' was not found");
        row("delete deleted", "secret delete {vault} --name gone", 4, "secret 'gone' was not found");
        row("recover live", "secret recover {vault} --name keep", 4, "deleted secret 'keep' was not found");
        row("purge live", "secret purge {vault} --name keep", 4, "deleted secret 'keep' was not found");
        row("show-deleted live", "secret show-deleted {vault} --name keep", 4, "deleted secret 'keep' was not found");
        row("backup deleted", "secret backup {vault} --name gone --file {file:gone.backup}", 4,
            "secret 'gone' was not found");
        row("restore missing file", "secret restore {vault} --file {file:no-such.backup}", 4,
            "no-such.backup' does not exist");
        row("download unknown", "secret download {vault} --name nope --file {file:nope.out}", 4,
            "secret 'nope' was not found");
        // Conflicts (6).
        row("set over a deleted name", "secret set {vault} --name gone --value-stdin", 6,
            "in this state, the secret can only be recovered or purged");
        row("download over a file", "secret download {vault} --name keep --file {file:exists.out}", 6,
            "exists.out' already exists");
        row("backup over a file", "secret backup {vault} --name keep --file {file:exists.out}", 6,
            "exists.out' already exists");
        // Other refused values (7).
        row("restore a file that is not a backup", "secret restore {vault} --file {file:not-a-backup.json}", 7,
            "the file is not a Coffer backup");
        row("download: value is not base64",
            "secret download {vault} --name keep --file {file:k.out} --encoding base64", 7,
            "the value of secret 'keep' is not base64 text");
    }
    void refused()
    {
        QFETCH(QString, line);
        QFETCH(QByteArray, stdinData);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto before = snapshotFolder(m_cli.dir());
        const CliRun run = m_cli.run(expand(line), stdinData);
        COFFER_VERIFY_EXIT(run, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), qPrintable(run.describe()));
        QVERIFY2(run.err.startsWith("coffer-cli: error: ") || run.err.startsWith("coffer-cli: warning: "),
                 run.err.constData());
        // Nothing was written next to the vault (no half-made download or backup file) ...
        const auto outsideVault = [](const QHash<QString, QByteArray> &snapshot) {
            QStringList files;
            for (auto it = snapshot.cbegin(); it != snapshot.cend(); ++it)
                if (!it.key().contains(QStringLiteral(".coffer")))
                    files.append(it.key() + u' ' + QString::fromLatin1(it.value().toHex()));
            files.sort();
            return files;
        };
        QCOMPARE(outsideVault(snapshotFolder(m_cli.dir())), outsideVault(before));
        // ... and the vault's secrets are as they were.
        QCOMPARE(listOf(QStringLiteral("list")), m_list);
        QCOMPARE(listOf(QStringLiteral("list-deleted")), m_listDeleted);
    }

    void helpNamesTheOptions()
    {
        const CliRun run = m_cli.run({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--help")});
        COFFER_VERIFY_EXIT(run, 0);
        for (const char *option : {"--value-stdin", "--file FILE", "--encoding utf-8|base64|hex",
                                   "--tags k=v [k=v ...]", "--expires ISO", "--not-before ISO", "--disabled"})
            QVERIFY2(run.out.contains(option), option);
        const CliRun group = m_cli.run({QStringLiteral("secret"), QStringLiteral("--help")});
        COFFER_VERIFY_EXIT(group, 0);
        for (const char *command : {"set", "show", "list-versions", "set-attributes", "list-deleted", "show-deleted",
                                    "recover", "purge", "backup", "restore", "download"})
            QVERIFY2(group.out.contains(command), command);
    }
};

QTEST_GUILESS_MAIN(TestSecretBadInput)
#include "TestSecretBadInput.moc"
