#include "core/crypto/KeyAlgorithms.h"

#include <QList>

#include <algorithm>
#include <array>

namespace coffer::crypto {

namespace {

// One row per curve: JWK name, OpenSSL group name, field size, DER OID (PKCS#11 CKA_EC_PARAMS).
struct CurveRow
{
    Curve curve;
    const char *jwk;
    const char *openSsl;
    int fieldBits;
    int fieldBytes;
    const char *oidHex;
    SignAlg signAlg;
};
constexpr std::array<CurveRow, 4> kCurves = {{
        {Curve::P256, "P-256", "prime256v1", 256, 32, "06082a8648ce3d030107", SignAlg::ES256},
        {Curve::P256K, "P-256K", "secp256k1", 256, 32, "06052b8104000a", SignAlg::ES256K},
        {Curve::P384, "P-384", "secp384r1", 384, 48, "06052b81040022", SignAlg::ES384},
        {Curve::P521, "P-521", "secp521r1", 521, 66, "06052b81040023", SignAlg::ES512},
}};

const CurveRow &curveRow(Curve curve)
{
    return kCurves[std::size_t(curve)];
}

// One row per signature algorithm: name, key type, curve (EC only), digest.
struct SignRow
{
    SignAlg alg;
    const char *name;
    KeyType type;
    std::optional<Curve> curve;
    DigestAlg digest;
};
constexpr std::array<SignRow, 10> kSignAlgs = {{
        {SignAlg::RS256, "RS256", KeyType::Rsa, std::nullopt, DigestAlg::Sha256},
        {SignAlg::RS384, "RS384", KeyType::Rsa, std::nullopt, DigestAlg::Sha384},
        {SignAlg::RS512, "RS512", KeyType::Rsa, std::nullopt, DigestAlg::Sha512},
        {SignAlg::PS256, "PS256", KeyType::Rsa, std::nullopt, DigestAlg::Sha256},
        {SignAlg::PS384, "PS384", KeyType::Rsa, std::nullopt, DigestAlg::Sha384},
        {SignAlg::PS512, "PS512", KeyType::Rsa, std::nullopt, DigestAlg::Sha512},
        {SignAlg::ES256, "ES256", KeyType::Ec, Curve::P256, DigestAlg::Sha256},
        {SignAlg::ES256K, "ES256K", KeyType::Ec, Curve::P256K, DigestAlg::Sha256},
        {SignAlg::ES384, "ES384", KeyType::Ec, Curve::P384, DigestAlg::Sha384},
        {SignAlg::ES512, "ES512", KeyType::Ec, Curve::P521, DigestAlg::Sha512},
}};

const SignRow &signRow(SignAlg alg)
{
    return kSignAlgs[std::size_t(alg)];
}

// One row per encryption/wrap algorithm: name, and the AES key size (0 for RSA).
enum class EncKind { Rsa, Gcm, Kw };
struct EncRow
{
    EncAlg alg;
    const char *name;
    EncKind kind;
    int aesBits;
    int rsaOverhead; // bytes of padding: k - overhead is the largest plaintext
};
constexpr std::array<EncRow, 9> kEncAlgs = {{
        {EncAlg::RsaOaep, "RSA-OAEP", EncKind::Rsa, 0, 42},
        {EncAlg::RsaOaep256, "RSA-OAEP-256", EncKind::Rsa, 0, 66},
        {EncAlg::Rsa1_5, "RSA1_5", EncKind::Rsa, 0, 11},
        {EncAlg::A128GCM, "A128GCM", EncKind::Gcm, 128, 0},
        {EncAlg::A192GCM, "A192GCM", EncKind::Gcm, 192, 0},
        {EncAlg::A256GCM, "A256GCM", EncKind::Gcm, 256, 0},
        {EncAlg::A128KW, "A128KW", EncKind::Kw, 128, 0},
        {EncAlg::A192KW, "A192KW", EncKind::Kw, 192, 0},
        {EncAlg::A256KW, "A256KW", EncKind::Kw, 256, 0},
}};

const EncRow &encRow(EncAlg alg)
{
    return kEncAlgs[std::size_t(alg)];
}

struct OpRow
{
    KeyOp op;
    const char *name;
};
constexpr std::array<OpRow, 6> kOps = {{
        {KeyOp::Encrypt, "encrypt"},
        {KeyOp::Decrypt, "decrypt"},
        {KeyOp::Sign, "sign"},
        {KeyOp::Verify, "verify"},
        {KeyOp::WrapKey, "wrapKey"},
        {KeyOp::UnwrapKey, "unwrapKey"},
}};

constexpr int kRsaSizes[] = {2048, 3072, 4096};
constexpr int kOctSizes[] = {128, 192, 256};

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

bool sameName(QStringView name, const char *expected)
{
    return name.compare(QLatin1StringView(expected), Qt::CaseInsensitive) == 0;
}

// "RSA 2048", "EC P-256", "oct 128-bit": how messages describe a key.
QString describe(const KeySpec &spec)
{
    switch (spec.type) {
    case KeyType::Rsa: return QStringLiteral("RSA %1").arg(spec.bits);
    case KeyType::Ec:
        return spec.curve ? QStringLiteral("EC %1").arg(curveName(*spec.curve)) : QStringLiteral("EC without a curve");
    case KeyType::Oct: return QStringLiteral("oct %1-bit").arg(spec.bits);
    }
    return {};
}

template<typename Alg>
QString joinNames(const QList<Alg> &algs, QString (*nameOf)(Alg))
{
    QStringList names;
    for (Alg alg : algs)
        names << nameOf(alg);
    return names.join(QStringLiteral(", "));
}

// "(use RS256, ...)" or "(it cannot sign)": what the key can do instead.
QString signAdvice(const KeySpec &spec)
{
    const QList<SignAlg> algs = signAlgsFor(spec);
    if (algs.isEmpty())
        return QStringLiteral("an %1 key cannot sign; sign with an RSA or EC key").arg(describe(spec));
    return QStringLiteral("use %1").arg(joinNames(algs, &signAlgName));
}

QString signRequirement(const SignRow &row)
{
    if (row.type == KeyType::Rsa)
        return QStringLiteral("an RSA key");
    return QStringLiteral("an EC %1 key").arg(curveName(*row.curve));
}

QString encRequirement(const EncRow &row)
{
    if (row.kind == EncKind::Rsa)
        return QStringLiteral("an RSA key");
    return QStringLiteral("a %1-bit oct (AES) key").arg(row.aesBits);
}

// Common part of checkEncrypt and checkWrap: `allowed` is the list the operation accepts for this key.
Result<void> checkEncAlg(EncAlg alg, const KeySpec &spec, const QList<EncAlg> &allowed, const char *operation)
{
    COFFER_TRY(validateSpec(spec));
    if (allowed.contains(alg))
        return {};
    const EncRow &row = encRow(alg);
    const QString advice = allowed.isEmpty() ? QStringLiteral("an %1 key can only sign and verify").arg(describe(spec))
                                             : QStringLiteral("use %1").arg(joinNames(allowed, &encAlgName));
    const bool keyFits = (row.kind == EncKind::Rsa && spec.type == KeyType::Rsa)
            || (row.kind != EncKind::Rsa && spec.type == KeyType::Oct && spec.bits == row.aesBits);
    if (keyFits) {
        // The key is right, the operation is not: GCM is for encrypt/decrypt, KW for wrapKey/unwrapKey.
        const char *serves = row.kind == EncKind::Gcm ? "encrypt/decrypt" : "wrapKey/unwrapKey";
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("algorithm %1 is for %2, not %3 (%4)")
                             .arg(latin1(row.name), latin1(serves), latin1(operation), advice));
    }
    return Error(ErrorCode::InvalidArgument,
                 QStringLiteral("algorithm %1 needs %2; the key is %3 (%4)")
                         .arg(latin1(row.name), encRequirement(row), describe(spec), advice));
}

} // namespace

