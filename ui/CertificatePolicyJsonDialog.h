#pragma once

#include "core/vault/CertificatePolicy.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace coffer::ui {

// "Edit as JSON…" of the certificate properties: the whole policy in Azure's JSON, for what the form does not show
// (subject, SANs, key usage, EKUs, more lifetime actions). OK reads it with CertificatePolicy::fromJson and
// validate(); a problem is shown in words under the text and the dialog stays open.
class CertificatePolicyJsonDialog : public QDialog
{
    Q_OBJECT

public:
    CertificatePolicyJsonDialog(const CertificatePolicy &policy, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *errorLabel() const { return m_error; }
    // The policy read from the text once accepted.
    const std::optional<CertificatePolicy> &policy() const { return m_policy; }

public Q_SLOTS:
    void accept() override;

private:
    QPlainTextEdit *m_editor;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::optional<CertificatePolicy> m_policy;
};

} // namespace coffer::ui
