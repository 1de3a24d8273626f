#pragma once

#include "app/cli/CommandRegistry.h"

#include <QString>

namespace coffer::cli {

// Documents made from the command registry, so they can never drift from what coffer-cli accepts. The build
// writes both into the package (`coffer-cli manpage`, `coffer-cli completion bash`).

// The manual page coffer-cli(1) in man(7) roff: every group and command with its options, rules, examples and
// the exit codes.
QString manPage(const CommandRegistry &registry);

// A bash completion script (`complete -F _coffer_cli coffer-cli`): groups and commands by position, a command's
// options after "-", the choices of an option whose value is a list ("secret|key|certificate"), and file or
// folder names for options whose value is a FILE or DIR.
QString bashCompletion(const CommandRegistry &registry);

} // namespace coffer::cli
