#pragma once

#include "app/cli/CliError.h"
#include "app/cli/CommandOutput.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace coffer::cli {

class CommandContext;

struct OptionSpec
{
    QString name; // the long name without "--"
    QString valueName; // "DIR", "FILE", …; empty for a flag
    QString help;
    bool readsStdin = false; // at most one such option per command line
    // Takes every following argument up to the next option (az's `--tags a=b c=d`); may take none.
    bool multiValue = false;
    // An empty value ("") is accepted (`--expires ""` clears a date) instead of being a usage error.
    bool allowEmpty = false;
    // The value may be secret (`--value`): parse errors never quote it or the words after it.
    bool sensitive = false;
    // A multi-value option that may also be given several times (`--member a --member b`); the values add up.
    bool repeatable = false;

    bool isFlag() const { return valueName.isEmpty(); }
};

// At most one of these options may be given; with `required`, exactly one.
struct OptionGroup
{
    QStringList names;
    bool required = false;
};

using CommandHandler = std::function<Outcome<CommandOutput>(CommandContext &)>;

// One leaf command such as `vault keyslot add`: its options, help and handler.
struct CommandSpec
{
    QStringList path; // {"vault", "keyslot", "add"}
    QString summary; // one line
    QString details; // more text for --help, may be empty
    QList<OptionSpec> options;
    QStringList required; // options that must be given
    QList<OptionGroup> groups;
    QStringList examples;
    CommandHandler run;

    const OptionSpec *option(const QString &name) const;
    QString displayName() const { return path.join(u' '); }
};

} // namespace coffer::cli
