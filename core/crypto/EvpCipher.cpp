// This file uses the OpenSSL 3 API only: deprecated declarations are hidden, so using one fails to compile.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include "core/crypto/EvpCipher.h"

#include "core/crypto/EvpUtil.h"
#include "core/crypto/Random.h"

namespace coffer::crypto::evp {

namespace {
constexpr int kIvSize = 12;
constexpr int kTagSize = 16;
constexpr int kWrapBlock = 8;

const EVP_CIPHER *gcmCipher(int bits)
{
    switch (bits) {
    case 128: return EVP_aes_128_gcm();
    case 192: return EVP_aes_192_gcm();
    case 256: return EVP_aes_256_gcm();
    default: return nullptr;
    }
}

const EVP_CIPHER *wrapCipher(int bits)
{
    switch (bits) {
    case 128: return EVP_aes_128_wrap();
    case 192: return EVP_aes_192_wrap();
    case 256: return EVP_aes_256_wrap();
    default: return nullptr;
    }
}

Error encryptionFailed()
{
    clearErrors();
    return Error(ErrorCode::Crypto, QStringLiteral("encryption failed"));
}

// The key must match the algorithm: checkEncrypt/checkWrap guarantee it; this is the last line of defence.
bool keyFits(EncAlg alg, const SecureBytes &key)
{
    return int(key.size()) * 8 == aesAlgKeyBits(alg);
}
} // namespace

Error decryptionFailed()
{
    clearErrors();
    return Error(ErrorCode::Crypto, QStringLiteral("decryption failed"));
}

Result<Ciphertext> gcmEncrypt(EncAlg alg, const SecureBytes &key, QByteArrayView plaintext, QByteArrayView aad)
{
    const EVP_CIPHER *cipher = gcmCipher(aesAlgKeyBits(alg));
    if (!cipher || !keyFits(alg, key))
        return Error(ErrorCode::Internal, QStringLiteral("AES-GCM key and algorithm do not match"));
    Ciphertext out;
    out.iv = randomBytes(kIvSize);
    out.aad = aad.toByteArray();
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex2(ctx.get(), cipher, key.data(), uc(out.iv), nullptr) != 1)
        return encryptionFailed();
    if (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, uc(aad), int(aad.size())) != 1)
        return encryptionFailed();
    out.data.resize(plaintext.size() + 16);
    int total = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), uc(out.data), &len, uc(plaintext), int(plaintext.size())) != 1)
            return encryptionFailed();
        total = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), uc(out.data) + total, &len) != 1)
        return encryptionFailed();
    out.data.resize(total + len);
    out.tag.resize(kTagSize);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, uc(out.tag)) != 1)
        return encryptionFailed();
    return out;
}

Result<SecureBytes> gcmDecrypt(EncAlg alg, const SecureBytes &key, const Ciphertext &ciphertext)
{
    const EVP_CIPHER *cipher = gcmCipher(aesAlgKeyBits(alg));
    if (!cipher || !keyFits(alg, key) || ciphertext.iv.size() != kIvSize || ciphertext.tag.size() != kTagSize)
        return decryptionFailed();
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex2(ctx.get(), cipher, key.data(), uc(ciphertext.iv), nullptr) != 1)
        return decryptionFailed();
    const QByteArray &aad = ciphertext.aad;
    if (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, uc(aad), int(aad.size())) != 1)
        return decryptionFailed();
    SecureBytes buffer(std::size_t(ciphertext.data.size()) + 16);
    int total = 0;
    if (!ciphertext.data.isEmpty()) {
        if (EVP_DecryptUpdate(ctx.get(), buffer.data(), &len, uc(ciphertext.data), int(ciphertext.data.size())) != 1)
            return decryptionFailed();
        total = len;
    }
    QByteArray tag = ciphertext.tag; // EVP wants a mutable pointer
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, uc(tag)) != 1
        || EVP_DecryptFinal_ex(ctx.get(), buffer.data() + total, &len) != 1)
        return decryptionFailed();
    return SecureBytes(buffer.data(), std::size_t(total + len));
}

Result<QByteArray> aesKeyWrap(EncAlg alg, const SecureBytes &kek, QByteArrayView key)
{
    const EVP_CIPHER *cipher = wrapCipher(aesAlgKeyBits(alg));
    if (!cipher || !keyFits(alg, kek))
        return Error(ErrorCode::Internal, QStringLiteral("AES-KW key and algorithm do not match"));
    if (key.size() < 2 * kWrapBlock || key.size() % kWrapBlock != 0)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 wraps a key of a multiple of 8 bytes, at least 16 (RFC 3394); got %2 bytes")
                             .arg(encAlgName(alg))
                             .arg(key.size()));
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return encryptionFailed();
    EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    QByteArray out(key.size() + 2 * kWrapBlock, Qt::Uninitialized);
    int len = 0;
    int fin = 0;
    if (EVP_EncryptInit_ex2(ctx.get(), cipher, kek.data(), nullptr, nullptr) != 1
        || EVP_EncryptUpdate(ctx.get(), uc(out), &len, uc(key), int(key.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), uc(out) + len, &fin) != 1 || len + fin != key.size() + kWrapBlock)
        return encryptionFailed();
    out.resize(len + fin);
    return out;
}

Result<SecureBytes> aesKeyUnwrap(EncAlg alg, const SecureBytes &kek, QByteArrayView wrapped)
{
    const EVP_CIPHER *cipher = wrapCipher(aesAlgKeyBits(alg));
    if (!cipher || !keyFits(alg, kek) || wrapped.size() < 3 * kWrapBlock || wrapped.size() % kWrapBlock != 0)
        return decryptionFailed();
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return decryptionFailed();
    EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    SecureBytes buffer(std::size_t(wrapped.size()) + kWrapBlock);
    int len = 0;
    int fin = 0;
    if (EVP_DecryptInit_ex2(ctx.get(), cipher, kek.data(), nullptr, nullptr) != 1
        || EVP_DecryptUpdate(ctx.get(), buffer.data(), &len, uc(wrapped), int(wrapped.size())) != 1
        || EVP_DecryptFinal_ex(ctx.get(), buffer.data() + len, &fin) != 1 || len + fin != wrapped.size() - kWrapBlock)
        return decryptionFailed();
    return SecureBytes(buffer.data(), std::size_t(len + fin));
}

} // namespace coffer::crypto::evp
