#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace coffer::models {
class CertificateOperations;
class Prompter;
} // namespace coffer::models

namespace coffer::ui {

// Download PFX/PEM with the private key (CertificateOperations::exportWithKey, checked as SecretGet on
// /secrets/NAME): PFX protected by a password typed twice (empty = Azure's blank password, after a warning) with
// a Compatible (3DES/SHA-1) choice for old Windows and Java, or PEM (private key unencrypted). Save… asks where,
// exports and writes the file; the password fields are cleared afterwards.
class CertificateExportDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateExportDialog(models::CertificateOperations *operations, models::Prompter *prompter, const QString &name,
                            const QString &version, QWidget *parent = nullptr);

    QRadioButton *pfxChoice() const { return m_pfx; }
    QRadioButton *pemChoice() const { return m_pem; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QCheckBox *compatibleBox() const { return m_compatible; }
    QLabel *hintLabel() const { return m_hint; }
    // Exports to the file the prompter chooses. False (and the reason shown) when it could not.
    bool save();
    const QString &savedPath() const { return m_savedPath; }

    void accept() override;

private:
    void validate();

    models::CertificateOperations *m_operations;
    models::Prompter *m_prompter;
    QString m_name;
    QString m_version;
    QRadioButton *m_pfx;
    QRadioButton *m_pem;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QCheckBox *m_compatible;
    QLabel *m_hint;
    QLabel *m_error;
    QString m_savedPath;
};

} // namespace coffer::ui
