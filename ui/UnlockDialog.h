#pragma once

#include "core/common/Result.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;
class QStackedWidget;

namespace coffer::models {
class AppSettings;
class VaultSession;
} // namespace coffer::models

namespace coffer::ui {

// Unlocks one vault with its passphrase, its recovery key or the OS keychain (offered only when the vault has a
// keychain slot). With several passphrase keyslots (one per user) "Sign in as" picks whose, so that only that
// slot's key derivation runs and the session acts as its principal; the choice is remembered per vault, and "any
// passphrase" tries each. The key derivation runs in the session's job; errors are shown inline and the dialog
// stays open for another try. Accepted once the vault is unlocked.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    enum Method { PassphraseMethod, RecoveryKeyMethod, KeychainMethod };

    explicit UnlockDialog(models::VaultSession *session, models::AppSettings *settings = nullptr,
                          QWidget *parent = nullptr);
    ~UnlockDialog() override;

    void setMethod(Method method);
    Method method() const;
    bool isBusy() const;
    QString errorText() const;
    // The passphrase keyslot to try (empty: any); whether the choice is offered at all.
    QString chosenKeyslot() const;
    void chooseKeyslot(const QString &slotId);
    bool offersKeyslotChoice() const;

    void reject() override;

private:
    void submit();
    void onFinished(const Result<void> &result);
    void setBusy(bool busy);
    void updateButtons();

    void fillKeyslots();

    QPointer<models::VaultSession> m_session;
    models::AppSettings *m_settings;
    QComboBox *m_slot;
    QWidget *m_slotRow;
    QButtonGroup *m_methods;
    QRadioButton *m_passphraseRadio;
    QRadioButton *m_recoveryRadio;
    QRadioButton *m_keychainRadio;
    QStackedWidget *m_inputs;
    QLineEdit *m_passphrase;
    QLineEdit *m_recoveryKey;
    QLabel *m_error;
    QProgressBar *m_busy;
    QLabel *m_busyText;
    QDialogButtonBox *m_buttons;
    bool m_isBusy = false;
};

} // namespace coffer::ui
