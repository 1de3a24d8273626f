#pragma once

#include "core/access/Decision.h"
#include "core/common/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>

namespace coffer::audit {
class AuditService;
}

namespace coffer::models {

class VaultSession;

// The one place the console reads and manages an unlocked vault's audit log. Every call may touch a large log
// (list, stats, export, verify, import), so it runs off the GUI thread; a Vault is never used from two threads at
// once, so calls run one at a time and hold the session busy while they run (other work waits, a lock waits for
// the end). `done` is called on the GUI thread, unless `context` has gone by then; a lock cancels what is still
// queued (done receives Cancelled).
class AuditOperations : public QObject
{
    Q_OBJECT

public:
    explicit AuditOperations(QObject *parent = nullptr);
    ~AuditOperations() override;

    void setSession(VaultSession *session);
    VaultSession *session() const;
    bool isUnlocked() const;
    // The session principal's decision (pure, cheap; denied while locked). While work runs on the vault, the answer
    // last read for the operation (what may be done does not change under a running call).
    access::Decision can(access::Operation operation);

    template<typename T>
    void run(QObject *context, std::function<Result<T>(audit::AuditService &)> work,
             std::function<void(Result<T>)> done)
    {
        auto callback = std::make_shared<std::function<void(Result<T>)>>(std::move(done));
        enqueue(
                context,
                [work = std::move(work), callback](audit::AuditService &service) -> Deliver {
                    auto result = std::make_shared<Result<T>>(work(service));
                    return [callback, result] { (*callback)(std::move(*result)); };
                },
                [callback] { (*callback)(Error(ErrorCode::Cancelled, QStringLiteral("the vault was locked"))); });
    }

    bool isRunning() const { return m_running; }
    qsizetype pendingCount() const { return m_queue.size(); }
    // Forgets what `context` queued and has not started yet (a superseded load).
    void dropPending(QObject *context);

    // After a change of the log's content made here (an import, a retention change): pages reload.
    void notifyLogChanged();

Q_SIGNALS:
    void runningChanged(bool running);
    void logChanged();

private:
    using Deliver = std::function<void()>;
    using Task = std::function<Deliver(audit::AuditService &)>;
    struct Queued
    {
        QPointer<QObject> context;
        Task task;
        std::function<void()> cancelled;
    };
    void enqueue(QObject *context, Task task, std::function<void()> cancelled);
    void pump();
    void cancelAll();
    void setRunning(bool running);

    QPointer<VaultSession> m_session;
    QList<Queued> m_queue;
    std::map<access::Operation, access::Decision> m_decisions;
    bool m_running = false;
    bool m_pumpQueued = false;
};

} // namespace coffer::models
