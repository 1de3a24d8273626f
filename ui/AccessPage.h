#pragma once

#include "models/Services.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace coffer::models {
class AccessOperations;
class Prompter;
class SecretClipboard;
} // namespace coffer::models

namespace coffer::ui {

class AccessCheckPanel;
class AccessPoliciesPanel;
class PrincipalsPanel;
class RoleAssignmentsPanel;

// The Access control page of an unlocked vault: the permission model with its explicit, confirmed switch; role
// assignments (RBAC) or access policies; principals and groups; and the effective-access checker.
class AccessPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { GrantsTab, PrincipalsTab, CheckTab };

    AccessPage(models::AccessOperations *operations, models::Prompter *prompter, models::SecretClipboard *clipboard,
               const models::Services &services, QWidget *parent = nullptr);

    void reload();
    void clear();
    void showTab(Tab tab);

    RoleAssignmentsPanel *assignmentsPanel() const { return m_assignments; }
    AccessPoliciesPanel *policiesPanel() const { return m_policies; }
    PrincipalsPanel *principalsPanel() const { return m_principals; }
    AccessCheckPanel *checkPanel() const { return m_check; }

    // Asks (through the prompter, explaining the effect) and switches the vault's permission model.
    void switchPermissionModel();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateHeader();

    models::AccessOperations *m_operations;
    models::Prompter *m_prompter;
    QLabel *m_model;
    QPushButton *m_switch;
    QLabel *m_error;
    QTabWidget *m_tabs;
    QStackedWidget *m_grants;
    RoleAssignmentsPanel *m_assignments;
    AccessPoliciesPanel *m_policies;
    PrincipalsPanel *m_principals;
    AccessCheckPanel *m_check;
};

} // namespace coffer::ui
