#pragma once

#include "core/common/Result.h"
#include "core/vault/KeyTypes.h"

#include <QHash>
#include <QPair>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;

namespace coffer {
class Clock;
}

namespace coffer::models {
class KeyFilterProxy;
class KeyOperations;
class KeysModel;
class Prompter;
} // namespace coffer::models

namespace coffer::ui {

class KeyCreateDialog;
class KeyDetailsPane;
class KeyImportDialog;

// The Keys page of an unlocked vault: a filterable, sortable table of keys (type, size or curve, protection with
// the HSM badge, operations, expiry, versions, status; never key material), the details pane, and the actions:
// New key, Import key, Rotate now, Delete (soft), Download public key, Edit properties, Backup, Restore, Refresh.
// Each action is disabled, with the reason, when the signed-in principal may not do it.
class KeysPage : public QWidget
{
    Q_OBJECT

public:
    KeysPage(models::KeyOperations *operations, models::Prompter *prompter, const Clock *clock,
             QWidget *parent = nullptr);

    // Lists the vault's keys again (precise changes; the selection stays).
    void reload();
    void clear();
    QString currentKey() const;
    void selectKey(const QString &name);

    models::KeysModel *keyModel() const { return m_model; }
    models::KeyFilterProxy *proxy() const { return m_proxy; }
    KeyDetailsPane *details() const { return m_details; }
    QTableView *view() const { return m_view; }

    KeyCreateDialog *showCreateDialog();
    KeyImportDialog *showImportDialog();
    // Asks, then makes a new version off the GUI thread. False when nothing was started.
    bool rotateCurrent();
    bool isRotating() const { return m_rotating; }
    void deleteCurrent();
    void downloadPublicKey();
    void backupCurrent();
    void restoreBackup();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void undoOffered(const QString &text, const std::function<void()> &undo);
    void goToDeletedRequested(const QString &name);

private:
    void createActions();
    void updateActions();
    void onCurrentChanged();
    void onRotated(const Result<KeyInfo> &result);
    void showError(const QString &title, const QString &text);
    QStringList keyNames() const;

    models::KeyOperations *m_operations;
    models::Prompter *m_prompter;
    const Clock *m_clock;
    models::KeysModel *m_model;
    models::KeyFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_error;
    QProgressBar *m_busy;
    KeyDetailsPane *m_details;
    // Version counts by key (name key) and the current version they were counted at: listVersions only runs for
    // keys whose current version changed.
    bool m_rotating = false;
    QString m_rotatingName;

    QAction *m_createAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_rotateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_downloadAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace coffer::ui
