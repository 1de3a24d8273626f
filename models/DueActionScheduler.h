#pragma once

#include "core/common/Result.h"
#include "core/vault/ScheduleTypes.h"
#include "models/VaultState.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <optional>

class QTimer;

namespace coffer::models {

class AppSettings;
class ScheduleOperations;
class VaultSession;

// Runs the due actions of an unlocked vault while the console is open (issue 8, .dev/research/rotation.md §4.2):
// shortly after unlock, and then whenever the next action comes due, it reads the schedule (one VaultScheduleGet
// record) and, only when something is due, runs Vault::runDue off the GUI thread (rotations may generate RSA
// keys). A single-shot timer is set after each check or run to min(next due - now, maxInterval), the times coming
// from the injected Clock; a failed action that stays due is tried again after maxInterval, not in a loop. Locking
// stops it (a run in progress finishes first: the session waits for it). The setting "Run due actions while the
// console is open" (AppSettings::runDueActions, default on) switches it.
class DueActionScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultMaxInterval {60 * 60 * 1000};
    static constexpr std::chrono::milliseconds kDefaultFirstRunDelay {3000};
    static constexpr std::chrono::milliseconds kDefaultRetryDelay {15000}; // when the vault is busy

    // `settings` may be null: then on until setEnabled(false).
    DueActionScheduler(ScheduleOperations *operations, AppSettings *settings, QObject *parent = nullptr);
    ~DueActionScheduler() override;

    // Follows the session's lock state (the operations object is expected to use the same session).
    void setSession(VaultSession *session);

    void setMaxInterval(std::chrono::milliseconds interval) { m_maxInterval = interval; }
    void setFirstRunDelay(std::chrono::milliseconds delay) { m_firstRunDelay = delay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    std::chrono::milliseconds maxInterval() const { return m_maxInterval; }

    bool isEnabled() const;
    // Stores the setting; on: starts (first check after firstRunDelay) when unlocked; off: stops.
    void setEnabled(bool on);
    // Reads the setting again (after the settings dialog changed it).
    void reconsider();

    bool isArmed() const;
    // The pending timer's interval; -1 when not armed.
    qint64 armedIntervalMsecs() const;
    // The earliest action to come that the last check or run found (clock time).
    std::optional<QDateTime> nextDue() const { return m_nextDue; }
    int checkCount() const { return m_checks; }
    int runCount() const { return m_runs; }
    const std::optional<DueRun> &lastRun() const { return m_lastRun; }
    bool isRunning() const { return m_running; }

    // Checks now (and runs what is due), instead of waiting for the timer.
    void checkNow();

Q_SIGNALS:
    void checked(bool somethingDue);
    void ran(const coffer::DueRun &run);
    // A check or run failed, or an action in a run failed (translated; said once until it changes).
    void failed(const QString &text);

private:
    void onStateChanged(VaultState state);
    void onRunFinished(const Result<DueRun> &result, bool dryRun);
    void tick();
    void startRun();
    void arm(std::chrono::milliseconds delay, bool expectDue);
    void armFor(const std::optional<QDateTime> &nextDue, const QDateTime &now);
    void stop();
    void fail(const QString &text);
    void start();

    ScheduleOperations *m_operations;
    AppSettings *m_settings;
    bool m_enabledFallback = true;
    QPointer<VaultSession> m_session;
    QTimer *m_timer;
    std::chrono::milliseconds m_maxInterval = kDefaultMaxInterval;
    std::chrono::milliseconds m_firstRunDelay = kDefaultFirstRunDelay;
    std::chrono::milliseconds m_retryDelay = kDefaultRetryDelay;
    std::optional<QDateTime> m_nextDue;
    bool m_expectDue = false; // the timer was set for m_nextDue: when it fires after it, run without a check
    bool m_running = false;
    int m_checks = 0;
    int m_runs = 0;
    std::optional<DueRun> m_lastRun;
    QString m_lastFailure;
};

} // namespace coffer::models
