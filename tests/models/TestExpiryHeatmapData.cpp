// The Overview heatmap's data without widgets or a vault: a Schedule (as Vault::schedule returns it) → counts per
// kind and month, which expiries count (the version is still current then), totals, hidden kinds, tooltips and the
// query's window. Times are mid-month at noon UTC so the local month is the same in any time zone.

#include "models/ExpiryHeatmapData.h"
#include "tests/support/TestUtil.h"

#include <QTest>

using namespace coffer;
using models::ExpiryHeatmapData;
using rotation::EventKind;
using rotation::PlanEvent;

namespace {
const QDateTime kNow(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);

QDateTime at(int year, int month, int day = 15)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
}

PlanEvent planEvent(EventKind kind, const QDateTime &when, int generation = 0)
{
    PlanEvent e;
    e.kind = kind;
    e.at = when;
    e.generation = generation;
    return e;
}

ScheduleEntry entry(ObjectKind kind, const QString &name, const QList<PlanEvent> &events,
                    ScheduleState state = ScheduleState::Ok)
{
    ScheduleEntry e;
    e.kind = kind;
    e.name = name;
    e.events = events;
    e.state = state;
    return e;
}

Schedule schedule(const QList<ScheduleEntry> &entries, const QList<ObjectKind> &hidden = {})
{
    Schedule s;
    const ScheduleQuery query = ExpiryHeatmapData::query(kNow);
    s.from = query.from;
    s.to = query.to;
    s.now = kNow;
    s.entries = entries;
    s.hiddenKinds = hidden;
    return s;
}

constexpr int kSecrets = 0;
constexpr int kKeys = 1;
constexpr int kCertificates = 2;
} // namespace

