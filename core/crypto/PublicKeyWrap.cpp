// This file uses the OpenSSL 3 API only: deprecated declarations are hidden, so using one fails to compile.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include "core/crypto/PublicKeyWrap.h"

#include "core/crypto/Aead.h"
#include "core/crypto/Digest.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/params.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <QList>

#include <cstring>
#include <ctime>
#include <memory>
#include <optional>

namespace coffer::crypto {

namespace {

template<auto FreeFn>
struct OpenSslFree
{
    template<typename T>
    void operator()(T *p) const
    {
        FreeFn(p);
    }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree<&EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslFree<&EVP_PKEY_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslFree<&X509_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, OpenSslFree<&X509_REQ_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslFree<&BIO_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslFree<&BN_free>>;

constexpr char kMagic[4] = {'C', 'P', 'K', 'W'};
constexpr quint8 kVersion = 1;
constexpr qsizetype kKeyIdSize = 32;
constexpr qsizetype kHeaderSize = 4 + 1 + 1 + kKeyIdSize;
constexpr qsizetype kSecretSize = 32;
constexpr qsizetype kNonceSize = 12;
constexpr qsizetype kSealedSize = kSecretSize + 16;
constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 16384;
constexpr qsizetype kMaxInputSize = 1024 * 1024;
constexpr QByteArrayView kHkdfLabel("coffer/certificate-keyslot/v1");

enum class Scheme : quint8 { RsaOaepSha256 = 1, EcdhP256 = 2, EcdhP384 = 3, EcdhP521 = 4 };

struct Curve
{
    Scheme scheme;
    const char *groupName; // OpenSSL's short name
    const char *label; // for keyType
    int fieldBytes;
    qsizetype pointSize() const { return 1 + 2 * qsizetype(fieldBytes); }
};
constexpr Curve kCurves[] = {
        {Scheme::EcdhP256, "prime256v1", "P256", 32},
        {Scheme::EcdhP384, "secp384r1", "P384", 48},
        {Scheme::EcdhP521, "secp521r1", "P521", 66},
};

// What a key is, for the "accepted" decision and for messages.
struct KeyKind
{
    bool supported = false;
    Scheme scheme = Scheme::RsaOaepSha256;
    const Curve *curve = nullptr; // EC only
    QString name; // "RSA-3072", "EC-P256", "DSA-2048", "Ed25519", "EC-secp256k1", ...
};

// Drops the OpenSSL errors this module causes (a failed parse leaves several) without touching older ones.
class ErrorQueueMark
{
public:
    ErrorQueueMark() { ERR_set_mark(); }
    ~ErrorQueueMark() { ERR_pop_to_mark(); }
    ErrorQueueMark(const ErrorQueueMark &) = delete;
    ErrorQueueMark &operator=(const ErrorQueueMark &) = delete;
};

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

QString acceptedTypes()
{
    return QStringLiteral("accepted: RSA of 2048 to 16384 bits, or EC on the curves P-256, P-384 or P-521");
}

Error invalid(const QString &text)
{
    return Error(ErrorCode::InvalidArgument, text);
}

KeyKind classify(const EVP_PKEY *key)
{
    KeyKind kind;
    const int bits = EVP_PKEY_get_bits(key);
    if (EVP_PKEY_is_a(key, "RSA")) {
        kind.name = QStringLiteral("RSA-%1").arg(bits);
        kind.supported = bits >= kMinRsaBits && bits <= kMaxRsaBits;
        return kind;
    }
    if (EVP_PKEY_is_a(key, "RSA-PSS")) {
        kind.name = QStringLiteral("RSA-PSS-%1 (a signature-only RSA key)").arg(bits);
        return kind;
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[80] = {};
        std::size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) != 1) {
            kind.name = QStringLiteral("EC with explicit curve parameters");
            return kind;
        }
        for (const Curve &curve : kCurves) {
            if (std::strcmp(group, curve.groupName) == 0) {
                kind.supported = true;
                kind.scheme = curve.scheme;
                kind.curve = &curve;
                kind.name = QStringLiteral("EC-") + QLatin1StringView(curve.label);
                return kind;
            }
        }
        kind.name = QStringLiteral("EC-") + QString::fromLatin1(group);
        return kind;
    }
    if (EVP_PKEY_is_a(key, "DSA")) {
        kind.name = QStringLiteral("DSA-%1").arg(bits);
        return kind;
    }
    static constexpr struct
    {
        const char *openssl;
        const char *shown;
    } kNames[] = {{"ED25519", "Ed25519"}, {"ED448", "Ed448"}, {"X25519", "X25519"}, {"X448", "X448"},
                  {"DH", "DH"},           {"DHX", "DH"},      {"SM2", "SM2"}};
    for (const auto &entry : kNames) {
        if (EVP_PKEY_is_a(key, entry.openssl)) {
            kind.name = QString::fromLatin1(entry.shown);
            return kind;
        }
    }
    const char *typeName = EVP_PKEY_get0_type_name(key);
    kind.name = typeName ? QString::fromLatin1(typeName) : QStringLiteral("an unknown key type");
    return kind;
}

// The public point of an EC key as 0x04 || X || Y, whatever form its encoding used.
std::optional<QByteArray> uncompressedPoint(const EVP_PKEY *key, const Curve &curve)
{
    BIGNUM *x = nullptr;
    BIGNUM *y = nullptr;
    const bool read = EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_EC_PUB_X, &x) == 1
            && EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_EC_PUB_Y, &y) == 1;
    const BignumPtr ownX(x);
    const BignumPtr ownY(y);
    if (!read)
        return std::nullopt;
    QByteArray point(curve.pointSize(), '\0');
    point[0] = '\x04';
    auto *out = reinterpret_cast<unsigned char *>(point.data());
    if (BN_bn2binpad(x, out + 1, curve.fieldBytes) != curve.fieldBytes
        || BN_bn2binpad(y, out + 1 + curve.fieldBytes, curve.fieldBytes) != curve.fieldBytes)
        return std::nullopt;
    return point;
}

