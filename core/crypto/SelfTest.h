#pragma once

#include "core/common/Result.h"

namespace coffer::crypto {

// Known-answer tests of every primitive the vault files depend on (SHA-256, HMAC-SHA256, HKDF, AES-256-GCM,
// Argon2id, the CSPRNG). Runs once per process; the result is cached. Vault::open and Vault::create refuse to
// work when it fails.
Result<void> runSelfTests();

} // namespace coffer::crypto
