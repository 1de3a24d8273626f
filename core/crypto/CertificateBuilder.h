#pragma once

#include "core/common/Result.h"
#include "core/crypto/KeyAlgorithms.h"
#include "core/crypto/X509Certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>

namespace coffer::crypto {

// Signs a digest with the certificate's key: a software key (SoftwareKey::sign) or a token key (HsmToken::sign).
// Returns what the key gives: RSA PKCS#1 v1.5 bytes; ECDSA raw r||s (the builder converts to DER).
using DigestSigner = std::function<Result<QByteArray>(SignAlg alg, QByteArrayView digest)>;

struct BuildRequest
{
    QString subject; // "CN=www.example.test, O=Coffer" (RFC 4514 / Azure forms, ',' or ', ' separators)
    QList<SubjectAltName> sans;
    std::optional<KeyUsages> keyUsage; // nullopt: no extension
    QStringList ekus; // dotted OIDs
    QByteArray publicKeyDer; // SPKI of the key that signs
    KeySpec spec; // RSA 2048..4096 or EC curve
    QDateTime notBefore; // certificates only
    QDateTime notAfter;
};

// The signature algorithm for a key: RSA -> RS256 (sha256WithRSAEncryption); P-256 -> ES256; P-256K -> ES256K;
// P-384 -> ES384; P-521 -> ES512.
SignAlg signatureAlgorithmFor(const KeySpec &spec);

// Parses an RFC 4514 / Azure subject ("CN=a, O=b", "C=US, ST=WA, CN=x"). InvalidArgument naming the bad part.
Result<void> validateSubject(const QString &subject);

// A PKCS#10 request (DER) with the SANs, key usage (critical), EKUs and basicConstraints CA:FALSE in an
// extensionRequest. Verified with the public key before it is returned (Crypto error if not).
Result<QByteArray> buildCsrDer(const BuildRequest &request, const DigestSigner &signer);
// A self-signed X.509 v3 certificate: serial 16 random bytes (positive), SAN, KU (critical), EKU, SKI, AKI,
// basicConstraints critical CA:FALSE. Verified with its own public key before it is returned.
Result<X509Certificate> buildSelfSigned(const BuildRequest &request, const DigestSigner &signer);

// A PEM "CERTIFICATE REQUEST" of a DER CSR.
QByteArray csrPem(const QByteArray &csrDer);

} // namespace coffer::crypto
