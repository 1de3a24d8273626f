// The one schedule's reads (two statements per kind) and the plan of one key or secret (RotationPlanner).

#include "core/vault/DueSchedule.h"

#include "core/rotation/SecretRotationPolicy.h"
#include "core/storage/Database.h"
#include "core/vault/CertificatePolicy.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace coffer::duesched {

using rotation::ActionType;
using rotation::EventKind;
using rotation::PlanEvent;
using rotation::RotationPlanner;
using rotation::RotationPolicy;

namespace {

QDateTime fromSecs(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}

// Every version of every live object of one kind (keys and secrets whose current version a certificate manages
// are left out: their lifetime is the certificate's), with the two notices the planner needs.
constexpr const char *kObjectVersions
        = "SELECT o.id, o.name, o.current_version, v.id, v.version, v.enabled, v.created, v.nbf, v.exp,"
          " (SELECT n.at FROM notifications n WHERE n.version_id = v.id AND n.type = 'near_expiry'),"
          " EXISTS (SELECT 1 FROM notifications e WHERE e.version_id = v.id AND e.type = 'expired')"
          " FROM objects o JOIN versions cur ON cur.id = o.current_version"
          " JOIN versions v ON v.object_id = o.id"
          " WHERE o.kind = ? AND o.deleted_at IS NULL AND cur.managed = 0"
          " ORDER BY o.name_key, v.id";
constexpr const char *kCertificateVersions
        = "SELECT o.id, o.name, o.current_version, v.id, v.version, v.enabled, v.created, c.not_before, c.not_after,"
          " (SELECT n.at FROM notifications n WHERE n.version_id = v.id AND n.type = 'near_expiry'),"
          " EXISTS (SELECT 1 FROM notifications e WHERE e.version_id = v.id AND e.type = 'expired')"
          " FROM objects o JOIN versions v ON v.object_id = o.id"
          " JOIN certificate_versions c ON c.version_id = v.id"
          " WHERE o.kind = 2 AND o.deleted_at IS NULL"
          " ORDER BY o.name_key, v.id";
constexpr const char *kRotationPolicies = "SELECT p.object_id, p.policy FROM rotation_policies p"
                                          " JOIN objects o ON o.id = p.object_id"
                                          " WHERE o.kind = ? AND o.deleted_at IS NULL";
constexpr const char *kCertificatePolicies = "SELECT p.object_id, p.policy FROM certificate_policies p"
                                             " JOIN objects o ON o.id = p.object_id"
                                             " WHERE o.kind = 2 AND o.deleted_at IS NULL";

void applyPolicy(LoadedObject &object, const QString &json)
{
    object.hasPolicy = true;
    const QJsonObject parsed = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString noun = RotationPlanner::kindNoun(object.kind);
    const auto unreadable = [&](const QString &why) {
        object.policyError
                = QStringLiteral("the stored %1 of the %2 cannot be read (%3); nothing is planned for it until the "
                                 "policy is set again")
                          .arg(object.kind == ObjectKind::Certificate ? QStringLiteral("policy")
                                                                      : QStringLiteral("rotation policy"),
                               noun, why);
    };
    switch (object.kind) {
    case ObjectKind::Secret:
        if (auto policy = rotation::SecretRotationPolicy::fromJson(parsed)) {
            object.policy = policy->schedule;
            object.generator = policy->generator;
        } else {
            unreadable(policy.error().context());
        }
        return;
    case ObjectKind::Key:
        if (auto policy = RotationPolicy::fromJson(parsed))
            object.policy = *policy;
        else
            unreadable(policy.error().context());
        return;
    case ObjectKind::Certificate:
        if (auto policy = CertificatePolicy::fromJson(parsed)) {
            object.lifetimeActions = policy->lifetimeActions;
            object.selfIssued = policy->issuer == IssuerKind::Self;
        } else {
            unreadable(policy.error().context());
        }
        return;
    }
}

// The Notify action's offset (the near-expiry window), or the built-in 30 days.
rotation::IsoDuration nearExpiryOffset(const RotationPolicy &policy)
{
    for (const rotation::LifetimeAction &action : policy.effectiveLifetimeActions())
        if (action.type == ActionType::Notify && action.trigger.timeBeforeExpiry)
            return *action.trigger.timeBeforeExpiry;
    return rotation::IsoDuration::ofDays(30);
}

QString rotationPolicySummary(const LoadedObject &object)
{
    QStringList parts;
    for (const rotation::LifetimeAction &action : object.policy.effectiveLifetimeActions()) {
        const QString verb = action.type == ActionType::Rotate ? QStringLiteral("rotate") : QStringLiteral("notify");
        if (action.trigger.timeAfterCreate)
            parts << QStringLiteral("%1 %2 after creation")
                             .arg(verb, action.trigger.timeAfterCreate->toDisplayString());
        else if (action.trigger.timeBeforeExpiry)
            parts << QStringLiteral("%1 %2 before expiry")
                             .arg(verb, action.trigger.timeBeforeExpiry->toDisplayString());
    }
    if (object.policy.expiryTime)
        parts << QStringLiteral("new versions expire %1 after rotation")
                         .arg(object.policy.expiryTime->toDisplayString());
    if (object.generator) {
        const rotation::SecretGenerator &g = *object.generator;
        parts << (g.kind == rotation::GeneratorKind::Password
                          ? QStringLiteral("new values: %1-character passwords").arg(g.length)
                          : QStringLiteral("new values: %1 random bytes").arg(g.length));
    }
    const QString text = parts.join(QStringLiteral("; "));
    return object.hasPolicy ? text : QStringLiteral("default policy: ") + text;
}

struct Current
{
    const LoadedVersion *version = nullptr;
    rotation::Plan plan;
};

// The current version's plan (RotationPlanner::plan, as the stores' rotateDue runs it).
Current currentPlan(const LoadedObject &object, const QDateTime &now)
{
    Current out;
    out.version = object.currentVersion();
    if (!out.version || !out.version->info.enabled || !object.policyError.isEmpty())
        return out;
    const rotation::VersionTimes times {out.version->info.created, out.version->info.expires,
                                        out.version->nearExpiryAt};
    out.plan = RotationPlanner::plan(object.policy, times, now, 1, object.kind);
    return out;
}

void keepEarliest(std::optional<QDateTime> &slot, const QDateTime &time)
{
    if (!slot || time < *slot)
        slot = time;
}

} // namespace

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

