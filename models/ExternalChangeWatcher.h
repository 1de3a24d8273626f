#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace coffer::models {

class VaultSession;

// Notices when another process (coffer-cli, a second console) commits to the unlocked vault, by polling
// Vault::externalChangeCounter(); our own writes do not count. Polls only while the session is unlocked.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultInterval {2000};

    explicit ExternalChangeWatcher(QObject *parent = nullptr);

    void setSession(VaultSession *session);
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    bool isPolling() const { return m_timer.isActive(); }
    // Polls at once (also what the timer calls).
    void check();

Q_SIGNALS:
    void externalChange();

private:
    void restart();

    QPointer<VaultSession> m_session;
    QTimer m_timer;
    qint64 m_last = -1;
};

} // namespace coffer::models
