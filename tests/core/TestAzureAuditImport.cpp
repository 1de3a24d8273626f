#include "core/audit/AzureAuditImport.h"
#include "core/audit/ImportedStore.h"
#include "core/crypto/Random.h"
#include "core/storage/Database.h"
#include "tests/support/TestUtil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace coffer;
using namespace coffer::audit;
using storage::Database;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("COFFER_SOURCE_DIR") + QStringLiteral("/tests/core/fixtures/azure-audit/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing (COFFER_SOURCE_DIR is set by CTest)", qPrintable(file.fileName()));
    return file.readAll();
}

// Every field but raw that differs, as "field: actual != expected".
QStringList differences(const ImportedEvent &a, const ImportedEvent &e)
{
    QStringList out;
    const auto check = [&](const char *name, const QVariant &actual, const QVariant &expected) {
        if (actual != expected)
            out.append(QStringLiteral("%1: %2 != %3")
                               .arg(QLatin1StringView(name), actual.toString(), expected.toString()));
    };
    check("source", a.source, e.source);
    check("time", a.time, e.time);
    check("resourceId", a.resourceId, e.resourceId);
    check("vaultName", a.vaultName, e.vaultName);
    check("operationName", a.operationName, e.operationName);
    check("operationVersion", a.operationVersion, e.operationVersion);
    check("resultType", a.resultType, e.resultType);
    check("httpStatusCode", a.httpStatusCode, e.httpStatusCode);
    check("resultDescription", a.resultDescription, e.resultDescription);
    check("durationMs", a.durationMs, e.durationMs);
    check("callerIpAddress", a.callerIpAddress, e.callerIpAddress);
    check("correlationId", a.correlationId, e.correlationId);
    check("identityUpn", a.identityUpn, e.identityUpn);
    check("identityObjectId", a.identityObjectId, e.identityObjectId);
    check("identityAppId", a.identityAppId, e.identityAppId);
    check("requestUri", a.requestUri, e.requestUri);
    check("target", a.target, e.target);
    check("clientInfo", a.clientInfo, e.clientInfo);
    check("isRbacAuthorized", a.isRbacAuthorized, e.isRbacAuthorized);
    check("isAccessPolicyMatch", a.isAccessPolicyMatch, e.isAccessPolicyMatch);
    return out;
}

#define COMPARE_EVENT(actual, expected) \
    do { \
        const QStringList diff_ = differences((actual), (expected)); \
        QVERIFY2(diff_.isEmpty(), qPrintable(diff_.join(QStringLiteral("; ")))); \
    } while (false)

const QString contosoKv
        = QStringLiteral("/SUBSCRIPTIONS/6F1E2D3C-0000-4A5B-9C8D-112233445566/RESOURCEGROUPS/CONTOSO-RG/"
                         "PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/CONTOSO-KV");
const QString pythonClient
        = QStringLiteral("azsdk-python-keyvault-secrets/4.7.0 Python/3.11.4 (Linux-6.2.0-x86_64-with-glibc2.35)");
const QString alice = QStringLiteral("alice@contoso.example");
const QString aliceOid = QStringLiteral("d4ba3e84-0444-4841-aaf7-0123456789ab");
const QString azureCliAppId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");

