// rotation::generatePassphrase: the word list (1293 distinct lower-case words of 3-10 letters), the shape of a
// passphrase (word count, separator, capitals, one digit after one word), the strength formula, the refusals,
// and that words come from UniformDraw: a fixed byte source gives a fixed passphrase, the real one 2,000 distinct
// passphrases whose words cover most of the list.

#include "core/rotation/Passphrase.h"
#include "tests/support/TestUtil.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace coffer;
using namespace coffer::rotation;

namespace {
QString text(const SecureBytes &bytes)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}
} // namespace

class TestPassphrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordList()
    {
        const QStringList &words = passphraseWords();
        QCOMPARE(words.size(), 1293);
        QCOMPARE(QSet<QString>(words.cbegin(), words.cend()).size(), words.size());
        static const QRegularExpression shape(QStringLiteral("^[a-z]{3,10}$"));
        for (const QString &word : words)
            QVERIFY2(shape.match(word).hasMatch(), qPrintable(word));
    }

    void shape()
    {
        PassphraseOptions options;
        options.words = 5;
        auto plain = generatePassphrase(options);
        COFFER_VERIFY_OK(plain);
        const QStringList parts = text(*plain).split(u'-');
        QCOMPARE(parts.size(), 5);
        for (const QString &part : parts)
            QVERIFY(passphraseWords().contains(part));

        options.separator = QStringLiteral(" ");
        options.capitalize = true;
        options.addDigit = true;
        auto fancy = generatePassphrase(options);
        COFFER_VERIFY_OK(fancy);
        const QStringList words = text(*fancy).split(u' ');
        QCOMPARE(words.size(), 5);
        int digits = 0;
        for (QString word : words) {
            QVERIFY(word.at(0).isUpper());
            if (word.back().isDigit()) {
                ++digits;
                word.chop(1);
            }
            QVERIFY2(passphraseWords().contains(word.toLower()), qPrintable(word));
        }
        QCOMPARE(digits, 1);

        options.separator.clear();
        options.capitalize = false;
        options.addDigit = false;
        options.words = 3;
        auto joined = generatePassphrase(options);
        COFFER_VERIFY_OK(joined);
        QVERIFY(text(*joined).size() >= 9);
    }

    void strength()
    {
        PassphraseOptions options;
        QCOMPARE(options.entropyBits(), 6 * std::log2(1293.0));
        options.addDigit = true;
        QCOMPARE(options.entropyBits(), 6 * std::log2(1293.0) + std::log2(60.0));
        options.words = 2;
        QCOMPARE(options.entropyBits(), 0.0);
    }

    void refusals()
    {
        PassphraseOptions options;
        options.words = 2;
        COFFER_VERIFY_ERROR(generatePassphrase(options), ErrorCode::InvalidArgument);
        options.words = 21;
        COFFER_VERIFY_ERROR(generatePassphrase(options), ErrorCode::InvalidArgument);
        options.words = 6;
        options.separator = QStringLiteral("----");
        COFFER_VERIFY_ERROR(generatePassphrase(options), ErrorCode::InvalidArgument);
        options.separator = QStringLiteral("\t");
        COFFER_VERIFY_ERROR(generatePassphrase(options), ErrorCode::InvalidArgument);
        options.separator = QStringLiteral("é");
        COFFER_VERIFY_ERROR(generatePassphrase(options), ErrorCode::InvalidArgument);
    }

    void drawnUniformly()
    {
        // Byte source 0, 1, 2, ...: below(1293) takes two bytes (big-endian) per draw: 0x0001 → 1, 0x0203 → 515, ...
        std::uint8_t next = 0;
        UniformDraw counting([&next](std::uint8_t *out, std::size_t count) {
            for (std::size_t i = 0; i < count; ++i)
                out[i] = next++;
        });
        PassphraseOptions options;
        options.words = 3;
        auto fixed = generatePassphrase(options, counting);
        COFFER_VERIFY_OK(fixed);
        std::uint8_t again = 0;
        UniformDraw counting2([&again](std::uint8_t *out, std::size_t count) {
            for (std::size_t i = 0; i < count; ++i)
                out[i] = again++;
        });
        auto same = generatePassphrase(options, counting2);
        COFFER_VERIFY_OK(same);
        QCOMPARE(text(*fixed), text(*same));

        QSet<QString> phrases;
        QSet<QString> used;
        for (int i = 0; i < 2000; ++i) {
            auto phrase = generatePassphrase(options);
            COFFER_VERIFY_OK(phrase);
            phrases.insert(text(*phrase));
            for (const QString &word : text(*phrase).split(u'-'))
                used.insert(word);
        }
        QCOMPARE(phrases.size(), 2000);
        // 6,000 draws from 1,293 words leave about 1293 × e^(-4.6) ≈ 13 unused; far fewer used would mean bias.
        QVERIFY2(used.size() > 1200, qPrintable(QString::number(used.size())));
    }
};

QTEST_GUILESS_MAIN(TestPassphrase)
#include "TestPassphrase.moc"
