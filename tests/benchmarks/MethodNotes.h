#pragma once

#include <QStringList>

namespace coffer::bench {

struct BenchOptions;

// How each group that ran was measured, for the header of the output (one line each, without "# ").
QStringList methodNotes(const BenchOptions &options, int droppedInfoLines);

} // namespace coffer::bench
