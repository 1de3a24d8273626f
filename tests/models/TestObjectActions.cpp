#include "models/ObjectActions.h"
#include "tests/support/TestUtil.h"

#include <QTest>

using namespace coffer;
using namespace coffer::models;

class TestObjectActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void perSelection_data()
    {
        QTest::addColumn<bool>("selected");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("newVersion");
        QTest::addColumn<bool>("edit");
        QTest::addColumn<bool>("enable");
        QTest::addColumn<bool>("disable");
        QTest::addColumn<bool>("read");
        QTest::addColumn<bool>("remove");
        QTest::addColumn<bool>("backup");
        //                                     sel    enab   newV   edit   enable disable read   delete backup
        QTest::newRow("nothing selected")
                << false << false << false << false << false << false << false << false << false;
        QTest::newRow("enabled secret") << true << true << true << true << false << true << true << true << true;
        QTest::newRow("disabled secret") << true << false << true << true << true << false << false << true << true;
    }
    void perSelection()
    {
        QFETCH(bool, selected);
        QFETCH(bool, enabled);
        const actions::ObjectSelection selection {selected, enabled};
        QFETCH(bool, newVersion);
        QFETCH(bool, edit);
        QFETCH(bool, enable);
        QFETCH(bool, disable);
        QFETCH(bool, read);
        QFETCH(bool, remove);
        QFETCH(bool, backup);
        QCOMPARE(actions::canNewVersion(selection), newVersion);
        QCOMPARE(actions::canEditAttributes(selection), edit);
        QCOMPARE(actions::canEnable(selection), enable);
        QCOMPARE(actions::canDisable(selection), disable);
        QCOMPARE(actions::canReadValue(selection), read);
        QCOMPARE(actions::canDelete(selection), remove);
        QCOMPARE(actions::canBackup(selection), backup);
    }

    void vaultLevel()
    {
        QVERIFY(actions::canCreateObject(true));
        QVERIFY(!actions::canCreateObject(false));
        QVERIFY(actions::canRestoreBackup(true));
        QVERIFY(!actions::canRestoreBackup(false));
    }

    void deleted_data()
    {
        QTest::addColumn<bool>("selected");
        QTest::addColumn<bool>("protection");
        QTest::addColumn<qint64>("secondsToPurgeDate");
        QTest::addColumn<bool>("recover");
        QTest::addColumn<int>("block");
        const int none = int(actions::PurgeBlock::None);
        const int nothing = int(actions::PurgeBlock::NothingSelected);
        const int protectedBlock = int(actions::PurgeBlock::PurgeProtection);
        QTest::newRow("nothing selected") << false << false << qint64(100) << false << nothing;
        QTest::newRow("no protection") << true << false << qint64(90 * 86400) << true << none;
        QTest::newRow("protection, long before") << true << true << qint64(90 * 86400) << true << protectedBlock;
        QTest::newRow("protection, one second before") << true << true << qint64(1) << true << protectedBlock;
        QTest::newRow("protection, at the date") << true << true << qint64(0) << true << none;
        QTest::newRow("protection, after the date") << true << true << qint64(-3600) << true << none;
    }
    void deleted()
    {
        QFETCH(bool, selected);
        QFETCH(bool, protection);
        QFETCH(qint64, secondsToPurgeDate);
        QFETCH(bool, recover);
        QFETCH(int, block);
        const QDateTime now = test::fixedStart();
        const actions::DeletedSelection selection {selected, protection, now.addSecs(secondsToPurgeDate)};
        QCOMPARE(actions::canRecover(selection), recover);
        QCOMPARE(int(actions::purgeBlock(selection, now)), block);
        QCOMPARE(actions::canPurge(selection, now), block == int(actions::PurgeBlock::None));
        const QString reason = actions::purgeBlockedReason(selection, now);
        QCOMPARE(reason.isEmpty(), block != int(actions::PurgeBlock::PurgeProtection));
        if (!reason.isEmpty())
            QVERIFY(reason.contains(u"Purge protection"));
    }
};

QTEST_GUILESS_MAIN(TestObjectActions)
#include "TestObjectActions.moc"
