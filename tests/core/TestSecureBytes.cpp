#include "core/common/Ids.h"
#include "core/common/SecureBytes.h"
#include "tests/support/TestUtil.h"

#include <vector>

using namespace coffer;

class TestSecureBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void holdsAndCompares()
    {
        SecureBytes a(QByteArrayView("secret"));
        QCOMPARE(a.size(), std::size_t(6));
        QCOMPARE(a.view().toByteArray(), QByteArray("secret"));
        QVERIFY(a.equals(SecureBytes(QByteArrayView("secret"))));
        QVERIFY(!a.equals(SecureBytes(QByteArrayView("secreT"))));
        QVERIFY(!a.equals(SecureBytes(QByteArrayView("secrets"))));
        QCOMPARE(a.toHex().view().toByteArray(), QByteArray("736563726574"));
        SecureBytes zero(4);
        QCOMPARE(zero.view().toByteArray(), QByteArray(4, '\0'));
    }

    void movesLeaveSourceEmpty()
    {
        SecureBytes a(QByteArrayView("abc"));
        SecureBytes b(std::move(a));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is specified
        QCOMPARE(b.view().toByteArray(), QByteArray("abc"));
        SecureBytes c;
        c = std::move(b);
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(c.view().toByteArray(), QByteArray("abc"));
        SecureBytes d = c.clone();
        QVERIFY(d.equals(c));
        QVERIFY(d.data() != c.data());
    }

    void appendGrows()
    {
        SecureBytes a(QByteArrayView("x'"));
        a.append(QByteArrayView("00ff"));
        a.append(QByteArrayView("'"));
        QCOMPARE(a.view().toByteArray(), QByteArray("x'00ff'"));
    }

    void largeValuesFallBackToTheNormalHeap()
    {
        // Bigger than the 4 MiB secure heap: still works, still wiped on free.
        SecureBytes big(std::size_t(6) * 1024 * 1024);
        QCOMPARE(big.size(), std::size_t(6) * 1024 * 1024);
        big.data()[big.size() - 1] = 7;
        QCOMPARE(int(big.data()[big.size() - 1]), 7);
    }

    void fullSecureHeapLeavesOpenSslWorking()
    {
        // Thousands of live secrets (an import) must not starve OpenSSL's random generator, which reseeds from
        // the same secure heap and does not fall back to the normal one.
        std::vector<SecureBytes> held;
        for (int i = 0; i < 20000; ++i)
            held.emplace_back(std::size_t(512));
        for (int i = 0; i < 2000; ++i)
            QCOMPARE(ids::newVersionId().size(), 32);
        QCOMPARE(held.back().size(), std::size_t(512));
    }

    void secureStringWipesTheSource()
    {
        QString typed = QStringLiteral("hunter2 hunter2");
        SecureString s = SecureString::fromQString(typed);
        QVERIFY(typed.isEmpty());
        QCOMPARE(s.toQStringForDisplay(), QStringLiteral("hunter2 hunter2"));
        QCOMPARE(s.utf8().view().toByteArray(), QByteArray("hunter2 hunter2"));
        QString unicode = QStringLiteral("päss wörd ✓");
        QCOMPARE(SecureString::fromQString(unicode).toQStringForDisplay(), QStringLiteral("päss wörd ✓"));
    }

    void idsHaveTheirShapes()
    {
        const QString version = ids::newVersionId();
        QCOMPARE(version.size(), 32);
        QVERIFY(ids::isVersionId(version));
        QVERIFY(version != ids::newVersionId());
        QVERIFY(!ids::isVersionId(QStringLiteral("xyz")));
        QVERIFY(!ids::isVersionId(version.left(31) + u'g'));
        const QString uuid = ids::newUuid();
        QCOMPARE(uuid.size(), 36);
        QCOMPARE(uuid.at(14), QChar(u'4'));
        QCOMPARE(ids::newShortId().size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "TestSecureBytes.moc"
