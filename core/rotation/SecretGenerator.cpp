#include "core/rotation/SecretGenerator.h"

#include "core/crypto/Random.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace coffer::rotation {

// The plan's rules that hold by construction (see GeneratorRule).
static_assert(SecretGenerator::kMinPasswordLength >= 4, "length >= number of classes (at most 4)");
static_assert(SecretGenerator::kMaxPasswordLength <= SecretGenerator::kMaxEncodedSize, "password within 25,600");
static_assert(2 * SecretGenerator::kMaxBytesLength <= SecretGenerator::kMaxEncodedSize, "hex within 25,600");
static_assert((SecretGenerator::kMaxBytesLength + 2) / 3 * 4 <= SecretGenerator::kMaxEncodedSize, "base64 too");

namespace {

const QString kKind = QStringLiteral("kind");
const QString kLength = QStringLiteral("length");
const QString kClasses = QStringLiteral("classes");
const QString kSymbols = QStringLiteral("symbols");
const QString kExcludeAmbiguous = QStringLiteral("excludeAmbiguous");
const QString kEncoding = QStringLiteral("encoding");

constexpr std::size_t kBufferSize = 64;

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    default: return QStringLiteral("null");
    }
}

GeneratorIssue syntaxIssue(const QString &path, const QString &what)
{
    return {path, GeneratorRule::Syntax, QStringLiteral("%1: %2").arg(path, what)};
}

GeneratorIssue ruleIssue(const QString &path, GeneratorRule rule, const QString &value, const QString &why)
{
    const QString subject = value.isEmpty() ? path : QStringLiteral("%1 = '%2'").arg(path, value);
    return {path, rule, QStringLiteral("%1 breaks rule '%2': %3").arg(subject, generatorRuleName(rule), why)};
}

QString field(const QString &path, const QString &name)
{
    return path + u'.' + name;
}

const QList<CharClass> kAllClasses = {CharClass::Lower, CharClass::Upper, CharClass::Digits, CharClass::Symbols};
const QList<ByteEncoding> kAllEncodings = {ByteEncoding::Base64, ByteEncoding::Base64Url, ByteEncoding::Hex};

QByteArray sourceCharacters(CharClass charClass, const QString &symbols)
{
    switch (charClass) {
    case CharClass::Lower: return QByteArrayLiteral("abcdefghijklmnopqrstuvwxyz");
    case CharClass::Upper: return QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case CharClass::Digits: return QByteArrayLiteral("0123456789");
    case CharClass::Symbols: return symbols.toLatin1();
    }
    return {};
}

struct Parsed
{
    SecretGenerator generator;
    QList<GeneratorIssue> issues;
};

