#pragma once

#include "core/common/SecureBytes.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace coffer::models {

// Puts a revealed value on the system clipboard marked as secret for clipboard managers and history
// (x-kde-passwordManagerHint = secret, as KeePassXC does; the macOS and Windows equivalents there), and clears it
// after a delay and on lock/quit, but only while the clipboard still holds our value: what the user copied
// since is left alone. Keeps only a SHA-256 of the value, never the value.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void setClearInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds clearInterval() const { return m_timer.intervalAsDuration(); }

    void copy(const SecureBytes &value);
    bool holdsOurValue() const;
    bool isPending() const { return m_timer.isActive(); }
    // Clears the clipboard when it still holds our value. Returns whether it did.
    bool clearIfOurs();

Q_SIGNALS:
    void cleared();

private:
    QByteArray m_hash;
    QTimer m_timer;
};

} // namespace coffer::models
