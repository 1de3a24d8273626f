#include "models/SecretVersionsModel.h"
#include "tests/support/TestUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace coffer;
using coffer::models::SecretVersionsModel;

namespace {
VersionInfo version(const QString &id, int day, bool enabled = true)
{
    VersionInfo info;
    info.vaultName = QStringLiteral("V");
    info.name = QStringLiteral("db-password");
    info.version = id;
    info.attributes.enabled = enabled;
    info.attributes.created = test::fixedStart().addDays(day);
    info.attributes.updated = info.attributes.created;
    return info;
}
} // namespace

class TestSecretVersionsModel : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart().addDays(10)};

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void newestFirstWithTheCurrentMarked()
    {
        SecretVersionsModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersions(QStringLiteral("db-password"),
                          {version(QStringLiteral("aaa"), 0), version(QStringLiteral("bbb"), 1, false)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(0, SecretVersionsModel::VersionColumn).data().toString(), QStringLiteral("(current) bbb"));
        QCOMPARE(model.index(1, SecretVersionsModel::VersionColumn).data().toString(), QStringLiteral("aaa"));
        QCOMPARE(model.index(0, SecretVersionsModel::EnabledColumn).data().toString(), QStringLiteral("Disabled"));
        QVERIFY(model.index(0, 0).data(SecretVersionsModel::IsCurrentRole).toBool());
        QVERIFY(!model.index(0, 0).data(SecretVersionsModel::EnabledRole).toBool());
        QCOMPARE(model.idAt(model.index(1, 2)), QStringLiteral("aaa"));
        QCOMPARE(model.indexOf(QStringLiteral("bbb")).row(), 0);
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("coffer://V/secrets/db-password/bbb"));
    }

    void aNewVersionIsOneInsertAndMovesTheMark()
    {
        SecretVersionsModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersions(QStringLiteral("db-password"), {version(QStringLiteral("aaa"), 0)});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setVersions(QStringLiteral("DB-PASSWORD"),
                          {version(QStringLiteral("aaa"), 0), version(QStringLiteral("ccc"), 2)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(changed.count(), 2); // "(current)" left the old row and marks the new one
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("(current) ccc"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("aaa"));

        // Disabling one version: one dataChanged.
        changed.clear();
        model.setVersions(QStringLiteral("db-password"),
                          {version(QStringLiteral("aaa"), 0, false), version(QStringLiteral("ccc"), 2)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);

        // Another secret: a different list.
        model.setVersions(QStringLiteral("other"), {version(QStringLiteral("ddd"), 0)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.secretName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretVersionsModel)
#include "TestSecretVersionsModel.moc"
