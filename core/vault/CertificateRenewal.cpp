// CertificateStore: where every certificate stands against its lifetime actions, and running what is due (AutoRenew
// of self-signed certificates, EmailContacts notifications once per version).

#include "core/vault/CertificateStorePrivate.h"
#include "core/vault/Notifications.h"

namespace coffer {

using access::Operation;

namespace {

struct Scheduled
{
    CertificateRenewalStatus status;
    qint64 versionRow = 0;
    bool enabled = true;
};

Result<QList<Scheduled>> scheduleNow(CertificateStore::Impl &d)
{
    auto stmt = d.db.prepare("SELECT o.name, v.id, v.version, c.not_before, c.not_after, n.at, v.enabled"
                             " FROM objects o JOIN versions v ON v.id = o.current_version"
                             " JOIN certificate_versions c ON c.version_id = v.id"
                             " LEFT JOIN notifications n ON n.version_id = v.id AND n.type = 'near_expiry'"
                             " WHERE o.kind = 2 AND o.deleted_at IS NULL ORDER BY o.name_key");
    if (!stmt)
        return stmt.error();
    QList<Scheduled> out;
    COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) {
        Scheduled item;
        item.status.name = s.text(0);
        item.versionRow = s.int64(1);
        item.status.version = s.text(2);
        item.status.notBefore = QDateTime::fromSecsSinceEpoch(s.int64(3), Qt::UTC);
        item.status.notAfter = QDateTime::fromSecsSinceEpoch(s.int64(4), Qt::UTC);
        if (!s.isNull(5))
            item.status.notifiedAt = QDateTime::fromSecsSinceEpoch(s.int64(5), Qt::UTC);
        item.enabled = s.int64(6) != 0;
        out.append(item);
    }));
    const QDateTime now = d.now();
    for (Scheduled &item : out) {
        auto policy = d.storedPolicy(item.status.name);
        if (!policy)
            return policy.error();
        if (!*policy)
            continue; // no policy, no lifetime actions
        item.status.issuer = (*policy)->issuer;
        item.status.actions = (*policy)->lifetimeActions;
        rotation::CertificateTimes times {item.status.notBefore, item.status.notAfter, item.status.notifiedAt};
        const rotation::RenewalPlan plan
                = rotation::planRenewal(item.status.actions, item.status.issuer == IssuerKind::Self, times, now);
        item.status.renewAt = plan.renewAt;
        item.status.notifyAt = plan.notifyAt;
        item.status.renewDue = plan.renewDue;
        item.status.notifyDue = plan.notifyDue;
        item.status.reason = plan.reason;
    }
    return out;
}

} // namespace

Result<QList<CertificateRenewalStatus>> CertificateStore::renewalSchedule()
{
    return d->engine.run(Operation::CertificateList, certrows::kAllCertificates,
                         [&]() -> Result<QList<CertificateRenewalStatus>> {
                             auto scheduled = scheduleNow(*d);
                             if (!scheduled)
                                 return scheduled.error();
                             QList<CertificateRenewalStatus> out;
                             for (const Scheduled &item : std::as_const(*scheduled))
                                 out.append(item.status);
                             return out;
                         });
}

Result<QList<CertificateRenewalOutcome>> CertificateStore::renewDue(bool dryRun)
{
    auto scheduled = d->engine.run(Operation::CertificateList, certrows::kAllCertificates, [&]() {
        d->engine.noteDetail(QStringLiteral("renewDue"), dryRun ? QStringLiteral("dry-run") : QStringLiteral("run"));
        return scheduleNow(*d);
    });
    if (!scheduled)
        return scheduled.error();
    QList<CertificateRenewalOutcome> out;
    for (const Scheduled &item : std::as_const(*scheduled)) {
        const CertificateRenewalStatus &status = item.status;
        if (!status.renewDue && !status.notifyDue)
            continue;
        CertificateRenewalOutcome outcome;
        outcome.name = status.name;
        outcome.reason = status.reason;
        if (status.renewDue && !item.enabled) {
            // A disabled current version may be someone's kill switch: a timer must not bring a new one.
            outcome.action = CertificateRenewalOutcome::Action::Skipped;
            outcome.reason = QStringLiteral("the current version %1 is disabled; enable it or renew by hand")
                                     .arg(status.version);
            out.append(outcome);
            continue;
        }
        if (status.renewDue) {
            if (dryRun) {
                outcome.action = CertificateRenewalOutcome::Action::WouldRenew;
            } else {
                auto renewed = d->engine.guard(Operation::CertificateRenew, certrows::certificateResource(status.name),
                                               [&] { return d->renewNow(status.name, status.reason); });
                if (!renewed) {
                    outcome.action = CertificateRenewalOutcome::Action::Failed;
                    outcome.reason = renewed.error().context();
                } else if (const auto *info = std::get_if<CertificateInfo>(&*renewed)) {
                    outcome.action = CertificateRenewalOutcome::Action::Renewed;
                    outcome.newVersion = info->info.version;
                } else {
                    outcome.action = CertificateRenewalOutcome::Action::PendingCreated;
                }
            }
            out.append(outcome);
            continue;
        }
        if (dryRun) {
            outcome.action = CertificateRenewalOutcome::Action::WouldNotify;
            out.append(outcome);
            continue;
        }
        auto notified = d->engine.run(
                Operation::CertificateNearExpiryEventGridNotification, certrows::certificateResource(status.name),
                [&]() -> Result<void> {
                    // Once per version: a second run (or another process) finds the row.
                    auto recorded = notices::record(d->db, item.versionRow, NotificationType::NearExpiry, d->now(),
                                                    status.notifyAt, status.reason);
                    if (!recorded)
                        return recorded.error();
                    if (!*recorded)
                        return Error(ErrorCode::Conflict,
                                     QStringLiteral("the near-expiry notice of certificate '%1' version %2 was "
                                                    "already recorded")
                                             .arg(status.name, status.version));
                    auto count = d->db.prepare("SELECT count(*) FROM certificate_contacts");
                    if (!count)
                        return count.error();
                    auto row = count->step();
                    if (!row)
                        return row.error();
                    d->engine.noteVersion(status.version);
                    d->engine.noteDetail(QStringLiteral("reason"), status.reason);
                    d->engine.noteDetail(QStringLiteral("contacts"), *row ? count->int64(0) : qint64(0));
                    d->engine.noteDetail(QStringLiteral("expires"), status.notAfter.toString(Qt::ISODate));
                    return {};
                });
        if (notified) {
            outcome.action = CertificateRenewalOutcome::Action::Notified;
        } else if (notified.error().code() == ErrorCode::Conflict) { // another run recorded it first
            outcome.action = CertificateRenewalOutcome::Action::Skipped;
            outcome.reason = notified.error().context();
        } else {
            outcome.action = CertificateRenewalOutcome::Action::Failed;
            outcome.reason = notified.error().context();
        }
        out.append(outcome);
    }
    return out;
}

} // namespace coffer
