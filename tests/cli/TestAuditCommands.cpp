// cli.AuditCommands: what the CLI does shows up in `audit list` with Azure's operation names and the right results,
// filters and statistics agree with the records, values never appear, retention, and Azure AuditEvent imports.
#include "tests/cli/AccessTestSupport.h"
#include "tests/support/TestUtil.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>

using namespace coffer::test;

namespace {

QStringList opts(const char *text)
{
    return AccessCli::words(text);
}

// One Azure AuditEvent record in the documented shape (the storage account's PT1H.json).
QJsonObject azureRecord(const char *time, const char *operation, const char *result, int status, const char *caller,
                        const QJsonObject &claim, const char *id)
{
    const QString resourceId = QStringLiteral("/SUBSCRIPTIONS/361DA5D4-A47A-4C79-AFDD-000000000000/RESOURCEGROUPS/"
                                              "CONTOSOGROUP/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/CONTOSOKEYVAULT");
    return QJsonObject {
            {QStringLiteral("time"), QString::fromUtf8(time)},
            {QStringLiteral("resourceId"), resourceId},
            {QStringLiteral("operationName"), QString::fromUtf8(operation)},
            {QStringLiteral("operationVersion"), QStringLiteral("7.4")},
            {QStringLiteral("category"), QStringLiteral("AuditEvent")},
            {QStringLiteral("resultType"), QString::fromUtf8(result)},
            {QStringLiteral("resultSignature"), status == 200 ? QStringLiteral("OK") : QString::fromUtf8(result)},
            {QStringLiteral("resultDescription"), QString()},
            {QStringLiteral("durationMs"), QString::number(status == 200 ? 12 : 3)},
            {QStringLiteral("callerIpAddress"), QString::fromUtf8(caller)},
            {QStringLiteral("correlationId"),
             QString(QStringLiteral("4c9a1c4e-0000-4000-8000-") + QString::fromUtf8(time).right(13))},
            {QStringLiteral("identity"), QJsonObject {{QStringLiteral("claim"), claim}}},
            {QStringLiteral("properties"),
             QJsonObject {{QStringLiteral("clientInfo"), QStringLiteral("azsdk-python-keyvault-secrets/4.7.0")},
                          {QStringLiteral("requestUri"),
                           QString(QString::fromUtf8(id) + QStringLiteral("?api-version=7.4"))},
                          {QStringLiteral("id"), QString::fromUtf8(id)},
                          {QStringLiteral("httpStatusCode"), status},
                          {QStringLiteral("isRbacAuthorized"), status == 200}}},
    };
}

// A small Azure Key Vault log as the documentation shows PT1H.json ({"records":[…]}), with a fourth record that has
// no time.
QByteArray azureLog()
{
    const QString upn = QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn");
    QJsonObject untimed = azureRecord("", "SecretList", "Success", 200, "10.0.0.1", {}, "https://x/");
    untimed.remove(QStringLiteral("time"));
    const QJsonArray records {
            azureRecord("2026-01-05T01:32:01.2691226Z", "VaultGet", "Success", 200, "104.40.82.76",
                        {{upn, QStringLiteral("live.com#username@outlook.com")},
                         {QStringLiteral("appid"), QStringLiteral("1950a258-227b-4e31-a9cf-000000000000")}},
                        "https://contosokeyvault.vault.azure.net/"),
            azureRecord("2026-01-05T02:10:44.0000000Z", "SecretGet", "Success", 200, "10.1.2.3",
                        {{upn, QStringLiteral("alice@contoso.com")}},
                        "https://contosokeyvault.vault.azure.net/secrets/db-password/3f1e"),
            azureRecord("2026-01-05T02:11:00.5000000Z", "SecretGet", "Forbidden", 403, "10.9.9.9",
                        {{QStringLiteral("appid"), QStringLiteral("0d6b7a1e-0000-4000-8000-00000000000a")}},
                        "https://contosokeyvault.vault.azure.net/secrets/db-password"),
            untimed,
    };
    return QJsonDocument(QJsonObject {{QStringLiteral("records"), records}}).toJson(QJsonDocument::Indented);
}

} // namespace