KeySpec KeySpec::ec(Curve curve)
{
    return {KeyType::Ec, curveRow(curve).fieldBits, curve};
}

Result<void> validateSpec(const KeySpec &spec)
{
    switch (spec.type) {
    case KeyType::Rsa:
        if (!spec.curve && std::find(std::begin(kRsaSizes), std::end(kRsaSizes), spec.bits) != std::end(kRsaSizes))
            return {};
        if (spec.curve)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("an RSA key has no curve"));
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("RSA keys are 2048, 3072 or 4096 bits; got %1").arg(spec.bits));
    case KeyType::Ec:
        if (!spec.curve)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("an EC key needs a curve: P-256, P-256K, P-384 or P-521"));
        if (spec.bits != curveRow(*spec.curve).fieldBits)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("curve %1 is %2 bits; got %3")
                                 .arg(curveName(*spec.curve))
                                 .arg(curveRow(*spec.curve).fieldBits)
                                 .arg(spec.bits));
        return {};
    case KeyType::Oct:
        if (!spec.curve && std::find(std::begin(kOctSizes), std::end(kOctSizes), spec.bits) != std::end(kOctSizes))
            return {};
        if (spec.curve)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("an oct key has no curve"));
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("oct (AES) keys are 128, 192 or 256 bits; got %1").arg(spec.bits));
    }
    return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown key type"));
}

