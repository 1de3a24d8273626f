#pragma once

namespace coffer::process {

// Turns core dumps off (RLIMIT_CORE = 0, PR_SET_DUMPABLE = 0) so a crash cannot write keys to disk.
// Returns false when the system refused; the caller logs it.
bool disableCoreDumps();

} // namespace coffer::process
