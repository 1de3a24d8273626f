#include "core/crypto/Digest.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <memory>

namespace coffer::crypto {

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len,
                   EVP_sha256(), nullptr)
        != 1)
        qFatal("coffer: SHA-256 failed");
    return out;
}

QByteArray hmacSha256(const SecureBytes &key, QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    std::size_t len = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.data(), key.size(),
                   reinterpret_cast<const unsigned char *>(data.data()), std::size_t(data.size()),
                   reinterpret_cast<unsigned char *>(out.data()), std::size_t(out.size()), &len))
        qFatal("coffer: HMAC-SHA256 failed");
    return out;
}

Result<SecureBytes> hkdfSha256(const SecureBytes &ikm, QByteArrayView salt, QByteArrayView info, std::size_t length)
{
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr), &EVP_KDF_free);
    if (!kdf)
        return Error(ErrorCode::Crypto, QStringLiteral("HKDF is not available in this OpenSSL"));
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(kdf.get()), &EVP_KDF_CTX_free);
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t *>(ikm.data()), ikm.size()),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()),
                                              std::size_t(salt.size())),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(info.data()),
                                              std::size_t(info.size())),
            OSSL_PARAM_construct_end(),
    };
    SecureBytes out(length);
    if (!ctx || EVP_KDF_derive(ctx.get(), out.data(), length, params) != 1)
        return Error(ErrorCode::Crypto, QStringLiteral("HKDF-SHA256 derivation failed"));
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
}

} // namespace coffer::crypto