Parsed parse(const QJsonObject &json, const QString &path)
{
    Parsed out;
    SecretGenerator &g = out.generator;
    QList<GeneratorIssue> &issues = out.issues;

    const QJsonValue kind = json.value(kKind);
    bool kindKnown = true;
    if (!kind.isString()) {
        issues << syntaxIssue(
                field(path, kKind),
                kind.isUndefined()
                        ? QStringLiteral("missing (expected \"password\" or \"bytes\")")
                        : QStringLiteral("expected \"password\" or \"bytes\", got %1").arg(jsonTypeName(kind)));
        kindKnown = false;
    } else if (kind.toString() == generatorKindName(GeneratorKind::Password)) {
        g.kind = GeneratorKind::Password;
    } else if (kind.toString() == generatorKindName(GeneratorKind::Bytes)) {
        g.kind = GeneratorKind::Bytes;
    } else {
        issues << syntaxIssue(field(path, kKind),
                              QStringLiteral("'%1' is not a generator kind (password or bytes)").arg(kind.toString()));
        kindKnown = false;
    }

    const QStringList passwordFields = {kKind, kLength, kClasses, kSymbols, kExcludeAmbiguous};
    const QStringList bytesFields = {kKind, kLength, kEncoding};
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &key = it.key();
        if (!passwordFields.contains(key) && !bytesFields.contains(key)) {
            issues << syntaxIssue(
                    field(path, key),
                    QStringLiteral("unknown field (expected %1)")
                            .arg(QStringList {kKind, kLength, kClasses, kSymbols, kExcludeAmbiguous, kEncoding}.join(
                                    QStringLiteral(", "))));
        } else if (kindKnown && g.kind == GeneratorKind::Password && !passwordFields.contains(key)) {
            issues << syntaxIssue(field(path, key), QStringLiteral("not a field of a password generator"));
        } else if (kindKnown && g.kind == GeneratorKind::Bytes && !bytesFields.contains(key)) {
            issues << syntaxIssue(field(path, key), QStringLiteral("not a field of a bytes generator"));
        }
    }

    const QJsonValue length = json.value(kLength);
    if (!length.isUndefined()) {
        const double value = length.toDouble(-1);
        if (!length.isDouble() || value != std::floor(value) || value < 0 || value > 1e9) {
            const QString got = length.isDouble() ? QString::number(value, 'g', 17) : jsonTypeName(length);
            issues << syntaxIssue(field(path, kLength), QStringLiteral("expected a whole number, got %1").arg(got));
        } else {
            g.length = int(value);
        }
    }

    const QJsonValue classes = json.value(kClasses);
    if (classes.isArray()) {
        g.classes.clear();
        const QJsonArray array = classes.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(field(path, kClasses)).arg(i);
            const QJsonValue item = array.at(i);
            std::optional<CharClass> found;
            for (CharClass c : kAllClasses) {
                if (item.isString() && item.toString() == charClassName(c))
                    found = c;
            }
            if (!found) {
                const QString got = item.isString() ? QStringLiteral("'%1'").arg(item.toString()) : jsonTypeName(item);
                issues << syntaxIssue(itemPath,
                                      QStringLiteral("expected lower, upper, digits or symbols, got %1").arg(got));
            } else if (g.classes.contains(*found)) {
                issues << syntaxIssue(itemPath, QStringLiteral("'%1' is listed twice").arg(charClassName(*found)));
            } else {
                g.classes << *found;
            }
        }
    } else if (!classes.isUndefined()) {
        issues << syntaxIssue(field(path, kClasses),
                              QStringLiteral("expected an array of class names, got %1").arg(jsonTypeName(classes)));
    }

    const QJsonValue symbols = json.value(kSymbols);
    if (symbols.isString())
        g.symbols = symbols.toString();
    else if (!symbols.isUndefined())
        issues << syntaxIssue(field(path, kSymbols),
                              QStringLiteral("expected a string, got %1").arg(jsonTypeName(symbols)));

    const QJsonValue exclude = json.value(kExcludeAmbiguous);
    if (exclude.isBool())
        g.excludeAmbiguous = exclude.toBool();
    else if (!exclude.isUndefined())
        issues << syntaxIssue(field(path, kExcludeAmbiguous),
                              QStringLiteral("expected true or false, got %1").arg(jsonTypeName(exclude)));

    const QJsonValue encoding = json.value(kEncoding);
    if (!encoding.isUndefined()) {
        std::optional<ByteEncoding> found;
        for (ByteEncoding e : kAllEncodings) {
            if (encoding.isString() && encoding.toString() == byteEncodingName(e))
                found = e;
        }
        if (found) {
            g.encoding = *found;
        } else {
            const QString got
                    = encoding.isString() ? QStringLiteral("'%1'").arg(encoding.toString()) : jsonTypeName(encoding);
            issues << syntaxIssue(field(path, kEncoding),
                                  QStringLiteral("expected base64, base64url or hex, got %1").arg(got));
        }
    }
    return out;
}

