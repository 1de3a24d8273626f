#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>

namespace coffer::rotation {

// How a secret rotation policy makes a new value (Coffer's extension; Azure has no secret rotation policy).
// Sources: .dev/research/rotation.md §2 option B; Azure's secret size limit: shared/reference/azure-key-vault.md §1.4.
//
// JSON (the "generator" object of a secret rotation policy):
//   {"kind": "password", "length": 32, "classes": ["lower", "upper", "digits", "symbols"],
//    "symbols": "!#%+-=?@_", "excludeAmbiguous": false}
//   {"kind": "bytes", "length": 32, "encoding": "base64" | "base64url" | "hex"}
// "kind" is required; absent fields take the defaults below. Fields of the other kind and unknown fields are
// refused, naming them.

enum class GeneratorKind { Password, Bytes };
QString generatorKindName(GeneratorKind kind); // "password", "bytes"

enum class CharClass { Lower, Upper, Digits, Symbols };
QString charClassName(CharClass charClass); // "lower", "upper", "digits", "symbols"

// base64: RFC 4648 §4 with '=' padding. base64url: RFC 4648 §5 without padding (as JWK and JWT use it).
// hex: lower case.
enum class ByteEncoding { Base64, Base64Url, Hex };
QString byteEncodingName(ByteEncoding encoding); // "base64", "base64url", "hex"

// The rules validateAll checks; the rule's name (generatorRuleName) is in every message.
// Two rules of the plan hold by construction and so have no entry here (static_asserts in SecretGenerator.cpp):
// "length >= number of classes" (length >= 8 > 4 classes) and "encoded size <= 25,600 bytes" (a password is at
// most 1024 ASCII characters; 4096 bytes are at most 8192 hex characters).
enum class GeneratorRule {
    Syntax, // fromJson/checkJson only: wrong JSON type, unknown field, kind, class or encoding, a class listed twice
    PasswordLength, // password length 8..1024
    NeedsClass, // a password needs at least one character class
    SymbolsCharset, // "symbols": non-empty, printable ASCII without space, no letter or digit, no repeats
    ClassEmptied, // excludeAmbiguous left a listed class without characters
    BytesLength, // bytes length 16..4096
};
QString generatorRuleName(GeneratorRule rule); // e.g. "password length 8..1024"

struct GeneratorIssue
{
    QString path; // JSON path: "generator.length", "generator.classes[2]", "generator.symbols"
    GeneratorRule rule = GeneratorRule::Syntax;
    QString message; // English: "<path> = '7' breaks rule '<rule>': <why>"; never a generated value

    friend bool operator==(const GeneratorIssue &, const GeneratorIssue &) = default;
};

// Unbiased random integers in [0, n): each draw takes the fewest whole bytes that cover n (one byte for n <= 256)
// and rejects values at or above the largest multiple of n below 256^bytes, so `value % n` is uniform.
// Bytes come from OpenSSL's RAND_priv_bytes (crypto::randomSecret), buffered in secure memory; tests may pass a
// byte source of their own.
class UniformDraw
{
public:
    using ByteSource = std::function<void(std::uint8_t *out, std::size_t count)>;

    UniformDraw(); // RAND_priv_bytes
    explicit UniformDraw(ByteSource source);

    // n in 1..2^32-1; below(1) is 0 and takes no bytes.
    std::uint32_t below(std::uint32_t n);
    // How many draws were rejected so far (for tests: a rejection happens with probability (256^k mod n)/256^k).
    std::uint64_t rejected() const { return m_rejected; }

private:
    std::uint8_t nextByte();

    ByteSource m_source;
    SecureBytes m_buffer;
    std::size_t m_used = 0;
    std::uint64_t m_rejected = 0;
};

struct SecretGenerator
{
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxPasswordLength = 1024;
    static constexpr int kMinBytesLength = 16;
    static constexpr int kMaxBytesLength = 4096;
    static constexpr int kMaxEncodedSize = 25600; // Azure's secret value limit (25 KB)

    GeneratorKind kind = GeneratorKind::Password;
    int length = 32; // characters for a password, random bytes (before encoding) for bytes
    // Password only:
    QList<CharClass> classes = {CharClass::Lower, CharClass::Upper, CharClass::Digits, CharClass::Symbols};
    QString symbols = defaultSymbols(); // the characters of the "symbols" class
    bool excludeAmbiguous = false; // drop ambiguousCharacters() from every class
    // Bytes only:
    ByteEncoding encoding = ByteEncoding::Base64;

    static SecretGenerator password(int length = 32);
    static SecretGenerator bytes(int length = 32, ByteEncoding encoding = ByteEncoding::Base64);

    static QString defaultSymbols(); // "!#%+-=?@_"
    // Characters a person misreads or a shell/config file mangles: 0 O 1 l I | ` ' "
    static QString ambiguousCharacters();

    // Structure only (types, field names, kind, class and encoding names); the rules are validate()'s job, so
    // a stored policy always loads. InvalidArgument lists every problem with its path ("generator.<field>").
    static Result<SecretGenerator> fromJson(const QJsonObject &json);
    // All fields of the generator's kind; never the other kind's fields.
    QJsonObject toJson() const;

    // Every rule problem with its JSON path under `path` (the generator object's own path).
    QList<GeneratorIssue> validateAll(const QString &path = QStringLiteral("generator")) const;
    Result<void> validate() const; // the same as one InvalidArgument ("; "-joined), or success
    // Syntax problems of a JSON object being edited, then the rules of what did parse.
    static QList<GeneratorIssue> checkJson(const QJsonObject &json, const QString &path = QStringLiteral("generator"));

    // The characters of one class after excludeAmbiguous (Symbols: `symbols`), in ASCII order of the source text.
    QByteArray alphabet(CharClass charClass) const;
    // The union of the listed classes' alphabets (the classes are disjoint once validated).
    QByteArray alphabet() const;
    // Size of the value generate() makes: `length` for a password, the encoded length for bytes.
    qsizetype encodedSize() const;
    // For the console: length × log2(alphabet size) for a password (an upper bound: requiring one character of
    // each class removes a little), 8 × length for bytes. 0 for an invalid generator.
    double entropyBits() const;

    // A fresh value (ASCII). A password has at least one character of every listed class: one drawn from each
    // class, the rest from the union, then a Fisher-Yates shuffle, all with UniformDraw. Bytes: `length` bytes of
    // RAND_priv_bytes, encoded. InvalidArgument (rules, as validate()) for an invalid generator.
    Result<SecureBytes> generate() const;
    Result<SecureBytes> generate(UniformDraw &draw) const; // tests: a chosen byte source

    friend bool operator==(const SecretGenerator &, const SecretGenerator &) = default;
};

// Encodes bytes into secure memory (the value never passes through a QByteArray).
SecureBytes encodeBytes(const SecureBytes &raw, ByteEncoding encoding);

} // namespace coffer::rotation
