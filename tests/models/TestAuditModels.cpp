// The Audit page's models over a real vault (fast Argon2, a fake clock moved between operations so that times and
// days differ): the record model paging by sequence under QAbstractItemModelTester, filters, core's stats as
// histogram series, timeline lanes per principal and per object, imported Azure events, export and offline
// verification (with a tampered copy), a principal who may not read the log, and a lock cancelling what is queued.
// The rules that need no vault are in TestAuditRules.

#include "core/access/AccessControl.h"
#include "core/audit/AuditService.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AuditFiles.h"
#include "models/AuditFilterState.h"
#include "models/AuditHistogram.h"
#include "models/AuditOperations.h"
#include "models/AuditRecordModel.h"
#include "models/AuditSnapshot.h"
#include "models/AuditText.h"
#include "models/AuditTimelineData.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::models;
using audit::AuditResult;

namespace {
const QByteArray kOwnerPassphrase = "owner passphrase for the audit models";
const QByteArray kMalloryPassphrase = "mallory may not read anything";

QByteArray azureRecord(const char *time, const char *operation, int status, const char *upn, const char *object)
{
    const QString vault = QStringLiteral("https://cloud-kv.vault.azure.net/secrets/") + QLatin1StringView(object);
    QJsonObject claim;
    claim.insert(QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn"), QLatin1StringView(upn));
    claim.insert(QStringLiteral("oid"), QStringLiteral("1111"));
    QJsonObject properties;
    properties.insert(QStringLiteral("clientInfo"), QStringLiteral("azsdk-net"));
    properties.insert(QStringLiteral("requestUri"), QString(vault + u"?api-version=7.4"));
    properties.insert(QStringLiteral("id"), QString(vault + u"/v1"));
    properties.insert(QStringLiteral("httpStatusCode"), status);
    QJsonObject record;
    record.insert(QStringLiteral("time"), QLatin1StringView(time));
    record.insert(QStringLiteral("resourceId"),
                  QStringLiteral("/SUBSCRIPTIONS/0000/RESOURCEGROUPS/RG/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/CLOUD-KV"));
    record.insert(QStringLiteral("operationName"), QLatin1StringView(operation));
    record.insert(QStringLiteral("operationVersion"), QStringLiteral("7.4"));
    record.insert(QStringLiteral("category"), QStringLiteral("AuditEvent"));
    record.insert(QStringLiteral("resultType"), status == 200 ? QStringLiteral("Success") : QStringLiteral("Failure"));
    record.insert(QStringLiteral("resultSignature"), QString::number(status));
    record.insert(QStringLiteral("durationMs"), QStringLiteral("12"));
    record.insert(QStringLiteral("callerIpAddress"), QStringLiteral("10.0.0.4"));
    record.insert(QStringLiteral("correlationId"), QString(QStringLiteral("c-") + QLatin1StringView(time)));
    record.insert(QStringLiteral("identity"), QJsonObject {{QStringLiteral("claim"), claim}});
    record.insert(QStringLiteral("properties"), properties);
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

// Three AuditEvent records as diagnostic settings write them (JSON Lines).
QByteArray azureLog()
{
    return azureRecord("2026-01-01T05:00:00.1234567Z", "SecretGet", 200, "alice@contoso.com", "api-key")
            + azureRecord("2026-01-01T05:10:00.0000000Z", "SecretGet", 403, "eve@contoso.com", "db-password")
            + azureRecord("2026-01-02T07:00:00.0000000Z", "SecretDelete", 404, "alice@contoso.com", "old");
}
} // namespace

class TestAuditModels : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<AuditOperations> m_audit;

    Services services()
    {
        Services s;
        s.clock = &m_clock;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }
    SecretStore &secrets() { return m_session->vault()->secrets(); }

    // Runs one call through the queue, off the GUI thread, and waits for it.
    template<typename T>
    Result<T> runAndWait(AuditOperations &operations, std::function<Result<T>(audit::AuditService &)> work)
    {
        std::optional<Result<T>> out;
        operations.run<T>(this, std::move(work), [&out](Result<T> result) { out.emplace(std::move(result)); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            return Error(ErrorCode::Internal, QStringLiteral("no result"));
        return std::move(*out);
    }
    Result<AuditSnapshot> snapshot(const AuditFilterState &state = {})
    {
        const QDateTime now = m_clock.now();
        return runAndWait<AuditSnapshot>(
                *m_audit, [state, now](audit::AuditService &s) { return AuditSnapshot::load(s, state, now); });
    }
    static void waitLoaded(AuditRecordModel &model) { QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Audit-Vault");
        options.ownerName = QStringLiteral("owner");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kOwnerPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        m_path = created->vault->path();
        m_session = std::make_unique<VaultSession>(m_path, services());
        m_session->adopt(std::move(created->vault));
        m_audit = std::make_unique<AuditOperations>();
        m_audit->setSession(m_session.get());

        // Day 0: the owner writes two secrets, reads one an hour later, and adds mallory (no role at all).
        m_clock.advanceSecs(600);
        COFFER_VERIFY_OK(secrets().set(QStringLiteral("db-password"), SecureBytes(QByteArrayView("pw"))));
        m_clock.advanceSecs(60);
        COFFER_VERIFY_OK(secrets().set(QStringLiteral("api-key"), SecureBytes(QByteArrayView("k"))));
        m_clock.advanceSecs(3600);
        COFFER_VERIFY_OK(secrets().get(QStringLiteral("db-password")));
        COFFER_VERIFY_OK(m_session->vault()->access().createUser(
                QStringLiteral("mallory"), SecureString::fromUtf8(kMalloryPassphrase), Argon2Params::fastForTests()));
        // Day 1: mallory tries to read a secret and is refused.
        m_clock.advanceDays(1);
        {
            auto mallory
                    = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(kMalloryPassphrase)), m_clock);
            COFFER_VERIFY_OK(mallory);
            COFFER_VERIFY_ERROR((*mallory)->secrets().get(QStringLiteral("db-password")), ErrorCode::Forbidden);
        }
        // Day 2: the owner deletes one secret and asks for it again.
        m_clock.advanceDays(1);
        COFFER_VERIFY_OK(secrets().remove(QStringLiteral("api-key")));
        m_clock.advanceSecs(30);
        COFFER_VERIFY_ERROR(secrets().get(QStringLiteral("api-key")), ErrorCode::NotFound);
        m_clock.advanceSecs(30);
    }
    void init() { test::failOnAnyWarning(); }

    void recordModelPagesBySequence()
    {
        AuditRecordModel model(m_audit.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(4);
        QVERIFY(!model.canFetchMore({}));
        model.setFilter({});
        QVERIFY(model.isLoading()); // off the GUI thread
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy pages(&model, &AuditRecordModel::pageLoaded);
        QVERIFY(pages.wait(20000));
        QCOMPARE(pages.first().first().toInt(), 4); // one page, then the tester asks for more
        waitLoaded(model);
        QVERIFY(model.rowCount() >= 4);
        const qint64 newest = model.idAt(model.index(0, 0));
        QVERIFY(newest >= 8);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({})) {
            model.fetchMore({});
            waitLoaded(model);
        }
        QVERIFY(model.isComplete());
        // Every record up to the newest, once each, newest first: pages continued by sequence.
        QCOMPARE(model.rowCount(), int(newest));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.idAt(model.index(row, 0)), newest - row);
        QCOMPARE(model.indexOf(3).row(), int(newest - 3));
        QCOMPARE(model.index(0, AuditRecordModel::SequenceColumn).data().toString(), QString::number(newest));
        QCOMPARE(model.headerData(AuditRecordModel::ResultColumn, Qt::Horizontal).toString(), QStringLiteral("Result"));
    }

