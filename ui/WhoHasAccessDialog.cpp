#include "ui/WhoHasAccessDialog.h"

#include "models/AccessHoldersModel.h"
#include "models/AccessNames.h"
#include "models/AccessOperations.h"
#include "models/ErrorText.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

WhoHasAccessDialog::WhoHasAccessDialog(models::AccessOperations *operations, ObjectKind kind, const QString &name,
                                       QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_kind(kind)
    , m_name(name)
    , m_model(new models::AccessHoldersModel(this))
    , m_operation(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("whoHasAccessDialog"));
    setWindowTitle(tr("Who Has Access to %1").arg(name));
    setWindowIcon(icons::get("access"));
    resize(700, 420);
    m_operation->setObjectName(QStringLiteral("operationCombo"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_view->setObjectName(QStringLiteral("holdersView"));
    m_view->setModel(m_model);
    setUpTable(m_view);
    m_view->setWordWrap(true);

    for (const access::Operation op : access::operationsFor(access::familyOf(kind))) {
        if (access::operationInfo(op).level == access::TargetLevel::Object)
            m_operation->addItem(models::AccessNames::operationTitle(op), int(op));
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Operation:"), m_operation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_operation, &QComboBox::currentIndexChanged, this, &WhoHasAccessDialog::refresh);
    const access::Operation read = kind == ObjectKind::Secret ? access::Operation::SecretGet
                                                              : access::operationsFor(access::familyOf(kind)).first();
    setOperation(read);
    refresh();
}

void WhoHasAccessDialog::setOperation(access::Operation operation)
{
    const int index = m_operation->findData(int(operation));
    if (index >= 0)
        m_operation->setCurrentIndex(index);
}

void WhoHasAccessDialog::refresh()
{
    const auto operation = access::Operation(m_operation->currentData().toInt());
    auto holders = m_operations->whoCan(operation, access::Resource::object(m_kind, m_name));
    auto principals = m_operations->principals();
    if (!holders || !principals) {
        const Error &error = holders ? principals.error() : holders.error();
        setErrorText(m_error, models::ErrorText::forAccess(error, models::AccessOp::Check));
        m_model->clear();
        m_summary->clear();
        return;
    }
    setErrorText(m_error, {});
    m_model->setHolders(*holders, *principals);
    m_summary->setText(tr("%1, on %2. Principals allowed: %3.")
                               .arg(models::AccessNames::operationTitle(operation), m_name)
                               .arg(m_model->rowCount()));
}

} // namespace coffer::ui
