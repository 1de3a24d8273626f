#include "ui/MainWindow.h"

#include "core/vault/Vault.h"
#include "models/Actions.h"
#include "models/AppSettings.h"
#include "models/Counts.h"
#include "models/CreateVaultJob.h"
#include "models/DemoVault.h"
#include "models/ErrorText.h"
#include "models/IdleWatcher.h"
#include "models/Prompter.h"
#include "models/SecretClipboard.h"
#include "models/VaultListModel.h"
#include "models/VaultSession.h"
#include "ui/AuditFileCheckDialog.h"
#include "ui/CommandPalette.h"
#include "ui/GeneratorDialog.h"
#include "ui/Icons.h"
#include "ui/LockedPage.h"
#include "ui/NewVaultWizard.h"
#include "ui/SettingsDialog.h"
#include "ui/Theme.h"
#include "ui/UnlockDialog.h"
#include "ui/VaultWorkspace.h"
#include "ui/WidgetUtil.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
constexpr int kStatusMs = 6000;

QWidget *makeWelcomePage(QWidget *parent, QAction *newAction, QAction *openAction, QAction *demoAction)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *icon = new QLabel(page);
    icon->setPixmap(icons::application().pixmap(96, 96));
    auto *title = new QLabel(MainWindow::tr("Coffer"), page);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    title->setFont(big);
    auto *text = new QLabel(MainWindow::tr("Select a vault on the left, create a new vault, or open an existing "
                                           "NAME.coffer folder."),
                            page);
    text->setWordWrap(true);
    auto *newButton = new QPushButton(newAction->icon(), newAction->iconText(), page);
    auto *openButton = new QPushButton(openAction->icon(), openAction->iconText(), page);
    auto *demoButton = new QPushButton(demoAction->icon(), MainWindow::tr("Try the &Demo Vault"), page);
    demoButton->setObjectName(QStringLiteral("demoButton"));
    QObject::connect(newButton, &QPushButton::clicked, newAction, &QAction::trigger);
    QObject::connect(openButton, &QPushButton::clicked, openAction, &QAction::trigger);
    QObject::connect(demoButton, &QPushButton::clicked, demoAction, &QAction::trigger);
    QObject::connect(demoAction, &QAction::enabledChanged, demoButton, &QPushButton::setEnabled);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch(1);
    auto *demoText = new QLabel(MainWindow::tr("New to Coffer? The demo vault holds sample secrets, keys and a "
                                               "certificate to explore; its passphrase is %1. Keep real secrets "
                                               "out of it.")
                                        .arg(models::DemoVault::passphrase()),
                                page);
    demoText->setWordWrap(true);
    demoText->setObjectName(QStringLiteral("demoHint"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addLayout(buttons);
    layout->addWidget(demoText, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}
} // namespace

MainWindow::MainWindow(const models::Services &services, models::AppSettings *settings, models::Prompter *prompter,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_vaults(new models::VaultListModel(services, this))
    , m_idle(new models::IdleWatcher(this))
    , m_list(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_lockedPage(new LockedPage(this))
    , m_clipboard(new models::SecretClipboard(this))
    , m_workspace(new VaultWorkspace(services, m_clipboard, prompter, this))
    , m_undoButton(new QPushButton(tr("&Undo"), this))
    , m_identity(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Coffer"));
    setWindowIcon(icons::application());
    m_vaults->setStateIcons(icons::get("locked"), icons::get("busy"), icons::get("unlocked"));
    createActions();

    m_list->setObjectName(QStringLiteral("vaultList"));
    m_list->setAccessibleName(tr("Vaults"));
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_lockedPage->setObjectName(QStringLiteral("lockedPage"));
    m_workspace->setObjectName(QStringLiteral("vaultWorkspace"));
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setFlat(true);
    m_undoButton->setVisible(false);
    statusBar()->addPermanentWidget(m_undoButton);
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_identity->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_identity);
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(std::chrono::seconds(15));
    connect(&m_undoTimer, &QTimer::timeout, this, &MainWindow::withdrawUndo);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        const std::function<void()> undo = m_undo;
        withdrawUndo();
        if (undo)
            undo();
    });
    m_list->setModel(m_vaults);
    m_list->setIconSize(QSize(20, 20));
    m_list->setSpacing(2);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_unlockAction, m_lockAction, m_pinAction, m_removeAction});
    m_list->setMinimumWidth(170);

    m_welcome = makeWelcomePage(this, m_newAction, m_openAction, m_demoAction);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_lockedPage);
    m_stack->addWidget(m_workspace);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    auto *vaultsLabel = new QLabel(tr("Vaults"), left);
    QFont bold = vaultsLabel->font();
    bold.setBold(true);
    vaultsLabel->setFont(bold);
    leftLayout->addWidget(vaultsLabel);
    leftLayout->addWidget(m_list);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 760});
    setCentralWidget(splitter);
    statusBar()->showMessage(tr("Ready"));

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updatePage();
        updateActions();
    });
    connect(m_vaults, &QAbstractItemModel::dataChanged, this, &MainWindow::onRowChanged);
    connect(m_vaults, &QAbstractItemModel::rowsRemoved, this, [this] {
        updatePage();
        updateActions();
    });
    connect(m_vaults, &models::VaultListModel::pathsChanged, this,
            [this] { m_settings->setRecentVaults(m_vaults->paths()); });
    connect(m_lockedPage, &LockedPage::unlockRequested, this, &MainWindow::showUnlockDialog);
    connect(m_workspace, &VaultWorkspace::lockRequested, this, &MainWindow::lockCurrent);
    connect(m_workspace, &VaultWorkspace::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMs); });
    connect(m_workspace, &VaultWorkspace::undoOffered, this, &MainWindow::offerUndo);
    connect(m_workspace, &VaultWorkspace::identityChanged, this, &MainWindow::updateIdentity);
    connect(m_idle, &models::IdleWatcher::idleTimeout, this, &MainWindow::onIdle);

    m_vaults->restore(m_settings->recentVaults());
    m_vaults->setPinned(m_settings->pinnedVaults());
    connect(m_vaults, &models::VaultListModel::pinnedChanged, this, [this] {
        m_settings->setPinnedVaults(m_vaults->pinned());
        updateActions();
    });
    if (m_vaults->rowCount() > 0)
        m_list->setCurrentIndex(m_vaults->index(0, 0));
    m_idle->watchApplication();
    applySettings();
    resize(960, 640);
    updatePage();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const char *icon, const QKeySequence &shortcut, const QString &name) {
        auto *action = new QAction(icons::get(icon), text, this);
        action->setShortcut(shortcut);
        action->setObjectName(name);
        return action;
    };
    m_newAction = make(tr("&New Vault…"), "add", QKeySequence(Qt::CTRL | Qt::Key_N), QStringLiteral("actionNew"));
    m_newAction->setStatusTip(tr("Create a new vault"));
    m_openAction = make(tr("&Open Vault…"), "open", QKeySequence(Qt::CTRL | Qt::Key_O), QStringLiteral("actionOpen"));
    m_openAction->setStatusTip(tr("Add an existing NAME.coffer folder to the list"));
    m_unlockAction = make(tr("&Unlock…"), "unlock", QKeySequence(Qt::CTRL | Qt::Key_U), QStringLiteral("actionUnlock"));
    m_lockAction = make(tr("&Lock"), "lock", QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("actionLock"));
    m_lockAllAction = make(tr("Lock &All"), "lock-all", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                           QStringLiteral("actionLockAll"));
    m_removeAction = make(tr("&Remove from List"), "remove", QKeySequence(), QStringLiteral("actionRemove"));
    m_removeAction->setStatusTip(tr("Forget this vault in the list; its folder stays on disk"));
    m_demoAction = make(tr("Open &Demo Vault"), "vault", QKeySequence(), QStringLiteral("actionDemo"));
    m_demoAction->setStatusTip(tr("A vault with sample objects to explore (made on first use)"));
    m_pinAction = make(tr("&Pin to Top"), "vault", QKeySequence(), QStringLiteral("actionPin"));
    m_pinAction->setCheckable(true);
    m_pinAction->setStatusTip(tr("Keep this vault at the top of the list"));
    m_settingsAction = make(tr("&Settings…"), "settings", QKeySequence::Preferences, QStringLiteral("actionSettings"));
    m_quitAction = make(tr("&Quit"), "quit", QKeySequence(Qt::CTRL | Qt::Key_Q), QStringLiteral("actionQuit"));
    m_verifyExportAction
            = make(tr("Verify &Audit Export…"), "audit", QKeySequence(), QStringLiteral("actionVerifyAuditExport"));
    m_verifyExportAction->setStatusTip(tr("Check an exported audit log offline, without opening any vault"));
    m_searchAction = make(tr("&Search and Commands…"), "search", QKeySequence(Qt::CTRL | Qt::Key_K),
                          QStringLiteral("actionSearch"));
    m_searchAction->setStatusTip(tr("Find a command, or a secret, key or certificate in any unlocked vault"));
    m_searchAction->setShortcutContext(Qt::ApplicationShortcut);
    m_generateAction = make(tr("&Generate Password…"), "key", QKeySequence(Qt::CTRL | Qt::Key_G),
                            QStringLiteral("actionGenerate"));
    m_generateAction->setStatusTip(tr("Make a random password or passphrase and copy it"));

    connect(m_newAction, &QAction::triggered, this, &MainWindow::showNewVaultWizard);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseAndOpenVault);
    connect(m_unlockAction, &QAction::triggered, this, &MainWindow::showUnlockDialog);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockCurrent);
    connect(m_lockAllAction, &QAction::triggered, this, &MainWindow::lockAll);
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeCurrent);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemoVault);
    connect(m_pinAction, &QAction::triggered, this, [this](bool pinned) {
        const QString id = currentVaultId();
        if (id.isEmpty())
            return;
        m_vaults->setPinned(id, pinned);
        selectVault(id);
    });
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_verifyExportAction, &QAction::triggered, this, &MainWindow::verifyAuditExport);
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::showCommandPalette);
    connect(m_generateAction, &QAction::triggered, this, &MainWindow::showGenerator);
    connect(m_quitAction, &QAction::triggered, this, &QMainWindow::close);

    QMenu *vaultMenu = menuBar()->addMenu(tr("&Vault"));
    vaultMenu->addActions({m_newAction, m_openAction, m_demoAction});
    vaultMenu->addSeparator();
    vaultMenu->addActions({m_unlockAction, m_lockAction, m_lockAllAction});
    vaultMenu->addSeparator();
    vaultMenu->addActions({m_pinAction, m_removeAction});
    vaultMenu->addSeparator();
    vaultMenu->addAction(m_quitAction);
    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(m_searchAction);
    toolsMenu->addAction(m_generateAction);
    toolsMenu->addSeparator();
    toolsMenu->addAction(m_verifyExportAction);
    toolsMenu->addSeparator();
    toolsMenu->addAction(m_settingsAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_newAction, m_openAction});
    toolbar->addSeparator();
    toolbar->addActions({m_unlockAction, m_lockAction, m_lockAllAction});
    toolbar->addSeparator();
    toolbar->addAction(m_searchAction);
    toolbar->addAction(m_settingsAction);
}

