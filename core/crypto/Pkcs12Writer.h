#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/crypto/SoftwareKey.h"
#include "core/crypto/X509Certificate.h"

#include <QList>

namespace coffer::crypto {

// Modern: PBES2 / PBKDF2-HMAC-SHA256 / AES-256-CBC, MAC SHA-256 (OpenSSL 3, keytool, Windows 10 1709+).
// Compatible: pbeWithSHA1And3-KeyTripleDES-CBC for keys and certificates, MAC SHA-1 (old Windows, old Java).
enum class PfxProfile { Modern, Compatible };

// A PFX holding the chain (leaf first; the leaf gets friendlyName `friendlyName`) and the key when given.
// An empty password gives Azure's blank-password PFX (MAC with the empty password).
Result<QByteArray> writePfx(const QList<X509Certificate> &chain, const SoftwareKey *key, const SecureString &password,
                            PfxProfile profile, const QString &friendlyName = {}, int iterations = 10000);
// PEM text: the key as unencrypted PKCS#8 "PRIVATE KEY" (when given), then the certificates leaf -> root.
Result<SecureBytes> writePemBundle(const QList<X509Certificate> &chain, const SoftwareKey *key);

} // namespace coffer::crypto