// A public EC key from an uncompressed point; null when the point is not on the curve.
PkeyPtr ecPublicKey(const Curve &curve, QByteArrayView point)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char *>(curve.groupName), 0),
            OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, const_cast<char *>(point.data()),
                                              std::size_t(point.size())),
            OSSL_PARAM_construct_end(),
    };
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params) != 1)
        return nullptr;
    return PkeyPtr(key);
}

// SHA-256 of the DER SubjectPublicKeyInfo (EC points uncompressed): identifies the recipient key in wrapped data.
std::optional<QByteArray> keyId(const EVP_PKEY *key, const KeyKind &kind)
{
    PkeyPtr normalized;
    const EVP_PKEY *toEncode = key;
    if (kind.curve) {
        const auto point = uncompressedPoint(key, *kind.curve);
        if (!point)
            return std::nullopt;
        normalized = ecPublicKey(*kind.curve, *point);
        if (!normalized)
            return std::nullopt;
        toEncode = normalized.get();
    }
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(toEncode, &der);
    if (length <= 0)
        return std::nullopt;
    QByteArray id = sha256(QByteArrayView(der, length));
    OPENSSL_free(der);
    return id;
}

// The labels of the "-----BEGIN <label>-----" lines (labels only: no content is copied).
QList<QByteArray> pemLabels(QByteArrayView text)
{
    static constexpr QByteArrayView kBegin("-----BEGIN ");
    QList<QByteArray> labels;
    qsizetype from = 0;
    while ((from = text.indexOf(kBegin, from)) >= 0) {
        from += kBegin.size();
        const qsizetype end = text.indexOf(QByteArrayView("-----"), from);
        if (end < 0)
            break;
        const QByteArrayView label = text.sliced(from, end - from);
        if (label.size() <= 64 && !label.contains('\n'))
            labels.append(label.toByteArray());
    }
    return labels;
}

// A PEM label for a message: printable ASCII only.
QString shownLabel(const QByteArray &label)
{
    QString shown;
    for (const char c : label)
        shown.append(c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : QChar(u'?'));
    return shown;
}

bool isCertificateLabel(const QByteArray &label)
{
    return label == "CERTIFICATE" || label == "X509 CERTIFICATE";
}

int refusePassword(char *, int, int, void *userData)
{
    if (userData)
        *static_cast<bool *>(userData) = true;
    return -1; // never prompt on a terminal (OpenSSL's default without a callback)
}

Error encryptedKeyError()
{
    return invalid(QStringLiteral("the private key is encrypted; decrypt it first, e.g. openssl pkey -in K -out K2"));
}

struct Certificate
{
    X509Ptr x509;
    const EVP_PKEY *publicKey = nullptr; // owned by x509
    KeyKind kind;
};

