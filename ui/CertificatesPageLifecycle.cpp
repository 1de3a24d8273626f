// CertificatesPage, continued: the request, properties, backup, contacts and renewal actions, and the expiry banner.
#include "ui/CertificatesPage.h"

#include "core/common/Clock.h"
#include "models/CertificateFilterProxy.h"
#include "models/CertificateOperations.h"
#include "models/CertificateRenewalText.h"
#include "models/CertificateText.h"
#include "models/ErrorText.h"
#include "models/Prompter.h"
#include "ui/CertificateContactsDialog.h"
#include "ui/CertificateDetailsPane.h"
#include "ui/CertificatePropertiesDialog.h"
#include "ui/CertificateRenewalsDialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace coffer::ui {

namespace {
const QString kBackupSuffix = QStringLiteral(".cofferbackup");
}

bool CertificatesPage::cancelRequest()
{
    const QString name = currentCertificate();
    if (name.isEmpty() || !m_cancelAction->isEnabled())
        return false;
    const QString question = tr("Cancel the pending request for %1?").arg(name) + QStringLiteral("\n\n")
            + tr("The request stays, marked cancelled: a certificate signed from its CSR can no longer be merged. "
                 "Delete the request afterwards to remove it and its private key.");
    if (!m_prompter->confirm(tr("Cancel Request"), question))
        return false;
    auto result = m_operations->cancelPending(name);
    if (!result) {
        showError(tr("Cancel Request"), models::CertificateText::forError(result.error(), name));
        return false;
    }
    Q_EMIT statusMessage(tr("The request for %1 was cancelled").arg(name));
    return true;
}

bool CertificatesPage::deleteRequest()
{
    const QString name = currentCertificate();
    if (name.isEmpty() || !m_deleteRequestAction->isEnabled())
        return false;
    const QString question = tr("Delete the pending request for %1?").arg(name) + QStringLiteral("\n\n")
            + tr("The request and its private key are destroyed for good: a certificate signed from its CSR can "
                 "never be merged. This cannot be undone.");
    if (!m_prompter->confirm(tr("Delete Request"), question))
        return false;
    auto result = m_operations->deletePending(name);
    if (!result) {
        showError(tr("Delete Request"), models::CertificateText::forError(result.error(), name));
        return false;
    }
    Q_EMIT statusMessage(tr("The request for %1 and its key were deleted").arg(name));
    return true;
}

CertificatePropertiesDialog *CertificatesPage::showPropertiesDialog()
{
    const QString name = currentCertificate();
    if (name.isEmpty() || !m_propertiesAction->isEnabled() || !m_details->shown())
        return nullptr;
    const bool policyShown = m_details->certificateName().compare(name, Qt::CaseInsensitive) == 0;
    auto *dialog = new CertificatePropertiesDialog(m_operations, *m_details->shown(),
                                                   policyShown ? m_details->policy() : std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString version = m_details->shown()->info.version;
    connect(dialog, &QDialog::accepted, this, [this, name, version] {
        reload();
        selectCertificate(name);
        m_details->selectVersion(version);
        Q_EMIT statusMessage(tr("Properties of %1 saved").arg(name));
    });
    dialog->open();
    return dialog;
}

bool CertificatesPage::backupCurrent()
{
    const QString name = currentCertificate();
    if (name.isEmpty() || !m_backupAction->isEnabled())
        return false;
    auto bytes = m_operations->backup(name);
    if (!bytes) {
        showError(tr("Download Backup"), models::CertificateText::forError(bytes.error(), name));
        return false;
    }
    const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name + kBackupSuffix);
    const QString path = m_prompter->chooseSaveFile(tr("Download Backup of %1").arg(name), suggested,
                                                    tr("Coffer backups (*%1)").arg(kBackupSuffix));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        showError(tr("Download Backup"), models::ErrorText::forCode(ErrorCode::Io));
        return false;
    }
    Q_EMIT statusMessage(tr("Backup of %1 saved to %2").arg(name, QDir::toNativeSeparators(path)));
    return true;
}

bool CertificatesPage::restoreBackup()
{
    if (!m_restoreAction->isEnabled())
        return false;
    const QString path = m_prompter->chooseOpenFile(tr("Restore Certificate Backup"),
                                                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                    tr("Coffer backups (*%1);;All files (*)").arg(kBackupSuffix));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Restore Certificate Backup"), models::ErrorText::forCode(ErrorCode::Io));
        return false;
    }
    auto restored = m_operations->restore(file.readAll());
    if (!restored) {
        showError(tr("Restore Certificate Backup"), models::CertificateText::forError(restored.error()));
        return false;
    }
    selectCertificate(restored->info.name);
    Q_EMIT statusMessage(tr("Certificate %1 restored from backup").arg(restored->info.name));
    return true;
}

CertificateContactsDialog *CertificatesPage::showContactsDialog()
{
    if (!m_contactsAction->isEnabled())
        return nullptr;
    auto *dialog = new CertificateContactsDialog(m_operations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qsizetype n = dialog->contacts().size();
        Q_EMIT statusMessage(n == 1 ? tr("1 certificate contact saved") : tr("%1 certificate contacts saved").arg(n));
    });
    dialog->open();
    return dialog;
}

CertificateRenewalsDialog *CertificatesPage::showDueRenewals()
{
    if (!m_dueAction->isEnabled())
        return nullptr;
    auto *dialog = new CertificateRenewalsDialog(m_operations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->preview();
    dialog->open();
    return dialog;
}

CertificateRenewalsDialog *CertificatesPage::runDueRenewals()
{
    if (!m_runDueAction->isEnabled())
        return nullptr;
    const QString question = tr("Run the due renewals and expiry notices now?") + QStringLiteral("\n\n")
            + tr("Self-signed certificates whose lifetime action says \"Renew automatically\" get a new version; "
                 "for \"Email contacts\" the vault's contacts are notified once per version.");
    if (!m_prompter->confirm(tr("Run Due Renewals"), question))
        return nullptr;
    auto *dialog = new CertificateRenewalsDialog(m_operations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (!dialog->run()) {
        dialog->close();
        showError(tr("Run Due Renewals"), models::CertificateText::forError(Error(ErrorCode::Busy, {})));
        return nullptr;
    }
    return dialog;
}

void CertificatesPage::updateBanner()
{
    auto schedule = m_operations->renewalSchedule();
    const models::ExpiryNotice notice = schedule
            ? models::CertificateRenewalText::expiryNotice(*schedule, m_clock->now())
            : models::ExpiryNotice();
    m_noticed = notice.names;
    m_bannerText->setText(notice.text);
    m_banner->setVisible(!notice.isEmpty());
    if (notice.isEmpty())
        setNoticedOnly(false);
    else if (!m_proxy->onlyNames().isEmpty())
        setNoticedOnly(true); // still showing the noticed ones: follow the new list
}

void CertificatesPage::setNoticedOnly(bool only)
{
    m_proxy->setOnlyNames(only ? m_noticed : QStringList());
    m_bannerShow->setText(only ? tr("&Show all") : tr("&Show"));
    m_bannerShow->setToolTip(only ? tr("List every certificate again") : tr("List only these certificates"));
}

void CertificatesPage::toggleNoticed()
{
    const bool only = m_proxy->onlyNames().isEmpty();
    if (only)
        m_filter->clear();
    setNoticedOnly(only);
    if (only && !m_noticed.isEmpty())
        selectCertificate(m_noticed.constFirst());
    updateActions();
}

} // namespace coffer::ui
