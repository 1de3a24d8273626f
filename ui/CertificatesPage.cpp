#include "ui/CertificatesPage.h"

#include "core/common/Clock.h"
#include "models/CertificateActions.h"
#include "models/CertificateFilterProxy.h"
#include "models/CertificateListModel.h"
#include "models/CertificateOperations.h"
#include "models/CertificateText.h"
#include "models/Counts.h"
#include "models/ErrorText.h"
#include "models/Prompter.h"
#include "models/TimeFormat.h"
#include "ui/CertificateDetailsPane.h"
#include "ui/CertificateExportDialog.h"
#include "ui/CreateCertificateWizard.h"
#include "ui/Icons.h"
#include "ui/ImportCertificateWizard.h"
#include "ui/MergeCertificateDialog.h"
#include "ui/WidgetUtil.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
QString certificatesCount(qint64 n)
{
    return n == 1 ? CertificatesPage::tr("1 certificate") : CertificatesPage::tr("%1 certificates").arg(n);
}

bool writeFile(const QString &path, QByteArrayView bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes.data(), bytes.size()) == bytes.size() && file.commit();
}
} // namespace

CertificatesPage::CertificatesPage(models::CertificateOperations *operations, models::Prompter *prompter,
                                   const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_model(new models::CertificateListModel(clock, this))
    , m_proxy(new models::CertificateFilterProxy(m_model, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_busy(makeBusyBar(this))
    , m_details(new CertificateDetailsPane(operations, prompter, clock, this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_bannerShow(new QPushButton(tr("&Show"), m_banner))
{
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter certificates"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F): name, subject, thumbprint, tag, rsa, ec, hsm, pending, or "
                                    "enabled, disabled, expired, expiring"));
    m_view->setObjectName(QStringLiteral("certificatesView"));
    m_view->setAccessibleName(tr("Certificates"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_error->setObjectName(QStringLiteral("pageError"));
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_details->setObjectName(QStringLiteral("certificateDetailsPane"));
    m_banner->setObjectName(QStringLiteral("expiryBanner"));
    m_bannerText->setObjectName(QStringLiteral("expiryBannerLabel"));
    m_bannerShow->setObjectName(QStringLiteral("expiryBannerButton"));
    auto *bannerFrame = static_cast<QFrame *>(m_banner);
    bannerFrame->setFrameShape(QFrame::StyledPanel);
    bannerFrame->setAutoFillBackground(true);
    QPalette bannerPalette = bannerFrame->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x5c, 0x3b, 0x00));
    bannerFrame->setPalette(bannerPalette);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerShow);
    m_banner->setVisible(false);
    connect(m_bannerShow, &QPushButton::clicked, this, &CertificatesPage::toggleNoticed);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(models::CertificateListModel::NameColumn, Qt::AscendingOrder);
    setUpTable(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    createActions();
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        if (!text.isEmpty())
            setNoticedOnly(false); // typing a filter searches every certificate again
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CertificatesPage::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CertificatesPage::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CertificatesPage::updateActions);
    connect(m_details, &CertificateDetailsPane::statusMessage, this, &CertificatesPage::statusMessage);
    connect(m_operations, &models::CertificateOperations::created, this, &CertificatesPage::onCreated);

    auto *toolbar = makePageToolbar(this, QStringLiteral("certificatesToolbar"),
                                    {{m_importAction, m_createAction, m_renewAction, m_propertiesAction},
                                     {m_downloadAction, m_exportAction},
                                     {m_csrAction, m_mergeAction, m_cancelAction, m_deleteRequestAction},
                                     {m_deleteAction, m_backupAction, m_restoreAction},
                                     {m_dueAction, m_runDueAction, m_contactsAction, m_refreshAction}});

    QSplitter *splitter = makeListDetailsSplitter(this, m_filter, m_count, m_view, m_details, {600, 460});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(toolbar);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    updateActions();
}

void CertificatesPage::createActions()
{
    auto make = [this](const char *icon, const QString &text, const QKeySequence &shortcut, const char *name) {
        return makePageAction(this, icon, text, shortcut, name);
    };
    // Ctrl+N is New Vault in the whole window: as on the Keys page, creating takes Ctrl+Shift+N.
    m_importAction
            = make("open", tr("&Import…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), "actionImportCertificate");
    m_createAction
            = make("add", tr("&Create…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), "actionCreateCertificate");
    m_renewAction = make("busy", tr("Re&new now…"), QKeySequence(Qt::CTRL | Qt::Key_R), "actionRenewCertificate");
    m_downloadAction = make("key", tr("&Download…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                            "actionDownloadCertificate");
    m_exportAction = make("key", tr("Download with private &key…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                          "actionExportCertificate");
    m_csrAction = make("open", tr("Download CS&R…"), {}, "actionDownloadCsr");
    m_mergeAction = make("add", tr("&Merge signed certificate…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                         "actionMergeCertificate");
    m_cancelAction = make("remove", tr("Cancel re&quest…"), {}, "actionCancelRequest");
    m_deleteRequestAction = make("remove", tr("Delete requ&est…"), {}, "actionDeleteRequest");
    m_deleteAction = make("remove", tr("De&lete…"), QKeySequence::Delete, "actionDeleteCertificate");
    m_propertiesAction = make("settings", tr("&Properties…"), {}, "actionCertificateProperties");
    m_backupAction = make("open", tr("Download &backup…"), {}, "actionBackupCertificate");
    m_restoreAction = make("open", tr("Res&tore backup…"), {}, "actionRestoreCertificate");
    m_dueAction = make("audit", tr("What is d&ue…"), {}, "actionWhatIsDue");
    m_runDueAction = make("busy", tr("Run due rene&wals…"), {}, "actionRunDueRenewals");
    m_contactsAction = make("settings", tr("C&ontacts…"), {}, "actionCertificateContacts");
    m_refreshAction = make("busy", tr("Refres&h"), QKeySequence::Refresh, "actionRefreshCertificates");
    m_findAction = make("key", tr("&Find"), QKeySequence::Find, "actionFindCertificate");
    m_downloadAction->setToolTip(tr("Download the certificate (CER/DER or PEM), without its private key"));
    m_exportAction->setToolTip(tr("Download the certificate with its private key (PFX or PEM)"));
    m_renewAction->setToolTip(tr("Make a new version from the certificate's policy now"));
    m_cancelAction->setToolTip(tr("Cancel the pending request: it stays, marked cancelled, and can no longer be "
                                  "merged"));
    m_deleteRequestAction->setToolTip(tr("Delete the pending request and its private key"));
    m_dueAction->setToolTip(tr("What the due renewals and expiry notices would do now (nothing changes)"));
    m_runDueAction->setToolTip(tr("Renew the certificates that renew automatically and notify the contacts now"));
    m_contactsAction->setToolTip(tr("Who the expiry notices of this vault's certificates are for"));
    for (QAction *action : actions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *action : {m_importAction, m_createAction, m_findAction, m_refreshAction})
        action->setShortcutContext(Qt::WindowShortcut);
    // Delete acts on the table only: in the filter box it keeps its text-editing meaning.
    removeAction(m_deleteAction);
    m_view->addActions({m_renewAction, m_propertiesAction, m_downloadAction, m_exportAction, m_csrAction, m_mergeAction,
                        m_cancelAction, m_deleteRequestAction, m_deleteAction, m_backupAction});

    connect(m_importAction, &QAction::triggered, this, &CertificatesPage::showImportWizard);
    connect(m_createAction, &QAction::triggered, this, &CertificatesPage::showCreateWizard);
    connect(m_renewAction, &QAction::triggered, this, &CertificatesPage::renewCurrent);
    connect(m_downloadAction, &QAction::triggered, this, &CertificatesPage::downloadCurrent);
    connect(m_exportAction, &QAction::triggered, this, &CertificatesPage::showExportDialog);
    connect(m_csrAction, &QAction::triggered, this, &CertificatesPage::downloadCsr);
    connect(m_mergeAction, &QAction::triggered, this, &CertificatesPage::showMergeDialog);
    connect(m_cancelAction, &QAction::triggered, this, &CertificatesPage::cancelRequest);
    connect(m_deleteRequestAction, &QAction::triggered, this, &CertificatesPage::deleteRequest);
    connect(m_propertiesAction, &QAction::triggered, this, &CertificatesPage::showPropertiesDialog);
    connect(m_backupAction, &QAction::triggered, this, &CertificatesPage::backupCurrent);
    connect(m_restoreAction, &QAction::triggered, this, &CertificatesPage::restoreBackup);
    connect(m_dueAction, &QAction::triggered, this, &CertificatesPage::showDueRenewals);
    connect(m_runDueAction, &QAction::triggered, this, &CertificatesPage::runDueRenewals);
    connect(m_contactsAction, &QAction::triggered, this, &CertificatesPage::showContactsDialog);
    connect(m_deleteAction, &QAction::triggered, this, &CertificatesPage::deleteCurrent);
    connect(m_refreshAction, &QAction::triggered, this, &CertificatesPage::reload);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

QString CertificatesPage::currentCertificate() const
{
    return m_proxy->idAt(m_view->currentIndex());
}

void CertificatesPage::selectCertificate(const QString &name)
{
    QModelIndex index = m_proxy->indexOf(name);
    if (!index.isValid() && m_model->indexOf(name).isValid()) {
        m_filter->clear();
        index = m_proxy->indexOf(name);
    }
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void CertificatesPage::reload()
{
    auto certificates = m_operations->list();
    if (!certificates) {
        if (certificates.error().code() == ErrorCode::Busy)
            return; // background work on the vault: the page reloads when it ends
        setErrorText(m_error, models::CertificateText::forError(certificates.error()));
        m_model->clear();
        m_details->showCertificate({});
        updateActions();
        return;
    }
    setErrorText(m_error, {});
    auto pending = m_operations->listPending();
    m_model->setCertificates(*certificates, pending ? *pending : QList<CertificateOperationInfo>());
    m_details->showCertificate(currentCertificate());
    updateBanner();
    updateActions();
}

void CertificatesPage::clear()
{
    m_details->showCertificate({});
    m_model->clear();
    m_filter->clear();
    m_noticed.clear();
    setNoticedOnly(false);
    m_banner->setVisible(false);
    setErrorText(m_error, {});
    updateActions();
}

void CertificatesPage::onCurrentChanged()
{
    m_details->showCertificate(currentCertificate());
    updateActions();
}

void CertificatesPage::updateActions()
{
    using models::actions::CertificateAction;
    const models::CertificateRow *row = m_model->row(currentCertificate());
    const bool unlocked = m_operations->isUnlocked() && !m_renewing;
    models::actions::CertificateSelection selection;
    if (row) {
        selection.selected = true;
        selection.name = row->name;
        selection.hasCertificate = row->certificate.has_value();
        selection.hasPending = row->pending.has_value();
        selection.pendingCancelled = row->pending && row->pending->cancellationRequested;
        if (row->certificate) {
            selection.enabled = row->certificate->info.attributes.enabled;
            selection.hasPrivateKey = row->certificate->hasPrivateKey;
            selection.exportable = row->certificate->exportable;
            selection.keyProtection = row->certificate->keyProtection;
            selection.hasPolicy = m_details->certificateName().compare(row->name, Qt::CaseInsensitive) == 0
                    && m_details->policy().has_value();
        }
    }
    const models::actions::AccessCheck can = unlocked ? m_operations->accessCheck() : models::actions::AccessCheck();
    const auto bind = [&](QAction *action, CertificateAction rule) {
        applyActionState(action, models::actions::certificateActionState(rule, unlocked, selection, can));
    };
    bind(m_importAction, CertificateAction::Import);
    bind(m_createAction, CertificateAction::Create);
    bind(m_renewAction, CertificateAction::Renew);
    bind(m_downloadAction, CertificateAction::Download);
    bind(m_exportAction, CertificateAction::DownloadWithKey);
    bind(m_csrAction, CertificateAction::DownloadCsr);
    bind(m_mergeAction, CertificateAction::Merge);
    bind(m_cancelAction, CertificateAction::CancelRequest);
    bind(m_deleteRequestAction, CertificateAction::DeleteRequest);
    bind(m_deleteAction, CertificateAction::Delete);
    bind(m_propertiesAction, CertificateAction::Properties);
    bind(m_backupAction, CertificateAction::Backup);
    bind(m_restoreAction, CertificateAction::Restore);
    bind(m_contactsAction, CertificateAction::Contacts);
    bind(m_dueAction, CertificateAction::WhatIsDue);
    bind(m_runDueAction, CertificateAction::RunDueRenewals);
    m_refreshAction->setEnabled(unlocked);
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? certificatesCount(total)
                                    : tr("%1 of %2").arg(shown).arg(certificatesCount(total)));
}

ImportCertificateWizard *CertificatesPage::showImportWizard()
{
    if (!m_importAction->isEnabled())
        return nullptr;
    auto *wizard = new ImportCertificateWizard(m_operations, m_prompter, m_clock, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportCertificateWizard::certificateImported, this, [this](const QString &name) {
        reload();
        selectCertificate(name);
        Q_EMIT statusMessage(tr("Certificate %1 imported").arg(name));
    });
    connect(wizard, &ImportCertificateWizard::showCertificateRequested, this, &CertificatesPage::selectCertificate);
    wizard->open();
    return wizard;
}

CreateCertificateWizard *CertificatesPage::showCreateWizard()
{
    if (!m_createAction->isEnabled())
        return nullptr;
    auto *wizard = new CreateCertificateWizard(m_operations, m_prompter, m_clock, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateCertificateWizard::certificateCreated, this, [this](const QString &name) {
        reload();
        selectCertificate(name);
        Q_EMIT statusMessage(tr("Certificate %1 created").arg(name));
    });
    wizard->open();
    return wizard;
}

bool CertificatesPage::renewCurrent()
{
    const QString name = currentCertificate();
    if (name.isEmpty() || !m_renewAction->isEnabled())
        return false;
    const auto &policy = m_details->policy();
    const bool self = policy && policy->issuer == IssuerKind::Self;
    const QString question = tr("Renew the certificate %1 now?").arg(name) + QStringLiteral("\n\n")
            + (self ? tr("A new version is made from the certificate's policy (%1) and becomes current. Older "
                         "versions stay.")
                               .arg(policy->reuseKey ? tr("same key") : tr("new key"))
                    : tr("A new key and CSR are made from the certificate's policy. The current version stays in use "
                         "until you merge the certificate your CA signs."));
    if (!m_prompter->confirm(tr("Renew Certificate"), question))
        return false;
    if (!m_operations->renewInBackground(name)) {
        showError(tr("Renew Certificate"), models::CertificateText::forError(Error(ErrorCode::Busy, {}), name));
        return false;
    }
    m_renewing = true;
    m_renewingName = name;
    m_busy->setVisible(true);
    Q_EMIT statusMessage(tr("Renewing %1…").arg(name));
    updateActions();
    return true;
}

void CertificatesPage::onCreated(const Result<CertificateStore::CreateResult> &result)
{
    if (!m_renewing)
        return; // the create wizard's
    m_renewing = false;
    m_busy->setVisible(false);
    const QString name = m_renewingName;
    m_renewingName.clear();
    reload();
    if (!result) {
        showError(tr("Renew Certificate"), models::CertificateText::forError(result.error(), name));
        return;
    }
    if (const auto *certificate = std::get_if<CertificateInfo>(&*result)) {
        selectCertificate(name);
        m_details->selectVersion(certificate->info.version); // the new current version, not the one shown before
        Q_EMIT statusMessage(
                tr("Certificate %1 renewed: version %2 is now current").arg(name, certificate->info.version));
    } else {
        Q_EMIT statusMessage(tr("Certificate %1: a new CSR is ready; merge the signed certificate to complete the "
                                "renewal")
                                     .arg(name));
    }
}

bool CertificatesPage::downloadCurrent()
{
    const QString name = currentCertificate();
    if (name.isEmpty() || !m_downloadAction->isEnabled())
        return false;
    const QString version = m_details->shown() ? m_details->shown()->info.version : QString();
    const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name + u".cer");
    const QString path = m_prompter->chooseSaveFile(tr("Download Certificate %1").arg(name), suggested,
                                                    tr("DER certificate (*.cer *.der);;PEM certificate (*.pem *.crt)"));
    if (path.isEmpty())
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool pem = suffix == u"pem" || suffix == u"crt";
    auto bytes = m_operations->downloadPublic(name, version, pem);
    if (!bytes) {
        showError(tr("Download Certificate"), models::CertificateText::forError(bytes.error(), name));
        return false;
    }
    if (!writeFile(path, *bytes)) {
        showError(tr("Download Certificate"), models::ErrorText::forCode(ErrorCode::Io));
        return false;
    }
    Q_EMIT statusMessage(tr("Certificate %1 saved to %2").arg(name, QDir::toNativeSeparators(path)));
    return true;
}

CertificateExportDialog *CertificatesPage::showExportDialog()
{
    const QString name = currentCertificate();
    if (name.isEmpty() || !m_exportAction->isEnabled())
        return nullptr;
    const QString version = m_details->shown() ? m_details->shown()->info.version : QString();
    auto *dialog = new CertificateExportDialog(m_operations, m_prompter, name, version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        Q_EMIT statusMessage(tr("Certificate %1 with its private key saved to %2")
                                     .arg(name, QDir::toNativeSeparators(dialog->savedPath())));
    });
    dialog->open();
    return dialog;
}

bool CertificatesPage::downloadCsr()
{
    if (!m_csrAction->isEnabled())
        return false;
    return m_details->saveCsr();
}

MergeCertificateDialog *CertificatesPage::showMergeDialog()
{
    const models::CertificateRow *row = m_model->row(currentCertificate());
    if (!row || !row->pending || !m_mergeAction->isEnabled())
        return nullptr;
    auto *dialog = new MergeCertificateDialog(m_operations, m_prompter, *row->pending, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = row->name;
    connect(dialog, &QDialog::accepted, this, [this, name] {
        reload();
        selectCertificate(name);
        Q_EMIT statusMessage(tr("Signed certificate merged into %1").arg(name));
    });
    dialog->open();
    return dialog;
}

void CertificatesPage::deleteCurrent()
{
    const QString name = currentCertificate();
    if (name.isEmpty() || !m_deleteAction->isEnabled())
        return;
    const int days = m_operations->retentionDays();
    const QString question = tr("Delete the certificate %1?").arg(name) + QStringLiteral("\n\n")
            + tr("Deleting is soft: the certificate, all its versions and its managed key and secret move to Manage "
                 "deleted, where they can be recovered for %1 (until %2). Then they are purged for good.")
                      .arg(models::counts::days(days), models::formatTime(m_clock->now().addDays(days)));
    if (!m_prompter->confirm(tr("Delete Certificate"), question))
        return;
    auto result = m_operations->remove(name);
    if (!result) {
        showError(tr("Delete Certificate"), models::CertificateText::forError(result.error(), name));
        return;
    }
    const QString deletedName = result->current.name;
    Q_EMIT undoOffered(tr("Certificate %1 deleted (recoverable until %2)")
                               .arg(deletedName, models::formatTime(result->scheduledPurgeDate)),
                       [this, deletedName] {
                           auto recovered = m_operations->recover(deletedName);
                           if (!recovered) {
                               showError(tr("Undo Delete"),
                                         models::CertificateText::forError(recovered.error(), deletedName));
                               return;
                           }
                           selectCertificate(deletedName);
                           Q_EMIT statusMessage(tr("Certificate %1 recovered").arg(deletedName));
                       });
}

void CertificatesPage::showError(const QString &title, const QString &text)
{
    m_prompter->showError(title, text);
}

} // namespace coffer::ui
