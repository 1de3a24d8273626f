// SecretFilterProxy: filters with core's ObjectFilter only, sorts every column, and shares idAt/indexOf with the
// source so callers never map indexes.

#include "models/SecretFilterProxy.h"
#include "models/SecretListModel.h"
#include "tests/support/TestUtil.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace coffer;
using coffer::models::SecretFilterProxy;
using coffer::models::SecretListModel;

namespace {
VersionInfo secret(const QString &name, const QString &contentType, int expiresInDays, bool enabled, Tags tags = {})
{
    VersionInfo info;
    info.name = name;
    info.version = QStringLiteral("v1");
    info.contentType = contentType;
    info.tags = tags;
    info.attributes.enabled = enabled;
    info.attributes.created = test::fixedStart().addDays(-100);
    info.attributes.updated = test::fixedStart().addDays(-expiresInDays);
    if (expiresInDays != 0)
        info.attributes.expires = test::fixedStart().addDays(expiresInDays);
    return info;
}

QStringList column(const QAbstractItemModel &model, int col = 0)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, col).data().toString();
    return out;
}
} // namespace

class TestSecretFilterProxy : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    SecretListModel *m_source = nullptr;
    SecretFilterProxy *m_proxy = nullptr;

private Q_SLOTS:
    void init()
    {
        test::failOnAnyWarning();
        m_source = new SecretListModel(&m_clock, this);
        m_proxy = new SecretFilterProxy(m_source, this);
        m_source->setSecrets({
                secret(QStringLiteral("db-password"), QStringLiteral("text/plain"), 200, true,
                       {{QStringLiteral("env"), QStringLiteral("prod")}}),
                secret(QStringLiteral("api-key"), QString(), 5, true, {{QStringLiteral("env"), QStringLiteral("dev")}}),
                secret(QStringLiteral("Old-Cert-Pass"), QStringLiteral("application/x-pkcs12"), -3, false),
                secret(QStringLiteral("smtp"), QStringLiteral("text/x-smtp"), 0, true,
                       {{QStringLiteral("owner"), QStringLiteral("ops")}}),
        });
        m_proxy->sort(0);
    }
    void cleanup()
    {
        delete m_proxy;
        delete m_source;
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString()
                               << QStringList {QStringLiteral("api-key"), QStringLiteral("db-password"),
                                               QStringLiteral("Old-Cert-Pass"), QStringLiteral("smtp")};
        QTest::newRow("name, any case") << QStringLiteral("CERT") << QStringList {QStringLiteral("Old-Cert-Pass")};
        QTest::newRow("content type") << QStringLiteral("text/plain") << QStringList {QStringLiteral("db-password")};
        QTest::newRow("tag value") << QStringLiteral("prod") << QStringList {QStringLiteral("db-password")};
        QTest::newRow("tag name") << QStringLiteral("env")
                                  << QStringList {QStringLiteral("api-key"), QStringLiteral("db-password")};
        QTest::newRow("expired") << QStringLiteral("expired") << QStringList {QStringLiteral("Old-Cert-Pass")};
        QTest::newRow("expiring") << QStringLiteral("expiring") << QStringList {QStringLiteral("api-key")};
        QTest::newRow("disabled") << QStringLiteral("disabled") << QStringList {QStringLiteral("Old-Cert-Pass")};
        QTest::newRow("every term must match") << QStringLiteral("env dev") << QStringList {QStringLiteral("api-key")};
        QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList();
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QAbstractItemModelTester tester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy->setFilterText(text);
        QCOMPARE(column(*m_proxy), expected);
        // The proxy answers exactly what core's predicate answers.
        const ObjectFilter filter(text, SecretListModel::kExpiringSoonDays);
        int matching = 0;
        for (int row = 0; row < m_source->rowCount(); ++row)
            matching += filter.matches(*m_source->infoAt(row), m_clock.now()) ? 1 : 0;
        QCOMPARE(m_proxy->rowCount(), matching);
    }

    void sortsEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("first");
        QTest::newRow("name") << int(SecretListModel::NameColumn) << QStringLiteral("api-key");
        QTest::newRow("content type") << int(SecretListModel::ContentTypeColumn) << QStringLiteral("api-key");
        QTest::newRow("status") << int(SecretListModel::EnabledColumn) << QStringLiteral("Old-Cert-Pass");
        QTest::newRow("expires") << int(SecretListModel::ExpiresColumn) << QStringLiteral("Old-Cert-Pass");
        QTest::newRow("updated") << int(SecretListModel::UpdatedColumn) << QStringLiteral("db-password");
        QTest::newRow("tags") << int(SecretListModel::TagsColumn) << QStringLiteral("Old-Cert-Pass");
    }
    void sortsEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(QString, first);
        QAbstractItemModelTester tester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy->sort(column, Qt::AscendingOrder);
        QCOMPARE(m_proxy->idAt(m_proxy->index(0, column)), first);
        m_proxy->sort(column, Qt::DescendingOrder);
        QCOMPARE(m_proxy->idAt(m_proxy->index(m_proxy->rowCount() - 1, column)), first);
    }

    void sharesTheInterface()
    {
        QAbstractItemModelTester tester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy->sort(SecretListModel::ExpiresColumn);
        const QModelIndex index = m_proxy->indexOf(QStringLiteral("SMTP"));
        QVERIFY(index.isValid());
        QCOMPARE(index.model(), m_proxy);
        QCOMPARE(m_proxy->idAt(index), QStringLiteral("smtp"));
        QVERIFY(m_proxy->idAt(m_source->index(0, 0)).isEmpty()); // an index of another model
        m_proxy->setFilterText(QStringLiteral("prod"));
        QVERIFY(!m_proxy->indexOf(QStringLiteral("smtp")).isValid()); // filtered out
        // A refresh under a filter keeps working.
        VersionInfo added = secret(QStringLiteral("prod-token"), QString(), 0, true);
        QList<VersionInfo> all;
        for (int row = 0; row < m_source->rowCount(); ++row)
            all << *m_source->infoAt(row);
        all << added;
        m_source->setSecrets(all);
        QCOMPARE(m_proxy->rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSecretFilterProxy)
#include "TestSecretFilterProxy.moc"
