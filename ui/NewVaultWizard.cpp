#include "ui/NewVaultWizard.h"

#include "models/AppSettings.h"

#include "core/vault/Vault.h"
#include "models/CreateVaultJob.h"
#include "models/ErrorText.h"
#include "models/VaultListModel.h"
#include "ui/Icons.h"
#include "ui/NewVaultPages.h"

#include <QAbstractButton>
#include <QCloseEvent>

namespace coffer::ui {

NewVaultWizard::NewVaultWizard(models::VaultListModel *vaults, const models::Services &services,
                               models::Prompter *prompter, models::AppSettings *settings, QWidget *parent)
    : QWizard(parent)
    , m_vaults(vaults)
    , m_services(services)
    , m_prompter(prompter)
    , m_settings(settings)
    , m_namePage(new NamePage(this))
    , m_passphrasePage(new PassphrasePage(this))
    , m_policyPage(new PolicyPage(this))
    , m_createPage(new CreatePage(this))
    , m_recoveryPage(new RecoveryKeyPage(this))
{
    setObjectName(QStringLiteral("newVaultWizard"));
    setWindowTitle(tr("New Vault"));
    setWindowIcon(icons::get("add"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPixmap(QWizard::LogoPixmap, icons::application().pixmap(40, 40));
    setPage(NamePageId, m_namePage);
    setPage(PassphrasePageId, m_passphrasePage);
    setPage(PolicyPageId, m_policyPage);
    if (m_settings)
        m_policyPage->setRetentionDays(m_settings->defaultRetentionDays());
    setPage(CreatePageId, m_createPage);
    setPage(RecoveryKeyPageId, m_recoveryPage);
    setStartId(NamePageId);
    setMinimumSize(640, 520);
}

NewVaultWizard::~NewVaultWizard()
{
    if (m_job)
        m_job->disconnect(this);
    wipe();
}

bool NewVaultWizard::isCreating() const
{
    return m_job && m_job->isRunning();
}

void NewVaultWizard::startCreation()
{
    if (isCreating())
        return;
    VaultCreateOptions options;
    options.parentFolder = m_namePage->parentFolder();
    options.name = m_namePage->vaultName();
    options.ownerName = m_namePage->ownerName();
    options.retentionDays = m_policyPage->retentionDays();
    options.purgeProtection = m_policyPage->purgeProtection();
    auto *job = new models::CreateVaultJob(std::move(options), m_passphrasePage->passphrase(), m_services, this);
    m_job = job;
    connect(job, &models::CreateVaultJob::finished, this, &NewVaultWizard::onCreated);
    m_createPage->setRunning(true);
    if (QAbstractButton *cancel = button(QWizard::CancelButton))
        cancel->setEnabled(false);
    if (QAbstractButton *back = button(QWizard::BackButton))
        back->setEnabled(false);
    job->start();
}

void NewVaultWizard::onCreated(const Result<void> &result)
{
    auto *job = m_job.data();
    m_job = nullptr;
    if (QAbstractButton *cancel = button(QWizard::CancelButton))
        cancel->setEnabled(true);
    if (QAbstractButton *back = button(QWizard::BackButton))
        back->setEnabled(true);
    if (!job)
        return;
    job->deleteLater();
    if (!result) {
        m_createPage->setFailed(models::ErrorText::forCode(result.error().code()));
        Q_EMIT creationFinished(result);
        return;
    }
    CreatedVault created = job->takeCreated();
    m_recoveryKey = std::move(created.recoveryKey);
    m_passphrasePage->clear();
    m_createdId = m_vaults->addCreated(std::move(created.vault));
    m_createPage->setDone();
    Q_EMIT vaultCreated(m_createdId);
    Q_EMIT creationFinished(result);
    next();
}

void NewVaultWizard::reject()
{
    if (isCreating())
        return; // cannot be closed while the vault is being written
    if (currentId() == RecoveryKeyPageId) {
        // The vault exists; leaving is finishing, and only once the key is saved.
        if (m_recoveryPage->isConfirmed())
            accept();
        return;
    }
    QWizard::reject();
}

void NewVaultWizard::done(int result)
{
    wipe();
    QWizard::done(result);
}

void NewVaultWizard::closeEvent(QCloseEvent *event)
{
    if (isCreating() || (currentId() == RecoveryKeyPageId && !m_recoveryPage->isConfirmed())) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

void NewVaultWizard::wipe()
{
    m_recoveryPage->wipe();
    m_recoveryKey = SecureString();
    m_passphrasePage->clear();
}

} // namespace coffer::ui
