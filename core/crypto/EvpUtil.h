#pragma once

// Private to core/crypto (SoftwareKey.cpp, KeyEncoding.cpp, Jwk.cpp): RAII owners for OpenSSL 3 objects and the
// small conversions they share. Includes OpenSSL headers: never include this from a public header.

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/crypto/KeyAlgorithms.h"

#include <openssl/bn.h>
#include <openssl/evp.h>

#include <QByteArray>

#include <memory>
#include <optional>

namespace coffer::crypto::evp {

template<auto FreeFn>
struct Free
{
    template<typename T>
    void operator()(T *p) const
    {
        FreeFn(p);
    }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Free<&EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Free<&EVP_PKEY_CTX_free>>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, Free<&EVP_CIPHER_CTX_free>>;
// Private numbers (d, p, q, ...) are cleared before they are freed.
using BnPtr = std::unique_ptr<BIGNUM, Free<&BN_clear_free>>;

inline const unsigned char *uc(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.data());
}
inline unsigned char *uc(QByteArray &bytes)
{
    return reinterpret_cast<unsigned char *>(bytes.data());
}

const EVP_MD *digestMd(DigestAlg digest);
const char *digestName(DigestAlg digest); // "SHA256", ...

// The KeySpec of an RSA or EC key, or InvalidArgument naming what Coffer supports (DSA, Ed25519, RSA-1024,
// secp224r1, explicit curve parameters, ...).
Result<KeySpec> specOf(const EVP_PKEY *pkey);
// Whether the key holds its private half (RSA d, EC private scalar).
bool hasPrivateHalf(const EVP_PKEY *pkey);
// What Coffer supports, for messages: "RSA 2048, 3072 or 4096 bits, or EC on P-256, P-256K, P-384 or P-521".
QString supportedKeysText();

// A BIGNUM parameter of a key as big-endian bytes left-padded to `width` (0: minimal, no leading zero).
std::optional<QByteArray> bnParam(const EVP_PKEY *pkey, const char *name, int width = 0);

// ECDSA signature forms (P3, P14). rawToDer: nullopt unless raw is exactly 2 * fieldBytes. derToRaw: nullopt
// unless der is one canonical DER ECDSA-Sig-Value (re-encoded and compared) with 0 <= r, s < 2^(8 * fieldBytes).
std::optional<QByteArray> ecdsaRawToDer(QByteArrayView raw, int fieldBytes);
std::optional<QByteArray> ecdsaDerToRaw(QByteArrayView der, int fieldBytes);

// EVP_PKEY_check: the key's parts belong together (RSA: p * q = n, d, CRT values; EC: point on the curve,
// private scalar in range and matching the point). For imported keys only (it tests primality: milliseconds).
bool isConsistent(EVP_PKEY *pkey);

// Copies an OPENSSL_malloc'd buffer into secure memory and cleanses and frees the original.
SecureBytes takeSecure(unsigned char *data, std::size_t size);

// Drops whatever OpenSSL left on this thread's error queue (after an expected failure).
void clearErrors();

} // namespace coffer::crypto::evp
