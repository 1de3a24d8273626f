#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/crypto/SoftwareKey.h"

#include <QByteArray>
#include <QJsonObject>

namespace coffer::crypto {

// Reading keys made by other tools, and writing the public half for them.
namespace keyencoding {

// The largest key file Coffer reads (a 4096-bit RSA key as JWK is ~3.3 KB; certificates chains live elsewhere).
constexpr qsizetype kMaxKeyFileBytes = 1024 * 1024;

enum class Format { Pem, Der, Jwk };

// Detects the format (PEM armour, JSON object, else DER) and reads a private key: PEM "PRIVATE KEY",
// "ENCRYPTED PRIVATE KEY" (PKCS#8, needs `password`), "RSA PRIVATE KEY", "EC PRIVATE KEY" (also legacy-encrypted
// with Proc-Type/DEK-Info), DER PKCS#8 or traditional, or a JWK with its private members (RSA with n,e,d,p,q,dp,dq,qi;
// EC with crv,x,y,d; oct with k). Errors, each its own message and nothing else in it:
//   InvalidArgument "the file is empty" / "over 1 MiB" / "holds only a public key (…)" / "is a certificate, not
//                   a key (import it as a certificate)" / "is not a key in PEM, DER or JWK form" / unsupported type
//                   or size (e.g. DSA, RSA 1024, curve secp224r1) naming what is supported
//   WrongCredential "the PEM is encrypted and the password does not open it" (also when no password was given:
//                   "the PEM is encrypted; give its password")
// `detected` (optional) receives the format found; `jwkOps` (optional) a JWK's key_ops, when it has them.
Result<SoftwareKey> readPrivateKey(QByteArrayView data, const SecureString *password = nullptr,
                                   Format *detected = nullptr, std::optional<KeyOps> *jwkOps = nullptr);

// Public halves: PEM "PUBLIC KEY" (SubjectPublicKeyInfo) and DER SPKI. InvalidArgument for oct keys.
Result<QByteArray> publicPem(const SoftwareKey &key);
Result<QByteArray> publicDer(const SoftwareKey &key);
// Unencrypted PKCS#8 PEM ("PRIVATE KEY") of an exportable software key, in secure memory.
Result<SecureBytes> privatePem(const SoftwareKey &key);

// ECDSA signature forms: raw r||s (JWS, PKCS#11) <-> DER ECDSA-Sig-Value (OpenSSL, X.509). toDer: InvalidArgument
// when raw is not 2 * curveFieldBytes(curve); fromDer: strict DER only (re-encoded and compared), r and s < 2^(8n).
Result<QByteArray> ecdsaRawToDer(QByteArrayView raw, Curve curve);
Result<QByteArray> ecdsaDerToRaw(QByteArrayView der, Curve curve);

} // namespace keyencoding

namespace jwk {

// The public JWK of a key in Azure's shape (REST 7.4 JsonWebKey): kid, kty ("RSA"/"RSA-HSM"/"EC"/"EC-HSM"/
// "oct"/"oct-HSM"), key_ops, and n, e (RSA: base64url without padding, n without a leading zero byte) or crv, x, y
// (EC: left-padded to the field size). oct keys: kid, kty and key_ops only (never k).
Result<QJsonObject> publicJwk(const SoftwareKey &key, Protection protection, KeyOps ops, const QString &kid);
// A JWK (object) with private members, as readPrivateKey() documents. Members it does not know are ignored;
// key_ops, when present, is returned through `ops`.
Result<SoftwareKey> fromJwk(const QJsonObject &jwk, std::optional<KeyOps> *ops = nullptr);
// base64url without padding (RFC 7515 §2); the decoder also accepts standard base64 with or without padding.
QByteArray base64Url(QByteArrayView bytes);
std::optional<QByteArray> fromBase64Any(QByteArrayView text);

} // namespace jwk

} // namespace coffer::crypto
