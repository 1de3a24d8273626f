#pragma once

#include "app/cli/CommandRegistry.h"

#include <QString>

namespace coffer::cli {

// Help text for the root (`coffer-cli --help`, with the exit-code table), a group or a command.
QString rootHelp(const CommandRegistry &registry);
QString groupHelp(const CommandRegistry &registry, const QStringList &path);
QString commandHelp(const CommandSpec &spec);
QString versionText();

} // namespace coffer::cli
