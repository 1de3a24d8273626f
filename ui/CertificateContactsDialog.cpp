#include "ui/CertificateContactsDialog.h"

#include "models/CertificateOperations.h"
#include "models/CertificateRenewalText.h"
#include "models/CertificateText.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coffer::ui {

CertificateContactsDialog::CertificateContactsDialog(models::CertificateOperations *operations, QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_table(new QTableWidget(0, 3, this))
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_add(new QPushButton(icons::get("add"), tr("&Add"), this))
    , m_remove(new QPushButton(icons::get("remove"), tr("&Remove"), this))
    , m_count(makeHintLabel({}, this))
    , m_error(makeErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("certificateContactsDialog"));
    setWindowTitle(tr("Certificate Contacts"));
    m_table->setObjectName(QStringLiteral("contactsTable"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_table->setHorizontalHeaderLabels({tr("Email"), tr("Name"), tr("Phone")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(EmailColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_name->setPlaceholderText(tr("optional"));
    m_phone->setPlaceholderText(tr("optional"));

    auto *emailLabel = new QLabel(tr("E&mail:"), this);
    emailLabel->setBuddy(m_email);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *phoneLabel = new QLabel(tr("&Phone:"), this);
    phoneLabel->setBuddy(m_phone);
    auto *form = new QFormLayout;
    form->addRow(emailLabel, m_email);
    form->addRow(nameLabel, m_name);
    form->addRow(phoneLabel, m_phone);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHintLabel(tr("Who the \"Email contacts\" lifetime action notifies when a certificate of "
                                       "this vault nears its expiry. The list is the vault's, for every "
                                       "certificate."),
                                    this));
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CertificateContactsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CertificateContactsDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &CertificateContactsDialog::addContact);
    connect(m_email, &QLineEdit::returnPressed, this, &CertificateContactsDialog::addContact);
    connect(m_email, &QLineEdit::textChanged, this, &CertificateContactsDialog::validate);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
        validate();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &CertificateContactsDialog::validate);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CertificateContactsDialog::validate);

    auto stored = m_operations->contacts();
    if (stored) {
        setRows(*stored);
    } else {
        setRows({});
        setErrorText(m_error, models::CertificateText::forError(stored.error()));
    }
    resize(620, 480);
}

void CertificateContactsDialog::setRows(const QList<CertificateContact> &contacts)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const CertificateContact &contact : contacts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, EmailColumn, new QTableWidgetItem(contact.email));
        m_table->setItem(row, NameColumn, new QTableWidgetItem(contact.name));
        m_table->setItem(row, PhoneColumn, new QTableWidgetItem(contact.phone));
    }
    validate();
}

QList<CertificateContact> CertificateContactsDialog::contacts() const
{
    QList<CertificateContact> out;
    const auto cell = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row)
        out.append(CertificateContact {cell(row, EmailColumn), cell(row, NameColumn), cell(row, PhoneColumn)});
    return out;
}

bool CertificateContactsDialog::addContact()
{
    QList<CertificateContact> list = contacts();
    const CertificateContact added {m_email->text().trimmed(), m_name->text().trimmed(), m_phone->text().trimmed()};
    list.append(added);
    const QString problem = models::CertificateRenewalText::contactsProblem(list);
    if (!problem.isEmpty()) {
        setErrorText(m_error, problem);
        return false;
    }
    setRows(list);
    m_table->setCurrentCell(m_table->rowCount() - 1, EmailColumn);
    m_email->clear();
    m_name->clear();
    m_phone->clear();
    m_email->setFocus();
    return true;
}

void CertificateContactsDialog::validate()
{
    const QList<CertificateContact> list = contacts();
    const QString problem = models::CertificateRenewalText::contactsProblem(list);
    setErrorText(m_error, problem);
    m_add->setEnabled(!m_email->text().trimmed().isEmpty());
    m_remove->setEnabled(m_table->currentRow() >= 0);
    m_count->setText(list.size() == 1 ? tr("1 contact") : tr("%1 contacts").arg(list.size()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void CertificateContactsDialog::accept()
{
    const QList<CertificateContact> list = contacts();
    if (const QString problem = models::CertificateRenewalText::contactsProblem(list); !problem.isEmpty()) {
        setErrorText(m_error, problem);
        return;
    }
    auto saved = m_operations->setContacts(list);
    if (!saved) {
        setErrorText(m_error, models::CertificateText::forError(saved.error()));
        return;
    }
    QDialog::accept();
}

} // namespace coffer::ui
