#pragma once

#include "core/common/Result.h"

namespace coffer::bench {

struct BenchContext;

// Group "open": Vault::open against bare SQLCipher open+key+read on the same vault.db, for each --rows size,
// with --breakdown the timed steps of Vault::open.
Result<void> runOpenGroup(BenchContext &context);

constexpr double kOpenGoal = 1.5; // Vault::open median / bare median

} // namespace coffer::bench
