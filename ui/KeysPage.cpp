#include "ui/KeysPage.h"

#include "core/common/Clock.h"
#include "models/Counts.h"
#include "models/ErrorText.h"
#include "models/KeyActions.h"
#include "models/KeyFilterProxy.h"
#include "models/KeyOperations.h"
#include "models/KeyText.h"
#include "models/KeysModel.h"
#include "models/Prompter.h"
#include "models/TimeFormat.h"
#include "ui/Icons.h"
#include "ui/KeyBadgeDelegate.h"
#include "ui/KeyCreateDialog.h"
#include "ui/KeyDetailsPane.h"
#include "ui/KeyImportDialog.h"
#include "ui/WidgetUtil.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
const QString kBackupSuffix = QStringLiteral(".cofferbackup");

QString keysCount(qint64 n)
{
    return n == 1 ? KeysPage::tr("1 key") : KeysPage::tr("%1 keys").arg(n);
}
} // namespace

KeysPage::KeysPage(models::KeyOperations *operations, models::Prompter *prompter, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_model(new models::KeysModel(clock, this))
    , m_proxy(new models::KeyFilterProxy(m_model, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_busy(makeBusyBar(this))
    , m_details(new KeyDetailsPane(operations, prompter, clock, this))
{
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter keys"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F): name, tag, rsa, ec, oct, hsm, p-256, sign, or enabled, "
                                    "disabled, expired, expiring"));
    m_view->setObjectName(QStringLiteral("keysView"));
    m_view->setAccessibleName(tr("Keys"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_error->setObjectName(QStringLiteral("pageError"));
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_details->setObjectName(QStringLiteral("keyDetailsPane"));

    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(models::KeysModel::ProtectionColumn, new KeyBadgeDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(models::KeysModel::NameColumn, Qt::AscendingOrder);
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

    createActions();
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &KeysPage::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &KeysPage::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &KeysPage::updateActions);
    connect(m_details, &KeyDetailsPane::statusMessage, this, &KeysPage::statusMessage);
    connect(m_operations, &models::KeyOperations::keyRotated, this, &KeysPage::onRotated);

    auto *toolbar = makePageToolbar(this, QStringLiteral("keysToolbar"),
                                    {{m_createAction, m_importAction, m_rotateAction},
                                     {m_downloadAction, m_editAction, m_deleteAction},
                                     {m_backupAction, m_restoreAction, m_refreshAction}});

    QSplitter *splitter = makeListDetailsSplitter(this, m_filter, m_count, m_view, m_details, {560, 480});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(toolbar);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(splitter, 1);
    updateActions();
}

void KeysPage::createActions()
{
    auto make = [this](const char *icon, const QString &text, const QKeySequence &shortcut, const char *name) {
        return makePageAction(this, icon, text, shortcut, name);
    };
    // Ctrl+N is New Vault in the whole window: like Create secret, New key takes Ctrl+Shift+N.
    m_createAction = make("add", tr("&New key…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), "actionNewKey");
    m_importAction
            = make("open", tr("&Import key…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), "actionImportKey");
    m_rotateAction = make("busy", tr("R&otate now…"), QKeySequence(Qt::CTRL | Qt::Key_R), "actionRotateKey");
    m_deleteAction = make("remove", tr("De&lete…"), QKeySequence::Delete, "actionDeleteKey");
    m_downloadAction = make("key", tr("Download &public key…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                            "actionDownloadPublicKey");
    m_editAction = make("settings", tr("&Edit properties…"), {}, "actionEditKeyProperties");
    m_backupAction = make("open", tr("Download &backup…"), {}, "actionBackupKey");
    m_restoreAction = make("open", tr("Res&tore backup…"), {}, "actionRestoreKey");
    m_refreshAction = make("busy", tr("Re&fresh"), QKeySequence::Refresh, "actionRefreshKeys");
    m_findAction = make("key", tr("&Find"), QKeySequence::Find, "actionFindKey");
    m_rotateAction->setToolTip(tr("Make a new version with new key material now"));
    for (QAction *action : actions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // These work anywhere in the window while the page is shown (hidden pages' shortcuts are inactive).
    for (QAction *action : {m_createAction, m_importAction, m_findAction, m_refreshAction})
        action->setShortcutContext(Qt::WindowShortcut);
    // Delete acts on the table only: in the filter box it keeps its text-editing meaning.
    removeAction(m_deleteAction);
    m_view->addActions({m_rotateAction, m_downloadAction, m_editAction, m_deleteAction, m_backupAction});

    connect(m_createAction, &QAction::triggered, this, &KeysPage::showCreateDialog);
    connect(m_importAction, &QAction::triggered, this, &KeysPage::showImportDialog);
    connect(m_rotateAction, &QAction::triggered, this, &KeysPage::rotateCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &KeysPage::deleteCurrent);
    connect(m_downloadAction, &QAction::triggered, this, &KeysPage::downloadPublicKey);
    connect(m_editAction, &QAction::triggered, this, [this] { m_details->showPropertiesDialog(); });
    connect(m_backupAction, &QAction::triggered, this, &KeysPage::backupCurrent);
    connect(m_restoreAction, &QAction::triggered, this, &KeysPage::restoreBackup);
    connect(m_refreshAction, &QAction::triggered, this, &KeysPage::reload);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

QString KeysPage::currentKey() const
{
    return m_proxy->idAt(m_view->currentIndex());
}

QStringList KeysPage::keyNames() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names << m_model->rowAt(row)->key.info.name;
    return names;
}

void KeysPage::selectKey(const QString &name)
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

void KeysPage::reload()
{
    auto keys = m_operations->list();
    if (!keys) {
        if (keys.error().code() == ErrorCode::Busy)
            return; // background work on the vault: the page reloads when it ends
        setErrorText(m_error, models::KeyText::forError(keys.error(), models::KeyTask::Read));
        m_model->clear();
        m_details->showKey({});
        updateActions();
        return;
    }
    setErrorText(m_error, {});
    QHash<QString, int> counts; // from the list itself: no read per key (each would be an audited operation)
    for (const KeyInfo &key : std::as_const(*keys))
        counts.insert(objects::nameKey(key.info.name), key.versionCount);
    m_model->setKeys(*keys, counts);
    m_details->showKey(currentKey());
    updateActions();
}

void KeysPage::clear()
{
    m_details->showKey({});
    m_model->clear();
    m_filter->clear();
    setErrorText(m_error, {});
    updateActions();
}

void KeysPage::onCurrentChanged()
{
    m_details->showKey(currentKey());
    updateActions();
}

void KeysPage::updateActions()
{
    using models::actions::KeyPageAction;
    const QString name = currentKey();
    const KeyInfo *key = m_model->key(name);
    const bool unlocked = m_operations->isUnlocked() && !m_rotating;
    const models::actions::KeySelection selection {key != nullptr, key && key->info.attributes.enabled,
                                                   key ? key->spec.type : KeyType::Rsa,
                                                   key ? key->info.name : QString()};
    const models::actions::AccessCheck can = unlocked ? m_operations->accessCheck() : models::actions::AccessCheck();
    const auto bind = [&](QAction *action, KeyPageAction rule) {
        applyActionState(action, models::actions::keyActionState(rule, unlocked, selection, can));
    };
    bind(m_createAction, KeyPageAction::Create);
    bind(m_importAction, KeyPageAction::Import);
    bind(m_rotateAction, KeyPageAction::Rotate);
    bind(m_deleteAction, KeyPageAction::Delete);
    bind(m_downloadAction, KeyPageAction::DownloadPublic);
    bind(m_editAction, KeyPageAction::EditProperties);
    bind(m_backupAction, KeyPageAction::Backup);
    bind(m_restoreAction, KeyPageAction::Restore);
    m_refreshAction->setEnabled(unlocked);
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? keysCount(total) : tr("%1 of %2").arg(shown).arg(keysCount(total)));
}

KeyCreateDialog *KeysPage::showCreateDialog()
{
    if (!m_createAction->isEnabled())
        return nullptr;
    auto *dialog = new KeyCreateDialog(m_operations, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingNames(keyNames());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->created())
            return;
        selectKey(dialog->created()->info.name);
        Q_EMIT statusMessage(tr("Key %1 created").arg(dialog->created()->info.name));
    });
    connect(dialog, &KeyCreateDialog::goToDeletedRequested, this, &KeysPage::goToDeletedRequested);
    dialog->open();
    return dialog;
}

KeyImportDialog *KeysPage::showImportDialog()
{
    if (!m_importAction->isEnabled())
        return nullptr;
    auto *dialog = new KeyImportDialog(m_operations, m_prompter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingNames(keyNames());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->imported())
            return;
        selectKey(dialog->imported()->info.name);
        Q_EMIT statusMessage(tr("Key %1 imported").arg(dialog->imported()->info.name));
    });
    dialog->open();
    return dialog;
}

bool KeysPage::rotateCurrent()
{
    const KeyInfo *key = m_model->key(currentKey());
    if (!key || !m_rotateAction->isEnabled())
        return false;
    const QString name = key->info.name;
    const QString question = tr("Rotate the key %1 now?").arg(name) + QStringLiteral("\n\n")
            + tr("A new version with new key material is made (%1 %2, the same operations and protection) and "
                 "becomes the current version. Older versions stay: what they signed still verifies and what they "
                 "encrypted can still be decrypted.")
                      .arg(models::KeyText::typeText(key->spec.type), models::KeyText::sizeText(key->spec));
    if (!m_prompter->confirm(tr("Rotate Key"), question))
        return false;
    if (!m_operations->rotateInBackground(name)) {
        showError(tr("Rotate Key"),
                  models::KeyText::forError(Error(ErrorCode::Busy, {}), models::KeyTask::Rotate, name));
        return false;
    }
    m_rotating = true;
    m_rotatingName = name;
    m_busy->setVisible(true);
    Q_EMIT statusMessage(tr("Rotating %1: making new key material…").arg(name));
    updateActions();
    return true;
}

void KeysPage::onRotated(const Result<KeyInfo> &result)
{
    if (!m_rotating)
        return;
    m_rotating = false;
    m_busy->setVisible(false);
    const QString name = m_rotatingName;
    m_rotatingName.clear();
    reload();
    if (!result) {
        showError(tr("Rotate Key"), models::KeyText::forError(result.error(), models::KeyTask::Rotate, name));
        return;
    }
    Q_EMIT statusMessage(tr("Key %1 rotated: version %2 is now current").arg(name, result->info.version));
}

void KeysPage::deleteCurrent()
{
    const QString name = currentKey();
    if (name.isEmpty() || !m_deleteAction->isEnabled())
        return;
    const int days = m_operations->retentionDays();
    const QString question = tr("Delete the key %1?").arg(name) + QStringLiteral("\n\n")
            + tr("Deleting is soft: the key and all its versions move to Manage deleted, where they can be recovered "
                 "for %1 (until %2). Then they are purged for good. Meanwhile the name cannot be reused, and nothing "
                 "can be signed, verified, encrypted or decrypted with the key.")
                      .arg(models::counts::days(days), models::formatTime(m_clock->now().addDays(days)));
    if (!m_prompter->confirm(tr("Delete Key"), question))
        return;
    auto result = m_operations->remove(name);
    if (!result) {
        showError(tr("Delete Key"), models::KeyText::forError(result.error(), models::KeyTask::Delete, name));
        return;
    }
    const QString deletedName = result->current.name;
    Q_EMIT undoOffered(
            tr("Key %1 deleted (recoverable until %2)")
                    .arg(deletedName, models::formatTime(result->scheduledPurgeDate)),
            [this, deletedName] {
                auto recovered = m_operations->recover(deletedName);
                if (!recovered) {
                    showError(tr("Undo Delete"),
                              models::KeyText::forError(recovered.error(), models::KeyTask::Recover, deletedName));
                    return;
                }
                selectKey(deletedName);
                Q_EMIT statusMessage(tr("Key %1 recovered").arg(deletedName));
            });
}

void KeysPage::downloadPublicKey()
{
    if (!m_downloadAction->isEnabled())
        return;
    m_details->savePublicKey();
}

void KeysPage::backupCurrent()
{
    const QString name = currentKey();
    if (name.isEmpty() || !m_backupAction->isEnabled())
        return;
    auto bytes = m_operations->backup(name);
    if (!bytes) {
        showError(tr("Download Backup"), models::KeyText::forError(bytes.error(), models::KeyTask::Backup, name));
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

void KeysPage::restoreBackup()
{
    if (!m_restoreAction->isEnabled())
        return;
    const QString path = m_prompter->chooseOpenFile(tr("Restore Key Backup"),
                                                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                    tr("Coffer backups (*%1);;All files (*)").arg(kBackupSuffix));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Restore Key Backup"), models::ErrorText::forCode(ErrorCode::Io));
        return;
    }
    auto restored = m_operations->restore(file.readAll());
    if (!restored) {
        showError(tr("Restore Key Backup"), models::KeyText::forError(restored.error(), models::KeyTask::Restore));
        return;
    }
    selectKey(restored->info.name);
    Q_EMIT statusMessage(tr("Key %1 restored from backup").arg(restored->info.name));
}

void KeysPage::showError(const QString &title, const QString &text)
{
    m_prompter->showError(title, text);
}

} // namespace coffer::ui
