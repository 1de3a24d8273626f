#include "core/vault/ObjectFilter.h"
#include "tests/support/TestUtil.h"

using namespace coffer;

class TestObjectFilter : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = test::fixedStart();

    VersionInfo sample() const
    {
        VersionInfo info;
        info.name = QStringLiteral("Db-Password");
        info.contentType = QStringLiteral("text/plain");
        info.tags = {{QStringLiteral("env"), QStringLiteral("prod")},
                     {QStringLiteral("team"), QStringLiteral("Billing")}};
        info.attributes.enabled = true;
        info.attributes.expires = m_now.addDays(10);
        return info;
    }

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void terms_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("matches");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("name, any case") << QStringLiteral("db-pass") << true;
        QTest::newRow("content type") << QStringLiteral("text/") << true;
        QTest::newRow("tag name") << QStringLiteral("team") << true;
        QTest::newRow("tag value") << QStringLiteral("billing") << true;
        QTest::newRow("all terms must match") << QStringLiteral("prod billing") << true;
        QTest::newRow("one term misses") << QStringLiteral("prod staging") << false;
        QTest::newRow("expiring within 30 days") << QStringLiteral("expiring") << true;
        QTest::newRow("not expired") << QStringLiteral("expired") << false;
        QTest::newRow("enabled") << QStringLiteral("enabled") << true;
        QTest::newRow("not disabled") << QStringLiteral("disabled") << false;
        QTest::newRow("nothing") << QStringLiteral("zzz") << false;
    }
    void terms()
    {
        QFETCH(QString, filter);
        QFETCH(bool, matches);
        QCOMPARE(ObjectFilter(filter).matches(sample(), m_now), matches);
    }

    void expiryStates_data()
    {
        QTest::addColumn<int>("expiresInDays");
        QTest::addColumn<int>("state");
        QTest::newRow("expired yesterday") << -1 << int(ExpiryState::Expired);
        QTest::newRow("expires now") << 0 << int(ExpiryState::Expired);
        QTest::newRow("in 30 days") << 30 << int(ExpiryState::ExpiringSoon);
        QTest::newRow("in 31 days") << 31 << int(ExpiryState::Valid);
    }
    void expiryStates()
    {
        QFETCH(int, expiresInDays);
        QFETCH(int, state);
        ObjectAttributes attributes;
        attributes.expires = m_now.addDays(expiresInDays);
        QCOMPARE(int(expiryState(attributes, m_now)), state);
        attributes.expires.reset();
        QCOMPARE(expiryState(attributes, m_now), ExpiryState::None);
        attributes.notBefore = m_now.addSecs(1);
        QCOMPARE(expiryState(attributes, m_now), ExpiryState::NotYetValid);
    }
};

QTEST_GUILESS_MAIN(TestObjectFilter)
#include "TestObjectFilter.moc"