QString keyTypeName(KeyType type, Protection protection)
{
    QString base;
    switch (type) {
    case KeyType::Rsa: base = QStringLiteral("RSA"); break;
    case KeyType::Ec: base = QStringLiteral("EC"); break;
    case KeyType::Oct: base = QStringLiteral("oct"); break;
    }
    return protection == Protection::Hsm ? base + QStringLiteral("-HSM") : base;
}

std::optional<std::pair<KeyType, Protection>> keyTypeFromName(QStringView name)
{
    for (KeyType type : {KeyType::Rsa, KeyType::Ec, KeyType::Oct}) {
        for (Protection protection : {Protection::Software, Protection::Hsm}) {
            if (name.compare(keyTypeName(type, protection), Qt::CaseInsensitive) == 0)
                return std::make_pair(type, protection);
        }
    }
    return std::nullopt;
}

QString protectionName(Protection protection)
{
    return protection == Protection::Hsm ? QStringLiteral("hsm") : QStringLiteral("software");
}

std::optional<Protection> protectionFromName(QStringView name)
{
    if (sameName(name, "software"))
        return Protection::Software;
    if (sameName(name, "hsm"))
        return Protection::Hsm;
    return std::nullopt;
}

QString curveName(Curve curve)
{
    return latin1(curveRow(curve).jwk);
}

std::optional<Curve> curveFromName(QStringView name)
{
    for (const CurveRow &row : kCurves) {
        if (sameName(name, row.jwk))
            return row.curve;
    }
    if (sameName(name, "secp256k1")) // RFC 8812's name for P-256K
        return Curve::P256K;
    return std::nullopt;
}

const char *curveOpenSslName(Curve curve)
{
    return curveRow(curve).openSsl;
}

int curveFieldBytes(Curve curve)
{
    return curveRow(curve).fieldBytes;
}

QByteArray curveOidDer(Curve curve)
{
    return QByteArray::fromHex(curveRow(curve).oidHex);
}

QString keyOpName(KeyOp op)
{
    for (const OpRow &row : kOps) {
        if (row.op == op)
            return latin1(row.name);
    }
    return {};
}

std::optional<KeyOp> keyOpFromName(QStringView name)
{
    for (const OpRow &row : kOps) {
        if (sameName(name, row.name))
            return row.op;
    }
    return std::nullopt;
}

QStringList keyOpNames(KeyOps ops)
{
    QStringList names;
    for (const OpRow &row : kOps) {
        if (ops.testFlag(row.op))
            names << latin1(row.name);
    }
    return names;
}

Result<KeyOps> keyOpsFromNames(const QStringList &names)
{
    KeyOps ops;
    for (const QString &name : names) {
        const std::optional<KeyOp> op = keyOpFromName(name);
        if (!op)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("unknown key operation '%1' (use encrypt, decrypt, sign, verify, wrapKey or "
                                        "unwrapKey)")
                                 .arg(name));
        ops |= *op;
    }
    return ops;
}

KeyOps defaultKeyOps(KeyType type)
{
    return supportedKeyOps(type);
}

KeyOps supportedKeyOps(KeyType type)
{
    switch (type) {
    case KeyType::Rsa:
        return KeyOps(KeyOp::Encrypt) | KeyOp::Decrypt | KeyOp::Sign | KeyOp::Verify | KeyOp::WrapKey
                | KeyOp::UnwrapKey;
    case KeyType::Ec: return KeyOps(KeyOp::Sign) | KeyOp::Verify;
    case KeyType::Oct: return KeyOps(KeyOp::Encrypt) | KeyOp::Decrypt | KeyOp::WrapKey | KeyOp::UnwrapKey;
    }
    return {};
}

QString signAlgName(SignAlg alg)
{
    return latin1(signRow(alg).name);
}

std::optional<SignAlg> signAlgFromName(QStringView name)
{
    for (const SignRow &row : kSignAlgs) {
        if (sameName(name, row.name))
            return row.alg;
    }
    return std::nullopt;
}

