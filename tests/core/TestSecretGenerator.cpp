#include "core/crypto/Random.h"
#include "core/rotation/SecretGenerator.h"
#include "tests/support/TestUtil.h"

#include <QJsonDocument>

#include <array>
#include <cmath>
#include <cstring>
#include <map>

using namespace coffer;
using namespace coffer::rotation;

namespace {

QJsonObject parseJson(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad JSON in test: %s", text);
    return doc.object();
}

QByteArray bytesOf(const SecureBytes &value)
{
    return QByteArray(value.constChar(), qsizetype(value.size()));
}

// A byte source that replays fixed bytes (then fails the test if more are asked for).
UniformDraw::ByteSource replay(QByteArray bytes, qsizetype *consumed)
{
    return [bytes, consumed](std::uint8_t *out, std::size_t count) {
        std::memset(out, 0, count);
        const qsizetype n = std::min<qsizetype>(qsizetype(count), bytes.size() - *consumed);
        std::memcpy(out, bytes.constData() + *consumed, std::size_t(n));
        *consumed += n;
    };
}

// Pearson's chi-square statistic of observed counts against expected probabilities.
double chiSquare(const std::vector<qint64> &observed, const std::vector<double> &probability, qint64 total)
{
    double statistic = 0;
    for (std::size_t i = 0; i < observed.size(); ++i) {
        const double expected = probability[i] * double(total);
        const double diff = double(observed[i]) - expected;
        statistic += diff * diff / expected;
    }
    return statistic;
}

// Critical values of the chi-square distribution at p = 1e-6 (upper tail), computed offline with the regularized
// upper incomplete gamma function Q(df/2, x/2) = 1e-6 (Numerical Recipes' gammq, bisection). A fair draw exceeds
// them once in a million runs; the biased controls below land far above them.
double criticalValue(int degreesOfFreedom)
{
    static const std::map<int, double> table
            = {{25, 73.9}, {61, 128.5}, {70, 141.2}, {93, 172.7}, {199, 308.6}, {999, 1226.0}};
    const auto it = table.find(degreesOfFreedom);
    if (it == table.end())
        qFatal("no critical value for df %d", degreesOfFreedom);
    return it->second;
}

constexpr qint64 kDraws = 100000;

// The generator's algorithm with the classic mistake: `byte % n` on one random byte, no rejection. Used as the
// negative control that shows the chi-square test can tell a biased implementation from ours.
QByteArray biasedPassword(const SecretGenerator &g, const QByteArray &randomBytes)
{
    qsizetype at = 0;
    const auto draw = [&](int n) { return int(std::uint8_t(randomBytes.at(at++))) % n; };
    QByteArray out;
    for (CharClass c : g.classes) {
        const QByteArray set = g.alphabet(c);
        out += set.at(draw(int(set.size())));
    }
    const QByteArray all = g.alphabet();
    while (out.size() < g.length)
        out += all.at(draw(int(all.size())));
    for (qsizetype i = out.size() - 1; i > 0; --i)
        std::swap(out[i], out[draw(int(i + 1))]);
    return out;
}

// Per position: the chance of each alphabet character under a fair generator. A position holds the forced
// character of class c with probability 1/L (uniform over that class) and a fill character with probability
// (L - k)/L (uniform over the alphabet), because the shuffle puts every slot at every position equally often.
std::vector<double> positionProbabilities(const SecretGenerator &g)
{
    const QByteArray all = g.alphabet();
    const double L = g.length;
    const double k = double(g.classes.size());
    std::vector<double> p;
    for (char ch : all) {
        double chance = (L - k) / L / double(all.size());
        for (CharClass c : g.classes) {
            const QByteArray set = g.alphabet(c);
            if (set.contains(ch))
                chance += 1.0 / L / double(set.size());
        }
        p.push_back(chance);
    }
    return p;
}

// The chi-square statistic of every position over `count` passwords made by `make`.
QList<double> positionStatistics(const SecretGenerator &g, qint64 count, const std::function<QByteArray()> &make)
{
    const QByteArray all = g.alphabet();
    std::vector<std::vector<qint64>> counts(std::size_t(g.length), std::vector<qint64>(std::size_t(all.size()), 0));
    for (qint64 n = 0; n < count; ++n) {
        const QByteArray password = make();
        for (int pos = 0; pos < g.length; ++pos)
            ++counts[std::size_t(pos)][std::size_t(all.indexOf(password.at(pos)))];
    }
    const std::vector<double> p = positionProbabilities(g);
    QList<double> statistics;
    for (const auto &row : counts)
        statistics << chiSquare(row, p, count);
    return statistics;
}

} // namespace

