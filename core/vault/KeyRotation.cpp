// KeyStore's rotation: rotate now, the rotation policy, and the scheduled run (rotate-due).

#include "core/rotation/RotationPlanner.h"
#include "core/vault/CertificateStoreGuards.h"
#include "core/vault/KeyStorePrivate.h"
#include "core/vault/Notifications.h"
#include "core/vault/RotationPolicyRows.h"

#include <QJsonDocument>

namespace coffer {

using access::Operation;
using rotation::RotationPlanner;
using rotation::RotationPolicy;

namespace {

QDateTime fromSecs(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}

} // namespace

Result<std::optional<RotationPolicy>> KeyStore::Impl::storedPolicy(const QString &name)
{
    auto row = policyrows::read(db, ObjectKind::Key, name);
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<RotationPolicy>();
    auto policy = RotationPolicy::fromJson((*row)->policy);
    if (!policy)
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("the stored rotation policy of key '%1' cannot be read: %2")
                             .arg(name, policy.error().context()));
    policy->created = (*row)->created;
    policy->updated = (*row)->updated;
    return std::optional<RotationPolicy>(std::move(*policy));
}

Result<void> KeyStore::Impl::storePolicy(const QString &name, const RotationPolicy &policy)
{
    RotationPolicy stored = policy;
    stored.created.reset();
    stored.updated.reset();
    stored.id.clear();
    return policyrows::write(db, ObjectKind::Key, name, stored.toJson(), engine.clock().now());
}

QString KeyStore::Impl::policyId(const QString &name) const
{
    return QStringLiteral("coffer://%1/keys/%2/rotationpolicy").arg(vault.name, name);
}

namespace {

// A new version like `current` (material generated before the lock), recorded as `operation`, with a "rotated"
// notice on it (`reason`: why; empty for a rotation by hand).
Result<KeyInfo> rotateKey(KeyStore::Impl &d, const QString &name, Operation operation, const KeyInfo &current,
                          const QString &reason)
{
    // Same type, size, ops, protection and exportability; new material; tags kept; expiry from the policy.
    auto policy = d.storedPolicy(name);
    if (!policy)
        return policy.error();
    auto material = d.generate(current.info.name, current.spec, current.protection, current.ops);
    if (!material)
        return material.error();
    auto stored = d.engine.run(operation, keyrows::keyResource(name), [&]() -> Result<KeyInfo> {
        COFFER_TRY(certrows::refuseManaged(d.db, ObjectKind::Key, name, QStringLiteral("rotate")));
        // The key as it is inside the lock: it may have been rotated or deleted meanwhile.
        auto now = d.resolve(name, {});
        if (!now)
            return now.error();
        if (now->key.info.version != current.info.version || now->key.ops != current.ops
            || now->key.exportable != current.exportable)
            return Error(ErrorCode::Conflict,
                         QStringLiteral("key '%1' was changed while it was being rotated (its current version is now "
                                        "%2); nothing was rotated")
                                 .arg(name, now->key.info.version));
        const QDateTime at = d.engine.clock().now();
        NewVersionAttributes attributes;
        attributes.enabled = true;
        attributes.tags = current.info.tags;
        if (*policy)
            attributes.expires = RotationPlanner::newVersionExpiry(**policy, at);
        d.engine.noteDetail(QStringLiteral("previousVersion"), current.info.version);
        if (!reason.isEmpty())
            d.engine.noteDetail(QStringLiteral("reason"), reason);
        auto added = d.addVersion(current.info.name, *material, current.ops, current.exportable, attributes);
        if (!added)
            return added.error();
        auto row = d.objects.resolve(name, added->info.version);
        if (!row)
            return row.error();
        COFFER_TRY(notices::record(d.db, row->first, NotificationType::Rotated, at, std::nullopt,
                                   reason.isEmpty() ? QStringLiteral("rotated by hand")
                                                    : QStringLiteral("scheduled: %1").arg(reason)));
        return added;
    });
    if (!stored)
        d.discard(*material);
    return stored;
}

} // namespace

Result<KeyInfo> KeyStore::Impl::rotateNow(const QString &name, Operation operation, const KeyInfo &current)
{
    return rotateKey(*this, name, operation, current, {});
}

Result<KeyInfo> KeyStore::rotate(const QString &name)
{
    const auto resource = keyrows::keyResource(name);
    return d->engine.guard(Operation::KeyRotate, resource, [&]() -> Result<KeyInfo> {
        COFFER_TRY(d->engine.authorize(Operation::KeyRotate, resource)); // before the slow generation
        // Reading the current version is part of rotating (no record of its own).
        auto current = d->resolve(name, {});
        if (!current)
            return current.error();
        return d->rotateNow(name, Operation::KeyRotate, current->key);
    });
}