class TestExpiryHeatmapData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void rowsAreSecretsKeysCertificates()
    {
        QCOMPARE(ExpiryHeatmapData::kindAt(kSecrets), ObjectKind::Secret);
        QCOMPARE(ExpiryHeatmapData::kindAt(kKeys), ObjectKind::Key);
        QCOMPARE(ExpiryHeatmapData::kindAt(kCertificates), ObjectKind::Certificate);
        for (int row = 0; row < ExpiryHeatmapData::kRows; ++row)
            QCOMPARE(ExpiryHeatmapData::rowOf(ExpiryHeatmapData::kindAt(row)), row);
        QCOMPARE(ExpiryHeatmapData::kindTitle(ObjectKind::Certificate), QStringLiteral("Certificates"));
    }

    void queryCoversTwelveMonthsFromNow()
    {
        const ScheduleQuery query = ExpiryHeatmapData::query(kNow);
        QCOMPARE(query.from, kNow);
        QCOMPARE(query.to, QDateTime(QDate(2027, 1, 1), QTime(0, 0)).toUTC()); // local midnight, as the columns
        QVERIFY(query.kinds.isEmpty()); // every kind the principal may list
    }

    void monthsAndColumns()
    {
        const ExpiryHeatmapData data = ExpiryHeatmapData::fromSchedule(schedule({}));
        QVERIFY(data.isValid());
        QCOMPARE(data.firstMonth(), QDate(2026, 1, 1));
        QCOMPARE(data.month(11), QDate(2026, 12, 1));
        QCOMPARE(data.columnOf(at(2026, 1)), 0);
        QCOMPARE(data.columnOf(at(2026, 12)), 11);
        QCOMPARE(data.columnOf(at(2027, 1)), -1);
        QCOMPARE(data.columnOf(at(2025, 12)), -1);
        QCOMPARE(data.monthTitle(2), QStringLiteral("Mar 2026"));
        QCOMPARE(data.monthLongTitle(2), QStringLiteral("March 2026"));
        QCOMPARE(data.maxTotal(), 0);
        QCOMPARE(data.expiringSoon() + data.overdue() + data.expired(), 0);
        QVERIFY(!data.allHidden());
        QVERIFY(!ExpiryHeatmapData().isValid());
    }

    void countsPerKindAndMonth()
    {
        const ExpiryHeatmapData data = ExpiryHeatmapData::fromSchedule(schedule({
                // A secret expiring in March, and an older version expiring in February (generation -1: ignored).
                entry(ObjectKind::Secret, QStringLiteral("db-password"),
                      {planEvent(EventKind::Expire, at(2026, 2), -1), planEvent(EventKind::Expire, at(2026, 3))}),
                entry(ObjectKind::Secret, QStringLiteral("api-token"), {planEvent(EventKind::Expire, at(2026, 3, 20))}),
                // A key rotated in February before its current version expires in April: the rotation counts,
                // that expiry does not; the version the rotation makes expires in August and nothing rotates it
                // first: that expiry counts.
                entry(ObjectKind::Key, QStringLiteral("signing"),
                      {planEvent(EventKind::Rotate, at(2026, 2)), planEvent(EventKind::Expire, at(2026, 4)),
                       planEvent(EventKind::Expire, at(2026, 8), 1)}),
                // A key rotating every 7 days: five rotations in March, one name.
                entry(ObjectKind::Key, QStringLiteral("hmac"),
                      {planEvent(EventKind::Rotate, at(2026, 3, 2), 0), planEvent(EventKind::Rotate, at(2026, 3, 9), 1),
                       planEvent(EventKind::Rotate, at(2026, 3, 16), 2),
                       planEvent(EventKind::Rotate, at(2026, 3, 23), 3),
                       planEvent(EventKind::Rotate, at(2026, 3, 30), 4)}),
                // A certificate renewed in June; its expiry in July is after the renewal: not counted.
                entry(ObjectKind::Certificate, QStringLiteral("www"),
                      {planEvent(EventKind::Renew, at(2026, 6)), planEvent(EventKind::Expire, at(2026, 7))}),
                // Outside the window or in the past: not counted. Other kinds of events: not counted.
                entry(ObjectKind::Certificate, QStringLiteral("old"),
                      {planEvent(EventKind::Expire, at(2025, 12)), planEvent(EventKind::Expire, at(2027, 2)),
                       planEvent(EventKind::NearExpiry, at(2026, 5)), planEvent(EventKind::Notify, at(2026, 5)),
                       planEvent(EventKind::VersionValid, at(2026, 5))}),
        }));
        QCOMPARE(data.cell(kSecrets, 2).expiries, 2);
        QCOMPARE(data.cell(kSecrets, 2).expiryNames,
                 (QStringList {QStringLiteral("db-password"), QStringLiteral("api-token")}));
        QCOMPARE(data.cell(kSecrets, 1).total(), 0);
        QCOMPARE(data.cell(kKeys, 1).rotations, 1);
        QCOMPARE(data.cell(kKeys, 1).rotationNames, QStringList {QStringLiteral("signing")});
        QCOMPARE(data.cell(kKeys, 3).total(), 0);
        QCOMPARE(data.cell(kKeys, 7).expiries, 1);
        QCOMPARE(data.cell(kKeys, 2).rotations, 5);
        QCOMPARE(data.cell(kKeys, 2).rotationNames, QStringList {QStringLiteral("hmac")});
        QCOMPARE(data.cell(kCertificates, 5).rotations, 1);
        QCOMPARE(data.cell(kCertificates, 6).total(), 0);
        QCOMPARE(data.cell(kCertificates, 4).total(), 0);
        QCOMPARE(data.maxTotal(), 5);
        int sum = 0;
        for (int row = 0; row < ExpiryHeatmapData::kRows; ++row)
            for (int column = 0; column < ExpiryHeatmapData::kMonths; ++column)
                sum += data.cell(row, column).total();
        QCOMPARE(sum, 2 + 1 + 1 + 5 + 1);
    }

    void totals()
    {
        const ExpiryHeatmapData data = ExpiryHeatmapData::fromSchedule(schedule({
                entry(ObjectKind::Secret, QStringLiteral("soon"), {planEvent(EventKind::Expire, kNow.addDays(30))},
                      ScheduleState::Soon),
                entry(ObjectKind::Secret, QStringLiteral("later"), {planEvent(EventKind::Expire, kNow.addDays(31))}),
                // Rotated before it expires: not "expiring".
                entry(ObjectKind::Key, QStringLiteral("rotated"),
                      {planEvent(EventKind::Rotate, kNow.addDays(10)), planEvent(EventKind::Expire, kNow.addDays(20))}),
                // A planned version expiring soon is not the current one: not counted either.
                entry(ObjectKind::Key, QStringLiteral("next"), {planEvent(EventKind::Expire, kNow.addDays(5), 1)}),
                entry(ObjectKind::Key, QStringLiteral("late"), {planEvent(EventKind::Rotate, kNow)},
                      ScheduleState::Overdue),
                entry(ObjectKind::Certificate, QStringLiteral("gone"), {}, ScheduleState::Expired),
                entry(ObjectKind::Secret, QStringLiteral("gone-too"), {}, ScheduleState::Expired),
        }));
        QCOMPARE(data.expiringSoon(), 1);
        QCOMPARE(data.overdue(), 1);
        QCOMPARE(data.expired(), 2);
        QCOMPARE(data.soonText(), QStringLiteral("Expire within 30 days: 1"));
        QCOMPARE(data.overdueText(), QStringLiteral("Overdue: 1"));
        QCOMPARE(data.expiredText(), QStringLiteral("Expired: 2"));
        // The overdue rotation placed at now counts in the current month.
        QCOMPARE(data.cell(kKeys, 0).rotationNames, (QStringList {QStringLiteral("rotated"), QStringLiteral("late")}));
    }

    void hiddenKinds()
    {
        ExpiryHeatmapData data = ExpiryHeatmapData::fromSchedule(schedule({}, {ObjectKind::Key}));
        QVERIFY(data.isHidden(kKeys));
        QVERIFY(!data.isHidden(kSecrets));
        QVERIFY(!data.allHidden());
        QVERIFY(data.tooltip(kKeys, 0).contains(QStringLiteral("may not list")));
        QCOMPARE(data.accessibleText(kKeys, 0), QStringLiteral("Keys, January 2026: not permitted"));
        data = ExpiryHeatmapData::fromSchedule(
                schedule({}, {ObjectKind::Secret, ObjectKind::Key, ObjectKind::Certificate}));
        QVERIFY(data.allHidden());
    }

    void tooltipsListTenNames()
    {
        QList<ScheduleEntry> entries;
        for (int i = 0; i < 12; ++i)
            entries << entry(ObjectKind::Secret, QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0')),
                             {planEvent(EventKind::Expire, at(2026, 5))});
        entries << entry(ObjectKind::Certificate, QStringLiteral("www"), {planEvent(EventKind::Renew, at(2026, 5))});
        const ExpiryHeatmapData data = ExpiryHeatmapData::fromSchedule(schedule(entries));
        const QString tip = data.tooltip(kSecrets, 4);
        const QStringList lines = tip.split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("Secrets, May 2026"));
        QCOMPARE(lines.at(1),
                 QStringLiteral("Expire (12): s00, s01, s02, s03, s04, s05, s06, s07, s08, s09 and 2 more"));
        QCOMPARE(data.tooltip(kCertificates, 4), QStringLiteral("Certificates, May 2026\nRenew (1): www"));
        QCOMPARE(data.tooltip(kKeys, 4), QStringLiteral("Keys, May 2026\nNothing expires or rotates."));
        QCOMPARE(data.accessibleText(kSecrets, 4), QStringLiteral("Secrets, May 2026: 12 expiring, 0 rotations"));
        QCOMPARE(data.accessibleText(kCertificates, 4),
                 QStringLiteral("Certificates, May 2026: 0 expiring, 1 renewal"));
    }
};

QTEST_GUILESS_MAIN(TestExpiryHeatmapData)
#include "TestExpiryHeatmapData.moc"
