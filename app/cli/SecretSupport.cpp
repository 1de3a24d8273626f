#include "app/cli/SecretSupport.h"

#include "app/cli/CommandContext.h"
#include "app/cli/ObjectJson.h"
#include "app/cli/ObjectLifecycle.h"
#include "core/vault/BackupFile.h"

#include <QFile>
#include <QFileInfo>

namespace coffer::cli::secretcli {

void addName(CommandSpec &spec, bool version)
{
    spec.options.append(
            {kName, QStringLiteral("NAME"), QStringLiteral("the secret's name: 1-127 letters, digits and dashes")});
    spec.required.append(kName);
    if (version)
        spec.options.append({kVersion, QStringLiteral("V"), QStringLiteral("the version (default: the current one)")});
}

Outcome<QString> name(const CommandContext &ctx)
{
    const QString text = ctx.value(kName);
    COFFER_CLI_TRY(objects::validateName(ObjectKind::Secret, text));
    return text;
}

CommandOutput bundleOutput(const VersionInfo &info)
{
    CommandOutput out;
    out.value = objectjson::bundle(info);
    out.columns = objectjson::itemColumns();
    return out;
}

CliError failure(const Error &error, const QString &name)
{
    CliError out = CliError::fromCore(error);
    const QString &message = error.context();
    switch (error.code()) {
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
        lifecycle::addHint(out, error, name, QStringLiteral("secret"), QStringLiteral("secrets"));
        break;
    case ErrorCode::Forbidden:
        if (message.contains(QStringLiteral("disabled")))
            out.hint = QStringLiteral("enable it with 'coffer-cli secret set-attributes --name %1 --enabled true'")
                               .arg(name);
        else if (message.contains(QStringLiteral("purge protection")))
            out.hint = QStringLiteral("a deleted secret can still be recovered with 'coffer-cli secret recover'");
        break;
    default: break;
    }
    return out;
}

Outcome<std::optional<QDateTime>> dateOption(const CommandContext &ctx, const QString &option, bool allowClear)
{
    if (!ctx.has(option))
        return std::optional<QDateTime>();
    const QString text = ctx.value(option);
    if (text.isEmpty()) {
        if (allowClear)
            return std::optional<QDateTime>();
        return CliError {ExitCode::Invalid,
                         QStringLiteral("--%1 needs a date-time such as 2027-01-31T12:00:00Z").arg(option),
                         {}};
    }
    auto parsed = objects::parseIsoDateTime(text);
    if (!parsed)
        return CliError {ExitCode::Invalid, QStringLiteral("--%1: %2").arg(option, parsed.error().context()), {}};
    return std::optional<QDateTime>(*parsed);
}

Outcome<std::optional<Tags>> tagsOption(const CommandContext &ctx)
{
    if (!ctx.has(QStringLiteral("tags")))
        return std::optional<Tags>();
    QStringList pairs = ctx.values(QStringLiteral("tags"));
    if (pairs.size() == 1 && pairs.first().isEmpty())
        pairs.clear();
    auto tags = objects::parseTags(pairs);
    if (!tags)
        return CliError {ExitCode::Invalid, QStringLiteral("--tags: %1").arg(tags.error().context()), {}};
    return std::optional<Tags>(*tags);
}

Outcome<QByteArray> readBackupFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return CliError::fromCore(
                Error(ErrorCode::NotFound, QStringLiteral("the backup file '%1' does not exist").arg(path)));
    if (info.isDir())
        return CliError {ExitCode::Invalid, QStringLiteral("the backup file '%1' is a folder").arg(path), {}};
    if (info.size() > backupfile::kMaxFileBytes)
        return CliError {
                ExitCode::Invalid, QStringLiteral("'%1' is larger than a backup file can be (256 MiB)").arg(path), {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CliError {ExitCode::Failure,
                         QStringLiteral("cannot read the backup file '%1': %2").arg(path, file.errorString()),
                         {}};
    return file.readAll();
}

} // namespace coffer::cli::secretcli
