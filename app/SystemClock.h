#pragma once

#include "core/common/Clock.h"

namespace coffer::app {

// The machine's wall clock, read only here in the composition roots and injected everywhere else.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace coffer::app
