#pragma once

#include "core/vault/KeyTypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace coffer::models {
class KeyOperations;
}

namespace coffer::ui {

// Software or HSM protection for a new key. HSM is offered only when the vault has a bound, present token and
// the session has its PIN; otherwise the choice is disabled with the reason, and when only the PIN is missing a
// PIN field logs in to the token (HsmBinding::login) right here.
class KeyProtectionChooser : public QWidget
{
    Q_OBJECT

public:
    explicit KeyProtectionChooser(models::KeyOperations *operations, QWidget *parent = nullptr);

    // Reads the vault's HSM state again.
    void refresh();
    Protection protection() const;
    void setProtection(Protection protection);
    bool isHsmAvailable() const;
    QString hsmReason() const;
    // Logs in with the PIN typed in the PIN field. False (with the reason shown) when refused.
    bool logIn();

Q_SIGNALS:
    void changed();

private:
    models::KeyOperations *m_operations;
    QRadioButton *m_software;
    QRadioButton *m_hsm;
    QLabel *m_token;
    QLabel *m_reason;
    QLineEdit *m_pin;
    QPushButton *m_login;
    QLabel *m_error;
};

} // namespace coffer::ui