// Why DER bytes that are not a certificate are not one, as precisely as can be told.
Error describeNonCertificateDer(QByteArrayView der)
{
    const long length = long(der.size());
    const unsigned char *p = bytes(der);
    if (X509ReqPtr(d2i_X509_REQ(nullptr, &p, length)))
        return invalid(QStringLiteral("this is a certificate signing request (CSR), not a certificate; give the "
                                      "certificate issued for it"));
    p = bytes(der);
    if (PkeyPtr(d2i_PUBKEY(nullptr, &p, length)))
        return invalid(QStringLiteral("this is a bare public key, not a certificate; give the X.509 certificate"));
    p = bytes(der);
    if (PkeyPtr(d2i_AutoPrivateKey(nullptr, &p, length)))
        return invalid(QStringLiteral("this is a private key, not a certificate; give the certificate "
                                      "(-----BEGIN CERTIFICATE-----), never the private key"));
    return invalid(QStringLiteral("not a certificate: expected one X.509 certificate as PEM (-----BEGIN "
                                  "CERTIFICATE-----) or DER"));
}

Result<Certificate> withSupportedKey(X509Ptr x509)
{
    Certificate cert;
    cert.publicKey = X509_get0_pubkey(x509.get());
    if (!cert.publicKey) {
        ASN1_OBJECT *algorithm = nullptr;
        X509_PUBKEY_get0_param(&algorithm, nullptr, nullptr, nullptr, X509_get_X509_PUBKEY(x509.get()));
        char name[80] = "unknown";
        if (algorithm)
            OBJ_obj2txt(name, sizeof name, algorithm, 0);
        return invalid(QStringLiteral("the certificate's public key (%1) cannot be read; %2")
                               .arg(QString::fromLatin1(name), acceptedTypes()));
    }
    cert.kind = classify(cert.publicKey);
    if (!cert.kind.supported)
        return invalid(QStringLiteral("the certificate's public key is %1, which Coffer cannot wrap to; %2")
                               .arg(cert.kind.name, acceptedTypes()));
    cert.x509 = std::move(x509);
    return cert;
}

// Exactly one DER certificate, nothing after it, with a supported key.
Result<Certificate> parseDer(QByteArrayView der)
{
    if (der.isEmpty())
        return invalid(QStringLiteral("no certificate given (the input is empty)"));
    if (der.size() > kMaxInputSize)
        return invalid(QStringLiteral("the input is too large to be a certificate"));
    const unsigned char *p = bytes(der);
    X509Ptr x509(d2i_X509(nullptr, &p, long(der.size())));
    if (!x509)
        return describeNonCertificateDer(der);
    if (p != bytes(der) + der.size())
        return invalid(
                QStringLiteral("%1 unexpected bytes follow the DER certificate").arg(der.size() - (p - bytes(der))));
    return withSupportedKey(std::move(x509));
}

Result<Certificate> parsePem(QByteArrayView pem)
{
    int certificates = 0;
    QList<QByteArray> others;
    for (const QByteArray &label : pemLabels(pem)) {
        if (isCertificateLabel(label))
            ++certificates;
        else if (label.endsWith("PRIVATE KEY"))
            return invalid(QStringLiteral("the input holds a private key; give only the certificate "
                                          "(-----BEGIN CERTIFICATE-----), never the private key"));
        else
            others.append(label);
    }
    if (certificates == 0) {
        if (others.contains("CERTIFICATE REQUEST") || others.contains("NEW CERTIFICATE REQUEST"))
            return invalid(QStringLiteral("this is a certificate signing request (CSR), not a certificate; give "
                                          "the certificate issued for it"));
        if (others.contains("PUBLIC KEY") || others.contains("RSA PUBLIC KEY"))
            return invalid(QStringLiteral("this is a bare public key, not a certificate; give the X.509 certificate"));
        if (others.isEmpty())
            return invalid(QStringLiteral("not a certificate: no complete -----BEGIN CERTIFICATE----- block"));
        return invalid(QStringLiteral("not a certificate: the PEM holds a \"%1\" block; expected -----BEGIN "
                                      "CERTIFICATE-----")
                               .arg(shownLabel(others.first())));
    }
    if (certificates > 1)
        return invalid(QStringLiteral("the PEM holds %1 certificates; give only the application's own certificate")
                               .arg(certificates));
    if (!others.isEmpty())
        return invalid(QStringLiteral("besides the certificate the PEM holds a \"%1\" block; give only the "
                                      "certificate")
                               .arg(shownLabel(others.first())));
    BioPtr bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        return Error(ErrorCode::Crypto, QStringLiteral("cannot read the certificate: out of memory"));
    X509Ptr x509(PEM_read_bio_X509(bio.get(), nullptr, &refusePassword, nullptr));
    if (!x509)
        return invalid(QStringLiteral("the PEM certificate is damaged: its base64 or DER content does not parse"));
    return withSupportedKey(std::move(x509));
}

