#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Certificate keyslots: a random 32-byte key-encryption key (KEK) is wrapped to the public key of an application's
// X.509 certificate and unwrapped with the matching private key.
//
// Accepted public keys: RSA of 2048 to 16384 bits, EC on P-256, P-384 or P-521 (named curves). Everything else
// (RSA < 2048 bits, RSA-PSS-only keys, DSA, Ed25519/Ed448, X25519/X448, other or explicit EC curves) is refused
// with InvalidArgument naming the key type.
//
// Wrapped byte layout, version 1 (all lengths in bytes, fixed per scheme):
//
//   offset  size  field
//   0       4     magic "CPKW" (Coffer Public Key Wrap)
//   4       1     version = 0x01
//   5       1     scheme: 0x01 RSA-OAEP-SHA256, 0x02 ECDH-P256, 0x03 ECDH-P384, 0x04 ECDH-P521
//   6       32    recipient key id: SHA-256 of the DER SubjectPublicKeyInfo of the certificate's public key
//                 (re-encoded by OpenSSL; EC points in uncompressed form), so a certificate re-issued for the
//                 same key keeps unwrapping
//   -- the 38 bytes above are the "header"; they are authenticated together with the caller's aad --
//   RSA (scheme 0x01):
//   38      k     RSA-OAEP ciphertext of the 32-byte secret; k = modulus size (256 for RSA-2048, 384, 512 ...);
//                 OAEP digest SHA-256, MGF1 SHA-256, OAEP label = header || aad
//   EC (schemes 0x02..0x04), an ECIES-style construction:
//   38      P     ephemeral public key on the certificate's curve, uncompressed point 0x04||X||Y
//                 (P = 65 for P-256, 97 for P-384, 133 for P-521)
//   38+P    12    AES-256-GCM nonce (random)
//   50+P    32    AES-256-GCM ciphertext of the secret
//   82+P    16    AES-256-GCM tag
//                 shared = ECDH(ephemeral private, certificate public) (x coordinate, field-size bytes);
//                 key = HKDF-SHA256(ikm = shared, salt = ephemeral point, info = "coffer/certificate-keyslot/v1" ||
//                 aad, 32 bytes); GCM aad = header || aad
//
// Totals: RSA-2048 294, RSA-3072 422, RSA-4096 550; P-256 163, P-384 195, P-521 231.
//
// Unwrap errors: WrongCredential when the private key is not the one the data was wrapped to, the aad differs, or
// any byte was altered (including truncation); UnsupportedFormat for a version above 1 (made by a newer Coffer);
// InvalidArgument for a private key that cannot be read (not PEM, encrypted, damaged, unsupported type).

namespace coffer::crypto {

struct CertificateInfo
{
    QString subject; // RFC 2253 one-line subject (most specific first), e.g. "CN=ci-pipeline,O=Example"
    QString thumbprint; // SHA-256 of the DER, upper-case hex without colons
    QDateTime notBefore, notAfter; // UTC
    QString keyType; // "RSA-3072", "EC-P256", "EC-P384", "EC-P521"
};

// Accepts exactly one certificate as PEM ("-----BEGIN CERTIFICATE-----", text around it allowed) or DER and returns
// its DER. InvalidArgument with a clear message for anything else: empty input, garbage, a private key, a CSR, a
// bare public key, several certificates, trailing bytes, or an unsupported key type.
Result<QByteArray> certificateDer(QByteArrayView pemOrDer);

// Subject, thumbprint, validity and key type of a DER certificate (as returned by certificateDer). Does not judge
// the validity period: the caller compares it with its Clock.
Result<CertificateInfo> inspectCertificate(QByteArrayView der);

// Wraps the 32-byte `secret` to the DER certificate's public key, binding `aad` (layout above). Each call uses fresh
// randomness, so two wraps of the same secret differ.
Result<QByteArray> wrapToCertificate(QByteArrayView certificateDer, const SecureBytes &secret, QByteArrayView aad);

// Unwraps with the matching private key: unencrypted PEM, PKCS#8 ("BEGIN PRIVATE KEY") or traditional ("BEGIN RSA
// PRIVATE KEY", "BEGIN EC PRIVATE KEY"). The PEM is parsed in place from its secure buffer (never copied). An
// encrypted key gives InvalidArgument; errors never contain key material.
Result<SecureBytes> unwrapWithPrivateKey(const SecureString &privateKeyPem, QByteArrayView wrapped, QByteArrayView aad);

// True when the private key's public half equals the certificate's public key (EVP_PKEY_eq), false for another
// key (also of another type). InvalidArgument for an unreadable key or certificate.
Result<bool> privateKeyMatches(const SecureString &privateKeyPem, QByteArrayView certificateDer);

} // namespace coffer::crypto
