// SecretStore's rotation (Coffer's extension; Azure has no secret rotation policy): the policy, "Rotate now" and
// the scheduled run. Plan: .dev/research/rotation.md §2 (B) and §5. Follows KeyRotation.cpp; a secret's new value
// comes from the policy's generator and is never returned, logged or recorded.

#include "core/access/Engine.h"
#include "core/rotation/RotationPlanner.h"
#include "core/storage/Database.h"
#include "core/vault/CertificateStoreGuards.h"
#include "core/vault/Notifications.h"
#include "core/vault/RotationPolicyRows.h"
#include "core/vault/SecretStore.h"

#include <QJsonDocument>

namespace coffer {

using access::Operation;
using rotation::RotationPlanner;
using rotation::SecretRotationPolicy;

namespace {

QDateTime fromSecs(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}

access::Resource secretResource(const QString &name)
{
    return access::Resource::object(ObjectKind::Secret, name);
}

QString policyId(const VersionInfo &current)
{
    return current.baseId() + QStringLiteral("/rotationpolicy");
}

Result<SecretRotationPolicy> parsePolicy(const QString &name, const QJsonObject &json)
{
    auto policy = SecretRotationPolicy::fromJson(json);
    if (!policy)
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("the stored rotation policy of secret '%1' cannot be read (%2); set the policy "
                                    "again")
                             .arg(name, policy.error().context()));
    return policy;
}

Result<std::optional<SecretRotationPolicy>> storedPolicy(storage::Database &db, const QString &name)
{
    auto row = policyrows::read(db, ObjectKind::Secret, name);
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<SecretRotationPolicy>();
    auto policy = parsePolicy(name, (*row)->policy);
    if (!policy)
        return policy.error();
    policy->schedule.created = (*row)->created;
    policy->schedule.updated = (*row)->updated;
    return std::optional<SecretRotationPolicy>(std::move(*policy));
}

Result<void> storePolicy(storage::Database &db, const QString &name, const SecretRotationPolicy &policy,
                         const QDateTime &at)
{
    SecretRotationPolicy stored = policy;
    stored.schedule.created.reset();
    stored.schedule.updated.reset();
    stored.schedule.id.clear();
    return policyrows::write(db, ObjectKind::Secret, name, stored.toJson(), at);
}

// Where one live, unmanaged secret stands now.
struct Scheduled
{
    QString name;
    qint64 versionRow = 0; // the current version the plan is for
    QString version;
    bool enabled = true;
    std::optional<QDateTime> expires;
    std::optional<Error> unreadable; // the stored policy cannot be read: Failed, the others still run
    bool rotationDue = false;
    bool notificationDue = false;
    QDateTime notifyDueSince;
    QString dueReason; // "90 days after creation (since 2026-04-01T00:00:00Z)"
};

Result<QList<Scheduled>> scheduleNow(storage::Database &db, const QDateTime &now)
{
    // Every live secret's current version (certificates' secrets left out: their lifetime is the certificate's),
    // its policy (or none) and when its near-expiry notice was recorded.
    auto stmt = db.prepare("SELECT o.name, v.created, v.exp, p.policy, n.at, v.id, v.version, v.enabled"
                           " FROM objects o"
                           " JOIN versions v ON v.id = o.current_version"
                           " LEFT JOIN rotation_policies p ON p.object_id = o.id"
                           " LEFT JOIN notifications n ON n.version_id = v.id AND n.type = 'near_expiry'"
                           " WHERE o.kind = 0 AND o.deleted_at IS NULL AND v.managed = 0 ORDER BY o.name_key");
    if (!stmt)
        return stmt.error();
    QList<Scheduled> out;
    COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) {
        Scheduled item;
        item.name = s.text(0);
        rotation::VersionTimes times;
        times.created = fromSecs(s.int64(1));
        if (!s.isNull(2))
            times.expires = item.expires = fromSecs(s.int64(2));
        if (!s.isNull(4))
            times.lastNotified = fromSecs(s.int64(4));
        item.versionRow = s.int64(5);
        item.version = s.text(6);
        item.enabled = s.int64(7) != 0;
        SecretRotationPolicy policy = SecretRotationPolicy::defaultPolicy();
        if (!s.isNull(3)) {
            auto parsed = parsePolicy(item.name, QJsonDocument::fromJson(s.text(3).toUtf8()).object());
            if (!parsed) {
                item.unreadable = parsed.error();
                out.append(std::move(item));
                return;
            }
            policy = std::move(*parsed);
        }
        const rotation::Plan plan = RotationPlanner::plan(policy.schedule, times, now, 1, ObjectKind::Secret);
        for (const rotation::DueAction &due : plan.due) {
            if (due.type == rotation::ActionType::Rotate) {
                item.rotationDue = true;
            } else {
                item.notificationDue = true;
                item.notifyDueSince = due.dueSince;
            }
            if (item.dueReason.isEmpty())
                item.dueReason = QStringLiteral("%1 (since %2)").arg(due.reason, due.dueSince.toString(Qt::ISODate));
        }
        out.append(std::move(item));
    }));
    return out;
}

} // namespace

