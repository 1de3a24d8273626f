#pragma once

#include <QObject>

#include <chrono>

class QTimer;

namespace coffer::models {

// Emits idleTimeout() when no user input (keys, mouse, wheel, touch) reached the application for the set time.
// Installed as an application-wide event filter; the interval is injectable so tests need not wait minutes.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // Filters the input of every object of the application.
    void watchApplication();
    // Zero turns the watcher off.
    void setTimeout(std::chrono::milliseconds timeout);
    void setTimeoutMinutes(int minutes);
    std::chrono::milliseconds timeout() const;
    bool isArmed() const;
    // Milliseconds until idleTimeout(), or -1 when not armed.
    int remainingTime() const;
    void restart();

    static bool isUserInput(int eventType);

Q_SIGNALS:
    void idleTimeout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    std::chrono::milliseconds m_timeout {0};
};

} // namespace coffer::models