Result<RotationPolicy> KeyStore::rotationPolicy(const QString &name)
{
    return d->engine.run(Operation::KeyRotationPolicyGet, keyrows::keyResource(name), [&]() -> Result<RotationPolicy> {
        auto current = d->objects.current(name); // NotFound for unknown or deleted keys
        if (!current)
            return current.error();
        auto stored = d->storedPolicy(name);
        if (!stored)
            return stored.error();
        RotationPolicy policy = *stored ? **stored : RotationPolicy::defaultPolicy();
        policy.id = d->policyId(current->name);
        return policy;
    });
}

Result<RotationPolicy> KeyStore::setRotationPolicy(const QString &name, const RotationPolicy &policy)
{
    return d->engine.run(Operation::KeyRotationPolicySet, keyrows::keyResource(name), [&]() -> Result<RotationPolicy> {
        COFFER_TRY(certrows::refuseManaged(d->db, ObjectKind::Key, name, QStringLiteral("update")));
        auto current = d->objects.current(name);
        if (!current)
            return current.error();
        COFFER_TRY(policy.validate(d->engine.clock().now()));
        COFFER_TRY(d->storePolicy(name, policy));
        d->engine.noteDetail(QStringLiteral("policy"), policy.toJson());
        auto stored = d->storedPolicy(name);
        if (!stored)
            return stored.error();
        RotationPolicy out = **stored;
        out.id = d->policyId(current->name);
        return out;
    });
}

Result<QList<KeyStore::Impl::Scheduled>> KeyStore::Impl::scheduleNow()
{
    // Every live key's current version, its policy (or none) and when its near-expiry notice was recorded.
    // Certificates' keys are left out: their lifetime is the certificate's.
    auto stmt = db.prepare("SELECT o.name, v.created, v.exp, p.policy, n.at, v.id, v.version, v.enabled"
                           " FROM objects o"
                           " JOIN versions v ON v.id = o.current_version"
                           " LEFT JOIN rotation_policies p ON p.object_id = o.id"
                           " LEFT JOIN notifications n ON n.version_id = v.id AND n.type = 'near_expiry'"
                           " WHERE o.kind = 1 AND o.deleted_at IS NULL AND v.managed = 0 ORDER BY o.name_key");
    if (!stmt)
        return stmt.error();
    const QDateTime now = engine.clock().now();
    QList<Scheduled> out;
    Result<void> failed;
    COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) {
        Scheduled item;
        KeyRotationStatus &status = item.status;
        status.name = s.text(0);
        item.times.created = fromSecs(s.int64(1));
        if (!s.isNull(2))
            item.times.expires = fromSecs(s.int64(2));
        if (!s.isNull(4))
            item.times.lastNotified = fromSecs(s.int64(4));
        item.versionRow = s.int64(5);
        item.version = s.text(6);
        item.enabled = s.int64(7) != 0;
        status.hasPolicy = !s.isNull(3);
        if (status.hasPolicy) {
            auto policy = RotationPolicy::fromJson(QJsonDocument::fromJson(s.text(3).toUtf8()).object());
            if (!policy) {
                failed = Error(ErrorCode::Corrupted,
                               QStringLiteral("the stored rotation policy of key '%1' cannot "
                                              "be read: %2")
                                       .arg(status.name, policy.error().context()));
                return;
            }
            status.policy = *policy;
        } else {
            status.policy = RotationPolicy::defaultPolicy();
        }
        status.policy.id = policyId(status.name);
        const rotation::Plan plan = RotationPlanner::plan(status.policy, item.times, now);
        status.notScheduledReason = plan.notScheduledReason;
        for (const rotation::DueAction &due : plan.due) {
            if (due.type == rotation::ActionType::Rotate) {
                status.rotationDue = true;
            } else {
                status.notificationDue = true;
                item.notifyDueSince = due.dueSince;
            }
            if (status.dueReason.isEmpty())
                status.dueReason = QStringLiteral("%1 (since %2)").arg(due.reason, due.dueSince.toString(Qt::ISODate));
        }
        for (const rotation::PlannedAction &next : plan.next) {
            if (next.type == rotation::ActionType::Rotate)
                status.nextRotations.append(next.at);
            else if (!status.nextNotification)
                status.nextNotification = next.at;
        }
        out.append(std::move(item));
    }));
    if (!failed)
        return failed.error();
    return out;
}

Result<QList<KeyRotationStatus>> KeyStore::rotationSchedule()
{
    return d->engine.run(Operation::KeyList, access::Resource::kind(ObjectKind::Key),
                         [&]() -> Result<QList<KeyRotationStatus>> {
                             auto scheduled = d->scheduleNow();
                             if (!scheduled)
                                 return scheduled.error();
                             QList<KeyRotationStatus> out;
                             for (Impl::Scheduled &item : *scheduled)
                                 out.append(std::move(item.status));
                             return out;
                         });
}

