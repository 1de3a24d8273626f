// SecretClipboard: marks the copy as secret for clipboard managers, clears it after the interval and on demand,
// and leaves alone what the user copied since.

#include "models/SecretClipboard.h"
#include "tests/support/TestUtil.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace coffer;
using namespace std::chrono_literals;
using coffer::models::SecretClipboard;

class TestSecretClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void copyIsMarkedAndClearedAfterTheInterval()
    {
        SecretClipboard clipboard;
        clipboard.setClearInterval(100ms);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        clipboard.copy(SecureBytes(QByteArrayView("hunter2-ÄÖ")));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("hunter2-ÄÖ"));
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(clipboard.holdsOurValue());
        QVERIFY(clipboard.isPending());
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 3000);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!clipboard.holdsOurValue());
    }

    void leavesTheUsersOwnCopyAlone()
    {
        SecretClipboard clipboard;
        clipboard.setClearInterval(50ms);
        clipboard.copy(SecureBytes(QByteArrayView("value-1")));
        QGuiApplication::clipboard()->setText(QStringLiteral("something the user copied"));
        QVERIFY(!clipboard.holdsOurValue());
        QTest::qWait(150);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something the user copied"));
        QVERIFY(!clipboard.clearIfOurs());
    }

    void clearsOnDemandAndWhenDestroyed()
    {
        {
            SecretClipboard clipboard;
            clipboard.copy(SecureBytes(QByteArrayView("value-2")));
            QVERIFY(clipboard.clearIfOurs()); // lock
            QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
            QVERIFY(!clipboard.isPending());
        }
        {
            SecretClipboard clipboard;
            clipboard.copy(SecureBytes(QByteArrayView("value-3")));
        } // quit
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "TestSecretClipboard.moc"
