#pragma once

#include "core/rotation/IsoDuration.h"
#include "core/rotation/RotationPolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace coffer::rotation {

// What the planner needs to know about the current (newest) version of one object. UTC, whole seconds.
struct VersionTimes
{
    QDateTime created;
    std::optional<QDateTime> expires;
    // When the last Notify for this version was sent, if any. A notification counts as sent for the current
    // trigger time when lastNotified >= that time; if the version's expiry was later moved out, the trigger time
    // moves with it and the notification is due again.
    std::optional<QDateTime> lastNotified;
};

// An action whose time has come.
struct DueAction
{
    ActionType type = ActionType::Rotate;
    TriggerKind trigger = TriggerKind::AfterCreate;
    IsoDuration offset; // the trigger's duration
    QDateTime dueSince; // when it became due (may be before now: overdue)
    QString reason; // English: "90 days after creation", "30 days before expiry"

    friend bool operator==(const DueAction &, const DueAction &) = default;
};

// An action still to come, from a simulation in which each rotation makes a new version at its due time.
struct PlannedAction
{
    ActionType type = ActionType::Rotate;
    TriggerKind trigger = TriggerKind::AfterCreate;
    IsoDuration offset;
    QDateTime at;
    int generation = 0; // 0 = the current version, 1 = the version the next rotation makes, ...
    QString reason;

    friend bool operator==(const PlannedAction &, const PlannedAction &) = default;
};

struct Plan
{
    QList<DueAction> due; // in time order (a Rotate before a Notify due at the same second)
    QList<PlannedAction> next; // strictly after now, in time order
    QString notScheduledReason; // why an action of the policy cannot fire; empty when none is blocked
};

// Pure: no clock, no database. The policy's effective actions are used (an empty list = Azure's default policy).
// The policy is not validated here; an invalid one still plans sensibly (e.g. two Rotate triggers: the earlier
// wins), so validate before storing it.
class RotationPlanner
{
public:
    // The current version's due actions and the coming ones.
    // - Rotate is due when now >= created + timeAfterCreate or now >= expires − timeBeforeExpiry; when both
    //   triggers (or two Rotate actions) apply, the earlier time wins. At most one Rotate is due per version:
    //   the next one belongs to the version that rotation makes.
    // - Notify is due when now >= expires − timeBeforeExpiry and it was not already sent for this version.
    // - A before-expiry trigger on a version without expiry never fires: notScheduledReason says so.
    // - `next` simulates the coming versions: a rotation that is due already is taken to happen at `now`; each
    //   new version is created at its rotation time and expires at newVersionExpiry(). It lists Notify actions
    //   that fire before their version is rotated and stops after `rotations` rotations (counting a due one).
    static Plan plan(const RotationPolicy &policy, const VersionTimes &current, const QDateTime &now,
                     int rotations = 3);

    // The times of the next `count` rotations, from the same simulation (a due rotation counts as `now`).
    // Fewer when the policy has no Rotate action that can fire.
    static QList<QDateTime> nextRotations(const RotationPolicy &policy, const QDateTime &created,
                                          const std::optional<QDateTime> &expires, const QDateTime &now, int count = 3);

    // The expiry of a version made by rotation at `rotatedAt`: rotatedAt + expiryTime, or none.
    static std::optional<QDateTime> newVersionExpiry(const RotationPolicy &policy, const QDateTime &rotatedAt);

    // "the key has no expiry date; a before-expiry trigger cannot fire"
    static QString noExpiryReason();
};

} // namespace coffer::rotation
