#pragma once

#include "core/common/SecureBytes.h"

#include <QByteArray>

namespace coffer::crypto {

// Bytes from OpenSSL's CSPRNG; aborts the process if the generator fails (nothing safe can follow).
SecureBytes randomSecret(std::size_t count);
QByteArray randomBytes(qsizetype count);

} // namespace coffer::crypto