QString encAlgName(EncAlg alg)
{
    return latin1(encRow(alg).name);
}

std::optional<EncAlg> encAlgFromName(QStringView name)
{
    for (const EncRow &row : kEncAlgs) {
        if (sameName(name, row.name))
            return row.alg;
    }
    return std::nullopt;
}

QStringList signAlgNames()
{
    QStringList names;
    for (const SignRow &row : kSignAlgs)
        names << latin1(row.name);
    return names;
}

QStringList encAlgNames()
{
    QStringList names;
    for (const EncRow &row : kEncAlgs)
        names << latin1(row.name);
    return names;
}

DigestAlg signDigest(SignAlg alg)
{
    return signRow(alg).digest;
}

int digestLength(DigestAlg digest)
{
    switch (digest) {
    case DigestAlg::Sha256: return 32;
    case DigestAlg::Sha384: return 48;
    case DigestAlg::Sha512: return 64;
    }
    return 0;
}

bool isRsaAlg(EncAlg alg)
{
    return encRow(alg).kind == EncKind::Rsa;
}

bool isGcmAlg(EncAlg alg)
{
    return encRow(alg).kind == EncKind::Gcm;
}

bool isKeyWrapAlg(EncAlg alg)
{
    return encRow(alg).kind == EncKind::Kw;
}

int aesAlgKeyBits(EncAlg alg)
{
    return encRow(alg).aesBits;
}

QList<SignAlg> signAlgsFor(const KeySpec &spec)
{
    QList<SignAlg> algs;
    for (const SignRow &row : kSignAlgs) {
        if (row.type == spec.type && (row.type != KeyType::Ec || row.curve == spec.curve))
            algs << row.alg;
    }
    return algs;
}

QList<EncAlg> encryptAlgsFor(const KeySpec &spec)
{
    QList<EncAlg> algs;
    for (const EncRow &row : kEncAlgs) {
        if ((row.kind == EncKind::Rsa && spec.type == KeyType::Rsa)
            || (row.kind == EncKind::Gcm && spec.type == KeyType::Oct && row.aesBits == spec.bits))
            algs << row.alg;
    }
    return algs;
}

QList<EncAlg> wrapAlgsFor(const KeySpec &spec)
{
    QList<EncAlg> algs;
    for (const EncRow &row : kEncAlgs) {
        if ((row.kind == EncKind::Rsa && spec.type == KeyType::Rsa)
            || (row.kind == EncKind::Kw && spec.type == KeyType::Oct && row.aesBits == spec.bits))
            algs << row.alg;
    }
    return algs;
}

Result<void> checkSign(SignAlg alg, const KeySpec &spec, qsizetype digestLen)
{
    COFFER_TRY(validateSpec(spec));
    const SignRow &row = signRow(alg);
    if (!signAlgsFor(spec).contains(alg))
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("algorithm %1 needs %2; the key is %3 (%4)")
                             .arg(latin1(row.name), signRequirement(row), describe(spec), signAdvice(spec)));
    const int expected = digestLength(row.digest);
    if (digestLen != expected)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 signs a %2-byte SHA-%3 digest (give the digest, not the data); got %4 "
                                    "bytes")
                             .arg(latin1(row.name))
                             .arg(expected)
                             .arg(expected * 8)
                             .arg(digestLen));
    return {};
}

Result<void> checkEncrypt(EncAlg alg, const KeySpec &spec)
{
    return checkEncAlg(alg, spec, encryptAlgsFor(spec), "encrypt/decrypt");
}

Result<void> checkWrap(EncAlg alg, const KeySpec &spec)
{
    return checkEncAlg(alg, spec, wrapAlgsFor(spec), "wrapKey/unwrapKey");
}

int maxRsaPlaintext(EncAlg alg, const KeySpec &spec)
{
    const EncRow &row = encRow(alg);
    if (row.kind != EncKind::Rsa || spec.type != KeyType::Rsa)
        return 0;
    return spec.bits / 8 - row.rsaOverhead;
}

QByteArray digestInfoPrefix(DigestAlg digest)
{
    switch (digest) {
    case DigestAlg::Sha256: return QByteArray::fromHex("3031300d060960864801650304020105000420");
    case DigestAlg::Sha384: return QByteArray::fromHex("3041300d060960864801650304020205000430");
    case DigestAlg::Sha512: return QByteArray::fromHex("3051300d060960864801650304020305000440");
    }
    return {};
}

} // namespace coffer::crypto
