#include "core/rotation/SecretRotationPolicy.h"
#include "tests/support/TestUtil.h"

#include <QJsonDocument>

using namespace coffer;
using namespace coffer::rotation;

namespace {

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad JSON in test: %s", qPrintable(text));
    return doc.object();
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QDateTime reference()
{
    return QDateTime(QDate(2026, 1, 15), QTime(0, 0), Qt::UTC);
}

// "path | rule | message" for every issue: what the console's editor lists.
QStringList describe(const QList<SecretPolicyIssue> &issues)
{
    QStringList out;
    for (const SecretPolicyIssue &issue : issues) {
        QString rule;
        if (issue.rule == SecretPolicyRule::Rotation)
            rule = policyRuleName(*issue.rotationRule);
        else if (issue.rule == SecretPolicyRule::Generator)
            rule = generatorRuleName(*issue.generatorRule);
        else
            rule = secretPolicyRuleName(issue.rule);
        out << QStringLiteral("%1 | %2 | %3").arg(issue.path, rule, issue.message);
    }
    return out;
}

const char *kRotateAndNotify = R"({"lifetimeActions":[
    {"trigger":{"timeAfterCreate":"P90D"},"action":{"type":"Rotate"}},
    {"trigger":{"timeBeforeExpiry":"P30D"},"action":{"type":"Notify"}}],
  "attributes":{"expiryTime":"P180D"},
  "generator":{"kind":"password","length":24,"classes":["lower","digits"],"symbols":"!#","excludeAmbiguous":true}})";

} // namespace

class TestSecretRotationPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void roundTrip()
    {
        Result<SecretRotationPolicy> policy
                = SecretRotationPolicy::fromJson(parseJson(QString::fromUtf8(kRotateAndNotify)));
        COFFER_VERIFY_OK(policy);
        QCOMPARE(policy->schedule.lifetimeActions,
                 (QList<LifetimeAction> {LifetimeAction::rotateAfterCreate(IsoDuration::ofDays(90)),
                                         LifetimeAction::notifyBeforeExpiry(IsoDuration::ofDays(30))}));
        QCOMPARE(policy->schedule.expiryTime, IsoDuration::ofDays(180));
        QVERIFY(policy->generator.has_value());
        QCOMPARE(policy->generator->length, 24);
        QCOMPARE(policy->generator->classes, (QList<CharClass> {CharClass::Lower, CharClass::Digits}));
        QVERIFY(policy->generator->excludeAmbiguous);
        QVERIFY(policy->hasRotateAction());
        COFFER_VERIFY_OK(policy->validate(reference()));

        const QJsonObject json = policy->toJson();
        QCOMPARE(compact(json),
                 QByteArray(R"({"attributes":{"expiryTime":"P180D"},"generator":{"classes":["lower","digits"],)"
                            R"("excludeAmbiguous":true,"kind":"password","length":24,"symbols":"!#"},)"
                            R"("lifetimeActions":[{"action":{"type":"Rotate"},"trigger":{"timeAfterCreate":"P90D"}},)"
                            R"({"action":{"type":"Notify"},"trigger":{"timeBeforeExpiry":"P30D"}}]})"));
        Result<SecretRotationPolicy> again = SecretRotationPolicy::fromJson(json);
        COFFER_VERIFY_OK(again);
        QVERIFY(*again == *policy);
    }

    void roundTripWithIdTimesAndBytesGenerator()
    {
        SecretRotationPolicy policy;
        policy.schedule.id = QStringLiteral("coffer://team-kv/secrets/api-token/rotationpolicy");
        policy.schedule.lifetimeActions = {LifetimeAction::rotateBeforeExpiry(IsoDuration::ofDays(14))};
        policy.schedule.expiryTime = IsoDuration::ofMonths(3);
        policy.schedule.created = reference();
        policy.schedule.updated = reference().addDays(1);
        policy.generator = SecretGenerator::bytes(64, ByteEncoding::Hex);
        COFFER_VERIFY_OK(policy.validate(reference()));
        const QJsonObject json = policy.toJson();
        QCOMPARE(json.value(u"generator").toObject(),
                 parseJson(QStringLiteral(R"({"kind":"bytes","length":64,"encoding":"hex"})")));
        QCOMPARE(json.value(u"attributes").toObject().value(u"created").toInteger(), reference().toSecsSinceEpoch());
        Result<SecretRotationPolicy> back = SecretRotationPolicy::fromJson(json);
        COFFER_VERIFY_OK(back);
        QVERIFY(*back == policy);
    }

    void defaultPolicy()
    {
        const SecretRotationPolicy policy = SecretRotationPolicy::defaultPolicy();
        QCOMPARE(policy.schedule.lifetimeActions,
                 QList<LifetimeAction> {LifetimeAction::notifyBeforeExpiry(IsoDuration::ofDays(30))});
        QVERIFY(!policy.generator.has_value());
        QVERIFY(!policy.schedule.expiryTime.has_value());
        QVERIFY(!policy.hasRotateAction());
        COFFER_VERIFY_OK(policy.validate(reference()));
        QCOMPARE(compact(policy.toJson()),
                 QByteArray(R"({"attributes":{},"lifetimeActions":[{"action":{"type":"Notify"},)"
                            R"("trigger":{"timeBeforeExpiry":"P30D"}}]})"));
        // An empty action list is the default too, and needs no generator.
        SecretRotationPolicy empty;
        QVERIFY(!empty.hasRotateAction());
        QCOMPARE(empty.validateAll(reference()), QList<SecretPolicyIssue>());
    }

    void notifyOnlyNeedsNoGenerator()
    {
        Result<SecretRotationPolicy> policy = SecretRotationPolicy::fromJson(parseJson(QStringLiteral(
                R"({"lifetimeActions":[{"trigger":{"timeBeforeExpiry":"P10D"},"action":{"type":"notify"}}]})")));
        COFFER_VERIFY_OK(policy);
        COFFER_VERIFY_OK(policy->validate(reference()));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("issues"); // "path | rule | message fragment"
        const QString generator = QStringLiteral(R"("generator":{"kind":"password"})");
        QTest::newRow("Rotate without generator")
                << QStringLiteral(
                           R"({"lifetimeActions":[{"trigger":{"timeBeforeExpiry":"P30D"},"action":{"type":"Notify"}},
                                      {"trigger":{"timeAfterCreate":"P90D"},"action":{"type":"Rotate"}}]})")
                << QStringList {QStringLiteral("lifetimeActions[1].action.type | a Rotate action needs a generator | "
                                               "lifetimeActions[1].action.type = 'Rotate' breaks rule 'a Rotate "
                                               "action needs a generator': add a \"generator\" object")};
        QTest::newRow("Rotate without generator, lower case type")
                << QStringLiteral(
                           R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P90D"},"action":{"type":"rotate"}}]})")
                << QStringList {QStringLiteral("lifetimeActions[0].action.type | a Rotate action needs a generator | "
                                               "lifetimeActions[0].action.type = 'Rotate'")};
        QTest::newRow("key rule: timeAfterCreate >= P7D")
                << QStringLiteral(
                           R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P6D"},"action":{"type":"Rotate"}}],%1})")
                           .arg(generator)
                << QStringList {QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate | timeAfterCreate >= P7D | "
                                               "lifetimeActions[0].trigger.timeAfterCreate = 'P6D' breaks rule "
                                               "'timeAfterCreate >= P7D'")};
        QTest::newRow("key rule: before expiry needs expiryTime")
                << QStringLiteral(
                           R"({"lifetimeActions":[{"trigger":{"timeBeforeExpiry":"P30D"},"action":{"type":"Rotate"}}],%1})")
                           .arg(generator)
                << QStringList {QStringLiteral("lifetimeActions[0].trigger.timeBeforeExpiry | a Rotate before expiry "
                                               "needs expiryTime | set attributes.expiryTime")};
        QTest::newRow("key rule: expiryTime >= P28D")
                << QStringLiteral(R"({"attributes":{"expiryTime":"P27D"}})")
                << QStringList {QStringLiteral("attributes.expiryTime | expiryTime >= P28D | attributes.expiryTime = "
                                               "'P27D' breaks rule 'expiryTime >= P28D'")};
        QTest::newRow("key rule: one action per type")
                << QStringLiteral(
                           R"({"lifetimeActions":[{"trigger":{"timeBeforeExpiry":"P30D"},"action":{"type":"Notify"}},
                                      {"trigger":{"timeBeforeExpiry":"P20D"},"action":{"type":"Notify"}}]})")
                << QStringList {QStringLiteral("lifetimeActions[1].action.type | at most one Rotate and one Notify "
                                               "action | lifetimeActions[0] is already a Notify action")};
        QTest::newRow("generator rule: password length")
                << QStringLiteral(
                           R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P90D"},"action":{"type":"Rotate"}}],
                               "generator":{"kind":"password","length":4}})")
                << QStringList {QStringLiteral("generator.length | password length 8..1024 | generator.length = '4' "
                                               "breaks rule 'password length 8..1024'")};
        QTest::newRow("generator rule: bytes length")
                << QStringLiteral(R"({"generator":{"kind":"bytes","length":8192}})")
                << QStringList {QStringLiteral("generator.length | bytes length 16..4096 | generator.length = '8192'")};
        QTest::newRow("generator rule: symbols")
                << QStringLiteral(R"({"generator":{"kind":"password","classes":["symbols"],"symbols":"! "}})")
                << QStringList {QStringLiteral("generator.symbols | symbols are printable ASCII, no space, letter or "
                                               "digit | a space is not allowed")};
        QTest::newRow("several at once, in order")
                << QStringLiteral(
                           R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P1D"},"action":{"type":"Rotate"}}],
                               "attributes":{"expiryTime":"P1D"}})")
                << QStringList {
                           QStringLiteral("attributes.expiryTime | expiryTime >= P28D | "),
                           QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate | timeAfterCreate >= P7D | "),
                           QStringLiteral("lifetimeActions[0].action.type | a Rotate action needs a generator | ")};
    }
    void rules()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, issues);
        Result<SecretRotationPolicy> policy = SecretRotationPolicy::fromJson(parseJson(json));
        COFFER_VERIFY_OK(policy); // rules never stop a policy from loading
        const QStringList found = describe(policy->validateAll(reference()));
        QCOMPARE(found.size(), issues.size());
        for (int i = 0; i < issues.size(); ++i) {
            // Path and rule exactly; the message contains the fragment.
            const QStringList want = issues.at(i).split(QStringLiteral(" | "));
            const QStringList got = found.at(i).split(QStringLiteral(" | "));
            QCOMPARE(got.mid(0, 2), want.mid(0, 2));
            QVERIFY2(got.at(2).contains(want.at(2)), qPrintable(found.at(i)));
        }
        const Result<void> validated = policy->validate(reference());
        COFFER_VERIFY_ERROR(validated, ErrorCode::InvalidArgument);
        for (const SecretPolicyIssue &issue : policy->validateAll(reference()))
            QVERIFY(validated.error().context().contains(issue.message));
        // The editor's check finds the same issues straight from the JSON.
        QCOMPARE(describe(SecretRotationPolicy::checkJson(parseJson(json), reference())), found);
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("unknown top-level field")
                << QStringLiteral(R"({"lifetimeActions":[],"generatr":{"kind":"bytes"}})")
                << QStringList {QStringLiteral("generatr: unknown field (expected id, lifetimeActions, attributes, "
                                               "generator)")};
        QTest::newRow("generator not an object") << QStringLiteral(R"({"generator":"password"})")
                                                 << QStringList {QStringLiteral("generator: expected an object, got "
                                                                                "a string")};
        QTest::newRow("generator unknown field") << QStringLiteral(R"({"generator":{"kind":"bytes","alphabet":"abc"}})")
                                                 << QStringList {QStringLiteral("generator.alphabet: unknown field")};
        QTest::newRow("policy and generator both wrong")
                << QStringLiteral(
                           R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"90 days"},"action":{"type":"Rotate"}}],
                                      "generator":{"kind":"password","classes":["LOWER"]}})")
                << QStringList {QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate: '90 days' is not an ISO "
                                               "8601 duration"),
                                QStringLiteral("generator.classes[0]: expected lower, upper, digits or symbols, got "
                                               "'LOWER'")};
    }
    void syntaxErrors()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, fragments);
        const Result<SecretRotationPolicy> policy = SecretRotationPolicy::fromJson(parseJson(json));
        COFFER_VERIFY_ERROR(policy, ErrorCode::InvalidArgument);
        for (const QString &fragment : fragments)
            QVERIFY2(policy.error().context().contains(fragment), qPrintable(policy.error().context()));
        const QList<SecretPolicyIssue> issues = SecretRotationPolicy::checkJson(parseJson(json), reference());
        QCOMPARE(issues.size(), fragments.size());
        for (int i = 0; i < issues.size(); ++i) {
            QVERIFY2(issues.at(i).message.contains(fragments.at(i)), qPrintable(issues.at(i).message));
            const bool syntax = (issues.at(i).rotationRule == PolicyRule::Syntax)
                    || (issues.at(i).generatorRule == GeneratorRule::Syntax);
            QVERIFY(syntax);
        }
    }

    void generatorNullMeansNone()
    {
        Result<SecretRotationPolicy> policy
                = SecretRotationPolicy::fromJson(parseJson(QStringLiteral(R"({"generator":null})")));
        COFFER_VERIFY_OK(policy);
        QVERIFY(!policy->generator.has_value());
        QVERIFY(!policy->toJson().contains(u"generator"));
    }
};

QTEST_GUILESS_MAIN(TestSecretRotationPolicy)
#include "TestSecretRotationPolicy.moc"