// The problem with a "symbols" text, or empty.
QString symbolsProblem(const QString &symbols)
{
    if (symbols.isEmpty())
        return QStringLiteral("the symbols class needs at least one character");
    QString seen;
    for (const QChar c : symbols) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7f)
            return u == 0x20 ? QStringLiteral("a space is not allowed")
                             : QStringLiteral("U+%1 is not printable ASCII").arg(int(u), 4, 16, QLatin1Char('0'));
        if (c.isLetterOrNumber())
            return QStringLiteral("'%1' is a letter or digit; symbols are the other printable characters").arg(c);
        if (seen.contains(c))
            return QStringLiteral("'%1' appears twice (it would be drawn twice as often)").arg(c);
        seen += c;
    }
    return {};
}

void appendBase64(SecureBytes &out, const SecureBytes &raw, bool url)
{
    const char *table = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                            : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const std::uint8_t *in = raw.data();
    const std::size_t n = raw.size();
    char quad[4];
    for (std::size_t i = 0; i < n; i += 3) {
        const std::size_t left = n - i;
        const std::uint32_t v = (std::uint32_t(in[i]) << 16) | (left > 1 ? std::uint32_t(in[i + 1]) << 8 : 0u)
                | (left > 2 ? std::uint32_t(in[i + 2]) : 0u);
        quad[0] = table[(v >> 18) & 63];
        quad[1] = table[(v >> 12) & 63];
        quad[2] = left > 1 ? table[(v >> 6) & 63] : '=';
        quad[3] = left > 2 ? table[v & 63] : '=';
        const std::size_t keep = url ? (left > 2 ? 4 : left + 1) : 4;
        out.append(quad, keep);
    }
    std::memset(quad, 0, sizeof quad);
}

} // namespace

QString generatorKindName(GeneratorKind kind)
{
    return kind == GeneratorKind::Password ? QStringLiteral("password") : QStringLiteral("bytes");
}

QString charClassName(CharClass charClass)
{
    switch (charClass) {
    case CharClass::Lower: return QStringLiteral("lower");
    case CharClass::Upper: return QStringLiteral("upper");
    case CharClass::Digits: return QStringLiteral("digits");
    case CharClass::Symbols: return QStringLiteral("symbols");
    }
    return {};
}

QString byteEncodingName(ByteEncoding encoding)
{
    switch (encoding) {
    case ByteEncoding::Base64: return QStringLiteral("base64");
    case ByteEncoding::Base64Url: return QStringLiteral("base64url");
    case ByteEncoding::Hex: return QStringLiteral("hex");
    }
    return {};
}

QString generatorRuleName(GeneratorRule rule)
{
    switch (rule) {
    case GeneratorRule::Syntax: return QStringLiteral("generator JSON shape");
    case GeneratorRule::PasswordLength: return QStringLiteral("password length 8..1024");
    case GeneratorRule::NeedsClass: return QStringLiteral("a password needs a character class");
    case GeneratorRule::SymbolsCharset: return QStringLiteral("symbols are printable ASCII, no space, letter or digit");
    case GeneratorRule::ClassEmptied: return QStringLiteral("every class keeps a character");
    case GeneratorRule::BytesLength: return QStringLiteral("bytes length 16..4096");
    }
    return {};
}

// ---- UniformDraw

UniformDraw::UniformDraw()
    : UniformDraw([](std::uint8_t *out, std::size_t count) {
        const SecureBytes fresh = crypto::randomSecret(count);
        std::memcpy(out, fresh.data(), count);
    })
{ }

UniformDraw::UniformDraw(ByteSource source)
    : m_source(std::move(source))
    , m_buffer(kBufferSize)
    , m_used(kBufferSize)
{ }

std::uint8_t UniformDraw::nextByte()
{
    if (m_used == m_buffer.size()) {
        m_source(m_buffer.data(), m_buffer.size());
        m_used = 0;
    }
    const std::uint8_t byte = m_buffer.data()[m_used];
    m_buffer.data()[m_used++] = 0; // a used byte is not kept
    return byte;
}

std::uint32_t UniformDraw::below(std::uint32_t n)
{
    Q_ASSERT(n >= 1);
    if (n <= 1)
        return 0;
    int bytes = 1;
    while (bytes < 4 && (std::uint64_t(1) << (8 * bytes)) < n)
        ++bytes;
    const std::uint64_t range = std::uint64_t(1) << (8 * bytes);
    const std::uint64_t limit = range - range % n; // a multiple of n: values below it map uniformly
    for (;;) {
        std::uint64_t value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | nextByte();
        if (value < limit)
            return std::uint32_t(value % n);
        ++m_rejected;
    }
}

