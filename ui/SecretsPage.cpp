#include "ui/SecretsPage.h"

#include "core/common/Clock.h"
#include "core/vault/VaultProperties.h"
#include "models/AccessText.h"
#include "models/Counts.h"
#include "models/ErrorText.h"
#include "models/ObjectActions.h"
#include "models/ObjectOperations.h"
#include "models/Prompter.h"
#include "models/SecretFilterProxy.h"
#include "models/SecretListModel.h"
#include "models/SecretRotationOperations.h"
#include "models/TimeFormat.h"
#include "ui/Icons.h"
#include "ui/SecretDetailsPane.h"
#include "ui/SecretDialog.h"
#include "ui/SecretRotationPolicyDialog.h"
#include "ui/WidgetUtil.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
const QString kBackupSuffix = QStringLiteral(".cofferbackup");
}

SecretsPage::SecretsPage(models::ObjectOperations *operations, models::SecretClipboard *clipboard,
                         models::Prompter *prompter, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_rotation(new models::SecretRotationOperations(operations, this))
    , m_clipboard(clipboard)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_model(new models::SecretListModel(clock, this))
    , m_proxy(new models::SecretFilterProxy(m_model, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_notice(makeHintLabel({}, this))
    , m_details(new SecretDetailsPane(operations, clipboard, prompter, clock, this))
{
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter secrets"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(
            tr("Filter (Ctrl+F): name, content type, tag, or enabled, disabled, expired, expiring"));
    m_view->setObjectName(QStringLiteral("secretsView"));
    m_view->setAccessibleName(tr("Secrets"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_error->setObjectName(QStringLiteral("pageError"));
    m_notice->setObjectName(QStringLiteral("listNotice"));
    m_notice->setVisible(false);
    m_details->setObjectName(QStringLiteral("detailsPane"));

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(models::SecretListModel::NameColumn, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // QAbstractItemView copies the current cell's text on Ctrl+C itself; on this table Ctrl+C copies the value.
    m_view->installEventFilter(this);

    createActions();
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SecretsPage::onCurrentChanged);
    // Rows come and go (refresh, filter): when the current row disappears, the details follow.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SecretsPage::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SecretsPage::updateActions);
    connect(m_details, &SecretDetailsPane::statusMessage, this, &SecretsPage::statusMessage);
    connect(m_details, &SecretDetailsPane::whoHasAccessRequested, this, &SecretsPage::whoHasAccessRequested);

    auto *toolbar = makePageToolbar(this, QStringLiteral("secretsToolbar"),
                                    {{m_createAction, m_newVersionAction, m_editAction},
                                     {m_enableAction, m_disableAction, m_deleteAction},
                                     {m_rotationPolicyAction, m_rotateAction},
                                     {m_backupAction, m_restoreAction, m_refreshAction}});

    QSplitter *splitter = makeListDetailsSplitter(this, m_filter, m_count, m_view, m_details, {480, 460});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(toolbar);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    updateActions();
}

void SecretsPage::createActions()
{
    auto make = [this](const char *icon, const QString &text, const QKeySequence &shortcut, const char *name) {
        return makePageAction(this, icon, text, shortcut, name);
    };
    m_createAction
            = make("add", tr("&Create secret…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), "actionCreateSecret");
    m_newVersionAction = make("add", tr("&New version…"), {}, "actionNewVersion");
    m_editAction = make("settings", tr("&Edit attributes…"), {}, "actionEditAttributes");
    m_enableAction = make("unlock", tr("E&nable"), {}, "actionEnableSecret");
    m_disableAction = make("lock", tr("&Disable"), {}, "actionDisableSecret");
    m_deleteAction = make("remove", tr("De&lete…"), QKeySequence::Delete, "actionDeleteSecret");
    m_revealAction = make("key", tr("&Reveal value"), QKeySequence(Qt::CTRL | Qt::Key_R), "actionReveal");
    m_copyAction = make("key", tr("&Copy value"), QKeySequence::Copy, "actionCopyValue");
    m_backupAction = make("remove", tr("Download &backup…"), {}, "actionBackup");
    m_backupAction->setIcon(icons::get("open"));
    m_restoreAction = make("open", tr("Res&tore backup…"), {}, "actionRestore");
    m_rotationPolicyAction = make("settings", tr("Rotation &policy…"), {}, "actionSecretRotationPolicy");
    m_rotationPolicyAction->setToolTip(tr("When the secret rotates or notifies, and how new values are generated"));
    m_rotateAction = make("busy", tr("R&otate now…"), {}, "actionRotateSecret");
    m_rotateAction->setToolTip(tr("Make a new version with a generated value now"));
    m_refreshAction = make("busy", tr("Re&fresh"), QKeySequence::Refresh, "actionRefresh");
    m_findAction = make("key", tr("&Find"), QKeySequence::Find, "actionFind");
    for (QAction *action : actions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // These work anywhere in the window while the page is shown (hidden pages' shortcuts are inactive).
    for (QAction *action : {m_createAction, m_findAction, m_refreshAction})
        action->setShortcutContext(Qt::WindowShortcut);
    // Delete and Copy act on the table only: in the filter box they keep their text-editing meaning.
    removeAction(m_deleteAction);
    removeAction(m_copyAction);
    m_view->addActions({m_revealAction, m_copyAction, m_newVersionAction, m_editAction, m_enableAction, m_disableAction,
                        m_deleteAction, m_rotationPolicyAction, m_rotateAction, m_backupAction});

    connect(m_createAction, &QAction::triggered, this, &SecretsPage::showCreateDialog);
    connect(m_newVersionAction, &QAction::triggered, this, &SecretsPage::showNewVersionDialog);
    connect(m_editAction, &QAction::triggered, this, &SecretsPage::showEditAttributesDialog);
    connect(m_enableAction, &QAction::triggered, this, [this] { setCurrentEnabled(true); });
    connect(m_disableAction, &QAction::triggered, this, [this] { setCurrentEnabled(false); });
    connect(m_deleteAction, &QAction::triggered, this, &SecretsPage::deleteCurrent);
    connect(m_revealAction, &QAction::triggered, this, [this] { m_details->revealValue(); });
    connect(m_copyAction, &QAction::triggered, this, [this] { m_details->copyValue(); });
    connect(m_backupAction, &QAction::triggered, this, &SecretsPage::backupCurrent);
    connect(m_restoreAction, &QAction::triggered, this, &SecretsPage::restoreBackup);
    connect(m_rotationPolicyAction, &QAction::triggered, this, &SecretsPage::showRotationPolicyDialog);
    connect(m_rotateAction, &QAction::triggered, this, &SecretsPage::rotateCurrent);
    connect(m_refreshAction, &QAction::triggered, this, &SecretsPage::reload);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

bool SecretsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            event->accept();
            if (event->type() == QEvent::KeyPress && m_copyAction->isEnabled())
                m_copyAction->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString SecretsPage::currentSecret() const
{
    return m_proxy->idAt(m_view->currentIndex());
}

void SecretsPage::selectSecret(const QString &name)
{
    QModelIndex index = m_proxy->indexOf(name);
    if (!index.isValid() && m_model->indexOf(name).isValid()) {
        m_filter->clear(); // filtered out: show everything so the selection can be seen
        index = m_proxy->indexOf(name);
    }
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void SecretsPage::reload()
{
    auto secrets = m_operations->listSecrets();
    QString notice;
    if (!secrets && models::ErrorText::isAccessDenial(secrets.error())) {
        // As in Azure, listing needs a grant on all secrets; a principal with roles on single secrets still sees
        // those.
        notice = tr("You may not list all secrets of this vault (%1). Shown are the secrets shared with you.")
                         .arg(models::AccessText::missingPermission(secrets.error().context()));
        secrets = m_operations->listSecretsSharedWithMe();
    }
    if (!secrets) {
        setErrorText(m_error, models::ErrorText::forForbidden(secrets.error()));
        m_model->clear();
        m_details->showSecret({});
        updateActions();
        return;
    }
    setErrorText(m_error, {});
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    m_model->setSecrets(*secrets);
    m_details->showSecret(currentSecret());
    updateActions();
}

void SecretsPage::clear()
{
    m_details->showSecret({});
    m_model->clear();
    m_filter->clear();
    setErrorText(m_error, {});
    m_notice->clear();
    m_notice->setVisible(false);
    updateActions();
}

void SecretsPage::onCurrentChanged()
{
    m_details->showSecret(currentSecret());
    updateActions();
}

void SecretsPage::updateActions()
{
    using models::actions::ObjectAction;
    const QString name = currentSecret();
    const VersionInfo *info = m_model->info(name);
    const bool unlocked = m_operations->isUnlocked();
    const models::actions::ObjectContext context {
            unlocked, {info != nullptr, info && info->attributes.enabled}, info ? info->name : QString()};
    const models::actions::AccessCheck can = unlocked ? m_operations->accessCheck() : models::actions::AccessCheck();
    const auto bind = [&](QAction *action, ObjectAction rule) {
        applyActionState(action, models::actions::objectActionState(rule, ObjectKind::Secret, context, can));
    };
    bind(m_createAction, ObjectAction::Create);
    bind(m_restoreAction, ObjectAction::Restore);
    m_refreshAction->setEnabled(unlocked);
    bind(m_newVersionAction, ObjectAction::NewVersion);
    bind(m_editAction, ObjectAction::EditAttributes);
    bind(m_enableAction, ObjectAction::Enable);
    bind(m_disableAction, ObjectAction::Disable);
    bind(m_deleteAction, ObjectAction::Delete);
    bind(m_revealAction, ObjectAction::ReadValue);
    bind(m_copyAction, ObjectAction::ReadValue);
    bind(m_backupAction, ObjectAction::Backup);
    // Rotation (Coffer's extension): not for a certificate's managed secret, whose lifetime is the certificate's.
    const bool rotatable = unlocked && info && !info->managed;
    const auto bindOperation = [&](QAction *action, access::Operation operation) {
        applyActionState(
                action,
                models::actions::gate(
                        rotatable, m_operations->can(operation, access::Resource::object(ObjectKind::Secret, name))));
    };
    bindOperation(m_rotationPolicyAction, access::Operation::SecretRotationPolicyGet);
    bindOperation(m_rotateAction, access::Operation::SecretRotate);
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? models::counts::secrets(total)
                                    : tr("%1 of %2").arg(shown).arg(models::counts::secrets(total)));
}

SecretDialog *SecretsPage::showCreateDialog()
{
    if (!m_createAction->isEnabled())
        return nullptr;
    auto *dialog = new SecretDialog(SecretDialog::Mode::Create, m_operations, m_prompter, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->saved())
            return;
        selectSecret(dialog->saved()->name);
        Q_EMIT statusMessage(tr("Secret %1 created").arg(dialog->saved()->name));
    });
    connect(dialog, &SecretDialog::goToDeletedRequested, this, &SecretsPage::goToDeletedRequested);
    dialog->open();
    return dialog;
}

SecretDialog *SecretsPage::showNewVersionDialog()
{
    const VersionInfo *info = m_model->info(currentSecret());
    if (!info || !m_newVersionAction->isEnabled())
        return nullptr;
    auto *dialog = new SecretDialog(SecretDialog::Mode::NewVersion, m_operations, m_prompter, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBase(*info);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->saved())
            Q_EMIT statusMessage(tr("New version of %1 added").arg(dialog->saved()->name));
    });
    dialog->open();
    return dialog;
}

SecretDialog *SecretsPage::showEditAttributesDialog()
{
    const VersionInfo *info = m_model->info(currentSecret());
    if (!info || !m_editAction->isEnabled())
        return nullptr;
    auto *dialog = new SecretDialog(SecretDialog::Mode::EditAttributes, m_operations, m_prompter, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBase(*info);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->saved())
            Q_EMIT statusMessage(tr("Attributes of %1 saved").arg(dialog->saved()->name));
    });
    dialog->open();
    return dialog;
}

void SecretsPage::setCurrentEnabled(bool enabled)
{
    const VersionInfo *info = m_model->info(currentSecret());
    if (!info)
        return;
    const QString name = info->name;
    AttributeUpdate update;
    update.enabled = enabled;
    auto result = m_operations->updateAttributes(ObjectKind::Secret, name, info->version, update);
    if (!result) {
        showError(enabled ? tr("Enable Secret") : tr("Disable Secret"),
                  models::ErrorText::forObject(result.error(), models::ObjectOp::Update, ObjectKind::Secret, name));
        return;
    }
    Q_EMIT statusMessage(enabled ? tr("Secret %1 enabled").arg(name) : tr("Secret %1 disabled").arg(name));
}

void SecretsPage::deleteCurrent()
{
    const QString name = currentSecret();
    if (name.isEmpty() || !m_deleteAction->isEnabled())
        return;
    const auto properties = m_operations->properties();
    const int days = properties ? properties->retentionDays : VaultProperties::kDefaultRetentionDays;
    QString question = tr("Delete the secret %1?").arg(name) + QStringLiteral("\n\n")
            + tr("Deleting is soft: the secret and all its versions move to Manage deleted, where they can be "
                 "recovered for %1 (until %2). Then they are purged for good. Meanwhile the name cannot be "
                 "reused.")
                      .arg(models::counts::days(days), models::formatTime(m_clock->now().addDays(days)));
    if (properties && properties->purgeProtection)
        question += QStringLiteral("\n\n") + tr("Purge protection is on: nobody can purge it before that date.");
    if (!m_prompter->confirm(tr("Delete Secret"), question))
        return;
    auto result = m_operations->remove(ObjectKind::Secret, name);
    if (!result) {
        showError(tr("Delete Secret"),
                  models::ErrorText::forObject(result.error(), models::ObjectOp::Delete, ObjectKind::Secret, name));
        return;
    }
    const QString deletedName = result->current.name;
    Q_EMIT undoOffered(tr("Secret %1 deleted (recoverable until %2)")
                               .arg(deletedName, models::formatTime(result->scheduledPurgeDate)),
                       [this, deletedName] {
                           auto recovered = m_operations->recover(ObjectKind::Secret, deletedName);
                           if (!recovered) {
                               showError(tr("Undo Delete"),
                                         models::ErrorText::forObject(recovered.error(), models::ObjectOp::Recover,
                                                                      ObjectKind::Secret, deletedName));
                               return;
                           }
                           selectSecret(deletedName);
                           Q_EMIT statusMessage(tr("Secret %1 recovered").arg(deletedName));
                       });
}

void SecretsPage::backupCurrent()
{
    const QString name = currentSecret();
    if (name.isEmpty())
        return;
    auto bytes = m_operations->backup(ObjectKind::Secret, name);
    if (!bytes) {
        showError(tr("Download Backup"),
                  models::ErrorText::forObject(bytes.error(), models::ObjectOp::Backup, ObjectKind::Secret, name));
        return;
    }
    const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name + kBackupSuffix);
    const QString path = m_prompter->chooseSaveFile(tr("Download Backup of %1").arg(name), suggested,
                                                    tr("Coffer backups (*%1)").arg(kBackupSuffix));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        showError(tr("Download Backup"), models::ErrorText::forCode(ErrorCode::Io));
        return;
    }
    Q_EMIT statusMessage(tr("Backup of %1 saved to %2").arg(name, QDir::toNativeSeparators(path)));
}

