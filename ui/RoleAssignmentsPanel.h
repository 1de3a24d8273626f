#pragma once

#include "core/access/Principal.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace coffer::models {
class AccessOperations;
class Prompter;
class RoleAssignmentModel;
} // namespace coffer::models

namespace coffer::ui {

class RoleAssignmentDialog;

// The role assignments of an RBAC vault (principal, type, role, scope, since when) with Add and Remove (confirmed).
// What the signed-in principal may not do is disabled with the reason.
class RoleAssignmentsPanel : public QWidget
{
    Q_OBJECT

public:
    RoleAssignmentsPanel(models::AccessOperations *operations, models::Prompter *prompter, QWidget *parent = nullptr);

    void reload(const QList<access::Principal> &principals);
    void clear();
    QString currentAssignment() const;
    void selectAssignment(const QString &id);
    models::RoleAssignmentModel *assignmentModel() const { return m_model; }

    RoleAssignmentDialog *showAddDialog();
    void removeCurrent();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateActions();

    models::AccessOperations *m_operations;
    models::Prompter *m_prompter;
    models::RoleAssignmentModel *m_model;
    QList<access::Principal> m_principals;
    QTableView *m_view;
    QLabel *m_error;
    QLabel *m_note;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace coffer::ui
