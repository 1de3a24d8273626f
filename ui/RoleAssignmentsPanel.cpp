#include "ui/RoleAssignmentsPanel.h"

#include "core/access/Roles.h"
#include "models/AccessNames.h"
#include "models/AccessOperations.h"
#include "models/AccessText.h"
#include "models/ErrorText.h"
#include "models/ObjectActions.h"
#include "models/Prompter.h"
#include "models/RoleAssignmentModel.h"
#include "ui/Icons.h"
#include "ui/RoleAssignmentDialog.h"
#include "ui/WidgetUtil.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

RoleAssignmentsPanel::RoleAssignmentsPanel(models::AccessOperations *operations, models::Prompter *prompter,
                                           QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_model(new models::RoleAssignmentModel(this))
    , m_view(new QTableView(this))
    , m_error(makeErrorLabel(this))
    , m_note(makeHintLabel({}, this))
    , m_add(new QPushButton(icons::get("add"), tr("&Add role assignment…"), this))
    , m_remove(new QPushButton(icons::get("remove"), tr("&Remove…"), this))
{
    m_view->setObjectName(QStringLiteral("assignmentsView"));
    m_view->setAccessibleName(tr("Role assignments"));
    m_error->setObjectName(QStringLiteral("assignmentsError"));
    m_note->setObjectName(QStringLiteral("assignmentsNote"));
    m_note->setVisible(false);
    m_add->setObjectName(QStringLiteral("addAssignmentButton"));
    m_remove->setObjectName(QStringLiteral("removeAssignmentButton"));
    m_add->setToolTip(tr("Give a principal a role at the vault, at all objects of a kind, or at one object"));
    m_view->setModel(m_model);
    setUpTable(m_view);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(models::RoleAssignmentModel::ScopeColumn, QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &RoleAssignmentsPanel::showAddDialog);
    connect(m_remove, &QPushButton::clicked, this, &RoleAssignmentsPanel::removeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoleAssignmentsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RoleAssignmentsPanel::updateActions);
    updateActions();
}

void RoleAssignmentsPanel::reload(const QList<access::Principal> &principals)
{
    m_principals = principals;
    auto assignments = m_operations->assignments();
    QString note;
    if (!assignments && models::ErrorText::isAccessDenial(assignments.error())) {
        // Everyone may list their own (and their groups') role assignments.
        note = tr("You may see only your own role assignments and your groups' (listing all of them needs %1).")
                       .arg(models::AccessText::missingPermission(assignments.error().context()));
        assignments = m_operations->myAssignments();
    }
    if (!assignments) {
        setErrorText(m_error, models::ErrorText::forForbidden(assignments.error()));
        m_model->clear();
    } else {
        setErrorText(m_error, {});
        m_model->setAssignments(*assignments, principals);
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    updateActions();
}

void RoleAssignmentsPanel::clear()
{
    m_principals.clear();
    m_model->clear();
    setErrorText(m_error, {});
    m_note->clear();
    m_note->setVisible(false);
    updateActions();
}

QString RoleAssignmentsPanel::currentAssignment() const
{
    return m_model->idAt(m_view->currentIndex());
}

void RoleAssignmentsPanel::selectAssignment(const QString &id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void RoleAssignmentsPanel::updateActions()
{
    const bool unlocked = m_operations->isUnlocked();
    applyActionState(m_add,
                     models::actions::gate(unlocked && !m_principals.isEmpty(),
                                           m_operations->can(access::Operation::RoleAssignmentCreate)));
    const models::AssignmentRow *row = m_model->row(currentAssignment());
    access::Resource resource = access::Resource::vault();
    if (row) {
        resource.scope = row->assignment.scope;
        resource.roleId = row->assignment.roleId;
    }
    applyActionState(m_remove,
                     models::actions::gate(unlocked && row,
                                           m_operations->can(access::Operation::RoleAssignmentDelete, resource)));
}

RoleAssignmentDialog *RoleAssignmentsPanel::showAddDialog()
{
    if (!m_add->isEnabled())
        return nullptr;
    auto *dialog = new RoleAssignmentDialog(m_operations, m_principals, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto assigned = dialog->assigned();
        if (!assigned)
            return;
        selectAssignment(assigned->id);
        if (const models::AssignmentRow *row = m_model->row(assigned->id))
            Q_EMIT statusMessage(
                    tr("%1 now holds %2 at %3").arg(row->principalName, row->roleName, assigned->scope.toString()));
    });
    dialog->open();
    return dialog;
}

void RoleAssignmentsPanel::removeCurrent()
{
    const models::AssignmentRow *row = m_model->row(currentAssignment());
    if (!row || !m_remove->isEnabled())
        return;
    const models::AssignmentRow copy = *row;
    const QString question = tr("Remove the role %1 of %2 at %3?")
                                     .arg(copy.roleName, copy.principalName, copy.assignment.scope.toString())
            + QStringLiteral("\n\n")
            + tr("%1 loses what this role granted at once, unless another role assignment grants it too.")
                      .arg(copy.principalName);
    if (!m_prompter->confirm(tr("Remove Role Assignment"), question))
        return;
    auto result = m_operations->unassign(copy.assignment.id);
    if (!result) {
        m_prompter->showError(
                tr("Remove Role Assignment"),
                models::ErrorText::forAccess(result.error(), models::AccessOp::Unassign, copy.principalName));
        return;
    }
    Q_EMIT statusMessage(
            tr("Role %1 of %2 at %3 removed").arg(copy.roleName, copy.principalName, copy.assignment.scope.toString()));
}

} // namespace coffer::ui
