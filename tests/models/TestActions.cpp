#include "models/Actions.h"
#include "tests/support/TestUtil.h"

#include <QTest>

using namespace coffer::models;

Q_DECLARE_METATYPE(coffer::models::actions::Selection)

class TestActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { coffer::test::failOnAnyWarning(); }

    void perSelection_data()
    {
        QTest::addColumn<actions::Selection>("selection");
        QTest::addColumn<bool>("unlock");
        QTest::addColumn<bool>("lock");
        QTest::addColumn<bool>("remove");
        QTest::addColumn<bool>("properties");
        QTest::newRow("nothing selected") << actions::Selection() << false << false << false << false;
        QTest::newRow("locked") << actions::Selection(VaultState::Locked) << true << false << true << false;
        QTest::newRow("unlocking") << actions::Selection(VaultState::Unlocking) << false << false << false << false;
        QTest::newRow("unlocked") << actions::Selection(VaultState::Unlocked) << false << true << true << true;
    }
    void perSelection()
    {
        QFETCH(actions::Selection, selection);
        QFETCH(bool, unlock);
        QFETCH(bool, lock);
        QFETCH(bool, remove);
        QFETCH(bool, properties);
        QCOMPARE(actions::canUnlock(selection), unlock);
        QCOMPARE(actions::canLock(selection), lock);
        QCOMPARE(actions::canRemoveFromList(selection), remove);
        QCOMPARE(actions::canShowProperties(selection), properties);
    }

    void lockAll_data()
    {
        QTest::addColumn<QList<VaultState>>("states");
        QTest::addColumn<bool>("expected");
        QTest::newRow("no vaults") << QList<VaultState> {} << false;
        QTest::newRow("all locked") << QList<VaultState> {VaultState::Locked, VaultState::Locked} << false;
        QTest::newRow("one unlocking") << QList<VaultState> {VaultState::Locked, VaultState::Unlocking} << false;
        QTest::newRow("one unlocked") << QList<VaultState> {VaultState::Locked, VaultState::Unlocked} << true;
        QTest::newRow("all unlocked") << QList<VaultState> {VaultState::Unlocked} << true;
    }
    void lockAll()
    {
        QFETCH(QList<VaultState>, states);
        QFETCH(bool, expected);
        QCOMPARE(actions::canLockAll(states), expected);
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "TestActions.moc"
