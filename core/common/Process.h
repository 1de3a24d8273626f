#pragma once

namespace coffer::process {

// Turns core dumps off (RLIMIT_CORE = 0, PR_SET_DUMPABLE = 0) so a crash cannot write keys to disk.
// Returns false when the system refused; the caller logs it.
bool disableCoreDumps();

// Frees the calling thread's OpenSSL state (its error queue and DRBGs). Call it at the end of work run on a pooled
// worker thread, which may outlive the work or never be joined before the process exits.
void releaseThreadState();

} // namespace coffer::process