Result<VersionInfo> SecretStore::rotateInTransaction(const QString &name, const QString &reason,
                                                     const QString &expectedVersion)
{
    COFFER_TRY(certrows::refuseManaged(m_db, ObjectKind::Secret, name, QStringLiteral("rotate")));
    // The secret as it is inside the lock: it may have been rotated, disabled or deleted meanwhile.
    auto resolved = m_objects.resolve(name);
    if (!resolved)
        return resolved.error();
    const VersionInfo &current = resolved->second;
    if (!expectedVersion.isEmpty() && current.version != expectedVersion)
        return Error(ErrorCode::Conflict,
                     QStringLiteral("secret '%1' was rotated meanwhile (current version %2); nothing was rotated")
                             .arg(current.name, current.version));
    if (!expectedVersion.isEmpty() && !current.attributes.enabled)
        return Error(ErrorCode::Conflict,
                     QStringLiteral("the current version %2 of secret '%1' was disabled meanwhile; nothing was "
                                    "rotated")
                             .arg(current.name, current.version));
    auto stored = storedPolicy(m_db, name);
    if (!stored)
        return stored.error();
    const SecretRotationPolicy policy = *stored ? **stored : SecretRotationPolicy::defaultPolicy();
    if (!policy.generator)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("secret '%1' cannot be rotated: its rotation policy has no generator to make a "
                                    "new value; add a \"generator\" to the policy, or set a new value yourself")
                             .arg(current.name));
    const QDateTime now = m_engine.clock().now();
    auto value = policy.generator->generate(); // secure memory, wiped when it goes out of scope
    if (!value)
        return Error(value.error().code(),
                     QStringLiteral("the generator of secret '%1' cannot make a value: %2; fix the policy's "
                                    "\"generator\"")
                             .arg(current.name, value.error().context()));
    NewVersionAttributes attributes;
    attributes.enabled = true;
    attributes.contentType = current.contentType;
    attributes.tags = current.tags;
    attributes.expires = RotationPlanner::newVersionExpiry(policy.schedule, now);
    auto added = m_objects.addVersion(current.name, attributes, *value);
    if (!added)
        return added.error();
    m_engine.noteVersion(added->info.version);
    m_engine.noteDetail(QStringLiteral("previousVersion"), current.version);
    COFFER_TRY(notices::record(m_db, added->versionRow, NotificationType::Rotated, now, std::nullopt, reason));
    return added->info;
}

Result<VersionInfo> SecretStore::rotate(const QString &name)
{
    return m_engine.run(Operation::SecretRotate, secretResource(name),
                        [&] { return rotateInTransaction(name, QStringLiteral("rotated by hand"), {}); });
}

Result<SecretRotationPolicy> SecretStore::rotationPolicy(const QString &name)
{
    return m_engine.run(Operation::SecretRotationPolicyGet, secretResource(name),
                        [&]() -> Result<SecretRotationPolicy> {
                            auto current = m_objects.current(name); // NotFound for unknown or deleted secrets
                            if (!current)
                                return current.error();
                            auto stored = storedPolicy(m_db, name);
                            if (!stored)
                                return stored.error();
                            SecretRotationPolicy policy = *stored ? **stored : SecretRotationPolicy::defaultPolicy();
                            policy.schedule.id = policyId(*current);
                            return policy;
                        });
}

Result<SecretRotationPolicy> SecretStore::setRotationPolicy(const QString &name, const SecretRotationPolicy &policy)
{
    return m_engine.run(
            Operation::SecretRotationPolicySet, secretResource(name), [&]() -> Result<SecretRotationPolicy> {
                COFFER_TRY(certrows::refuseManaged(m_db, ObjectKind::Secret, name, QStringLiteral("update")));
                auto current = m_objects.current(name);
                if (!current)
                    return current.error();
                const QDateTime now = m_engine.clock().now();
                COFFER_TRY(policy.validate(now));
                COFFER_TRY(storePolicy(m_db, name, policy, now));
                auto stored = storedPolicy(m_db, name);
                if (!stored)
                    return stored.error();
                if (!*stored)
                    return Error(
                            ErrorCode::Internal,
                            QStringLiteral("the rotation policy of secret '%1' was not stored").arg(current->name));
                SecretRotationPolicy out = **stored;
                out.schedule.id = policyId(*current);
                m_engine.noteDetail(QStringLiteral("policy"), out.toJson()); // settings, never a value
                return out;
            });
}

