#pragma once

#include "core/common/Result.h"
#include "core/vault/CertificateStore.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace coffer {
class Clock;
}

namespace coffer::models {
class CertificateFilterProxy;
class CertificateListModel;
class CertificateOperations;
class Prompter;
} // namespace coffer::models

namespace coffer::ui {

class CertificateContactsDialog;
class CertificateDetailsPane;
class CertificateExportDialog;
class CertificatePropertiesDialog;
class CertificateRenewalsDialog;
class CreateCertificateWizard;
class ImportCertificateWizard;
class MergeCertificateDialog;

// The Certificates page of an unlocked vault: a filterable, sortable table (name, subject CN, issuer CN, expiry
// coloured by the clock, SHA-1 thumbprint, key, status; pending requests as rows), the details pane with the chain,
// and the actions: Import, Create, Renew now, Properties, Download (CER/PEM/DER), Download PFX/PEM with the key,
// Download CSR, Merge signed certificate, Cancel request (Azure's soft cancel), Delete request, Delete (with undo),
// Download backup, Restore backup, What is due, Run due renewals, Contacts, Refresh. Each action is disabled, with
// the reason, when the selection or the signed-in principal does not allow it. A banner above the table names the
// certificates that have expired, expire within 30 days or are due for their expiry notice; Show lists just those.
// Every accelerator on the page is unique.
class CertificatesPage : public QWidget
{
    Q_OBJECT

public:
    CertificatesPage(models::CertificateOperations *operations, models::Prompter *prompter, const Clock *clock,
                     QWidget *parent = nullptr);

    void reload();
    void clear();
    QString currentCertificate() const;
    void selectCertificate(const QString &name);

    models::CertificateListModel *certificateModel() const { return m_model; }
    models::CertificateFilterProxy *proxy() const { return m_proxy; }
    CertificateDetailsPane *details() const { return m_details; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    ImportCertificateWizard *showImportWizard();
    CreateCertificateWizard *showCreateWizard();
    // Asks, then makes a new version off the GUI thread. False when nothing was started.
    bool renewCurrent();
    bool isRenewing() const { return m_renewing; }
    // The public certificate; the format follows the chosen file's extension (.pem/.crt PEM, .cer/.der DER).
    bool downloadCurrent();
    CertificateExportDialog *showExportDialog();
    bool downloadCsr();
    MergeCertificateDialog *showMergeDialog();
    bool cancelRequest(); // soft: the request stays, marked cancelled
    bool deleteRequest(); // the request and its key are destroyed
    void deleteCurrent();
    CertificatePropertiesDialog *showPropertiesDialog();
    bool backupCurrent();
    bool restoreBackup();
    CertificateContactsDialog *showContactsDialog();
    CertificateRenewalsDialog *showDueRenewals(); // the dry run
    CertificateRenewalsDialog *runDueRenewals(); // asks, then runs and shows what happened

    QWidget *expiryBanner() const { return m_banner; }
    QLabel *expiryBannerLabel() const { return m_bannerText; }
    QPushButton *expiryBannerButton() const { return m_bannerShow; }
    const QStringList &noticedCertificates() const { return m_noticed; }
    // The banner's Show: the table lists only the noticed certificates (again: all of them).
    void toggleNoticed();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void undoOffered(const QString &text, const std::function<void()> &undo);

private:
    void createActions();
    void updateActions();
    void onCurrentChanged();
    void onCreated(const Result<CertificateStore::CreateResult> &result);
    void showError(const QString &title, const QString &text);
    void updateBanner();
    void setNoticedOnly(bool only);

    models::CertificateOperations *m_operations;
    models::Prompter *m_prompter;
    const Clock *m_clock;
    models::CertificateListModel *m_model;
    models::CertificateFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_error;
    QProgressBar *m_busy;
    CertificateDetailsPane *m_details;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerShow;
    QStringList m_noticed;
    bool m_renewing = false;
    QString m_renewingName;

    QAction *m_importAction = nullptr;
    QAction *m_createAction = nullptr;
    QAction *m_renewAction = nullptr;
    QAction *m_downloadAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_csrAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_deleteRequestAction = nullptr;
    QAction *m_propertiesAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_contactsAction = nullptr;
    QAction *m_dueAction = nullptr;
    QAction *m_runDueAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace coffer::ui
