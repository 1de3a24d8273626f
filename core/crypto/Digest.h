#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QByteArray>

namespace coffer::crypto {

QByteArray sha256(QByteArrayView data);
QByteArray hmacSha256(const SecureBytes &key, QByteArrayView data);
// HKDF-SHA256 (RFC 5869): extract with salt, expand with info to length bytes.
Result<SecureBytes> hkdfSha256(const SecureBytes &ikm, QByteArrayView salt, QByteArrayView info, std::size_t length);
// Constant-time equality of two byte strings of public length.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace coffer::crypto
