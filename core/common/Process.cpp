#include "core/common/Process.h"

#include <openssl/crypto.h>

#include <sys/resource.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace coffer::process {

bool disableCoreDumps()
{
    bool ok = true;
    struct rlimit limit
    {
    };
    limit.rlim_cur = 0;
    limit.rlim_max = 0;
    if (setrlimit(RLIMIT_CORE, &limit) != 0)
        ok = false;
#if defined(__linux__)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        ok = false;
#endif
    return ok;
}

void releaseThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace coffer::process
