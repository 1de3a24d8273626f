#pragma once

#include "core/vault/ObjectTypes.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace coffer {
class Clock;
}

namespace coffer::models {
class ObjectOperations;
class Prompter;
class SecretRotationOperations;
class SecretClipboard;
class SecretFilterProxy;
class SecretListModel;
} // namespace coffer::models

namespace coffer::ui {

class SecretDetailsPane;
class SecretDialog;
class SecretRotationPolicyDialog;

// The Secrets page of an unlocked vault: a filterable, sortable table of secrets (never their values), the
// details pane, and the actions on secrets (create, new version, attributes, enable/disable, delete, reveal,
// copy, backup, restore, rotation policy, rotate now).
class SecretsPage : public QWidget
{
    Q_OBJECT

public:
    SecretsPage(models::ObjectOperations *operations, models::SecretClipboard *clipboard, models::Prompter *prompter,
                const Clock *clock, QWidget *parent = nullptr);

    // Lists the vault's secrets again (precise changes; the selection stays).
    void reload();
    void clear();
    QString currentSecret() const;
    void selectSecret(const QString &name);

    models::SecretListModel *secretModel() const { return m_model; }
    models::SecretFilterProxy *proxy() const { return m_proxy; }
    models::SecretRotationOperations *rotationOperations() const { return m_rotation; }
    SecretDetailsPane *details() const { return m_details; }
    QTableView *view() const { return m_view; }

    SecretDialog *showCreateDialog();
    SecretDialog *showNewVersionDialog();
    SecretDialog *showEditAttributesDialog();
    void setCurrentEnabled(bool enabled);
    void deleteCurrent();
    void backupCurrent();
    void restoreBackup();
    // The selected secret's rotation policy (SecretRotationPolicyGet to open, SecretRotationPolicySet to save).
    SecretRotationPolicyDialog *showRotationPolicyDialog();
    // "Rotate now" (SecretRotate) after a confirmation: a new version made by the policy's generator.
    bool rotateCurrent();

Q_SIGNALS:
    void statusMessage(const QString &text);
    // After a delete: the shell offers "Undo" (which runs `undo`).
    void undoOffered(const QString &text, const std::function<void()> &undo);
    void goToDeletedRequested(const QString &name);
    void whoHasAccessRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void updateActions();
    void onCurrentChanged();
    void showError(const QString &title, const QString &text);

    models::ObjectOperations *m_operations;
    models::SecretRotationOperations *m_rotation;
    models::SecretClipboard *m_clipboard;
    models::Prompter *m_prompter;
    const Clock *m_clock;
    models::SecretListModel *m_model;
    models::SecretFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_error;
    QLabel *m_notice;
    SecretDetailsPane *m_details;

    QAction *m_createAction = nullptr;
    QAction *m_newVersionAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_rotationPolicyAction = nullptr;
    QAction *m_rotateAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QList<QAction *> m_toolbarActions;
};

} // namespace coffer::ui
