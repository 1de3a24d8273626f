#pragma once

#include "core/common/Process.h"

#include <QtConcurrent/QtConcurrentRun>

namespace coffer::models {

// Runs `work` on Qt's thread pool. Pooled threads outlive the work, so the thread's OpenSSL state (error queue,
// DRBGs) is freed when the work ends rather than when the pool happens to retire the thread.
template<typename F>
auto runInBackground(F work) -> QFuture<decltype(work())>
{
    return QtConcurrent::run([work = std::move(work)]() mutable {
        auto result = work();
        process::releaseThreadState();
        return result;
    });
}

} // namespace coffer::models
