#pragma once

#include "models/HsmSettingsModel.h"

#include <QGroupBox>
#include <QPointer>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace coffer::models {
class Prompter;
class VaultSession;
} // namespace coffer::models

namespace coffer::ui {

class WidgetPrompter;

// The "Hardware security module (PKCS#11)" group of the vault's Properties page: the bound token's status, a module
// picker (p11-kit's registered modules and Browse…), the chosen module's tokens, the user PIN with Test PIN and
// Remember in keychain, Bind (after a confirmation) and Unbind (refused, with the reason, while HSM keys exist).
// When the vault names a module this computer does not trust, a warning and "Trust this module…" (confirmed).
// The logic is models::HsmSettingsModel; token calls run off the GUI thread behind a busy indicator.
class HsmSettingsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit HsmSettingsPanel(QWidget *parent = nullptr);
    ~HsmSettingsPanel() override;

    void setSession(models::VaultSession *session);
    // Confirmations and the module file chooser (default: message boxes and file dialogs).
    void setPrompter(models::Prompter *prompter);
    models::HsmSettingsModel *model() const { return m_model; }

    // Reads the status and the module list again (done by itself the first time the panel shows after an unlock).
    void reload();
    // The module whose tokens are listed (adds it to the picker when it is not there).
    void chooseModule(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildModules();
    void rebuildTokens();
    void showStatus();
    void updateActions();
    void onModuleActivated(int index);
    void onFinished(models::HsmSettingsModel::Task task, const Result<void> &result, const QString &text);
    void runNext();
    void later(std::function<bool()> task);
    QString selectedModule() const;
    QString selectedToken() const;
    SecureString takePin();
    void testPin();
    void bind();
    void unbind();
    void trustModule();

    models::HsmSettingsModel *m_model;
    std::unique_ptr<WidgetPrompter> m_ownPrompter;
    models::Prompter *m_prompter;
    QList<std::function<bool()>> m_queue; // tasks waiting for the one that runs
    QString m_wantedModule;
    bool m_loaded = false; // status and modules read since the last unlock (on first show: no token call before)

    QLabel *m_status;
    QLabel *m_statusError;
    QWidget *m_trustBox;
    QLabel *m_trustWarning;
    QPushButton *m_trust;
    QComboBox *m_module;
    QComboBox *m_token;
    QLabel *m_tokenNote;
    QLineEdit *m_pin;
    QCheckBox *m_remember;
    QPushButton *m_refresh;
    QPushButton *m_testPin;
    QPushButton *m_forgetPin;
    QPushButton *m_bind;
    QPushButton *m_unbind;
    QProgressBar *m_busy;
    QLabel *m_message;
    QLabel *m_error;
};

} // namespace coffer::ui