// The six records of fixtures/azure-audit/PT1H.json, read by hand.
QList<ImportedEvent> expectedPt1h()
{
    ImportedEvent base;
    base.source = QStringLiteral("PT1H.json");
    base.resourceId = contosoKv;
    base.vaultName = QStringLiteral("CONTOSO-KV");
    base.operationVersion = QStringLiteral("7.4");
    base.resultType = QStringLiteral("Success");
    base.httpStatusCode = 200;
    QList<ImportedEvent> e(6, base);

    e[0].time = utc(2024, 4, 3, 14, 8, 43, 431); // .4316531Z
    e[0].operationName = QStringLiteral("SecretGet");
    e[0].durationMs = 9;
    e[0].callerIpAddress = QStringLiteral("203.0.113.10");
    e[0].correlationId = QStringLiteral("c86f2715-79c5-433f-937c-ed76ddde840c");
    e[0].identityUpn = alice;
    e[0].identityObjectId = aliceOid;
    e[0].identityAppId = azureCliAppId;
    e[0].requestUri = QStringLiteral("https://contoso-kv.vault.azure.net/secrets/db-password/?api-version=7.4");
    e[0].target
            = QStringLiteral("https://contoso-kv.vault.azure.net/secrets/db-password/4387e9f3d6e14c459867679a90fd0f79");
    e[0].clientInfo = pythonClient;
    e[0].isAccessPolicyMatch = true;

    e[1] = e[0];
    e[1].time = utc(2024, 4, 3, 14, 9, 1, 611);
    e[1].operationName = QStringLiteral("SecretList");
    e[1].durationMs = 76;
    e[1].correlationId = QStringLiteral("58127e84-c72e-4f7c-9cd6-a68b8a5da547");
    e[1].requestUri = QStringLiteral("https://contoso-kv.vault.azure.net/secrets?api-version=7.4&maxresults=25");
    e[1].target.clear();

    // A service principal: no upn, so the app id names the caller. 12.9990001 truncates, it does not round up.
    e[2].time = utc(2024, 4, 3, 14, 10, 12, 999);
    e[2].operationName = QStringLiteral("KeySign");
    e[2].durationMs = 31;
    e[2].callerIpAddress = QStringLiteral("10.20.30.40");
    e[2].correlationId = QStringLiteral("e6f5733d-2c7d-4d66-94bb-7d77a434a44c");
    e[2].identityUpn = QStringLiteral("9f8e7d6c-5b4a-4321-8fed-cba987654321");
    e[2].identityObjectId = QStringLiteral("a1b2c3d4-0000-4e5f-8a9b-abcdefabcdef");
    e[2].identityAppId = QStringLiteral("9f8e7d6c-5b4a-4321-8fed-cba987654321");
    e[2].target
            = QStringLiteral("https://contoso-kv.vault.azure.net/keys/signing-key/78deebed173b48e48f55abf87ed4cf71");
    e[2].requestUri = e[2].target + QStringLiteral("/sign?api-version=7.4");
    e[2].clientInfo = QStringLiteral("azsdk-net-Security.KeyVault.Keys/4.6.0 (.NET 8.0.1; Ubuntu 22.04.3 LTS)");
    e[2].isRbacAuthorized = true;

    // Management plane: the long claim URIs.
    e[3].time = utc(2024, 4, 3, 14, 10, 30, 100);
    e[3].operationName = QStringLiteral("VaultPatch");
    e[3].operationVersion = QStringLiteral("2023-07-01");
    e[3].durationMs = 104;
    e[3].callerIpAddress = QStringLiteral("198.51.100.23");
    e[3].correlationId = QStringLiteral("9c4e803e-2ab4-47c4-8ef7-04414dd1a9ca");
    e[3].identityUpn = QStringLiteral("admin@contoso.example");
    e[3].identityObjectId = QStringLiteral("0f0e0d0c-1111-4222-8333-444455556666");
    e[3].identityAppId = QStringLiteral("c44b4083-3bb0-49c1-b47d-974e53cbdf3c");
    e[3].requestUri = QStringLiteral("https://management.azure.com/subscriptions/6f1e2d3c-0000-4a5b-9c8d-112233445566/"
                                     "resourceGroups/contoso-rg/providers/Microsoft.KeyVault/vaults/contoso-kv"
                                     "?api-version=2023-07-01");
    e[3].target = QStringLiteral("https://contoso-kv.vault.azure.net/");
    e[3].clientInfo = QStringLiteral("AZURECLI/2.61.0");

    // Unauthenticated: no identity, no httpStatusCode (401 comes from resultSignature), durationMs a number.
    e[4].time = utc(2024, 4, 3, 14, 11, 0, 500);
    e[4].operationName = QStringLiteral("Authentication");
    e[4].resultType = QStringLiteral("Unauthorized");
    e[4].httpStatusCode = 401;
    e[4].resultDescription = QStringLiteral("Request is missing a Bearer or PoP token.");
    e[4].callerIpAddress = QStringLiteral("198.51.100.7");
    e[4].correlationId = QStringLiteral("7d6614cb-fe4d-4dbd-8258-b3bc299eb5bc");
    e[4].requestUri = QStringLiteral("https://contoso-kv.vault.azure.net/secrets/db-password?api-version=7.4");
    e[4].clientInfo = QStringLiteral("curl/8.4.0");

    // Denied by RBAC: Azure writes resultType "Success" (the request was processed) and the 403 beside it.
    e[5].time = utc(2024, 4, 3, 14, 12, 45, 94);
    e[5].operationName = QStringLiteral("SecretGet");
    e[5].httpStatusCode = 403;
    e[5].resultDescription = QStringLiteral(
            "Caller is not authorized to perform action on resource.\nIf role assignments, deny assignments or role "
            "definitions were changed recently, please observe propagation time.\nAction: "
            "'Microsoft.KeyVault/vaults/secrets/getSecret/action'\nAssignment: (not found)");
    e[5].durationMs = 27;
    e[5].callerIpAddress = QStringLiteral("192.0.2.44");
    e[5].correlationId = QStringLiteral("1b3aa393-f142-4329-8b1f-c5222119ae35");
    e[5].identityUpn = QStringLiteral("bob@contoso.example");
    e[5].identityObjectId = QStringLiteral("5e6f7a8b-2222-4333-9444-555566667777");
    e[5].identityAppId = azureCliAppId;
    e[5].requestUri = QStringLiteral("https://contoso-kv.vault.azure.net/secrets/db-password?api-version=7.4");
    e[5].target = QStringLiteral("https://contoso-kv.vault.azure.net/secrets/db-password");
    e[5].clientInfo = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0");
    return e;
}

