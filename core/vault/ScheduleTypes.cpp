#include "core/vault/ScheduleTypes.h"

#include <algorithm>

namespace coffer {

namespace {
struct TypeName
{
    NotificationType type;
    const char *name;
};
constexpr TypeName kTypeNames[] = {
        {NotificationType::NearExpiry, "near_expiry"},
        {NotificationType::Expired, "expired"},
        {NotificationType::Rotated, "rotated"},
        {NotificationType::Renewed, "renewed"},
        {NotificationType::PendingCreated, "pending_created"},
};
} // namespace

QString notificationTypeName(NotificationType type)
{
    for (const TypeName &entry : kTypeNames)
        if (entry.type == type)
            return QLatin1StringView(entry.name);
    return {};
}

std::optional<NotificationType> notificationTypeFromName(QStringView name)
{
    for (const TypeName &entry : kTypeNames)
        if (name.compare(QLatin1StringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.type;
    return std::nullopt;
}

QString scheduleStateName(ScheduleState state)
{
    switch (state) {
    case ScheduleState::Ok: return QStringLiteral("ok");
    case ScheduleState::Soon: return QStringLiteral("soon");
    case ScheduleState::Expired: return QStringLiteral("expired");
    case ScheduleState::Overdue: return QStringLiteral("overdue");
    case ScheduleState::Disabled: return QStringLiteral("disabled");
    }
    return {};
}

QString dueActionName(DueOutcome::Action action)
{
    using A = DueOutcome::Action;
    switch (action) {
    case A::Rotated: return QStringLiteral("rotated");
    case A::Renewed: return QStringLiteral("renewed");
    case A::PendingCreated: return QStringLiteral("pending-created");
    case A::Notified: return QStringLiteral("notified");
    case A::ExpiredNotice: return QStringLiteral("expired-notice");
    case A::WouldRotate: return QStringLiteral("would-rotate");
    case A::WouldRenew: return QStringLiteral("would-renew");
    case A::WouldNotify: return QStringLiteral("would-notify");
    case A::Skipped: return QStringLiteral("skipped");
    case A::Failed: return QStringLiteral("failed");
    }
    return {};
}

int DueRun::count(DueOutcome::Action action) const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [action](const DueOutcome &outcome) { return outcome.action == action; }));
}

} // namespace coffer
