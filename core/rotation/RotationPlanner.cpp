#include "core/rotation/RotationPlanner.h"

#include <QStringList>

#include <algorithm>
#include <numeric>

namespace coffer::rotation {

namespace {

struct Trigger
{
    ActionType type;
    TriggerKind kind;
    IsoDuration offset;
    QDateTime at;
    int index = 0; // in the effective lifetime actions

    QString reason() const
    {
        return kind == TriggerKind::AfterCreate ? QStringLiteral("%1 after creation").arg(offset.toDisplayString())
                                                : QStringLiteral("%1 before expiry").arg(offset.toDisplayString());
    }
    QString source() const
    {
        return QStringLiteral("lifetimeActions[%1].trigger.%2").arg(index).arg(triggerKindName(kind));
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
    for (int i = 0; i < actions.size(); ++i) {
        const LifetimeAction &action = actions.at(i);
        if (action.type != type)
            continue;
        // Notify is before expiry only (a timeAfterCreate on a Notify is invalid and ignored).
        if (action.trigger.timeAfterCreate && type == ActionType::Rotate) {
            const IsoDuration &after = *action.trigger.timeAfterCreate;
            consider({type, TriggerKind::AfterCreate, after, after.addTo(created), i});
        }
        if (action.trigger.timeBeforeExpiry && expires) {
            const IsoDuration &before = *action.trigger.timeBeforeExpiry;
            consider({type, TriggerKind::BeforeExpiry, before, before.subtractFrom(*expires), i});
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

QString noExpiryAfterRotationReason()
{
    return QStringLiteral("versions made by rotation get no expiry (the policy has no expiryTime); a before-expiry "
                          "rotation cannot fire for them");
}

struct Simulation
{
    Plan plan;
    QList<QDateTime> rotations;
};

Simulation simulate(const RotationPolicy &policy, const VersionTimes &current, const QDateTime &now, int count,
                    ObjectKind kind)
{
    Simulation out;
    Plan &plan = out.plan;
    const QList<LifetimeAction> actions = policy.effectiveLifetimeActions();
    QStringList reasons;
    if (!current.expires && hasBeforeExpiryTrigger(actions))
        reasons << RotationPlanner::noExpiryReason(kind);

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
            if (generation > 0 && !expires && hasBeforeExpiryTrigger(actions, ActionType::Rotate))
                reasons << noExpiryAfterRotationReason();
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

// ---- planWindow

constexpr int kMaxGenerations = 100000;

QString stamp(const QDateTime &time)
{
    return time.toString(Qt::ISODate);
}

// Collects the events that fall in [from, to]; spans (VersionValid, Overdue) when they overlap it.
class WindowEvents
{
public:
    WindowEvents(const QDateTime &from, const QDateTime &to)
        : m_from(from)
        , m_to(to)
    { }

    void add(PlanEvent event)
    {
        const bool span = event.kind == EventKind::VersionValid || event.kind == EventKind::Overdue;
        const bool inside = span ? event.at <= m_to && (!event.end || *event.end >= m_from)
                                 : event.at >= m_from && event.at <= m_to;
        if (inside)
            m_events << std::move(event);
    }

    // How many collected events lie strictly before `time` (every later generation's events come at or after it).
    qsizetype countBefore(const QDateTime &time) const
    {
        return std::count_if(m_events.begin(), m_events.end(),
                             [&time](const PlanEvent &event) { return event.at < time; });
    }

    QList<PlanEvent> take() { return std::move(m_events); }

private:
    QDateTime m_from;
    QDateTime m_to;
    QList<PlanEvent> m_events;
};

struct NearExpiryRule
{
    IsoDuration offset = IsoDuration::ofDays(30);
    QString source; // the Notify action's path, or empty for the built-in P30D
};

NearExpiryRule nearExpiryRule(const QList<LifetimeAction> &actions, bool defaults)
{
    for (int i = 0; i < actions.size(); ++i) {
        const LifetimeAction &action = actions.at(i);
        if (action.type == ActionType::Notify && action.trigger.timeBeforeExpiry) {
            return {*action.trigger.timeBeforeExpiry,
                    defaults ? QString()
                             : QStringLiteral("lifetimeActions[%1].trigger.%2")
                                       .arg(i)
                                       .arg(triggerKindName(TriggerKind::BeforeExpiry))};
        }
    }
    return {};
}

// What one version contributes by itself: validity, near expiry, expiry.
struct VersionFacts
{
    int version = -1;
    int generation = 0;
    QDateTime created;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> expires;
    QString validReason;
    QString validSource;
    QString expireSource;
};

void addFacts(WindowEvents &out, const VersionFacts &v, const NearExpiryRule &near, const QString &noun)
{
    const QDateTime validFrom = v.notBefore ? std::max(*v.notBefore, v.created) : v.created;
    out.add({EventKind::VersionValid, validFrom, v.expires, v.version, v.generation, v.validReason, v.validSource});
    if (!v.expires)
        return;
    out.add({EventKind::NearExpiry, std::max(near.offset.subtractFrom(*v.expires), v.created), std::nullopt, v.version,
             v.generation, QStringLiteral("the %1 version expires in %2").arg(noun, near.offset.toDisplayString()),
             near.source});
    out.add({EventKind::Expire, *v.expires, std::nullopt, v.version, v.generation,
             v.expireSource.isEmpty() ? QStringLiteral("the %1 version expires").arg(noun)
                                      : QStringLiteral("the %1 version made by rotation expires").arg(noun),
             v.expireSource});
}

} // namespace

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::VersionValid: return QStringLiteral("VersionValid");
    case EventKind::Rotate: return QStringLiteral("Rotate");
    case EventKind::Notify: return QStringLiteral("Notify");
    case EventKind::Expire: return QStringLiteral("Expire");
    case EventKind::NearExpiry: return QStringLiteral("NearExpiry");
    case EventKind::Overdue: return QStringLiteral("Overdue");
    case EventKind::Renew: return QStringLiteral("Renew");
    }
    return {};
}

WindowPlan RotationPlanner::planWindow(const RotationPolicy &policy, const QList<WindowVersion> &versions,
                                       const QDateTime &from, const QDateTime &to, const QDateTime &now,
                                       ObjectKind kind)
{
    WindowPlan result;
    if (versions.isEmpty())
        return result;
    const QString noun = kindNoun(kind);
    const QList<LifetimeAction> actions = policy.effectiveLifetimeActions();
    const bool defaults = policy.lifetimeActions.isEmpty();
    const NearExpiryRule near = nearExpiryRule(actions, defaults);
    WindowEvents out(from, to);

    // Oldest first; the current version is the last (the newest created, ties to the later in the list).
    QList<int> order(versions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&versions](int a, int b) { return versions.at(a).created < versions.at(b).created; });
    for (int rank = 0; rank < order.size(); ++rank) {
        const WindowVersion &v = versions.at(order.at(rank));
        if (!v.enabled)
            continue;
        const QString validReason = v.expires
                ? QStringLiteral("version of the %1 valid until %2").arg(noun, stamp(*v.expires))
                : QStringLiteral("version of the %1 valid, no expiry").arg(noun);
        addFacts(out,
                 {order.at(rank), rank - int(order.size()) + 1, v.created, v.notBefore, v.expires, validReason, {}, {}},
                 near, noun);
    }

    const WindowVersion &current = versions.at(order.last());
    QStringList reasons;
    if (!current.enabled) {
        reasons << disabledReason(kind);
    } else {
        if (!current.expires && hasBeforeExpiryTrigger(actions))
            reasons << noExpiryReason(kind);
        const auto reasonOf = [defaults](const Trigger &trigger) {
            return defaults ? trigger.reason() + QStringLiteral(" (default policy)") : trigger.reason();
        };
        const auto sourceOf = [defaults](const Trigger &trigger) { return defaults ? QString() : trigger.source(); };
        // Due now: the action at `now`, and an Overdue span from its due time when that is in the past.
        const auto addDue = [&](const Trigger &trigger) {
            const EventKind type = trigger.type == ActionType::Rotate ? EventKind::Rotate : EventKind::Notify;
            if (trigger.at < now) {
                out.add({EventKind::Overdue, trigger.at, now, order.last(), 0,
                         QStringLiteral("%1 due since %2 (%3)")
                                 .arg(actionTypeName(trigger.type), stamp(trigger.at), reasonOf(trigger)),
                         sourceOf(trigger)});
            }
            out.add({type, now, std::nullopt, order.last(), 0, reasonOf(trigger), sourceOf(trigger)});
        };

        QDateTime created = current.created;
        std::optional<QDateTime> expires = current.expires;
        for (int generation = 0;; ++generation) {
            const int version = generation == 0 ? order.last() : -1;
            const std::optional<Trigger> rotation = earliest(actions, ActionType::Rotate, created, expires);
            const std::optional<Trigger> notify = earliest(actions, ActionType::Notify, created, expires);
            const bool notifyFirst = notify && (!rotation || notify->at < rotation->at);
            if (generation == 0 && notify) {
                // As plan(): owed when not sent for this trigger time and it comes before the rotation or is due.
                const bool sent = current.lastNotified && *current.lastNotified >= notify->at;
                if (!sent && notify->at <= now)
                    addDue(*notify);
                else if (!sent && notifyFirst)
                    out.add({EventKind::Notify, notify->at, std::nullopt, version, 0, reasonOf(*notify),
                             sourceOf(*notify)});
            } else if (notifyFirst) {
                out.add({EventKind::Notify, std::max(notify->at, created), std::nullopt, version, generation,
                         reasonOf(*notify), sourceOf(*notify)});
            }

            if (!rotation) {
                if (generation > 0 && !expires && hasBeforeExpiryTrigger(actions, ActionType::Rotate))
                    reasons << noExpiryAfterRotationReason();
                break;
            }
            if (generation > 0 && rotation->at <= created)
                break; // an invalid policy would rotate forever at one instant (as plan())
            const bool isDue = generation == 0 && rotation->at <= now;
            const QDateTime rotateAt = isDue ? now : rotation->at;
            if (isDue)
                addDue(*rotation);
            else
                out.add({EventKind::Rotate, rotateAt, std::nullopt, version, generation, reasonOf(*rotation),
                         sourceOf(*rotation)});
            if (rotateAt > to)
                break;
            // The cap; and a guard for invalid policies (PT1S after create) that would otherwise step through
            // billions of versions before `to` (a valid policy, P7D at least, needs 100,000 steps for 1,900 years).
            if (out.countBefore(rotateAt) >= kMaxWindowEvents || generation >= kMaxGenerations) {
                result.truncated = true;
                break;
            }
            created = rotateAt;
            expires = newVersionExpiry(policy, rotateAt);
            addFacts(out,
                     {-1, generation + 1, created, std::nullopt, expires,
                      QStringLiteral("version of the %1 made by rotation (%2)").arg(noun, reasonOf(*rotation)),
                      sourceOf(*rotation), expires ? QStringLiteral("attributes.expiryTime") : QString()},
                     near, noun);
        }
    }

    result.events = out.take();
    std::stable_sort(result.events.begin(), result.events.end(), [](const PlanEvent &a, const PlanEvent &b) {
        if (a.at != b.at)
            return a.at < b.at;
        if (a.generation != b.generation)
            return a.generation < b.generation;
        return int(a.kind) < int(b.kind);
    });
    if (result.events.size() > kMaxWindowEvents) {
        result.truncated = true;
        result.events.resize(kMaxWindowEvents);
    }
    result.notScheduledReason = reasons.join(QStringLiteral("; "));
    return result;
}

Plan RotationPlanner::plan(const RotationPolicy &policy, const VersionTimes &current, const QDateTime &now,
                           int rotations, ObjectKind kind)
{
    return simulate(policy, current, now, rotations, kind).plan;
}

QList<QDateTime> RotationPlanner::nextRotations(const RotationPolicy &policy, const QDateTime &created,
                                                const std::optional<QDateTime> &expires, const QDateTime &now,
                                                int count)
{
    return simulate(policy, {created, expires, std::nullopt}, now, count, ObjectKind::Key).rotations;
}

std::optional<QDateTime> RotationPlanner::newVersionExpiry(const RotationPolicy &policy, const QDateTime &rotatedAt)
{
    if (!policy.expiryTime)
        return std::nullopt;
    return policy.expiryTime->addTo(rotatedAt);
}

QString RotationPlanner::noExpiryReason(ObjectKind kind)
{
    return QStringLiteral("the %1 has no expiry date; a before-expiry trigger cannot fire").arg(kindNoun(kind));
}

QString RotationPlanner::disabledReason(ObjectKind kind)
{
    return QStringLiteral("the current version of the %1 is disabled; nothing is rotated or notified until it is "
                          "enabled")
            .arg(kindNoun(kind));
}

QString RotationPlanner::kindNoun(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return QStringLiteral("secret");
    case ObjectKind::Key: return QStringLiteral("key");
    case ObjectKind::Certificate: return QStringLiteral("certificate");
    }
    return {};
}

} // namespace coffer::rotation
