#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QByteArray>

namespace coffer::crypto {

// AES-256-GCM with a random 96-bit nonce and a 128-bit tag.
struct Sealed
{
    QByteArray nonce; // 12 bytes
    QByteArray ciphertext; // ciphertext followed by the 16-byte tag
};

Result<Sealed> sealAes256Gcm(const SecureBytes &key, QByteArrayView plaintext, QByteArrayView aad);
// Same, with a caller-chosen nonce (known-answer tests only).
Result<Sealed> sealAes256GcmWithNonce(const SecureBytes &key, QByteArrayView nonce, QByteArrayView plaintext,
                                      QByteArrayView aad);
// Fails with ErrorCode::WrongCredential when the tag does not verify (wrong key or altered data).
Result<SecureBytes> openAes256Gcm(const SecureBytes &key, const Sealed &sealed, QByteArrayView aad);

} // namespace coffer::crypto