Result<QList<KeyRotationOutcome>> KeyStore::rotateDue(bool dryRun)
{
    auto scheduled = d->engine.run(Operation::KeyList, access::Resource::kind(ObjectKind::Key),
                                   [&] { return d->scheduleNow(); });
    if (!scheduled)
        return scheduled.error();
    QList<KeyRotationOutcome> out;
    for (const Impl::Scheduled &item : *scheduled) {
        const KeyRotationStatus &status = item.status;
        using Action = KeyRotationOutcome::Action;
        if ((status.rotationDue || status.notificationDue) && !item.enabled) {
            // A disabled current version may be someone's kill switch: a timer must not bring the key back.
            out.append({status.name,
                        Action::Skipped,
                        {},
                        QStringLiteral("the current version %1 is disabled; enable it or rotate by hand")
                                .arg(item.version)});
            continue;
        }
        if (status.rotationDue) {
            if (dryRun) {
                out.append({status.name, Action::WouldRotate, {}, status.dueReason});
                continue;
            }
            // Each key on its own: one failure (a token away, no permission) does not stop the others.
            const auto resource = keyrows::keyResource(status.name);
            auto rotated = d->engine.guard(Operation::KeyRotateIfDue, resource, [&]() -> Result<KeyInfo> {
                COFFER_TRY(d->engine.authorize(Operation::KeyRotateIfDue, resource));
                auto current = d->resolve(status.name, {});
                if (!current)
                    return current.error();
                if (current->key.info.version != item.version) // rotated meanwhile (another run, a person)
                    return Error(ErrorCode::Conflict,
                                 QStringLiteral("key '%1' was rotated meanwhile (current version %2); nothing was "
                                                "rotated")
                                         .arg(status.name, current->key.info.version));
                return rotateKey(*d, status.name, Operation::KeyRotateIfDue, current->key, status.dueReason);
            });
            if (rotated)
                out.append({status.name, Action::Rotated, rotated->info.version, status.dueReason});
            else if (rotated.error().code() == ErrorCode::Conflict) // another run or a person rotated it first
                out.append({status.name, Action::Skipped, {}, rotated.error().context()});
            else
                out.append({status.name, Action::Failed, {}, rotated.error().toString()});
        } else if (status.notificationDue) {
            if (dryRun) {
                out.append({status.name, Action::WouldNotify, {}, status.dueReason});
                continue;
            }
            auto noted = d->engine.run(
                    Operation::KeyNearExpiryEventGridNotification, keyrows::keyResource(status.name),
                    [&]() -> Result<void> {
                        // For the version planned for, once: another run may have recorded it meanwhile.
                        auto stmt = d->db.cached("SELECT current_version FROM objects"
                                                 " WHERE kind = 1 AND name_key = ? AND deleted_at IS NULL");
                        if (!stmt)
                            return stmt.error();
                        (*stmt)->bind(1, objects::nameKey(status.name));
                        auto row = (*stmt)->step();
                        if (!row)
                            return row.error();
                        const bool stillCurrent = *row && (*stmt)->int64(0) == item.versionRow;
                        if (*row)
                            (*stmt)->reset();
                        if (!stillCurrent)
                            return Error(ErrorCode::Conflict,
                                         QStringLiteral("key '%1' was rotated or deleted meanwhile; no notice was "
                                                        "recorded")
                                                 .arg(status.name));
                        auto recorded = notices::record(d->db, item.versionRow, NotificationType::NearExpiry,
                                                        d->engine.clock().now(), item.notifyDueSince, status.dueReason);
                        if (!recorded)
                            return recorded.error();
                        if (!*recorded)
                            return Error(ErrorCode::Conflict,
                                         QStringLiteral("the near-expiry notice of key '%1' version %2 was already "
                                                        "recorded")
                                                 .arg(status.name, item.version));
                        d->engine.noteVersion(item.version);
                        d->engine.noteDetail(QStringLiteral("reason"), status.dueReason);
                        if (item.times.expires)
                            d->engine.noteDetail(QStringLiteral("expires"), item.times.expires->toString(Qt::ISODate));
                        return {};
                    });
            if (noted)
                out.append({status.name, Action::Notified, {}, status.dueReason});
            else if (noted.error().code() == ErrorCode::Conflict)
                out.append({status.name, Action::Skipped, {}, noted.error().context()});
            else
                out.append({status.name, Action::Failed, {}, noted.error().toString()});
        }
    }
    return out;
}

} // namespace coffer
