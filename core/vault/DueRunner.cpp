// Vault::runDue, Vault::schedule and Vault::notifications: the one schedule of every kind (issue 8).

#include "core/vault/DueRunner.h"

#include "core/access/Engine.h"
#include "core/common/Log.h"
#include "core/rotation/RotationPlanner.h"
#include "core/storage/Database.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/DueSchedule.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Notifications.h"
#include "core/vault/ObjectTypes.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace coffer {

using access::Operation;
using access::Resource;
using Action = DueOutcome::Action;

namespace {

constexpr ObjectKind kKinds[] = {ObjectKind::Secret, ObjectKind::Key, ObjectKind::Certificate};
constexpr Action kActions[]
        = {Action::Rotated,     Action::Renewed,    Action::PendingCreated, Action::Notified, Action::ExpiredNotice,
           Action::WouldRotate, Action::WouldRenew, Action::WouldNotify,    Action::Skipped,  Action::Failed};

// Live objects whose current version is enabled, past its expiry and without an expired notice. Keys and secrets
// a certificate manages are left to the certificate.
constexpr const char *kExpiredObjects
        = "SELECT o.name, v.id, v.version, v.exp FROM objects o JOIN versions v ON v.id = o.current_version"
          " WHERE o.kind = ? AND o.deleted_at IS NULL AND v.managed = 0 AND v.enabled = 1"
          " AND v.exp IS NOT NULL AND v.exp <= ?"
          " AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.version_id = v.id AND n.type = 'expired')"
          " ORDER BY o.name_key";
constexpr const char *kExpiredCertificates
        = "SELECT o.name, v.id, v.version, c.not_after FROM objects o JOIN versions v ON v.id = o.current_version"
          " JOIN certificate_versions c ON c.version_id = v.id"
          " WHERE o.kind = 2 AND o.deleted_at IS NULL AND v.enabled = 1 AND c.not_after <= ?"
          " AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.version_id = v.id AND n.type = 'expired')"
          " ORDER BY o.name_key";

QDateTime whole(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

Operation listOperation(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return Operation::SecretList;
    case ObjectKind::Key: return Operation::KeyList;
    case ObjectKind::Certificate: return Operation::CertificateList;
    }
    return Operation::SecretList;
}

Operation expiredOperation(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return Operation::SecretExpiredEventGridNotification;
    case ObjectKind::Key: return Operation::KeyExpiredEventGridNotification;
    case ObjectKind::Certificate: return Operation::CertificateExpiredEventGridNotification;
    }
    return Operation::SecretExpiredEventGridNotification;
}

QString officerRole(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return QStringLiteral("Key Vault Secrets Officer");
    case ObjectKind::Key: return QStringLiteral("Key Vault Crypto Officer");
    case ObjectKind::Certificate: return QStringLiteral("Key Vault Certificates Officer");
    }
    return {};
}

// One outcome for a kind whose scheduled run did not happen at all (its list was refused or failed).
DueOutcome kindFailure(ObjectKind kind, const Error &error)
{
    DueOutcome out;
    out.kind = kind;
    out.action = Action::Failed;
    const QString kinds = objectKindPath(kind);
    if (error.code() == ErrorCode::Forbidden)
        out.reason = QStringLiteral("scheduled actions on %1 were refused: %2; give the vault's system principal "
                                    "(vault-system) back its role (%3 at the vault) or its access policy to turn "
                                    "them on again")
                             .arg(kinds, error.context(), officerRole(kind));
    else
        out.reason = QStringLiteral("scheduled actions on %1 could not run: %2").arg(kinds, error.toString());
    return out;
}

Action fromKeyAction(KeyRotationOutcome::Action action)
{
    using K = KeyRotationOutcome::Action;
    switch (action) {
    case K::Rotated: return Action::Rotated;
    case K::Notified: return Action::Notified;
    case K::WouldRotate: return Action::WouldRotate;
    case K::WouldNotify: return Action::WouldNotify;
    case K::Skipped: return Action::Skipped;
    case K::Failed: return Action::Failed;
    }
    return Action::Failed;
}

