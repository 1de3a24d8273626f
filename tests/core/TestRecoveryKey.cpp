#include "core/vault/RecoveryKey.h"
#include "tests/support/TestUtil.h"

#include <QRegularExpression>

using namespace coffer;

class TestRecoveryKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void generatesGroupsThatParseBack()
    {
        SecureBytes raw;
        const SecureString key = recovery::generate(&raw);
        QCOMPARE(raw.size(), std::size_t(32));
        const QString text = key.toQStringForDisplay();
        static const QRegularExpression shape(QStringLiteral("^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$"));
        QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
        auto parsed = recovery::parse(key);
        COFFER_VERIFY_OK(parsed);
        QVERIFY(parsed->equals(raw));
        QVERIFY(!recovery::generate(nullptr).equals(key));
    }

    void acceptsRelaxedSpelling()
    {
        SecureBytes raw;
        const QString text = recovery::generate(&raw).toQStringForDisplay();
        QString relaxed = text.toLower();
        relaxed.replace(u'-', QStringLiteral("  "));
        relaxed = QStringLiteral("  ") + relaxed + QStringLiteral("\n");
        auto parsed = recovery::parse(SecureString::fromQString(relaxed));
        COFFER_VERIFY_OK(parsed);
        QVERIFY(parsed->equals(raw));
    }

    void rejectsMistypes_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("replacement");
        QTest::newRow("first character") << 0 << QString();
        QTest::newRow("middle character") << 30 << QString();
        QTest::newRow("checksum character") << 68 << QString();
        QTest::newRow("a digit that base32 lacks") << 5 << QStringLiteral("1");
        QTest::newRow("dropped group") << -1 << QString();
    }
    void rejectsMistypes()
    {
        QFETCH(int, position);
        QFETCH(QString, replacement);
        QString text = recovery::generate(nullptr).toQStringForDisplay();
        if (position < 0) {
            text = text.mid(5);
        } else {
            const QChar original = text.at(position);
            text[position] = replacement.isEmpty() ? (original == u'A' ? u'B' : u'A') : replacement.at(0);
        }
        auto parsed = recovery::parse(SecureString::fromQString(text));
        COFFER_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "TestRecoveryKey.moc"
