// `notifications list`: the near-expiry, expired, rotated, renewed and pending-created notices of every kind
// (Vault::notifications; recorded by the due runs and by rotations and renewals).
#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/RotationCommands.h"
#include "app/cli/RotationSupport.h"
#include "app/cli/VaultAccess.h"
#include "core/vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coffer::cli {

namespace {

using namespace rotationcli;

const QString kSince = QStringLiteral("since");
const QString kType = QStringLiteral("type");
const QString kName = QStringLiteral("name");
const QString kLimit = QStringLiteral("limit");
constexpr int kMaxLimit = 100000;

const QString kTypeNames = QStringLiteral("near_expiry, expired, rotated, renewed or pending_created");

Outcome<QList<NotificationType>> typesOption(const CommandContext &ctx)
{
    QList<NotificationType> types;
    for (const QString &word : words(ctx, kType)) {
        QString name = word;
        name.replace(u'-', u'_'); // near-expiry as the due run's action names spell it
        const std::optional<NotificationType> type = notificationTypeFromName(name);
        if (!type)
            return CliError::usage(QStringLiteral("option --type needs %1, not '%2'").arg(kTypeNames, word));
        if (!types.contains(*type))
            types.append(*type);
    }
    return types;
}

Outcome<NotificationFilter> filterOptions(const CommandContext &ctx)
{
    NotificationFilter filter;
    auto since = dateOption(ctx, kSince);
    COFFER_CLI_CHECK(since);
    filter.since = *since;
    auto kinds = kindsOption(ctx);
    COFFER_CLI_CHECK(kinds);
    filter.kinds = *kinds;
    auto types = typesOption(ctx);
    COFFER_CLI_CHECK(types);
    filter.types = *types;
    filter.name = ctx.value(kName).trimmed();
    auto limit = ctx.intValue(kLimit, filter.limit);
    COFFER_CLI_CHECK(limit);
    if (*limit < 1 || *limit > kMaxLimit)
        return CliError::usage(
                QStringLiteral("option --limit needs a number from 1 to %1, not %2").arg(kMaxLimit).arg(*limit));
    filter.limit = *limit;
    return filter;
}

QJsonObject notificationJson(const Notification &notice)
{
    return QJsonObject {
            {QStringLiteral("id"), notice.id},
            {QStringLiteral("kind"), kindName(notice.kind)},
            {QStringLiteral("name"), notice.name},
            {QStringLiteral("version"), notice.version},
            {QStringLiteral("type"), notificationTypeName(notice.type)},
            {QStringLiteral("at"), iso(notice.at)},
            {QStringLiteral("due"), isoOrNull(notice.due)},
            {QStringLiteral("reason"), notice.reason},
    };
}

Outcome<CommandOutput> listNotifications(CommandContext &ctx)
{
    auto filter = filterOptions(ctx);
    COFFER_CLI_CHECK(filter);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto notices = (*vault)->notifications(*filter);
    COFFER_CLI_CHECK(notices);
    QJsonArray items;
    for (const Notification &notice : std::as_const(*notices))
        items.append(notificationJson(notice));
    CommandOutput out;
    out.value = items;
    using Show = TableColumn::Show;
    out.columns = {
            {QStringLiteral("At"), QStringLiteral("at"), Show::AsIs},
            {QStringLiteral("Kind"), QStringLiteral("kind"), Show::AsIs},
            {QStringLiteral("Name"), QStringLiteral("name"), Show::AsIs},
            {QStringLiteral("Type"), QStringLiteral("type"), Show::AsIs},
            {QStringLiteral("Version"), QStringLiteral("version"), Show::AsIs},
            {QStringLiteral("Reason"), QStringLiteral("reason"), Show::AsIs},
    };
    return out;
}

} // namespace

void registerNotificationCommands(CommandRegistry &registry)
{
    registry.addGroup({QStringLiteral("notifications")},
                      QStringLiteral("The notices of expiry, rotation and renewal of every kind."));
    CommandSpec list;
    list.path = {QStringLiteral("notifications"), QStringLiteral("list")};
    list.summary = QStringLiteral("List the notices: near expiry, expired, rotated, renewed, pending created.");
    list.details = QStringLiteral(
            "Newest first: {\"id\", \"kind\", \"name\", \"version\", \"type\", \"at\", \"due\", \"reason\"}. A "
            "near_expiry or expired notice is recorded once per version by 'coffer-cli rotate --due' (or the "
            "console); rotated and renewed ones by every rotation and renewal. Only the kinds you may list are "
            "shown. Notices are also audit records (SecretNearExpiryEventGridNotification, ...).");
    options::addUnlock(list);
    list.options += {
            {kSince, QStringLiteral("DATE"),
             QStringLiteral("only notices recorded at or after DATE (ISO 8601: 2026-01-31 or "
                            "2026-01-31T12:00:00Z)")},
            {kKind, QStringLiteral("secret|key|certificate"), QStringLiteral("only these kinds (several allowed)"),
             false, true, false, false, true},
            {kType, QStringLiteral("TYPE"), QStringLiteral("only these types (several allowed): ") + kTypeNames, false,
             true, false, false, true},
            {kName, QStringLiteral("NAME"), QStringLiteral("only the notices of objects with this name")},
            {kLimit, QStringLiteral("N"), QStringLiteral("at most N notices, the newest (default 1000)")},
    };
    list.examples = {
            QStringLiteral("coffer-cli notifications list --vault team-kv.coffer --passphrase-file pass.txt -o table"),
            QStringLiteral("coffer-cli notifications list --vault team-kv.coffer --passphrase-file pass.txt --type "
                           "near_expiry expired --since 2026-01-01"),
    };
    list.run = listNotifications;
    registry.add(std::move(list));
}

} // namespace coffer::cli
