#include "core/crypto/Aead.h"

#include "core/crypto/Random.h"

#include <openssl/evp.h>

#include <memory>

namespace coffer::crypto {

namespace {
constexpr int kTagSize = 16;
constexpr int kNonceSize = 12;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

Error cryptoError(const char *what)
{
    return Error(ErrorCode::Crypto, QStringLiteral("AES-256-GCM: %1 failed").arg(QLatin1StringView(what)));
}
} // namespace

Result<Sealed> sealAes256GcmWithNonce(const SecureBytes &key, QByteArrayView nonce, QByteArrayView plaintext,
                                      QByteArrayView aad)
{
    if (key.size() != 32 || nonce.size() != kNonceSize)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("AES-256-GCM needs a 32-byte key and a 12-byte nonce"));
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx
        || EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key.data(),
                               reinterpret_cast<const unsigned char *>(nonce.data()), nullptr)
                != 1)
        return cryptoError("init");
    int len = 0;
    if (!aad.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.data()),
                             int(aad.size()))
                != 1)
        return cryptoError("aad");
    Sealed out;
    out.nonce = nonce.toByteArray();
    out.ciphertext.resize(plaintext.size() + kTagSize);
    auto *dst = reinterpret_cast<unsigned char *>(out.ciphertext.data());
    int total = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), dst, &len, reinterpret_cast<const unsigned char *>(plaintext.data()),
                              int(plaintext.size()))
            != 1)
            return cryptoError("encrypt");
        total = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), dst + total, &len) != 1)
        return cryptoError("final");
    total += len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, dst + total) != 1)
        return cryptoError("tag");
    out.ciphertext.resize(total + kTagSize);
    return out;
}

Result<Sealed> sealAes256Gcm(const SecureBytes &key, QByteArrayView plaintext, QByteArrayView aad)
{
    const QByteArray nonce = randomBytes(kNonceSize);
    return sealAes256GcmWithNonce(key, nonce, plaintext, aad);
}

Result<SecureBytes> openAes256Gcm(const SecureBytes &key, const Sealed &sealed, QByteArrayView aad)
{
    if (key.size() != 32 || sealed.nonce.size() != kNonceSize || sealed.ciphertext.size() < kTagSize)
        return Error(ErrorCode::Corrupted, QStringLiteral("AES-256-GCM: malformed sealed data"));
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx
        || EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key.data(),
                               reinterpret_cast<const unsigned char *>(sealed.nonce.constData()), nullptr)
                != 1)
        return cryptoError("init");
    int len = 0;
    if (!aad.isEmpty()
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.data()),
                             int(aad.size()))
                != 1)
        return cryptoError("aad");
    const qsizetype bodySize = sealed.ciphertext.size() - kTagSize;
    SecureBytes plain {std::size_t(bodySize)};
    const auto *src = reinterpret_cast<const unsigned char *>(sealed.ciphertext.constData());
    int total = 0;
    if (bodySize > 0) {
        if (EVP_DecryptUpdate(ctx.get(), plain.data(), &len, src, int(bodySize)) != 1)
            return cryptoError("decrypt");
        total = len;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, const_cast<unsigned char *>(src + bodySize))
        != 1)
        return cryptoError("tag");
    unsigned char scratch[16];
    if (EVP_DecryptFinal_ex(ctx.get(), bodySize > 0 ? plain.data() + total : scratch, &len) != 1)
        return Error(ErrorCode::WrongCredential, QStringLiteral("authentication tag mismatch"));
    return plain;
}

} // namespace coffer::crypto