    void recordModelFilters()
    {
        AuditRecordModel model(m_audit.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        audit::AuditFilter denied;
        denied.results = {AuditResult::Forbidden};
        model.setFilter(denied);
        waitLoaded(model);
        QVERIFY(model.rowCount() >= 1);
        bool sawMallory = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const audit::AuditRecord *r = model.record(model.index(row, 0));
            QCOMPARE(r->result, AuditResult::Forbidden);
            if (r->principalName == u"mallory" && r->operation == u"SecretGet") {
                sawMallory = true;
                QVERIFY(r->target.endsWith(u"/secrets/db-password"));
                QCOMPARE(model.index(row, AuditRecordModel::TargetColumn).data().toString(),
                         QStringLiteral("/secrets/db-password"));
                QCOMPARE(model.index(row, AuditRecordModel::ResultColumn).data().toString(),
                         QStringLiteral("Forbidden"));
                QCOMPARE(model.index(row, AuditRecordModel::ResultColumn).data(Qt::ForegroundRole).value<QColor>(),
                         AuditText::resultColor(AuditResult::Forbidden));
                QCOMPARE(model.index(row, AuditRecordModel::TimeColumn).data().toString(),
                         formatTimeLocal(test::fixedStart().addSecs(4260).addDays(1)));
            }
        }
        QVERIFY(sawMallory);

        // A target text and an operation; then a filter nothing matches.
        audit::AuditFilter gets;
        gets.operations = {QStringLiteral("SecretGet")};
        gets.targetContains = QStringLiteral("API-KEY");
        model.setFilter(gets);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.record(model.index(0, 0))->result, AuditResult::NotFound);
        audit::AuditFilter nothing;
        nothing.principals = {QStringLiteral("nobody")};
        model.setFilter(nothing);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void statsBecomeHistogramSeries()
    {
        auto snap = snapshot();
        COFFER_VERIFY_OK(snap);
        const audit::AuditStats &stats = snap->stats;
        QCOMPARE(stats.perDay.size(), 3); // days 0, 1 and 2 (UTC)
        const AuditHistogram histogram = AuditHistogram::build(stats, {}, {});
        QCOMPARE(histogram.bucket, AuditHistogram::Bucket::Day);
        const QDate day0 = test::fixedStart().date();
        QCOMPARE(histogram.starts, (QList<QDate> {day0, day0.addDays(1), day0.addDays(2)}));
        QCOMPARE(histogram.labels,
                 (QStringList {QStringLiteral("01-01"), QStringLiteral("01-02"), QStringLiteral("01-03")}));
        const auto forbidden = histogram.perResult[size_t(AuditResult::Forbidden)];
        QVERIFY(forbidden.at(1) >= 1); // mallory's refusal, on day 1
        QCOMPARE(histogram.perResult[size_t(AuditResult::NotFound)].at(2), qint64(1)); // the deleted secret, on day 2
        qint64 sum = 0;
        for (qsizetype i = 0; i < histogram.size(); ++i)
            sum += histogram.total(i);
        QCOMPARE(sum, stats.total);
        QCOMPARE(histogram.title(), QStringLiteral("Operations per day"));

        // A fixed range: empty days are zeros, not gaps.
        const AuditHistogram wide = AuditHistogram::build(stats, day0.addDays(-10), day0.addDays(2));
        QCOMPARE(wide.size(), 13);
        QCOMPARE(wide.total(0), qint64(0));
        QCOMPARE(wide.total(10), histogram.total(0));
        // Filtered stats: only the refused operations.
        AuditFilterState deniedOnly;
        deniedOnly.result = AuditResult::Forbidden;
        auto denied = snapshot(deniedOnly);
        COFFER_VERIFY_OK(denied);
        QCOMPARE(denied->stats.total, denied->stats.perResult[size_t(AuditResult::Forbidden)]);
        QVERIFY(denied->matching() >= 1);
        QVERIFY(denied->principals.size() >= 2); // the choices still list everyone in the log
    }

