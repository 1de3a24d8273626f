#pragma once

#include <QStringList>

namespace coffer {
class Clock;
}

namespace coffer::cli {

class CommandRegistry;

// Every command coffer-cli knows.
CommandRegistry commandRegistry();

// Parses the command line, runs the command and prints its result or error. Returns the exit code.
int run(const QStringList &arguments, const Clock &clock);

} // namespace coffer::cli
