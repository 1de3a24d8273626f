#pragma once

#include "core/common/Result.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/CertificateTypes.h"

#include <QWizard>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace coffer {
class Clock;
}

namespace coffer::models {
class CertificateOperations;
class Prompter;
} // namespace coffer::models

namespace coffer::ui {

// Create certificate (issue 7): Self-signed or CSR (issuer Unknown) and a name → subject and SANs (DNS, email, IP
// rows) → key (RSA size or EC curve, HSM only when the vault has a token, exportable forced off for HSM, reuse key
// on renewal, content type) → key usage and EKU checkboxes (+ a custom OID) → validity months and lifetime action
// → review of the policy JSON (editable; checked with Azure's rules) → the result: the certificate, or "CSR ready"
// with Save CSR…. The creation runs off the GUI thread (CertificateOperations::createInBackground).
class CreateCertificateWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { IssuerPageId, SubjectPageId, KeyPageId, UsagePageId, ValidityPageId, ReviewPageId, ResultPageId };
    enum LifetimeChoice { NoAction, EmailContacts, AutoRenew };

    CreateCertificateWizard(models::CertificateOperations *operations, models::Prompter *prompter, const Clock *clock,
                            QWidget *parent = nullptr);

    // Page widgets (tests drive the real pages through them).
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *nameHint() const { return m_nameHint; }
    QRadioButton *selfChoice() const { return m_self; }
    QRadioButton *csrChoice() const { return m_csr; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QTableWidget *sanTable() const { return m_sans; }
    void addSan(SanType type, const QString &value);
    QComboBox *keyTypeBox() const { return m_keyType; }
    QComboBox *keySizeBox() const { return m_keySize; }
    QComboBox *curveBox() const { return m_curve; }
    QCheckBox *hsmBox() const { return m_hsm; }
    QCheckBox *exportableBox() const { return m_exportable; }
    QCheckBox *reuseKeyBox() const { return m_reuseKey; }
    QComboBox *contentTypeBox() const { return m_contentType; }
    QCheckBox *keyUsageBox(KeyUsageBit bit) const;
    QCheckBox *ekuBox(const QString &oid) const;
    QLineEdit *customOidEdit() const { return m_customOid; }
    QSpinBox *validityBox() const { return m_validity; }
    QComboBox *lifetimeBox() const { return m_lifetime; }
    QRadioButton *percentageChoice() const { return m_byPercentage; }
    QSpinBox *percentageBox() const { return m_percentage; }
    QSpinBox *daysBox() const { return m_days; }
    QPlainTextEdit *policyEdit() const { return m_policyJson; }
    QLabel *reviewError() const { return m_reviewError; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *saveCsrButton() const { return m_saveCsr; }

    // The policy the pages describe, and the one the review page holds (parsed from its JSON).
    CertificatePolicy policyFromPages() const;
    Result<CertificatePolicy> reviewedPolicy() const;
    QString certificateName() const;
    bool isCreating() const { return m_creating; }
    const std::optional<CertificateStore::CreateResult> &created() const { return m_created; }
    bool saveCsr();

Q_SIGNALS:
    void certificateCreated(const QString &name);

private:
    // Pages (CreateCertificateWizard.cpp).
    QWizardPage *makeIssuerPage();
    QWizardPage *makeSubjectPage();
    QWizardPage *makeKeyPage();
    QWizardPage *makeUsagePage();
    QWizardPage *makeValidityPage();
    QWizardPage *makeReviewPage();
    QWizardPage *makeResultPage();
    // Logic (CreateCertificateWizardRun.cpp).
    void updateName();
    void updateKeyChoices();
    void updateLifetimeChoices();
    void fillReview();
    bool checkReview();
    bool checkUsage();
    void startCreate();
    void onCreated(const Result<CertificateStore::CreateResult> &result);

    models::CertificateOperations *m_operations;
    models::Prompter *m_prompter;
    const Clock *m_clock;
    bool m_nameOk = false;
    bool m_creating = false;
    bool m_started = false;
    std::optional<CertificateStore::CreateResult> m_created;
    QString m_createdName;

    QLineEdit *m_name = nullptr;
    QLabel *m_nameHint = nullptr;
    QRadioButton *m_self = nullptr;
    QRadioButton *m_csr = nullptr;
    QLineEdit *m_subject = nullptr;
    QTableWidget *m_sans = nullptr;
    QLabel *m_subjectHint = nullptr;
    QComboBox *m_keyType = nullptr;
    QComboBox *m_keySize = nullptr;
    QComboBox *m_curve = nullptr;
    QCheckBox *m_hsm = nullptr;
    QCheckBox *m_exportable = nullptr;
    QCheckBox *m_reuseKey = nullptr;
    QComboBox *m_contentType = nullptr;
    QList<QPair<KeyUsageBit, QCheckBox *>> m_keyUsages;
    QList<QPair<QString, QCheckBox *>> m_ekus;
    QLineEdit *m_customOid = nullptr;
    QLabel *m_usageError = nullptr;
    QSpinBox *m_validity = nullptr;
    QComboBox *m_lifetime = nullptr;
    QRadioButton *m_byPercentage = nullptr;
    QRadioButton *m_byDays = nullptr;
    QSpinBox *m_percentage = nullptr;
    QSpinBox *m_days = nullptr;
    QPlainTextEdit *m_policyJson = nullptr;
    QLabel *m_reviewError = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_saveCsr = nullptr;
};

} // namespace coffer::ui
