// The plan of one certificate for the one schedule: its versions' validity, EmailContacts notices and AutoRenew
// renewals (rotation::planRenewal and rotation::triggerTime, as CertificateStore::renewDue runs them), and the
// renewals after those, each renewed version taken to last as long as the current one.

#include "core/rotation/RenewalPlanner.h"
#include "core/vault/DueSchedule.h"

#include <QStringList>

#include <algorithm>

namespace coffer::duesched {

using rotation::CertificateLifetimeAction;
using rotation::CertificateTimes;
using rotation::EventKind;
using rotation::LifetimeActionType;
using rotation::PlanEvent;
using rotation::RotationPlanner;

namespace {

constexpr int kMaxGenerations = 100000;

struct Trigger
{
    QDateTime at;
    int index = -1; // into the policy's lifetime actions
};

bool renews(const CertificateLifetimeAction &action, bool selfIssued)
{
    return action.action == LifetimeActionType::AutoRenew && selfIssued;
}

// The earliest trigger among the actions that renew (AutoRenew of a self-issued certificate) or, with renew
// false, among those that notify (EmailContacts, and AutoRenew of another issuer: planRenewal's rule).
std::optional<Trigger> earliest(const LoadedObject &object, bool renew, const CertificateTimes &times)
{
    std::optional<Trigger> out;
    for (int i = 0; i < object.lifetimeActions.size(); ++i) {
        const CertificateLifetimeAction &action = object.lifetimeActions.at(i);
        if (renews(action, object.selfIssued) != renew)
            continue;
        const QDateTime at = rotation::triggerTime(action, times);
        if (at.isValid() && (!out || at < out->at))
            out = Trigger {at, i};
    }
    return out;
}

QString reasonOf(const LoadedObject &object, const Trigger &trigger)
{
    const CertificateLifetimeAction &action = object.lifetimeActions.at(trigger.index);
    const QString when = action.lifetimePercentage
            ? QStringLiteral("%1% of its lifetime").arg(*action.lifetimePercentage)
            : QStringLiteral("%1 days before expiry").arg(action.daysBeforeExpiry.value_or(0));
    return QStringLiteral("%1 at %2").arg(rotation::lifetimeActionTypeName(action.action), when);
}

QString sourceOf(const LoadedObject &object, const Trigger &trigger)
{
    const CertificateLifetimeAction &action = object.lifetimeActions.at(trigger.index);
    return QStringLiteral("lifetime_actions[%1].trigger.%2")
            .arg(trigger.index)
            .arg(action.lifetimePercentage ? QStringLiteral("lifetime_percentage")
                                           : QStringLiteral("days_before_expiry"));
}

CertificateTimes timesOf(const LoadedVersion &v)
{
    return {v.info.notBefore.value_or(v.info.created), v.info.expires.value_or(v.info.created), v.nearExpiryAt};
}

// When the version enters its near-expiry window: the first notifying action, else 30 days before expiry.
QDateTime nearExpiryAt(const LoadedObject &object, const CertificateTimes &times)
{
    if (const auto notify = earliest(object, false, times))
        return notify->at;
    return times.notAfter.addDays(-30);
}

void addFacts(EventWindow &out, const LoadedObject &object, const CertificateTimes &times, const QDateTime &created,
              int version, int generation, const QString &validReason)
{
    const QDateTime validFrom = std::max(created, times.notBefore);
    out.add({EventKind::VersionValid, validFrom, times.notAfter, version, generation, validReason, {}});
    if (const auto notify = earliest(object, false, times))
        out.add({EventKind::NearExpiry, std::max(notify->at, validFrom), std::nullopt, version, generation,
                 QStringLiteral("the certificate version nears its expiry (%1)").arg(reasonOf(object, *notify)),
                 sourceOf(object, *notify)});
    else
        out.add({EventKind::NearExpiry,
                 std::max(times.notAfter.addDays(-30), validFrom),
                 std::nullopt,
                 version,
                 generation,
                 QStringLiteral("the certificate version expires in 30 days"),
                 {}});
    out.add({EventKind::Expire,
             times.notAfter,
             std::nullopt,
             version,
             generation,
             QStringLiteral("the certificate version expires"),
             {}});
}

} // namespace

QString certificatePolicySummary(const LoadedObject &object)
{
    if (!object.hasPolicy)
        return QStringLiteral("no policy: nothing renews the certificate");
    QStringList parts;
    for (int i = 0; i < object.lifetimeActions.size(); ++i)
        parts << reasonOf(object, {QDateTime(), i});
    if (parts.isEmpty())
        parts << QStringLiteral("no lifetime action");
    parts << (object.selfIssued ? QStringLiteral("issuer Self") : QStringLiteral("issuer Unknown"));
    return parts.join(QStringLiteral("; "));
}

NextTimes certificateNextTimes(const LoadedObject &object, const QDateTime &now)
{
    NextTimes out;
    const LoadedVersion *current = object.currentVersion();
    if (!current || !current->info.enabled)
        return out;
    const CertificateTimes times = timesOf(*current);
    if (object.policyError.isEmpty()) {
        const rotation::RenewalPlan plan = rotation::planRenewal(object.lifetimeActions, object.selfIssued, times, now);
        out.dueNow = plan.renewDue || plan.notifyDue;
        if (plan.renewAt && *plan.renewAt > now)
            out.after = plan.renewAt;
        if (plan.notifyAt && *plan.notifyAt > now && !times.notifiedAt && (!out.after || *plan.notifyAt < *out.after))
            out.after = plan.notifyAt;
    }
    if (times.notAfter > now) {
        if (!out.after || times.notAfter < *out.after)
            out.after = times.notAfter;
    } else if (!current->expiredNoticed) {
        out.dueNow = true;
    }
    return out;
}

void planCertificate(const LoadedObject &object, const QDateTime &from, const QDateTime &to, const QDateTime &now,
                     ScheduleEntry &entry)
{
    EventWindow out(from, to);
    for (int i = 0; i < object.versions.size(); ++i) {
        const LoadedVersion &v = object.versions.at(i);
        if (v.info.enabled)
            addFacts(out, object, timesOf(v), v.info.created, i, i - object.current,
                     QStringLiteral("version of the certificate valid until %1").arg(stamp(timesOf(v).notAfter)));
    }

    const LoadedVersion &current = *object.currentVersion();
    const CertificateTimes times = timesOf(current);
    const rotation::RenewalPlan plan = rotation::planRenewal(object.lifetimeActions, object.selfIssued, times, now);
    const bool planned = current.info.enabled && object.policyError.isEmpty();
    QStringList reasons;
    if (!current.info.enabled)
        reasons << RotationPlanner::disabledReason(ObjectKind::Certificate);
    else if (!object.policyError.isEmpty())
        reasons << object.policyError;
    else if (!object.hasPolicy)
        reasons << QStringLiteral("the certificate has no policy: nothing renews it or notifies about it");
    else if (object.lifetimeActions.isEmpty())
        reasons << QStringLiteral("the certificate's policy has no lifetime action: nothing renews it");
    const bool autoRenew = std::any_of(
            object.lifetimeActions.cbegin(), object.lifetimeActions.cend(),
            [](const CertificateLifetimeAction &action) { return action.action == LifetimeActionType::AutoRenew; });
    if (planned && autoRenew && !object.selfIssued)
        reasons << QStringLiteral("AutoRenew needs issuer Self (the issuer is Unknown: merge a new signed certificate "
                                  "by hand); it is planned as a notice");

    if (planned) {
        const std::optional<Trigger> renew = earliest(object, true, times);
        const std::optional<Trigger> notify = earliest(object, false, times);
        // Due now: the action at `now`, and an Overdue span from its trigger time when that is in the past.
        const auto addDue = [&](EventKind kind, const Trigger &trigger) {
            if (trigger.at < now)
                out.add({EventKind::Overdue, trigger.at, now, object.current, 0,
                         QStringLiteral("%1 due since %2 (%3)")
                                 .arg(kind == EventKind::Renew ? QStringLiteral("Renew") : QStringLiteral("Notify"),
                                      stamp(trigger.at), reasonOf(object, trigger)),
                         sourceOf(object, trigger)});
            out.add({kind, now, std::nullopt, object.current, 0, reasonOf(object, trigger), sourceOf(object, trigger)});
        };
        // A notice, as the runner sends it: not when a renewal is due (the new version gets its own), once.
        if (notify && !plan.renewDue) {
            if (plan.notifyDue)
                addDue(EventKind::Notify, *notify);
            else if (!times.notifiedAt && notify->at > now && (!renew || notify->at < renew->at))
                out.add({EventKind::Notify, notify->at, std::nullopt, object.current, 0, reasonOf(object, *notify),
                         sourceOf(object, *notify)});
        }
        if (renew) {
            QDateTime made = plan.renewDue ? now : renew->at;
            if (plan.renewDue)
                addDue(EventKind::Renew, *renew);
            else
                out.add({EventKind::Renew, made, std::nullopt, object.current, 0, reasonOf(object, *renew),
                         sourceOf(object, *renew)});
            // The versions renewals make, each as long-lived as the current one, until `to`.
            const qint64 lifetime = times.notBefore.secsTo(times.notAfter);
            QString madeBy = reasonOf(object, *renew);
            for (int generation = 1; made <= to && lifetime > 0; ++generation) {
                if (out.countBefore(made) >= RotationPlanner::kMaxWindowEvents || generation >= kMaxGenerations) {
                    entry.truncated = true;
                    break;
                }
                const CertificateTimes next {made, made.addSecs(lifetime), std::nullopt};
                addFacts(out, object, next, made, -1, generation,
                         QStringLiteral("version of the certificate made by renewal (%1)").arg(madeBy));
                const std::optional<Trigger> nextRenew = earliest(object, true, next);
                const std::optional<Trigger> nextNotify = earliest(object, false, next);
                if (nextNotify && (!nextRenew || nextNotify->at < nextRenew->at))
                    out.add({EventKind::Notify, std::max(nextNotify->at, made), std::nullopt, -1, generation,
                             reasonOf(object, *nextNotify), sourceOf(object, *nextNotify)});
                if (!nextRenew || nextRenew->at <= made)
                    break;
                out.add({EventKind::Renew, nextRenew->at, std::nullopt, -1, generation, reasonOf(object, *nextRenew),
                         sourceOf(object, *nextRenew)});
                made = nextRenew->at;
                madeBy = reasonOf(object, *nextRenew);
            }
        }
    }

    bool truncated = entry.truncated;
    entry.events = out.take(truncated);
    entry.truncated = truncated;
    entry.notScheduledReason = reasons.join(QStringLiteral("; "));
    if (!current.info.enabled)
        entry.state = ScheduleState::Disabled;
    else if (planned && plan.renewDue)
        entry.state = ScheduleState::Overdue;
    else if (times.notAfter <= now)
        entry.state = ScheduleState::Expired;
    else if (nearExpiryAt(object, times) <= now)
        entry.state = ScheduleState::Soon;
    else
        entry.state = ScheduleState::Ok;
}

} // namespace coffer::duesched