void SecretsPage::restoreBackup()
{
    const QString path = m_prompter->chooseOpenFile(tr("Restore Backup"),
                                                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                    tr("Coffer backups (*%1);;All files (*)").arg(kBackupSuffix));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Restore Backup"), models::ErrorText::forCode(ErrorCode::Io));
        return;
    }
    auto restored = m_operations->restore(ObjectKind::Secret, file.readAll());
    if (!restored) {
        showError(tr("Restore Backup"),
                  models::ErrorText::forObject(restored.error(), models::ObjectOp::Restore, ObjectKind::Secret, {}));
        return;
    }
    selectSecret(restored->name);
    Q_EMIT statusMessage(tr("Secret %1 restored from backup").arg(restored->name));
}

SecretRotationPolicyDialog *SecretsPage::showRotationPolicyDialog()
{
    const VersionInfo *info = m_model->info(currentSecret());
    if (!info || !m_rotationPolicyAction->isEnabled())
        return nullptr;
    auto *dialog = new SecretRotationPolicyDialog(m_rotation, info->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->saved())
            Q_EMIT statusMessage(tr("Rotation policy of %1 saved").arg(dialog->secretName()));
    });
    dialog->open();
    return dialog;
}

bool SecretsPage::rotateCurrent()
{
    const VersionInfo *info = m_model->info(currentSecret());
    if (!info || !m_rotateAction->isEnabled())
        return false;
    const QString name = info->name;
    const QString question = tr("Rotate the secret %1 now?").arg(name) + QStringLiteral("\n\n")
            + tr("A new version is made with a new value generated as its rotation policy says, and becomes the "
                 "current version. Older versions stay and can still be read. Programs that use this secret get "
                 "the new value the next time they read it; a service that checks the value itself (a database "
                 "password) must be changed to match.");
    if (!m_prompter->confirm(tr("Rotate Secret"), question))
        return false;
    auto rotated = m_rotation->rotate(name);
    if (!rotated) {
        showError(tr("Rotate Secret"), models::SecretRotationOperations::errorText(rotated.error(), name, true));
        return false;
    }
    reload(); // also done by the workspace on objectsChanged; the details show the new version either way
    selectSecret(name);
    Q_EMIT statusMessage(tr("Secret %1 rotated: version %2 is now current").arg(name, rotated->version));
    return true;
}

void SecretsPage::showError(const QString &title, const QString &text)
{
    m_prompter->showError(title, text);
}

} // namespace coffer::ui
