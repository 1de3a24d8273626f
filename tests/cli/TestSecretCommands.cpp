// cli.SecretCommands: the secret lifecycle through the real binary: set (value, file in each encoding, stdin),
// show, list, list-versions, set-attributes, download, delete, show-deleted, recover, purge. No run may print a
// value except `secret show`.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestUtil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace coffer::test;

namespace {
const QRegularExpression kVersionId(QStringLiteral("^[0-9a-f]{32}$"));

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator rng(12345);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(rng.bounded(256));
    return bytes;
}
} // namespace

class TestSecretCommands : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    QString m_pass;
    QString m_bundle;
    QStringList m_alphaVersions; // ids of secret "alpha", oldest first
    QList<QByteArray> m_alphaValues;

    QStringList secret(const QString &command, const QStringList &extra = {}) const
    {
        return QStringList {QStringLiteral("secret"),
                            command,
                            QStringLiteral("--vault"),
                            m_bundle,
                            QStringLiteral("--passphrase-file"),
                            m_pass}
        + extra;
    }
    static QStringList args(const char *line) { return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts); }

    QJsonObject ok(const CliRun &run)
    {
        if (run.exitCode != 0)
            QTest::qFail(qPrintable(run.describe()), __FILE__, __LINE__);
        return run.json();
    }
    QJsonArray okArray(const CliRun &run)
    {
        if (run.exitCode != 0)
            QTest::qFail(qPrintable(run.describe()), __FILE__, __LINE__);
        return QJsonDocument::fromJson(run.out).array();
    }
    QByteArray shownValue(const QStringList &extra)
    {
        const CliRun run = m_cli.runRevealing(secret(QStringLiteral("show"), extra));
        return ok(run).value(u"value").toString().toUtf8();
    }
    static QString versionOf(const QJsonObject &bundle) { return bundle.value(u"id").toString().section(u'/', -1); }
    QStringList versionsOf(const QString &name)
    {
        QStringList out;
        for (const QJsonValue &item :
             okArray(m_cli.run(secret(QStringLiteral("list-versions"), {QStringLiteral("--name"), name}))))
            out.append(versionOf(item.toObject()));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        m_pass = m_cli.writePassphrase(QStringLiteral("pass.txt"), "secret commands passphrase");
        const auto created = m_cli.createVault(m_cli.dir(), QStringLiteral("secrets-kv"), m_pass,
                                               {QStringLiteral("--retention-days"), QStringLiteral("7")});
        COFFER_VERIFY_EXIT(created.run, 0);
        m_cli.addSecret(created.recoveryKey);
        m_bundle = created.bundle;
    }
    void init() { failOnAnyWarning(); }

    void setWithValueWarnsAndPrintsNoValue()
    {
        const QByteArray value = "alpha-value-one-7f3a";
        m_cli.addSecret(value);
        const CliRun run = m_cli.run(secret(QStringLiteral("set"),
                                            {QStringLiteral("--name"), QStringLiteral("alpha"),
                                             QStringLiteral("--value"), QString::fromUtf8(value)}));
        const QJsonObject bundle = ok(run);
        COFFER_VERIFY_STDERR(run, "--value is visible to other local users");
        QVERIFY(bundle.value(u"id").toString().startsWith(QStringLiteral("coffer://secrets-kv/secrets/alpha/")));
        QVERIFY(kVersionId.match(versionOf(bundle)).hasMatch());
        QVERIFY(!bundle.contains(u"value"));
        QCOMPARE(bundle.keys(),
                 (QStringList {QStringLiteral("attributes"), QStringLiteral("id"), QStringLiteral("managed")}));
        const QJsonObject attributes = bundle.value(u"attributes").toObject();
        QCOMPARE(attributes.keys(),
                 (QStringList {QStringLiteral("created"), QStringLiteral("enabled"), QStringLiteral("recoverableDays"),
                               QStringLiteral("recoveryLevel"), QStringLiteral("updated")}));
        QCOMPARE(attributes.value(u"enabled").toBool(), true);
        QCOMPARE(attributes.value(u"recoverableDays").toInt(), 7);
        QCOMPARE(attributes.value(u"recoveryLevel").toString(), QStringLiteral("CustomizedRecoverable+Purgeable"));
        const qint64 created = attributes.value(u"created").toInteger();
        QVERIFY(qAbs(created - QDateTime::currentSecsSinceEpoch()) < 120);
        QCOMPARE(attributes.value(u"updated").toInteger(), created);
        m_alphaVersions.append(versionOf(bundle));
        m_alphaValues.append(value);
    }

    void showPrintsTheValue()
    {
        const CliRun run = m_cli.runRevealing(secret(QStringLiteral("show"), args("--name alpha")));
        const QJsonObject bundle = ok(run);
        QCOMPARE(bundle.value(u"value").toString().toUtf8(), m_alphaValues.at(0));
        QCOMPARE(versionOf(bundle), m_alphaVersions.at(0));
        QVERIFY(run.err.isEmpty());
        // Names compare case-insensitively, as in Azure.
        QCOMPARE(shownValue(args("--name ALPHA")), m_alphaValues.at(0));
        // -o table and tsv show the value column too.
        const CliRun table = m_cli.runRevealing(secret(QStringLiteral("show"), args("--name alpha -o table")));
        COFFER_VERIFY_EXIT(table, 0);
        QVERIFY2(table.out.startsWith("Name   Enabled  Expires  ContentType  Updated"), table.out.constData());
        QVERIFY(table.out.contains(m_alphaValues.at(0)));
    }

    void setAddsVersionsInOrder()
    {
        for (const QByteArray &value : {QByteArray("alpha-value-two-91bc"), QByteArray("alpha-value-three-e2d0")}) {
            m_cli.addSecret(value);
            const QJsonObject bundle
                    = ok(m_cli.run(secret(QStringLiteral("set"), args("--name alpha --value-stdin")), value + '\n'));
            m_alphaVersions.append(versionOf(bundle));
            m_alphaValues.append(value);
        }
        QCOMPARE(versionsOf(QStringLiteral("alpha")), m_alphaVersions);
        QCOMPARE(m_alphaVersions.size(), 3);
        // The current version is the newest; older ones by --version. stdin loses its one trailing newline.
        QCOMPARE(shownValue(args("--name alpha")), m_alphaValues.at(2));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(shownValue({QStringLiteral("--name"), QStringLiteral("alpha"), QStringLiteral("--version"),
                                 m_alphaVersions.at(i)}),
                     m_alphaValues.at(i));
        // list-versions items carry each version's own id and no value.
        const CliRun run = m_cli.run(secret(QStringLiteral("list-versions"), args("--name alpha -o tsv")));
        COFFER_VERIFY_EXIT(run, 0);
        QCOMPARE(run.out.count('\n'), 3);
        QVERIFY(run.out.startsWith(QByteArray(m_alphaVersions.at(0).toLatin1() + "\ttrue\t")));
    }

    void setWithAttributes()
    {
        const QByteArray value = "beta-value-aa41";
        m_cli.addSecret(value);
        const QJsonObject bundle = ok(m_cli.run(
                secret(QStringLiteral("set"),
                       args("--name beta --value-stdin --content-type text/plain --tags env=prod owner=ops "
                            "--not-before 2026-01-01T00:00:00Z --expires 2030-06-30T12:00:00+02:00 --disabled")),
                value));
        QCOMPARE(bundle.value(u"contentType").toString(), QStringLiteral("text/plain"));
        QCOMPARE(bundle.value(u"tags").toObject(),
                 (QJsonObject {{QStringLiteral("env"), QStringLiteral("prod")},
                               {QStringLiteral("owner"), QStringLiteral("ops")}}));
        const QJsonObject attributes = bundle.value(u"attributes").toObject();
        QCOMPARE(attributes.value(u"enabled").toBool(), false);
        QCOMPARE(attributes.value(u"nbf").toInteger(),
                 QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(attributes.value(u"exp").toInteger(),
                 QDateTime(QDate(2030, 6, 30), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());
        // A disabled version cannot be read.
        const CliRun show = m_cli.runRevealing(secret(QStringLiteral("show"), args("--name beta")));
        COFFER_VERIFY_EXIT(show, 8);
        QVERIFY(show.out.isEmpty());
        COFFER_VERIFY_STDERR(show, "disabled");
        COFFER_VERIFY_STDERR(show, "--enabled true");
        // Table: expiry as a date.
        const CliRun table = m_cli.run(secret(QStringLiteral("list"), args("-o table")));
        COFFER_VERIFY_EXIT(table, 0);
        QVERIFY2(table.out.contains("beta   false    2030-06-30T10:00:00Z  text/plain"), table.out.constData());
    }

    void setFromFileInEachEncoding_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("fileBytes");
        QTest::addColumn<QByteArray>("stored");
        const QByteArray binary = QByteArray("\x00\x01\xfe\xff gamma\n\r\n", 12) + randomBytes(100);
        QTest::newRow("utf-8 text") << QStringLiteral("utf-8") << QByteArray("gamma text – ünïcode\nsecond line\n")
                                    << QByteArray("gamma text – ünïcode\nsecond line\n");
        QTest::newRow("base64 binary") << QStringLiteral("base64") << binary << binary.toBase64();
        QTest::newRow("hex binary") << QStringLiteral("hex") << binary << binary.toHex();
    }
    void setFromFileInEachEncoding()
    {
        QFETCH(QString, encoding);
        QFETCH(QByteArray, fileBytes);
        QFETCH(QByteArray, stored);
        const QString name = QStringLiteral("file-") + encoding.left(3);
        const QString file = m_cli.writeFile(name + QStringLiteral(".in"), fileBytes);
        m_cli.addSecret(stored);
        const CliRun set = m_cli.run(secret(QStringLiteral("set"),
                                            {QStringLiteral("--name"), name, QStringLiteral("--file"), file,
                                             QStringLiteral("--encoding"), encoding}));
        const QJsonObject bundle = ok(set);
        QVERIFY(set.err.isEmpty()); // no --value warning
        QCOMPARE(bundle.value(u"tags").toObject().value(u"file-encoding").toString(), encoding);
        QCOMPARE(shownValue({QStringLiteral("--name"), name}), stored);

        // download decodes with the recorded encoding: the file comes back byte for byte, owner-only.
        const QString out = m_cli.path(name + QStringLiteral(".out"));
        const CliRun download = m_cli.run(
                secret(QStringLiteral("download"), {QStringLiteral("--name"), name, QStringLiteral("--file"), out}));
        COFFER_VERIFY_EXIT(download, 0);
        QVERIFY(download.out.isEmpty());
        QCOMPARE(readAll(out), fileBytes);
        QCOMPARE(QFileInfo(out).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // Never over an existing file.
        const CliRun again = m_cli.run(
                secret(QStringLiteral("download"), {QStringLiteral("--name"), name, QStringLiteral("--file"), out}));
        COFFER_VERIFY_EXIT(again, 6);
        COFFER_VERIFY_STDERR(again, "already exists");
        QCOMPARE(readAll(out), fileBytes);
        // --encoding utf-8 writes the value as stored.
        const QString raw = m_cli.path(name + QStringLiteral(".raw"));
        COFFER_VERIFY_EXIT(m_cli.run(secret(QStringLiteral("download"),
                                            {QStringLiteral("--name"), name, QStringLiteral("--file"), raw,
                                             QStringLiteral("--encoding"), QStringLiteral("utf-8")})),
                           0);
        QCOMPARE(readAll(raw), stored);
    }

    void oneMebibyteValuesRoundTrip_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("fileBytes");
        QByteArray text(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(99);
        for (qsizetype i = 0; i < text.size(); ++i)
            text[i] = char(32 + rng.bounded(95));
        QTest::newRow("1 MiB text, utf-8") << QStringLiteral("utf-8") << text;
        QTest::newRow("1 MiB binary, base64") << QStringLiteral("base64") << randomBytes(1024 * 1024);
    }
    void oneMebibyteValuesRoundTrip()
    {
        QFETCH(QString, encoding);
        QFETCH(QByteArray, fileBytes);
        const QString name = QStringLiteral("big-") + encoding.left(3);
        const QString in = m_cli.writeFile(name + QStringLiteral(".in"), fileBytes);
        const CliRun set = m_cli.run(secret(QStringLiteral("set"),
                                            {QStringLiteral("--name"), name, QStringLiteral("--file"), in,
                                             QStringLiteral("--encoding"), encoding}));
        COFFER_VERIFY_EXIT(set, 0);
        QVERIFY(set.out.size() < 2000); // metadata only
        const QString out = m_cli.path(name + QStringLiteral(".out"));
        const CliRun download = m_cli.run(
                secret(QStringLiteral("download"), {QStringLiteral("--name"), name, QStringLiteral("--file"), out}));
        COFFER_VERIFY_EXIT(download, 0);
        QVERIFY(download.out.isEmpty() && download.err.isEmpty());
        QVERIFY(readAll(out) == fileBytes);
        if (encoding == u"utf-8") {
            // show handles a large value too (and prints it exactly).
            const CliRun show = m_cli.runRevealing(secret(QStringLiteral("show"), {QStringLiteral("--name"), name}));
            COFFER_VERIFY_EXIT(show, 0);
            QVERIFY(show.json().value(u"value").toString().toLatin1() == fileBytes);
        }
    }

    void listShowsMetadataOnly()
    {
        const CliRun run = m_cli.run(secret(QStringLiteral("list")));
        const QJsonArray items = okArray(run);
        QVERIFY(!run.out.contains("\"value\""));
        QStringList names;
        const QStringList allowed {QStringLiteral("attributes"), QStringLiteral("contentType"), QStringLiteral("id"),
                                   QStringLiteral("managed"), QStringLiteral("tags")};
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            for (const QString &key : item.keys())
                QVERIFY2(allowed.contains(key), qPrintable(key));
            // Items carry the base identifier, without a version.
            const QString id = item.value(u"id").toString();
            QCOMPARE(id.count(u'/'), 4);
            names.append(id.section(u'/', -1));
        }
        QCOMPARE(names,
                 (QStringList {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("big-bas"),
                               QStringLiteral("big-utf"), QStringLiteral("file-bas"), QStringLiteral("file-hex"),
                               QStringLiteral("file-utf")}));
        const CliRun tsv = m_cli.run(secret(QStringLiteral("list"), args("-o tsv")));
        COFFER_VERIFY_EXIT(tsv, 0);
        QVERIFY2(tsv.out.startsWith("alpha\ttrue\t\t\t"), tsv.out.constData());
        QCOMPARE(tsv.out.count('\n'), 7);
    }

    void setAttributesDisablesAndEnables()
    {
        QJsonObject bundle
                = ok(m_cli.run(secret(QStringLiteral("set-attributes"), args("--name alpha --enabled false"))));
        QCOMPARE(bundle.value(u"attributes").toObject().value(u"enabled").toBool(), false);
        QVERIFY(!bundle.contains(u"value"));
        QCOMPARE(versionOf(bundle), m_alphaVersions.at(2));

        CliRun show = m_cli.runRevealing(secret(QStringLiteral("show"), args("--name alpha")));
        COFFER_VERIFY_EXIT(show, 8);
        QVERIFY(show.out.isEmpty());
        COFFER_VERIFY_STDERR(show, "operation get is not allowed on a disabled secret");
        const QString out = m_cli.path(QStringLiteral("disabled.out"));
        const CliRun download
                = m_cli.run(secret(QStringLiteral("download"),
                                   {QStringLiteral("--name"), QStringLiteral("alpha"), QStringLiteral("--file"), out}));
        COFFER_VERIFY_EXIT(download, 8);
        QVERIFY(!QFileInfo::exists(out));
        // Other versions stay readable.
        QCOMPARE(shownValue({QStringLiteral("--name"), QStringLiteral("alpha"), QStringLiteral("--version"),
                             m_alphaVersions.at(1)}),
                 m_alphaValues.at(1));

        bundle = ok(m_cli.run(secret(QStringLiteral("set-attributes"), args("--name alpha --enabled true"))));
        QCOMPARE(bundle.value(u"attributes").toObject().value(u"enabled").toBool(), true);
        QCOMPARE(shownValue(args("--name alpha")), m_alphaValues.at(2));
    }

    void setAttributesChangesAndClears()
    {
        QStringList extra {QStringLiteral("--name"), QStringLiteral("alpha"), QStringLiteral("--version"),
                           m_alphaVersions.at(0)};
        QJsonObject bundle
                = ok(m_cli.run(secret(QStringLiteral("set-attributes"),
                                      extra + args("--expires 2031-01-01 --content-type app/x --tags a=1 b=2"))));
        QCOMPARE(versionOf(bundle), m_alphaVersions.at(0));
        QCOMPARE(bundle.value(u"attributes").toObject().value(u"exp").toInteger(),
                 QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(bundle.value(u"contentType").toString(), QStringLiteral("app/x"));
        QCOMPARE(bundle.value(u"tags").toObject().size(), 2);
        // "" clears a date, the content type and the tags; unset fields drop out of the bundle.
        bundle = ok(m_cli.run(
                secret(QStringLiteral("set-attributes"),
                       extra
                               + QStringList {QStringLiteral("--expires"), QString(), QStringLiteral("--content-type"),
                                              QString(), QStringLiteral("--tags"), QString()})));
        QVERIFY(!bundle.value(u"attributes").toObject().contains(u"exp"));
        QVERIFY(!bundle.contains(u"contentType"));
        QVERIFY(!bundle.contains(u"tags"));
        // The current version was not touched.
        const QJsonArray versions = okArray(m_cli.run(secret(QStringLiteral("list-versions"), args("--name alpha"))));
        QCOMPARE(versions.size(), 3);
        QVERIFY(!versions.at(2).toObject().value(u"attributes").toObject().contains(u"exp"));
        QVERIFY(!versions.at(2).toObject().contains(u"contentType"));
    }

    void deleteRecoverPurge()
    {
        const CliRun del = m_cli.run(secret(QStringLiteral("delete"), args("--name alpha")));
        const QJsonObject deleted = ok(del);
        QVERIFY(!deleted.contains(u"value"));
        QCOMPARE(deleted.value(u"recoveryId").toString(), QStringLiteral("coffer://secrets-kv/deletedsecrets/alpha"));
        QCOMPARE(versionOf(deleted), m_alphaVersions.at(2));
        const qint64 deletedDate = deleted.value(u"deletedDate").toInteger();
        QVERIFY(qAbs(deletedDate - QDateTime::currentSecsSinceEpoch()) < 120);
        QCOMPARE(deleted.value(u"scheduledPurgeDate").toInteger(), deletedDate + 7 * 86400);

        const QJsonObject shown = ok(m_cli.run(secret(QStringLiteral("show-deleted"), args("--name alpha"))));
        QCOMPARE(shown.value(u"deletedDate").toInteger(), deletedDate);
        QCOMPARE(shown.value(u"scheduledPurgeDate").toInteger(), deletedDate + 7 * 86400);
        QCOMPARE(shown.value(u"recoveryId").toString(), deleted.value(u"recoveryId").toString());

        const CliRun listDeleted = m_cli.run(secret(QStringLiteral("list-deleted"), args("-o table")));
        COFFER_VERIFY_EXIT(listDeleted, 0);
        QVERIFY2(listDeleted.out.startsWith("Name   Deleted               ScheduledPurge"),
                 listDeleted.out.constData());
        QVERIFY(listDeleted.out.contains(QByteArray(
                "alpha  " + QDateTime::fromSecsSinceEpoch(deletedDate, Qt::UTC).toString(Qt::ISODate).toLatin1())));

        // Deleted: not readable, not listed, the name not reusable.
        const CliRun show = m_cli.runRevealing(secret(QStringLiteral("show"), args("--name alpha")));
        COFFER_VERIFY_EXIT(show, 4);
        COFFER_VERIFY_STDERR(show, "secret 'alpha' was not found");
        QVERIFY(!m_cli.run(secret(QStringLiteral("list"))).out.contains("/alpha\""));
        const CliRun reuse = m_cli.run(secret(QStringLiteral("set"), args("--name alpha --value-stdin")), "reuse-x1");
        COFFER_VERIFY_EXIT(reuse, 6);
        COFFER_VERIFY_STDERR(reuse, "can only be recovered or purged");
        COFFER_VERIFY_STDERR(reuse, "secret recover --name alpha");

        // Recover brings back every version under its own id.
        const QJsonObject recovered = ok(m_cli.run(secret(QStringLiteral("recover"), args("--name alpha"))));
        QCOMPARE(versionOf(recovered), m_alphaVersions.at(2));
        QCOMPARE(versionsOf(QStringLiteral("alpha")), m_alphaVersions);
        QCOMPARE(shownValue({QStringLiteral("--name"), QStringLiteral("alpha"), QStringLiteral("--version"),
                             m_alphaVersions.at(0)}),
                 m_alphaValues.at(0));
        QCOMPARE(okArray(m_cli.run(secret(QStringLiteral("list-deleted")))).size(), 0);

        // Delete and purge: gone for good, the name is free again.
        COFFER_VERIFY_EXIT(m_cli.run(secret(QStringLiteral("delete"), args("--name alpha"))), 0);
        const CliRun purge = m_cli.run(secret(QStringLiteral("purge"), args("--name alpha")));
        COFFER_VERIFY_EXIT(purge, 0);
        QVERIFY(purge.out.isEmpty());
        QCOMPARE(okArray(m_cli.run(secret(QStringLiteral("list-deleted")))).size(), 0);
        const CliRun gone = m_cli.run(secret(QStringLiteral("show-deleted"), args("--name alpha")));
        COFFER_VERIFY_EXIT(gone, 4);
        COFFER_VERIFY_STDERR(gone, "deleted secret 'alpha' was not found");
        m_cli.addSecret("alpha-after-purge-5c");
        const QJsonObject fresh = ok(
                m_cli.run(secret(QStringLiteral("set"), args("--name alpha --value-stdin")), "alpha-after-purge-5c"));
        QVERIFY(!m_alphaVersions.contains(versionOf(fresh)));
        QCOMPARE(versionsOf(QStringLiteral("alpha")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSecretCommands)
#include "TestSecretCommands.moc"