Result<QList<DueOutcome>> SecretStore::rotateDue(bool dryRun)
{
    auto scheduled = m_engine.run(Operation::SecretList, access::Resource::kind(ObjectKind::Secret),
                                  [&] { return scheduleNow(m_db, m_engine.clock().now()); });
    if (!scheduled)
        return scheduled.error();
    using Action = DueOutcome::Action;
    QList<DueOutcome> out;
    const auto outcome
            = [&](const Scheduled &item, Action action, const QString &reason, const QString &newVersion = {}) {
                  out.append({ObjectKind::Secret, item.name, action, newVersion, reason});
              };
    for (const Scheduled &item : std::as_const(*scheduled)) {
        if (item.unreadable) {
            outcome(item, Action::Failed, item.unreadable->context());
            continue;
        }
        if (!item.rotationDue && !item.notificationDue)
            continue;
        if (!item.enabled) {
            // A disabled current version may be someone's kill switch: a timer must not bring the secret back.
            outcome(item, Action::Skipped,
                    QStringLiteral("the current version %1 is disabled; enable it or rotate by hand")
                            .arg(item.version));
            continue;
        }
        const access::Resource resource = secretResource(item.name);
        if (item.rotationDue) {
            if (dryRun) {
                outcome(item, Action::WouldRotate, item.dueReason);
                continue;
            }
            // Each secret on its own: one failure (no generator, no permission) does not stop the others.
            auto rotated = m_engine.run(Operation::SecretRotateIfDue, resource, [&] {
                m_engine.noteDetail(QStringLiteral("reason"), item.dueReason);
                return rotateInTransaction(item.name, QStringLiteral("scheduled: %1").arg(item.dueReason),
                                           item.version);
            });
            if (rotated)
                outcome(item, Action::Rotated, item.dueReason, rotated->version);
            else if (rotated.error().code() == ErrorCode::Conflict) // another run or a person got there first
                outcome(item, Action::Skipped, rotated.error().context());
            else
                outcome(item, Action::Failed, rotated.error().toString());
            continue;
        }
        if (dryRun) {
            outcome(item, Action::WouldNotify, item.dueReason);
            continue;
        }
        auto noted = m_engine.run(Operation::SecretNearExpiryEventGridNotification, resource, [&]() -> Result<void> {
            // For the version planned for, once: another run may have recorded it meanwhile.
            auto stmt = m_db.cached("SELECT current_version FROM objects"
                                    " WHERE kind = 0 AND name_key = ? AND deleted_at IS NULL");
            if (!stmt)
                return stmt.error();
            (*stmt)->bind(1, objects::nameKey(item.name));
            auto row = (*stmt)->step();
            if (!row)
                return row.error();
            const bool stillCurrent = *row && (*stmt)->int64(0) == item.versionRow;
            if (*row)
                (*stmt)->reset();
            if (!stillCurrent)
                return Error(ErrorCode::Conflict,
                             QStringLiteral("secret '%1' was rotated or deleted meanwhile; no notice was recorded")
                                     .arg(item.name));
            auto recorded = notices::record(m_db, item.versionRow, NotificationType::NearExpiry, m_engine.clock().now(),
                                            item.notifyDueSince, item.dueReason);
            if (!recorded)
                return recorded.error();
            if (!*recorded)
                return Error(ErrorCode::Conflict,
                             QStringLiteral("the near-expiry notice of secret '%1' version %2 was already recorded")
                                     .arg(item.name, item.version));
            m_engine.noteVersion(item.version);
            m_engine.noteDetail(QStringLiteral("reason"), item.dueReason);
            if (item.expires)
                m_engine.noteDetail(QStringLiteral("expires"), item.expires->toString(Qt::ISODate));
            return {};
        });
        if (noted)
            outcome(item, Action::Notified, item.dueReason);
        else if (noted.error().code() == ErrorCode::Conflict)
            outcome(item, Action::Skipped, noted.error().context());
        else
            outcome(item, Action::Failed, noted.error().toString());
    }
    return out;
}

} // namespace coffer
