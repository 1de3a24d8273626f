#include "models/IdleWatcher.h"
#include "tests/support/TestUtil.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using coffer::models::IdleWatcher;

class TestIdleWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { coffer::test::failOnAnyWarning(); }

    void firesAfterTheInjectedInterval()
    {
        IdleWatcher watcher;
        watcher.watchApplication();
        QSignalSpy idle(&watcher, &IdleWatcher::idleTimeout);
        watcher.setTimeout(50ms);
        QVERIFY(watcher.isArmed());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 5000);
        QVERIFY(!watcher.isArmed()); // once per idle period
    }

    void zeroMeansNever()
    {
        IdleWatcher watcher;
        watcher.setTimeoutMinutes(0);
        QVERIFY(!watcher.isArmed());
        QCOMPARE(watcher.remainingTime(), -1);
        watcher.setTimeoutMinutes(10);
        QVERIFY(watcher.isArmed());
        QCOMPARE(watcher.timeout(), std::chrono::milliseconds(10min));
    }

    void userInputRestartsTheTimer()
    {
        IdleWatcher watcher;
        watcher.watchApplication();
        QObject target;
        watcher.setTimeout(60s);
        const int start = watcher.remainingTime();
        QTRY_VERIFY(watcher.remainingTime() < start - 30); // time passes (event loop runs; no fixed sleep)
        const int before = watcher.remainingTime();

        QEvent other(QEvent::User);
        QCoreApplication::sendEvent(&target, &other);
        QVERIFY(watcher.remainingTime() <= before); // not input: no restart

        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(&target, &key);
        QVERIFY(watcher.remainingTime() > before);
    }

    void inputClassification_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("input");
        QTest::newRow("key press") << int(QEvent::KeyPress) << true;
        QTest::newRow("mouse press") << int(QEvent::MouseButtonPress) << true;
        QTest::newRow("mouse move") << int(QEvent::MouseMove) << true;
        QTest::newRow("wheel") << int(QEvent::Wheel) << true;
        QTest::newRow("timer") << int(QEvent::Timer) << false;
        QTest::newRow("paint") << int(QEvent::Paint) << false;
        QTest::newRow("focus in") << int(QEvent::FocusIn) << false;
    }
    void inputClassification()
    {
        QFETCH(int, type);
        QFETCH(bool, input);
        QCOMPARE(IdleWatcher::isUserInput(type), input);
    }
};

QTEST_MAIN(TestIdleWatcher)
#include "TestIdleWatcher.moc"
