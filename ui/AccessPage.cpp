#include "ui/AccessPage.h"

#include "core/vault/VaultProperties.h"
#include "models/AccessOperations.h"
#include "models/ErrorText.h"
#include "models/ObjectActions.h"
#include "models/Prompter.h"
#include "models/PropertiesModel.h"
#include "models/VaultSession.h"
#include "ui/AccessCheckPanel.h"
#include "ui/AccessPoliciesPanel.h"
#include "ui/Icons.h"
#include "ui/PrincipalsPanel.h"
#include "ui/RoleAssignmentsPanel.h"
#include "ui/WidgetUtil.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace coffer::ui {

AccessPage::AccessPage(models::AccessOperations *operations, models::Prompter *prompter,
                       models::SecretClipboard *clipboard, const models::Services &services, QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_model(new QLabel(this))
    , m_switch(new QPushButton(icons::get("settings"), QString(), this))
    , m_error(makeErrorLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_grants(new QStackedWidget(this))
    , m_assignments(new RoleAssignmentsPanel(operations, prompter, this))
    , m_policies(new AccessPoliciesPanel(operations, prompter, this))
    , m_principals(new PrincipalsPanel(operations, prompter, clipboard, services, this))
    , m_check(new AccessCheckPanel(operations, this))
{
    m_model->setObjectName(QStringLiteral("permissionModelLabel"));
    m_model->setWordWrap(true);
    m_switch->setObjectName(QStringLiteral("switchModelButton"));
    m_error->setObjectName(QStringLiteral("accessError"));
    m_tabs->setObjectName(QStringLiteral("accessTabs"));
    m_assignments->setObjectName(QStringLiteral("assignmentsPanel"));
    m_policies->setObjectName(QStringLiteral("policiesPanel"));
    m_principals->setObjectName(QStringLiteral("principalsPanel"));
    m_check->setObjectName(QStringLiteral("checkPanel"));

    m_grants->addWidget(m_assignments);
    m_grants->addWidget(m_policies);
    m_tabs->addTab(m_grants, icons::get("key"), tr("Role assignments"));
    m_tabs->addTab(m_principals, icons::get("access"), tr("Principals and groups"));
    m_tabs->addTab(m_check, icons::get("access"), tr("Check access"));

    auto *title = new QLabel(tr("Access control"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    auto *header = new QHBoxLayout;
    header->addWidget(m_model, 1);
    header->addWidget(m_switch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_switch, &QPushButton::clicked, this, &AccessPage::switchPermissionModel);
    connect(m_assignments, &RoleAssignmentsPanel::statusMessage, this, &AccessPage::statusMessage);
    connect(m_policies, &AccessPoliciesPanel::statusMessage, this, &AccessPage::statusMessage);
    connect(m_principals, &PrincipalsPanel::statusMessage, this, &AccessPage::statusMessage);
    updateHeader();
}

void AccessPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void AccessPage::reload()
{
    if (!m_operations->isUnlocked()) {
        clear();
        return;
    }
    auto principals = m_operations->principals();
    if (!principals) {
        setErrorText(m_error, models::ErrorText::forForbidden(principals.error()));
        return;
    }
    setErrorText(m_error, {});
    m_assignments->reload(*principals);
    m_policies->reload(*principals);
    m_principals->reload(*principals);
    m_check->reload(*principals);
    updateHeader();
}

void AccessPage::clear()
{
    m_assignments->clear();
    m_policies->clear();
    m_principals->clear();
    m_check->clear();
    setErrorText(m_error, {});
    updateHeader();
}

void AccessPage::updateHeader()
{
    const bool unlocked = m_operations->isUnlocked();
    const PermissionModel model = m_operations->permissionModel();
    const bool rbac = model == PermissionModel::Rbac;
    m_grants->setCurrentWidget(rbac ? static_cast<QWidget *>(m_assignments) : m_policies);
    m_tabs->setTabText(GrantsTab, rbac ? tr("Role assignments") : tr("Access policies"));
    m_model->setText(
            !unlocked ? QString()
                      : tr("Permission model: %1. %2")
                                .arg(models::PropertiesModel::permissionModelText(model),
                                     rbac ? tr("Role assignments decide who may do what, down to single objects.")
                                          : tr("Access policies decide data operations for the whole vault; "
                                               "managing access itself still uses roles.")));
    m_switch->setText(rbac ? tr("Switch to access policies…") : tr("Switch to RBAC…"));
    applyActionState(m_switch,
                     models::actions::gate(unlocked, m_operations->can(access::Operation::VaultSetPermissionModel)));
}

void AccessPage::switchPermissionModel()
{
    if (!m_switch->isEnabled())
        return;
    const bool toPolicies = m_operations->permissionModel() == PermissionModel::Rbac;
    const QString name = m_operations->session() ? m_operations->session()->displayName() : QString();
    const QString question = toPolicies
            ? tr("Switch %1 to the vault access policy permission model?").arg(name) + QStringLiteral("\n\n")
                    + tr("Access policies then decide every operation on secrets, keys and certificates; role "
                         "assignments stop counting for them (they stay stored and count again if you switch "
                         "back). Managing access itself (principals, roles, policies) stays with roles, as in "
                         "Azure. Principals without an access policy lose their data access at once.")
            : tr("Switch %1 to Azure role-based access control (RBAC)?").arg(name) + QStringLiteral("\n\n")
                    + tr("Role assignments then decide every operation; access policies stop counting (they stay "
                         "stored and count again if you switch back). Principals without a role assignment lose "
                         "their data access at once.");
    if (!m_prompter->confirm(tr("Switch Permission Model"), question))
        return;
    auto result = m_operations->setPermissionModel(toPolicies ? PermissionModel::AccessPolicy : PermissionModel::Rbac);
    if (!result) {
        m_prompter->showError(tr("Switch Permission Model"),
                              models::ErrorText::forAccess(result.error(), models::AccessOp::SwitchModel));
        return;
    }
    updateHeader();
    Q_EMIT statusMessage(toPolicies ? tr("%1 now uses access policies").arg(name)
                                    : tr("%1 now uses role-based access control").arg(name));
}

} // namespace coffer::ui
