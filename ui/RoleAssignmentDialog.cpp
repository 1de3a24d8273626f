#include "ui/RoleAssignmentDialog.h"

#include "core/access/Roles.h"
#include "models/AccessNames.h"
#include "models/AccessOperations.h"
#include "models/AccessText.h"
#include "models/ErrorText.h"
#include "ui/Icons.h"
#include "ui/ScopePicker.h"
#include "ui/WidgetUtil.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
constexpr int kRoleIdRole = Qt::UserRole + 1;
}

RoleAssignmentDialog::RoleAssignmentDialog(models::AccessOperations *operations,
                                           const QList<access::Principal> &principals, QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_principal(new QComboBox(this))
    , m_roles(new QListWidget(this))
    , m_description(makeHintLabel({}, this))
    , m_scope(new ScopePicker([operations](ObjectKind kind) { return operations->objectNames(kind); }, this))
    , m_error(makeErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("roleAssignmentDialog"));
    setWindowTitle(tr("Add Role Assignment"));
    setWindowIcon(icons::get("access"));
    setMinimumWidth(620);
    m_principal->setObjectName(QStringLiteral("principalCombo"));
    m_roles->setObjectName(QStringLiteral("roleList"));
    m_roles->setAccessibleName(tr("Roles"));
    m_description->setObjectName(QStringLiteral("roleDescription"));
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 3);
    m_scope->setObjectName(QStringLiteral("scopePicker"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));

    for (const access::Principal &p : principals)
        m_principal->addItem(tr("%1 (%2)").arg(p.name, models::AccessNames::principalTypeLower(p.type)), p.id);

    auto definitions = operations->roleDefinitions();
    for (const access::RoleDefinition &role : definitions ? *definitions : access::roles::builtIn()) {
        auto *item = new QListWidgetItem(role.name, m_roles);
        item->setData(kRoleIdRole, role.id);
        item->setToolTip(models::AccessNames::roleDescription(role));
    }
    m_roles->setMinimumHeight(220);

    auto *roleBox = new QGroupBox(tr("Role"), this);
    auto *roleLayout = new QVBoxLayout(roleBox);
    roleLayout->addWidget(m_roles);
    roleLayout->addWidget(m_description);
    auto *scopeBox = new QGroupBox(tr("Scope"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_scope);
    scopeLayout->addWidget(makeHintLabel(tr("An assignment applies to everything below its scope. As in Azure, "
                                            "listing objects needs a role on all of them; a role on one object "
                                            "lets its holder use that object only."),
                                         scopeBox));
    auto *form = new QFormLayout;
    form->addRow(tr("&Principal:"), m_principal);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(roleBox, 1);
    layout->addWidget(scopeBox);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_principal, &QComboBox::currentIndexChanged, this, &RoleAssignmentDialog::updateState);
    connect(m_roles, &QListWidget::currentRowChanged, this, &RoleAssignmentDialog::updateState);
    connect(m_scope, &ScopePicker::changed, this, &RoleAssignmentDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoleAssignmentDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void RoleAssignmentDialog::setPrincipal(const QString &principalId)
{
    m_principal->setCurrentIndex(m_principal->findData(principalId));
}

void RoleAssignmentDialog::setRole(const QString &roleId)
{
    const access::RoleDefinition *role = access::roles::find(roleId);
    for (int row = 0; role && row < m_roles->count(); ++row)
        if (m_roles->item(row)->data(kRoleIdRole).toString() == role->id)
            m_roles->setCurrentRow(row);
}

void RoleAssignmentDialog::setScope(const access::Scope &scope)
{
    m_scope->setScope(scope);
}

void RoleAssignmentDialog::updateState()
{
    const auto scope = m_scope->scope();
    // Roles the signed-in principal may not assign here are shown but not selectable, with the reason.
    for (int row = 0; row < m_roles->count(); ++row) {
        QListWidgetItem *item = m_roles->item(row);
        access::Resource resource = access::Resource::vault();
        if (scope)
            resource.scope = *scope;
        resource.roleId = item->data(kRoleIdRole).toString();
        const access::Decision decision = m_operations->can(access::Operation::RoleAssignmentCreate, resource);
        const access::RoleDefinition *role = access::roles::find(resource.roleId);
        const QString description = role ? models::AccessNames::roleDescription(*role) : QString();
        item->setFlags(decision.allowed ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable) : Qt::NoItemFlags);
        item->setToolTip(decision.allowed ? description : description + u"\n\n" + models::AccessText::needs(decision));
    }
    QListWidgetItem *current = m_roles->currentItem();
    const access::RoleDefinition *role = current ? access::roles::find(current->data(kRoleIdRole).toString()) : nullptr;
    m_description->setText(role ? models::AccessNames::roleDescription(*role)
                                : tr("Choose a role; its description appears here."));
    const bool ready
            = m_principal->currentIndex() >= 0 && role && (current->flags() & Qt::ItemIsEnabled) && scope.has_value();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void RoleAssignmentDialog::submit()
{
    QListWidgetItem *current = m_roles->currentItem();
    const auto scope = m_scope->scope();
    if (!current || !scope || m_principal->currentIndex() < 0)
        return;
    const QString principal = m_principal->currentData().toString();
    auto result = m_operations->assign(current->data(kRoleIdRole).toString(), principal, *scope);
    if (!result) {
        setErrorText(
                m_error,
                models::ErrorText::forAccess(result.error(), models::AccessOp::Assign, m_principal->currentText()));
        m_error->setToolTip(result.error().context());
        return;
    }
    m_assigned = *result;
    accept();
}

} // namespace coffer::ui
