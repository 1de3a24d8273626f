#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/crypto/KeyAlgorithms.h"

#include <QByteArray>

#include <optional>

// OpenSSL helpers of the PKCS#11 layer: public keys read from a token as SubjectPublicKeyInfo, the parts of a
// software key a token needs, and the software halves of the import and RSA-OAEP-256 paths.
namespace coffer::hsm::encoding {

// DER SubjectPublicKeyInfo from CKA_MODULUS / CKA_PUBLIC_EXPONENT (big-endian unsigned).
Result<QByteArray> rsaSpki(QByteArrayView modulus, QByteArrayView exponent);
// DER SubjectPublicKeyInfo from a curve and an X9.62 point (uncompressed or compressed, bare).
Result<QByteArray> ecSpki(crypto::Curve curve, QByteArrayView point);

// The curve whose DER OID is CKA_EC_PARAMS; nullopt for other curves (or explicit parameters).
std::optional<crypto::Curve> curveFromEcParams(QByteArrayView ecParams);
// The bare X9.62 point of CKA_EC_POINT: PKCS#11 v2.40 wraps it in a DER OCTET STRING (SoftHSM does); some modules
// return the bare point. nullopt when it is neither for this curve.
std::optional<QByteArray> ecPointFromAttribute(QByteArrayView ecPoint, crypto::Curve curve);
// A bare point wrapped as DER OCTET STRING (for C_CreateObject of a public key).
QByteArray ecPointAttribute(QByteArrayView point);

// The public parts of an RSA or EC EVP_PKEY (SoftwareKey::evpPkey()) for a CKO_PUBLIC_KEY object.
struct PublicParts
{
    QByteArray modulus, exponent; // RSA
    QByteArray ecParams, ecPoint; // EC: DER OID and the DER OCTET STRING-wrapped point
};
Result<PublicParts> publicParts(const void *evpPkey, const crypto::KeySpec &spec);

// RFC 5649 AES key wrap with padding (EVP_aes_*_wrap_pad) of `plaintext` under `kek` (16, 24 or 32 bytes).
Result<QByteArray> aesKeyWrapPad(const SecureBytes &kek, const SecureBytes &plaintext);

// RSA-OAEP decoding (RFC 8017 §7.1.2 steps 3) of the raw RSA output `em` (k bytes, leading zero included), with
// `digest` as both the OAEP hash and the MGF1 hash and an empty label. Constant time with respect to the padding
// (OpenSSL's RSA_padding_check_PKCS1_OAEP_mgf1); nullopt for every failure, without detail.
std::optional<SecureBytes> oaepDecode(const SecureBytes &em, crypto::DigestAlg digest);

} // namespace coffer::hsm::encoding
