#pragma once

#include "app/cli/CliError.h"
#include "core/common/ObjectKind.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace coffer::cli {

class CommandContext;

// What the schedule commands (rotate --due, rotation plan, notifications list) share: option parsing done before
// the vault is unlocked, and the JSON spelling of kinds and times.
namespace rotationcli {

inline const QString kKind = QStringLiteral("kind");

// "secret", "key", "certificate": how the schedule commands name a kind, in options and output.
QString kindName(ObjectKind kind);
// The values of a repeatable multi-value option, also split at commas and spaces ("--kind secret,key").
QStringList words(const CommandContext &ctx, const QString &option);
// --kind secret|key|certificate (singular or plural, any case, several allowed): empty when not given. An unknown
// kind is a usage error.
Outcome<QList<ObjectKind>> kindsOption(const CommandContext &ctx);
// An ISO 8601 date or date-time with a zone (2026-01-31T12:00:00Z, 2026-01-31T14:00:00+02:00), or "now"; a date
// alone is the start of that day (UTC), or with `endOfDay` the start of the next one (so `--to 2026-12-31`
// includes that day). nullopt when the option is not given; a malformed one is a usage error naming the option.
Outcome<std::optional<QDateTime>> dateOption(const CommandContext &ctx, const QString &option, bool endOfDay = false);
// "2026-01-31T12:00:00Z" (UTC, whole seconds); null for an unset time.
QString iso(const QDateTime &time);
QJsonValue isoOrNull(const std::optional<QDateTime> &time);

// The systemd run this process belongs to: INVOCATION_ID, which systemd sets for every run of a unit
// (systemd.exec(5)). Empty when not run by systemd or when the variable is not a 128-bit hex id.
QString systemdInvocationId();

} // namespace rotationcli

} // namespace coffer::cli
