#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/crypto/KeyAlgorithms.h"

#include <QByteArray>

#include <memory>

namespace coffer::crypto {

// The output of an encryption: RSA gives `data` only; AES-GCM adds the 12-byte iv, the 16-byte tag and the aad
// it authenticated (as Azure's KeyOperationResult does).
struct Ciphertext
{
    QByteArray data;
    QByteArray iv;
    QByteArray tag;
    QByteArray aad;
};

// A key held in memory, through OpenSSL's EVP interface only: an RSA or EC key pair (or its public half alone),
// or an AES key (oct). Private material lives in OpenSSL's objects or in SecureBytes and is wiped when the key
// is destroyed. Every operation checks its algorithm against the key first (KeyAlgorithms.h). Move-only.
//
// Public-key operations of HSM keys (verify, encrypt, wrap) also run here, on the public half read from the
// token, so that they work with the token absent.
class SoftwareKey
{
public:
    SoftwareKey();
    ~SoftwareKey();
    SoftwareKey(SoftwareKey &&) noexcept;
    SoftwareKey &operator=(SoftwareKey &&) noexcept;

    // New key material from OpenSSL's DRBG (RSA exponent 65537). InvalidArgument for a spec validateSpec refuses.
    static Result<SoftwareKey> generate(const KeySpec &spec);
    // An RSA or EC private key as unencrypted DER PKCS#8 (what the vault stores), or the raw bytes of an AES key
    // when `octBits` is given. Corrupted when the bytes do not parse.
    static Result<SoftwareKey> fromPkcs8(const SecureBytes &der);
    static Result<SoftwareKey> fromOctBytes(const SecureBytes &raw); // 16, 24 or 32 bytes
    // The public half from DER SubjectPublicKeyInfo.
    static Result<SoftwareKey> fromPublicDer(QByteArrayView spki);

    const KeySpec &spec() const;
    bool hasPrivate() const; // false for fromPublicDer keys; true for oct
    bool isNull() const;

    // Unencrypted DER PKCS#8 (RSA, EC) or the raw AES bytes (oct). For storage and permitted exports only.
    Result<SecureBytes> privateMaterial() const;
    // DER SubjectPublicKeyInfo (RSA, EC); InvalidArgument for oct (a symmetric key has no public half).
    Result<QByteArray> publicDer() const;
    // The public half as another key (public-only).
    Result<SoftwareKey> publicKey() const;

    // Sign a digest (checkSign first). RS*: PKCS#1 v1.5 with the DigestInfo; PS*: PSS, MGF1 with the same digest,
    // salt length = digest length; ES*: ECDSA, returned raw r||s, each curveFieldBytes() long (JWS form).
    Result<QByteArray> sign(SignAlg alg, QByteArrayView digest) const;
    // The other way round. false (not an error) for a signature that does not verify, is malformed, or is the
    // wrong length; PS* requires salt length = digest length; ES* takes raw r||s only.
    Result<bool> verify(SignAlg alg, QByteArrayView digest, QByteArrayView signature) const;

    // RSA-OAEP (SHA-1), RSA-OAEP-256 (SHA-256 and MGF1-SHA-256), RSA1_5; A*GCM with a fresh random 96-bit iv and
    // `aad` (AES keys only). InvalidArgument when the plaintext is too long for the key.
    Result<Ciphertext> encrypt(EncAlg alg, QByteArrayView plaintext, QByteArrayView aad = {}) const;
    // Crypto "decryption failed" for every padding or tag failure (one message, no detail: Bleichenbacher/Manger).
    Result<SecureBytes> decrypt(EncAlg alg, const Ciphertext &ciphertext) const;
    // Wrap/unwrap a caller's key bytes: RSA algorithms as encrypt/decrypt; A*KW as RFC 3394 AES key wrap (the
    // input a multiple of 8 bytes, at least 16).
    Result<QByteArray> wrapKey(EncAlg alg, QByteArrayView key) const;
    Result<SecureBytes> unwrapKey(EncAlg alg, QByteArrayView wrapped) const;

    // For the KeyEncoding and Jwk helpers: the EVP_PKEY* (RSA, EC) or nullptr; the AES bytes or empty.
    void *evpPkey() const;
    const SecureBytes &octBytes() const;
    // Takes ownership of an EVP_PKEY* (RSA or EC, private or public); InvalidArgument for other types or sizes.
    static Result<SoftwareKey> adoptEvpPkey(void *pkey);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace coffer::crypto
