#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

namespace coffer::recovery {

// A recovery key is 256 random bits plus a 20-bit checksum, written as 14 groups of 4 base32 characters,
// e.g. "ABCD-EFGH-…". The checksum lets a mistyped key be told apart from a wrong one.
SecureString generate(SecureBytes *rawOut);
// Accepts any case, with or without dashes and spaces. InvalidArgument when mistyped (bad characters, length
// or checksum); the raw 32 bytes otherwise.
Result<SecureBytes> parse(const SecureString &text);

} // namespace coffer::recovery