    void timelineLanesPerPrincipalAndObject()
    {
        auto snap = snapshot();
        COFFER_VERIFY_OK(snap);
        AuditTimelineData data;
        data.setRecords(snap->timeline);
        QCOMPARE(data.events().size(), snap->timeline.size());
        for (int i = 1; i < data.events().size(); ++i)
            QVERIFY(data.events().at(i - 1).msecs <= data.events().at(i).msecs);
        QStringList labels;
        for (const auto &lane : data.lanes())
            labels << lane.label;
        QCOMPARE(labels, (QStringList {QStringLiteral("mallory"), QStringLiteral("owner")}));
        const int refused = [&] {
            for (int i = 0; i < data.events().size(); ++i)
                if (data.lanes().at(data.events().at(i).lane).label == u"mallory")
                    return i;
            return -1;
        }();
        QVERIFY(refused >= 0);
        QCOMPARE(data.events().at(refused).result, AuditResult::Forbidden);
        QVERIFY(data.toolTip(data.events().at(refused)).contains(u"Principal: mallory"));
        const qint64 sequence = data.record(data.events().at(refused))->sequence;
        QCOMPARE(data.eventOfSequence(sequence), refused);

        data.setGrouping(AuditTimelineData::Grouping::Object);
        labels.clear();
        for (const auto &lane : data.lanes())
            labels << lane.label;
        QVERIFY2(labels.contains(QStringLiteral("secrets/db-password")), qPrintable(labels.join(u", ")));
        QVERIFY(labels.contains(QStringLiteral("secrets/api-key")));
        QVERIFY(labels.contains(QStringLiteral("vault")));
        QCOMPARE(data.eventOfSequence(sequence), refused); // grouping keeps the events' order
    }

