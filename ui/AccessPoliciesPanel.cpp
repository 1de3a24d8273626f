#include "ui/AccessPoliciesPanel.h"

#include "models/AccessOperations.h"
#include "models/AccessPolicyModel.h"
#include "models/ErrorText.h"
#include "models/ObjectActions.h"
#include "models/Prompter.h"
#include "ui/AccessPolicyDialog.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

AccessPoliciesPanel::AccessPoliciesPanel(models::AccessOperations *operations, models::Prompter *prompter,
                                         QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_model(new models::AccessPolicyModel(this))
    , m_view(new QTableView(this))
    , m_error(makeErrorLabel(this))
    , m_add(new QPushButton(icons::get("add"), tr("&Add access policy…"), this))
    , m_edit(new QPushButton(icons::get("settings"), tr("&Edit…"), this))
    , m_delete(new QPushButton(icons::get("remove"), tr("&Delete…"), this))
{
    m_view->setObjectName(QStringLiteral("policiesView"));
    m_error->setObjectName(QStringLiteral("policiesError"));
    m_add->setObjectName(QStringLiteral("addPolicyButton"));
    m_edit->setObjectName(QStringLiteral("editPolicyButton"));
    m_delete->setObjectName(QStringLiteral("deletePolicyButton"));
    m_view->setModel(m_model);
    setUpTable(m_view);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &AccessPoliciesPanel::showAddDialog);
    connect(m_edit, &QPushButton::clicked, this, &AccessPoliciesPanel::showEditDialog);
    connect(m_view, &QTableView::doubleClicked, this, &AccessPoliciesPanel::showEditDialog);
    connect(m_delete, &QPushButton::clicked, this, &AccessPoliciesPanel::deleteCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccessPoliciesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccessPoliciesPanel::updateActions);
    updateActions();
}

void AccessPoliciesPanel::reload(const QList<access::Principal> &principals)
{
    m_principals = principals;
    auto policies = m_operations->policies();
    if (!policies) {
        setErrorText(m_error, models::ErrorText::forForbidden(policies.error()));
        m_model->clear();
    } else {
        setErrorText(m_error, {});
        m_model->setPolicies(*policies, principals);
    }
    updateActions();
}

void AccessPoliciesPanel::clear()
{
    m_principals.clear();
    m_model->clear();
    setErrorText(m_error, {});
    updateActions();
}

QString AccessPoliciesPanel::currentPrincipal() const
{
    return m_model->idAt(m_view->currentIndex());
}

void AccessPoliciesPanel::selectPrincipal(const QString &id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void AccessPoliciesPanel::updateActions()
{
    const bool unlocked = m_operations->isUnlocked();
    const bool selected = !currentPrincipal().isEmpty();
    const access::Decision set = m_operations->can(access::Operation::AccessPolicySet);
    applyActionState(m_add, models::actions::gate(unlocked && !m_principals.isEmpty(), set));
    applyActionState(m_edit, models::actions::gate(unlocked && selected, set));
    applyActionState(
            m_delete,
            models::actions::gate(unlocked && selected, m_operations->can(access::Operation::AccessPolicyDelete)));
}

AccessPolicyDialog *AccessPoliciesPanel::openDialog(bool edit)
{
    const models::PolicyRow *row = edit ? m_model->row(currentPrincipal()) : nullptr;
    if (edit && !row)
        return nullptr;
    auto *dialog
            = new AccessPolicyDialog(m_operations, m_principals, row ? std::optional(row->entry) : std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto saved = dialog->saved();
        if (!saved)
            return;
        selectPrincipal(saved->principalId);
        if (const models::PolicyRow *saveRow = m_model->row(saved->principalId))
            Q_EMIT statusMessage(tr("Access policy of %1 saved").arg(saveRow->principalName));
    });
    dialog->open();
    return dialog;
}

AccessPolicyDialog *AccessPoliciesPanel::showAddDialog()
{
    return m_add->isEnabled() ? openDialog(false) : nullptr;
}

AccessPolicyDialog *AccessPoliciesPanel::showEditDialog()
{
    return m_edit->isEnabled() ? openDialog(true) : nullptr;
}

void AccessPoliciesPanel::deleteCurrent()
{
    const models::PolicyRow *row = m_model->row(currentPrincipal());
    if (!row || !m_delete->isEnabled())
        return;
    const QString name = row->principalName;
    const QString id = row->entry.principalId;
    if (!m_prompter->confirm(tr("Delete Access Policy"),
                             tr("Delete the access policy of %1?").arg(name) + QStringLiteral("\n\n")
                                     + tr("%1 loses every key, secret and certificate permission it granted at "
                                          "once, unless a group's policy grants them too.")
                                               .arg(name)))
        return;
    auto result = m_operations->deletePolicy(id);
    if (!result) {
        m_prompter->showError(tr("Delete Access Policy"),
                              models::ErrorText::forAccess(result.error(), models::AccessOp::DeletePolicy, name));
        return;
    }
    Q_EMIT statusMessage(tr("Access policy of %1 deleted").arg(name));
}

} // namespace coffer::ui