// ---- SecretGenerator

SecretGenerator SecretGenerator::password(int length)
{
    SecretGenerator g;
    g.kind = GeneratorKind::Password;
    g.length = length;
    return g;
}

SecretGenerator SecretGenerator::bytes(int length, ByteEncoding encoding)
{
    SecretGenerator g;
    g.kind = GeneratorKind::Bytes;
    g.length = length;
    g.encoding = encoding;
    return g;
}

QString SecretGenerator::defaultSymbols()
{
    return QStringLiteral("!#%+-=?@_");
}

QString SecretGenerator::ambiguousCharacters()
{
    return QStringLiteral("0O1lI|`'\"");
}

Result<SecretGenerator> SecretGenerator::fromJson(const QJsonObject &json)
{
    Parsed parsed = parse(json, QStringLiteral("generator"));
    if (!parsed.issues.isEmpty()) {
        QStringList messages;
        for (const GeneratorIssue &issue : std::as_const(parsed.issues))
            messages << issue.message;
        return makeError(ErrorCode::InvalidArgument, messages.join(QStringLiteral("; ")));
    }
    return std::move(parsed.generator);
}

QJsonObject SecretGenerator::toJson() const
{
    QJsonObject json {{kKind, generatorKindName(kind)}, {kLength, length}};
    if (kind == GeneratorKind::Password) {
        QJsonArray names;
        for (CharClass c : classes)
            names.append(charClassName(c));
        json.insert(kClasses, names);
        json.insert(kSymbols, symbols);
        json.insert(kExcludeAmbiguous, excludeAmbiguous);
    } else {
        json.insert(kEncoding, byteEncodingName(encoding));
    }
    return json;
}

QList<GeneratorIssue> SecretGenerator::validateAll(const QString &path) const
{
    QList<GeneratorIssue> issues;
    const QString lengthPath = field(path, kLength);
    if (kind == GeneratorKind::Bytes) {
        if (length < kMinBytesLength || length > kMaxBytesLength)
            issues << ruleIssue(lengthPath, GeneratorRule::BytesLength, QString::number(length),
                                QStringLiteral("a bytes generator makes 16 to 4096 random bytes"));
        return issues;
    }
    if (length < kMinPasswordLength || length > kMaxPasswordLength)
        issues << ruleIssue(lengthPath, GeneratorRule::PasswordLength, QString::number(length),
                            QStringLiteral("a password has 8 to 1024 characters"));
    if (classes.isEmpty())
        issues << ruleIssue(field(path, kClasses), GeneratorRule::NeedsClass, {},
                            QStringLiteral("list at least one of lower, upper, digits, symbols"));
    const bool usesSymbols = classes.contains(CharClass::Symbols);
    const QString problem = usesSymbols ? symbolsProblem(symbols) : QString();
    if (!problem.isEmpty())
        issues << ruleIssue(field(path, kSymbols), GeneratorRule::SymbolsCharset, symbols, problem);
    if (excludeAmbiguous) {
        for (int i = 0; i < classes.size(); ++i) {
            if (classes.at(i) == CharClass::Symbols && !problem.isEmpty())
                continue; // reported above
            if (alphabet(classes.at(i)).isEmpty())
                issues << ruleIssue(QStringLiteral("%1[%2]").arg(field(path, kClasses)).arg(i),
                                    GeneratorRule::ClassEmptied, charClassName(classes.at(i)),
                                    QStringLiteral("excludeAmbiguous removes all of its characters (%1)")
                                            .arg(ambiguousCharacters()));
        }
    }
    return issues;
}

Result<void> SecretGenerator::validate() const
{
    const QList<GeneratorIssue> issues = validateAll();
    if (issues.isEmpty())
        return {};
    QStringList messages;
    for (const GeneratorIssue &issue : issues)
        messages << issue.message;
    return makeError(ErrorCode::InvalidArgument, messages.join(QStringLiteral("; ")));
}

