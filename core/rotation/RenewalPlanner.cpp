#include "core/rotation/RenewalPlanner.h"

#include <QStringList>

namespace coffer::rotation {

namespace {

constexpr qint64 kSecondsPerDay = 24 * 60 * 60;

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString triggerText(const CertificateLifetimeAction &action, const QDateTime &at)
{
    if (action.lifetimePercentage)
        return QStringLiteral("%1% of its lifetime (%2)").arg(*action.lifetimePercentage).arg(timeText(at));
    return QStringLiteral("%1 days before expiry (%2)").arg(action.daysBeforeExpiry.value_or(0)).arg(timeText(at));
}

void keepEarliest(std::optional<QDateTime> &slot, const QDateTime &time)
{
    if (!slot || time < *slot)
        slot = time;
}

} // namespace

QString lifetimeActionTypeName(LifetimeActionType type)
{
    switch (type) {
    case LifetimeActionType::EmailContacts: return QStringLiteral("EmailContacts");
    case LifetimeActionType::AutoRenew: return QStringLiteral("AutoRenew");
    }
    return {};
}

QDateTime triggerTime(const CertificateLifetimeAction &action, const CertificateTimes &times)
{
    const QDateTime notBefore = times.notBefore.toUTC();
    const QDateTime notAfter = times.notAfter.toUTC();
    if (!notBefore.isValid() || !notAfter.isValid())
        return {};
    if (action.lifetimePercentage) {
        const qint64 lifetime = notBefore.secsTo(notAfter);
        if (lifetime <= 0)
            return notBefore;
        // Integer arithmetic, floor (50% of a 3-second lifetime is +1 s); no overflow for any X.509 lifetime.
        return notBefore.addSecs(lifetime * *action.lifetimePercentage / 100);
    }
    if (action.daysBeforeExpiry)
        return notAfter.addSecs(-qint64(*action.daysBeforeExpiry) * kSecondsPerDay);
    return {};
}

RenewalPlan planRenewal(const QList<CertificateLifetimeAction> &actions, bool selfIssued, const CertificateTimes &times,
                        const QDateTime &now)
{
    RenewalPlan plan;
    QStringList reasons;
    const QDateTime at = now.toUTC();
    for (const CertificateLifetimeAction &action : actions) {
        const QDateTime trigger = triggerTime(action, times);
        if (!trigger.isValid()) {
            reasons << QStringLiteral("%1 has no trigger (lifetime_percentage or days_before_expiry): ignored")
                               .arg(lifetimeActionTypeName(action.action));
            continue;
        }
        const bool reached = at >= trigger;
        if (action.action == LifetimeActionType::AutoRenew && selfIssued) {
            keepEarliest(plan.renewAt, trigger);
            plan.renewDue = plan.renewDue || reached;
            reasons << QStringLiteral("AutoRenew at %1%2")
                               .arg(triggerText(action, trigger), reached ? QStringLiteral(": due") : QString());
            continue;
        }
        keepEarliest(plan.notifyAt, trigger);
        const bool due = reached && !times.notifiedAt;
        plan.notifyDue = plan.notifyDue || due;
        QString state;
        if (due)
            state = QStringLiteral(": due");
        else if (reached)
            state = QStringLiteral(": already notified (%1)").arg(timeText(*times.notifiedAt));
        if (action.action == LifetimeActionType::AutoRenew) {
            reasons << QStringLiteral("AutoRenew needs issuer Self (the issuer is Unknown: merge a new signed "
                                      "certificate): notify only, at %1%2")
                               .arg(triggerText(action, trigger), state);
        } else {
            reasons << QStringLiteral("EmailContacts at %1%2").arg(triggerText(action, trigger), state);
        }
    }
    plan.reason = reasons.isEmpty() ? QStringLiteral("no lifetime action") : reasons.join(QStringLiteral("; "));
    return plan;
}

} // namespace coffer::rotation
