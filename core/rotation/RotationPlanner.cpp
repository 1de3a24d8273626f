#include "core/rotation/RotationPlanner.h"

#include <QStringList>

#include <algorithm>

namespace coffer::rotation {

namespace {

struct Trigger
{
    ActionType type;
    TriggerKind kind;
    IsoDuration offset;
    QDateTime at;

    QString reason() const
    {
        return kind == TriggerKind::AfterCreate ? QStringLiteral("%1 after creation").arg(offset.toDisplayString())
                                                : QStringLiteral("%1 before expiry").arg(offset.toDisplayString());
    }
};

// The earliest trigger of the given action type for a version, if any can fire. Ties go to the earlier action
// in the policy and to timeAfterCreate within one action.
std::optional<Trigger> earliest(const QList<LifetimeAction> &actions, ActionType type, const QDateTime &created,
                                const std::optional<QDateTime> &expires)
{
    std::optional<Trigger> best;
    const auto consider = [&best](Trigger candidate) {
        if (!best || candidate.at < best->at)
            best = std::move(candidate);
    };
    for (const LifetimeAction &action : actions) {
        if (action.type != type)
            continue;
        // Notify is before expiry only (a timeAfterCreate on a Notify is invalid and ignored).
        if (action.trigger.timeAfterCreate && type == ActionType::Rotate) {
            const IsoDuration &after = *action.trigger.timeAfterCreate;
            consider({type, TriggerKind::AfterCreate, after, after.addTo(created)});
        }
        if (action.trigger.timeBeforeExpiry && expires) {
            const IsoDuration &before = *action.trigger.timeBeforeExpiry;
            consider({type, TriggerKind::BeforeExpiry, before, before.subtractFrom(*expires)});
        }
    }
    return best;
}

bool hasBeforeExpiryTrigger(const QList<LifetimeAction> &actions, std::optional<ActionType> type = std::nullopt)
{
    return std::any_of(actions.begin(), actions.end(), [type](const LifetimeAction &action) {
        return action.trigger.timeBeforeExpiry && (!type || action.type == *type);
    });
}

PlannedAction planned(const Trigger &trigger, const QDateTime &at, int generation)
{
    return {trigger.type, trigger.kind, trigger.offset, at, generation, trigger.reason()};
}

DueAction due(const Trigger &trigger)
{
    return {trigger.type, trigger.kind, trigger.offset, trigger.at, trigger.reason()};
}

struct Simulation
{
    Plan plan;
    QList<QDateTime> rotations;
};

Simulation simulate(const RotationPolicy &policy, const VersionTimes &current, const QDateTime &now, int count)
{
    Simulation out;
    Plan &plan = out.plan;
    const QList<LifetimeAction> actions = policy.effectiveLifetimeActions();
    QStringList reasons;
    if (!current.expires && hasBeforeExpiryTrigger(actions))
        reasons << RotationPlanner::noExpiryReason();

    QDateTime created = current.created;
    std::optional<QDateTime> expires = current.expires;
    for (int generation = 0; generation == 0 || out.rotations.size() < count; ++generation) {
        const std::optional<Trigger> rotation = earliest(actions, ActionType::Rotate, created, expires);
        const std::optional<Trigger> notify = earliest(actions, ActionType::Notify, created, expires);

        if (notify && (!rotation || notify->at < rotation->at)) {
            if (generation == 0) {
                const bool sent = current.lastNotified && *current.lastNotified >= notify->at;
                if (!sent && notify->at <= now)
                    plan.due << due(*notify);
                else if (!sent)
                    plan.next << planned(*notify, notify->at, 0);
            } else {
                // A new version whose notify time is already behind its creation is notified at creation.
                plan.next << planned(*notify, std::max(notify->at, created), generation);
            }
        } else if (generation == 0 && notify && notify->at <= now) {
            // The rotation is due too (it comes no later): the notification is still owed for this version.
            if (!(current.lastNotified && *current.lastNotified >= notify->at))
                plan.due << due(*notify);
        }

        if (!rotation) {
            if (generation > 0 && !expires && hasBeforeExpiryTrigger(actions, ActionType::Rotate)) {
                reasons << QStringLiteral("versions made by rotation get no expiry (the policy has no expiryTime); "
                                          "a before-expiry rotation cannot fire for them");
            }
            break;
        }
        if (generation > 0 && rotation->at <= created)
            break; // an invalid policy (timeBeforeExpiry >= expiryTime) would rotate forever at one instant
        const bool isDue = generation == 0 && rotation->at <= now;
        if (isDue)
            plan.due.prepend(due(*rotation)); // the only Rotate due for this version
        if (out.rotations.size() >= count)
            break;
        const QDateTime rotateAt = isDue ? now : rotation->at;
        if (!isDue)
            plan.next << planned(*rotation, rotateAt, generation);
        out.rotations << rotateAt;
        created = rotateAt;
        expires = RotationPlanner::newVersionExpiry(policy, rotateAt);
    }

    std::stable_sort(plan.due.begin(), plan.due.end(),
                     [](const DueAction &a, const DueAction &b) { return a.dueSince < b.dueSince; });
    std::stable_sort(plan.next.begin(), plan.next.end(),
                     [](const PlannedAction &a, const PlannedAction &b) { return a.at < b.at; });
    plan.notScheduledReason = reasons.join(QStringLiteral("; "));
    return out;
}

} // namespace

Plan RotationPlanner::plan(const RotationPolicy &policy, const VersionTimes &current, const QDateTime &now,
                           int rotations)
{
    return simulate(policy, current, now, rotations).plan;
}

QList<QDateTime> RotationPlanner::nextRotations(const RotationPolicy &policy, const QDateTime &created,
                                                const std::optional<QDateTime> &expires, const QDateTime &now,
                                                int count)
{
    return simulate(policy, {created, expires, std::nullopt}, now, count).rotations;
}

std::optional<QDateTime> RotationPlanner::newVersionExpiry(const RotationPolicy &policy, const QDateTime &rotatedAt)
{
    if (!policy.expiryTime)
        return std::nullopt;
    return policy.expiryTime->addTo(rotatedAt);
}

QString RotationPlanner::noExpiryReason()
{
    return QStringLiteral("the key has no expiry date; a before-expiry trigger cannot fire");
}

} // namespace coffer::rotation
