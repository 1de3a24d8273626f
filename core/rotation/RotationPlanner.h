#pragma once

#include "core/common/ObjectKind.h"
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

// One version of an object as planWindow needs it (a store fills it from its version rows). UTC, whole seconds.
struct WindowVersion
{
    QDateTime created;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> expires;
    bool enabled = true;
    // When the last Notify for this version was sent (the notifications table); only the current version's is
    // used, with VersionTimes::lastNotified's meaning (a moved expiry re-arms the notice).
    std::optional<QDateTime> lastNotified;
};

// What planWindow lists. Past facts: VersionValid, Expire, NearExpiry, Overdue. Actions still to perform (never
// before `now`): Rotate and Notify; one at `now` is due now (the runner performs exactly those).
enum class EventKind {
    VersionValid, // a version is usable: at = max(created, notBefore), end = its expiry (none: no expiry)
    Rotate, // a rotation of the version `generation` (the next version is created at `at`)
    Notify, // the policy's Notify action for the version `generation` (a notice is recorded at `at`)
    Expire, // the version's expiry passes
    NearExpiry, // the version enters "expiring soon": its expiry minus the policy's Notify offset (default P30D)
    Overdue, // a Rotate or Notify of the current version was due at `at` and has not happened by now (end = now)
    Renew, // a certificate's AutoRenew (RenewalPlanner; not made by planWindow, which plans keys and secrets)
};
QString eventKindName(EventKind kind); // "VersionValid", "Rotate", ...

struct PlanEvent
{
    EventKind kind = EventKind::VersionValid;
    QDateTime at;
    std::optional<QDateTime> end; // VersionValid: the expiry (none = open-ended); Overdue: now; else none
    int version = -1; // index into the versions passed to planWindow; -1 for a version a planned rotation makes
    int generation = 0; // 0 = the current version, 1, 2, ... = made by planned rotations, -1, -2, ... = older ones
    QString reason; // English, names the kind: "the secret version expires", "90 days after creation"
    QString source; // the policy JSON path causing it ("lifetimeActions[0].trigger.timeAfterCreate",
                    // "attributes.expiryTime"); empty when it comes from the version itself or a built-in default

    friend bool operator==(const PlanEvent &, const PlanEvent &) = default;
};

struct WindowPlan
{
    QList<PlanEvent> events; // sorted by (at, generation, kind); at most kMaxWindowEvents
    bool truncated = false; // more events fall in the window than kMaxWindowEvents: the earliest are kept
    QString notScheduledReason; // as Plan::notScheduledReason, or why the current version has nothing planned
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
    // `kind` only words notScheduledReason ("the key has no expiry date ...").
    static Plan plan(const RotationPolicy &policy, const VersionTimes &current, const QDateTime &now, int rotations = 3,
                     ObjectKind kind = ObjectKind::Key);

    static constexpr int kMaxWindowEvents = 1000;

    // Every event of one object in [from, to] (VersionValid and Overdue: when their span overlaps it), sorted.
    // - The current version is the newest `created` (ties: the later in `versions`); older versions get
    //   VersionValid, Expire and NearExpiry only. Disabled versions are not valid and get nothing; a disabled
    //   current version has nothing planned (the runner skips it) and notScheduledReason says so.
    // - The current version and the versions planned rotations make follow plan()'s simulation exactly: a due
    //   rotation or notice is placed at `now` (with an Overdue from its due time when that is before now), each
    //   rotation makes a version created at its time that expires at newVersionExpiry(); the Rotate times are
    //   nextRotations(policy, current.created, current.expires, now, n) for as many as fit before `to`.
    // - Stops at `to` or at kMaxWindowEvents events (truncated).
    // Pure. Time-shift: pass a later `now` to see what the runner would find then if nothing ran meanwhile
    // (overdue actions, expired versions); pass a later `to` to preview the schedule with every action on time.
    static WindowPlan planWindow(const RotationPolicy &policy, const QList<WindowVersion> &versions,
                                 const QDateTime &from, const QDateTime &to, const QDateTime &now, ObjectKind kind);

    // The times of the next `count` rotations, from the same simulation (a due rotation counts as `now`).
    // Fewer when the policy has no Rotate action that can fire.
    static QList<QDateTime> nextRotations(const RotationPolicy &policy, const QDateTime &created,
                                          const std::optional<QDateTime> &expires, const QDateTime &now, int count = 3);

    // The expiry of a version made by rotation at `rotatedAt`: rotatedAt + expiryTime, or none.
    static std::optional<QDateTime> newVersionExpiry(const RotationPolicy &policy, const QDateTime &rotatedAt);

    // "the key has no expiry date; a before-expiry trigger cannot fire" (the no-argument form: keys)
    static QString noExpiryReason(ObjectKind kind = ObjectKind::Key);
    // "the current version of the secret is disabled; nothing is rotated or notified until it is enabled"
    static QString disabledReason(ObjectKind kind);
    // "secret", "key", "certificate": the noun the planner's texts use
    static QString kindNoun(ObjectKind kind);
};

} // namespace coffer::rotation