void EventWindow::add(PlanEvent event)
{
    const bool span = event.kind == EventKind::VersionValid || event.kind == EventKind::Overdue;
    const bool inside
            = span ? event.at <= m_to && (!event.end || *event.end >= m_from) : event.at >= m_from && event.at <= m_to;
    if (inside)
        m_events << std::move(event);
}

qsizetype EventWindow::countBefore(const QDateTime &time) const
{
    return std::count_if(m_events.cbegin(), m_events.cend(), [&time](const PlanEvent &e) { return e.at < time; });
}

QList<PlanEvent> EventWindow::take(bool &truncated)
{
    QList<PlanEvent> events = std::move(m_events);
    std::stable_sort(events.begin(), events.end(), [](const PlanEvent &a, const PlanEvent &b) {
        if (a.at != b.at)
            return a.at < b.at;
        if (a.generation != b.generation)
            return a.generation < b.generation;
        return int(a.kind) < int(b.kind);
    });
    if (events.size() > RotationPlanner::kMaxWindowEvents) {
        truncated = true;
        events.resize(RotationPlanner::kMaxWindowEvents);
    }
    return events;
}

Result<QList<LoadedObject>> load(storage::Database &db, ObjectKind kind)
{
    const bool certificates = kind == ObjectKind::Certificate;
    QHash<qint64, QString> policies;
    {
        auto stmt = db.prepare(certificates ? kCertificatePolicies : kRotationPolicies);
        if (!stmt)
            return stmt.error();
        if (!certificates)
            stmt->bind(1, qint64(kind));
        COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) { policies.insert(s.int64(0), s.text(1)); }));
    }
    auto stmt = db.prepare(certificates ? kCertificateVersions : kObjectVersions);
    if (!stmt)
        return stmt.error();
    if (!certificates)
        stmt->bind(1, qint64(kind));
    QList<LoadedObject> out;
    qint64 objectId = -1;
    COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) {
        if (out.isEmpty() || s.int64(0) != objectId) {
            objectId = s.int64(0);
            LoadedObject object;
            object.kind = kind;
            object.name = s.text(1);
            if (const auto policy = policies.constFind(objectId); policy != policies.cend())
                applyPolicy(object, *policy);
            out.append(std::move(object));
        }
        LoadedObject &object = out.last();
        LoadedVersion v;
        v.row = s.int64(3);
        v.info.version = s.text(4);
        v.info.enabled = s.int64(5) != 0;
        v.info.created = fromSecs(s.int64(6));
        if (!s.isNull(7))
            v.info.notBefore = fromSecs(s.int64(7));
        if (!s.isNull(8))
            v.info.expires = fromSecs(s.int64(8));
        if (!s.isNull(9))
            v.nearExpiryAt = fromSecs(s.int64(9));
        v.expiredNoticed = s.int64(10) != 0;
        if (!s.isNull(2) && s.int64(2) == v.row)
            object.current = int(object.versions.size());
        object.versions.append(std::move(v));
    }));
    // An object without a current version (none is made that way) has nothing to plan.
    out.removeIf([](const LoadedObject &object) { return object.current < 0; });
    return out;
}

