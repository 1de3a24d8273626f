#pragma once

#include "app/cli/CliError.h"
#include "app/cli/CommandSpec.h"
#include "core/vault/ObjectTypes.h"

#include <QString>

namespace coffer::cli {

class CommandContext;

// What the secret command files share: option names, early checks and error hints.
namespace secretcli {

inline const QString kName = QStringLiteral("name");
inline const QString kVersion = QStringLiteral("version");
inline const QString kFile = QStringLiteral("file");

// --name NAME (required) and, with `version`, --version V.
void addName(CommandSpec &spec, bool version = false);
// --name, checked against the naming rule before the vault is unlocked.
Outcome<QString> name(const CommandContext &ctx);
// The bundle of a version (never its value) as a command's output, with the item columns.
CommandOutput bundleOutput(const VersionInfo &info);
// A core error with a hint fitting the secret commands (which commands show names, how to recover or enable).
CliError failure(const Error &error, const QString &name);

// An ISO 8601 date option; `allowClear` lets "" mean "no date".
Outcome<std::optional<QDateTime>> dateOption(const CommandContext &ctx, const QString &option, bool allowClear);
// --tags k=v …: the tags, or nullopt when not given. `--tags ""` or `--tags` alone gives no tags (clears them).
Outcome<std::optional<Tags>> tagsOption(const CommandContext &ctx);

// A backup file made by `secret backup` or `key backup`, read whole (NotFound, a folder, too large: errors
// naming the file).
Outcome<QByteArray> readBackupFile(const QString &path);

} // namespace secretcli

} // namespace coffer::cli
