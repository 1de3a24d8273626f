#pragma once

#include "core/common/Result.h"
#include "core/vault/ScheduleTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace coffer {
class Clock;
}

namespace coffer::models {

class VaultSession;

// The console's path to the vault-wide schedule (issue 8): Vault::schedule, Vault::runDue and
// Vault::notifications on the session's open vault. The schedule and the notices are reads on the GUI thread
// (one query per kind; each call is one VaultScheduleGet / NotificationList record); the due run may generate
// RSA keys and runs off the GUI thread while the session is busy, ending with dueRunFinished(). A run that
// changed something (a new version, a notice) also emits vaultChanged() so that the pages list again.
class ScheduleOperations : public QObject
{
    Q_OBJECT

public:
    explicit ScheduleOperations(const Clock *clock, QObject *parent = nullptr);
    ~ScheduleOperations() override;

    void setSession(VaultSession *session);
    VaultSession *session() const;
    bool isUnlocked() const;
    // Unlocked and no background work running on the vault: schedule() and runDueInBackground() may be called.
    bool isIdle() const;
    const Clock *clock() const { return m_clock; }

    Result<Schedule> schedule(const ScheduleQuery &query);
    Result<QList<Notification>> notifications(const NotificationFilter &filter = {});

    // Off the GUI thread. False (nothing started) when locked or busy; otherwise dueRunFinished() follows.
    bool runDueInBackground(bool dryRun);
    bool isWorking() const { return m_working; }

    // Whether a run changed the vault (a new version, a pending request, a notice).
    static bool changedVault(const DueRun &run);
    // One line per outcome, translated: "Rotated key signing-key (new version 3f9a…): 90 days after creation".
    static QString outcomeText(const DueOutcome &outcome);
    // "2 rotated, 1 notified, 1 failed" or "nothing was due".
    static QString summaryText(const DueRun &run);
    // The kind as a word: "secret", "key", "certificate" (translated).
    static QString kindText(ObjectKind kind);

Q_SIGNALS:
    void dueRunFinished(const coffer::Result<coffer::DueRun> &result, bool dryRun);
    void vaultChanged();
    void workingChanged(bool working);

private:
    const Clock *m_clock;
    QPointer<VaultSession> m_session;
    bool m_working = false;
};

} // namespace coffer::models
