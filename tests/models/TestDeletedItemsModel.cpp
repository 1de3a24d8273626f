#include "models/DeletedItemsModel.h"
#include "models/TimeFormat.h"
#include "tests/support/TestUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace coffer;
using coffer::models::DeletedItemsModel;

namespace {
DeletedInfo deleted(const QString &name, const QDateTime &when, int retentionDays)
{
    DeletedInfo info;
    info.current.vaultName = QStringLiteral("V");
    info.current.kind = ObjectKind::Secret;
    info.current.name = name;
    info.current.version = QStringLiteral("v1");
    info.deletedDate = when;
    info.scheduledPurgeDate = when.addDays(retentionDays);
    return info;
}
} // namespace

class TestDeletedItemsModel : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void countdownText_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<QString>("text");
        QTest::newRow("90 days") << qint64(90) * 86400 << QStringLiteral("purged in 90 days 0 h");
        QTest::newRow("89 days 3 h") << qint64(89) * 86400 + 3 * 3600 + 59 << QStringLiteral("purged in 89 days 3 h");
        QTest::newRow("1 day") << qint64(86400 + 7200) << QStringLiteral("purged in 1 day 2 h");
        QTest::newRow("hours") << qint64(5 * 3600 + 12 * 60) << QStringLiteral("purged in 5 h 12 min");
        QTest::newRow("minutes") << qint64(4 * 60 + 30) << QStringLiteral("purged in 4 minutes");
        QTest::newRow("seconds") << qint64(20) << QStringLiteral("purged in 1 minute");
        QTest::newRow("due") << qint64(0) << QStringLiteral("purge due (at the next unlock)");
        QTest::newRow("past") << qint64(-60) << QStringLiteral("purge due (at the next unlock)");
    }
    void countdownText()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(QString, text);
        QCOMPARE(models::purgeCountdownText(m_clock.now(), m_clock.now().addSecs(secondsLeft)), text);
    }

    void listsKindAndNameWithALiveCountdown()
    {
        DeletedItemsModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDeleted(ObjectKind::Secret,
                         {deleted(QStringLiteral("zeta"), m_clock.now(), 90),
                          deleted(QStringLiteral("Alpha"), m_clock.now().addDays(-1), 90)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DeletedItemsModel::NameColumn).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.index(0, DeletedItemsModel::KindColumn).data().toString(), QStringLiteral("Secret"));
        QCOMPARE(model.idAt(model.index(0, 3)), QStringLiteral("secrets/Alpha"));
        QCOMPARE(model.indexOf(QStringLiteral("secrets/alpha")).row(), 0);
        QVERIFY(!model.indexOf(QStringLiteral("keys/alpha")).isValid());
        QCOMPARE(model.index(1, DeletedItemsModel::CountdownColumn).data().toString(),
                 QStringLiteral("purged in 90 days 0 h"));
        QCOMPARE(model.index(0, DeletedItemsModel::NameColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("coffer://V/deletedsecrets/Alpha"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_clock.advanceSecs(3 * 3600);
        model.tick();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(DeletedItemsModel::CountdownColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(DeletedItemsModel::CountdownColumn));
        QCOMPARE(model.index(1, DeletedItemsModel::CountdownColumn).data().toString(),
                 QStringLiteral("purged in 89 days 21 h"));
        m_clock.set(test::fixedStart());
    }

    void purgeProtectionBlocksUntilTheDate()
    {
        DeletedItemsModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDeleted(ObjectKind::Secret, {deleted(QStringLiteral("a"), m_clock.now(), 7)});
        QVERIFY(model.index(0, 0).data(DeletedItemsModel::PurgeAllowedRole).toBool());
        model.setPurgeProtection(true);
        QVERIFY(!model.index(0, 0).data(DeletedItemsModel::PurgeAllowedRole).toBool());
        QVERIFY(model.index(0, DeletedItemsModel::CountdownColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(u"Purge protection"));
        m_clock.advanceDays(7);
        QVERIFY(model.index(0, 0).data(DeletedItemsModel::PurgeAllowedRole).toBool());
        m_clock.set(test::fixedStart());
    }

    void refreshesArePreciseAndKeepOtherKinds()
    {
        DeletedItemsModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDeleted(ObjectKind::Key, {deleted(QStringLiteral("signing"), m_clock.now(), 90)});
        model.setDeleted(ObjectKind::Secret, {deleted(QStringLiteral("a"), m_clock.now(), 90)});
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setDeleted(
                ObjectKind::Secret,
                {deleted(QStringLiteral("a"), m_clock.now(), 90), deleted(QStringLiteral("b"), m_clock.now(), 90)});
        QCOMPARE(inserted.count(), 1);
        model.setDeleted(ObjectKind::Secret, {deleted(QStringLiteral("b"), m_clock.now(), 90)});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(model.indexOf(QStringLiteral("keys/signing")).isValid());
        QCOMPARE(model.index(model.indexOf(QStringLiteral("keys/signing")).row(), DeletedItemsModel::KindColumn)
                         .data()
                         .toString(),
                 QStringLiteral("Key"));
    }
};

QTEST_GUILESS_MAIN(TestDeletedItemsModel)
#include "TestDeletedItemsModel.moc"
