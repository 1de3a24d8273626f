#include "models/PasswordStrength.h"
#include "tests/support/TestUtil.h"

#include <QTest>

using coffer::models::PasswordStrength;
using Level = PasswordStrength::Level;

Q_DECLARE_METATYPE(PasswordStrength::Level)

class TestPasswordStrength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { coffer::test::failOnAnyWarning(); }

    void levels_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<Level>("level");
        QTest::newRow("empty") << QString() << Level::Weak;
        QTest::newRow("short") << QStringLiteral("x7") << Level::Weak;
        QTest::newRow("common") << QStringLiteral("password") << Level::Weak;
        QTest::newRow("common, any case") << QStringLiteral("PassWord") << Level::Weak;
        QTest::newRow("common with digits") << QStringLiteral("Password1234!") << Level::Weak;
        QTest::newRow("common German") << QStringLiteral("passwort") << Level::Weak;
        QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaaaaaaaa") << Level::Weak;
        QTest::newRow("sequence") << QStringLiteral("abcdefghijklmnop") << Level::Weak;
        QTest::newRow("digit sequence") << QStringLiteral("1234567890") << Level::Weak;
        QTest::newRow("one lower word") << QStringLiteral("sunflowerpot") << Level::Fair;
        QTest::newRow("mixed 11") << QStringLiteral("Tr0ub4dor&3") << Level::Good;
        QTest::newRow("random 12") << QStringLiteral("kq7#Vm2!pX9z") << Level::Good;
        QTest::newRow("random 16") << QStringLiteral("kq7#Vm2!pX9zR4$w") << Level::Strong;
        QTest::newRow("four words") << QStringLiteral("correct horse battery staple") << Level::Strong;
        QTest::newRow("umlauts") << QStringLiteral("Grüße aus Köln, Straße 7") << Level::Strong;
    }
    void levels()
    {
        QFETCH(QString, passphrase);
        QFETCH(Level, level);
        const auto estimate = PasswordStrength::estimate(passphrase);
        QCOMPARE(estimate.level, level);
        QCOMPARE(PasswordStrength::levelForBits(estimate.bits), level);
    }

    void feedback_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("hint");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter a passphrase");
        QTest::newRow("common") << QStringLiteral("letmein") << QStringLiteral("most commonly used");
        QTest::newRow("short") << QStringLiteral("Zq8#") << QStringLiteral("at least 12 characters");
        QTest::newRow("repeats") << QStringLiteral("zzzzzzzzzzzzzzzzzzzzzzzz") << QStringLiteral("repeated");
        QTest::newRow("sequences") << QStringLiteral("qrstuvwxyz") << QStringLiteral("sequences");
        QTest::newRow("one class") << QStringLiteral("mountainriver") << QStringLiteral("Mix in");
    }
    void feedback()
    {
        QFETCH(QString, passphrase);
        QFETCH(QString, hint);
        const QString all = PasswordStrength::estimate(passphrase).feedback.join(u'\n');
        QVERIFY2(all.contains(hint), qPrintable(all));
    }

    void strongHasNoAdvice()
    {
        QVERIFY(PasswordStrength::estimate(u"correct horse battery staple").feedback.isEmpty());
    }

    void longerIsStronger()
    {
        const double shorter = PasswordStrength::estimate(u"kq7#Vm2!").bits;
        const double longer = PasswordStrength::estimate(u"kq7#Vm2!pX9z").bits;
        QVERIFY(longer > shorter);
    }

    void levelNames()
    {
        QCOMPARE(PasswordStrength::levelName(Level::Weak), QStringLiteral("Weak"));
        QCOMPARE(PasswordStrength::levelName(Level::Fair), QStringLiteral("Fair"));
        QCOMPARE(PasswordStrength::levelName(Level::Good), QStringLiteral("Good"));
        QCOMPARE(PasswordStrength::levelName(Level::Strong), QStringLiteral("Strong"));
    }

    void thresholds_data()
    {
        QTest::addColumn<double>("bits");
        QTest::addColumn<Level>("level");
        QTest::newRow("0") << 0.0 << Level::Weak;
        QTest::newRow("39.9") << 39.9 << Level::Weak;
        QTest::newRow("40") << 40.0 << Level::Fair;
        QTest::newRow("59.9") << 59.9 << Level::Fair;
        QTest::newRow("60") << 60.0 << Level::Good;
        QTest::newRow("80") << 80.0 << Level::Strong;
    }
    void thresholds()
    {
        QFETCH(double, bits);
        QFETCH(Level, level);
        QCOMPARE(PasswordStrength::levelForBits(bits), level);
    }
};

QTEST_GUILESS_MAIN(TestPasswordStrength)
#include "TestPasswordStrength.moc"
