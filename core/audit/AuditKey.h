#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace coffer::audit {

// The vault's audit signing key: Ed25519 (RFC 8032) through OpenSSL's EVP interface. The private key lives in
// OpenSSL's secure heap and leaves it only as SecureBytes (for the lead to store it encrypted in the vault); the
// public key goes in the vault header and in every export.
class AuditKey
{
public:
    static constexpr qsizetype publicKeySize = 32;
    static constexpr qsizetype privateKeySize = 32;
    static constexpr qsizetype signatureSize = 64;

    static Result<AuditKey> generate();
    // From the 32-byte RFC 8032 private key (seed).
    static Result<AuditKey> fromPrivateKey(const SecureBytes &privateKey);

    AuditKey(AuditKey &&) noexcept;
    AuditKey &operator=(AuditKey &&) noexcept;
    ~AuditKey();

    Result<SecureBytes> privateKey() const; // 32 raw bytes
    const QByteArray &publicKey() const { return m_publicKey; } // 32 raw bytes
    const QString &keyId() const { return m_keyId; }

    // 64-byte Ed25519 signature of `message` (pure Ed25519: the message itself, no pre-hash).
    Result<QByteArray> sign(QByteArrayView message) const;

    // False for a wrong-sized key or signature as well as for a signature that does not verify.
    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
    // First 16 lowercase hex digits of SHA-256(publicKey).
    static QString keyIdOf(QByteArrayView publicKey);

private:
    explicit AuditKey(EVP_PKEY *key);
    struct Free
    {
        void operator()(EVP_PKEY *key) const;
    };
    std::unique_ptr<EVP_PKEY, Free> m_key;
    QByteArray m_publicKey;
    QString m_keyId;
};

} // namespace coffer::audit
