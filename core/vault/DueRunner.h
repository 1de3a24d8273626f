#pragma once

#include "core/common/Result.h"
#include "core/vault/ScheduleTypes.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace coffer {

class Vault;

// Core-internal: Vault::runDue, Vault::schedule and Vault::notifications (Vault.h documents them) over the
// vault's stores. Plan: .dev/research/rotation.md §4 and §5.
//
// runDue: inside Engine::runAsSystem, in this order, secrets().rotateDue, keys().rotateDue, certificates().renewDue,
// then an expired notice (<Kind>ExpiredEventGridNotification and a notices row, once per version) for every live
// object whose current version is enabled and past its expiry (certificates: not_after; keys and secrets managed
// by a certificate are left to it). A kind the system principal may not list (or whose run fails as a whole) is
// one Failed outcome with an empty name; the other kinds go on. Then the VaultRunDue record of the session's
// principal with the counts. Forbidden (recorded as VaultRunDue) when the vault has no system principal.
// DueRun::nextDue is the first action strictly after the run's time: what failed or was skipped now is tried
// again by the next run, not by a timer firing at once.
//
// schedule: InvalidArgument when from/to are missing, from >= to, or to is more than 10 years after from; a
// time-shift (query.now) must not be before the clock's now (a minute's slack for a caller that read the clock a
// moment ago; within it the clock's now is used). Times are taken as whole UTC seconds.
class DueRunner
{
public:
    explicit DueRunner(Vault &vault);

    Result<DueRun> run(bool dryRun);
    Result<Schedule> schedule(const ScheduleQuery &query);
    Result<QList<Notification>> notifications(const NotificationFilter &filter);

private:
    QList<DueOutcome> runActions(bool dryRun);
    void expiredNotices(ObjectKind kind, bool dryRun, QList<DueOutcome> &out);
    std::optional<QDateTime> nextDue(const QDateTime &after);
    // The kinds of `wanted` (empty: all) the session's principal may list; the others go to `hidden`.
    QList<ObjectKind> listableKinds(const QList<ObjectKind> &wanted, QList<ObjectKind> *hidden);

    Vault &m_vault;
};

} // namespace coffer
