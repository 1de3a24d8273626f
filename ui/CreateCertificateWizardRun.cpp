// CreateCertificateWizard: what the pages mean (the policy), the review, the creation and its result.
#include "ui/CreateCertificateWizard.h"

#include "models/CertificateOperations.h"
#include "models/CertificateText.h"
#include "models/ErrorText.h"
#include "models/Prompter.h"
#include "ui/CreateCertificateWizardPage.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>

namespace coffer::ui {

QString CreateCertificateWizard::certificateName() const
{
    return m_name->text().trimmed();
}

QCheckBox *CreateCertificateWizard::keyUsageBox(KeyUsageBit bit) const
{
    for (const auto &[b, box] : m_keyUsages)
        if (b == bit)
            return box;
    return nullptr;
}

QCheckBox *CreateCertificateWizard::ekuBox(const QString &oid) const
{
    for (const auto &[o, box] : m_ekus)
        if (o == oid)
            return box;
    return nullptr;
}

void CreateCertificateWizard::updateName()
{
    const QString name = certificateName();
    QString why;
    const auto state = m_operations->nameState(name, &why);
    using State = models::CertificateOperations::NameState;
    m_nameOk = state == State::Free || state == State::Certificate;
    if (state == State::Free)
        why = tr("✓ %1 is available").arg(name);
    m_nameHint->setText(why);
}

void CreateCertificateWizard::updateKeyChoices()
{
    const bool ec = KeyType(m_keyType->currentData().toInt()) == KeyType::Ec;
    m_keySize->setEnabled(!ec);
    m_curve->setEnabled(ec);
    const bool hsmAvailable = m_operations->hsmBound();
    m_hsm->setEnabled(hsmAvailable);
    m_hsm->setToolTip(hsmAvailable ? QString()
                                   : tr("No PKCS#11 token is bound to this vault. Bind one in the vault's "
                                        "Properties to make HSM keys."));
    if (!hsmAvailable)
        m_hsm->setChecked(false);
    const bool hsm = m_hsm->isChecked();
    if (hsm)
        m_exportable->setChecked(false);
    m_exportable->setEnabled(!hsm);
    m_exportable->setToolTip(hsm ? tr("The private key of an HSM certificate never leaves the token.") : QString());
}

void CreateCertificateWizard::updateLifetimeChoices()
{
    if (!m_lifetime)
        return;
    // AutoRenew needs issuer Self: a CA-signed certificate needs a new CSR merged by a person.
    const bool self = m_self->isChecked();
    if (!self && m_lifetime->currentData().toInt() == AutoRenew)
        m_lifetime->setCurrentIndex(m_lifetime->findData(int(EmailContacts)));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_lifetime->model()); model) {
        if (QStandardItem *item = model->item(m_lifetime->findData(int(AutoRenew))))
            item->setEnabled(self);
    }
    const bool any = m_lifetime->currentData().toInt() != NoAction;
    m_byPercentage->setEnabled(any);
    m_byDays->setEnabled(any);
    m_percentage->setEnabled(any);
    m_days->setEnabled(any);
}

CertificatePolicy CreateCertificateWizard::policyFromPages() const
{
    CertificatePolicy policy = CertificatePolicy::defaultPolicy();
    policy.issuer = m_self->isChecked() ? IssuerKind::Self : IssuerKind::Unknown;
    policy.subject = m_subject->text().trimmed();
    policy.dnsNames.clear();
    policy.emails.clear();
    policy.upns.clear();
    policy.ipAddresses.clear();
    for (int row = 0; row < m_sans->rowCount(); ++row) {
        const auto *kind = qobject_cast<const QComboBox *>(m_sans->cellWidget(row, 0));
        const QTableWidgetItem *item = m_sans->item(row, 1);
        const QString value = item ? item->text().trimmed() : QString();
        if (!kind || value.isEmpty())
            continue;
        switch (SanType(kind->currentData().toInt())) {
        case SanType::Dns: policy.dnsNames << value; break;
        case SanType::Email: policy.emails << value; break;
        case SanType::Ip: policy.ipAddresses << value; break;
        case SanType::Upn: policy.upns << value; break;
        case SanType::Uri: break;
        }
    }
    policy.kty = KeyType(m_keyType->currentData().toInt());
    if (policy.kty == KeyType::Ec) {
        policy.curve = Curve(m_curve->currentData().toInt());
    } else {
        policy.keySize = m_keySize->currentData().toInt();
        policy.curve.reset();
    }
    policy.protection = m_hsm->isChecked() ? Protection::Hsm : Protection::Software;
    policy.exportable = m_exportable->isChecked() && !m_hsm->isChecked();
    policy.reuseKey = m_reuseKey->isChecked();
    policy.contentType = m_contentType->currentData().toString();
    KeyUsages usages;
    for (const auto &[bit, box] : m_keyUsages)
        if (box->isChecked())
            usages |= bit;
    policy.keyUsage = usages;
    policy.ekus.clear();
    for (const auto &[oid, box] : m_ekus)
        if (box->isChecked())
            policy.ekus << oid;
    for (const QString &oid : m_customOid->text().split(u',', Qt::SkipEmptyParts))
        if (!oid.trimmed().isEmpty() && !policy.ekus.contains(oid.trimmed()))
            policy.ekus << oid.trimmed();
    policy.validityMonths = m_validity->value();
    policy.lifetimeActions.clear();
    const int choice = m_lifetime->currentData().toInt();
    if (choice != NoAction) {
        CertificateLifetimeAction action;
        action.action = choice == AutoRenew ? LifetimeActionType::AutoRenew : LifetimeActionType::EmailContacts;
        if (m_byPercentage->isChecked())
            action.lifetimePercentage = m_percentage->value();
        else
            action.daysBeforeExpiry = m_days->value();
        policy.lifetimeActions << action;
    }
    return policy;
}