GeneratorDialog *MainWindow::showGenerator()
{
    auto *dialog = new GeneratorDialog(GeneratorDialog::Purpose::Copy, m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CommandPalette *MainWindow::showCommandPalette()
{
    if (m_palette) {
        m_palette->raise();
        m_palette->activateWindow();
        return m_palette;
    }
    QList<CommandPalette::Command> commands;
    for (QAction *action :
         {m_newAction, m_openAction, m_unlockAction, m_lockAction, m_lockAllAction, m_pinAction, m_removeAction,
          m_demoAction, m_generateAction, m_verifyExportAction, m_settingsAction, m_quitAction})
        commands.append(CommandPalette::Command {action, QString()});
    if (m_stack->currentWidget() == m_workspace) {
        const QList<QAction *> pages = m_workspace->pageActions();
        for (QAction *page : pages)
            commands.append(CommandPalette::Command {page, tr("Go to %1").arg(page->text())});
        // The shown page's own actions (New secret, Reveal value, Rotate now, ...), for its current selection.
        QString pageTitle;
        for (QAction *page : pages)
            if (page->objectName() == u"actionPage_" + m_workspace->currentPageId())
                pageTitle = page->text();
        if (QWidget *page = m_workspace->currentPage())
            for (QAction *action : page->findChildren<QAction *>())
                if (action->objectName().startsWith(u"action") && !action->text().isEmpty() && action->isVisible())
                    commands.append(CommandPalette::Command {
                            action, tr("%1: %2").arg(pageTitle, QString(action->text()).remove(u'&'))});
    }
    auto *palette = new CommandPalette(commands, m_vaults, this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    connect(palette, &CommandPalette::objectChosen, this,
            [this](const QString &vaultId, ObjectKind kind, const QString &name) {
                selectVault(vaultId);
                if (m_stack->currentWidget() == m_workspace)
                    m_workspace->showObject(kind, name);
            });
    m_palette = palette;
    palette->open();
    return palette;
}

QString MainWindow::currentVaultId() const
{
    return m_vaults->idAt(m_list->currentIndex());
}

models::VaultSession *MainWindow::currentSession() const
{
    return m_vaults->sessionAt(m_list->currentIndex());
}

void MainWindow::selectVault(const QString &id)
{
    const QModelIndex index = m_vaults->indexOf(id);
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

void MainWindow::updateActions()
{
    const models::VaultSession *session = currentSession();
    const models::actions::Selection selection = session ? models::actions::Selection(session->state()) : std::nullopt;
    m_unlockAction->setEnabled(models::actions::canUnlock(selection));
    m_lockAction->setEnabled(models::actions::canLock(selection));
    m_removeAction->setEnabled(models::actions::canRemoveFromList(selection));
    m_pinAction->setEnabled(session != nullptr);
    m_pinAction->setChecked(session && m_vaults->isPinned(session->path()));
    m_lockAllAction->setEnabled(models::actions::canLockAll(m_vaults->states()));
}

void MainWindow::updatePage()
{
    models::VaultSession *session = currentSession();
    if (!session) {
        m_lockedPage->setSession(nullptr);
        m_workspace->setSession(nullptr);
        m_stack->setCurrentWidget(m_welcome);
        updateIdentity();
        return;
    }
    if (models::actions::canShowProperties(session->state())) {
        m_workspace->setSession(session);
        m_lockedPage->setSession(nullptr);
        m_stack->setCurrentWidget(m_workspace);
    } else {
        m_lockedPage->setSession(session);
        m_workspace->setSession(nullptr);
        m_stack->setCurrentWidget(m_lockedPage);
    }
    updateIdentity();
}

void MainWindow::updateIdentity()
{
    const QString text = m_stack->currentWidget() == m_workspace ? m_workspace->identityText() : QString();
    m_identity->setText(text);
    m_identity->setToolTip(text.isEmpty() ? QString() : m_workspace->identityDetails());
    m_identity->setVisible(!text.isEmpty());
}

void MainWindow::onRowChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const int current = m_list->currentIndex().row();
    if (current >= topLeft.row() && current <= bottomRight.row())
        updatePage();
    updateActions();
}

bool MainWindow::openVault(const QString &path, bool showUnlock)
{
    auto added = m_vaults->addExisting(path);
    if (!added) {
        m_prompter->showError(
                tr("Open Vault"),
                tr("%1\n\n%2").arg(models::ErrorText::forCode(added.error().code()), QDir::toNativeSeparators(path)));
        return false;
    }
    selectVault(*added);
    statusBar()->showMessage(tr("Vault %1 added to the list").arg(currentSession()->displayName()), kStatusMs);
    if (showUnlock && currentSession()->state() == models::VaultState::Locked)
        showUnlockDialog();
    return true;
}

void MainWindow::chooseAndOpenVault()
{
    const QString start = currentSession() ? QFileInfo(currentSession()->path()).absolutePath()
                                           : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_prompter->chooseFolder(tr("Open Vault (choose a NAME.coffer folder)"), start);
    if (!path.isEmpty())
        openVault(path, true);
}

NewVaultWizard *MainWindow::showNewVaultWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        return m_wizard;
    }
    auto *wizard = new NewVaultWizard(m_vaults, m_services, m_prompter, m_settings, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NewVaultWizard::vaultCreated, this, [this](const QString &id) {
        selectVault(id);
        statusBar()->showMessage(tr("Vault %1 created and unlocked").arg(currentSession()->displayName()), kStatusMs);
    });
    m_wizard = wizard;
    wizard->open();
    return wizard;
}

void MainWindow::openDemoVault()
{
    const QString path = models::DemoVault::bundlePath();
    const QString passphraseNote = tr("The demo vault's passphrase is %1.").arg(models::DemoVault::passphrase());
    if (QFileInfo::exists(path)) {
        if (openVault(path, true))
            statusBar()->showMessage(passphraseNote);
        return;
    }
    if (!QDir().mkpath(models::DemoVault::parentFolder())) {
        m_prompter->showError(
                tr("Demo Vault"),
                tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(models::DemoVault::parentFolder())));
        return;
    }
    VaultCreateOptions options;
    options.parentFolder = models::DemoVault::parentFolder();
    options.name = models::DemoVault::name();
    options.ownerName = QStringLiteral("demo-admin");
    auto *job = new models::CreateVaultJob(
            std::move(options), SecureString::fromUtf8(models::DemoVault::passphrase().toUtf8()), m_services, this);
    m_demoAction->setEnabled(false);
    connect(job, &models::CreateVaultJob::finished, this, [this, job, passphraseNote](const Result<void> &result) {
        job->deleteLater();
        m_demoAction->setEnabled(true);
        if (!result) {
            m_prompter->showError(tr("Demo Vault"), models::ErrorText::forCode(result.error().code()));
            return;
        }
        CreatedVault created = job->takeCreated(); // its recovery key is dropped (wiped): nothing real is at stake
        if (auto filled = models::DemoVault::fill(*created.vault); !filled)
            m_prompter->showError(tr("Demo Vault"),
                                  tr("The demo vault was made, but its sample objects could not "
                                     "all be added: %1")
                                          .arg(models::ErrorText::forCode(filled.error().code())));
        selectVault(m_vaults->addCreated(std::move(created.vault)));
        statusBar()->showMessage(
                tr("Demo vault created in %1. %2 Keep real secrets out of it.")
                        .arg(QDir::toNativeSeparators(models::DemoVault::bundlePath()), passphraseNote));
    });
    statusBar()->showMessage(tr("Making the demo vault…"));
    job->start();
}

