#pragma once

#include "core/common/KdfParams.h"

#include <optional>

namespace coffer {
class Clock;
class KeychainStore;
} // namespace coffer

namespace coffer::models {

// What the composition root injects into the models: the clock, the OS keychain and the Argon2 cost policy.
struct Services
{
    const Clock *clock = nullptr; // must outlive every model and job that uses it
    KeychainStore *keychain = nullptr; // null: unlocking through the keychain is refused
    // Unset in the product: calibrated on this machine (about 0.5 s). Tests pass Argon2Params::fastForTests().
    std::optional<Argon2Params> kdf;
};

} // namespace coffer::models
