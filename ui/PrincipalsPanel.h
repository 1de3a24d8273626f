#pragma once

#include "core/access/Principal.h"
#include "models/Services.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace coffer::models {
class AccessOperations;
class PrincipalListModel;
class Prompter;
class SecretClipboard;
} // namespace coffer::models

namespace coffer::ui {

class ClientSecretDialog;
class NewPrincipalDialog;

// Principals and groups: users, applications and groups with their members or memberships; New user, New
// application (its client secret shown once), New group, Delete (confirmed), and the selected group's members
// (add, remove).
class PrincipalsPanel : public QWidget
{
    Q_OBJECT

public:
    PrincipalsPanel(models::AccessOperations *operations, models::Prompter *prompter,
                    models::SecretClipboard *clipboard, const models::Services &services, QWidget *parent = nullptr);

    void reload(const QList<access::Principal> &principals);
    void clear();
    QString currentPrincipal() const;
    void selectPrincipal(const QString &id);
    models::PrincipalListModel *principalModel() const { return m_model; }
    ClientSecretDialog *clientSecretDialog() const;

    NewPrincipalDialog *showNewDialog(access::PrincipalType type);
    void deleteCurrent();
    void addMember(const QString &memberId);
    void removeMember(const QString &memberId);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateActions();
    void updateMembers();

    models::AccessOperations *m_operations;
    models::Prompter *m_prompter;
    models::SecretClipboard *m_clipboard;
    models::Services m_services;
    models::PrincipalListModel *m_model;
    QTableView *m_view;
    QLabel *m_error;
    QPushButton *m_newUser;
    QPushButton *m_newApp;
    QPushButton *m_newGroup;
    QPushButton *m_delete;
    QGroupBox *m_membersBox;
    QListWidget *m_members;
    QComboBox *m_candidates;
    QPushButton *m_addMember;
    QPushButton *m_removeMember;
    QPointer<ClientSecretDialog> m_secretDialog;
};

} // namespace coffer::ui
