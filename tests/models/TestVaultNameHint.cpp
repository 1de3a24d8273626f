#include "core/vault/Vault.h"
#include "models/VaultNameHint.h"
#include "tests/support/TestUtil.h"

#include <QTest>

using coffer::models::VaultNameHint;

class TestVaultNameHint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { coffer::test::failOnAnyWarning(); }

    void hints_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("hint"); // empty: valid
        QTest::newRow("valid") << QStringLiteral("payments-prod") << QString();
        QTest::newRow("valid shortest") << QStringLiteral("ab1") << QString();
        QTest::newRow("valid longest") << QStringLiteral("a23456789012345678901234") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("Enter a name");
        QTest::newRow("digit first") << QStringLiteral("1vault") << QStringLiteral("start with a letter");
        QTest::newRow("dash first") << QStringLiteral("-vault") << QStringLiteral("start with a letter");
        QTest::newRow("too short") << QStringLiteral("ab") << QStringLiteral("too short");
        QTest::newRow("too long") << QStringLiteral("a234567890123456789012345") << QStringLiteral("too long");
        QTest::newRow("dash last") << QStringLiteral("vault-") << QStringLiteral("end with a letter or digit");
        QTest::newRow("double dash") << QStringLiteral("my--vault") << QStringLiteral("two dashes");
        QTest::newRow("underscore") << QStringLiteral("my_vault") << QStringLiteral("\"_\" is not allowed");
        QTest::newRow("space") << QStringLiteral("my vault") << QStringLiteral("is not allowed");
        QTest::newRow("umlaut") << QStringLiteral("tresör") << QStringLiteral("\"ö\" is not allowed");
    }
    void hints()
    {
        QFETCH(QString, name);
        QFETCH(QString, hint);
        const QString problem = VaultNameHint::problem(name);
        // The hint only explains the core's rule; it must agree with it.
        QCOMPARE(problem.isEmpty(), coffer::Vault::isValidVaultName(name));
        if (hint.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(hint), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestVaultNameHint)
#include "TestVaultNameHint.moc"
