#pragma once

#include "core/vault/CertificateTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace coffer::models {
class CertificateOperations;
}

namespace coffer::ui {

// The vault's certificate contacts (Azure's certificate contacts): who the EmailContacts lifetime action's expiry
// notices are for. A table of email, name and phone (cells editable), a row to add one, Remove; every email is
// checked as it is typed, and Save stores the list with CertificateOperations::setContacts.
class CertificateContactsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { EmailColumn, NameColumn, PhoneColumn };

    explicit CertificateContactsDialog(models::CertificateOperations *operations, QWidget *parent = nullptr);

    QList<CertificateContact> contacts() const; // as the table shows them
    // Adds the contact the fields below the table hold (what Add does). False, with the problem shown, when invalid.
    bool addContact();
    QTableWidget *table() const { return m_table; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    void setRows(const QList<CertificateContact> &contacts);
    void validate();

    models::CertificateOperations *m_operations;
    QTableWidget *m_table;
    QLineEdit *m_email;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_count;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace coffer::ui
