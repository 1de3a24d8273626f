#pragma once

#include "core/common/KdfParams.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QByteArray>

#include <chrono>

namespace coffer::crypto {

// 32 bytes of Argon2id(passphrase, salt). Fails with InvalidArgument on parameters out of bounds.
Result<SecureBytes> argon2id(const SecureString &passphrase, QByteArrayView salt, const Argon2Params &params);

// Picks the iteration count (at 64 MiB, 2 lanes) that makes one derivation take about `target` on this machine.
// Uses a monotonic timer, not the wall clock.
Argon2Params calibrateArgon2(std::chrono::milliseconds target = std::chrono::milliseconds(500));

} // namespace coffer::crypto
