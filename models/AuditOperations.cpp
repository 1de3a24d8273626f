#include "models/AuditOperations.h"

#include "core/access/AccessControl.h"
#include "core/audit/AuditService.h"
#include "core/vault/Vault.h"
#include "models/BackgroundWork.h"
#include "models/VaultSession.h"

#include <QFutureWatcher>

namespace coffer::models {

AuditOperations::AuditOperations(QObject *parent)
    : QObject(parent)
{ }

AuditOperations::~AuditOperations() = default;

void AuditOperations::setSession(VaultSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    cancelAll();
    setRunning(false); // work still running belongs to the old session, which waits for it
    m_decisions.clear();
    m_session = session;
    if (!session)
        return;
    // Queued: when the work that ends had a lock waiting, the lock comes first (and cancels the queue).
    connect(
            session, &VaultSession::busyChanged, this,
            [this](bool busy) {
                if (!busy)
                    pump();
            },
            Qt::QueuedConnection);
    connect(session, &VaultSession::stateChanged, this, [this] {
        m_decisions.clear();
        if (!isUnlocked())
            cancelAll();
    });
    connect(session, &VaultSession::accessChanged, this, [this] { m_decisions.clear(); });
}

VaultSession *AuditOperations::session() const
{
    return m_session;
}

bool AuditOperations::isUnlocked() const
{
    return m_session && m_session->vault();
}

access::Decision AuditOperations::can(access::Operation operation)
{
    if (!isUnlocked()) {
        access::Decision denied;
        denied.operation = operation;
        return denied;
    }
    if (!m_session->isBusy())
        m_decisions[operation] = m_session->vault()->access().can(operation, access::Resource::vault());
    const auto known = m_decisions.find(operation);
    if (known != m_decisions.end())
        return known->second;
    access::Decision unknown;
    unknown.operation = operation;
    return unknown;
}

void AuditOperations::dropPending(QObject *context)
{
    m_queue.removeIf([context](const Queued &queued) { return queued.context == context; });
}

void AuditOperations::notifyLogChanged()
{
    Q_EMIT logChanged();
}

void AuditOperations::enqueue(QObject *context, Task task, std::function<void()> cancelled)
{
    m_queue.append({context, std::move(task), std::move(cancelled)});
    if (!isUnlocked()) {
        cancelAll();
        return;
    }
    // Queued: callers may enqueue several calls in a row, and done is never called from inside run().
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(
                this,
                [this] {
                    m_pumpQueued = false;
                    pump();
                },
                Qt::QueuedConnection);
    }
}

void AuditOperations::cancelAll()
{
    const QList<Queued> queue = std::exchange(m_queue, {});
    for (const Queued &queued : queue)
        if (queued.context)
            queued.cancelled();
}

void AuditOperations::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void AuditOperations::pump()
{
    m_queue.removeIf([](const Queued &queued) { return queued.context.isNull(); });
    if (m_running || m_queue.isEmpty())
        return;
    if (!isUnlocked()) {
        cancelAll();
        return;
    }
    VaultSession *session = m_session;
    if (!session->beginBackgroundWork())
        return; // other work holds the vault: busyChanged(false) pumps again
    const Queued next = m_queue.takeFirst();
    setRunning(true);

    // The watcher belongs to the session: should this object go away first, the session still leaves busy.
    auto *watcher = new QFutureWatcher<Deliver>(session);
    QPointer<AuditOperations> self(this);
    connect(watcher, &QFutureWatcher<Deliver>::finished, session, [self, session, watcher, next] {
        const Deliver deliver = watcher->result();
        watcher->deleteLater();
        const bool mine = self && self->m_session == session;
        if (mine)
            self->setRunning(false);
        session->endBackgroundWork(); // may lock now (a lock asked for meanwhile): cancels the queue
        if (mine && next.context)
            deliver();
        if (self)
            self->pump();
    });
    Vault *vault = session->vault();
    const Task task = next.task;
    const QFuture<Deliver> future = runInBackground([vault, task]() -> Deliver { return task(vault->audit()); });
    session->trackBackgroundWork(QFuture<void>(future));
    watcher->setFuture(future);
}

} // namespace coffer::models
