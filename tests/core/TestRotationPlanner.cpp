#include "core/rotation/RotationPlanner.h"
#include "tests/support/TestUtil.h"

using namespace coffer;
using namespace coffer::rotation;

namespace {

using OptionalTime = std::optional<QDateTime>;

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

IsoDuration dur(const char *text)
{
    Result<IsoDuration> d = IsoDuration::parse(QString::fromUtf8(text));
    if (!d)
        qFatal("bad duration in test: %s", text);
    return *d;
}

RotationPolicy policyOf(QList<LifetimeAction> actions, const char *expiryTime = nullptr)
{
    RotationPolicy policy;
    policy.lifetimeActions = std::move(actions);
    if (expiryTime)
        policy.expiryTime = dur(expiryTime);
    return policy;
}

QString stamp(const QDateTime &time)
{
    return time.toString(Qt::ISODate);
}

// "Rotate 2026-04-01T00:00:00Z (90 days after creation)": what a user sees in the console's list.
QStringList describe(const QList<DueAction> &actions)
{
    QStringList out;
    for (const DueAction &a : actions)
        out << QStringLiteral("%1 %2 (%3)").arg(actionTypeName(a.type), stamp(a.dueSince), a.reason);
    return out;
}

QStringList describe(const QList<PlannedAction> &actions)
{
    QStringList out;
    for (const PlannedAction &a : actions)
        out << QStringLiteral("%1 %2 v+%3 (%4)")
                        .arg(actionTypeName(a.type), stamp(a.at))
                        .arg(a.generation)
                        .arg(a.reason);
    return out;
}

QStringList stamps(const QList<QDateTime> &times)
{
    QStringList out;
    for (const QDateTime &t : times)
        out << stamp(t);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(coffer::rotation::RotationPolicy)
Q_DECLARE_METATYPE(OptionalTime)

class TestRotationPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void due_data()
    {
        QTest::addColumn<RotationPolicy>("policy");
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<OptionalTime>("expires");
        QTest::addColumn<OptionalTime>("lastNotified");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QStringList>("due");

        const RotationPolicy after90 = policyOf({LifetimeAction::rotateAfterCreate(dur("P90D"))});
        const RotationPolicy before30 = policyOf({LifetimeAction::rotateBeforeExpiry(dur("P30D"))}, "P1Y");
        const RotationPolicy notify30 = policyOf({LifetimeAction::notifyBeforeExpiry(dur("P30D"))});
        const RotationPolicy both = policyOf(
                {LifetimeAction::rotateAfterCreate(dur("P90D")), LifetimeAction::notifyBeforeExpiry(dur("P30D"))},
                "P1Y");
        const RotationPolicy twoRotates = policyOf(
                {LifetimeAction::rotateAfterCreate(dur("P90D")), LifetimeAction::rotateBeforeExpiry(dur("P30D"))},
                "P1Y");
        LifetimeAction bothTriggers = LifetimeAction::rotateAfterCreate(dur("P90D"));
        bothTriggers.trigger.timeBeforeExpiry = dur("P30D");
        const RotationPolicy oneActionTwoTriggers = policyOf({bothTriggers}, "P1Y");

        const QDateTime jan1 = utc(2026, 1, 1);
        const OptionalTime none;
        const OptionalTime jun30 = utc(2026, 6, 30); // 30 days before: May 31
        const QString rotateApr1 = QStringLiteral("Rotate 2026-04-01T00:00:00Z (90 days after creation)");
        const QString rotateMay31 = QStringLiteral("Rotate 2026-05-31T00:00:00Z (30 days before expiry)");
        const QString notifyMay31 = QStringLiteral("Notify 2026-05-31T00:00:00Z (30 days before expiry)");

        QTest::newRow("after create: exactly at the boundary")
                << after90 << jan1 << none << none << utc(2026, 4, 1) << QStringList {rotateApr1};
        QTest::newRow("after create: one second before")
                << after90 << jan1 << none << none << utc(2026, 3, 31, 23, 59, 59) << QStringList {};
        QTest::newRow("after create: overdue, due since the boundary")
                << after90 << jan1 << none << none << utc(2026, 8, 1) << QStringList {rotateApr1};
        QTest::newRow("after create: ten years late, still one Rotate")
                << after90 << jan1 << none << none << utc(2036, 1, 1) << QStringList {rotateApr1};
        QTest::newRow("before expiry: exactly at the boundary")
                << before30 << jan1 << jun30 << none << utc(2026, 5, 31) << QStringList {rotateMay31};
        QTest::newRow("before expiry: one second before")
                << before30 << jan1 << jun30 << none << utc(2026, 5, 30, 23, 59, 59) << QStringList {};
        QTest::newRow("before expiry: after the key expired")
                << before30 << jan1 << jun30 << none << utc(2026, 7, 15) << QStringList {rotateMay31};
        QTest::newRow("race: after create is earlier")
                << twoRotates << jan1 << jun30 << none << utc(2026, 6, 1) << QStringList {rotateApr1};
        QTest::newRow("race: before expiry is earlier")
                << twoRotates << jan1 << OptionalTime(utc(2026, 4, 20)) << none << utc(2026, 4, 5)
                << QStringList {QStringLiteral("Rotate 2026-03-21T00:00:00Z (30 days before expiry)")};
        QTest::newRow("race inside one action: earlier wins")
                << oneActionTwoTriggers << jan1 << OptionalTime(utc(2026, 4, 20)) << none << utc(2026, 4, 5)
                << QStringList {QStringLiteral("Rotate 2026-03-21T00:00:00Z (30 days before expiry)")};
        QTest::newRow("notify: exactly at the boundary")
                << notify30 << jan1 << jun30 << none << utc(2026, 5, 31) << QStringList {notifyMay31};
        QTest::newRow("notify: one second before")
                << notify30 << jan1 << jun30 << none << utc(2026, 5, 30, 23, 59, 59) << QStringList {};
        QTest::newRow("notify: already sent for this version")
                << notify30 << jan1 << jun30 << OptionalTime(utc(2026, 5, 31, 0, 5)) << utc(2026, 6, 10)
                << QStringList {};
        QTest::newRow("notify: sent for an earlier expiry date, due again")
                << notify30 << jan1 << jun30 << OptionalTime(utc(2026, 3, 1)) << utc(2026, 6, 10)
                << QStringList {notifyMay31};
        QTest::newRow("notify: the default policy (empty list)")
                << policyOf({}) << jan1 << jun30 << none << utc(2026, 6, 1) << QStringList {notifyMay31};
        QTest::newRow("rotate and notify both due, in time order")
                << both << jan1 << OptionalTime(utc(2026, 4, 15)) << none << utc(2026, 4, 2)
                << QStringList {QStringLiteral("Notify 2026-03-16T00:00:00Z (30 days before expiry)"), rotateApr1};
        QTest::newRow("rotate due, notify sent")
                << both << jan1 << OptionalTime(utc(2026, 4, 15)) << OptionalTime(utc(2026, 3, 16)) << utc(2026, 4, 2)
                << QStringList {rotateApr1};
        QTest::newRow("no expiry: before-expiry rotate never due")
                << before30 << jan1 << none << none << utc(2030, 1, 1) << QStringList {};
        QTest::newRow("no expiry: notify never due")
                << notify30 << jan1 << none << none << utc(2030, 1, 1) << QStringList {};
        QTest::newRow("month trigger from Jan 31")
                << policyOf({LifetimeAction::rotateAfterCreate(dur("P1M"))}) << utc(2025, 1, 31) << none << none
                << utc(2025, 2, 28)
                << QStringList {QStringLiteral("Rotate 2025-02-28T00:00:00Z (1 month after creation)")};
    }
    void due()
    {
        QFETCH(RotationPolicy, policy);
        QFETCH(QDateTime, created);
        QFETCH(OptionalTime, expires);
        QFETCH(OptionalTime, lastNotified);
        QFETCH(QDateTime, now);
        QFETCH(QStringList, due);
        const Plan plan = RotationPlanner::plan(policy, {created, expires, lastNotified}, now);
        QCOMPARE(describe(plan.due), due);
        for (const DueAction &action : plan.due)
            QCOMPARE(action.dueSince.timeSpec(), Qt::UTC);
        // Nothing listed as coming is already due.
        for (const PlannedAction &action : plan.next)
            QVERIFY2(action.at > now, qPrintable(stamp(action.at)));
    }

    void notScheduledReason_data()
    {
        QTest::addColumn<RotationPolicy>("policy");
        QTest::addColumn<OptionalTime>("expires");
        QTest::addColumn<QString>("reason");
        const QString noExpiry = QStringLiteral("the key has no expiry date; a before-expiry trigger cannot fire");
        QTest::newRow("default policy, key without expiry") << policyOf({}) << OptionalTime() << noExpiry;
        QTest::newRow("default policy, key with expiry") << policyOf({}) << OptionalTime(utc(2026, 6, 1)) << QString();
        QTest::newRow("rotate before expiry, key without expiry")
                << policyOf({LifetimeAction::rotateBeforeExpiry(dur("P30D"))}, "P1Y") << OptionalTime() << noExpiry;
        QTest::newRow("after create only: nothing blocked")
                << policyOf({LifetimeAction::rotateAfterCreate(dur("P90D"))}) << OptionalTime() << QString();
        QTest::newRow("rotate before expiry, policy without expiryTime")
                << policyOf({LifetimeAction::rotateBeforeExpiry(dur("P30D"))}) << OptionalTime(utc(2026, 6, 1))
                << QStringLiteral("versions made by rotation get no expiry (the policy has no expiryTime); a "
                                  "before-expiry rotation cannot fire for them");
    }
    void notScheduledReason()
    {
        QFETCH(RotationPolicy, policy);
        QFETCH(OptionalTime, expires);
        QFETCH(QString, reason);
        const Plan plan = RotationPlanner::plan(policy, {utc(2026, 1, 1), expires, std::nullopt}, utc(2026, 1, 2));
        QCOMPARE(plan.notScheduledReason, reason);
        QCOMPARE(RotationPlanner::noExpiryReason(),
                 QStringLiteral("the key has no expiry date; a before-expiry trigger cannot fire"));
    }

    void nextRotations_data()
    {
        QTest::addColumn<RotationPolicy>("policy");
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<OptionalTime>("expires");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QStringList>("rotations");

        QTest::newRow("P90D") << policyOf({LifetimeAction::rotateAfterCreate(dur("P90D"))}) << utc(2026, 1, 1)
                              << OptionalTime() << utc(2026, 1, 1)
                              << QStringList {QStringLiteral("2026-04-01T00:00:00Z"),
                                              QStringLiteral("2026-06-30T00:00:00Z"),
                                              QStringLiteral("2026-09-28T00:00:00Z")};
        // Each new version is made on the clamped day, so a month policy drifts from the 31st to the 29th.
        QTest::newRow("P1M from Jan 31 in a leap year")
                << policyOf({LifetimeAction::rotateAfterCreate(dur("P1M"))}) << utc(2024, 1, 31) << OptionalTime()
                << utc(2024, 1, 31)
                << QStringList {QStringLiteral("2024-02-29T00:00:00Z"), QStringLiteral("2024-03-29T00:00:00Z"),
                                QStringLiteral("2024-04-29T00:00:00Z")};
        QTest::newRow("P1Y from Feb 29") << policyOf({LifetimeAction::rotateAfterCreate(dur("P1Y"))})
                                         << utc(2024, 2, 29, 12, 30) << OptionalTime() << utc(2024, 3, 1)
                                         << QStringList {QStringLiteral("2025-02-28T12:30:00Z"),
                                                         QStringLiteral("2026-02-28T12:30:00Z"),
                                                         QStringLiteral("2027-02-28T12:30:00Z")};
        QTest::newRow("30 days before a P90D expiry, common year")
                << policyOf({LifetimeAction::rotateBeforeExpiry(dur("P30D"))}, "P90D") << utc(2025, 12, 1)
                << OptionalTime(utc(2026, 3, 1)) << utc(2025, 12, 1)
                << QStringList {QStringLiteral("2026-01-30T00:00:00Z"), QStringLiteral("2026-03-31T00:00:00Z"),
                                QStringLiteral("2026-05-30T00:00:00Z")};
        QTest::newRow("30 days before a P90D expiry, leap year")
                << policyOf({LifetimeAction::rotateBeforeExpiry(dur("P30D"))}, "P90D") << utc(2023, 12, 1)
                << OptionalTime(utc(2024, 3, 1)) << utc(2023, 12, 1)
                << QStringList {QStringLiteral("2024-01-31T00:00:00Z"), QStringLiteral("2024-03-31T00:00:00Z"),
                                QStringLiteral("2024-05-30T00:00:00Z")};
        QTest::newRow("overdue: the first rotation happens now")
                << policyOf({LifetimeAction::rotateAfterCreate(dur("P90D"))}) << utc(2026, 1, 1) << OptionalTime()
                << utc(2026, 6, 15, 8)
                << QStringList {QStringLiteral("2026-06-15T08:00:00Z"), QStringLiteral("2026-09-13T08:00:00Z"),
                                QStringLiteral("2026-12-12T08:00:00Z")};
        QTest::newRow("Azure example: P18M, expiry P2Y")
                << policyOf({LifetimeAction::rotateAfterCreate(dur("P18M")),
                             LifetimeAction::notifyBeforeExpiry(dur("P30D"))},
                            "P2Y")
                << utc(2026, 1, 1) << OptionalTime(utc(2027, 1, 1)) << utc(2026, 1, 1)
                << QStringList {QStringLiteral("2027-07-01T00:00:00Z"), QStringLiteral("2029-01-01T00:00:00Z"),
                                QStringLiteral("2030-07-01T00:00:00Z")};
        QTest::newRow("before expiry after a short-lived version: expiryTime shorter than the after-create time")
                << policyOf({LifetimeAction::rotateAfterCreate(dur("P1Y")),
                             LifetimeAction::rotateBeforeExpiry(dur("P7D"))},
                            "P28D")
                << utc(2026, 1, 1) << OptionalTime() << utc(2026, 1, 1)
                << QStringList {QStringLiteral("2027-01-01T00:00:00Z"), QStringLiteral("2027-01-22T00:00:00Z"),
                                QStringLiteral("2027-02-12T00:00:00Z")};
        QTest::newRow("no Rotate action") << policyOf({}) << utc(2026, 1, 1) << OptionalTime(utc(2026, 6, 1))
                                          << utc(2026, 1, 1) << QStringList {};
        QTest::newRow("before expiry, key without expiry")
                << policyOf({LifetimeAction::rotateBeforeExpiry(dur("P30D"))}, "P1Y") << utc(2026, 1, 1)
                << OptionalTime() << utc(2026, 1, 1) << QStringList {};
        QTest::newRow("before expiry, new versions without expiry: one rotation")
                << policyOf({LifetimeAction::rotateBeforeExpiry(dur("P30D"))}) << utc(2026, 1, 1)
                << OptionalTime(utc(2026, 6, 30)) << utc(2026, 1, 1)
                << QStringList {QStringLiteral("2026-05-31T00:00:00Z")};
    }
    void nextRotations()
    {
        QFETCH(RotationPolicy, policy);
        QFETCH(QDateTime, created);
        QFETCH(OptionalTime, expires);
        QFETCH(QDateTime, now);
        QFETCH(QStringList, rotations);
        const QList<QDateTime> times = RotationPlanner::nextRotations(policy, created, expires, now);
        QCOMPARE(stamps(times), rotations);
        for (const QDateTime &t : times)
            QCOMPARE(t.timeSpec(), Qt::UTC);
        // The plan agrees: its due Rotate (if any) and the Rotates in `next` are the same times.
        const Plan plan = RotationPlanner::plan(policy, {created, expires, std::nullopt}, now);
        QStringList fromPlan;
        for (const DueAction &a : plan.due) {
            if (a.type == ActionType::Rotate)
                fromPlan << stamp(now);
        }
        for (const PlannedAction &a : plan.next) {
            if (a.type == ActionType::Rotate)
                fromPlan << stamp(a.at);
        }
        QCOMPARE(fromPlan, rotations);
    }

    void nextListsNotificationsInTimeOrder()
    {
        // Azure's example policy on a key made on 2026-01-01 that expires after one year.
        const RotationPolicy policy = policyOf(
                {LifetimeAction::rotateAfterCreate(dur("P18M")), LifetimeAction::notifyBeforeExpiry(dur("P30D"))},
                "P1Y");
        const Plan plan
                = RotationPlanner::plan(policy, {utc(2026, 1, 1), utc(2027, 1, 1), std::nullopt}, utc(2026, 1, 1));
        QCOMPARE(plan.due, QList<DueAction>());
        // The current version expires before its rotation: notified 30 days before. Versions made by rotation
        // expire after 1 year, before their 18-month rotation: each is notified first.
        QCOMPARE(describe(plan.next),
                 (QStringList {QStringLiteral("Notify 2026-12-02T00:00:00Z v+0 (30 days before expiry)"),
                               QStringLiteral("Rotate 2027-07-01T00:00:00Z v+0 (18 months after creation)"),
                               QStringLiteral("Notify 2028-06-01T00:00:00Z v+1 (30 days before expiry)"),
                               QStringLiteral("Rotate 2029-01-01T00:00:00Z v+1 (18 months after creation)"),
                               QStringLiteral("Notify 2029-12-02T00:00:00Z v+2 (30 days before expiry)"),
                               QStringLiteral("Rotate 2030-07-01T00:00:00Z v+2 (18 months after creation)")}));
        QVERIFY(plan.notScheduledReason.isEmpty());
    }

    void dueRotateOnlyOncePerVersion()
    {
        const RotationPolicy policy = policyOf({LifetimeAction::rotateAfterCreate(dur("P30D"))});
        const QDateTime now = utc(2027, 1, 1); // twelve periods late
        const Plan plan = RotationPlanner::plan(policy, {utc(2026, 1, 1), std::nullopt, std::nullopt}, now);
        QCOMPARE(describe(plan.due),
                 QStringList {QStringLiteral("Rotate 2026-01-31T00:00:00Z (30 days after creation)")});
        // The next one belongs to the version that rotation makes now.
        QVERIFY(!plan.next.isEmpty());
        QCOMPARE(plan.next.first().generation, 1);
        QCOMPARE(plan.next.first().at, utc(2027, 1, 31));
        // After rotating, the new version has nothing due until its own trigger.
        const Plan after = RotationPlanner::plan(policy, {now, std::nullopt, std::nullopt}, now);
        QCOMPARE(after.due, QList<DueAction>());
    }

    void zeroCountStillReportsDue()
    {
        const RotationPolicy policy = policyOf({LifetimeAction::rotateAfterCreate(dur("P30D"))});
        const Plan plan
                = RotationPlanner::plan(policy, {utc(2026, 1, 1), std::nullopt, std::nullopt}, utc(2026, 3, 1), 0);
        QCOMPARE(plan.due.size(), 1);
        QCOMPARE(plan.next, QList<PlannedAction>());
        QCOMPARE(RotationPlanner::nextRotations(policy, utc(2026, 1, 1), std::nullopt, utc(2026, 3, 1), 0),
                 QList<QDateTime>());
    }

    void newVersionExpiry_data()
    {
        QTest::addColumn<RotationPolicy>("policy");
        QTest::addColumn<QDateTime>("rotatedAt");
        QTest::addColumn<OptionalTime>("expires");
        QTest::newRow("P2Y from Feb 29") << policyOf({}, "P2Y") << utc(2024, 2, 29, 6)
                                         << OptionalTime(utc(2026, 2, 28, 6));
        QTest::newRow("P90D") << policyOf({}, "P90D") << utc(2026, 1, 1) << OptionalTime(utc(2026, 4, 1));
        QTest::newRow("no expiryTime") << policyOf({}) << utc(2026, 1, 1) << OptionalTime();
    }
    void newVersionExpiry()
    {
        QFETCH(RotationPolicy, policy);
        QFETCH(QDateTime, rotatedAt);
        QFETCH(OptionalTime, expires);
        QCOMPARE(RotationPlanner::newVersionExpiry(policy, rotatedAt), expires);
    }
};

QTEST_GUILESS_MAIN(TestRotationPlanner)
#include "TestRotationPlanner.moc"