UnlockDialog *MainWindow::showUnlockDialog()
{
    models::VaultSession *session = currentSession();
    if (!session || !models::actions::canUnlock(session->state()))
        return nullptr;
    if (m_unlockDialog)
        m_unlockDialog->close();
    auto *dialog = new UnlockDialog(session, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, session = QPointer<models::VaultSession>(session)] {
        if (!session)
            return;
        const int purged = session->vault() ? session->vault()->purgedOnOpen() : 0;
        if (purged > 0)
            statusBar()->showMessage(tr("Vault %1 unlocked. Deleted items whose retention had ended were purged: %2.")
                                             .arg(session->displayName(), models::counts::items(purged)));
        else
            statusBar()->showMessage(tr("Vault %1 unlocked").arg(session->displayName()), kStatusMs);
    });
    m_unlockDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::lockCurrent()
{
    models::VaultSession *session = currentSession();
    if (!session || !models::actions::canLock(session->state()))
        return;
    session->lock();
    forgetSecretsInUse();
    statusBar()->showMessage(tr("Vault %1 locked").arg(session->displayName()), kStatusMs);
}

void MainWindow::lockAll()
{
    if (!models::actions::canLockAll(m_vaults->states()))
        return;
    m_vaults->lockAll();
    forgetSecretsInUse();
    statusBar()->showMessage(tr("All vaults locked"), kStatusMs);
}