bool CreateCertificateWizard::checkUsage()
{
    static const QRegularExpression oidPattern(QStringLiteral("^[0-2](\\.(0|[1-9][0-9]*))+$"));
    for (const QString &part : m_customOid->text().split(u',', Qt::SkipEmptyParts)) {
        const QString oid = part.trimmed();
        if (!oid.isEmpty() && !oidPattern.match(oid).hasMatch()) {
            setErrorText(m_usageError, tr("'%1' is not an OID (dotted numbers such as 1.3.6.1.5.5.7.3.8).").arg(oid));
            return false;
        }
    }
    bool any = false;
    for (const auto &[bit, box] : m_keyUsages)
        any = any || box->isChecked();
    if (!any) {
        setErrorText(m_usageError, tr("Choose at least one key usage."));
        return false;
    }
    setErrorText(m_usageError, {});
    return true;
}

void CreateCertificateWizard::fillReview()
{
    const QJsonDocument json(policyFromPages().toJson());
    m_policyJson->setPlainText(QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
    setErrorText(m_reviewError, {});
}

Result<CertificatePolicy> CreateCertificateWizard::reviewedPolicy() const
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(m_policyJson->toPlainText().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return Error(ErrorCode::InvalidArgument,
                     tr("the policy is not valid JSON: %1 (at character %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    auto policy = CertificatePolicy::fromJson(json.object());
    if (!policy)
        return policy.error();
    if (auto valid = policy->validate(); !valid)
        return valid.error();
    return policy;
}

bool CreateCertificateWizard::checkReview()
{
    auto policy = reviewedPolicy();
    if (!policy) {
        setErrorText(m_reviewError, tr("The policy cannot be used: %1").arg(policy.error().context()));
        return false;
    }
    if (policy->protection == Protection::Hsm && !m_operations->hsmBound()) {
        setErrorText(m_reviewError, tr("The policy asks for an HSM key, but no PKCS#11 token is bound to this vault."));
        return false;
    }
    setErrorText(m_reviewError, {});
    return true;
}

void CreateCertificateWizard::startCreate()
{
    if (m_started)
        return;
    auto policy = reviewedPolicy();
    if (!policy) {
        m_result->setText(tr("The policy cannot be used: %1").arg(policy.error().context()));
        return;
    }
    m_createdName = certificateName();
    if (!m_operations->createInBackground(m_createdName, *policy, {})) {
        m_result->setText(models::ErrorText::forCode(ErrorCode::Busy));
        return;
    }
    m_started = true;
    m_creating = true;
    m_result->setText(policy->issuer == IssuerKind::Self
                              ? tr("Making the key and signing the certificate %1…").arg(m_createdName)
                              : tr("Making the key and the CSR for %1…").arg(m_createdName));
    button(QWizard::CancelButton)->setEnabled(false);
}

void CreateCertificateWizard::onCreated(const Result<CertificateStore::CreateResult> &result)
{
    if (!m_creating)
        return;
    m_creating = false;
    button(QWizard::CancelButton)->setEnabled(true);
    if (!result) {
        const QString text = tr("The certificate was not created: %1")
                                     .arg(models::CertificateText::forError(result.error(), m_createdName));
        m_result->setText(text);
        // Back to the review to change what was refused; Next tries again.
        m_started = false;
        setErrorText(m_reviewError, text);
        back();
        return;
    }
    m_created = *result;
    if (const auto *certificate = std::get_if<CertificateInfo>(&*result)) {
        m_result->setText(tr("Certificate %1 created.\n\nSubject: %2\nValid until: %3\nThumbprint (SHA-1): %4\n"
                             "Managed key: %5\nManaged secret: %6")
                                  .arg(m_createdName, certificate->details.subject,
                                       certificate->details.notAfter.toString(Qt::ISODate),
                                       certificate->details.sha1Hex(), certificate->kid(), certificate->sid()));
        m_saveCsr->setVisible(false);
    } else {
        const auto &pending = std::get<CertificateOperationInfo>(*result);
        m_result->setText(tr("CSR ready for %1.\n\nHave it signed by your CA (subject %2), then select the "
                             "certificate and use Merge signed certificate.")
                                  .arg(m_createdName, pending.subject));
        m_saveCsr->setVisible(true);
    }
    Q_EMIT certificateCreated(m_createdName);
}

bool CreateCertificateWizard::saveCsr()
{
    if (!m_created || !std::holds_alternative<CertificateOperationInfo>(*m_created))
        return false;
    const QByteArray pem = std::get<CertificateOperationInfo>(*m_created).csrPem();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(m_createdName + u".csr");
    const QString path = m_prompter->chooseSaveFile(tr("Save CSR of %1").arg(m_createdName), suggested,
                                                    tr("Certificate signing requests (*.csr *.pem)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit()) {
        m_prompter->showError(tr("Save CSR"), models::ErrorText::forCode(ErrorCode::Io));
        return false;
    }
    return true;
}

} // namespace coffer::ui