Q_DECLARE_METATYPE(coffer::rotation::SecretGenerator)

class TestSecretGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void defaultsAndJsonShape()
    {
        const SecretGenerator password;
        QCOMPARE(QJsonDocument(password.toJson()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"classes":["lower","upper","digits","symbols"],"excludeAmbiguous":false,)"
                            R"("kind":"password","length":32,"symbols":"!#%+-=?@_"})"));
        QCOMPARE(password.alphabet().size(), 26 + 26 + 10 + 9);
        COFFER_VERIFY_OK(password.validate());

        const SecretGenerator bytes = SecretGenerator::bytes(48, ByteEncoding::Base64Url);
        QCOMPARE(QJsonDocument(bytes.toJson()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"encoding":"base64url","kind":"bytes","length":48})"));
        COFFER_VERIFY_OK(bytes.validate());
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<SecretGenerator>("generator");
        SecretGenerator custom = SecretGenerator::password(20);
        custom.classes = {CharClass::Digits, CharClass::Symbols};
        custom.symbols = QStringLiteral("$%&");
        custom.excludeAmbiguous = true;
        QTest::newRow("default password") << SecretGenerator();
        QTest::newRow("digits and custom symbols") << custom;
        QTest::newRow("bytes base64") << SecretGenerator::bytes(16);
        QTest::newRow("bytes base64url") << SecretGenerator::bytes(4096, ByteEncoding::Base64Url);
        QTest::newRow("bytes hex") << SecretGenerator::bytes(32, ByteEncoding::Hex);
    }
    void jsonRoundTrip()
    {
        QFETCH(SecretGenerator, generator);
        Result<SecretGenerator> back = SecretGenerator::fromJson(generator.toJson());
        COFFER_VERIFY_OK(back);
        QCOMPARE(back->toJson(), generator.toJson());
        QVERIFY(*back == generator);
    }

    void fromJsonFillsDefaults()
    {
        Result<SecretGenerator> g = SecretGenerator::fromJson(parseJson(R"({"kind":"password","length":12})"));
        COFFER_VERIFY_OK(g);
        QCOMPARE(g->length, 12);
        QCOMPARE(g->classes.size(), 4);
        QCOMPARE(g->symbols, QStringLiteral("!#%+-=?@_"));
        Result<SecretGenerator> b = SecretGenerator::fromJson(parseJson(R"({"kind":"bytes"})"));
        COFFER_VERIFY_OK(b);
        QCOMPARE(b->kind, GeneratorKind::Bytes);
        QCOMPARE(b->encoding, ByteEncoding::Base64);
        QCOMPARE(b->length, 32);
    }

    void fromJsonErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("fragments");
        const auto row = [](const char *name, const char *json, QStringList fragments) {
            QTest::newRow(name) << QString::fromUtf8(json) << fragments;
        };
        row("kind missing", R"({"length":32})", {QStringLiteral("generator.kind: missing")});
        row("kind unknown", R"({"kind":"uuid"})",
            {QStringLiteral("generator.kind: 'uuid' is not a generator kind (password or bytes)")});
        row("kind unknown: no length rule either", R"({"kind":"uuid","length":2})",
            {QStringLiteral("generator.kind: 'uuid' is not a generator kind")});
        row("unknown field", R"({"kind":"password","lenght":32})",
            {QStringLiteral("generator.lenght: unknown field (expected kind, length, classes, symbols, "
                            "excludeAmbiguous, encoding)")});
        row("bytes field on a password", R"({"kind":"password","encoding":"hex"})",
            {QStringLiteral("generator.encoding: not a field of a password generator")});
        row("password field on bytes", R"({"kind":"bytes","classes":["lower"]})",
            {QStringLiteral("generator.classes: not a field of a bytes generator")});
        row("length a string", R"({"kind":"password","length":"32"})",
            {QStringLiteral("generator.length: expected a whole number, got a string")});
        row("length a fraction", R"({"kind":"password","length":12.5})",
            {QStringLiteral("generator.length: expected a whole number, got 12.5")});
        row("classes not an array", R"({"kind":"password","classes":"lower"})",
            {QStringLiteral("generator.classes: expected an array of class names, got a string")});
        row("class unknown", R"({"kind":"password","classes":["lower","emoji"]})",
            {QStringLiteral("generator.classes[1]: expected lower, upper, digits or symbols, got 'emoji'")});
        row("class twice", R"({"kind":"password","classes":["digits","digits"]})",
            {QStringLiteral("generator.classes[1]: 'digits' is listed twice")});
        row("symbols a number", R"({"kind":"password","symbols":5})",
            {QStringLiteral("generator.symbols: expected a string, got a number")});
        row("excludeAmbiguous a string", R"({"kind":"password","excludeAmbiguous":"yes"})",
            {QStringLiteral("generator.excludeAmbiguous: expected true or false, got a string")});
        row("encoding unknown", R"({"kind":"bytes","encoding":"base32"})",
            {QStringLiteral("generator.encoding: expected base64, base64url or hex, got 'base32'")});
        row("two problems at once", R"({"kind":"bytes","length":-1,"x":1})",
            {QStringLiteral("generator.x: unknown field"),
             QStringLiteral("generator.length: expected a whole number, got -1")});
    }
    void fromJsonErrors()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, fragments);
        const Result<SecretGenerator> g = SecretGenerator::fromJson(parseJson(json.toUtf8().constData()));
        COFFER_VERIFY_ERROR(g, ErrorCode::InvalidArgument);
        for (const QString &fragment : fragments)
            QVERIFY2(g.error().context().contains(fragment), qPrintable(g.error().context()));
        // checkJson reports the same problems as a list with paths.
        const QList<GeneratorIssue> issues = SecretGenerator::checkJson(parseJson(json.toUtf8().constData()));
        QCOMPARE(issues.size(), fragments.size());
        for (const GeneratorIssue &issue : issues)
            QCOMPARE(issue.rule, GeneratorRule::Syntax);
    }

    void rules_data()
    {
        QTest::addColumn<SecretGenerator>("generator");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("rule"); // -1: valid
        QTest::addColumn<QString>("fragment");
        const auto withClasses = [](QList<CharClass> classes, const QString &symbols, bool exclude = false) {
            SecretGenerator g = SecretGenerator::password(16);
            g.classes = std::move(classes);
            g.symbols = symbols;
            g.excludeAmbiguous = exclude;
            return g;
        };
        const int ok = -1;
        QTest::newRow("length 8") << SecretGenerator::password(8) << QString() << ok << QString();
        QTest::newRow("length 1024") << SecretGenerator::password(1024) << QString() << ok << QString();
        QTest::newRow("length 7") << SecretGenerator::password(7) << QStringLiteral("generator.length")
                                  << int(GeneratorRule::PasswordLength)
                                  << QStringLiteral("generator.length = '7' breaks rule 'password length 8..1024'");
        QTest::newRow("length 1025") << SecretGenerator::password(1025) << QStringLiteral("generator.length")
                                     << int(GeneratorRule::PasswordLength) << QStringLiteral("8 to 1024 characters");
        QTest::newRow("no class") << withClasses({}, QStringLiteral("!")) << QStringLiteral("generator.classes")
                                  << int(GeneratorRule::NeedsClass)
                                  << QStringLiteral("breaks rule 'a password needs a character class'");
        QTest::newRow("empty symbols") << withClasses({CharClass::Symbols}, QString())
                                       << QStringLiteral("generator.symbols") << int(GeneratorRule::SymbolsCharset)
                                       << QStringLiteral("the symbols class needs at least one character");
        QTest::newRow("empty symbols, class not used")
                << withClasses({CharClass::Lower}, QString()) << QString() << ok << QString();
        QTest::newRow("space") << withClasses({CharClass::Symbols}, QStringLiteral("! #"))
                               << QStringLiteral("generator.symbols") << int(GeneratorRule::SymbolsCharset)
                               << QStringLiteral("a space is not allowed");
        QTest::newRow("non-ASCII") << withClasses({CharClass::Symbols}, QStringLiteral("!\u00e9"))
                                   << QStringLiteral("generator.symbols") << int(GeneratorRule::SymbolsCharset)
                                   << QStringLiteral("U+00e9 is not printable ASCII");
        QTest::newRow("tab") << withClasses({CharClass::Symbols}, QStringLiteral("!\t"))
                             << QStringLiteral("generator.symbols") << int(GeneratorRule::SymbolsCharset)
                             << QStringLiteral("U+0009 is not printable ASCII");
        QTest::newRow("letter") << withClasses({CharClass::Symbols}, QStringLiteral("!a"))
                                << QStringLiteral("generator.symbols") << int(GeneratorRule::SymbolsCharset)
                                << QStringLiteral("'a' is a letter or digit");
        QTest::newRow("repeat") << withClasses({CharClass::Symbols}, QStringLiteral("!?!"))
                                << QStringLiteral("generator.symbols") << int(GeneratorRule::SymbolsCharset)
                                << QStringLiteral("'!' appears twice");
        QTest::newRow("symbols all ambiguous")
                << withClasses({CharClass::Lower, CharClass::Symbols}, QStringLiteral("|`'\""), true)
                << QStringLiteral("generator.classes[1]") << int(GeneratorRule::ClassEmptied)
                << QStringLiteral("generator.classes[1] = 'symbols' breaks rule 'every class keeps a character'");
        QTest::newRow("bytes 15") << SecretGenerator::bytes(15) << QStringLiteral("generator.length")
                                  << int(GeneratorRule::BytesLength)
                                  << QStringLiteral("generator.length = '15' breaks rule 'bytes length 16..4096'");
        QTest::newRow("bytes 4097") << SecretGenerator::bytes(4097, ByteEncoding::Hex)
                                    << QStringLiteral("generator.length") << int(GeneratorRule::BytesLength)
                                    << QStringLiteral("16 to 4096 random bytes");
        QTest::newRow("bytes 16") << SecretGenerator::bytes(16) << QString() << ok << QString();
        QTest::newRow("bytes 4096 hex") << SecretGenerator::bytes(4096, ByteEncoding::Hex) << QString() << ok
                                        << QString();
    }
    void rules()
    {
        QFETCH(SecretGenerator, generator);
        QFETCH(QString, path);
        QFETCH(int, rule);
        QFETCH(QString, fragment);
        const QList<GeneratorIssue> issues = generator.validateAll();
        if (rule < 0) {
            QCOMPARE(issues, QList<GeneratorIssue>());
            COFFER_VERIFY_OK(generator.validate());
            COFFER_VERIFY_OK(generator.generate());
            QVERIFY(generator.encodedSize() <= SecretGenerator::kMaxEncodedSize);
            return;
        }
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, path);
        QCOMPARE(int(issues.first().rule), rule);
        QVERIFY2(issues.first().message.contains(fragment), qPrintable(issues.first().message));
        COFFER_VERIFY_ERROR(generator.validate(), ErrorCode::InvalidArgument);
        // An invalid generator makes nothing, and its message is the rule's.
        const Result<SecureBytes> value = generator.generate();
        COFFER_VERIFY_ERROR(value, ErrorCode::InvalidArgument);
        QVERIFY(value.error().context().contains(fragment));
        QCOMPARE(generator.entropyBits(), 0.0);
    }

    void passwordsHaveLengthClassesAndAlphabet_data()
    {
        QTest::addColumn<SecretGenerator>("generator");
        SecretGenerator twoClasses = SecretGenerator::password(9);
        twoClasses.classes = {CharClass::Digits, CharClass::Symbols};
        twoClasses.symbols = QStringLiteral("$~");
        SecretGenerator oneClass = SecretGenerator::password(40);
        oneClass.classes = {CharClass::Upper};
        QTest::newRow("8, all classes") << SecretGenerator::password(8);
        QTest::newRow("32, all classes") << SecretGenerator::password(32);
        QTest::newRow("1024, all classes") << SecretGenerator::password(1024);
        QTest::newRow("9, digits and $~") << twoClasses;
        QTest::newRow("40, upper only") << oneClass;
    }
    void passwordsHaveLengthClassesAndAlphabet()
    {
        QFETCH(SecretGenerator, generator);
        const QByteArray allowed = generator.alphabet();
        QSet<QByteArray> seen;
        for (int n = 0; n < 500; ++n) {
            Result<SecureBytes> value = generator.generate();
            COFFER_VERIFY_OK(value);
            const QByteArray text = bytesOf(*value);
            QCOMPARE(text.size(), generator.length);
            for (char c : text)
                QVERIFY2(allowed.contains(c), text.constData());
            for (CharClass c : generator.classes) {
                const QByteArray set = generator.alphabet(c);
                QVERIFY2(std::any_of(text.begin(), text.end(), [&set](char ch) { return set.contains(ch); }),
                         qPrintable(QStringLiteral("no %1 in %2").arg(charClassName(c), QString::fromLatin1(text))));
            }
            seen.insert(text);
        }
        QCOMPARE(seen.size(), 500); // 8 characters of 71 or more: a repeat is a broken generator
    }

    void excludeAmbiguous()
    {
        SecretGenerator g = SecretGenerator::password(64);
        g.symbols = QStringLiteral("!|`'\"#");
        g.excludeAmbiguous = true;
        COFFER_VERIFY_OK(g.validate());
        QCOMPARE(g.alphabet(CharClass::Lower), QByteArray("abcdefghijkmnopqrstuvwxyz"));
        QCOMPARE(g.alphabet(CharClass::Upper), QByteArray("ABCDEFGHJKLMNPQRSTUVWXYZ"));
        QCOMPARE(g.alphabet(CharClass::Digits), QByteArray("23456789"));
        QCOMPARE(g.alphabet(CharClass::Symbols), QByteArray("!#"));
        const QByteArray ambiguous = SecretGenerator::ambiguousCharacters().toLatin1();
        QCOMPARE(ambiguous, QByteArray("0O1lI|`'\""));
        for (int n = 0; n < 2000; ++n) {
            const QByteArray text = bytesOf(*g.generate());
            for (char c : ambiguous)
                QVERIFY2(!text.contains(c), text.constData());
        }
        // Without the flag the same generator uses them.
        g.excludeAmbiguous = false;
        QVERIFY(g.alphabet().contains('0') && g.alphabet().contains('|'));
    }

    void entropy()
    {
        QCOMPARE(qRound(SecretGenerator::password(32).entropyBits() * 10), qRound(32 * std::log2(71.0) * 10)); // 196.8
        QCOMPARE(SecretGenerator::bytes(32).entropyBits(), 256.0);
        SecretGenerator digits = SecretGenerator::password(10);
        digits.classes = {CharClass::Digits};
        QCOMPARE(qRound(digits.entropyBits() * 100), 3322); // 10 × log2(10)
        digits.excludeAmbiguous = true; // 8 digits left: 10 × 3 bits
        QCOMPARE(digits.entropyBits(), 30.0);
    }

    void bytesEncodingsRoundTrip_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("encodedSize");
        QTest::newRow("base64 16") << int(ByteEncoding::Base64) << 16 << 24;
        QTest::newRow("base64 32") << int(ByteEncoding::Base64) << 32 << 44;
        QTest::newRow("base64url 32") << int(ByteEncoding::Base64Url) << 32 << 43;
        QTest::newRow("base64url 33") << int(ByteEncoding::Base64Url) << 33 << 44;
        QTest::newRow("hex 16") << int(ByteEncoding::Hex) << 16 << 32;
        QTest::newRow("hex 4096") << int(ByteEncoding::Hex) << 4096 << 8192;
        QTest::newRow("base64 4096") << int(ByteEncoding::Base64) << 4096 << 5464;
    }
    void bytesEncodingsRoundTrip()
    {
        QFETCH(int, encoding);
        QFETCH(int, length);
        QFETCH(int, encodedSize);
        const SecretGenerator g = SecretGenerator::bytes(length, ByteEncoding(encoding));
        QCOMPARE(g.encodedSize(), encodedSize);
        for (int n = 0; n < 50; ++n) {
            const Result<SecureBytes> value = g.generate();
            COFFER_VERIFY_OK(value);
            const QByteArray text = bytesOf(*value);
            QCOMPARE(text.size(), encodedSize);
            QByteArray decoded;
            if (ByteEncoding(encoding) == ByteEncoding::Hex) {
                QVERIFY(std::all_of(text.begin(), text.end(),
                                    [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }));
                decoded = QByteArray::fromHex(text);
            } else {
                const auto options = ByteEncoding(encoding) == ByteEncoding::Base64
                        ? QByteArray::Base64Encoding
                        : QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
                auto result = QByteArray::fromBase64Encoding(text, options | QByteArray::AbortOnBase64DecodingErrors);
                QVERIFY(result.decodingStatus == QByteArray::Base64DecodingStatus::Ok);
                decoded = result.decoded;
                QCOMPARE(decoded.toBase64(options), text); // canonical: re-encoding gives the same text
            }
            QCOMPARE(decoded.size(), length);
        }
    }

    void encodeKnownVectors()
    {
        // RFC 4648 §10 test vectors, and bytes that hit '+', '/' (base64) and '-', '_' (base64url).
        const QList<std::array<const char *, 3>> vectors = {{"f", "Zg==", "Zg"},
                                                            {"fo", "Zm8=", "Zm8"},
                                                            {"foo", "Zm9v", "Zm9v"},
                                                            {"foob", "Zm9vYg==", "Zm9vYg"},
                                                            {"fooba", "Zm9vYmE=", "Zm9vYmE"},
                                                            {"foobar", "Zm9vYmFy", "Zm9vYmFy"},
                                                            {"\xfb\xff\xbf", "+/+/", "-_-_"}};
        for (const auto &v : vectors) {
            const SecureBytes raw {QByteArrayView(v[0])};
            QCOMPARE(bytesOf(encodeBytes(raw, ByteEncoding::Base64)), QByteArray(v[1]));
            QCOMPARE(bytesOf(encodeBytes(raw, ByteEncoding::Base64Url)), QByteArray(v[2]));
        }
        QCOMPARE(bytesOf(encodeBytes(SecureBytes(QByteArrayView("\x00\xab\xff", 3)), ByteEncoding::Hex)),
                 QByteArray("00abff"));
    }

    void drawRejectsTheBiasedTail()
    {
        // n = 71: one byte; 256 = 3 × 71 + 43, so bytes 213..255 are rejected (they would favour 0..42).
        qsizetype used = 0;
        UniformDraw draw(replay(QByteArray("\xff\xd5\xd4\x05", 4), &used));
        QCOMPARE(draw.below(71), 70u); // 0xff and 0xd5 (213) rejected; 0xd4 = 212 = 2 × 71 + 70
        QCOMPARE(draw.rejected(), 2u);
        QCOMPARE(draw.below(71), 5u);
        QCOMPARE(draw.rejected(), 2u);
    }

    void drawUsesTwoBytesAbove256()
    {
        // n = 300: two bytes, big-endian; 65536 % 300 = 136, so values >= 65400 are rejected.
        qsizetype used = 0;
        UniformDraw draw(replay(QByteArray("\xff\x78\x01\x2d", 4), &used)); // 65400 rejected, then 301
        QCOMPARE(draw.below(300), 1u);
        QCOMPARE(draw.rejected(), 1u);
        QCOMPARE(draw.below(1), 0u); // takes no byte
    }

    void drawIsUniform_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<bool>("controlFails"); // whether the one-byte `% n` control must fail (n <= 256)
        QTest::newRow("26 (a letter class)") << 26 << true;
        QTest::newRow("62") << 62 << true;
        QTest::newRow("71 (the default alphabet)") << 71 << true;
        QTest::newRow("94 (all printable ASCII)") << 94 << true;
        QTest::newRow("200") << 200 << true;
        QTest::newRow("1000 (Fisher-Yates on a long password)") << 1000 << false;
    }
    void drawIsUniform()
    {
        QFETCH(int, n);
        QFETCH(bool, controlFails);
        const double threshold = criticalValue(n - 1);
        std::vector<double> uniform(std::size_t(n), 1.0 / n);

        UniformDraw draw;
        std::vector<qint64> counts(std::size_t(n), 0);
        for (qint64 i = 0; i < kDraws; ++i)
            ++counts[draw.below(std::uint32_t(n))];
        const double fair = chiSquare(counts, uniform, kDraws);
        QVERIFY2(fair < threshold, qPrintable(QStringLiteral("chi-square %1 >= %2").arg(fair).arg(threshold)));

        if (!controlFails)
            return;
        // The control: `byte % n` over the same number of one-byte draws. Its expected statistic is
        // df + D · Σ (p_i − 1/n)² · n with p_i = (⌊256/n⌋ + [i < 256 mod n]) / 256 and D = 100,000:
        // n = 26: 159 (threshold 73.9), 62: 720 (128.5), 71: 1907 (141.2), 94: 2791 (172.7), 200: 12504 (308.6).
        const QByteArray bytes = crypto::randomBytes(kDraws);
        std::fill(counts.begin(), counts.end(), 0);
        for (char b : bytes)
            ++counts[std::size_t(std::uint8_t(b) % n)];
        const double biased = chiSquare(counts, uniform, kDraws);
        QVERIFY2(biased > threshold,
                 qPrintable(QStringLiteral("control chi-square %1 <= %2").arg(biased).arg(threshold)));
    }

    void everyPositionIsUnbiased()
    {
        // 100,000 passwords of the default generator at length 8 (4 forced classes + 4 fill characters): at each
        // position, the 71 characters against positionProbabilities(), df = 70, threshold 141.2 (p = 1e-6).
        const SecretGenerator g = SecretGenerator::password(8);
        const double threshold = criticalValue(70);
        UniformDraw draw;
        const QList<double> fair = positionStatistics(g, kDraws, [&]() { return bytesOf(*g.generate(draw)); });
        for (int pos = 0; pos < fair.size(); ++pos)
            QVERIFY2(fair.at(pos) < threshold,
                     qPrintable(QStringLiteral("position %1: %2").arg(pos).arg(fair.at(pos))));

        // The control: the same algorithm with one-byte `% n` draws. Expected statistic per position, computed
        // exactly offline (class, fill and swap distributions through the biased shuffle): 550 to 631, i.e. about
        // ten standard deviations above the threshold.
        const QList<double> biased
                = positionStatistics(g, kDraws, [&]() { return biasedPassword(g, crypto::randomBytes(64)); });
        for (int pos = 0; pos < biased.size(); ++pos)
            QVERIFY2(biased.at(pos) > threshold,
                     qPrintable(QStringLiteral("control position %1: %2").arg(pos).arg(biased.at(pos))));
    }

    void deterministicSourceGivesKnownPassword()
    {
        // With a replayed source the algorithm is checkable by hand: digits only, length 8.
        SecretGenerator g = SecretGenerator::password(8);
        g.classes = {CharClass::Digits};
        // 8 fill draws below 10 (one forced + 7 fill), then Fisher-Yates j draws below 8, 7, ..., 2 (all 0).
        QByteArray bytes("\x01\x02\x03\x04\x05\x06\x07\x08", 8);
        bytes += QByteArray(7, '\0');
        qsizetype used = 0;
        UniformDraw draw(replay(bytes, &used));
        const Result<SecureBytes> value = g.generate(draw);
        COFFER_VERIFY_OK(value);
        // Before the shuffle: "12345678". j = 0 each time swaps position i with 0, from i = 7 down to 1.
        QCOMPARE(bytesOf(*value), QByteArray("23456781"));
        QCOMPARE(used, 15); // 8 character draws + 7 swap draws, one byte each, none rejected
    }
};

QTEST_GUILESS_MAIN(TestSecretGenerator)
#include "TestSecretGenerator.moc"
