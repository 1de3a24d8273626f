#pragma once

#include "core/vault/CertificateTypes.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace coffer::models {
class CertificateOperations;
}

namespace coffer::ui {

class CertificatePolicyJsonDialog;
class TagsEditor;

// Properties of a certificate, like the Keys page's: enabled and tags of one version (its dates are the
// certificate's and read-only; CertificateOperations::update) and the policy for the next versions
// (CertificateOperations::updatePolicy): reuse the key on renewal, exportable (not for HSM keys), content type,
// the lifetime action (email contacts or, for issuer Self, renew automatically, at N % of the lifetime or N days
// before expiry) and the validity in months; subject, SANs, key usage and EKUs are summarised, and "Edit as JSON…"
// changes the rest. Problems are shown in words; nothing is saved until every field is valid.
class CertificatePropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    // Lifetime action choices of actionCombo.
    enum ActionChoice { NoAction, EmailContacts, AutoRenew };
    enum TriggerChoice { Percentage, DaysBefore };

    CertificatePropertiesDialog(models::CertificateOperations *operations, const CertificateInfo &certificate,
                                const std::optional<CertificatePolicy> &policy, QWidget *parent = nullptr);

    // The policy as the form now says (what Save stores), when there is one.
    std::optional<CertificatePolicy> formPolicy() const;
    // Opens "Edit as JSON…" (non-modal, for tests: accept() it to take its policy into the form).
    CertificatePolicyJsonDialog *editAsJson();
    QLabel *errorLabel() const { return m_error; }
    bool saved() const { return m_saved; }

public Q_SLOTS:
    void accept() override;

private:
    void fillPolicy();
    void validate();
    void onTriggerChanged();

    models::CertificateOperations *m_operations;
    CertificateInfo m_certificate;
    std::optional<CertificatePolicy> m_stored; // as read when the dialog opened
    std::optional<CertificatePolicy> m_policy; // as stored, or as the JSON editor left it
    bool m_saved = false;
    bool m_filling = false;

    QCheckBox *m_enabled;
    TagsEditor *m_tags;
    QLabel *m_issuer;
    QCheckBox *m_reuseKey;
    QCheckBox *m_exportable;
    QComboBox *m_contentType;
    QComboBox *m_action;
    QSpinBox *m_amount;
    QComboBox *m_trigger;
    QSpinBox *m_validity;
    QLabel *m_summary;
    QLabel *m_moreActions;
    QPushButton *m_json;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace coffer::ui
