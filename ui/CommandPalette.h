#pragma once

#include "core/common/ObjectKind.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QListView;

namespace coffer::models {
class SearchModel;
class VaultListModel;
} // namespace coffer::models

namespace coffer::ui {

// Ctrl+K (issue 9): one field that finds the console's commands and the secrets, keys and certificates of every
// unlocked vault, by name, tag, content type, subject, alternative name or thumbprint. Up/Down choose, Enter runs
// the command or opens the object, Esc closes. The objects are read once when it opens (each vault's lists,
// recorded as SecretList, KeyList, CertificateList); typing filters them in memory (off the GUI thread for big
// vaults).
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    struct Command
    {
        QPointer<QAction> action;
        QString label; // empty: the action's text without "&" and "…"
    };

    CommandPalette(const QList<Command> &commands, models::VaultListModel *vaults, QWidget *parent = nullptr);
    ~CommandPalette() override;

    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultView() const { return m_view; }
    models::SearchModel *model() const { return m_model; }

    // Runs the chosen row: a command's action is triggered, an object is announced by objectChosen(). Closes.
    void activate(int row);

Q_SIGNALS:
    void objectChosen(const QString &vaultId, coffer::ObjectKind kind, const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void collect(models::VaultListModel *vaults);
    void updateStatus();

    QList<Command> m_commands;
    models::SearchModel *m_model;
    QLineEdit *m_query;
    QListView *m_view;
    QLabel *m_status;
    QStringList m_problems; // vaults that could not be read (busy, failed)
};

} // namespace coffer::ui