    void importedAzureEvents()
    {
        const QString file = QDir(m_dir.path()).filePath(QStringLiteral("PT1H.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(azureLog());
        out.close();
        auto summary = runAndWait<audit::ImportSummary>(
                *m_audit, [file](audit::AuditService &s) { return auditfiles::importAzureFile(s, file); });
        COFFER_VERIFY_OK(summary);
        QCOMPARE(summary->read, 3);
        QCOMPARE(summary->added, 3);
        QCOMPARE(AuditText::importSummary(*summary, QStringLiteral("PT1H.json")),
                 QStringLiteral("Imported 3 new events from PT1H.json (3 read, 0 already imported)."));
        auto again = runAndWait<audit::ImportSummary>(
                *m_audit, [file](audit::AuditService &s) { return auditfiles::importAzureFile(s, file); });
        COFFER_VERIFY_OK(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->duplicates, 3);

        auto snap = snapshot();
        COFFER_VERIFY_OK(snap);
        QCOMPARE(snap->imported.size(), 3);
        QCOMPARE(AuditText::importedResult(snap->imported.at(1)), AuditResult::Forbidden);
        QCOMPARE(AuditText::importedPrincipal(snap->imported.at(1)), QStringLiteral("eve@contoso.com"));
        QCOMPARE(AuditText::importedResult(snap->imported.at(2)), AuditResult::NotFound);
        const auto azure = std::find_if(snap->principals.cbegin(), snap->principals.cend(),
                                        [](const AuditSnapshot::Choice &c) { return c.key == u"alice@contoso.com"; });
        QVERIFY(azure != snap->principals.cend());
        QVERIFY(azure->imported);
        QCOMPARE(azure->count, qint64(2));

        AuditTimelineData data;
        data.setRecords(snap->timeline);
        data.setImported(snap->imported);
        int importedLanes = 0;
        for (const auto &lane : data.lanes())
            importedLanes += lane.imported ? 1 : 0;
        QCOMPARE(importedLanes, 2); // alice@ and eve@, after the vault's own lanes
        QVERIFY(!data.lanes().first().imported);
        QVERIFY(data.lanes().last().imported);
        data.setGrouping(AuditTimelineData::Grouping::Object);
        QVERIFY(std::any_of(data.lanes().cbegin(), data.lanes().cend(),
                            [](const auto &lane) { return lane.imported && lane.label == u"secrets/db-password"; }));
        data.setShowImported(false);
        QCOMPARE(data.events().size(), snap->timeline.size());

        // The page's filter applies to imported events too.
        AuditFilterState onlyEve;
        onlyEve.principal = QStringLiteral("eve@contoso.com");
        auto eve = snapshot(onlyEve);
        COFFER_VERIFY_OK(eve);
        QCOMPARE(eve->imported.size(), 1);
        QCOMPARE(eve->matching(), qint64(0)); // nobody of that name in the vault's own log
        // In the histogram, as a series of its own.
        const AuditHistogram histogram = AuditHistogram::build(snap->stats, {}, {}, snap->imported);
        QCOMPARE(histogram.imported, (QList<qint64> {2, 1, 0}));
    }

    void exportAndVerifyOffline()
    {
        const QString file = QDir(test::outputDir(QStringLiteral("audit"))).filePath(QStringLiteral("models.jsonl"));
        QFile::remove(file);
        auto progress = std::make_shared<ExportProgress>();
        auto exported = runAndWait<qint64>(*m_audit, [file, progress](audit::AuditService &s) {
            return auditfiles::exportToFile(s, {}, file, *progress);
        });
        COFFER_VERIFY_OK(exported);
        QVERIFY(*exported > 10);
        QVERIFY(progress->linesWritten.load() >= *exported + 2);
        QCOMPARE(progress->recordsWritten.load(), *exported);
        const audit::VerifyReport report = auditfiles::verifyFile(file);
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.records, *exported);
        QVERIFY(AuditText::verifyBanner(report, true)
                        .startsWith(QStringLiteral("Verified: %1 records, ").arg(report.records)));

        // Edit one record (same length) in a copy: the first bad record is named.
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        in.close();
        qint64 edited = 0;
        for (QByteArray &line : lines)
            if (line.contains("\"principalName\":\"mallory\"")) {
                line.replace("\"principalName\":\"mallory\"", "\"principalName\":\"malory2\"");
                edited = QRegularExpression(QStringLiteral("\"sequence\":(\\d+)"))
                                 .match(QString::fromUtf8(line))
                                 .captured(1)
                                 .toLongLong();
                break;
            }
        QVERIFY(edited > 0);
        const QString tampered
                = QDir(test::outputDir(QStringLiteral("audit"))).filePath(QStringLiteral("models-tampered.jsonl"));
        QFile copy(tampered);
        QVERIFY(copy.open(QIODevice::WriteOnly | QIODevice::Truncate));
        copy.write(lines.join('\n'));
        copy.close();
        const audit::VerifyReport bad = auditfiles::verifyFile(tampered);
        QVERIFY(!bad.ok);
        QCOMPARE(bad.firstBadSequence, edited);
        QVERIFY2(AuditText::verifyBanner(bad, true).startsWith(
                         QStringLiteral("Verification failed at record %1").arg(edited)),
                 qPrintable(AuditText::verifyBanner(bad, true)));
        const audit::VerifyReport missing = auditfiles::verifyFile(file + u".nothere");
        QVERIFY(!missing.ok);
        QVERIFY(missing.problem.startsWith(u"The file cannot be read"));

        // A cancelled export leaves nothing behind.
        const QString cancelledFile = QDir(m_dir.path()).filePath(QStringLiteral("cancelled.jsonl"));
        auto cancel = std::make_shared<ExportProgress>();
        cancel->cancelRequested = true;
        auto cancelled = runAndWait<qint64>(*m_audit, [cancelledFile, cancel](audit::AuditService &s) {
            return auditfiles::exportToFile(s, {}, cancelledFile, *cancel);
        });
        COFFER_VERIFY_ERROR(cancelled, ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(cancelledFile));
    }

    void vaultVerifiesItsOwnLog()
    {
        auto report = runAndWait<audit::VerifyReport>(*m_audit, [](audit::AuditService &s) { return s.verify(); });
        COFFER_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QVERIFY(AuditText::verifyBanner(*report, false).contains(u"signed by key "));
        QCOMPARE(report->keyId, m_session->vault()->audit().keyId());
    }

    void principalWithoutAccessIsRefused()
    {
        VaultSession session(m_path, services());
        auto mallory = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(kMalloryPassphrase)), m_clock);
        COFFER_VERIFY_OK(mallory);
        session.adopt(std::move(*mallory));
        AuditOperations operations;
        operations.setSession(&session);
        QVERIFY(!operations.can(access::Operation::AuditList).allowed);
        QVERIFY(!operations.can(access::Operation::AuditSetRetention).allowed);
        QVERIFY(m_audit->can(access::Operation::AuditSetRetention).allowed);
        const QDateTime now = m_clock.now();
        auto snap = runAndWait<AuditSnapshot>(
                operations, [now](audit::AuditService &s) { return AuditSnapshot::load(s, {}, now); });
        COFFER_VERIFY_ERROR(snap, ErrorCode::Forbidden);
    }

    void lockCancelsQueuedWork()
    {
        std::optional<Result<qint64>> first;
        std::optional<Result<qint64>> second;
        m_audit->run<qint64>(
                this, [](audit::AuditService &s) { return s.count({}); },
                [&](Result<qint64> r) { first.emplace(std::move(r)); });
        m_audit->run<qint64>(
                this, [](audit::AuditService &s) { return s.count({}); },
                [&](Result<qint64> r) { second.emplace(std::move(r)); });
        QCOMPARE(m_audit->pendingCount(), 2);
        QTRY_VERIFY(m_audit->isRunning()); // the first has started, off the GUI thread
        QVERIFY(m_session->isBusy());
        m_session->lock(); // waits for the running one
        QTRY_VERIFY(first.has_value() && second.has_value());
        COFFER_VERIFY_OK(*first);
        COFFER_VERIFY_ERROR(*second, ErrorCode::Cancelled);
        QVERIFY(!m_session->isUnlocked());
        QVERIFY(!m_session->isBusy());
    }

private:
    static QString formatTimeLocal(const QDateTime &utc)
    {
        return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
};

QTEST_GUILESS_MAIN(TestAuditModels)
#include "TestAuditModels.moc"
