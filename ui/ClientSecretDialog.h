#pragma once

#include "core/common/SecureBytes.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace coffer::models {
class SecretClipboard;
}

namespace coffer::ui {

// Shows a new application's client secret once, with Copy (through the secret clipboard, cleared after a while).
// Coffer keeps only a key derived from it: closing the dialog is the last chance to take it, so Close waits for the
// "I have stored it" tick. The text is overwritten when the dialog goes.
class ClientSecretDialog : public QDialog
{
    Q_OBJECT

public:
    ClientSecretDialog(const QString &appName, SecureString secret, models::SecretClipboard *clipboard,
                       QWidget *parent = nullptr);
    ~ClientSecretDialog() override;

    void copy();

private:
    void wipe();
    SecureString m_secret;
    models::SecretClipboard *m_clipboard;
    QLineEdit *m_text;
    QPushButton *m_copy;
    QCheckBox *m_stored;
    QPushButton *m_close;
};

} // namespace coffer::ui
