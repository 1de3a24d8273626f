#include "models/ScheduleOperations.h"

#include "core/vault/Vault.h"
#include "models/BackgroundWork.h"
#include "models/VaultSession.h"

#include <QFutureWatcher>

#include <memory>

namespace coffer::models {

namespace {

Error lockedError()
{
    return Error(ErrorCode::Cancelled, QStringLiteral("the vault is locked"));
}

Error busyError()
{
    return Error(ErrorCode::Busy, QStringLiteral("the vault is busy with background work"));
}

} // namespace

ScheduleOperations::ScheduleOperations(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{ }

ScheduleOperations::~ScheduleOperations() = default;

void ScheduleOperations::setSession(VaultSession *session)
{
    m_session = session;
}

VaultSession *ScheduleOperations::session() const
{
    return m_session;
}

bool ScheduleOperations::isUnlocked() const
{
    return m_session && m_session->vault();
}

bool ScheduleOperations::isIdle() const
{
    return isUnlocked() && !m_session->isBusy() && !m_working;
}

Result<Schedule> ScheduleOperations::schedule(const ScheduleQuery &query)
{
    if (!isUnlocked())
        return lockedError();
    if (m_session->isBusy())
        return busyError();
    return m_session->vault()->schedule(query);
}

Result<QList<Notification>> ScheduleOperations::notifications(const NotificationFilter &filter)
{
    if (!isUnlocked())
        return lockedError();
    if (m_session->isBusy())
        return busyError();
    return m_session->vault()->notifications(filter);
}

bool ScheduleOperations::runDueInBackground(bool dryRun)
{
    if (!isUnlocked() || m_working)
        return false;
    if (!m_session->beginBackgroundWork())
        return false;
    VaultSession *session = m_session;
    m_working = true;
    Q_EMIT workingChanged(true);
    // The result is filled on the worker thread and read on the GUI thread once the work has finished.
    auto outcome = std::make_shared<std::optional<Result<DueRun>>>();
    // The watcher belongs to the session: should this object go away early, the session still leaves busy.
    auto *watcher = new QFutureWatcher<bool>(session);
    QPointer<ScheduleOperations> self(this);
    connect(watcher, &QFutureWatcher<bool>::finished, session, [self, session, watcher, outcome, dryRun] {
        watcher->deleteLater();
        session->endBackgroundWork();
        if (!self)
            return;
        self->m_working = false;
        Q_EMIT self->workingChanged(false);
        if (!*outcome)
            return;
        const Result<DueRun> &result = **outcome;
        if (result && !dryRun && changedVault(*result))
            Q_EMIT self->vaultChanged();
        Q_EMIT self->dueRunFinished(result, dryRun);
    });
    Vault *vault = session->vault();
    const QFuture<bool> future = models::runInBackground([vault, outcome, dryRun] {
        outcome->emplace(vault->runDue(dryRun));
        return true;
    });
    session->trackBackgroundWork(QFuture<void>(future));
    watcher->setFuture(future);
    return true;
}

bool ScheduleOperations::changedVault(const DueRun &run)
{
    using A = DueOutcome::Action;
    return !run.dryRun
            && (run.count(A::Rotated) + run.count(A::Renewed) + run.count(A::PendingCreated) + run.count(A::Notified)
                + run.count(A::ExpiredNotice))
            > 0;
}

QString ScheduleOperations::kindText(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return tr("secret");
    case ObjectKind::Key: return tr("key");
    case ObjectKind::Certificate: return tr("certificate");
    }
    return {};
}

QString ScheduleOperations::outcomeText(const DueOutcome &o)
{
    using A = DueOutcome::Action;
    const QString kind = kindText(o.kind);
    QString text;
    switch (o.action) {
    case A::Rotated: text = tr("Rotated %1 %2 (new version %3)").arg(kind, o.name, o.newVersion.left(8)); break;
    case A::Renewed: text = tr("Renewed %1 %2 (new version %3)").arg(kind, o.name, o.newVersion.left(8)); break;
    case A::PendingCreated:
        text = tr("Requested a new version of %1 %2: its certificate signing request waits for the CA")
                       .arg(kind, o.name);
        break;
    case A::Notified: text = tr("Near-expiry notice for %1 %2").arg(kind, o.name); break;
    case A::ExpiredNotice: text = tr("Expired notice for %1 %2").arg(kind, o.name); break;
    case A::WouldRotate: text = tr("Would rotate %1 %2").arg(kind, o.name); break;
    case A::WouldRenew: text = tr("Would renew %1 %2").arg(kind, o.name); break;
    case A::WouldNotify: text = tr("Would record a notice for %1 %2").arg(kind, o.name); break;
    case A::Skipped: text = tr("Skipped %1 %2").arg(kind, o.name); break;
    case A::Failed: text = tr("Failed for %1 %2").arg(kind, o.name); break;
    }
    // The reason is core's English text (why it was due, or what failed and what to do); never a value.
    return o.reason.isEmpty() ? text : tr("%1: %2").arg(text, o.reason);
}

QString ScheduleOperations::summaryText(const DueRun &run)
{
    using A = DueOutcome::Action;
    if (run.outcomes.isEmpty())
        return tr("nothing was due");
    struct Part
    {
        A action;
        const char *text;
    };
    static constexpr Part kParts[] = {
            {A::Rotated, QT_TR_NOOP("%1 rotated")},
            {A::Renewed, QT_TR_NOOP("%1 renewed")},
            {A::PendingCreated, QT_TR_NOOP("%1 waiting for their CA")},
            {A::Notified, QT_TR_NOOP("%1 notified (near expiry)")},
            {A::ExpiredNotice, QT_TR_NOOP("%1 notified (expired)")},
            {A::WouldRotate, QT_TR_NOOP("%1 would rotate")},
            {A::WouldRenew, QT_TR_NOOP("%1 would renew")},
            {A::WouldNotify, QT_TR_NOOP("%1 would be notified")},
            {A::Skipped, QT_TR_NOOP("%1 skipped")},
            {A::Failed, QT_TR_NOOP("%1 failed")},
    };
    QStringList parts;
    for (const Part &part : kParts)
        if (const int n = run.count(part.action); n > 0)
            parts << tr(part.text).arg(n);
    return parts.join(QStringLiteral(", "));
}

} // namespace coffer::models
