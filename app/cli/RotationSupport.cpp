#include "app/cli/RotationSupport.h"

#include "app/cli/CommandContext.h"
#include "core/common/Clock.h"
#include "core/vault/ObjectTypes.h"

#include <QRegularExpression>

namespace coffer::cli::rotationcli {

QString kindName(ObjectKind kind)
{
    return objectKindTitle(kind);
}

QStringList words(const CommandContext &ctx, const QString &option)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList out;
    for (const QString &value : ctx.values(option))
        out += value.split(separators, Qt::SkipEmptyParts);
    return out;
}

Outcome<QList<ObjectKind>> kindsOption(const CommandContext &ctx)
{
    QList<ObjectKind> kinds;
    for (const QString &word : words(ctx, kKind)) {
        std::optional<ObjectKind> found;
        for (const ObjectKind kind : {ObjectKind::Secret, ObjectKind::Key, ObjectKind::Certificate})
            if (word.compare(kindName(kind), Qt::CaseInsensitive) == 0
                || word.compare(objectKindPath(kind), Qt::CaseInsensitive) == 0)
                found = kind;
        if (!found)
            return CliError::usage(
                    QStringLiteral("option --kind needs secret, key or certificate, not '%1'").arg(word));
        if (!kinds.contains(*found))
            kinds.append(*found);
    }
    return kinds;
}

Outcome<std::optional<QDateTime>> dateOption(const CommandContext &ctx, const QString &option, bool endOfDay)
{
    if (!ctx.has(option))
        return std::optional<QDateTime>();
    const QString text = ctx.value(option).trimmed();
    if (text.compare(u"now", Qt::CaseInsensitive) == 0)
        return std::optional<QDateTime>(ctx.clock().now().toUTC());
    auto parsed = objects::parseIsoDateTime(text);
    if (!parsed)
        return CliError::usage(QStringLiteral("option --%1 needs a date: %2").arg(option, parsed.error().context()),
                               QStringLiteral("give an ISO 8601 date or date-time with a zone: 2026-01-31, "
                                              "2026-01-31T14:00:00Z or 2026-01-31T16:00:00+02:00"));
    QDateTime time = *parsed;
    if (endOfDay && text.size() == 10)
        time = time.addDays(1);
    return std::optional<QDateTime>(time);
}

QString iso(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODate);
}

QJsonValue isoOrNull(const std::optional<QDateTime> &time)
{
    if (!time || !time->isValid())
        return QJsonValue(QJsonValue::Null);
    return iso(*time);
}

QString systemdInvocationId()
{
    const QString id = qEnvironmentVariable("INVOCATION_ID").trimmed();
    static const QRegularExpression hex128(QStringLiteral("^[0-9a-fA-F]{32}$"));
    return hex128.match(id).hasMatch() ? id.toLower() : QString();
}

} // namespace coffer::cli::rotationcli
