#include "core/rotation/RotationPolicy.h"
#include "tests/support/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace coffer;
using namespace coffer::rotation;

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

IsoDuration dur(const QString &text)
{
    Result<IsoDuration> d = IsoDuration::parse(text);
    if (!d)
        qFatal("bad duration in test: %s", qPrintable(text));
    return *d;
}

QJsonObject jsonFrom(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return doc.object();
}

// azure-key-vault.md §1.9 (REST 7.4 UpdateKeyRotationPolicy-example.json request, and the az CLI file shape).
const char *const kAzureExample
        = "{ \"lifetimeActions\": [ "
          "    { \"trigger\": { \"timeAfterCreate\": \"P18M\", \"timeBeforeExpiry\": null }, \"action\": { \"type\": "
          "\"Rotate\" } }, "
          "    { \"trigger\": { \"timeBeforeExpiry\": \"P30D\" }, \"action\": { \"type\": \"Notify\" } } ], "
          "  \"attributes\": { \"expiryTime\": \"P2Y\" } }";

// The service's response to it: adds id and attributes.created/updated (epoch seconds).
const char *const kAzureResponse
        = "{ "
          "  \"id\": \"https://myvault.vault.azure.net/keys/CreateKeyTest/rotationpolicy\", "
          "  \"lifetimeActions\": [ "
          "    { \"trigger\": { \"timeAfterCreate\": \"P18M\" }, \"action\": { \"type\": \"Rotate\" } }, "
          "    { \"trigger\": { \"timeBeforeExpiry\": \"P30D\" }, \"action\": { \"type\": \"Notify\" } } ], "
          "  \"attributes\": { \"expiryTime\": \"P2Y\", \"created\": 1482188947, \"updated\": 1482188947 } }";

} // namespace

Q_DECLARE_METATYPE(coffer::rotation::RotationPolicy)

