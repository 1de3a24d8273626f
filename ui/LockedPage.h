#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace coffer::models {
class VaultSession;
}

namespace coffer::ui {

// What the console shows for a locked vault: name, location, last error, and the way in.
class LockedPage : public QWidget
{
    Q_OBJECT

public:
    explicit LockedPage(QWidget *parent = nullptr);

    void setSession(models::VaultSession *session);
    void refresh();

Q_SIGNALS:
    void unlockRequested();

private:
    QPointer<models::VaultSession> m_session;
    QLabel *m_icon;
    QLabel *m_name;
    QLabel *m_path;
    QLabel *m_state;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_unlock;
};

} // namespace coffer::ui
