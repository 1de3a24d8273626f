#pragma once

#include "core/common/Result.h"
#include "core/crypto/KeyAlgorithms.h"

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace coffer::crypto {

enum class SanType { Dns, Email, Ip, Upn, Uri };
struct SubjectAltName
{
    SanType type = SanType::Dns;
    QString value; // IP: v4 dotted, v6 RFC 5952
    friend bool operator==(const SubjectAltName &, const SubjectAltName &) = default;
};

// X.509 key usage bits (RFC 5280 order; Azure's names in CertificatePolicy). Not OpenSSL's KU_* values: map them.
enum class KeyUsageBit : quint16 {
    DigitalSignature = 1,
    NonRepudiation = 2,
    KeyEncipherment = 4,
    DataEncipherment = 8,
    KeyAgreement = 16,
    KeyCertSign = 32,
    CrlSign = 64,
    EncipherOnly = 128,
    DecipherOnly = 256,
};
Q_DECLARE_FLAGS(KeyUsages, KeyUsageBit)
Q_DECLARE_OPERATORS_FOR_FLAGS(KeyUsages)

// Azure's key_usage names: "digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment",
// "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly".
QString keyUsageName(KeyUsageBit bit);
std::optional<KeyUsageBit> keyUsageFromName(QStringView name);
QStringList keyUsageNames(KeyUsages usages); // in enum order
QList<KeyUsageBit> allKeyUsageBits();

// What a certificate says, parsed once. Never private material.
struct CertificateDetails
{
    QString subject; // RFC 2253 one-line, e.g. "CN=www.example.test,O=Coffer Test"
    QString issuer;
    QString serialHex; // upper-case, no colons
    QDateTime notBefore; // UTC
    QDateTime notAfter; // UTC
    QList<SubjectAltName> sans;
    std::optional<KeyUsages> keyUsage; // nullopt = the certificate has no key usage extension
    QStringList ekus; // dotted OIDs, e.g. "1.3.6.1.5.5.7.3.1"
    bool isCa = false; // basicConstraints CA:TRUE
    bool selfSigned = false; // issuer == subject and its own key verifies the signature
    QString keyType; // "RSA", "EC", or OpenSSL's name for others ("ED25519", "DSA")
    int keyBits = 0;
    int securityBits = 0;
    std::optional<Curve> curve; // one of the four vault curves
    QString curveName; // the group's name also for curves outside the four ("brainpoolP256r1")
    QString signatureAlgorithm; // "sha256WithRSAEncryption", "ecdsa-with-SHA256"
    QByteArray sha1; // raw digests of the DER
    QByteArray sha256;

    QString sha1Hex() const; // upper-case hex (Azure's x509ThumbprintHex)
    QString sha256Hex() const;
    QString x5t() const; // base64url(sha1), no padding (Azure's x5t)
    QString commonName(bool issuerName = false) const; // the CN of subject (or issuer), or the whole name
    // "RSA 2048", "EC P-256", "ED25519"
    QString keyText() const;
    // The supported key spec of this certificate's key, or nullopt (a type/size/curve the vault cannot hold).
    std::optional<KeySpec> keySpec() const;
};

// One X.509 certificate. RAII over OpenSSL's X509 (copies share it); no OpenSSL type in the header.
class X509Certificate
{
public:
    X509Certificate();
    ~X509Certificate();
    X509Certificate(X509Certificate &&) noexcept;
    X509Certificate &operator=(X509Certificate &&) noexcept;
    // Copies share the immutable X509 (reference-counted): QList<X509Certificate> needs them to detach.
    X509Certificate(const X509Certificate &other);
    X509Certificate &operator=(const X509Certificate &other);
    X509Certificate clone() const;

    // Strict: one certificate, no trailing bytes. InvalidArgument "not an X.509 certificate" otherwise.
    static Result<X509Certificate> fromDer(QByteArrayView der);
    // One "-----BEGIN CERTIFICATE-----" block.
    static Result<X509Certificate> fromPem(QByteArrayView pem);
    // Takes ownership of an X509* (for CertificateFile/Builder).
    static Result<X509Certificate> adopt(void *x509);

    bool isNull() const;
    QByteArray der() const;
    QByteArray pem() const; // "-----BEGIN CERTIFICATE-----\n" base64 in 64-char lines
    const CertificateDetails &details() const;
    QByteArray publicKeyDer() const; // DER SubjectPublicKeyInfo
    bool isIssuedBy(const X509Certificate &issuer) const; // names/AKI match and the issuer's key verifies it
    bool publicKeyEquals(QByteArrayView spki) const; // EVP_PKEY_eq == 1
    void *x509() const; // X509*, owned by this object

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace coffer::crypto
