#include "core/common/Clock.h"
#include "core/rotation/RotationPlanner.h"
#include "tests/support/TestUtil.h"

using namespace coffer;
using namespace coffer::rotation;

namespace {

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

WindowVersion version(const QDateTime &created, std::optional<QDateTime> expires = std::nullopt, bool enabled = true)
{
    WindowVersion v;
    v.created = created;
    v.expires = expires;
    v.enabled = enabled;
    return v;
}

QString stamp(const QDateTime &time)
{
    return time.toString(Qt::ISODate);
}

// "Rotate 2026-04-01T00:00:00Z g0 v1 (90 days after creation) [lifetimeActions[0].trigger.timeAfterCreate]"
QStringList describe(const QList<PlanEvent> &events)
{
    QStringList out;
    for (const PlanEvent &e : events) {
        QString line = QStringLiteral("%1 %2").arg(eventKindName(e.kind), stamp(e.at));
        if (e.end)
            line += QStringLiteral("..%1").arg(stamp(*e.end));
        line += QStringLiteral(" g%1 v%2 (%3)").arg(e.generation).arg(e.version).arg(e.reason);
        if (!e.source.isEmpty())
            line += QStringLiteral(" [%1]").arg(e.source);
        out << line;
    }
    return out;
}

QList<QDateTime> timesOf(const QList<PlanEvent> &events, EventKind kind)
{
    QList<QDateTime> out;
    for (const PlanEvent &e : events) {
        if (e.kind == kind)
            out << e.at;
    }
    return out;
}

// What every window plan must satisfy; returns the first broken invariant, or empty.
QString brokenInvariant(const WindowPlan &plan, const QDateTime &from, const QDateTime &to, const QDateTime &now)
{
    for (int i = 0; i < plan.events.size(); ++i) {
        const PlanEvent &e = plan.events.at(i);
        if (e.at.timeSpec() != Qt::UTC)
            return QStringLiteral("event %1 not UTC").arg(i);
        if (i > 0) {
            const PlanEvent &p = plan.events.at(i - 1);
            const bool ordered = p.at < e.at || (p.at == e.at && p.generation < e.generation)
                    || (p.at == e.at && p.generation == e.generation && int(p.kind) <= int(e.kind));
            if (!ordered)
                return QStringLiteral("event %1 out of order").arg(i);
        }
        const bool span = e.kind == EventKind::VersionValid || e.kind == EventKind::Overdue;
        if (span ? (e.at > to || (e.end && *e.end < from)) : (e.at < from || e.at > to))
            return QStringLiteral("event %1 outside the window").arg(i);
        if ((e.kind == EventKind::Rotate || e.kind == EventKind::Notify) && e.at < now)
            return QStringLiteral("action %1 before now").arg(i);
        if ((e.generation > 0) != (e.version < 0))
            return QStringLiteral("event %1: generation %2 with version %3").arg(i).arg(e.generation).arg(e.version);
    }
    return plan.events.size() <= RotationPlanner::kMaxWindowEvents ? QString() : QStringLiteral("over the cap");
}

// The policy's triggers, read back for the independent model in simulation().
struct Triggers
{
    std::optional<IsoDuration> rotateAfter;
    std::optional<IsoDuration> rotateBefore;
    std::optional<IsoDuration> notifyBefore;
};

Triggers triggersOf(const RotationPolicy &policy)
{
    Triggers t;
    for (const LifetimeAction &a : policy.effectiveLifetimeActions()) {
        if (a.type == ActionType::Rotate && a.trigger.timeAfterCreate)
            t.rotateAfter = a.trigger.timeAfterCreate;
        if (a.type == ActionType::Rotate && a.trigger.timeBeforeExpiry)
            t.rotateBefore = a.trigger.timeBeforeExpiry;
        if (a.type == ActionType::Notify)
            t.notifyBefore = a.trigger.timeBeforeExpiry;
    }
    return t;
}

// A runner driven by the plan alone, as the vault's rotate --due will be: at each wake-up it performs the Rotate
// and Notify events placed at `now` (a Rotate adds a version, a Notify records the notice on its version).
struct Run
{
    QList<WindowVersion> versions;
    QList<QDateTime> rotations;
    QList<QPair<int, QDateTime>> notices; // (version index, when)
    int overdueSeen = 0;
    QString broken;
};

enum class Wake { EveryDay, AtEachEvent };

Run simulate(const RotationPolicy &policy, QList<WindowVersion> versions, const QDateTime &end, Wake wake,
             ObjectKind kind = ObjectKind::Secret)
{
    Run run;
    FakeClock clock(versions.last().created);
    while (clock.now() < end && run.broken.isEmpty()) {
        const QDateTime now = clock.now();
        const QDateTime horizon = now.addDays(400);
        const WindowPlan plan = RotationPlanner::planWindow(policy, versions, now, horizon, now, kind);
        run.broken = brokenInvariant(plan, now, horizon, now);
        std::optional<QDateTime> nextAction;
        for (const PlanEvent &e : plan.events) {
            if (e.kind == EventKind::Overdue)
                ++run.overdueSeen;
            if (e.kind != EventKind::Rotate && e.kind != EventKind::Notify)
                continue;
            if (e.at > now) {
                if (!nextAction || e.at < *nextAction)
                    nextAction = e.at;
                continue;
            }
            if (e.generation != 0)
                run.broken = QStringLiteral("a due action of generation %1").arg(e.generation);
            if (e.kind == EventKind::Notify) {
                versions[e.version].lastNotified = now;
                run.notices << qMakePair(int(e.version), now);
            } else {
                run.rotations << now;
                versions << version(now, RotationPlanner::newVersionExpiry(policy, now));
            }
        }
        QDateTime next = now.addDays(1);
        if (wake == Wake::AtEachEvent) {
            next = QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC);
            if (nextAction && *nextAction < next)
                next = *nextAction;
        }
        clock.set(next);
    }
    run.versions = versions;
    return run;
}