Action fromCertificateAction(CertificateRenewalOutcome::Action action)
{
    using C = CertificateRenewalOutcome::Action;
    switch (action) {
    case C::Renewed: return Action::Renewed;
    case C::PendingCreated: return Action::PendingCreated;
    case C::Notified: return Action::Notified;
    case C::WouldRenew: return Action::WouldRenew;
    case C::WouldNotify: return Action::WouldNotify;
    case C::Skipped: return Action::Skipped;
    case C::Failed: return Action::Failed;
    }
    return Action::Failed;
}

} // namespace

DueRunner::DueRunner(Vault &vault)
    : m_vault(vault)
{ }

Result<DueRun> DueRunner::run(bool dryRun)
{
    access::Engine &engine = m_vault.engine();
    const Resource vault = Resource::vault();
    // guard(): a run refused before it starts (no system principal) is recorded as a failed VaultRunDue.
    return engine.guard(Operation::VaultRunDue, vault, [&]() -> Result<DueRun> {
        DueRun run;
        run.dryRun = dryRun;
        run.at = whole(m_vault.clock().now());
        auto outcomes = engine.runAsSystem([&]() -> Result<QList<DueOutcome>> { return runActions(dryRun); });
        if (!outcomes)
            return outcomes.error();
        run.outcomes = std::move(*outcomes);
        run.nextDue = nextDue(run.at);
        return engine.run(Operation::VaultRunDue, vault, [&]() -> Result<DueRun> {
            QJsonObject counts;
            for (Action action : kActions)
                if (const int n = run.count(action); n > 0)
                    counts.insert(dueActionName(action), n);
            engine.noteDetail(QStringLiteral("dryRun"), dryRun);
            engine.noteDetail(QStringLiteral("outcomes"), int(run.outcomes.size()));
            engine.noteDetail(QStringLiteral("counts"), counts);
            if (run.nextDue)
                engine.noteDetail(QStringLiteral("nextDue"), duesched::stamp(*run.nextDue));
            return run;
        });
    });
}