Result<PkeyPtr> parsePrivateKey(const SecureString &privateKeyPem)
{
    const QByteArrayView text = privateKeyPem.utf8().view();
    if (text.isEmpty())
        return invalid(QStringLiteral("no private key given (the input is empty)"));
    if (text.size() > kMaxInputSize)
        return invalid(QStringLiteral("the input is too large to be a private key"));
    int keys = 0;
    bool encrypted = false;
    bool certificate = false;
    for (const QByteArray &label : pemLabels(text)) {
        if (label == "OPENSSH PRIVATE KEY")
            return invalid(QStringLiteral("this is an OpenSSH private key; convert it to PEM first, e.g. ssh-keygen "
                                          "-p -m PKCS8 -f K (on a copy)"));
        if (label.endsWith("PRIVATE KEY")) {
            ++keys;
            encrypted = encrypted || label == "ENCRYPTED PRIVATE KEY";
        } else if (isCertificateLabel(label)) {
            certificate = true;
        }
    }
    if (keys == 0) {
        if (certificate)
            return invalid(QStringLiteral("this is a certificate, not a private key; give the PEM private key that "
                                          "belongs to it"));
        return invalid(QStringLiteral("not a PEM private key: expected -----BEGIN PRIVATE KEY----- (PKCS#8) or "
                                      "-----BEGIN RSA PRIVATE KEY----- / -----BEGIN EC PRIVATE KEY-----"));
    }
    if (keys > 1)
        return invalid(QStringLiteral("the PEM holds %1 private keys; give only one").arg(keys));
    if (encrypted)
        return encryptedKeyError();
    // Parsed in place from the secure buffer: BIO_new_mem_buf makes a read-only BIO without copying.
    BioPtr bio(BIO_new_mem_buf(text.data(), int(text.size())));
    if (!bio)
        return Error(ErrorCode::Crypto, QStringLiteral("cannot read the private key: out of memory"));
    bool passwordAsked = false;
    PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, &refusePassword, &passwordAsked));
    if (!key) {
        if (passwordAsked)
            return encryptedKeyError();
        return invalid(QStringLiteral("the private key PEM is damaged or of a kind that cannot be read"));
    }
    return key;
}

QByteArray concat(QByteArrayView a, QByteArrayView b)
{
    QByteArray out;
    out.reserve(a.size() + b.size());
    out.append(a);
    out.append(b);
    return out;
}

bool configureOaep(EVP_PKEY_CTX *ctx, QByteArrayView label)
{
    if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) != 1
        || EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) != 1 || EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) != 1)
        return false;
    // OpenSSL takes ownership of an OPENSSL_malloc'd label on success only.
    void *copy = OPENSSL_memdup(label.data(), std::size_t(label.size()));
    if (!copy)
        return false;
    if (EVP_PKEY_CTX_set0_rsa_oaep_label(ctx, copy, int(label.size())) != 1) {
        OPENSSL_free(copy);
        return false;
    }
    return true;
}

// ECDH(private, peer) with the peer validated by OpenSSL; nullopt on any failure.
std::optional<SecureBytes> ecdh(EVP_PKEY *privateKey, EVP_PKEY *peer)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, privateKey, nullptr));
    std::size_t length = 0;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer) != 1
        || EVP_PKEY_derive(ctx.get(), nullptr, &length) != 1 || length == 0)
        return std::nullopt;
    SecureBytes shared(length);
    std::size_t written = length;
    if (EVP_PKEY_derive(ctx.get(), shared.data(), &written) != 1 || written != length)
        return std::nullopt;
    return shared;
}

Result<SecureBytes> deriveKek(const SecureBytes &shared, QByteArrayView ephemeralPoint, QByteArrayView aad)
{
    return hkdfSha256(shared, ephemeralPoint, concat(kHkdfLabel, aad), 32);
}

Error cryptoError(const char *what)
{
    return Error(ErrorCode::Crypto, QStringLiteral("certificate key wrap: %1 failed").arg(QLatin1StringView(what)));
}

Error notThisKey()
{
    return Error(ErrorCode::WrongCredential,
                 QStringLiteral("the private key does not belong to the certificate the data was wrapped to"));
}