class TestRotationPolicy : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_reference = utc(2026, 1, 1);

    RotationPolicy policyWith(QList<LifetimeAction> actions, const QString &expiryTime = {}) const
    {
        RotationPolicy policy;
        policy.lifetimeActions = std::move(actions);
        if (!expiryTime.isEmpty())
            policy.expiryTime = dur(expiryTime);
        return policy;
    }

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void parseAndPrint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QList<int>>("parts"); // Y M W D H M S
        QTest::newRow("days") << QStringLiteral("P90D") << QStringLiteral("P90D") << QList<int> {0, 0, 0, 90, 0, 0, 0};
        QTest::newRow("years") << QStringLiteral("P1Y") << QStringLiteral("P1Y") << QList<int> {1, 0, 0, 0, 0, 0, 0};
        QTest::newRow("months kept as months")
                << QStringLiteral("P18M") << QStringLiteral("P18M") << QList<int> {0, 18, 0, 0, 0, 0, 0};
        QTest::newRow("weeks alone") << QStringLiteral("P2W") << QStringLiteral("P2W")
                                     << QList<int> {0, 0, 2, 0, 0, 0, 0};
        QTest::newRow("hours") << QStringLiteral("PT48H") << QStringLiteral("PT48H")
                               << QList<int> {0, 0, 0, 0, 48, 0, 0};
        QTest::newRow("minutes after T") << QStringLiteral("PT1M") << QStringLiteral("PT1M")
                                         << QList<int> {0, 0, 0, 0, 0, 1, 0};
        QTest::newRow("every part") << QStringLiteral("P1Y2M3DT4H5M6S") << QStringLiteral("P1Y2M3DT4H5M6S")
                                    << QList<int> {1, 2, 0, 3, 4, 5, 6};
        QTest::newRow(".NET doc example")
                << QStringLiteral("P1Y10D") << QStringLiteral("P1Y10D") << QList<int> {1, 0, 0, 10, 0, 0, 0};
        QTest::newRow("zero parts dropped")
                << QStringLiteral("P0Y90D") << QStringLiteral("P90D") << QList<int> {0, 0, 0, 90, 0, 0, 0};
        QTest::newRow("zero") << QStringLiteral("P0D") << QStringLiteral("PT0S") << QList<int> {0, 0, 0, 0, 0, 0, 0};
        QTest::newRow("lower case") << QStringLiteral("p1y6m") << QStringLiteral("P1Y6M")
                                    << QList<int> {1, 6, 0, 0, 0, 0, 0};
        QTest::newRow("six digits") << QStringLiteral("P999999D") << QStringLiteral("P999999D")
                                    << QList<int> {0, 0, 0, 999999, 0, 0, 0};
    }
    void parseAndPrint()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QList<int>, parts);
        const Result<IsoDuration> d = IsoDuration::parse(text);
        COFFER_VERIFY_OK(d);
        QCOMPARE(d->toString(), canonical);
        QCOMPARE((QList<int> {d->years(), d->months(), d->weeks(), d->days(), d->hours(), d->minutes(), d->seconds()}),
                 parts);
        // The canonical text parses back to the same duration.
        QCOMPARE(IsoDuration::parse(canonical).value(), d.value());
    }

    void badForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << QString() << QStringLiteral("the text is empty");
        QTest::newRow("no unit") << QStringLiteral("P7") << QStringLiteral("the number 7 has no unit");
        QTest::newRow("P alone") << QStringLiteral("P") << QStringLiteral("it has no parts");
        QTest::newRow("PT alone") << QStringLiteral("PT") << QStringLiteral("it has no parts");
        QTest::newRow("T without time") << QStringLiteral("P1DT") << QStringLiteral("T must be followed by");
        QTest::newRow("fraction") << QStringLiteral("P1.5D") << QStringLiteral("whole numbers");
        QTest::newRow("comma fraction") << QStringLiteral("P1,5D") << QStringLiteral("whole numbers");
        QTest::newRow("negative") << QStringLiteral("-P1D") << QStringLiteral("no sign");
        QTest::newRow("negative part") << QStringLiteral("P-1D") << QStringLiteral("negative");
        QTest::newRow("weeks mixed with years")
                << QStringLiteral("P1Y2W") << QStringLiteral("weeks (W) cannot be combined");
        QTest::newRow("weeks mixed with days")
                << QStringLiteral("P2W1D") << QStringLiteral("weeks (W) cannot be combined");
        QTest::newRow("no P") << QStringLiteral("90D") << QStringLiteral("it must start with P");
        QTest::newRow("days as a number only") << QStringLiteral("90") << QStringLiteral("it must start with P");
        QTest::newRow("out of order") << QStringLiteral("P1D1Y") << QStringLiteral("order");
        QTest::newRow("twice") << QStringLiteral("P1D2D") << QStringLiteral("D appears twice");
        QTest::newRow("hours before T") << QStringLiteral("P1H") << QStringLiteral("H belongs after a T (e.g. PT1H)");
        QTest::newRow("days after T") << QStringLiteral("PT1D") << QStringLiteral("D belongs before the T");
        QTest::newRow("unknown unit") << QStringLiteral("P1X") << QStringLiteral("'X' is not a unit");
        QTest::newRow("unit without number") << QStringLiteral("PD") << QStringLiteral("'D' has no number");
        QTest::newRow("space") << QStringLiteral(" P1D") << QStringLiteral("it must start with P");
        QTest::newRow("too large") << QStringLiteral("P1234567D") << QStringLiteral("1234567 is too large");
    }
    void badForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        const Result<IsoDuration> d = IsoDuration::parse(text);
        COFFER_VERIFY_ERROR(d, ErrorCode::InvalidArgument);
        const QString expectedStart
                = QStringLiteral("'%1' is not an ISO 8601 duration (e.g. P90D, P1Y, P2M, P1W): ").arg(text);
        QVERIFY2(d.error().context().startsWith(expectedStart), qPrintable(d.error().context()));
        QVERIFY2(d.error().context().contains(why), qPrintable(d.error().context()));
    }

    void displayString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("display");
        QTest::newRow("days") << QStringLiteral("P90D") << QStringLiteral("90 days");
        QTest::newRow("one year six months") << QStringLiteral("P1Y6M") << QStringLiteral("1 year 6 months");
        QTest::newRow("one week") << QStringLiteral("P1W") << QStringLiteral("1 week");
        QTest::newRow("hours") << QStringLiteral("PT36H") << QStringLiteral("36 hours");
        QTest::newRow("zero") << QStringLiteral("P0D") << QStringLiteral("0 seconds");
    }
    void displayString()
    {
        QFETCH(QString, text);
        QFETCH(QString, display);
        QCOMPARE(dur(text).toDisplayString(), display);
    }

    void arithmetic_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QDateTime>("plus");
        QTest::addColumn<QDateTime>("minus");
        QTest::newRow("Jan 31 + P1M clamps to Feb 28")
                << utc(2025, 1, 31) << QStringLiteral("P1M") << utc(2025, 2, 28) << utc(2024, 12, 31);
        QTest::newRow("Jan 31 + P1M in a leap year")
                << utc(2024, 1, 31) << QStringLiteral("P1M") << utc(2024, 2, 29) << utc(2023, 12, 31);
        QTest::newRow("Mar 31 - P1M clamps to Feb 29")
                << utc(2024, 3, 31) << QStringLiteral("P1M") << utc(2024, 4, 30) << utc(2024, 2, 29);
        QTest::newRow("Feb 29 + P1Y") << utc(2024, 2, 29) << QStringLiteral("P1Y") << utc(2025, 2, 28)
                                      << utc(2023, 2, 28);
        QTest::newRow("Feb 29 + P1Y1M: one clamp, over 13 months")
                << utc(2024, 2, 29) << QStringLiteral("P1Y1M") << utc(2025, 3, 29) << utc(2023, 1, 29);
        QTest::newRow("Jan 31 + P1M1D: months first")
                << utc(2025, 1, 31) << QStringLiteral("P1M1D") << utc(2025, 3, 1) << utc(2024, 12, 30);
        QTest::newRow("P90D across Feb") << utc(2024, 1, 1) << QStringLiteral("P90D") << utc(2024, 3, 31)
                                         << utc(2023, 10, 3);
        QTest::newRow("P2W") << utc(2026, 1, 1) << QStringLiteral("P2W") << utc(2026, 1, 15) << utc(2025, 12, 18);
        QTest::newRow("time part") << utc(2026, 1, 1, 12) << QStringLiteral("P1DT12H30M15S")
                                   << utc(2026, 1, 3, 0, 30, 15) << utc(2025, 12, 30, 23, 29, 45);
        QTest::newRow("PT48H") << utc(2026, 2, 27, 6) << QStringLiteral("PT48H") << utc(2026, 3, 1, 6)
                               << utc(2026, 2, 25, 6);
        QTest::newRow("P18M") << utc(2024, 8, 31) << QStringLiteral("P18M") << utc(2026, 2, 28) << utc(2023, 2, 28);
    }
    void arithmetic()
    {
        QFETCH(QDateTime, start);
        QFETCH(QString, duration);
        QFETCH(QDateTime, plus);
        QFETCH(QDateTime, minus);
        const QDateTime added = dur(duration).addTo(start);
        const QDateTime subtracted = dur(duration).subtractFrom(start);
        QCOMPARE(added, plus);
        QCOMPARE(subtracted, minus);
        QCOMPARE(added.timeSpec(), Qt::UTC);
        QCOMPARE(subtracted.timeSpec(), Qt::UTC);
    }

    void atLeast_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("min");
        QTest::addColumn<QDateTime>("reference");
        QTest::addColumn<bool>("result");
        QTest::newRow("P1M >= P30D from January")
                << QStringLiteral("P1M") << QStringLiteral("P30D") << utc(2026, 1, 1) << true;
        QTest::newRow("P1M < P30D from February")
                << QStringLiteral("P1M") << QStringLiteral("P30D") << utc(2026, 2, 1) << false;
        QTest::newRow("P1M >= P28D from February")
                << QStringLiteral("P1M") << QStringLiteral("P28D") << utc(2026, 2, 1) << true;
        QTest::newRow("equal") << QStringLiteral("P7D") << QStringLiteral("P7D") << utc(2026, 1, 1) << true;
        QTest::newRow("P1W = P7D") << QStringLiteral("P1W") << QStringLiteral("P7D") << utc(2026, 1, 1) << true;
        QTest::newRow("PT167H < P7D") << QStringLiteral("PT167H") << QStringLiteral("P7D") << utc(2026, 1, 1) << false;
        QTest::newRow("PT168H = P7D") << QStringLiteral("PT168H") << QStringLiteral("P7D") << utc(2026, 1, 1) << true;
        QTest::newRow("P1Y >= P366D in a leap year")
                << QStringLiteral("P1Y") << QStringLiteral("P366D") << utc(2024, 1, 1) << true;
        QTest::newRow("P1Y < P366D otherwise")
                << QStringLiteral("P1Y") << QStringLiteral("P366D") << utc(2025, 1, 1) << false;
    }
    void atLeast()
    {
        QFETCH(QString, duration);
        QFETCH(QString, min);
        QFETCH(QDateTime, reference);
        QFETCH(bool, result);
        QCOMPARE(dur(duration).atLeast(dur(min), reference), result);
    }

    void validRules_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("Azure example") << QString::fromUtf8(kAzureExample);
        QTest::newRow("empty list = default") << QStringLiteral("{\"lifetimeActions\": []}");
        QTest::newRow("nothing at all") << QStringLiteral("{}");
        QTest::newRow("default policy's Notify without expiryTime")
                << QStringLiteral("{\"lifetimeActions\": [{\"trigger\": {\"timeBeforeExpiry\": \"P30D\"}, "
                                  "\"action\": {\"type\": \"Notify\"}}]}");
        QTest::newRow("minimums exactly")
                << QStringLiteral("{\"lifetimeActions\": ["
                                  "{\"trigger\": {\"timeBeforeExpiry\": \"P21D\"}, \"action\": {\"type\": \"Rotate\"}},"
                                  "{\"trigger\": {\"timeBeforeExpiry\": \"P7D\"}, \"action\": {\"type\": \"Notify\"}}],"
                                  "\"attributes\": {\"expiryTime\": \"P28D\"}}");
        QTest::newRow("P1W counts as 7 days")
                << QStringLiteral("{\"lifetimeActions\": [{\"trigger\": {\"timeAfterCreate\": "
                                  "\"P1W\"}, \"action\": {\"type\": \"rotate\"}}]}");
    }
    void validRules()
    {
        QFETCH(QString, json);
        const Result<RotationPolicy> policy = RotationPolicy::fromJson(jsonFrom(json.toUtf8().constData()));
        COFFER_VERIFY_OK(policy);
        QCOMPARE(policy->validateAll(m_reference), QList<ValidationIssue>());
        COFFER_VERIFY_OK(policy->validate(m_reference));
    }

    void ruleViolations_data()
    {
        QTest::addColumn<RotationPolicy>("policy");
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const auto rotateAfter
                = [](const char *d) { return LifetimeAction::rotateAfterCreate(dur(QString::fromUtf8(d))); };
        const auto rotateBefore
                = [](const char *d) { return LifetimeAction::rotateBeforeExpiry(dur(QString::fromUtf8(d))); };
        const auto notifyBefore
                = [](const char *d) { return LifetimeAction::notifyBeforeExpiry(dur(QString::fromUtf8(d))); };
        LifetimeAction noTrigger;
        LifetimeAction bothTriggers = rotateAfter("P90D");
        bothTriggers.trigger.timeBeforeExpiry = dur(QStringLiteral("P30D"));
        LifetimeAction notifyAfterCreate = notifyBefore("P30D");
        notifyAfterCreate.trigger = {dur(QStringLiteral("P90D")), std::nullopt};

        QTest::newRow("no trigger") << policyWith({noTrigger}) << int(PolicyRule::ExactlyOneTrigger)
                                    << QStringLiteral("lifetimeActions[0].trigger")
                                    << QStringLiteral("lifetimeActions[0].trigger breaks rule 'exactly one trigger per "
                                                      "action': set timeAfterCreate "
                                                      "or timeBeforeExpiry");
        QTest::newRow("two triggers")
                << policyWith({bothTriggers}, QStringLiteral("P1Y")) << int(PolicyRule::ExactlyOneTrigger)
                << QStringLiteral("lifetimeActions[0].trigger")
                << QStringLiteral(
                           "lifetimeActions[0].trigger = 'timeAfterCreate P90D, timeBeforeExpiry P30D' breaks rule "
                           "'exactly one trigger per action': keep only one of the two");
        QTest::newRow("Notify after create")
                << policyWith({notifyAfterCreate}) << int(PolicyRule::AfterCreateOnlyForRotate)
                << QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate")
                << QStringLiteral(
                           "lifetimeActions[0].trigger.timeAfterCreate = 'P90D' breaks rule 'timeAfterCreate only for "
                           "Rotate': Notify fires only before expiry; use timeBeforeExpiry");
        QTest::newRow("two Rotate")
                << policyWith({rotateAfter("P90D"), notifyBefore("P30D"), rotateAfter("P60D")})
                << int(PolicyRule::OneActionPerType) << QStringLiteral("lifetimeActions[2].action.type")
                << QStringLiteral(
                           "lifetimeActions[2].action.type = 'Rotate' breaks rule 'at most one Rotate and one Notify "
                           "action': lifetimeActions[0] is already a Rotate action");
        QTest::newRow("two Notify")
                << policyWith({notifyBefore("P30D"), notifyBefore("P10D")}) << int(PolicyRule::OneActionPerType)
                << QStringLiteral("lifetimeActions[1].action.type")
                << QStringLiteral("lifetimeActions[1].action.type = 'Notify' breaks rule 'at most one Rotate "
                                  "and one Notify action': lifetimeActions[0] is already a Notify action");
        QTest::newRow("timeAfterCreate P6D")
                << policyWith({rotateAfter("P6D")}) << int(PolicyRule::MinTimeAfterCreate)
                << QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate")
                << QStringLiteral(
                           "lifetimeActions[0].trigger.timeAfterCreate = 'P6D' breaks rule 'timeAfterCreate >= P7D': a "
                           "version must live at least 7 days before it is rotated");
        QTest::newRow("timeAfterCreate PT167H")
                << policyWith({rotateAfter("PT167H")}) << int(PolicyRule::MinTimeAfterCreate)
                << QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate")
                << QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate = 'PT167H' breaks rule 'timeAfterCreate "
                                  ">= P7D': a "
                                  "version must live at least 7 days before it is rotated");
        QTest::newRow("Notify P6D before expiry")
                << policyWith({notifyBefore("P6D")}) << int(PolicyRule::MinTimeBeforeExpiry)
                << QStringLiteral("lifetimeActions[0].trigger.timeBeforeExpiry")
                << QStringLiteral(
                           "lifetimeActions[0].trigger.timeBeforeExpiry = 'P6D' breaks rule 'timeBeforeExpiry >= P7D': "
                           "the notification must come at least 7 days before expiry");
        QTest::newRow("Rotate before expiry without expiryTime")
                << policyWith({rotateBefore("P30D")}) << int(PolicyRule::BeforeExpiryNeedsExpiryTime)
                << QStringLiteral("lifetimeActions[0].trigger.timeBeforeExpiry")
                << QStringLiteral("lifetimeActions[0].trigger.timeBeforeExpiry = 'P30D' breaks rule 'a Rotate before "
                                  "expiry needs "
                                  "expiryTime': set attributes.expiryTime, or versions made by rotation have no expiry "
                                  "and the "
                                  "trigger never fires again");
        QTest::newRow("Rotate P22D before a P28D expiry")
                << policyWith({rotateBefore("P22D")}, QStringLiteral("P28D"))
                << int(PolicyRule::BeforeExpiryWithinExpiryTime)
                << QStringLiteral("lifetimeActions[0].trigger.timeBeforeExpiry")
                << QStringLiteral(
                           "lifetimeActions[0].trigger.timeBeforeExpiry = 'P22D' breaks rule 'timeBeforeExpiry <= "
                           "expiryTime - P7D': with expiryTime P28D a new version would reach it less than 7 days "
                           "after it "
                           "is made");
        QTest::newRow("Notify P1M before a P1M expiry")
                << policyWith({notifyBefore("P1M")}, QStringLiteral("P1M"))
                << int(PolicyRule::BeforeExpiryWithinExpiryTime)
                << QStringLiteral("lifetimeActions[0].trigger.timeBeforeExpiry")
                << QStringLiteral(
                           "lifetimeActions[0].trigger.timeBeforeExpiry = 'P1M' breaks rule 'timeBeforeExpiry <= "
                           "expiryTime - P7D': with expiryTime P1M a new version would reach it less than 7 days after "
                           "it "
                           "is made");
        QTest::newRow("expiryTime P27D") << policyWith({}, QStringLiteral("P27D")) << int(PolicyRule::MinExpiryTime)
                                         << QStringLiteral("attributes.expiryTime")
                                         << QStringLiteral(
                                                    "attributes.expiryTime = 'P27D' breaks rule 'expiryTime >= P28D': "
                                                    "versions made by rotation must live at least 28 days");
    }
    void ruleViolations()
    {
        QFETCH(RotationPolicy, policy);
        QFETCH(int, rule);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QList<ValidationIssue> issues = policy.validateAll(m_reference);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(int(issues.first().rule), rule);
        QCOMPARE(issues.first().path, path);
        QCOMPARE(issues.first().message, message);
        QVERIFY(message.contains(policyRuleName(PolicyRule(rule))));
        const Result<void> result = policy.validate(m_reference);
        COFFER_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
        QCOMPARE(result.error().context(), message);
    }

    void validateReportsEveryIssue()
    {
        const RotationPolicy policy = policyWith({LifetimeAction::rotateAfterCreate(dur(QStringLiteral("P1D"))),
                                                  LifetimeAction::notifyBeforeExpiry(dur(QStringLiteral("P5D")))},
                                                 QStringLiteral("P10D"));
        const QList<ValidationIssue> issues = policy.validateAll(m_reference);
        QStringList paths;
        for (const ValidationIssue &issue : issues)
            paths << issue.path;
        QCOMPARE(paths,
                 (QStringList {QStringLiteral("attributes.expiryTime"),
                               QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate"),
                               QStringLiteral("lifetimeActions[1].trigger.timeBeforeExpiry"),
                               QStringLiteral("lifetimeActions[1].trigger.timeBeforeExpiry")}));
        const Result<void> result = policy.validate(m_reference);
        COFFER_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
        QCOMPARE(result.error().context().count(QStringLiteral("; ")), 3);
    }

    void calendarRuleDependsOnReference()
    {
        // Rotate P1M before a P2M expiry leaves 28..31 days: fine. Rotate P50D before a P2M expiry leaves
        // 59..62 - 50 days: at least 9 days from any month.
        const RotationPolicy tight
                = policyWith({LifetimeAction::rotateBeforeExpiry(dur(QStringLiteral("P54D")))}, QStringLiteral("P2M"));
        // From Jan 1: Mar 1 - 54 days = Jan 6 (5 days after creation); from Jul 1: Sep 1 - 54 days = Jul 9 (8 days).
        QCOMPARE(tight.validateAll(utc(2026, 1, 1)).size(), 1);
        QCOMPARE(tight.validateAll(utc(2026, 7, 1)).size(), 0);
    }

    void defaultPolicy()
    {
        const RotationPolicy policy = RotationPolicy::defaultPolicy();
        QCOMPARE(policy.lifetimeActions.size(), 1);
        QCOMPARE(policy.lifetimeActions.first().type, ActionType::Notify);
        QCOMPARE(policy.lifetimeActions.first().trigger.timeBeforeExpiry, std::optional(IsoDuration::ofDays(30)));
        QVERIFY(!policy.lifetimeActions.first().trigger.timeAfterCreate);
        QVERIFY(!policy.expiryTime);
        QCOMPARE(policy.validateAll(m_reference), QList<ValidationIssue>());
        QCOMPARE(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact),
                 QByteArray("{\"attributes\":{},\"lifetimeActions\":[{\"action\":{\"type\":\"Notify\"},"
                            "\"trigger\":{\"timeBeforeExpiry\":\"P30D\"}}]}"));
        // An empty list means the default.
        QCOMPARE(RotationPolicy().effectiveLifetimeActions(), policy.lifetimeActions);
    }

    void azureExampleRoundTrip()
    {
        const Result<RotationPolicy> policy = RotationPolicy::fromJson(jsonFrom(kAzureExample));
        COFFER_VERIFY_OK(policy);
        QCOMPARE(policy->lifetimeActions.size(), 2);
        QCOMPARE(policy->lifetimeActions.at(0), LifetimeAction::rotateAfterCreate(IsoDuration::ofMonths(18)));
        QCOMPARE(policy->lifetimeActions.at(1), LifetimeAction::notifyBeforeExpiry(IsoDuration::ofDays(30)));
        QCOMPARE(policy->expiryTime, std::optional(IsoDuration::ofYears(2)));
        QVERIFY(policy->id.isEmpty());
        QVERIFY(!policy->created && !policy->updated);

        // Output is Azure's response shape: the request's null trigger left out, no id when not stored.
        QJsonObject expected = jsonFrom(kAzureResponse);
        expected.remove(QStringLiteral("id"));
        QJsonObject attributes = expected.value(QStringLiteral("attributes")).toObject();
        attributes.remove(QStringLiteral("created"));
        attributes.remove(QStringLiteral("updated"));
        expected.insert(QStringLiteral("attributes"), attributes);
        QCOMPARE(policy->toJson(), expected);
    }

    void azureResponseRoundTrip()
    {
        const QJsonObject response = jsonFrom(kAzureResponse);
        const Result<RotationPolicy> policy = RotationPolicy::fromJson(response);
        COFFER_VERIFY_OK(policy);
        QCOMPARE(policy->id, QStringLiteral("https://myvault.vault.azure.net/keys/CreateKeyTest/rotationpolicy"));
        QCOMPARE(policy->created, std::optional(utc(2016, 12, 19, 23, 9, 7)));
        QCOMPARE(policy->updated, policy->created);
        QCOMPARE(policy->toJson(), response);
        QVERIFY(policy->toJson()
                        .value(QStringLiteral("attributes"))
                        .toObject()
                        .value(QStringLiteral("created"))
                        .isDouble());
        QCOMPARE(RotationPolicy::fromJson(policy->toJson()).value(), policy.value());
    }

    void actionTypeCaseInsensitive_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("printed");
        QTest::newRow("Rotate") << QStringLiteral("Rotate") << QStringLiteral("Rotate");
        QTest::newRow("rotate") << QStringLiteral("rotate") << QStringLiteral("Rotate");
        QTest::newRow("NOTIFY") << QStringLiteral("NOTIFY") << QStringLiteral("Notify");
        QTest::newRow("notify") << QStringLiteral("notify") << QStringLiteral("Notify");
    }
    void actionTypeCaseInsensitive()
    {
        QFETCH(QString, type);
        QFETCH(QString, printed);
        QJsonObject action {
                {QStringLiteral("trigger"), QJsonObject {{QStringLiteral("timeBeforeExpiry"), QStringLiteral("P30D")}}},
                {QStringLiteral("action"), QJsonObject {{QStringLiteral("type"), type}}}};
        const Result<RotationPolicy> policy
                = RotationPolicy::fromJson(QJsonObject {{QStringLiteral("lifetimeActions"), QJsonArray {action}}});
        COFFER_VERIFY_OK(policy);
        const QJsonObject out = policy->toJson().value(QStringLiteral("lifetimeActions")).toArray().first().toObject();
        QCOMPARE(out.value(QStringLiteral("action")).toObject().value(QStringLiteral("type")).toString(), printed);
    }

    void malformedJson_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad duration")
                << QStringLiteral(
                           "{\"lifetimeActions\": [{\"trigger\": {\"timeAfterCreate\": \"P7\"}, \"action\": {\"type\": "
                           "\"Rotate\"}}]}")
                << QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate: 'P7' is not an ISO 8601 duration (e.g. "
                                  "P90D, P1Y, "
                                  "P2M, P1W): the number 7 has no unit (Y, M, W, D, or H, M, S after T)");
        QTest::newRow("unknown action type")
                << QStringLiteral("{\"lifetimeActions\": [{\"trigger\": {\"timeAfterCreate\": \"P90D\"}, \"action\": "
                                  "{\"type\": "
                                  "\"Renew\"}}]}")
                << QStringLiteral("lifetimeActions[0].action.type: 'Renew' is not an action type (Rotate or Notify)");
        QTest::newRow("misspelt trigger") << QStringLiteral(
                "{\"lifetimeActions\": [{\"trigger\": {\"timeAfterCreated\": \"P90D\"}, \"action\": {\"type\": "
                "\"Rotate\"}}]}")
                                          << QStringLiteral("lifetimeActions[0].trigger.timeAfterCreated: unknown "
                                                            "field (expected timeAfterCreate or "
                                                            "timeBeforeExpiry)");
        QTest::newRow("duration as a number")
                << QStringLiteral("{\"attributes\": {\"expiryTime\": 90}}")
                << QStringLiteral(
                           "attributes.expiryTime: expected an ISO 8601 duration string (e.g. P90D), got a number");
        QTest::newRow("actions not an array") << QStringLiteral("{\"lifetimeActions\": {}}")
                                              << QStringLiteral("lifetimeActions: expected an array, got an object");
        QTest::newRow("action missing") << QStringLiteral(
                "{\"lifetimeActions\": [{\"trigger\": {\"timeAfterCreate\": \"P90D\"}}]}")
                                        << QStringLiteral("lifetimeActions[0].action: expected an object {\"type\": "
                                                          "\"Rotate\" or \"Notify\"}, got null");
        QTest::newRow("created as a string")
                << QStringLiteral("{\"attributes\": {\"created\": \"2016-12-19\"}}")
                << QStringLiteral("attributes.created: expected whole epoch seconds, got a string");
        QTest::newRow("created with a fraction")
                << QStringLiteral("{\"attributes\": {\"created\": 1.5}}")
                << QStringLiteral("attributes.created: expected whole epoch seconds, got 1.5");
    }
    void malformedJson()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        const Result<RotationPolicy> policy = RotationPolicy::fromJson(jsonFrom(json.toUtf8().constData()));
        COFFER_VERIFY_ERROR(policy, ErrorCode::InvalidArgument);
        QCOMPARE(policy.error().context(), error);
    }

    void checkJsonListsEverything()
    {
        // As the editor sees it while the user types: one syntax slip, rule problems elsewhere.
        const QJsonObject json = jsonFrom(
                "{\"lifetimeActions\": [ "
                "            {\"trigger\": {\"timeAfterCreate\": \"P9\"}, \"action\": {\"type\": \"Rotate\"}}, "
                "            {\"trigger\": {\"timeBeforeExpiry\": \"P3D\"}, \"action\": {\"type\": \"notify\"}}, "
                "            {\"trigger\": {\"timeAfterCreate\": \"P3D\"}, \"action\": {\"type\": \"Rotate\"}}], "
                "          \"attributes\": {\"expiryTime\": \"P1Y\"}}");
        const QList<ValidationIssue> issues = RotationPolicy::checkJson(json, m_reference);
        QList<QPair<QString, PolicyRule>> got;
        for (const ValidationIssue &issue : issues)
            got << qMakePair(issue.path, issue.rule);
        // The malformed action 0 is reported once, as syntax; action 2 is not "a second Rotate" of it.
        QCOMPARE(got,
                 (QList<QPair<QString, PolicyRule>> {
                         {QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate"), PolicyRule::Syntax},
                         {QStringLiteral("lifetimeActions[1].trigger.timeBeforeExpiry"),
                          PolicyRule::MinTimeBeforeExpiry},
                         {QStringLiteral("lifetimeActions[2].trigger.timeAfterCreate"),
                          PolicyRule::MinTimeAfterCreate}}));
        // A malformed expiryTime is not also reported as missing.
        const QJsonObject badExpiry = jsonFrom(
                "{\"lifetimeActions\": [ "
                "            {\"trigger\": {\"timeBeforeExpiry\": \"P30D\"}, \"action\": {\"type\": \"Rotate\"}}], "
                "          \"attributes\": {\"expiryTime\": \"2Y\"}}");
        const QList<ValidationIssue> expiryIssues = RotationPolicy::checkJson(badExpiry, m_reference);
        QCOMPARE(expiryIssues.size(), 1);
        QCOMPARE(expiryIssues.first().path, QStringLiteral("attributes.expiryTime"));
        // A valid policy has no issues.
        QCOMPARE(RotationPolicy::checkJson(jsonFrom(kAzureExample), m_reference), QList<ValidationIssue>());
    }
};

QTEST_GUILESS_MAIN(TestRotationPolicy)
#include "TestRotationPolicy.moc"
