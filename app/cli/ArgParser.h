#pragma once

#include "app/cli/CliError.h"
#include "app/cli/CommandOutput.h"
#include "app/cli/CommandRegistry.h"

#include <QHash>
#include <QStringList>

namespace coffer::cli {

// A command line split into the command path, its option values and the global options.
struct ParsedArgs
{
    QStringList path; // the command or group named (empty: the root)
    const CommandSpec *command = nullptr; // null when `path` names a group
    QHash<QString, QString> values; // long option name → value ("" for a flag; a multi-value option's joined)
    QHash<QString, QStringList> lists; // multi-value option name → its values
    bool help = false;
    bool version = false;
    bool verbose = false;
    OutputFormat output = OutputFormat::Json;
};

// Nested subcommands (`vault keyslot add`), then options in any order: `--name VALUE`, `--name=VALUE`, flags,
// and multi-value options that take the arguments up to the next option (`--tags a=b c=d`).
// Global options (-h/--help, --version, -o/--output, --verbose) are accepted anywhere. Checks required options,
// mutually exclusive groups and that at most one option reads standard input. With --help, errors in the rest
// of the line are ignored so help is always reachable.
Outcome<ParsedArgs> parseArguments(const QStringList &args, const CommandRegistry &registry);

} // namespace coffer::cli
