#include "ui/AccessCheckPanel.h"

#include "models/AccessNames.h"
#include "models/AccessOperations.h"
#include "models/EffectiveAccessModel.h"
#include "models/ErrorText.h"
#include "models/ObjectActions.h"
#include "ui/Icons.h"
#include "ui/ScopePicker.h"
#include "ui/WidgetUtil.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

AccessCheckPanel::AccessCheckPanel(models::AccessOperations *operations, QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_model(new models::EffectiveAccessModel(this))
    , m_principal(new QComboBox(this))
    , m_scope(new ScopePicker([operations](ObjectKind kind) { return operations->objectNames(kind); }, this))
    , m_check(new QPushButton(icons::get("access"), tr("&Check access"), this))
    , m_summary(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_view(new QTableView(this))
{
    m_principal->setObjectName(QStringLiteral("checkPrincipalCombo"));
    m_scope->setObjectName(QStringLiteral("checkScopePicker"));
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("checkError"));
    m_view->setObjectName(QStringLiteral("effectiveAccessView"));
    m_view->setModel(m_model);
    setUpTable(m_view);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(models::EffectiveAccessModel::ReasonColumn, QHeaderView::Stretch);

    auto *form = new QFormLayout;
    form->addRow(tr("&Principal:"), m_principal);
    auto *scopeBox = new QGroupBox(tr("Where"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_scope);
    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_check, 0, Qt::AlignLeft);
    left->addStretch(1);
    top->addLayout(left, 1);
    top->addWidget(scopeBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_check, &QPushButton::clicked, this, &AccessCheckPanel::check);
    connect(m_principal, &QComboBox::currentIndexChanged, this, &AccessCheckPanel::updateActions);
    connect(m_scope, &ScopePicker::changed, this, &AccessCheckPanel::updateActions);
    updateActions();
}

void AccessCheckPanel::reload(const QList<access::Principal> &principals)
{
    const QString chosen = m_principal->currentData().toString();
    m_principal->clear();
    for (const access::Principal &p : principals)
        m_principal->addItem(tr("%1 (%2)").arg(p.name, models::AccessNames::principalTypeLower(p.type)), p.id);
    const int again = m_principal->findData(chosen.isEmpty() ? m_operations->principalId() : chosen);
    m_principal->setCurrentIndex(again >= 0 ? again : 0);
    m_scope->refreshObjects();
    if (m_model->rowCount() > 0)
        check(); // the answer may have changed with access
    updateActions();
}

void AccessCheckPanel::clear()
{
    m_principal->clear();
    m_model->clear();
    m_summary->clear();
    setErrorText(m_error, {});
    updateActions();
}

void AccessCheckPanel::setPrincipal(const QString &principalId)
{
    m_principal->setCurrentIndex(m_principal->findData(principalId));
}

void AccessCheckPanel::setScope(const access::Scope &scope)
{
    m_scope->setScope(scope);
}

QString AccessCheckPanel::summary() const
{
    return m_summary->text();
}

void AccessCheckPanel::updateActions()
{
    const QString principal = m_principal->currentData().toString();
    applyActionState(
            m_check,
            models::actions::gate(
                    m_operations->isUnlocked() && !principal.isEmpty() && m_scope->scope().has_value(),
                    m_operations->can(access::Operation::AccessCheck, access::Resource::principal(principal))));
}

bool AccessCheckPanel::check()
{
    const QString principal = m_principal->currentData().toString();
    const auto scope = m_scope->scope();
    if (principal.isEmpty() || !scope)
        return false;
    auto decisions = m_operations->checkAccess(principal, *scope);
    if (!decisions) {
        setErrorText(m_error, models::ErrorText::forAccess(decisions.error(), models::AccessOp::Check));
        m_model->clear();
        m_summary->clear();
        return false;
    }
    setErrorText(m_error, {});
    m_model->setDecisions(*decisions);
    m_summary->setText(tr("%1 at %2: %3 of %4 operations allowed.")
                               .arg(m_principal->currentText(), models::AccessNames::scopeText(*scope))
                               .arg(m_model->allowedCount())
                               .arg(m_model->rowCount()));
    return true;
}

} // namespace coffer::ui
