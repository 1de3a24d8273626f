#include "ui/PrincipalsPanel.h"

#include "models/AccessNames.h"
#include "models/AccessOperations.h"
#include "models/ErrorText.h"
#include "models/ObjectActions.h"
#include "models/PrincipalListModel.h"
#include "models/Prompter.h"
#include "ui/ClientSecretDialog.h"
#include "ui/Icons.h"
#include "ui/NewPrincipalDialog.h"
#include "ui/WidgetUtil.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QPushButton *button(const char *icon, const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(icons::get(icon), text, parent);
    b->setObjectName(QLatin1StringView(name));
    return b;
}
} // namespace

PrincipalsPanel::PrincipalsPanel(models::AccessOperations *operations, models::Prompter *prompter,
                                 models::SecretClipboard *clipboard, const models::Services &services, QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_clipboard(clipboard)
    , m_services(services)
    , m_model(new models::PrincipalListModel(this))
    , m_view(new QTableView(this))
    , m_error(makeErrorLabel(this))
    , m_newUser(button("add", tr("New &user…"), "newUserButton", this))
    , m_newApp(button("add", tr("New a&pplication…"), "newAppButton", this))
    , m_newGroup(button("add", tr("New &group…"), "newGroupButton", this))
    , m_delete(button("remove", tr("&Delete…"), "deletePrincipalButton", this))
    , m_membersBox(new QGroupBox(tr("Group members"), this))
    , m_members(new QListWidget(m_membersBox))
    , m_candidates(new QComboBox(m_membersBox))
    , m_addMember(button("add", tr("&Add"), "addMemberButton", m_membersBox))
    , m_removeMember(button("remove", tr("Re&move"), "removeMemberButton", m_membersBox))
{
    m_view->setObjectName(QStringLiteral("principalsView"));
    m_error->setObjectName(QStringLiteral("principalsError"));
    m_membersBox->setObjectName(QStringLiteral("membersBox"));
    m_members->setObjectName(QStringLiteral("memberList"));
    m_candidates->setObjectName(QStringLiteral("memberCandidates"));
    m_view->setModel(m_model);
    setUpTable(m_view);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_candidates, 1);
    addRow->addWidget(m_addMember);
    auto *membersLayout = new QVBoxLayout(m_membersBox);
    membersLayout->addWidget(m_members, 1);
    membersLayout->addWidget(m_removeMember, 0, Qt::AlignLeft);
    membersLayout->addLayout(addRow);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_newUser, m_newApp, m_newGroup, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_membersBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_newUser, &QPushButton::clicked, this, [this] { showNewDialog(access::PrincipalType::User); });
    connect(m_newApp, &QPushButton::clicked, this, [this] { showNewDialog(access::PrincipalType::App); });
    connect(m_newGroup, &QPushButton::clicked, this, [this] { showNewDialog(access::PrincipalType::Group); });
    connect(m_delete, &QPushButton::clicked, this, &PrincipalsPanel::deleteCurrent);
    connect(m_addMember, &QPushButton::clicked, this, [this] { addMember(m_candidates->currentData().toString()); });
    connect(m_removeMember, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_members->currentItem())
            removeMember(item->data(kIdRole).toString());
    });
    connect(m_members, &QListWidget::currentRowChanged, this, &PrincipalsPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateMembers();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateMembers();
        updateActions();
    });
    updateMembers();
    updateActions();
}

void PrincipalsPanel::reload(const QList<access::Principal> &principals)
{
    setErrorText(m_error, {});
    m_model->setPrincipals(principals, m_operations->principalId());
    updateMembers();
    updateActions();
}

void PrincipalsPanel::clear()
{
    m_model->clear();
    setErrorText(m_error, {});
    updateMembers();
    updateActions();
}

ClientSecretDialog *PrincipalsPanel::clientSecretDialog() const
{
    return m_secretDialog;
}

QString PrincipalsPanel::currentPrincipal() const
{
    return m_model->idAt(m_view->currentIndex());
}

