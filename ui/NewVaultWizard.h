#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "models/Services.h"

#include <QPointer>
#include <QWizard>

namespace coffer::models {
class AppSettings;
class CreateVaultJob;
class Prompter;
class VaultListModel;
} // namespace coffer::models

namespace coffer::ui {

class NamePage;
class PassphrasePage;
class PolicyPage;
class CreatePage;
class RecoveryKeyPage;

// New vault: name and folder → passphrase → retention and purge protection → create (off the GUI thread, the
// wizard cannot be closed meanwhile) → the recovery key, shown once. The created vault is listed, unlocked, as
// soon as it exists; the recovery key is wiped from memory and from the widgets when the wizard closes.
class NewVaultWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { NamePageId, PassphrasePageId, PolicyPageId, CreatePageId, RecoveryKeyPageId };

    NewVaultWizard(models::VaultListModel *vaults, const models::Services &services, models::Prompter *prompter,
                   models::AppSettings *settings, QWidget *parent = nullptr);
    ~NewVaultWizard() override;

    bool isCreating() const;
    QString createdVaultId() const { return m_createdId; }
    // The recovery key of the created vault; empty before creation and after the wizard closed.
    const SecureString &recoveryKey() const { return m_recoveryKey; }
    models::Prompter *prompter() const { return m_prompter; }
    models::AppSettings *settings() const { return m_settings; }

    // Called by the create page.
    void startCreation();

    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void vaultCreated(const QString &id);
    void creationFinished(const coffer::Result<void> &result);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onCreated(const Result<void> &result);
    void wipe();

    models::VaultListModel *m_vaults;
    models::Services m_services;
    models::Prompter *m_prompter;
    models::AppSettings *m_settings;
    NamePage *m_namePage;
    PassphrasePage *m_passphrasePage;
    PolicyPage *m_policyPage;
    CreatePage *m_createPage;
    RecoveryKeyPage *m_recoveryPage;
    QPointer<models::CreateVaultJob> m_job;
    SecureString m_recoveryKey;
    QString m_createdId;
};

} // namespace coffer::ui