NextTimes nextTimes(const LoadedObject &object, const QDateTime &now)
{
    if (object.kind == ObjectKind::Certificate)
        return certificateNextTimes(object, now);
    NextTimes out;
    const Current current = currentPlan(object, now);
    if (!current.version || !current.version->info.enabled)
        return out; // a disabled current version: the runner does nothing for it
    out.dueNow = !current.plan.due.isEmpty();
    for (const rotation::PlannedAction &next : current.plan.next)
        keepEarliest(out.after, next.at);
    if (const auto &expires = current.version->info.expires) {
        if (*expires > now)
            keepEarliest(out.after, *expires);
        else if (!current.version->expiredNoticed)
            out.dueNow = true;
    }
    return out;
}

ScheduleEntry entry(const LoadedObject &object, const QDateTime &from, const QDateTime &to, const QDateTime &now)
{
    ScheduleEntry e;
    e.kind = object.kind;
    e.name = object.name;
    e.hasPolicy = object.hasPolicy;
    for (const LoadedVersion &v : object.versions)
        e.versions.append(v.info);
    const NextTimes next = nextTimes(object, now);
    if (next.dueNow)
        e.nextAction = now;
    else
        e.nextAction = next.after;
    if (object.kind == ObjectKind::Certificate) {
        e.policySummary = certificatePolicySummary(object);
        planCertificate(object, from, to, now, e);
        return e;
    }

    e.policySummary = rotationPolicySummary(object);
    QList<rotation::WindowVersion> versions;
    for (int i = 0; i < object.versions.size(); ++i) {
        const ScheduleVersion &v = object.versions.at(i).info;
        versions.append({v.created, v.notBefore, v.expires, v.enabled,
                         i == object.current ? object.versions.at(i).nearExpiryAt : std::nullopt});
    }
    const rotation::WindowPlan plan = RotationPlanner::planWindow(object.policy, versions, from, to, now, object.kind);
    e.events = plan.events;
    e.truncated = plan.truncated;
    e.notScheduledReason = plan.notScheduledReason;
    if (!object.policyError.isEmpty()) {
        // Only the versions' own facts: the runner reports this object as failed until the policy is set again.
        e.events.removeIf([](const PlanEvent &event) {
            return event.kind == EventKind::Rotate || event.kind == EventKind::Notify
                    || event.kind == EventKind::Overdue || event.generation > 0;
        });
        e.notScheduledReason = object.policyError;
    }

    const Current current = currentPlan(object, now);
    const ScheduleVersion &v = current.version->info;
    const bool rotationDue = std::any_of(current.plan.due.cbegin(), current.plan.due.cend(),
                                         [](const rotation::DueAction &due) { return due.type == ActionType::Rotate; });
    if (!v.enabled)
        e.state = ScheduleState::Disabled;
    else if (rotationDue)
        e.state = ScheduleState::Overdue;
    else if (v.expires && *v.expires <= now)
        e.state = ScheduleState::Expired;
    else if (v.expires && nearExpiryOffset(object.policy).subtractFrom(*v.expires) <= now)
        e.state = ScheduleState::Soon;
    else
        e.state = ScheduleState::Ok;
    return e;
}

} // namespace coffer::duesched
