// The Audit page's rules that need no vault: the filter bar's presets as core filters, the histogram's buckets,
// which lane an object lands in, and the timeline axis' ticks per zoom level.

#include "models/AuditFilterState.h"
#include "models/AuditHistogram.h"
#include "models/AuditTimelineData.h"
#include "models/TimelineTicks.h"
#include "tests/support/TestUtil.h"

#include <QTest>

using namespace coffer;
using namespace coffer::models;
using audit::AuditResult;

class TestAuditRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void filterStateBuildsCoreFilters()
    {
        const QDateTime now = test::fixedStart().addDays(3);
        AuditFilterState state;
        QVERIFY(state.isDefault());
        QVERIFY(!state.toFilter(now).from.isValid());
        state.range = AuditFilterState::Range::LastHour;
        QCOMPARE(state.toFilter(now).from, now.addSecs(-3600));
        QVERIFY(!state.toFilter(now).to.isValid());
        state.range = AuditFilterState::Range::Last7Days;
        QCOMPARE(state.rangeFilter(now).from, now.addDays(-7));
        state.range = AuditFilterState::Range::Custom;
        state.customFrom = now.addDays(-2);
        state.customTo = now.addDays(-1);
        state.principal = QStringLiteral("mallory");
        state.result = AuditResult::Forbidden;
        state.target = QStringLiteral("  db ");
        const audit::AuditFilter filter = state.toFilter(now);
        QCOMPARE(filter.from, now.addDays(-2));
        QCOMPARE(filter.to, now.addDays(-1));
        QCOMPARE(filter.principals, QStringList {QStringLiteral("mallory")});
        QCOMPARE(filter.results, QList<AuditResult> {AuditResult::Forbidden});
        QCOMPARE(filter.targetContains, QStringLiteral("db"));
        QVERIFY(!state.isDefault());
        QCOMPARE(AuditFilterState::rangeName(AuditFilterState::Range::Last24Hours), QStringLiteral("Last 24 hours"));
    }

    void histogramBuckets_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("bucket");
        QTest::newRow("one day") << 1 << int(AuditHistogram::Bucket::Day);
        QTest::newRow("62 days") << 62 << int(AuditHistogram::Bucket::Day);
        QTest::newRow("63 days") << 63 << int(AuditHistogram::Bucket::Week);
        QTest::newRow("371 days") << 371 << int(AuditHistogram::Bucket::Week);
        QTest::newRow("372 days") << 372 << int(AuditHistogram::Bucket::Month);
    }
    void histogramBuckets()
    {
        QFETCH(int, days);
        QFETCH(int, bucket);
        const QDate from(2026, 1, 1);
        QCOMPARE(int(AuditHistogram::bucketFor(from, from.addDays(days - 1))), bucket);
        QCOMPARE(AuditHistogram::bucketStart(from, AuditHistogram::Bucket::Week), QDate(2025, 12, 29)); // Monday
        QCOMPARE(AuditHistogram::bucketStart(QDate(2026, 2, 17), AuditHistogram::Bucket::Month), QDate(2026, 2, 1));
    }

    void objectOfTargets_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("object");
        QTest::newRow("vault") << QStringLiteral("coffer://Audit-Vault") << QStringLiteral("vault");
        QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("vault");
        QTest::newRow("kind") << QStringLiteral("coffer://kv/secrets") << QStringLiteral("secrets");
        QTest::newRow("version") << QStringLiteral("coffer://kv/secrets/db/0a1b2c") << QStringLiteral("secrets/db");
        QTest::newRow("azure") << QStringLiteral("https://kv.vault.azure.net/keys/k1/abc?api-version=7.4")
                               << QStringLiteral("keys/k1");
    }
    void objectOfTargets()
    {
        QFETCH(QString, target);
        QFETCH(QString, object);
        QCOMPARE(AuditTimelineData::objectOf(target), object);
    }

    void timelineTicks_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<QString>("step");
        const qint64 hour = 3600 * 1000LL;
        QTest::newRow("1 hour") << hour << QStringLiteral("10 min");
        QTest::newRow("1 day") << 24 * hour << QStringLiteral("3 h");
        QTest::newRow("1 week") << 7 * 24 * hour << QStringLiteral("1 day");
        QTest::newRow("1 month") << 30 * 24 * hour << QStringLiteral("1 week");
        QTest::newRow("6 months") << 182 * 24 * hour << QStringLiteral("1 month");
        QTest::newRow("3 years") << 3 * 365 * 24 * hour << QStringLiteral("6 months");
    }
    void timelineTicks()
    {
        QFETCH(qint64, span);
        QFETCH(QString, step);
        const TimelineTicks::Step chosen = TimelineTicks::stepFor(span, 1000, 90);
        QCOMPARE(chosen.name(), step);
        const QDateTime start(QDate(2026, 1, 1), QTime(12, 7), Qt::LocalTime);
        const QList<TimelineTicks::Tick> ticks
                = TimelineTicks::ticks(start.toMSecsSinceEpoch(), start.toMSecsSinceEpoch() + span, chosen);
        QVERIFY(ticks.size() >= 3 && ticks.size() <= 13);
        for (const TimelineTicks::Tick &tick : ticks) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(tick.msecs, Qt::LocalTime);
            QVERIFY(tick.msecs >= start.toMSecsSinceEpoch());
            if (chosen.unit == TimelineTicks::Unit::Day || chosen.unit == TimelineTicks::Unit::Week)
                QCOMPARE(t.time(), QTime(0, 0)); // at local midnight
            if (chosen.unit == TimelineTicks::Unit::Week)
                QCOMPARE(t.date().dayOfWeek(), 1);
            if (chosen.unit == TimelineTicks::Unit::Month)
                QCOMPARE(t.date().day(), 1);
            if (chosen.unit == TimelineTicks::Unit::Minute)
                QCOMPARE(t.time().minute() % chosen.count, 0);
        }
        QVERIFY(ticks.first().label.startsWith(u"2026")); // the first label says which day (or year) it is
    }
};

QTEST_GUILESS_MAIN(TestAuditRules)
#include "TestAuditRules.moc"
