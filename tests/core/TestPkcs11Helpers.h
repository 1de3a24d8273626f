#pragma once

// OpenSSL checks of what the token produced, shared by TestPkcs11*.cpp: the tests verify every signature and
// make every ciphertext with OpenSSL itself, never with Coffer's own software keys.

#include "core/crypto/KeyAlgorithms.h"

#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>
#include <optional>

namespace coffer::test::p11 {

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct CtxFree
{
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Ctx = std::unique_ptr<EVP_PKEY_CTX, CtxFree>;

inline Pkey fromSpki(const QByteArray &der)
{
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    return Pkey(d2i_PUBKEY(nullptr, &in, long(der.size())));
}

inline QByteArray spkiOf(EVP_PKEY *pkey)
{
    const int length = i2d_PUBKEY(pkey, nullptr);
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_PUBKEY(pkey, &out);
    return der;
}

inline const EVP_MD *mdOf(crypto::DigestAlg digest)
{
    switch (digest) {
    case crypto::DigestAlg::Sha256: return EVP_sha256();
    case crypto::DigestAlg::Sha384: return EVP_sha384();
    case crypto::DigestAlg::Sha512: return EVP_sha512();
    }
    return nullptr;
}

inline bool isPss(crypto::SignAlg alg)
{
    return alg == crypto::SignAlg::PS256 || alg == crypto::SignAlg::PS384 || alg == crypto::SignAlg::PS512;
}

inline bool isEcdsa(crypto::SignAlg alg)
{
    return alg == crypto::SignAlg::ES256 || alg == crypto::SignAlg::ES256K || alg == crypto::SignAlg::ES384
            || alg == crypto::SignAlg::ES512;
}

// Raw r||s (JWS, PKCS#11) -> DER ECDSA-Sig-Value (OpenSSL), done here independently of Coffer's KeyEncoding.
inline QByteArray ecdsaRawToDer(const QByteArray &raw)
{
    const int half = int(raw.size() / 2);
    const auto *p = reinterpret_cast<const unsigned char *>(raw.constData());
    ECDSA_SIG *sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(p, half, nullptr), BN_bin2bn(p + half, half, nullptr));
    const int length = i2d_ECDSA_SIG(sig, nullptr);
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(sig, &out);
    ECDSA_SIG_free(sig);
    return der;
}

// OpenSSL's verdict on a signature over `digest`. PS*: salt length `saltLength` (the JWA rule: digest length).
inline bool opensslVerify(EVP_PKEY *pkey, crypto::SignAlg alg, const QByteArray &digest, const QByteArray &signature,
                          int saltLength = -1)
{
    const EVP_MD *md = mdOf(crypto::signDigest(alg));
    Ctx ctx(EVP_PKEY_CTX_new(pkey, nullptr));
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1)
        return false;
    QByteArray sig = signature;
    if (isEcdsa(alg)) {
        sig = ecdsaRawToDer(signature);
    } else {
        EVP_PKEY_CTX_set_signature_md(ctx.get(), md);
        if (isPss(alg)) {
            EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PSS_PADDING);
            EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), md);
            EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), saltLength < 0 ? int(digest.size()) : saltLength);
        } else {
            EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING);
        }
    }
    return EVP_PKEY_verify(ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()), std::size_t(sig.size()),
                           reinterpret_cast<const unsigned char *>(digest.constData()), std::size_t(digest.size()))
            == 1;
}

// RSA encryption by OpenSSL for the token to decrypt.
inline QByteArray opensslEncrypt(EVP_PKEY *pkey, crypto::EncAlg alg, const QByteArray &plaintext)
{
    Ctx ctx(EVP_PKEY_CTX_new(pkey, nullptr));
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) != 1)
        return {};
    if (alg == crypto::EncAlg::Rsa1_5) {
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING);
    } else {
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_OAEP_PADDING);
        if (alg == crypto::EncAlg::RsaOaep256) {
            EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), EVP_sha256());
            EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), EVP_sha256());
        }
    }
    std::size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(plaintext.constData());
    if (EVP_PKEY_encrypt(ctx.get(), nullptr, &length, in, std::size_t(plaintext.size())) != 1)
        return {};
    QByteArray out(qsizetype(length), '\0');
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length, in,
                         std::size_t(plaintext.size()))
        != 1)
        return {};
    out.truncate(qsizetype(length));
    return out;
}

// A fresh OpenSSL key pair ("RSA" with bits, or "EC" with a group name).
inline Pkey opensslGenerate(const crypto::KeySpec &spec)
{
    EVP_PKEY *raw = nullptr;
    if (spec.type == crypto::KeyType::Rsa)
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t(spec.bits));
    else
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", crypto::curveOpenSslName(*spec.curve));
    return Pkey(raw);
}

// DER PKCS#8 of an OpenSSL private key.
inline QByteArray pkcs8Of(EVP_PKEY *pkey)
{
    PKCS8_PRIV_KEY_INFO *info = EVP_PKEY2PKCS8(pkey);
    const int length = i2d_PKCS8_PRIV_KEY_INFO(info, nullptr);
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_PKCS8_PRIV_KEY_INFO(info, &out);
    PKCS8_PRIV_KEY_INFO_free(info);
    return der;
}

// AES-GCM decryption by OpenSSL (for keys imported with known bytes); nullopt when the tag does not verify.
inline std::optional<QByteArray> opensslGcmDecrypt(const QByteArray &key, const QByteArray &iv, const QByteArray &aad,
                                                   const QByteArray &data, QByteArray tag)
{
    const EVP_CIPHER *cipher = key.size() == 16 ? EVP_aes_128_gcm()
            : key.size() == 24                  ? EVP_aes_192_gcm()
                                                : EVP_aes_256_gcm();
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    QByteArray out(data.size() + 16, '\0');
    int length = 0, finalLength = 0;
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    bool ok = EVP_DecryptInit_ex(ctx, cipher, nullptr, nullptr, nullptr) == 1
            && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) == 1
            && EVP_DecryptInit_ex(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                                  reinterpret_cast<const unsigned char *>(iv.constData()))
                    == 1;
    if (ok && !aad.isEmpty())
        ok = EVP_DecryptUpdate(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(aad.constData()),
                               int(aad.size()))
                == 1;
    ok = ok
            && EVP_DecryptUpdate(ctx, dst, &length, reinterpret_cast<const unsigned char *>(data.constData()),
                                 int(data.size()))
                    == 1
            && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, int(tag.size()), tag.data()) == 1
            && EVP_DecryptFinal_ex(ctx, dst + length, &finalLength) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return std::nullopt;
    out.truncate(length + finalLength);
    return out;
}

} // namespace coffer::test::p11