void MainWindow::onIdle()
{
    if (!models::actions::canLockAll(m_vaults->states()))
        return;
    m_vaults->lockAll();
    forgetSecretsInUse();
    statusBar()->showMessage(tr("All vaults were locked after %1 min without input")
                                     .arg(std::chrono::duration_cast<std::chrono::minutes>(m_idle->timeout()).count()));
}

void MainWindow::removeCurrent()
{
    models::VaultSession *session = currentSession();
    if (!session || !models::actions::canRemoveFromList(session->state()))
        return;
    const QString name = session->displayName();
    if (!m_prompter->confirm(tr("Remove from List"),
                             tr("Remove the vault %1 from the list?\n\nThe folder %2 stays on disk; you can open it "
                                "again later.")
                                     .arg(name, QDir::toNativeSeparators(session->path()))))
        return;
    m_vaults->remove(session->path());
    statusBar()->showMessage(tr("Vault %1 removed from the list").arg(name), kStatusMs);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySettings);
    dialog->open();
}

AuditFileCheckDialog *MainWindow::verifyAuditExport()
{
    const QString path = m_prompter->chooseOpenFile(tr("Verify Audit Export"),
                                                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                    tr("Audit exports (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    auto *dialog = new AuditFileCheckDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::applySettings()
{
    m_idle->setTimeoutMinutes(m_settings->autoLockMinutes());
    m_clipboard->setClearInterval(std::chrono::seconds(m_settings->clipboardClearSeconds()));
    m_workspace->applySettings();
    theme::apply(m_settings->theme());
}

void MainWindow::offerUndo(const QString &text, const std::function<void()> &undo)
{
    m_undo = undo;
    statusBar()->showMessage(text, int(m_undoTimer.interval()));
    m_undoButton->setVisible(true);
    m_undoTimer.start();
}

void MainWindow::withdrawUndo()
{
    m_undoTimer.stop();
    m_undo = {};
    m_undoButton->setVisible(false);
}

void MainWindow::forgetSecretsInUse()
{
    m_clipboard->clearIfOurs();
    withdrawUndo();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_wizard && m_wizard->isCreating()) {
        event->ignore();
        return;
    }
    m_vaults->lockAll();
    forgetSecretsInUse();
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

} // namespace coffer::ui
