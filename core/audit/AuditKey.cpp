// This file uses the OpenSSL 3 API only: deprecated declarations are hidden, so using one fails to compile.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include "core/audit/AuditKey.h"

#include "core/crypto/Digest.h"

#include <openssl/evp.h>

namespace coffer::audit {

namespace {

using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

Error cryptoError(const QString &what)
{
    return Error(ErrorCode::Crypto, QStringLiteral("audit key: %1").arg(what));
}

} // namespace

void AuditKey::Free::operator()(EVP_PKEY *key) const
{
    EVP_PKEY_free(key);
}

AuditKey::AuditKey(EVP_PKEY *key)
    : m_key(key)
{
    m_publicKey = QByteArray(publicKeySize, '\0');
    std::size_t length = std::size_t(publicKeySize);
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(m_publicKey.data()), &length) != 1
        || length != std::size_t(publicKeySize))
        m_publicKey.clear(); // checked by the factories
    else
        m_keyId = keyIdOf(m_publicKey);
}

AuditKey::AuditKey(AuditKey &&) noexcept = default;
AuditKey &AuditKey::operator=(AuditKey &&) noexcept = default;
AuditKey::~AuditKey() = default;

Result<AuditKey> AuditKey::generate()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        return cryptoError(QStringLiteral("Ed25519 key generation failed"));
    AuditKey made(key);
    if (made.m_publicKey.isEmpty())
        return cryptoError(QStringLiteral("the Ed25519 public key cannot be read"));
    return made;
}

Result<AuditKey> AuditKey::fromPrivateKey(const SecureBytes &privateKey)
{
    if (qsizetype(privateKey.size()) != privateKeySize)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("audit key: an Ed25519 private key has %1 bytes, not %2")
                             .arg(privateKeySize)
                             .arg(privateKey.size()));
    EVP_PKEY *key = EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr, privateKey.data(), privateKey.size());
    if (!key)
        return cryptoError(QStringLiteral("the Ed25519 private key cannot be loaded"));
    AuditKey made(key);
    if (made.m_publicKey.isEmpty())
        return cryptoError(QStringLiteral("the Ed25519 public key cannot be derived"));
    return made;
}

Result<SecureBytes> AuditKey::privateKey() const
{
    SecureBytes out {static_cast<std::size_t>(privateKeySize)};
    std::size_t length = out.size();
    if (!m_key || EVP_PKEY_get_raw_private_key(m_key.get(), out.data(), &length) != 1
        || length != std::size_t(privateKeySize))
        return cryptoError(QStringLiteral("the Ed25519 private key cannot be exported"));
    return out;
}

Result<QByteArray> AuditKey::sign(QByteArrayView message) const
{
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray signature(signatureSize, '\0');
    std::size_t length = std::size_t(signatureSize);
    if (!m_key || !ctx
        || EVP_DigestSignInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, m_key.get(), nullptr) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                          reinterpret_cast<const unsigned char *>(message.data()), std::size_t(message.size()))
                != 1
        || length != std::size_t(signatureSize))
        return cryptoError(QStringLiteral("Ed25519 signing failed"));
    return signature;
}

bool AuditKey::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != publicKeySize || signature.size() != signatureSize)
        return false;
    std::unique_ptr<EVP_PKEY, Free> key(EVP_PKEY_new_raw_public_key_ex(
            nullptr, "ED25519", nullptr, reinterpret_cast<const unsigned char *>(publicKey.data()), publicKey.size()));
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestVerifyInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key.get(), nullptr) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                            std::size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.data()),
                            std::size_t(message.size()))
            == 1;
}

QString AuditKey::keyIdOf(QByteArrayView publicKey)
{
    return QString::fromLatin1(crypto::sha256(publicKey).toHex().left(16));
}

} // namespace coffer::audit