void PrincipalsPanel::selectPrincipal(const QString &id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void PrincipalsPanel::updateMembers()
{
    const access::Principal *group = m_model->principal(currentPrincipal());
    const bool isGroup = group && group->type == access::PrincipalType::Group;
    m_membersBox->setEnabled(isGroup);
    m_membersBox->setTitle(isGroup ? tr("Members of %1").arg(group->name) : tr("Group members"));
    m_members->clear();
    m_candidates->clear();
    if (!isGroup)
        return;
    for (const access::Principal &p : m_model->principals()) {
        if (p.type == access::PrincipalType::Group)
            continue;
        const QString text = tr("%1 (%2)").arg(p.name, models::AccessNames::principalTypeLower(p.type));
        if (group->memberIds.contains(p.id)) {
            auto *item = new QListWidgetItem(text, m_members);
            item->setData(kIdRole, p.id);
        } else {
            m_candidates->addItem(text, p.id);
        }
    }
}

void PrincipalsPanel::updateActions()
{
    using access::Operation;
    const bool unlocked = m_operations->isUnlocked();
    const QString current = currentPrincipal();
    const access::Decision create = m_operations->can(Operation::PrincipalCreate);
    for (QPushButton *b : {m_newUser, m_newApp, m_newGroup})
        applyActionState(b, models::actions::gate(unlocked, create));
    const bool isMe = !current.isEmpty() && current == m_operations->principalId();
    applyActionState(
            m_delete,
            models::actions::gate(unlocked && !current.isEmpty(),
                                  m_operations->can(Operation::PrincipalDelete, access::Resource::principal(current))));
    if (isMe && m_delete->isEnabled())
        applyActionState(m_delete, {false, tr("You cannot delete the principal you are signed in as")});
    applyActionState(m_addMember,
                     models::actions::gate(m_membersBox->isEnabled() && m_candidates->count() > 0,
                                           m_operations->can(Operation::GroupMemberAdd)));
    applyActionState(m_removeMember,
                     models::actions::gate(m_membersBox->isEnabled() && m_members->currentItem(),
                                           m_operations->can(Operation::GroupMemberRemove)));
}

NewPrincipalDialog *PrincipalsPanel::showNewDialog(access::PrincipalType type)
{
    if (!m_newUser->isEnabled())
        return nullptr;
    auto *dialog = new NewPrincipalDialog(type, m_operations, m_services, m_model->principals(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto created = dialog->created();
        if (!created)
            return;
        selectPrincipal(created->id);
        Q_EMIT statusMessage(tr("%1 %2 created").arg(models::AccessNames::principalType(created->type), created->name));
        if (created->type != access::PrincipalType::App)
            return;
        auto *secret = new ClientSecretDialog(created->name, dialog->takeClientSecret(), m_clipboard, this);
        secret->setAttribute(Qt::WA_DeleteOnClose);
        m_secretDialog = secret;
        secret->open();
    });
    dialog->open();
    return dialog;
}

void PrincipalsPanel::deleteCurrent()
{
    const access::Principal *p = m_model->principal(currentPrincipal());
    if (!p || !m_delete->isEnabled())
        return;
    const access::Principal copy = *p;
    QString question = tr("Delete the %1 %2?").arg(models::AccessNames::principalTypeLower(copy.type), copy.name)
            + QStringLiteral("\n\n");
    question += copy.type == access::PrincipalType::Group
            ? tr("Its role assignments and access policy go with it; its members lose what it granted them.")
            : tr("Its keyslots (its way to unlock the vault), role assignments, access policy and group "
                 "memberships go with it. This cannot be undone.");
    if (!m_prompter->confirm(tr("Delete %1").arg(copy.name), question))
        return;
    auto result = m_operations->deletePrincipal(copy.id);
    if (!result) {
        m_prompter->showError(
                tr("Delete %1").arg(copy.name),
                models::ErrorText::forAccess(result.error(), models::AccessOp::DeletePrincipal, copy.name));
        return;
    }
    Q_EMIT statusMessage(tr("%1 deleted").arg(copy.name));
}

void PrincipalsPanel::addMember(const QString &memberId)
{
    const access::Principal *group = m_model->principal(currentPrincipal());
    const access::Principal *member = m_model->principal(memberId);
    if (!group || !member || !m_addMember->isEnabled())
        return;
    const QString groupName = group->name;
    const QString memberName = member->name;
    auto result = m_operations->addMember(group->id, memberId);
    if (!result) {
        m_prompter->showError(tr("Add Member"),
                              models::ErrorText::forAccess(result.error(), models::AccessOp::AddMember, memberName));
        return;
    }
    Q_EMIT statusMessage(tr("%1 added to %2").arg(memberName, groupName));
}

void PrincipalsPanel::removeMember(const QString &memberId)
{
    const access::Principal *group = m_model->principal(currentPrincipal());
    const access::Principal *member = m_model->principal(memberId);
    if (!group || !member || !m_removeMember->isEnabled())
        return;
    const QString groupName = group->name;
    const QString memberName = member->name;
    if (!m_prompter->confirm(tr("Remove Member"),
                             tr("Remove %1 from the group %2? %1 loses what the group's roles and access policy "
                                "granted.")
                                     .arg(memberName, groupName)))
        return;
    auto result = m_operations->removeMember(group->id, memberId);
    if (!result) {
        m_prompter->showError(tr("Remove Member"),
                              models::ErrorText::forAccess(result.error(), models::AccessOp::RemoveMember, memberName));
        return;
    }
    Q_EMIT statusMessage(tr("%1 removed from %2").arg(memberName, groupName));
}

} // namespace coffer::ui
