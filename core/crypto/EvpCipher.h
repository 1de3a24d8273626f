#pragma once

// Private to core/crypto: the AES operations of oct keys (AES-GCM, RFC 3394 AES key wrap) through EVP.

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/crypto/KeyAlgorithms.h"
#include "core/crypto/SoftwareKey.h"

#include <QByteArray>

namespace coffer::crypto::evp {

// Crypto "decryption failed": the one error of every decrypt and unwrap failure (no detail, no oracle).
Error decryptionFailed();

// A*GCM with a fresh random 96-bit iv and a 128-bit tag; `key` has the algorithm's size (checked by the caller).
Result<Ciphertext> gcmEncrypt(EncAlg alg, const SecureBytes &key, QByteArrayView plaintext, QByteArrayView aad);
// decryptionFailed() for a wrong iv or tag size, a tag mismatch or any other failure.
Result<SecureBytes> gcmDecrypt(EncAlg alg, const SecureBytes &key, const Ciphertext &ciphertext);

// RFC 3394 with the default IV. InvalidArgument unless the input is a multiple of 8 bytes and at least 16.
Result<QByteArray> aesKeyWrap(EncAlg alg, const SecureBytes &kek, QByteArrayView key);
// decryptionFailed() for a wrong length or an integrity check failure.
Result<SecureBytes> aesKeyUnwrap(EncAlg alg, const SecureBytes &kek, QByteArrayView wrapped);

} // namespace coffer::crypto::evp
