#pragma once

#include "core/common/ObjectKind.h"
#include "core/rotation/RotationPlanner.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The one schedule of every kind (issue 8): what rotates, renews, expires or is notified when, what the due run
// did, and the notices it left. Built by core/vault/DueRunner; reached through Vault::schedule, Vault::runDue and
// Vault::notifications. Plan: .dev/research/rotation.md.
namespace coffer {

// ---- Notices ---------------------------------------------------------------------------------------------------

// Stored in the notifications table (schema 7) as the text name; each fires once per version and type.
enum class NotificationType {
    NearExpiry, // a Notify (keys, secrets) or EmailContacts (certificates) action came due for the version
    Expired, // the version's expiry passed while it was the current version
    Rotated, // the version was made by a rotation (by hand or scheduled): the notice is on the new version
    Renewed, // the certificate version was made by a renewal (by hand or scheduled)
    PendingCreated, // a renewal of a certificate whose issuer is Unknown made a CSR waiting for its CA
};
QString notificationTypeName(NotificationType type); // "near_expiry", "expired", "rotated", "renewed",
                                                     // "pending_created" (the table's and the CLI's names)
std::optional<NotificationType> notificationTypeFromName(QStringView name); // case-insensitive

struct Notification
{
    qint64 id = 0; // the row id (increases with time of first recording)
    ObjectKind kind = ObjectKind::Secret;
    QString name;
    QString version; // the version it is about
    NotificationType type = NotificationType::NearExpiry;
    QDateTime at; // when it was recorded
    std::optional<QDateTime> due; // when it became due (near_expiry, expired), if known
    QString reason; // English: "30 days before expiry (2026-12-01 00:00 UTC)"; never a value
};

struct NotificationFilter
{
    std::optional<QDateTime> since; // at >= since
    QList<ObjectKind> kinds; // empty: every kind the caller may list
    QList<NotificationType> types; // empty: all
    QString name; // exact object name (case-insensitive); empty: all
    int limit = 1000; // newest first, at most this many
};

// ---- The schedule ------------------------------------------------------------------------------------------------

enum class ScheduleState {
    Ok, // nothing due, current version not within its near-expiry window
    Soon, // the current version expires within its near-expiry window (the policy's Notify offset, default 30 days)
    Expired, // the current version's expiry has passed
    Overdue, // a rotation or renewal was due and has not happened
    Disabled, // the current version is disabled: nothing runs for it
};
QString scheduleStateName(ScheduleState state); // "ok", "soon", "expired", "overdue", "disabled"

struct ScheduleVersion
{
    QString version;
    bool enabled = true;
    QDateTime created;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> expires;
};

struct ScheduleEntry
{
    ObjectKind kind = ObjectKind::Secret;
    QString name;
    // Every version, oldest first; PlanEvent::version indexes this list (-1: a version a planned rotation makes).
    QList<ScheduleVersion> versions;
    bool hasPolicy = false; // false: the default policy (keys, secrets: Notify P30D) or none (certificates)
    QString policySummary; // English: "rotate 90 days after creation; notify 30 days before expiry"
    QList<rotation::PlanEvent> events; // in [from, to], sorted (RotationPlanner::planWindow; Renew for certificates)
    bool truncated = false;
    QString notScheduledReason;
    ScheduleState state = ScheduleState::Ok;
    std::optional<QDateTime> nextAction; // the first Rotate/Renew/Notify/Expire at or after `now`
};

struct ScheduleQuery
{
    QDateTime from; // required, UTC
    QDateTime to; // required, > from; at most 10 years after from (InvalidArgument otherwise)
    // Time-shift: plan as if it were this time (later than the clock's now) and nothing ran meanwhile. Unset: now.
    std::optional<QDateTime> now;
    QList<ObjectKind> kinds; // empty: all kinds the caller may list
};

struct Schedule
{
    QDateTime from;
    QDateTime to;
    QDateTime now; // the time planned for (the clock's, or the query's time-shift)
    QList<ScheduleEntry> entries; // by kind (secrets, keys, certificates), then name
    QList<ObjectKind> hiddenKinds; // kinds the caller may not list: left out, not an error
};

// ---- A due run ---------------------------------------------------------------------------------------------------

struct DueOutcome
{
    ObjectKind kind = ObjectKind::Secret;
    QString name;
    enum class Action {
        Rotated, // keys, secrets: a new version (newVersion)
        Renewed, // certificates: a new version (newVersion)
        PendingCreated, // certificates with issuer Unknown: a CSR waits for its CA
        Notified, // a near-expiry notice (Notify / EmailContacts)
        ExpiredNotice, // an expired notice
        WouldRotate, // dry run
        WouldRenew,
        WouldNotify, // dry run: a near-expiry or expired notice
        Skipped, // not done on purpose: disabled current version, or another run or a person got there first
        Failed, // reason says what failed and what to do (HSM token absent, system principal denied, ...)
    } action
            = Action::Rotated;
    QString newVersion;
    QString reason; // why it was due, or the error (English; never a value)
};
QString dueActionName(DueOutcome::Action action); // "rotated", "renewed", "pending-created", "notified",
                                                  // "expired-notice", "would-rotate", "would-renew",
                                                  // "would-notify", "skipped", "failed"

struct DueRun
{
    bool dryRun = false;
    QDateTime at; // the clock's time of the run
    QList<DueOutcome> outcomes; // by kind (secrets, keys, certificates), then name; nothing due: empty
    std::optional<QDateTime> nextDue; // the earliest action still to come after this run (for timers)
    int count(DueOutcome::Action action) const;
    bool anyFailed() const { return count(DueOutcome::Action::Failed) > 0; }
};

} // namespace coffer