Error doesNotOpen()
{
    return Error(ErrorCode::WrongCredential,
                 QStringLiteral("the wrapped key does not open with this private key and context (different "
                                "context or altered data)"));
}

Result<QByteArray> wrapRsa(const Certificate &cert, const QByteArray &header, const SecureBytes &secret,
                           QByteArrayView aad)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, const_cast<EVP_PKEY *>(cert.publicKey), nullptr));
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) != 1 || !configureOaep(ctx.get(), concat(header, aad)))
        return cryptoError("RSA-OAEP setup");
    std::size_t length = 0;
    if (EVP_PKEY_encrypt(ctx.get(), nullptr, &length, secret.data(), secret.size()) != 1)
        return cryptoError("RSA-OAEP");
    QByteArray out = header;
    out.resize(header.size() + qsizetype(length));
    auto *body = reinterpret_cast<unsigned char *>(out.data()) + header.size();
    if (EVP_PKEY_encrypt(ctx.get(), body, &length, secret.data(), secret.size()) != 1
        || qsizetype(length) != EVP_PKEY_get_size(cert.publicKey))
        return cryptoError("RSA-OAEP");
    out.resize(header.size() + qsizetype(length));
    return out;
}

Result<QByteArray> wrapEc(const Certificate &cert, const QByteArray &header, const SecureBytes &secret,
                          QByteArrayView aad)
{
    const Curve &curve = *cert.kind.curve;
    PkeyPtr ephemeral(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", const_cast<char *>(curve.groupName)));
    if (!ephemeral)
        return cryptoError("EC key generation");
    const auto point = uncompressedPoint(ephemeral.get(), curve);
    auto shared = ecdh(ephemeral.get(), const_cast<EVP_PKEY *>(cert.publicKey));
    if (!point || !shared)
        return cryptoError("ECDH");
    auto kek = deriveKek(*shared, *point, aad);
    if (!kek)
        return kek.error();
    auto sealed = sealAes256Gcm(*kek, secret.view(), concat(header, aad));
    if (!sealed)
        return sealed.error();
    QByteArray out = header;
    out.append(*point);
    out.append(sealed->nonce);
    out.append(sealed->ciphertext);
    return out;
}

Result<SecureBytes> unwrapRsa(EVP_PKEY *key, QByteArrayView header, QByteArrayView body, QByteArrayView aad)
{
    if (body.size() != EVP_PKEY_get_size(key))
        return doesNotOpen();
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) != 1 || !configureOaep(ctx.get(), concat(header, aad)))
        return cryptoError("RSA-OAEP setup");
    SecureBytes plain(std::size_t(body.size()));
    std::size_t length = plain.size();
    if (EVP_PKEY_decrypt(ctx.get(), plain.data(), &length, bytes(body), std::size_t(body.size())) != 1
        || length != std::size_t(kSecretSize))
        return doesNotOpen();
    return SecureBytes(plain.data(), length);
}

Result<SecureBytes> unwrapEc(EVP_PKEY *key, const Curve &curve, QByteArrayView header, QByteArrayView body,
                             QByteArrayView aad)
{
    if (body.size() != curve.pointSize() + kNonceSize + kSealedSize || body.front() != '\x04')
        return doesNotOpen();
    const QByteArrayView point = body.first(curve.pointSize());
    const PkeyPtr peer = ecPublicKey(curve, point);
    if (!peer)
        return doesNotOpen();
    const auto shared = ecdh(key, peer.get());
    if (!shared)
        return doesNotOpen();
    auto kek = deriveKek(*shared, point, aad);
    if (!kek)
        return kek.error();
    const Sealed sealed {body.sliced(curve.pointSize(), kNonceSize).toByteArray(),
                         body.sliced(curve.pointSize() + kNonceSize).toByteArray()};
    auto opened = openAes256Gcm(*kek, sealed, concat(header, aad));
    if (!opened)
        return opened.error().code() == ErrorCode::Crypto ? opened.error() : doesNotOpen();
    return opened;
}

QDateTime toUtc(const ASN1_TIME *time)
{
    std::tm tm {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QString oneLineSubject(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253, but UTF-8 left readable instead of escaped as \XX.
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(length));
}

} // namespace

