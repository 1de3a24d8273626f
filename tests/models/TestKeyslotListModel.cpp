#include "models/KeyslotListModel.h"
#include "models/TimeFormat.h"
#include "tests/support/TestUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace coffer;
using coffer::models::KeyslotListModel;

namespace {
QList<KeyslotInfo> sampleSlots()
{
    const QDateTime t = test::fixedStart();
    return {{QStringLiteral("0a1b2c3d"), KeyslotType::Passphrase, QStringLiteral("Passphrase of alice"),
             QStringLiteral("p1"), t},
            {QStringLiteral("99887766"), KeyslotType::Recovery, QStringLiteral("Recovery key"), QStringLiteral("p1"),
             t.addSecs(60)},
            {QStringLiteral("deadbeef"), KeyslotType::Keychain, QStringLiteral("This laptop"), QStringLiteral("p1"),
             t.addDays(1)}};
}
} // namespace

class TestKeyslotListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void showsEverySlot()
    {
        KeyslotListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 4);
        model.setKeyslots(sampleSlots());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Type"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Created"));
        QCOMPARE(model.index(0, KeyslotListModel::TypeColumn).data().toString(), QStringLiteral("Passphrase"));
        QCOMPARE(model.index(1, KeyslotListModel::TypeColumn).data().toString(), QStringLiteral("Recovery key"));
        QCOMPARE(model.index(2, KeyslotListModel::TypeColumn).data().toString(), QStringLiteral("OS keychain"));
        QCOMPARE(model.index(2, KeyslotListModel::LabelColumn).data().toString(), QStringLiteral("This laptop"));
        QCOMPARE(model.index(1, KeyslotListModel::IdColumn).data().toString(), QStringLiteral("99887766"));
        QCOMPARE(model.index(0, KeyslotListModel::CreatedColumn).data().toString(),
                 models::formatTime(test::fixedStart()));
        QCOMPARE(model.index(0, KeyslotListModel::CreatedColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2026-01-01 00:00:00Z"));
        QCOMPARE(model.index(2, 0).data(KeyslotListModel::TypeRole).toString(), QStringLiteral("keychain"));
    }

    void idsRoundTrip()
    {
        KeyslotListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeyslots(sampleSlots());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.idAt(model.index(row, 2));
            QCOMPARE(model.indexOf(id).row(), row);
        }
        QVERIFY(!model.indexOf(QStringLiteral("nope")).isValid());
        QVERIFY(model.idAt({}).isEmpty());
    }

    void clearRemovesRows()
    {
        KeyslotListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeyslots(sampleSlots());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(removed.count(), 1);
        model.clear(); // nothing to do
        QCOMPARE(removed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeyslotListModel)
#include "TestKeyslotListModel.moc"
