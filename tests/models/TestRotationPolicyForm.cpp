// The rotation policy editor's logic without widgets: form state -> policy JSON (Azure's shape) -> validation
// messages under the right field -> the next rotation and notification dates, with a FakeClock. Data-driven.

#include "core/common/Clock.h"
#include "models/RotationPolicyForm.h"
#include "tests/support/TestUtil.h"

#include <QJsonDocument>
#include <QTest>

using namespace coffer;
using models::FormDuration;
using models::RotationPolicyForm;
using Field = RotationPolicyForm::Field;
using Unit = FormDuration::Unit;

Q_DECLARE_METATYPE(coffer::models::RotationPolicyForm)
Q_DECLARE_METATYPE(std::optional<coffer::models::FormDuration>)

namespace {
// A form from a short spec: "R+90D" rotate 90 days after creation, "R-30D" rotate 30 days before expiry,
// "N30D" notify 30 days before expiry, "E2Y" new versions expire after 2 years. Units D, M, Y.
FormDuration duration(QStringView text)
{
    const QChar unit = text.back();
    const int amount = text.chopped(1).toInt();
    return {amount, unit == u'Y' ? Unit::Years : unit == u'M' ? Unit::Months : Unit::Days};
}

RotationPolicyForm form(const QString &spec)
{
    RotationPolicyForm f;
    f.rotate = false;
    f.notify = false;
    f.expiry = false;
    for (const QString &part : spec.split(u' ', Qt::SkipEmptyParts)) {
        if (part.startsWith(u"R")) {
            f.rotate = true;
            f.rotateWhen = part.at(1) == u'+' ? RotationPolicyForm::RotateWhen::AfterCreate
                                              : RotationPolicyForm::RotateWhen::BeforeExpiry;
            f.rotateDuration = duration(QStringView(part).mid(2));
        } else if (part.startsWith(u"N")) {
            f.notify = true;
            f.notifyBefore = duration(QStringView(part).mid(1));
        } else if (part.startsWith(u"E")) {
            f.expiry = true;
            f.expiryTime = duration(QStringView(part).mid(1));
        } else {
            qFatal("bad form spec %s", qPrintable(part));
        }
    }
    return f;
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", text);
    return doc.object();
}

QDateTime at(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QStringList isoList(const QList<QDateTime> &times)
{
    QStringList out;
    for (const QDateTime &t : times)
        out << t.toUTC().toString(Qt::ISODate);
    return out;
}
} // namespace

class TestRotationPolicyForm : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()}; // 2026-01-01T00:00:00Z: the store's "now"

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void toJson_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("rotate after, notify, expiry")
                << QStringLiteral("R+90D N30D E2Y")
                << QByteArray(R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P90D"},"action":{"type":"Rotate"}},
                   {"trigger":{"timeBeforeExpiry":"P30D"},"action":{"type":"Notify"}}],
                   "attributes":{"expiryTime":"P2Y"}})");
        QTest::newRow("rotate before expiry in months")
                << QStringLiteral("R-1M E13M")
                << QByteArray(R"({"lifetimeActions":[{"trigger":{"timeBeforeExpiry":"P1M"},"action":{"type":"Rotate"}}],
                   "attributes":{"expiryTime":"P13M"}})");
        QTest::newRow("notify only") << QStringLiteral("N45D")
                                     << QByteArray(R"({"lifetimeActions":[{"trigger":{"timeBeforeExpiry":"P45D"},
                                        "action":{"type":"Notify"}}],"attributes":{}})");
        QTest::newRow("nothing: default") << QString() << QByteArray(R"({"lifetimeActions":[],"attributes":{}})");
    }

    void toJson()
    {
        QFETCH(QString, spec);
        QFETCH(QByteArray, expected);
        const RotationPolicyForm f = form(spec);
        QCOMPARE(f.toPolicy().toJson(), json(expected.constData()));
        // The text the editor shows is the same JSON.
        QCOMPARE(QJsonDocument::fromJson(f.jsonText().toUtf8()).object(), json(expected.constData()));
        // And it reads back into the same form.
        auto parsed = rotation::RotationPolicy::fromJson(json(expected.constData()));
        COFFER_VERIFY_OK(parsed);
        QStringList unsupported;
        QCOMPARE(RotationPolicyForm::fromPolicy(*parsed, &unsupported), f);
        QVERIFY(unsupported.isEmpty());
    }

    void messages_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("rotate");
        QTest::addColumn<QString>("notify");
        QTest::addColumn<QString>("expiry");
        const QString minAfter = QStringLiteral("Rotate at least 7 days after creation.");
        const QString minBefore = QStringLiteral("The time before expiry must be at least 7 days.");
        const QString needsExpiry = QStringLiteral(
                "Rotating before expiry needs an expiry time for new versions: set \"New versions expire after\".");
        const QString within = QStringLiteral(
                "The time before expiry must be at least 7 days shorter than the expiry time of new versions.");
        const QString minExpiry = QStringLiteral("New versions must be valid for at least 28 days.");
        QTest::newRow("P90D is fine") << QStringLiteral("R+90D N30D E2Y") << QString() << QString() << QString();
        QTest::newRow("P7D is the minimum") << QStringLiteral("R+7D") << QString() << QString() << QString();
        QTest::newRow("P3D after creation") << QStringLiteral("R+3D") << minAfter << QString() << QString();
        QTest::newRow("P0D after creation") << QStringLiteral("R+0D N30D") << minAfter << QString() << QString();
        QTest::newRow("notify P6D") << QStringLiteral("N6D") << QString() << minBefore << QString();
        QTest::newRow("before expiry without expiry time")
                << QStringLiteral("R-30D") << needsExpiry << QString() << QString();
        QTest::newRow("before expiry too close to expiry")
                << QStringLiteral("R-30D E1M") << within << QString() << QString();
        QTest::newRow("notify too close to expiry")
                << QStringLiteral("R+60D N30D E30D") << QString() << within << QString();
        QTest::newRow("expiry P20D") << QStringLiteral("R+7D E20D") << QString() << QString() << minExpiry;
        QTest::newRow("1 month is 31 days in January")
                << QStringLiteral("R+90D E1M") << QString() << QString() << QString();
        QTest::newRow("three at once") << QStringLiteral("R+3D N2D E10D") << minAfter << minBefore << minExpiry;
    }

    void messages()
    {
        QFETCH(QString, spec);
        QFETCH(QString, rotate);
        QFETCH(QString, notify);
        QFETCH(QString, expiry);
        const RotationPolicyForm f = form(spec);
        const QDateTime now = m_clock.now();
        QCOMPARE(f.message(Field::Rotate, now), rotate);
        QCOMPARE(f.message(Field::Notify, now), notify);
        QCOMPARE(f.message(Field::Expiry, now), expiry);
        QCOMPARE(f.message(Field::General, now), QString());
        const bool valid = rotate.isEmpty() && notify.isEmpty() && expiry.isEmpty();
        QCOMPARE(f.isValid(now), valid);
        // The form's verdict is core's: the policy it makes validates (or not) the same way.
        QCOMPARE(bool(f.toPolicy().validate(now)), valid);
    }

    void fieldOfPath()
    {
        const RotationPolicyForm both = form(QStringLiteral("R+90D N30D E2Y"));
        QCOMPARE(both.fieldOf(QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate")), Field::Rotate);
        QCOMPARE(both.fieldOf(QStringLiteral("lifetimeActions[1].trigger.timeBeforeExpiry")), Field::Notify);
        QCOMPARE(both.fieldOf(QStringLiteral("attributes.expiryTime")), Field::Expiry);
        QCOMPARE(both.fieldOf(QStringLiteral("lifetimeActions[2]")), Field::General);
        // Without a Rotate action the Notify action is the first one.
        QCOMPARE(form(QStringLiteral("N30D")).fieldOf(QStringLiteral("lifetimeActions[0].trigger")), Field::Notify);
    }

    void fromIso_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<std::optional<FormDuration>>("expected");
        QTest::newRow("days") << QStringLiteral("P90D") << std::optional(FormDuration {90, Unit::Days});
        QTest::newRow("weeks as days") << QStringLiteral("P2W") << std::optional(FormDuration {14, Unit::Days});
        QTest::newRow("years") << QStringLiteral("P2Y") << std::optional(FormDuration {2, Unit::Years});
        QTest::newRow("years and months") << QStringLiteral("P1Y6M") << std::optional(FormDuration {18, Unit::Months});
        QTest::newRow("whole days of hours") << QStringLiteral("PT48H") << std::optional(FormDuration {2, Unit::Days});
        QTest::newRow("hours") << QStringLiteral("PT36H") << std::optional<FormDuration>();
        QTest::newRow("months and days") << QStringLiteral("P1M2D") << std::optional<FormDuration>();
    }

    void fromIso()
    {
        QFETCH(QString, iso);
        QFETCH(std::optional<FormDuration>, expected);
        auto parsed = rotation::IsoDuration::parse(iso);
        COFFER_VERIFY_OK(parsed);
        QCOMPARE(FormDuration::fromIso(*parsed), expected);
    }

    void unsupportedPartsAreNamed()
    {
        auto policy = rotation::RotationPolicy::fromJson(json(
                R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P1M2D"},"action":{"type":"Rotate"}}],"attributes":{}})"));
        COFFER_VERIFY_OK(policy);
        QStringList unsupported;
        const RotationPolicyForm f = RotationPolicyForm::fromPolicy(*policy, &unsupported);
        QVERIFY(f.rotate);
        QCOMPARE(unsupported.size(), 1);
        QVERIFY2(unsupported.first().contains(QStringLiteral("P1M2D")), qPrintable(unsupported.first()));
    }

    void defaultNote()
    {
        QCOMPARE(form(QString()).defaultNote(),
                 QStringLiteral("No action is chosen: the default policy applies (notify 30 days before expiry)."));
        QCOMPARE(form(QStringLiteral("N30D")).defaultNote(), QString());
    }

    void schedule_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<QDateTime>("expires"); // invalid: none
        QTest::addColumn<QStringList>("rotations");
        QTest::addColumn<QString>("notification"); // empty: none
        QTest::addColumn<QString>("note");
        const QDateTime none;
        QTest::newRow("every 90 days from creation")
                << QStringLiteral("R+90D") << at("2025-12-22T00:00:00Z") << none
                << QStringList {QStringLiteral("2026-03-22T00:00:00Z"), QStringLiteral("2026-06-20T00:00:00Z"),
                                QStringLiteral("2026-09-18T00:00:00Z")}
                << QString() << QString();
        QTest::newRow("notify 30 days before the current expiry")
                << QStringLiteral("R+90D N30D E1Y") << at("2025-12-22T00:00:00Z") << at("2026-02-15T00:00:00Z")
                << QStringList {QStringLiteral("2026-03-22T00:00:00Z"), QStringLiteral("2026-06-20T00:00:00Z"),
                                QStringLiteral("2026-09-18T00:00:00Z")}
                << QStringLiteral("2026-01-16T00:00:00Z") << QString();
        QTest::newRow("rotated before the notification would fire")
                << QStringLiteral("R+90D N30D E1Y") << at("2025-12-22T00:00:00Z") << at("2026-06-01T00:00:00Z")
                << QStringList {QStringLiteral("2026-03-22T00:00:00Z"), QStringLiteral("2026-06-20T00:00:00Z"),
                                QStringLiteral("2026-09-18T00:00:00Z")}
                << QString() << QString();
        QTest::newRow("before expiry: new versions expire after a year")
                << QStringLiteral("R-30D E1Y") << at("2025-03-01T00:00:00Z") << at("2026-03-01T00:00:00Z")
                << QStringList {QStringLiteral("2026-01-30T00:00:00Z"), QStringLiteral("2026-12-31T00:00:00Z"),
                                QStringLiteral("2027-12-01T00:00:00Z")}
                << QString() << QString();
        QTest::newRow("overdue rotation counts as now")
                << QStringLiteral("R+90D") << at("2025-01-01T00:00:00Z") << none
                << QStringList {QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("2026-04-01T00:00:00Z"),
                                QStringLiteral("2026-06-30T00:00:00Z")}
                << QString() << QString();
        QTest::newRow("before expiry on a version without expiry")
                << QStringLiteral("R-30D E1Y") << at("2025-12-22T00:00:00Z") << none << QStringList() << QString()
                << QStringLiteral(
                           "The current version has no expiry date, so a rotation before expiry is not scheduled.");
        QTest::newRow("no rotation") << QStringLiteral("N30D") << at("2025-12-22T00:00:00Z")
                                     << at("2026-12-01T00:00:00Z") << QStringList()
                                     << QStringLiteral("2026-11-01T00:00:00Z")
                                     << QStringLiteral("The policy does not rotate this key.");
    }

    void schedule()
    {
        QFETCH(QString, spec);
        QFETCH(QDateTime, created);
        QFETCH(QDateTime, expires);
        QFETCH(QStringList, rotations);
        QFETCH(QString, notification);
        QFETCH(QString, note);
        const auto s = form(spec).schedule(created, expires.isValid() ? std::optional(expires) : std::nullopt,
                                           m_clock.now(), 3);
        QCOMPARE(isoList(s.rotations), rotations);
        QCOMPARE(s.notification ? s.notification->toUTC().toString(Qt::ISODate) : QString(), notification);
        QCOMPARE(s.note, note);
    }

    void scheduleFollowsTheClock()
    {
        // A month later, the same policy's first rotation is still the same day, and nothing before now is listed.
        FakeClock clock(test::fixedStart());
        const RotationPolicyForm f = form(QStringLiteral("R+90D"));
        const QDateTime created = at("2025-12-22T00:00:00Z");
        const auto before = f.schedule(created, std::nullopt, clock.now());
        clock.advanceDays(31);
        const auto after = f.schedule(created, std::nullopt, clock.now());
        QCOMPARE(after.rotations, before.rotations);
        clock.advanceDays(90); // past the first: it is overdue, so it counts as now
        const auto overdue = f.schedule(created, std::nullopt, clock.now());
        QCOMPARE(overdue.rotations.first(), clock.now());
    }
};

QTEST_GUILESS_MAIN(TestRotationPolicyForm)
#include "TestRotationPolicyForm.moc"