Result<QByteArray> certificateDer(QByteArrayView pemOrDer)
{
    const ErrorQueueMark mark;
    if (pemOrDer.isEmpty())
        return invalid(QStringLiteral("no certificate given (the input is empty)"));
    if (pemOrDer.size() > kMaxInputSize)
        return invalid(QStringLiteral("the input is too large to be a certificate"));
    const bool derLike = pemOrDer.front() == '\x30'; // a DER SEQUENCE
    const bool pemLike = pemOrDer.contains(QByteArrayView("-----BEGIN "));
    auto cert = [&]() -> Result<Certificate> {
        if (!derLike && !pemLike)
            return invalid(QStringLiteral("not a certificate: expected one X.509 certificate as PEM (-----BEGIN "
                                          "CERTIFICATE-----) or DER"));
        if (!derLike)
            return parsePem(pemOrDer);
        auto der = parseDer(pemOrDer);
        if (!der && pemLike)
            return parsePem(pemOrDer);
        return der;
    }();
    if (!cert)
        return cert.error();
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert->x509.get(), &der);
    if (length <= 0)
        return cryptoError("certificate encoding");
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

Result<CertificateInfo> inspectCertificate(QByteArrayView der)
{
    const ErrorQueueMark mark;
    auto cert = parseDer(der);
    if (!cert)
        return cert.error();
    CertificateInfo info;
    info.subject = oneLineSubject(X509_get_subject_name(cert->x509.get()));
    info.thumbprint = QString::fromLatin1(sha256(der).toHex().toUpper());
    info.notBefore = toUtc(X509_get0_notBefore(cert->x509.get()));
    info.notAfter = toUtc(X509_get0_notAfter(cert->x509.get()));
    if (!info.notBefore.isValid() || !info.notAfter.isValid())
        return invalid(QStringLiteral("the certificate's validity dates cannot be read"));
    info.keyType = cert->kind.name;
    return info;
}

Result<QByteArray> wrapToCertificate(QByteArrayView certificateDer, const SecureBytes &secret, QByteArrayView aad)
{
    const ErrorQueueMark mark;
    if (secret.size() != std::size_t(kSecretSize))
        return invalid(QStringLiteral("the key to wrap must be %1 bytes").arg(kSecretSize));
    auto cert = parseDer(certificateDer);
    if (!cert)
        return cert.error();
    const auto id = keyId(cert->publicKey, cert->kind);
    if (!id)
        return cryptoError("public key encoding");
    QByteArray header(kMagic, sizeof kMagic);
    header.append(char(kVersion));
    header.append(char(cert->kind.scheme));
    header.append(*id);
    if (cert->kind.scheme == Scheme::RsaOaepSha256)
        return wrapRsa(*cert, header, secret, aad);
    return wrapEc(*cert, header, secret, aad);
}

Result<SecureBytes> unwrapWithPrivateKey(const SecureString &privateKeyPem, QByteArrayView wrapped, QByteArrayView aad)
{
    const ErrorQueueMark mark;
    auto key = parsePrivateKey(privateKeyPem);
    if (!key)
        return key.error();
    const KeyKind kind = classify(key->get());
    if (!kind.supported)
        return invalid(QStringLiteral("the private key is %1, which Coffer cannot unwrap with; %2")
                               .arg(kind.name, acceptedTypes()));
    if (wrapped.size() < kHeaderSize || wrapped.first(4) != QByteArrayView(kMagic, sizeof kMagic))
        return doesNotOpen();
    const auto version = quint8(wrapped.at(4));
    if (version > kVersion)
        return Error(
                ErrorCode::UnsupportedFormat,
                QStringLiteral("the certificate keyslot was made by a newer Coffer (wrap version %1)").arg(version));
    if (version != kVersion)
        return doesNotOpen();
    if (quint8(wrapped.at(5)) != quint8(kind.scheme))
        return notThisKey();
    const auto id = keyId(key->get(), kind);
    if (!id)
        return cryptoError("public key encoding");
    if (wrapped.sliced(6, kKeyIdSize) != QByteArrayView(*id))
        return notThisKey();
    const QByteArrayView header = wrapped.first(kHeaderSize);
    const QByteArrayView body = wrapped.sliced(kHeaderSize);
    if (kind.scheme == Scheme::RsaOaepSha256)
        return unwrapRsa(key->get(), header, body, aad);
    return unwrapEc(key->get(), *kind.curve, header, body, aad);
}

Result<bool> privateKeyMatches(const SecureString &privateKeyPem, QByteArrayView certificateDer)
{
    const ErrorQueueMark mark;
    auto key = parsePrivateKey(privateKeyPem);
    if (!key)
        return key.error();
    auto cert = parseDer(certificateDer);
    if (!cert)
        return cert.error();
    return EVP_PKEY_eq(cert->publicKey, key->get()) == 1;
}

} // namespace coffer::crypto