class TestAuditCommands : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    AccessCli m_access {m_cli};
    QString m_alicePass;
    QString m_ownerId;
    QByteArray m_dbValue = "db-value-Kq93xW";
    QByteArray m_apiValue = "api-value-Lm27zP";

    QStringList alice() const { return AccessCli::passphrase(m_alicePass); }
    QJsonArray list(const QStringList &more = {})
    {
        return AccessCli::okArray(m_access.run("audit list", m_access.owner(), more));
    }
    static QJsonObject find(const QJsonArray &rows, const QString &operation, const QString &result,
                            const QString &targetPart)
    {
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            if (row.value(u"operationName").toString() == operation && row.value(u"resultType").toString() == result
                && row.value(u"target").toString().contains(targetPart))
                return row;
        }
        return {};
    }
    static QStringList column(const QJsonArray &rows, const char *key) { return AccessCli::column(rows, key); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        m_access.ownerPass = m_cli.writePassphrase(QStringLiteral("owner.txt"), "owner passphrase 1");
        m_alicePass = m_cli.writePassphrase(QStringLiteral("alice.txt"), "alice passphrase 2");
        const auto created = m_cli.createVault(m_cli.dir(), QStringLiteral("audit-kv"), m_access.ownerPass,
                                               {QStringLiteral("--owner"), QStringLiteral("Olivia")});
        QCOMPARE(created.run.exitCode, 0);
        m_cli.addSecret(created.recoveryKey);
        m_access.bundle = created.bundle;
        m_ownerId = created.run.json().value(u"properties").toObject().value(u"ownerPrincipalId").toString();
        m_cli.addSecret(m_dbValue);
        m_cli.addSecret(m_apiValue);
        const QString db = m_cli.writeFile(QStringLiteral("db.txt"), m_dbValue);
        const QString api = m_cli.writeFile(QStringLiteral("api.txt"), m_apiValue);
        AccessCli::ok(
                m_access.run("secret set", m_access.owner(), opts("--name db-password --file") + QStringList {db}));
        AccessCli::ok(
                m_access.run("secret set", m_access.owner(), opts("--name api-token --file") + QStringList {api}));
        QCOMPARE(AccessCli::ok(m_access.revealing("secret show", m_access.owner(), opts("--name db-password")))
                         .value(u"value")
                         .toString()
                         .toUtf8(),
                 m_dbValue);
        AccessCli::okArray(m_access.run("secret list", m_access.owner()));
        m_access.createUser(QStringLiteral("alice"), m_alicePass);
        COFFER_VERIFY_EXIT(m_access.run("secret show", alice(), opts("--name db-password")), 8);
        COFFER_VERIFY_EXIT(m_access.run("secret show", m_access.owner(), opts("--name missing-secret")), 4);
    }
    void init() { failOnAnyWarning(); }

    void operationsAreRecorded()
    {
        const QJsonArray rows = list();
        QVERIFY(rows.size() >= 6);
        for (qsizetype i = 0; i < rows.size(); ++i) // oldest first, contiguous
            QCOMPARE(rows.at(i).toObject().value(u"sequence").toInteger(),
                     rows.at(0).toObject().value(u"sequence").toInteger() + i);

        const QJsonObject set
                = find(rows, QStringLiteral("SecretSet"), QStringLiteral("Success"), QStringLiteral("db-password"));
        QVERIFY2(!set.isEmpty(), QJsonDocument(rows).toJson().constData());
        QStringList keys = set.keys();
        QCOMPARE(keys,
                 opts("category client correlationId details durationMicros durationMs errorCode hash "
                      "operationName principal resultType sequence target time"));
        QCOMPARE(set.value(u"principal").toObject().value(u"id").toString(), m_ownerId);
        QCOMPARE(set.value(u"principal").toObject().value(u"name").toString(), QStringLiteral("Olivia"));
        QCOMPARE(set.value(u"category").toString(), QStringLiteral("AuditEvent"));
        QVERIFY(set.value(u"errorCode").isNull());
        const QJsonObject client = set.value(u"client").toObject();
        QCOMPARE(client.value(u"name").toString(), QStringLiteral("cli"));
        QVERIFY(client.value(u"processId").toInteger() > 0);
        QCOMPARE(client.value(u"host").toString(), QSysInfo::machineHostName());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(set.value(u"hash").toString()).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                        .match(set.value(u"time").toString())
                        .hasMatch());
        QVERIFY(set.value(u"durationMicros").toInteger() >= 0);

        const QJsonObject get
                = find(rows, QStringLiteral("SecretGet"), QStringLiteral("Success"), QStringLiteral("db-password"));
        QCOMPARE(get.value(u"principal").toObject().value(u"name").toString(), QStringLiteral("Olivia"));
        QVERIFY(get.value(u"sequence").toInteger() > set.value(u"sequence").toInteger());

        const QJsonObject denied
                = find(rows, QStringLiteral("SecretGet"), QStringLiteral("Forbidden"), QStringLiteral("db-password"));
        QVERIFY2(!denied.isEmpty(), QJsonDocument(rows).toJson().constData());
        QCOMPARE(denied.value(u"principal").toObject().value(u"name").toString(), QStringLiteral("alice"));
        QCOMPARE(denied.value(u"errorCode").toString(), QStringLiteral("Forbidden"));

        const QJsonObject missing
                = find(rows, QStringLiteral("SecretGet"), QStringLiteral("NotFound"), QStringLiteral("missing-secret"));
        QVERIFY2(!missing.isEmpty(), QJsonDocument(rows).toJson().constData());
        QCOMPARE(missing.value(u"errorCode").toString(), QStringLiteral("NotFound"));

        QVERIFY(!find(rows, QStringLiteral("SecretList"), QStringLiteral("Success"), QString()).isEmpty());
        QVERIFY(!find(rows, QStringLiteral("PrincipalCreate"), QStringLiteral("Success"), QString()).isEmpty());
    }

    void listingNeverShowsValues()
    {
        for (const char *format : {"json", "table", "tsv"}) {
            const CliRun run
                    = m_access.run("audit list", m_access.owner(), {QStringLiteral("-o"), QString::fromUtf8(format)});
            COFFER_VERIFY_EXIT(run, 0);
            QVERIFY(run.out.contains("db-password"));
            QVERIFY2(!run.out.contains(m_dbValue) && !run.out.contains(m_apiValue), format);
            QVERIFY(!run.err.contains(m_dbValue));
        }
        const QString file = m_cli.path(QStringLiteral("values-check.jsonl"));
        COFFER_VERIFY_EXIT(m_access.run("audit export", m_access.owner(), {QStringLiteral("--file"), file}), 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray bytes = exported.readAll();
        QVERIFY(bytes.contains("SecretGet"));
        QVERIFY(!bytes.contains(m_dbValue) && !bytes.contains(m_apiValue));
    }

    void filters()
    {
        const QJsonArray gets = list(opts("--operation secretget"));
        QCOMPARE(column(gets, "operationName"), QStringList(3, QStringLiteral("SecretGet")));
        QCOMPARE(column(gets, "resultType"), opts("Success Forbidden NotFound"));

        const QJsonArray failed = list(opts("--operation SecretGet --result Forbidden,notfound"));
        QCOMPARE(column(failed, "resultType"), opts("Forbidden NotFound"));
        const QJsonArray twoOps = list(opts("--operation SecretSet --operation SecretList"));
        QCOMPARE(column(twoOps, "operationName"), opts("SecretSet SecretSet SecretList"));

        const QJsonArray byAlice = list(opts("--principal alice"));
        QVERIFY(!byAlice.isEmpty());
        for (const QJsonValue &row : byAlice)
            QCOMPARE(row.toObject().value(u"principal").toObject().value(u"name").toString(), QStringLiteral("alice"));
        QCOMPARE(list(QStringList {QStringLiteral("--principal"), m_ownerId, QStringLiteral("--operation"),
                                   QStringLiteral("SecretSet")})
                         .size(),
                 2);

        const QJsonArray target = list(opts("--target DB-PASSWORD"));
        QVERIFY(target.size() >= 3);
        for (const QJsonValue &row : target)
            QVERIFY(row.toObject().value(u"target").toString().contains(QStringLiteral("db-password")));

        const QJsonArray all = list();
        const QJsonArray newest = list(opts("--limit 2 --newest-first"));
        QCOMPARE(newest.size(), 2);
        QVERIFY(newest.at(0).toObject().value(u"sequence").toInteger()
                > all.last().toObject().value(u"sequence").toInteger()); // the first list is recorded too
        QCOMPARE(newest.at(1).toObject().value(u"sequence").toInteger(),
                 newest.at(0).toObject().value(u"sequence").toInteger() - 1);
        QCOMPARE(list(opts("--limit 1")).at(0).toObject().value(u"sequence").toInteger(), 1);

        QCOMPARE(list(opts("--from 2999-01-01")).size(), 0);
        QCOMPARE(list(opts("--to 2000-01-01T00:00:00Z")).size(), 0);
        QVERIFY(list(opts("--operation SecretGet --from 1h")).size() == 3);
        QVERIFY(list(opts("--operation SecretGet --from 2000-01-01 --to 2999-12-31")).size() == 3);
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        QCOMPARE(list(QStringList {QStringLiteral("--operation"), QStringLiteral("SecretSet"), QStringLiteral("--to"),
                                   today})
                         .size(),
                 2); // a date alone as --to: through the end of that day

        const std::pair<const char *, const char *> bad[] = {
                {"--from yesterday", "needs a time"},
                {"--to 2026-13-01", "needs a time"},
                {"--operation NoSuchThing", "there is no operation 'NoSuchThing'"},
                {"--result Maybe", "--result needs Success"},
                {"--limit 0", "--limit needs a positive whole number"},
                {"--from 2026-02-01 --to 2026-01-01", "is not before --to"},
        };
        for (const auto &[args, message] : bad) {
            const CliRun run = m_access.run("audit list", m_access.owner(), opts(args));
            COFFER_VERIFY_EXIT(run, 2);
            QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
        }
    }

    void tableOutput()
    {
        const CliRun run = m_access.run("audit list", m_access.owner(), opts("--operation SecretGet -o table"));
        COFFER_VERIFY_EXIT(run, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0).split(u' ', Qt::SkipEmptyParts),
                 opts("Sequence Time Principal Operation Target Result Duration"));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("--------  ")));
        QVERIFY2(lines.at(3).contains(QStringLiteral("alice")) && lines.at(3).contains(QStringLiteral("Forbidden")),
                 run.out.constData());
        QVERIFY(QRegularExpression(QStringLiteral("\\d+\\.\\d{3} ms$")).match(lines.at(2)).hasMatch());
    }

    void stats()
    {
        const QJsonObject stats = AccessCli::ok(
                m_access.run("audit stats", m_access.owner(), opts("--operation SecretGet SecretSet SecretList")));
        const QJsonArray rows = list(opts("--operation SecretGet SecretSet SecretList"));
        QCOMPARE(stats.value(u"total").toInteger(), rows.size());
        QCOMPARE(rows.size(), 6);
        const QJsonObject perResult = stats.value(u"perResult").toObject();
        QCOMPARE(perResult.value(u"Success").toInteger(), 4);
        QCOMPARE(perResult.value(u"Forbidden").toInteger(), 1);
        QCOMPARE(perResult.value(u"NotFound").toInteger(), 1);
        QCOMPARE(perResult.value(u"Conflict").toInteger(), 0);
        QCOMPARE(perResult.value(u"Failed").toInteger(), 0);
        const QJsonArray operations = stats.value(u"perOperation").toArray();
        QCOMPARE(column(operations, "operationName"), opts("SecretGet SecretSet SecretList")); // most frequent first
        QCOMPARE(operations.at(0).toObject().value(u"count").toInteger(), 3);
        const QJsonArray principals = stats.value(u"perPrincipal").toArray();
        QCOMPARE(column(principals, "name"), opts("Olivia alice"));
        QCOMPARE(principals.at(0).toObject().value(u"count").toInteger(), 5);
        QCOMPARE(principals.at(0).toObject().value(u"id").toString(), m_ownerId);
        const QJsonArray days = stats.value(u"perDay").toArray();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.at(0).toObject().value(u"date").toString(),
                 rows.at(0).toObject().value(u"time").toString().left(10));
        QCOMPARE(days.at(0).toObject().value(u"total").toInteger(), 6);

        const CliRun table = m_access.run("audit stats", m_access.owner(), opts("--operation SecretGet -o table"));
        COFFER_VERIFY_EXIT(table, 0);
        QStringList lines = QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0).split(u' ', Qt::SkipEmptyParts),
                 opts("Group Name Count Success Forbidden NotFound Conflict Failed"));
        auto cells = [&lines](const QString &start) {
            for (const QString &line : std::as_const(lines))
                if (line.startsWith(start))
                    return line.split(u' ', Qt::SkipEmptyParts);
            return QStringList();
        };
        QCOMPARE(cells(QStringLiteral("total")), opts("total 3 1 1 1 0 0"));
        QCOMPARE(cells(QStringLiteral("result     Forbidden")), opts("result Forbidden 1"));
        QCOMPARE(cells(QStringLiteral("operation")), opts("operation SecretGet 3"));
        QCOMPARE(cells(QStringLiteral("principal  Olivia")), opts("principal Olivia 2"));
        QCOMPARE(cells(QStringLiteral("day")).mid(2), opts("3 1 1 1 0 0"));
    }

    void retention()
    {
        const QJsonObject shown = AccessCli::ok(m_access.run("audit retention show", m_access.owner()));
        QCOMPARE(shown.value(u"retentionDays").toInt(), 0);
        QCOMPARE(shown.value(u"keepForever").toBool(), true);
        const CliRun set = m_access.run("audit retention set", m_access.owner(), opts("--days 30"));
        QCOMPARE(AccessCli::ok(set).value(u"retentionDays").toInt(), 30);
        COFFER_VERIFY_STDERR(set, "older than 30 days are removed");
        QCOMPARE(AccessCli::ok(m_access.run("audit retention show", m_access.owner())).value(u"retentionDays").toInt(),
                 30);
        COFFER_VERIFY_EXIT(m_access.run("audit retention set", m_access.owner(), opts("--days -1")), 7);
        COFFER_VERIFY_EXIT(m_access.run("audit retention set", m_access.owner(), opts("--days many")), 2);
        COFFER_VERIFY_EXIT(m_access.run("audit retention set", alice(), opts("--days 1")), 8);
        QCOMPARE(AccessCli::ok(m_access.run("audit retention set", m_access.owner(), opts("--days 0")))
                         .value(u"keepForever")
                         .toBool(),
                 true);
        // Recorded as Azure records a diagnostic-settings change of the vault: VaultPatch.
        const QJsonArray changes = list(opts("--operation AuditSetRetention --result Success"));
        QCOMPARE(column(changes, "operationName"), opts("VaultPatch VaultPatch"));
        QCOMPARE(list(opts("--operation VaultPatch --result Forbidden --principal alice")).size(), 1);
    }

    void auditorsOnly()
    {
        // alice holds no role: the log is not hers to read, and a refused export leaves no file behind.
        const CliRun listed = m_access.run("audit list", alice());
        COFFER_VERIFY_EXIT(listed, 8);
        COFFER_VERIFY_STDERR(listed, "Microsoft.KeyVault/vaults/auditLogs/read");
        const QString file = m_cli.path(QStringLiteral("alice-export.jsonl"));
        COFFER_VERIFY_EXIT(m_access.run("audit export", alice(), {QStringLiteral("--file"), file}), 8);
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(QDir(m_cli.dir()).entryList({QStringLiteral("alice-export*")}, QDir::Files | QDir::Hidden),
                 QStringList());
        COFFER_VERIFY_EXIT(m_access.run("audit stats", alice()), 8);
        const QJsonArray denials = list(opts("--principal alice --operation AuditList AuditExport"));
        QCOMPARE(column(denials, "resultType"), opts("Forbidden Forbidden Forbidden"));
    }

    void importAzureLog()
    {
        const QString file = m_cli.writeFile(QStringLiteral("PT1H.json"), azureLog());
        const QStringList args {QStringLiteral("--file"), file, QStringLiteral("--source"), QStringLiteral("contoso")};
        const CliRun first = m_access.run("audit import", m_access.owner(), args);
        const QJsonObject summary = AccessCli::ok(first);
        QCOMPARE(summary.value(u"added").toInt(), 3);
        QCOMPARE(summary.value(u"duplicates").toInt(), 0);
        QCOMPARE(summary.value(u"skipped").toInt(), 1);
        QCOMPARE(summary.value(u"source").toString(), QStringLiteral("contoso"));
        COFFER_VERIFY_STDERR(first, "warning: skipped record 4");
        COFFER_VERIFY_STDERR(first, "no time");

        const QJsonObject again = AccessCli::ok(m_access.run("audit import", m_access.owner(), args));
        QCOMPARE(again.value(u"added").toInt(), 0);
        QCOMPARE(again.value(u"duplicates").toInt(), 3);

        const QJsonArray events = AccessCli::okArray(m_access.run("audit imported", m_access.owner()));
        QCOMPARE(column(events, "operationName"), opts("VaultGet SecretGet SecretGet"));
        const QJsonObject denied = events.at(2).toObject();
        QCOMPARE(denied.value(u"resultType").toString(), QStringLiteral("Forbidden"));
        QCOMPARE(denied.value(u"source").toString(), QStringLiteral("contoso"));
        QCOMPARE(denied.value(u"time").toString(), QStringLiteral("2026-01-05T02:11:00.500Z"));
        QCOMPARE(denied.value(u"callerIpAddress").toString(), QStringLiteral("10.9.9.9"));
        QCOMPARE(denied.value(u"durationMs").toInteger(), 3);
        QCOMPARE(denied.value(u"properties").toObject().value(u"httpStatusCode").toInt(), 403);
        QCOMPARE(denied.value(u"properties").toObject().value(u"id").toString(),
                 QStringLiteral("https://contosokeyvault.vault.azure.net/secrets/db-password"));
        QCOMPARE(events.at(1).toObject().value(u"identity").toObject().value(u"name").toString(),
                 QStringLiteral("alice@contoso.com"));

        QCOMPARE(AccessCli::okArray(m_access.run("audit imported", m_access.owner(), opts("--operation secretget")))
                         .size(),
                 2);
        QCOMPARE(AccessCli::okArray(m_access.run("audit imported", m_access.owner(),
                                                 opts("--from 2026-01-05T02:00:00Z --to 2026-01-05T02:11:00Z")))
                         .size(),
                 1);
        QCOMPARE(
                AccessCli::okArray(m_access.run("audit imported", m_access.owner(), opts("--source elsewhere"))).size(),
                0);
        const CliRun table = m_access.run("audit imported", m_access.owner(), opts("-o table"));
        COFFER_VERIFY_EXIT(table, 0);
        QVERIFY(table.out.startsWith("Time "));
        QVERIFY(table.out.contains("alice@contoso.com"));

        // Imported events are not part of the vault's own log.
        const CliRun own = m_access.run("audit list", m_access.owner());
        QVERIFY(!own.out.contains("10.9.9.9") && !own.out.contains("alice@contoso.com"));
        QCOMPARE(list(opts("--operation AuditImport")).size(), 2);

        const QString notAzure = m_cli.writeFile(QStringLiteral("notes.json"), "{\"hello\": \"world\"}\n");
        const CliRun refused = m_access.run("audit import", m_access.owner(), {QStringLiteral("--file"), notAzure});
        COFFER_VERIFY_EXIT(refused, 7);
        COFFER_VERIFY_EXIT(m_access.run("audit import", m_access.owner(),
                                        {QStringLiteral("--file"), m_cli.path(QStringLiteral("absent.json"))}),
                           4);
    }
};

QTEST_GUILESS_MAIN(TestAuditCommands)
#include "TestAuditCommands.moc"