// The independent model: version k (created c, expiring e) is rotated at min(c + after, e − before), notified
// at max(e − notifyBefore, c) when that comes before its rotation, and the next version expires at c' + expiryTime.
struct Expected
{
    QList<QDateTime> rotations;
    QList<QPair<int, QDateTime>> notices;
};

Expected model(const RotationPolicy &policy, const WindowVersion &first, const QDateTime &end)
{
    const Triggers t = triggersOf(policy);
    Expected out;
    QDateTime created = first.created;
    std::optional<QDateTime> expires = first.expires;
    for (int index = 0;; ++index) {
        std::optional<QDateTime> rotate;
        if (t.rotateAfter)
            rotate = t.rotateAfter->addTo(created);
        if (t.rotateBefore && expires) {
            const QDateTime before = t.rotateBefore->subtractFrom(*expires);
            if (!rotate || before < *rotate)
                rotate = before;
        }
        if (t.notifyBefore && expires) {
            const QDateTime notify = std::max(t.notifyBefore->subtractFrom(*expires), created);
            if ((!rotate || notify < *rotate) && notify < end)
                out.notices << qMakePair(index, notify);
        }
        if (!rotate || *rotate >= end)
            return out;
        out.rotations << *rotate;
        created = *rotate;
        expires = RotationPlanner::newVersionExpiry(policy, created);
    }
}

// The first wake-up at or after `time` for a runner that wakes every day at the start's time of day.
QDateTime nextTick(const QDateTime &start, const QDateTime &time)
{
    QDateTime tick = start;
    while (tick < time)
        tick = tick.addDays(1);
    return tick;
}

} // namespace

Q_DECLARE_METATYPE(coffer::rotation::RotationPolicy)
Q_DECLARE_METATYPE(coffer::rotation::WindowVersion)

class TestRotationPlannerWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void oneYearOfASecret()
    {
        // A secret rotated every 90 days, notified 30 days before expiry; versions made by rotation live 100 days,
        // so each is notified (day 70) before it is rotated (day 90). The older version still runs out in March.
        const RotationPolicy policy = policyOf(
                {LifetimeAction::rotateAfterCreate(dur("P90D")), LifetimeAction::notifyBeforeExpiry(dur("P30D"))},
                "P100D");
        const QList<WindowVersion> versions
                = {version(utc(2025, 6, 1), utc(2026, 3, 1)), version(utc(2026, 1, 1), utc(2026, 5, 1))};
        const WindowPlan plan = RotationPlanner::planWindow(policy, versions, utc(2026, 1, 1), utc(2026, 7, 1),
                                                            utc(2026, 1, 10), ObjectKind::Secret);
        QCOMPARE(brokenInvariant(plan, utc(2026, 1, 1), utc(2026, 7, 1), utc(2026, 1, 10)), QString());
        QVERIFY(!plan.truncated);
        QCOMPARE(plan.notScheduledReason, QString());
        const QString rotate = QStringLiteral("[lifetimeActions[0].trigger.timeAfterCreate]");
        const QString notify = QStringLiteral("[lifetimeActions[1].trigger.timeBeforeExpiry]");
        QCOMPARE(describe(plan.events),
                 (QStringList {
                         QStringLiteral("VersionValid 2025-06-01T00:00:00Z..2026-03-01T00:00:00Z g-1 v0 (version of "
                                        "the secret valid until 2026-03-01T00:00:00Z)"),
                         QStringLiteral("VersionValid 2026-01-01T00:00:00Z..2026-05-01T00:00:00Z g0 v1 (version of "
                                        "the secret valid until 2026-05-01T00:00:00Z)"),
                         QStringLiteral("NearExpiry 2026-01-30T00:00:00Z g-1 v0 (the secret version expires in 30 "
                                        "days) ")
                                 + notify,
                         QStringLiteral("Expire 2026-03-01T00:00:00Z g-1 v0 (the secret version expires)"),
                         QStringLiteral("Rotate 2026-04-01T00:00:00Z g0 v1 (90 days after creation) ") + rotate,
                         QStringLiteral("NearExpiry 2026-04-01T00:00:00Z g0 v1 (the secret version expires in 30 "
                                        "days) ")
                                 + notify,
                         QStringLiteral("VersionValid 2026-04-01T00:00:00Z..2026-07-10T00:00:00Z g1 v-1 (version of "
                                        "the secret made by rotation (90 days after creation)) ")
                                 + rotate,
                         QStringLiteral("Expire 2026-05-01T00:00:00Z g0 v1 (the secret version expires)"),
                         QStringLiteral("Notify 2026-06-10T00:00:00Z g1 v-1 (30 days before expiry) ") + notify,
                         QStringLiteral("NearExpiry 2026-06-10T00:00:00Z g1 v-1 (the secret version expires in 30 "
                                        "days) ")
                                 + notify,
                         QStringLiteral("Rotate 2026-06-30T00:00:00Z g1 v-1 (90 days after creation) ") + rotate,
                         QStringLiteral("VersionValid 2026-06-30T00:00:00Z..2026-10-08T00:00:00Z g2 v-1 (version of "
                                        "the secret made by rotation (90 days after creation)) ")
                                 + rotate,
                 }));
        // The current version (expiring May 1) is rotated on April 1, before its notice (April 1) would fire:
        // as plan(), a notice is listed only when it comes before the rotation.
    }

    void rotationsAndNoticesEqualPlan_data()
    {
        QTest::addColumn<RotationPolicy>("policy");
        QTest::addColumn<WindowVersion>("current");
        QTest::addColumn<QDateTime>("now");
        QTest::newRow("P90D") << policyOf({LifetimeAction::rotateAfterCreate(dur("P90D"))}) << version(utc(2026, 1, 1))
                              << utc(2026, 1, 1);
        QTest::newRow("Azure example") << policyOf(
                {LifetimeAction::rotateAfterCreate(dur("P18M")), LifetimeAction::notifyBeforeExpiry(dur("P30D"))},
                "P1Y") << version(utc(2026, 1, 1), utc(2027, 1, 1))
                                       << utc(2026, 1, 1);
        QTest::newRow("overdue by months") << policyOf(
                {LifetimeAction::rotateAfterCreate(dur("P30D")), LifetimeAction::notifyBeforeExpiry(dur("P10D"))},
                "P40D") << version(utc(2026, 1, 1), utc(2026, 1, 20))
                                           << utc(2026, 6, 15, 8);
        QTest::newRow("before expiry, leap year") << policyOf({LifetimeAction::rotateBeforeExpiry(dur("P30D"))}, "P90D")
                                                  << version(utc(2023, 12, 1), utc(2024, 3, 1)) << utc(2023, 12, 1);
        QTest::newRow("P1M from Jan 31") << policyOf({LifetimeAction::rotateAfterCreate(dur("P1M"))})
                                         << version(utc(2025, 1, 31)) << utc(2025, 1, 31);
        QTest::newRow("notice already sent") << policyOf(
                {LifetimeAction::rotateAfterCreate(dur("P90D")), LifetimeAction::notifyBeforeExpiry(dur("P30D"))},
                "P60D") <<
                [] {
                    WindowVersion v = version(utc(2026, 1, 1), utc(2026, 3, 2));
                    v.lastNotified = utc(2026, 1, 31, 6);
                    return v;
                }() << utc(2026, 2, 10);
    }
    void rotationsAndNoticesEqualPlan()
    {
        QFETCH(RotationPolicy, policy);
        QFETCH(WindowVersion, current);
        QFETCH(QDateTime, now);
        const QDateTime to = now.addYears(10);
        const WindowPlan window = RotationPlanner::planWindow(policy, {current}, now, to, now, ObjectKind::Key);
        QCOMPARE(brokenInvariant(window, now, to, now), QString());

        const QList<QDateTime> rotations = timesOf(window.events, EventKind::Rotate);
        QVERIFY(rotations.size() >= 3);
        QCOMPARE(rotations.mid(0, 3), RotationPlanner::nextRotations(policy, current.created, current.expires, now));

        // The notices and rotations up to the third rotation are plan()'s, at the same times.
        const Plan plan = RotationPlanner::plan(policy, {current.created, current.expires, current.lastNotified}, now);
        QStringList fromPlan;
        for (const DueAction &a : plan.due)
            fromPlan << QStringLiteral("%1 %2").arg(actionTypeName(a.type), stamp(now));
        for (const PlannedAction &a : plan.next)
            fromPlan << QStringLiteral("%1 %2").arg(actionTypeName(a.type), stamp(a.at));
        QStringList fromWindow;
        for (const PlanEvent &e : window.events) {
            if ((e.kind == EventKind::Rotate || e.kind == EventKind::Notify) && e.at <= rotations.at(2))
                fromWindow << QStringLiteral("%1 %2").arg(eventKindName(e.kind), stamp(e.at));
        }
        fromPlan.sort();
        fromWindow.sort();
        QCOMPARE(fromWindow, fromPlan);
        QCOMPARE(window.notScheduledReason, plan.notScheduledReason);
    }

    void yearsOfSimulatedTime_data()
    {
        QTest::addColumn<RotationPolicy>("policy");
        QTest::addColumn<WindowVersion>("first");
        QTest::addColumn<int>("rotations"); // over six years, from the independent model too
        QTest::addColumn<int>("notices");
        QTest::newRow("P90D, notice 30 days before a 100-day expiry") << policyOf(
                {LifetimeAction::rotateAfterCreate(dur("P90D")), LifetimeAction::notifyBeforeExpiry(dur("P30D"))},
                "P100D") << version(utc(2026, 1, 1, 10, 17, 23), utc(2026, 4, 11, 10, 17, 23))
                                                                      << 24 << 24;
        QTest::newRow("30 days before a 60-day expiry, notice at 45") << policyOf(
                {LifetimeAction::rotateBeforeExpiry(dur("P30D")), LifetimeAction::notifyBeforeExpiry(dur("P45D"))},
                "P60D") << version(utc(2026, 1, 1), utc(2026, 3, 2)) << 73
                                                                      << 73;
        QTest::newRow("P1M from Jan 31, no expiry")
                << policyOf({LifetimeAction::rotateAfterCreate(dur("P1M"))}) << version(utc(2025, 1, 31)) << 72 << 0;
        QTest::newRow("Azure example: P18M, notice P30D, expiry P2Y, first expiry after 1 year") << policyOf(
                {LifetimeAction::rotateAfterCreate(dur("P18M")), LifetimeAction::notifyBeforeExpiry(dur("P30D"))},
                "P2Y") << version(utc(2026, 1, 1), utc(2027, 1, 1)) << 3 << 1;
        QTest::newRow("Azure minimums: P7D after create")
                << policyOf({LifetimeAction::rotateAfterCreate(dur("P7D"))}) << version(utc(2026, 1, 1)) << 312 << 0;
        QTest::newRow("Azure minimums: 7 days before a 28-day expiry")
                << policyOf({LifetimeAction::rotateBeforeExpiry(dur("P7D"))}, "P28D")
                << version(utc(2026, 1, 1), utc(2026, 1, 29)) << 104 << 0;
        QTest::newRow("default policy: one notice, no rotation")
                << policyOf({}) << version(utc(2026, 1, 1), utc(2027, 1, 1)) << 0 << 1;
    }
    void yearsOfSimulatedTime()
    {
        QFETCH(RotationPolicy, policy);
        QFETCH(WindowVersion, first);
        QFETCH(int, rotations);
        QFETCH(int, notices);
        COFFER_VERIFY_OK(policy.validate(first.created));
        const QDateTime end = first.created.addYears(6);
        const Expected expected = model(policy, first, end);
        QCOMPARE(expected.rotations.size(), rotations);
        QCOMPARE(expected.notices.size(), notices);

        // Woken at every event's second (the console's single-shot timer): each action exactly when due.
        const Run exact = simulate(policy, {first}, end, Wake::AtEachEvent);
        QCOMPARE(exact.broken, QString());
        QCOMPARE(exact.rotations, expected.rotations);
        QCOMPARE(exact.notices, expected.notices);
        QCOMPARE(exact.overdueSeen, 0);
        QCOMPARE(exact.versions.size(), rotations + 1); // one new version per rotation: never twice

        // Azure's minimums hold for every version made: rotated no sooner than 7 days after its creation and,
        // with a before-expiry trigger, at least 7 days before its expiry.
        for (int i = 0; i + 1 < exact.versions.size(); ++i) {
            const WindowVersion &v = exact.versions.at(i);
            const QDateTime rotatedAt = exact.versions.at(i + 1).created;
            QVERIFY2(rotatedAt >= v.created.addDays(7), qPrintable(stamp(rotatedAt)));
            if (v.expires && triggersOf(policy).rotateBefore)
                QVERIFY2(rotatedAt <= v.expires->addDays(-7), qPrintable(stamp(rotatedAt)));
        }

        // Woken once a day (cron, systemd timer) at the first version's time of day: each action at the first
        // wake-up at or after its due time, still once per version.
        const Run daily = simulate(policy, {first}, end, Wake::EveryDay);
        QCOMPARE(daily.broken, QString());
        QVERIFY(!daily.rotations.isEmpty() || rotations == 0);
        for (int i = 0; i < daily.rotations.size(); ++i) {
            const WindowVersion &v = daily.versions.at(i);
            const Expected one = model(policy, v, end);
            QVERIFY(!one.rotations.isEmpty());
            QCOMPARE(daily.rotations.at(i), nextTick(first.created, one.rotations.first()));
        }
        QList<int> notified;
        for (const auto &notice : daily.notices) {
            QVERIFY2(!notified.contains(notice.first),
                     qPrintable(QStringLiteral("version %1 notified twice").arg(notice.first)));
            notified << notice.first;
        }
    }

    void januaryThirtyFirstPlusOneMonth()
    {
        // Jan 31 + P1M clamps to Feb 28; the version made then is rotated a month later, on the 28th, and so on
        // (IsoDuration: each step adds to the new version's own creation date).
        const RotationPolicy policy = policyOf({LifetimeAction::rotateAfterCreate(dur("P1M"))});
        const WindowVersion first = version(utc(2025, 1, 31, 12));
        const WindowPlan plan = RotationPlanner::planWindow(policy, {first}, utc(2025, 1, 1), utc(2025, 6, 30),
                                                            first.created, ObjectKind::Secret);
        QCOMPARE(timesOf(plan.events, EventKind::Rotate),
                 (QList<QDateTime> {utc(2025, 2, 28, 12), utc(2025, 3, 28, 12), utc(2025, 4, 28, 12),
                                    utc(2025, 5, 28, 12), utc(2025, 6, 28, 12)}));
        const Run run = simulate(policy, {first}, utc(2025, 6, 30), Wake::AtEachEvent);
        QCOMPARE(run.rotations, timesOf(plan.events, EventKind::Rotate));
        // In a leap year the first step lands on Feb 29.
        const WindowPlan leap = RotationPlanner::planWindow(policy, {version(utc(2024, 1, 31))}, utc(2024, 1, 1),
                                                            utc(2024, 3, 31), utc(2024, 1, 31), ObjectKind::Secret);
        QCOMPARE(timesOf(leap.events, EventKind::Rotate), (QList<QDateTime> {utc(2024, 2, 29), utc(2024, 3, 29)}));
    }

    void movedExpiryReArmsTheNotice()
    {
        const RotationPolicy policy = policyOf({}); // no actions: the default, Notify 30 days before expiry
        QList<WindowVersion> versions = {version(utc(2026, 1, 1), utc(2026, 6, 1))};
        FakeClock clock(utc(2026, 1, 1));
        QList<QDateTime> notices;
        const auto runDay = [&]() {
            const QDateTime now = clock.now();
            clock.advanceDays(1); // first: a failed check below returns from this lambda only
            const WindowPlan plan
                    = RotationPlanner::planWindow(policy, versions, now, now.addYears(1), now, ObjectKind::Secret);
            for (const PlanEvent &e : plan.events) {
                QVERIFY(e.kind != EventKind::Rotate);
                if (e.kind == EventKind::Notify && e.at == now) {
                    QCOMPARE(e.reason, QStringLiteral("30 days before expiry (default policy)"));
                    QCOMPARE(e.source, QString()); // the built-in default, not a stored policy path
                    versions[e.version].lastNotified = now;
                    notices << now;
                }
            }
        };
        while (clock.now() < utc(2026, 5, 20))
            runDay();
        QCOMPARE(notices, QList<QDateTime> {utc(2026, 5, 2)});

        // The owner moves the expiry out by three months: the notice is due again for the new date, once.
        versions[0].expires = utc(2026, 9, 1);
        while (clock.now() < utc(2027, 1, 1))
            runDay();
        QCOMPARE(notices, (QList<QDateTime> {utc(2026, 5, 2), utc(2026, 8, 2)}));
    }

    void disabledVersions()
    {
        const RotationPolicy policy = policyOf({LifetimeAction::rotateAfterCreate(dur("P90D"))}, "P1Y");
        const QDateTime from = utc(2026, 1, 1);
        const QDateTime to = utc(2027, 1, 1);
        // A disabled older version: not valid, no expiry marks; the current one plans as usual.
        const QList<WindowVersion> olderDisabled
                = {version(utc(2025, 10, 1), utc(2026, 6, 1), false), version(utc(2026, 1, 1), utc(2027, 1, 1))};
        WindowPlan plan = RotationPlanner::planWindow(policy, olderDisabled, from, to, from, ObjectKind::Secret);
        for (const PlanEvent &e : plan.events)
            QVERIFY2(e.version != 0, qPrintable(describe({e}).first()));
        QCOMPARE(timesOf(plan.events, EventKind::Rotate),
                 (QList<QDateTime> {utc(2026, 4, 1), utc(2026, 6, 30), utc(2026, 9, 28), utc(2026, 12, 27)}));

        // A disabled current version: the runner skips it, so nothing is planned, and the reason says why.
        const QList<WindowVersion> currentDisabled
                = {version(utc(2025, 10, 1), utc(2026, 6, 1)), version(utc(2026, 1, 1), utc(2027, 1, 1), false)};
        plan = RotationPlanner::planWindow(policy, currentDisabled, from, to, utc(2026, 8, 1), ObjectKind::Secret);
        QCOMPARE(plan.notScheduledReason,
                 QStringLiteral("the current version of the secret is disabled; nothing is "
                                "rotated or notified until it is enabled"));
        QCOMPARE(describe(plan.events),
                 (QStringList {QStringLiteral("VersionValid 2025-10-01T00:00:00Z..2026-06-01T00:00:00Z g-1 v0 "
                                              "(version of the secret valid until 2026-06-01T00:00:00Z)"),
                               QStringLiteral("NearExpiry 2026-05-02T00:00:00Z g-1 v0 (the secret version expires "
                                              "in 30 days)"),
                               QStringLiteral("Expire 2026-06-01T00:00:00Z g-1 v0 (the secret version expires)")}));
    }

    void kindAwareReasons()
    {
        QCOMPARE(RotationPlanner::noExpiryReason(ObjectKind::Secret),
                 QStringLiteral("the secret has no expiry date; a before-expiry trigger cannot fire"));
        QCOMPARE(RotationPlanner::noExpiryReason(ObjectKind::Certificate),
                 QStringLiteral("the certificate has no expiry date; a before-expiry trigger cannot fire"));
        QCOMPARE(RotationPlanner::noExpiryReason(),
                 QStringLiteral("the key has no expiry date; a before-expiry trigger cannot fire"));
        const RotationPolicy policy = RotationPolicy::defaultPolicy();
        const QDateTime now = utc(2026, 1, 2);
        QCOMPARE(
                RotationPlanner::plan(policy, {utc(2026, 1, 1), std::nullopt, std::nullopt}, now, 3, ObjectKind::Secret)
                        .notScheduledReason,
                RotationPlanner::noExpiryReason(ObjectKind::Secret));
        QCOMPARE(RotationPlanner::plan(policy, {utc(2026, 1, 1), std::nullopt, std::nullopt}, now).notScheduledReason,
                 RotationPlanner::noExpiryReason(ObjectKind::Key));
        const WindowPlan window = RotationPlanner::planWindow(policy, {version(utc(2026, 1, 1))}, now, now.addYears(1),
                                                              now, ObjectKind::Certificate);
        QCOMPARE(window.notScheduledReason, RotationPlanner::noExpiryReason(ObjectKind::Certificate));
        QCOMPARE(describe(window.events),
                 QStringList {QStringLiteral("VersionValid 2026-01-01T00:00:00Z g0 v0 (version of the certificate "
                                             "valid, no expiry)")});
    }

    void timeShiftIsPure()
    {
        const RotationPolicy policy = policyOf(
                {LifetimeAction::rotateAfterCreate(dur("P90D")), LifetimeAction::notifyBeforeExpiry(dur("P30D"))},
                "P1Y");
        const QList<WindowVersion> versions = {version(utc(2026, 1, 1), utc(2026, 5, 1))};
        const QList<WindowVersion> copy = versions;
        const QDateTime now = utc(2026, 1, 10);
        const QDateTime from = utc(2026, 1, 1);
        const QDateTime to = utc(2027, 1, 1);
        const WindowPlan today = RotationPlanner::planWindow(policy, versions, from, to, now, ObjectKind::Secret);

        // Shift six months ahead, as if nothing ran meanwhile: the notice (April 1) and rotation (April 1) of the
        // current version are overdue and placed at the shifted now; what plan() calls due then.
        const QDateTime shifted = utc(2026, 7, 1);
        const WindowPlan ahead = RotationPlanner::planWindow(policy, versions, from, to, shifted, ObjectKind::Secret);
        QCOMPARE(brokenInvariant(ahead, from, to, shifted), QString());
        QStringList overdue;
        for (const PlanEvent &e : ahead.events) {
            if (e.kind == EventKind::Overdue)
                overdue << describe({e});
        }
        QCOMPARE(overdue,
                 (QStringList {QStringLiteral("Overdue 2026-04-01T00:00:00Z..2026-07-01T00:00:00Z g0 v0 (Notify due "
                                              "since 2026-04-01T00:00:00Z (30 days before expiry)) "
                                              "[lifetimeActions[1].trigger.timeBeforeExpiry]"),
                               QStringLiteral("Overdue 2026-04-01T00:00:00Z..2026-07-01T00:00:00Z g0 v0 (Rotate due "
                                              "since 2026-04-01T00:00:00Z (90 days after creation)) "
                                              "[lifetimeActions[0].trigger.timeAfterCreate]")}));
        const Plan due = RotationPlanner::plan(
                policy, {versions.first().created, versions.first().expires, std::nullopt}, shifted);
        QCOMPARE(due.due.size(), 2);
        for (const DueAction &a : due.due)
            QCOMPARE(a.dueSince, utc(2026, 4, 1));
        QCOMPARE(timesOf(ahead.events, EventKind::Rotate).first(), shifted);

        // Nothing changed: same inputs, and asking again for today gives today's plan.
        QCOMPARE(versions.size(), copy.size());
        QCOMPARE(versions.first().expires, copy.first().expires);
        QCOMPARE(versions.first().lastNotified, copy.first().lastNotified);
        QCOMPARE(RotationPlanner::planWindow(policy, versions, from, to, now, ObjectKind::Secret).events, today.events);
        QCOMPARE(timesOf(today.events, EventKind::Rotate).first(), utc(2026, 4, 1));
        for (const PlanEvent &e : today.events)
            QVERIFY(e.kind != EventKind::Overdue);
    }

    void capsAtAThousandEvents()
    {
        // P7D rotations for a century: far more than the cap. The earliest 1000 are kept, in order, and they are
        // exactly what a window ending at the 1000th event's time lists.
        const RotationPolicy policy = policyOf({LifetimeAction::rotateAfterCreate(dur("P7D"))}, "P28D");
        const QList<WindowVersion> versions = {version(utc(2026, 1, 1), utc(2026, 1, 29))};
        const QDateTime from = utc(2026, 1, 1);
        const WindowPlan plan
                = RotationPlanner::planWindow(policy, versions, from, utc(2126, 1, 1), from, ObjectKind::Key);
        QVERIFY(plan.truncated);
        QCOMPARE(plan.events.size(), RotationPlanner::kMaxWindowEvents);
        QCOMPARE(brokenInvariant(plan, from, utc(2126, 1, 1), from), QString());
        const QDateTime last = plan.events.last().at;
        const WindowPlan shorter
                = RotationPlanner::planWindow(policy, versions, from, last.addSecs(-1), from, ObjectKind::Key);
        QVERIFY(!shorter.truncated);
        QVERIFY(shorter.events.size() < plan.events.size());
        QCOMPARE(shorter.events, plan.events.mid(0, shorter.events.size()));
    }

    void invalidPolicyStillTerminates()
    {
        // PT1H after creation breaks the P7D minimum (validate() refuses it), but a stored one must not hang the
        // planner: a window 50 years out would take 438,000 simulated versions to reach. Each lives 28 days, so
        // none reaches the window; the planner gives up after 100,000 and says the list is incomplete.
        const RotationPolicy policy = policyOf({LifetimeAction::rotateAfterCreate(dur("PT1H"))}, "P28D");
        QVERIFY(!policy.validateAll(utc(2026, 1, 1)).isEmpty());
        const WindowPlan plan
                = RotationPlanner::planWindow(policy, {version(utc(2026, 1, 1), utc(2026, 1, 29))}, utc(2076, 1, 1),
                                              utc(2126, 1, 1), utc(2026, 1, 1), ObjectKind::Secret);
        QVERIFY(plan.truncated);
        QCOMPARE(plan.events, QList<PlanEvent>());
        // Versions without expiry stay valid: every one of them overlaps any later window, and the cap applies.
        const WindowPlan open = RotationPlanner::planWindow(policyOf({LifetimeAction::rotateAfterCreate(dur("PT1H"))}),
                                                            {version(utc(2026, 1, 1))}, utc(2076, 1, 1),
                                                            utc(2126, 1, 1), utc(2026, 1, 1), ObjectKind::Secret);
        QVERIFY(open.truncated);
        QCOMPARE(open.events.size(), RotationPlanner::kMaxWindowEvents);
        QCOMPARE(open.events.first().kind, EventKind::VersionValid);
    }

    void emptyAndOutOfWindow()
    {
        const RotationPolicy policy = policyOf({}); // the default policy's actions
        QCOMPARE(RotationPlanner::planWindow(policy, {}, utc(2026, 1, 1), utc(2027, 1, 1), utc(2026, 1, 1),
                                             ObjectKind::Secret)
                         .events,
                 QList<PlanEvent>());
        // A version that expired before the window: nothing in it but the notice it is still owed (as plan():
        // once per version, even late), overdue since 30 days before its expiry.
        WindowVersion expired = version(utc(2024, 1, 1), utc(2025, 1, 1));
        WindowPlan plan = RotationPlanner::planWindow(policy, {expired}, utc(2026, 1, 1), utc(2027, 1, 1),
                                                      utc(2026, 1, 1), ObjectKind::Secret);
        QCOMPARE(describe(plan.events),
                 (QStringList {QStringLiteral("Overdue 2024-12-02T00:00:00Z..2026-01-01T00:00:00Z g0 v0 (Notify due "
                                              "since 2024-12-02T00:00:00Z (30 days before expiry (default policy)))"),
                               QStringLiteral("Notify 2026-01-01T00:00:00Z g0 v0 (30 days before expiry (default "
                                              "policy))")}));
        // Once sent, nothing.
        expired.lastNotified = utc(2024, 12, 2);
        plan = RotationPlanner::planWindow(policy, {expired}, utc(2026, 1, 1), utc(2027, 1, 1), utc(2026, 1, 1),
                                           ObjectKind::Secret);
        QCOMPARE(plan.events, QList<PlanEvent>());
    }
};

QTEST_GUILESS_MAIN(TestRotationPlannerWindow)
#include "TestRotationPlannerWindow.moc"
