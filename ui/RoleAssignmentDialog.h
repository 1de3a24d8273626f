#pragma once

#include "core/access/Principal.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace coffer::models {
class AccessOperations;
}

namespace coffer::ui {

class ScopePicker;

// Add role assignment: a principal, a role (each with Azure's description; roles the signed-in principal may not
// assign are greyed out with the reason) and a scope (the vault, all objects of a kind, or one object). Errors stay
// inline; accepted once the assignment exists.
class RoleAssignmentDialog : public QDialog
{
    Q_OBJECT

public:
    RoleAssignmentDialog(models::AccessOperations *operations, const QList<access::Principal> &principals,
                         QWidget *parent = nullptr);

    void setPrincipal(const QString &principalId);
    void setRole(const QString &roleId);
    void setScope(const access::Scope &scope);
    std::optional<access::RoleAssignment> assigned() const { return m_assigned; }

private:
    void updateState();
    void submit();

    models::AccessOperations *m_operations;
    QComboBox *m_principal;
    QListWidget *m_roles;
    QLabel *m_description;
    ScopePicker *m_scope;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::optional<access::RoleAssignment> m_assigned;
};

} // namespace coffer::ui