QList<DueOutcome> DueRunner::runActions(bool dryRun)
{
    QList<DueOutcome> out;
    QList<ObjectKind> ran;
    if (auto secrets = m_vault.secrets().rotateDue(dryRun)) {
        out += *secrets;
        ran << ObjectKind::Secret;
    } else {
        out << kindFailure(ObjectKind::Secret, secrets.error());
    }
    if (auto keys = m_vault.keys().rotateDue(dryRun)) {
        for (const KeyRotationOutcome &o : std::as_const(*keys))
            out.append({ObjectKind::Key, o.name, fromKeyAction(o.action), o.newVersion, o.reason});
        ran << ObjectKind::Key;
    } else {
        out << kindFailure(ObjectKind::Key, keys.error());
    }
    if (auto certificates = m_vault.certificates().renewDue(dryRun)) {
        for (const CertificateRenewalOutcome &o : std::as_const(*certificates))
            out.append({ObjectKind::Certificate, o.name, fromCertificateAction(o.action), o.newVersion, o.reason});
        ran << ObjectKind::Certificate;
    } else {
        out << kindFailure(ObjectKind::Certificate, certificates.error());
    }
    // After the rotations and renewals: a version replaced in this run is no longer the current one.
    for (ObjectKind kind : std::as_const(ran))
        expiredNotices(kind, dryRun, out);
    std::stable_sort(out.begin(), out.end(), [](const DueOutcome &a, const DueOutcome &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

void DueRunner::expiredNotices(ObjectKind kind, bool dryRun, QList<DueOutcome> &out)
{
    storage::Database &db = m_vault.database();
    access::Engine &engine = m_vault.engine();
    struct Candidate
    {
        QString name;
        qint64 row = 0;
        QString version;
        QDateTime expires;
    };
    QList<Candidate> candidates;
    auto stmt = db.prepare(kind == ObjectKind::Certificate ? kExpiredCertificates : kExpiredObjects);
    if (!stmt) {
        out << kindFailure(kind, stmt.error());
        return;
    }
    const qint64 now = m_vault.clock().now().toSecsSinceEpoch();
    if (kind == ObjectKind::Certificate)
        stmt->bind(1, now);
    else
        stmt->bind(1, qint64(kind)).bind(2, now);
    auto read = stmt->forEachRow([&](const storage::Statement &s) {
        candidates.append({s.text(0), s.int64(1), s.text(2), QDateTime::fromSecsSinceEpoch(s.int64(3), Qt::UTC)});
    });
    if (!read) {
        out << kindFailure(kind, read.error());
        return;
    }

    const QString noun = rotation::RotationPlanner::kindNoun(kind);
    for (const Candidate &c : std::as_const(candidates)) {
        const QString reason
                = QStringLiteral("the %1 version %2 expired at %3").arg(noun, c.version, duesched::stamp(c.expires));
        if (dryRun) {
            out.append({kind, c.name, Action::WouldNotify, {}, reason});
            continue;
        }
        auto noted = engine.run(expiredOperation(kind), Resource::object(kind, c.name), [&]() -> Result<void> {
            // Inside the lock: another run, or a person, may have rotated, disabled or deleted it meanwhile.
            auto check = db.cached("SELECT o.current_version, v.enabled FROM objects o"
                                   " JOIN versions v ON v.id = o.current_version"
                                   " WHERE o.kind = ? AND o.name_key = ? AND o.deleted_at IS NULL");
            if (!check)
                return check.error();
            (*check)->bind(1, qint64(kind)).bind(2, objects::nameKey(c.name));
            auto row = (*check)->step();
            if (!row)
                return row.error();
            const bool unchanged = *row && (*check)->int64(0) == c.row && (*check)->int64(1) != 0;
            (*check)->reset();
            if (!unchanged)
                return Error(ErrorCode::Conflict,
                             QStringLiteral("%1 '%2' was rotated, disabled or deleted meanwhile; no expired notice was "
                                            "recorded")
                                     .arg(noun, c.name));
            auto recorded = notices::record(db, c.row, NotificationType::Expired, whole(m_vault.clock().now()),
                                            c.expires, reason);
            if (!recorded)
                return recorded.error();
            if (!*recorded)
                return Error(ErrorCode::Conflict,
                             QStringLiteral("the expired notice of %1 '%2' version %3 was already recorded")
                                     .arg(noun, c.name, c.version));
            engine.noteVersion(c.version);
            engine.noteDetail(QStringLiteral("reason"), reason);
            engine.noteDetail(QStringLiteral("expires"), duesched::stamp(c.expires));
            return {};
        });
        if (noted)
            out.append({kind, c.name, Action::ExpiredNotice, {}, reason});
        else if (noted.error().code() == ErrorCode::Conflict) // another run got there first
            out.append({kind, c.name, Action::Skipped, {}, noted.error().context()});
        else
            out.append({kind, c.name, Action::Failed, {}, noted.error().toString()});
    }
}

std::optional<QDateTime> DueRunner::nextDue(const QDateTime &after)
{
    // Straight from the tables, for every kind: a timer's wake-up time, not something shown to the caller.
    std::optional<QDateTime> next;
    for (ObjectKind kind : kKinds) {
        auto objects = duesched::load(m_vault.database(), kind);
        if (!objects) {
            qCWarning(lcVault) << "the next due time of the" << objectKindPath(kind)
                               << "could not be read:" << objects.error().toString();
            continue;
        }
        for (const duesched::LoadedObject &object : std::as_const(*objects)) {
            const duesched::NextTimes times = duesched::nextTimes(object, after);
            if (times.after && (!next || *times.after < *next))
                next = times.after;
        }
    }
    return next;
}

QList<ObjectKind> DueRunner::listableKinds(const QList<ObjectKind> &wanted, QList<ObjectKind> *hidden)
{
    QList<ObjectKind> out;
    for (ObjectKind kind : kKinds) {
        if (!wanted.isEmpty() && !wanted.contains(kind))
            continue;
        if (m_vault.engine().decide(listOperation(kind), Resource::kind(kind)).allowed)
            out << kind;
        else if (hidden)
            *hidden << kind;
    }
    return out;
}

Result<Schedule> DueRunner::schedule(const ScheduleQuery &query)
{
    access::Engine &engine = m_vault.engine();
    return engine.run(Operation::VaultScheduleGet, Resource::vault(), [&]() -> Result<Schedule> {
        if (!query.from.isValid() || !query.to.isValid())
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("a schedule needs a start and an end time (from and to, UTC)"));
        Schedule schedule;
        schedule.from = whole(query.from);
        schedule.to = whole(query.to);
        if (schedule.from >= schedule.to)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("the schedule's end (%2) must be after its start (%1)")
                                 .arg(duesched::stamp(schedule.from), duesched::stamp(schedule.to)));
        if (schedule.to > schedule.from.addYears(10))
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("the schedule from %1 to %2 spans more than 10 years; ask for at most 10 "
                                        "years at a time")
                                 .arg(duesched::stamp(schedule.from), duesched::stamp(schedule.to)));
        const QDateTime clockNow = whole(m_vault.clock().now());
        schedule.now = clockNow;
        if (query.now) {
            if (!query.now->isValid())
                return Error(ErrorCode::InvalidArgument,
                             QStringLiteral("the time-shift is not a valid time; leave it unset to plan for now"));
            const QDateTime shifted = whole(*query.now);
            if (shifted < clockNow.addSecs(-60))
                return Error(ErrorCode::InvalidArgument,
                             QStringLiteral("a time-shift plans for a later time, but %1 is before the vault's clock "
                                            "(%2); give a time after now, or none")
                                     .arg(duesched::stamp(shifted), duesched::stamp(clockNow)));
            schedule.now = std::max(shifted, clockNow);
        }
        engine.noteDetail(QStringLiteral("from"), duesched::stamp(schedule.from));
        engine.noteDetail(QStringLiteral("to"), duesched::stamp(schedule.to));
        if (schedule.now != clockNow)
            engine.noteDetail(QStringLiteral("shiftedTo"), duesched::stamp(schedule.now));

        const QList<ObjectKind> kinds = listableKinds(query.kinds, &schedule.hiddenKinds);
        for (ObjectKind kind : kinds) {
            auto objects = duesched::load(m_vault.database(), kind);
            if (!objects)
                return objects.error();
            for (const duesched::LoadedObject &object : std::as_const(*objects))
                schedule.entries.append(duesched::entry(object, schedule.from, schedule.to, schedule.now));
        }
        engine.noteDetail(QStringLiteral("entries"), int(schedule.entries.size()));
        if (!schedule.hiddenKinds.isEmpty()) {
            QJsonArray hidden;
            for (ObjectKind kind : std::as_const(schedule.hiddenKinds))
                hidden.append(objectKindPath(kind));
            engine.noteDetail(QStringLiteral("hiddenKinds"), hidden);
        }
        return schedule;
    });
}

Result<QList<Notification>> DueRunner::notifications(const NotificationFilter &filter)
{
    access::Engine &engine = m_vault.engine();
    return engine.run(Operation::NotificationList, Resource::vault(), [&]() -> Result<QList<Notification>> {
        const QList<ObjectKind> allowed = listableKinds({}, nullptr);
        auto listed = notices::list(m_vault.database(), filter, allowed);
        if (listed)
            engine.noteDetail(QStringLiteral("notices"), int(listed->size()));
        return listed;
    });
}

} // namespace coffer
