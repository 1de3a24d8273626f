#include "core/rotation/RenewalPlanner.h"
#include "tests/support/TestUtil.h"

using namespace coffer;
using namespace coffer::rotation;

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

CertificateLifetimeAction percent(int p, LifetimeActionType type)
{
    return {p, std::nullopt, type};
}

CertificateLifetimeAction days(int d, LifetimeActionType type)
{
    return {std::nullopt, d, type};
}

constexpr auto Auto = LifetimeActionType::AutoRenew;
constexpr auto Email = LifetimeActionType::EmailContacts;

} // namespace

class TestRenewalPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { coffer::test::failOnAnyWarning(); }

    void names()
    {
        QCOMPARE(lifetimeActionTypeName(Email), QStringLiteral("EmailContacts"));
        QCOMPARE(lifetimeActionTypeName(Auto), QStringLiteral("AutoRenew"));
    }

    void percentageTrigger_data()
    {
        QTest::addColumn<QDateTime>("notBefore");
        QTest::addColumn<QDateTime>("notAfter");
        QTest::addColumn<int>("percentage");
        QTest::addColumn<QDateTime>("expected");
        // 2026 is not a leap year: 365 days = 31,536,000 s; 80% = 25,228,800 s = 292 days.
        QTest::newRow("80% of 2026") << utc(2026, 1, 1) << utc(2027, 1, 1) << 80 << utc(2026, 10, 20);
        // 2028 is a leap year: 366 days; 50% = 183 days exactly.
        QTest::newRow("50% of leap 2028") << utc(2028, 1, 1) << utc(2029, 1, 1) << 50 << utc(2028, 7, 2);
        // 1% of 2028 = 3.66 days = 316,224 s = 3 d 15:50:24.
        QTest::newRow("1% of leap 2028") << utc(2028, 1, 1) << utc(2029, 1, 1) << 1 << utc(2028, 1, 4, 15, 50, 24);
        // Floor: 99% of 101 s = 99.99 s -> 99 s.
        QTest::newRow("floor") << utc(2026, 1, 1) << utc(2026, 1, 1, 0, 1, 41) << 99 << utc(2026, 1, 1, 0, 1, 39);
        // Azure's GetCertificate example: nbf 1430344421, exp 2208988799, 80% -> +622,915,502.4 s, floored.
        QTest::newRow("azure example") << QDateTime::fromSecsSinceEpoch(1430344421, Qt::UTC)
                                       << QDateTime::fromSecsSinceEpoch(2208988799, Qt::UTC) << 80
                                       << QDateTime::fromSecsSinceEpoch(1430344421 + 622915502, Qt::UTC);
    }

    void percentageTrigger()
    {
        QFETCH(QDateTime, notBefore);
        QFETCH(QDateTime, notAfter);
        QFETCH(int, percentage);
        QFETCH(QDateTime, expected);
        const QDateTime at = triggerTime(percent(percentage, Email), {notBefore, notAfter, std::nullopt});
        QCOMPARE(at, expected);
    }

    void daysTrigger_data()
    {
        QTest::addColumn<QDateTime>("notAfter");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("30 days") << utc(2027, 1, 1, 12) << 30 << utc(2026, 12, 2, 12);
        // Across Feb 29 of a leap year: 2028-03-01 - 1 day = 2028-02-29.
        QTest::newRow("leap day") << utc(2028, 3, 1, 8, 30) << 1 << utc(2028, 2, 29, 8, 30);
        QTest::newRow("non-leap March 1") << utc(2027, 3, 1) << 1 << utc(2027, 2, 28);
        // A month end: 2026-03-31 - 31 days = 2026-02-28.
        QTest::newRow("month end") << utc(2026, 3, 31, 23, 59, 59) << 31 << utc(2026, 2, 28, 23, 59, 59);
        QTest::newRow("90 days (CLI default)") << utc(2027, 1, 1) << 90 << utc(2026, 10, 3);
    }

    void daysTrigger()
    {
        QFETCH(QDateTime, notAfter);
        QFETCH(int, days);
        QFETCH(QDateTime, expected);
        const QDateTime at = triggerTime(::days(days, Auto), {utc(2020, 1, 1), notAfter, std::nullopt});
        QCOMPARE(at, expected);
    }

    void noTriggerIsInvalid()
    {
        QVERIFY(!triggerTime({std::nullopt, std::nullopt, Email}, {utc(2026, 1, 1), utc(2027, 1, 1), std::nullopt})
                         .isValid());
        const RenewalPlan plan = planRenewal({{std::nullopt, std::nullopt, Auto}}, true,
                                             {utc(2026, 1, 1), utc(2027, 1, 1), std::nullopt}, utc(2030, 1, 1));
        QVERIFY(!plan.renewDue);
        QVERIFY(!plan.notifyDue);
        QVERIFY(plan.reason.contains(QStringLiteral("no trigger")));
    }

    void autoRenewExactlyAtTheTriggerSecond()
    {
        const CertificateTimes times {utc(2026, 1, 1), utc(2027, 1, 1), std::nullopt};
        const QList<CertificateLifetimeAction> actions {percent(80, Auto)};
        const QDateTime trigger = utc(2026, 10, 20);

        const RenewalPlan before = planRenewal(actions, true, times, trigger.addSecs(-1));
        QVERIFY(!before.renewDue);
        QVERIFY(!before.notifyDue);
        QCOMPARE(before.renewAt, std::optional<QDateTime>(trigger));
        QCOMPARE(before.notifyAt, std::optional<QDateTime>());
        QCOMPARE(before.reason, QStringLiteral("AutoRenew at 80% of its lifetime (2026-10-20 00:00:00 UTC)"));

        const RenewalPlan at = planRenewal(actions, true, times, trigger);
        QVERIFY(at.renewDue);
        QVERIFY(!at.notifyDue);
        QCOMPARE(at.reason, QStringLiteral("AutoRenew at 80% of its lifetime (2026-10-20 00:00:00 UTC): due"));

        // Still due after expiry (the certificate was not renewed in time).
        QVERIFY(planRenewal(actions, true, times, utc(2027, 6, 1)).renewDue);
    }

    void notificationOnceAtTheTriggerSecond()
    {
        CertificateTimes times {utc(2026, 1, 1), utc(2027, 1, 1, 12), std::nullopt};
        const QList<CertificateLifetimeAction> actions {days(30, Email)};
        const QDateTime trigger = utc(2026, 12, 2, 12);

        const RenewalPlan before = planRenewal(actions, true, times, trigger.addSecs(-1));
        QVERIFY(!before.notifyDue);
        QCOMPARE(before.notifyAt, std::optional<QDateTime>(trigger));
        QCOMPARE(before.renewAt, std::optional<QDateTime>());

        const RenewalPlan due = planRenewal(actions, true, times, trigger);
        QVERIFY(due.notifyDue);
        QVERIFY(!due.renewDue);
        QCOMPARE(due.reason, QStringLiteral("EmailContacts at 30 days before expiry (2026-12-02 12:00:00 UTC): due"));

        times.notifiedAt = trigger.addSecs(5);
        const RenewalPlan sent = planRenewal(actions, true, times, trigger.addDays(3));
        QVERIFY(!sent.notifyDue);
        QCOMPARE(sent.notifyAt, std::optional<QDateTime>(trigger));
        QCOMPARE(sent.reason,
                 QStringLiteral("EmailContacts at 30 days before expiry (2026-12-02 12:00:00 UTC): "
                                "already notified (2026-12-02 12:00:05 UTC)"));
    }

    void autoRenewWithUnknownIssuerIsANotification()
    {
        CertificateTimes times {utc(2026, 1, 1), utc(2027, 1, 1), std::nullopt};
        const QList<CertificateLifetimeAction> actions {percent(80, Auto)};
        const RenewalPlan plan = planRenewal(actions, false, times, utc(2026, 10, 20));
        QVERIFY(!plan.renewDue);
        QVERIFY(plan.notifyDue);
        QCOMPARE(plan.renewAt, std::optional<QDateTime>());
        QCOMPARE(plan.notifyAt, std::optional<QDateTime>(utc(2026, 10, 20)));
        QVERIFY2(plan.reason.startsWith(QStringLiteral("AutoRenew needs issuer Self")), qPrintable(plan.reason));
        QVERIFY(plan.reason.endsWith(QStringLiteral(": due")));

        times.notifiedAt = utc(2026, 10, 21);
        QVERIFY(!planRenewal(actions, false, times, utc(2026, 11, 1)).notifyDue);
    }

    void bothActions()
    {
        // Self-signed with AutoRenew at 90 days before expiry and a notification at 80% of the lifetime.
        const CertificateTimes times {utc(2026, 1, 1), utc(2027, 1, 1), std::nullopt};
        const QList<CertificateLifetimeAction> actions {days(90, Auto), percent(80, Email)};
        const RenewalPlan early = planRenewal(actions, true, times, utc(2026, 10, 3));
        QVERIFY(early.renewDue);
        QVERIFY(!early.notifyDue);
        QCOMPARE(early.renewAt, std::optional<QDateTime>(utc(2026, 10, 3)));
        QCOMPARE(early.notifyAt, std::optional<QDateTime>(utc(2026, 10, 20)));
        QVERIFY(early.reason.contains(QStringLiteral("; EmailContacts at 80% of its lifetime")));

        const RenewalPlan later = planRenewal(actions, true, times, utc(2026, 10, 20));
        QVERIFY(later.renewDue);
        QVERIFY(later.notifyDue);
    }

    void noActions()
    {
        const RenewalPlan plan
                = planRenewal({}, true, {utc(2026, 1, 1), utc(2027, 1, 1), std::nullopt}, utc(2030, 1, 1));
        QVERIFY(!plan.renewDue);
        QVERIFY(!plan.notifyDue);
        QVERIFY(!plan.renewAt);
        QVERIFY(!plan.notifyAt);
        QCOMPARE(plan.reason, QStringLiteral("no lifetime action"));
    }

    void nonUtcInputs()
    {
        // Times given in another zone offset compare as instants.
        const QDateTime notBefore = QDateTime(QDate(2026, 1, 1), QTime(2, 0), Qt::OffsetFromUTC, 2 * 3600);
        const CertificateTimes times {notBefore, utc(2026, 1, 31), std::nullopt};
        QCOMPARE(triggerTime(percent(50, Email), times), utc(2026, 1, 16));
    }
};

QTEST_GUILESS_MAIN(TestRenewalPlanner)
#include "TestRenewalPlanner.moc"
