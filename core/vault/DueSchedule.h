#pragma once

// Core-internal: what the one schedule reads from vault.db and how it plans one object (DueRunner). Every kind is
// read with two statements, whatever the number of objects: one for the versions of all live objects (ordered by
// object, then version row) and one for their policies. Plain reads: callers authorize and record.

#include "core/common/ObjectKind.h"
#include "core/common/Result.h"
#include "core/rotation/RenewalPlanner.h"
#include "core/rotation/RotationPlanner.h"
#include "core/rotation/RotationPolicy.h"
#include "core/rotation/SecretGenerator.h"
#include "core/vault/ScheduleTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace coffer::storage {
class Database;
}

namespace coffer::duesched {

struct LoadedVersion
{
    qint64 row = 0; // versions.id
    ScheduleVersion info; // certificates: notBefore/expires are the X.509 not_before/not_after
    std::optional<QDateTime> nearExpiryAt; // when its near_expiry notice was recorded, if it was
    bool expiredNoticed = false; // its expired notice was recorded
};

// One live object of a kind (keys and secrets: not managed by a certificate).
struct LoadedObject
{
    ObjectKind kind = ObjectKind::Secret;
    QString name;
    QList<LoadedVersion> versions; // oldest first
    int current = -1; // index of objects.current_version in `versions`
    bool hasPolicy = false;
    QString policyError; // the stored policy cannot be read: nothing is planned, the reason says so
    // Keys and secrets: the stored policy's schedule, or RotationPolicy::defaultPolicy().
    rotation::RotationPolicy policy = rotation::RotationPolicy::defaultPolicy();
    std::optional<rotation::SecretGenerator> generator; // secrets
    // Certificates: the stored policy's lifetime actions and issuer.
    QList<rotation::CertificateLifetimeAction> lifetimeActions;
    bool selfIssued = true;

    const LoadedVersion *currentVersion() const { return current >= 0 ? &versions.at(current) : nullptr; }
};

Result<QList<LoadedObject>> load(storage::Database &db, ObjectKind kind);

// What the due runner would do for the object at `now` if nothing ran meanwhile.
struct NextTimes
{
    bool dueNow = false; // a rotation, renewal or notice is due at `now`
    std::optional<QDateTime> after; // the first action strictly after `now`
};
NextTimes nextTimes(const LoadedObject &object, const QDateTime &now);

// The object's entry in [from, to] planned at `now` (ScheduleTypes.h).
ScheduleEntry entry(const LoadedObject &object, const QDateTime &from, const QDateTime &to, const QDateTime &now);

// ---- shared by the kinds' planners (DueSchedule.cpp, DueCertificateSchedule.cpp)

// Collects the events that fall in [from, to]; spans (VersionValid, Overdue) when they overlap it. As
// RotationPlanner::planWindow does.
class EventWindow
{
public:
    EventWindow(const QDateTime &from, const QDateTime &to)
        : m_from(from)
        , m_to(to)
    { }
    void add(rotation::PlanEvent event);
    qsizetype countBefore(const QDateTime &time) const;
    // Sorted by (at, generation, kind), at most RotationPlanner::kMaxWindowEvents; `truncated` set when cut.
    QList<rotation::PlanEvent> take(bool &truncated);

private:
    QDateTime m_from;
    QDateTime m_to;
    QList<rotation::PlanEvent> m_events;
};

QString stamp(const QDateTime &time); // ISO 8601, UTC

// Certificates (DueCertificateSchedule.cpp).
NextTimes certificateNextTimes(const LoadedObject &object, const QDateTime &now);
void planCertificate(const LoadedObject &object, const QDateTime &from, const QDateTime &to, const QDateTime &now,
                     ScheduleEntry &entry);
QString certificatePolicySummary(const LoadedObject &object);

} // namespace coffer::duesched