QList<GeneratorIssue> SecretGenerator::checkJson(const QJsonObject &json, const QString &path)
{
    const Parsed parsed = parse(json, path);
    QList<GeneratorIssue> issues = parsed.issues;
    const QString kindPath = field(path, kKind);
    if (std::any_of(issues.begin(), issues.end(), [&kindPath](const GeneratorIssue &i) { return i.path == kindPath; }))
        return issues; // without a kind, the rules of either kind would mislead
    // Rules only of fields that parsed: a malformed field keeps its default and must not be reported again.
    for (const GeneratorIssue &issue : parsed.generator.validateAll(path)) {
        const bool reported = std::any_of(issues.begin(), issues.end(), [&issue](const GeneratorIssue &other) {
            return other.path == issue.path || other.path.startsWith(issue.path + u'[');
        });
        if (!reported)
            issues << issue;
    }
    return issues;
}

QByteArray SecretGenerator::alphabet(CharClass charClass) const
{
    QByteArray chars = sourceCharacters(charClass, symbols);
    if (excludeAmbiguous) {
        const QByteArray ambiguous = ambiguousCharacters().toLatin1();
        chars.removeIf([&ambiguous](char c) { return ambiguous.contains(c); });
    }
    return chars;
}

QByteArray SecretGenerator::alphabet() const
{
    QByteArray all;
    for (CharClass c : classes)
        all += alphabet(c);
    return all;
}

qsizetype SecretGenerator::encodedSize() const
{
    if (kind == GeneratorKind::Password)
        return length;
    switch (encoding) {
    case ByteEncoding::Base64: return (qsizetype(length) + 2) / 3 * 4;
    case ByteEncoding::Base64Url: return (qsizetype(length) * 4 + 2) / 3;
    case ByteEncoding::Hex: return qsizetype(length) * 2;
    }
    return 0;
}

double SecretGenerator::entropyBits() const
{
    if (!validateAll().isEmpty())
        return 0;
    if (kind == GeneratorKind::Bytes)
        return 8.0 * length;
    return length * std::log2(double(alphabet().size()));
}

Result<SecureBytes> SecretGenerator::generate() const
{
    UniformDraw draw;
    return generate(draw);
}

Result<SecureBytes> SecretGenerator::generate(UniformDraw &draw) const
{
    COFFER_TRY(validate());
    if (kind == GeneratorKind::Bytes) {
        SecureBytes raw(static_cast<std::size_t>(length));
        for (int i = 0; i < length; ++i)
            raw.data()[i] = std::uint8_t(draw.below(256));
        return encodeBytes(raw, encoding);
    }

    SecureBytes out(static_cast<std::size_t>(length));
    std::uint8_t *chars = out.data();
    int at = 0;
    for (CharClass c : classes) { // one of every class
        const QByteArray set = alphabet(c);
        chars[at++] = std::uint8_t(set.at(draw.below(std::uint32_t(set.size()))));
    }
    const QByteArray all = alphabet();
    while (at < length)
        chars[at++] = std::uint8_t(all.at(draw.below(std::uint32_t(all.size()))));
    for (int i = length - 1; i > 0; --i) { // Fisher-Yates: every arrangement equally likely
        const std::uint32_t j = draw.below(std::uint32_t(i + 1));
        std::swap(chars[i], chars[j]);
    }
    return out;
}

SecureBytes encodeBytes(const SecureBytes &raw, ByteEncoding encoding)
{
    switch (encoding) {
    case ByteEncoding::Hex: return raw.toHex();
    case ByteEncoding::Base64:
    case ByteEncoding::Base64Url: {
        SecureBytes out;
        out.reserve((raw.size() + 2) / 3 * 4);
        appendBase64(out, raw, encoding == ByteEncoding::Base64Url);
        return out;
    }
    }
    return {};
}

} // namespace coffer::rotation