Result<QList<ImportedEvent>> parse(QByteArrayView json, QStringList *skipped = nullptr,
                                   const QString &source = QStringLiteral("PT1H.json"))
{
    return parseAzureAuditEvents(json, source, skipped);
}

// The refusal text of an input that must be refused as a whole.
QString refusal(QByteArrayView json)
{
    QStringList skipped;
    auto result = parse(json, &skipped);
    if (result)
        return QStringLiteral("(accepted %1 events)").arg(result->size());
    if (!skipped.isEmpty() || result.error().code() != ErrorCode::InvalidArgument)
        return QStringLiteral("(wrong error) ") + result.error().toString();
    return result.error().context();
}

} // namespace

class TestAzureAuditImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBytes m_key = crypto::randomSecret(32);
    int m_counter = 0;

    std::unique_ptr<Database> openDatabase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)), m_key,
                                 Database::Mode::CreateNew);
        if (!db || !ImportedStore::createTables(**db))
            return nullptr;
        return std::move(*db);
    }

    static Result<ImportSummary> storeInTransaction(Database &db, const QList<ImportedEvent> &events)
    {
        storage::Transaction tx(db);
        COFFER_TRY(tx.begin());
        auto summary = ImportedStore::store(db, events);
        if (summary)
            COFFER_TRY(tx.commit());
        return summary;
    }

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void jsonLinesFixture()
    {
        QStringList skipped;
        auto events = parse(fixture(QStringLiteral("PT1H.json")), &skipped);
        COFFER_VERIFY_OK(events);
        QCOMPARE(skipped, QStringList());
        const QList<ImportedEvent> expected = expectedPt1h();
        QCOMPARE(events->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            COMPARE_EVENT(events->at(i), expected.at(i));
        // raw keeps the whole record, including what has no field of its own.
        const QJsonObject vaultPatch = events->at(3).raw;
        QCOMPARE(vaultPatch.value(u"resultSignature").toString(), QStringLiteral("OK"));
        QCOMPARE(vaultPatch[u"properties"][u"properties"][u"softDeleteRetentionInDays"].toInt(), 90);
        QCOMPARE(events->at(0).raw[u"properties"][u"tlsVersion"].toString(), QStringLiteral("TLS1_3"));
    }

    void recordsFixtureAndOtherLayouts()
    {
        const QByteArray pretty = fixture(QStringLiteral("records.json"));
        QStringList skipped;
        auto events = parse(pretty, &skipped, QStringLiteral("contoso-2016"));
        COFFER_VERIFY_OK(events);
        QCOMPARE(skipped, QStringList());
        QCOMPARE(events->size(), 2);

        ImportedEvent vaultGet;
        vaultGet.source = QStringLiteral("contoso-2016");
        vaultGet.time = utc(2016, 1, 5, 1, 32, 1, 269);
        vaultGet.resourceId = QStringLiteral("/SUBSCRIPTIONS/361DA5D4-A47A-4C79-AFDD-000000000000/RESOURCEGROUPS/"
                                             "CONTOSOGROUP/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/CONTOSOKEYVAULT");
        vaultGet.vaultName = QStringLiteral("CONTOSOKEYVAULT");
        vaultGet.operationName = QStringLiteral("VaultGet");
        vaultGet.operationVersion = QStringLiteral("2015-06-01");
        vaultGet.resultType = QStringLiteral("Success");
        vaultGet.httpStatusCode = 200;
        vaultGet.durationMs = 78;
        vaultGet.callerIpAddress = QStringLiteral("104.40.82.76");
        vaultGet.identityUpn = QStringLiteral("live.com#username@outlook.com");
        vaultGet.identityObjectId = QStringLiteral("d9da5048-2737-4770-bd64-000000000000");
        vaultGet.identityAppId = QStringLiteral("1950a258-227b-4e31-a9cf-000000000000");
        vaultGet.requestUri = QStringLiteral(
                "https://control-prod-wus.vaultcore.azure.net/subscriptions/361da5d4-a47a-4c79-afdd-000000000000/"
                "resourcegroups/contosoresourcegroup/providers/Microsoft.KeyVault/vaults/contosokeyvault"
                "?api-version=2015-06-01");
        vaultGet.target = QStringLiteral("https://contosokeyvault.vault.azure.net/");
        vaultGet.clientInfo = QStringLiteral("azure-resource-manager/2.0");
        COMPARE_EVENT(events->at(0), vaultGet);

        ImportedEvent keyCreate = vaultGet;
        keyCreate.time = utc(2016, 1, 5, 1, 33, 56, 526);
        keyCreate.operationName = QStringLiteral("KeyCreate");
        keyCreate.durationMs = 1102;
        keyCreate.requestUri = QStringLiteral(
                "https://contosokeyvault.vault.azure.net/keys/ContosoFirstKey/create?api-version=2015-06-01");
        keyCreate.target = QStringLiteral(
                "https://contosokeyvault.vault.azure.net/keys/ContosoFirstKey/5b4f8e2a3c1d4e6f9a0b1c2d3e4f5a6b");
        keyCreate.clientInfo = QStringLiteral("PowerShell/5.0");
        COMPARE_EVENT(events->at(1), keyCreate);

        // The same records on one line, as a bare array, and as two {"records"} lines: the same events.
        const QJsonObject wrapper = QJsonDocument::fromJson(pretty).object();
        const QByteArray oneLine = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
        const QByteArray array = QJsonDocument(wrapper.value(u"records").toArray()).toJson();
        for (const QByteArray &layout : {oneLine, array, QByteArray(oneLine + "\n" + oneLine + "\n")}) {
            auto again = parse(layout, nullptr, QStringLiteral("contoso-2016"));
            COFFER_VERIFY_OK(again);
            QCOMPARE(again->size(), layout.count('\n') == 2 ? 4 : 2);
            COMPARE_EVENT(again->at(0), vaultGet);
            COMPARE_EVENT(again->at(1), keyCreate);
            QCOMPARE(again->at(1).raw, events->at(1).raw);
        }
    }

    void byteOrderMarkAndCrlf()
    {
        const QByteArray bytes = fixture(QStringLiteral("bom-crlf.json"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF") && bytes.contains("\r\n"));
        QStringList skipped;
        auto events = parse(bytes, &skipped, QStringLiteral("bom"));
        COFFER_VERIFY_OK(events);
        QCOMPARE(skipped, QStringList());
        QCOMPARE(events->size(), 3);
        const ImportedEvent &keyGet = events->at(0);
        QCOMPARE(keyGet.time, utc(2024, 4, 3, 14, 2, 45, 94));
        QCOMPARE(keyGet.vaultName, QStringLiteral("TESTPERMISSIONVAULT"));
        QCOMPARE(keyGet.operationName, QStringLiteral("KeyGet"));
        QCOMPARE(keyGet.resultType, QStringLiteral("Success"));
        QCOMPARE(keyGet.httpStatusCode, 404);
        QCOMPARE(keyGet.durationMs, 22);
        QCOMPARE(keyGet.identityUpn, QStringLiteral("john.doe@dummy.example"));
        QCOMPARE(keyGet.target, QStringLiteral("https://testpermissionvault.vault.azure.net/keys/old-key"));
        QCOMPARE(events->at(1).operationName, QStringLiteral("SecretSet"));
        QCOMPARE(events->at(1).durationMs, 575);
        const ImportedEvent &import = events->at(2);
        QCOMPARE(import.operationName, QStringLiteral("CertificateImport"));
        QCOMPARE(import.time, utc(2024, 4, 8, 15, 10, 25, 299));
        QCOMPARE(import.httpStatusCode, 400);
        QCOMPARE(import.operationVersion, QStringLiteral("7.0"));
        QCOMPARE(import.clientInfo, QStringLiteral("Mozilla/5.0 (X11; Ubuntu; Linux x86_64) Firefox/124.0"));

        // The same file saved as UTF-16 (little and big endian) with its byte order mark.
        const QString text = QString::fromUtf8(bytes.sliced(3));
        QByteArray utf16le("\xFF\xFE", 2), utf16be("\xFE\xFF", 2);
        for (const QChar c : text) {
            utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
            utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        }
        for (const QByteArray &wide : {utf16le, utf16be}) {
            auto again = parse(wide, nullptr, QStringLiteral("bom"));
            COFFER_VERIFY_OK(again);
            QCOMPARE(again->size(), 3);
            COMPARE_EVENT(again->at(2), import);
        }
    }

    void damagedLineIsSkippedAndNamed()
    {
        QStringList skipped;
        auto events = parse(fixture(QStringLiteral("damaged-line.json")), &skipped);
        COFFER_VERIFY_OK(events);
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.first().startsWith(QStringLiteral("line 3: not valid JSON (")), qPrintable(skipped.first()));
        const QList<ImportedEvent> expected = expectedPt1h();
        QCOMPARE(events->size(), 4);
        COMPARE_EVENT(events->at(0), expected.at(0));
        COMPARE_EVENT(events->at(1), expected.at(1));
        COMPARE_EVENT(events->at(2), expected.at(5));
        COMPARE_EVENT(events->at(3), expected.at(3));
    }

    void recordsThatCannotBeReadAreNamed()
    {
        const QByteArray good = fixture(QStringLiteral("PT1H.json")).split('\n').first();
        QJsonObject noTime = QJsonDocument::fromJson(good).object();
        noTime.remove(u"time");
        QJsonObject badTime = QJsonDocument::fromJson(good).object();
        badTime[u"time"] = QStringLiteral("2024-02-30T10:00:00Z");
        QJsonObject noOperation = QJsonDocument::fromJson(good).object();
        noOperation.remove(u"operationName");
        QJsonObject otherCategory = QJsonDocument::fromJson(good).object();
        otherCategory[u"category"] = QStringLiteral("AzurePolicyEvaluationDetails");
        QJsonObject otherResource = QJsonDocument::fromJson(good).object();
        otherResource[u"resourceId"] = QStringLiteral("/SUBSCRIPTIONS/X/PROVIDERS/MICROSOFT.STORAGE/ACCOUNTS/S");
        const auto line = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        const QByteArray input = good + "\n" + line(noTime) + "\n\n" + line(badTime) + "\n" + line(noOperation) + "\n"
                + line(otherCategory) + "\n[1,2]\n" + line(otherResource) + "\n" + good + "\n";
        QStringList skipped {QStringLiteral("kept")};
        auto events = parse(input, &skipped);
        COFFER_VERIFY_OK(events);
        QCOMPARE(events->size(), 2);
        QCOMPARE(skipped,
                 QStringList({QStringLiteral("kept"), QStringLiteral("line 2: no time"),
                              QStringLiteral("line 4: time \"2024-02-30T10:00:00Z\" is not a date and time"),
                              QStringLiteral("line 5: no operationName"),
                              QStringLiteral("line 6: category is \"AzurePolicyEvaluationDetails\", not AuditEvent"),
                              QStringLiteral("line 7: not a JSON object"),
                              QStringLiteral("line 8: resourceId \"/SUBSCRIPTIONS/X/PROVIDERS/MICROSOFT.STORAGE/"
                                             "ACCOUNTS/S\" is not a Key Vault")}));
    }

    void notAnAzureKeyVaultLog()
    {
        const QString prefix = QStringLiteral("this is not an Azure Key Vault audit log: ");
        QCOMPARE(refusal(fixture(QStringLiteral("storage-read.json"))),
                 prefix
                         + QStringLiteral(
                                 "line 1: category is \"StorageRead\", not AuditEvent (no record of 2 is readable)"));
        QCOMPARE(refusal("{\"name\": \"coffer\", \"version\": \"1.0.0\"}\n"),
                 prefix
                         + QStringLiteral("line 1: nothing marks it as a Key Vault AuditEvent (no category, "
                                          "no resourceId)"));
        // An Activity log event about the same vault (its category and operationName are objects).
        QCOMPARE(refusal(fixture(QStringLiteral("activity-log.json"))),
                 prefix + QStringLiteral("line 1: category is \"Administrative\", not AuditEvent"));
        QCOMPARE(refusal("time,resourceId,operationName\n2024-04-03,x,SecretGet\n"),
                 prefix + QStringLiteral("not JSON (it begins with \"time,resourceId,operatio\")"));
        QCOMPARE(refusal(""), prefix + QStringLiteral("the file is empty"));
        QCOMPARE(refusal("\xEF\xBB\xBF \r\n"), prefix + QStringLiteral("the file is empty"));
        QCOMPARE(refusal("[1, 2, 3]"),
                 prefix + QStringLiteral("record 1: not a JSON object (no record of 3 is readable)"));
        QVERIFY(refusal("[{\"time\": ").startsWith(prefix + QStringLiteral("not valid JSON (")));
        QVERIFY(refusal("{\n  \"records\": [\n    {\"time\": \n")
                        .startsWith(prefix + QStringLiteral("not valid JSON (")));
        // An empty log is a log.
        for (const char *empty : {"[]", "{\"records\": []}", "{\"records\":[]}\n"}) {
            auto events = parse(empty);
            COFFER_VERIFY_OK(events);
            QVERIFY(events->isEmpty());
        }
    }

    void sizeLimit()
    {
        // Untouched pages are never committed, so this costs almost nothing; the size alone refuses it.
        const QByteArray huge(maxAzureAuditBytes + 1, Qt::Uninitialized);
        auto result = parse(huge);
        COFFER_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
        QCOMPARE(result.error().context(),
                 QStringLiteral("the file is too large to import: 512 MiB, the limit is 512 MiB; import it in parts "
                                "(one PT1H.json per hour)"));
    }

    void timesAndStatuses()
    {
        QCOMPARE(parseAzureTime(u"2016-01-05T01:32:01.2691226Z"), utc(2016, 1, 5, 1, 32, 1, 269));
        QCOMPARE(parseAzureTime(u"2024-12-31T23:59:59.9999999Z"), utc(2024, 12, 31, 23, 59, 59, 999));
        QCOMPARE(parseAzureTime(u"2024-04-03T14:11:00Z"), utc(2024, 4, 3, 14, 11, 0, 0));
        QCOMPARE(parseAzureTime(u"2024-04-03T14:11:00.5"), utc(2024, 4, 3, 14, 11, 0, 500));
        QCOMPARE(parseAzureTime(u"2024-04-03T16:11:00.25+02:00"), utc(2024, 4, 3, 14, 11, 0, 250));
        QCOMPARE(parseAzureTime(u"2024-04-03T14:11:00.25+02:00").timeSpec(), Qt::UTC);
        for (const char16_t *bad : {u"", u"2024-04-03", u"2024-04-03T25:00:00Z", u"2024-02-30T10:00:00Z",
                                    u"2024-04-03T14:11:00.Z", u"2024-04-03T14:11:00Zjunk", u"03/04/2024 14:11:00"})
            QVERIFY2(!parseAzureTime(bad).isValid(), qPrintable(QString::fromUtf16(bad)));

        QCOMPARE(httpStatusFromSignature(u"OK"), 200);
        QCOMPARE(httpStatusFromSignature(u"Accepted"), 202);
        QCOMPARE(httpStatusFromSignature(u"Not Found"), 404);
        QCOMPARE(httpStatusFromSignature(u"Bad Request"), 400);
        QCOMPARE(httpStatusFromSignature(u"TooManyRequests"), 429);
        QCOMPARE(httpStatusFromSignature(u"403"), 403);
        QCOMPARE(httpStatusFromSignature(u"Teapot"), 0);
        QCOMPARE(httpStatusFromSignature(u"42"), 0);
    }

    void logAnalyticsShapes()
    {
        // AZKVAuditLogs as a Log Analytics query returns it (no category; Identity a dynamic column, here as text).
        auto events = parse(fixture(QStringLiteral("azkvauditlogs.json")));
        COFFER_VERIFY_OK(events);
        QCOMPARE(events->size(), 1);
        // The same call as PT1H.json's denied SecretGet; _ResourceId comes in lower case.
        ImportedEvent expected = expectedPt1h().at(5);
        expected.resourceId = contosoKv.toLower();
        expected.vaultName = QStringLiteral("contoso-kv");
        COMPARE_EVENT(events->at(0), expected);

        // AzureDiagnostics: Category AuditEvent, properties and claims flattened into typed columns.
        events = parse(fixture(QStringLiteral("azurediagnostics.json")));
        COFFER_VERIFY_OK(events);
        QCOMPARE(events->size(), 1);
        COMPARE_EVENT(events->at(0), expected);
    }

    void storeQueryAndReimport()
    {
        auto db = openDatabase();
        QVERIFY(db);
        auto pt1h = parse(fixture(QStringLiteral("PT1H.json")));
        auto old = parse(fixture(QStringLiteral("records.json")), nullptr, QStringLiteral("records.json"));
        COFFER_VERIFY_OK(pt1h);
        COFFER_VERIFY_OK(old);

        COFFER_VERIFY_ERROR(ImportedStore::store(*db, *pt1h), ErrorCode::Internal); // no transaction
        auto first = storeInTransaction(*db, *pt1h);
        COFFER_VERIFY_OK(first);
        QCOMPARE(first->read, 6);
        QCOMPARE(first->added, 6);
        QCOMPARE(first->duplicates, 0);
        auto again = storeInTransaction(*db, *pt1h);
        COFFER_VERIFY_OK(again);
        QCOMPARE(again->read, 6);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->duplicates, 6);
        // The same records under another name are still the same events.
        auto renamed = storeInTransaction(
                *db, *parse(fixture(QStringLiteral("PT1H.json")), nullptr, QStringLiteral("copy of PT1H.json")));
        COFFER_VERIFY_OK(renamed);
        QCOMPARE(renamed->added, 0);
        // Two events that share time, operation, target, caller and an empty correlationId stay two.
        QList<ImportedEvent> twins = *old;
        twins.removeLast();
        twins.append(twins.first());
        twins.last().raw[u"durationMs"] = QStringLiteral("79");
        twins.last().durationMs = 79;
        auto withOld = storeInTransaction(*db, twins + *old);
        COFFER_VERIFY_OK(withOld);
        QCOMPARE(withOld->read, 4);
        QCOMPARE(withOld->added, 3);
        QCOMPARE(withOld->duplicates, 1);

        auto sources = ImportedStore::sources(*db);
        COFFER_VERIFY_OK(sources);
        QCOMPARE(*sources, QStringList({QStringLiteral("PT1H.json"), QStringLiteral("records.json")}));

        auto all = ImportedStore::query(*db, {});
        COFFER_VERIFY_OK(all);
        QCOMPARE(all->size(), 9);
        // Oldest first; read back with every field as parsed.
        QCOMPARE(all->at(0).operationName, QStringLiteral("VaultGet"));
        QCOMPARE(all->at(1).operationName, QStringLiteral("VaultGet"));
        QCOMPARE(all->at(1).durationMs, 79);
        QCOMPARE(all->at(2).operationName, QStringLiteral("KeyCreate"));
        const QList<ImportedEvent> expected = expectedPt1h();
        for (qsizetype i = 0; i < expected.size(); ++i) {
            COMPARE_EVENT(all->at(3 + i), expected.at(i));
            QCOMPARE(all->at(3 + i).raw, pt1h->at(i).raw);
        }

        // The stored columns a console could sort on directly.
        auto row = db->prepare("SELECT time, vault_name, operation, result_type, http_status, duration_ms, caller_ip,"
                               " correlation_id, identity, target FROM audit_imported WHERE operation = 'KeySign'");
        COFFER_VERIFY_OK(row);
        QVERIFY(*row->step());
        QCOMPARE(row->int64(0), utc(2024, 4, 3, 14, 10, 12, 999).toMSecsSinceEpoch());
        QCOMPARE(row->text(1), QStringLiteral("CONTOSO-KV"));
        QCOMPARE(row->text(2), QStringLiteral("KeySign"));
        QCOMPARE(row->text(3), QStringLiteral("Success"));
        QCOMPARE(row->int64(4), 200);
        QCOMPARE(row->int64(5), 31);
        QCOMPARE(row->text(6), QStringLiteral("10.20.30.40"));
        QCOMPARE(row->text(7), QStringLiteral("e6f5733d-2c7d-4d66-94bb-7d77a434a44c"));
        QCOMPARE(row->text(8), QStringLiteral("9f8e7d6c-5b4a-4321-8fed-cba987654321"));
        QCOMPARE(
                row->text(9),
                QStringLiteral("https://contoso-kv.vault.azure.net/keys/signing-key/78deebed173b48e48f55abf87ed4cf71"));
    }

    void filters()
    {
        auto db = openDatabase();
        QVERIFY(db);
        auto pt1h = parse(fixture(QStringLiteral("PT1H.json")));
        auto old = parse(fixture(QStringLiteral("records.json")), nullptr, QStringLiteral("records.json"));
        COFFER_VERIFY_OK(storeInTransaction(*db, *pt1h + *old));
        const auto operationsOf = [&](const ImportedFilter &filter) {
            QStringList names;
            auto events = ImportedStore::query(*db, filter);
            if (!events)
                return QStringList {events.error().toString()};
            for (const ImportedEvent &event : *events)
                names.append(event.operationName + u'@' + event.time.toString(Qt::ISODateWithMs));
            return names;
        };
        ImportedFilter filter;
        filter.operations = {QStringLiteral("SecretGet"), QStringLiteral("VaultGet")};
        QCOMPARE(operationsOf(filter),
                 QStringList({QStringLiteral("VaultGet@2016-01-05T01:32:01.269Z"),
                              QStringLiteral("SecretGet@2024-04-03T14:08:43.431Z"),
                              QStringLiteral("SecretGet@2024-04-03T14:12:45.094Z")}));
        filter.source = QStringLiteral("PT1H.json");
        QCOMPARE(operationsOf(filter).size(), 2);
        filter = {};
        filter.from = utc(2024, 4, 3, 14, 9, 1, 611); // inclusive
        filter.to = utc(2024, 4, 3, 14, 11, 0, 500); // exclusive
        QCOMPARE(operationsOf(filter),
                 QStringList({QStringLiteral("SecretList@2024-04-03T14:09:01.611Z"),
                              QStringLiteral("KeySign@2024-04-03T14:10:12.999Z"),
                              QStringLiteral("VaultPatch@2024-04-03T14:10:30.100Z")}));
        filter.limit = 2;
        QCOMPARE(operationsOf(filter).size(), 2);
        filter = {};
        filter.source = QStringLiteral("records.json");
        QCOMPARE(operationsOf(filter),
                 QStringList({QStringLiteral("VaultGet@2016-01-05T01:32:01.269Z"),
                              QStringLiteral("KeyCreate@2016-01-05T01:33:56.526Z")}));
        filter.source = QStringLiteral("nothing");
        QCOMPARE(operationsOf(filter), QStringList());
    }

    void largeFile()
    {
        // 100,000 lines modelled on PT1H.json's first record, 37 ms apart, three operations.
        const QByteArray templ = fixture(QStringLiteral("PT1H.json")).split('\n').first();
        const QByteArray time = "2024-04-03T14:08:43.4316531Z", correlation = "c86f2715-79c5-433f-937c-ed76ddde840c";
        const QDateTime start = utc(2024, 4, 3, 0, 0, 0, 0);
        const QByteArray operations[] = {"\"SecretGet\"", "\"SecretList\"", "\"KeySign\""};
        QByteArray file;
        file.reserve(qsizetype(templ.size() + 2) * 100000);
        for (int i = 0; i < 100000; ++i) {
            QByteArray line = templ;
            // "…T00:00:00.037Z" → "…T00:00:00.0371234Z"
            line.replace(time,
                         QByteArray(start.addMSecs(qint64(i) * 37).toString(Qt::ISODateWithMs).chopped(1).toLatin1()
                                    + "1234Z"));
            line.replace(correlation,
                         QByteArray(QByteArray::number(i, 16).rightJustified(8, '0') + "-0000-4000-8000-000000000000"));
            line.replace("\"SecretGet\"", operations[i % 3]);
            file += line;
            file += i % 2 ? "\r\n" : "\n";
        }
        QElapsedTimer timer;
        timer.start();
        QStringList skipped;
        auto events = parse(file, &skipped);
        const qint64 parseMs = timer.elapsed();
        COFFER_VERIFY_OK(events);
        QCOMPARE(skipped, QStringList());
        QCOMPARE(events->size(), 100000);
        QCOMPARE(events->at(99999).time, start.addMSecs(99999 * 37));
        QCOMPARE(events->at(99999).operationName, QStringLiteral("SecretGet"));

        auto db = openDatabase();
        QVERIFY(db);
        timer.restart();
        auto summary = storeInTransaction(*db, *events);
        const qint64 storeMs = timer.elapsed();
        COFFER_VERIFY_OK(summary);
        QCOMPARE(summary->added, 100000);
        timer.restart();
        ImportedFilter keySigns;
        keySigns.operations = {QStringLiteral("KeySign")};
        auto queried = ImportedStore::query(*db, keySigns);
        const qint64 queryMs = timer.elapsed();
        COFFER_VERIFY_OK(queried);
        QCOMPARE(queried->size(), 33333);
        qInfo("100,000 lines (%.1f MB): parse %lld ms, store %lld ms, query 33,333 back %lld ms",
              double(file.size()) / 1e6, parseMs, storeMs, queryMs);
    }
};

QTEST_GUILESS_MAIN(TestAzureAuditImport)
#include "TestAzureAuditImport.moc"
