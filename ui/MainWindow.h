#pragma once

#include "models/Services.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QListView;
class QModelIndex;
class QPushButton;
class QStackedWidget;

namespace coffer::models {
class AppSettings;
class IdleWatcher;
class Prompter;
class SecretClipboard;
class VaultListModel;
class VaultSession;
} // namespace coffer::models

namespace coffer::ui {

class AuditFileCheckDialog;
class CommandPalette;
class GeneratorDialog;
class LockedPage;
class NewVaultWizard;
class UnlockDialog;
class VaultWorkspace;

// The console: the vault list on the left; on the right the selected vault's Locked page, or its workspace
// (Properties, Secrets, Manage deleted) while unlocked.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const models::Services &services, models::AppSettings *settings, models::Prompter *prompter,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    models::VaultListModel *vaultModel() const { return m_vaults; }
    models::IdleWatcher *idleWatcher() const { return m_idle; }
    models::SecretClipboard *secretClipboard() const { return m_clipboard; }
    VaultWorkspace *workspace() const { return m_workspace; }
    QString currentVaultId() const;
    models::VaultSession *currentSession() const;
    void selectVault(const QString &id);

    // `coffer --open BUNDLE`: lists the vault, selects it and shows its unlock dialog. False (with a message
    // box through the prompter) when the folder is not a readable vault.
    bool openVault(const QString &path, bool showUnlock);

    NewVaultWizard *showNewVaultWizard();
    // Welcome page ▸ Try the Demo Vault (Vault ▸ Open Demo Vault): opens <data folder>/demo/Demo.coffer, making it
    // first (off the GUI thread, then filled with sample objects) when it is not there.
    void openDemoVault();
    UnlockDialog *showUnlockDialog();
    void lockCurrent();
    void lockAll();
    void removeCurrent();
    void chooseAndOpenVault();
    void showSettings();
    void applySettings();
    // Ctrl+K: finds commands and the objects of every unlocked vault; choosing an object selects its vault and
    // shows it on its page.
    CommandPalette *showCommandPalette();
    // Tools ▸ Generate Password… (Ctrl+G): a password or passphrase to copy.
    GeneratorDialog *showGenerator();
    // Tools ▸ Verify Audit Export…: checks an exported audit file offline (no vault needed); null when cancelled.
    AuditFileCheckDialog *verifyAuditExport();
    // A status message with an "Undo" button that runs `undo` (shown for a while; gone on lock).
    void offerUndo(const QString &text, const std::function<void()> &undo);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateActions();
    void updatePage();
    void onIdle();
    void onRowChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void withdrawUndo();
    void forgetSecretsInUse(); // on lock and quit: clipboard and undo
    void updateIdentity();

    models::Services m_services;
    models::AppSettings *m_settings;
    models::Prompter *m_prompter;
    models::VaultListModel *m_vaults;
    models::IdleWatcher *m_idle;
    QListView *m_list;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    LockedPage *m_lockedPage;
    models::SecretClipboard *m_clipboard;
    VaultWorkspace *m_workspace;
    QPushButton *m_undoButton;
    QLabel *m_identity;
    QTimer m_undoTimer;
    std::function<void()> m_undo;
    QPointer<UnlockDialog> m_unlockDialog;
    QPointer<NewVaultWizard> m_wizard;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_unlockAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_lockAllAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_pinAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_verifyExportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_generateAction = nullptr;
    QPointer<CommandPalette> m_palette;
};

} // namespace coffer::ui
