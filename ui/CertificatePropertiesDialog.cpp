#include "ui/CertificatePropertiesDialog.h"

#include "models/CertificateOperations.h"
#include "models/CertificateText.h"
#include "models/TimeFormat.h"
#include "ui/CertificatePolicyJsonDialog.h"
#include "ui/TagsEditor.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

QString orNone(const QString &text)
{
    return text.isEmpty() ? CertificatePropertiesDialog::tr("none") : text;
}

} // namespace

CertificatePropertiesDialog::CertificatePropertiesDialog(models::CertificateOperations *operations,
                                                         const CertificateInfo &certificate,
                                                         const std::optional<CertificatePolicy> &policy,
                                                         QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_certificate(certificate)
    , m_stored(policy)
    , m_policy(policy)
    , m_enabled(new QCheckBox(tr("&Enabled (a disabled version cannot be downloaded or used)"), this))
    , m_tags(new TagsEditor(this))
    , m_issuer(new QLabel(this))
    , m_reuseKey(new QCheckBox(tr("&Reuse the key on renewal"), this))
    , m_exportable(new QCheckBox(tr("E&xportable (the managed secret holds the private key)"), this))
    , m_contentType(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_amount(new QSpinBox(this))
    , m_trigger(new QComboBox(this))
    , m_validity(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_moreActions(makeHintLabel({}, this))
    , m_json(new QPushButton(tr("Edit as &JSON…"), this))
    , m_error(makeErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("certificatePropertiesDialog"));
    setWindowTitle(tr("Certificate Properties — %1").arg(certificate.info.name));
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_tags->setObjectName(QStringLiteral("tagsEditor"));
    m_issuer->setObjectName(QStringLiteral("issuerLabel"));
    m_reuseKey->setObjectName(QStringLiteral("reuseKeyCheck"));
    m_exportable->setObjectName(QStringLiteral("exportableCheck"));
    m_contentType->setObjectName(QStringLiteral("contentTypeCombo"));
    m_action->setObjectName(QStringLiteral("actionCombo"));
    m_amount->setObjectName(QStringLiteral("amountSpin"));
    m_trigger->setObjectName(QStringLiteral("triggerCombo"));
    m_validity->setObjectName(QStringLiteral("validitySpin"));
    m_summary->setObjectName(QStringLiteral("policySummary"));
    m_moreActions->setObjectName(QStringLiteral("moreActionsHint"));
    m_json->setObjectName(QStringLiteral("editJsonButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));

    m_contentType->addItem(tr("PKCS#12 (PFX)"), kContentTypePkcs12);
    m_contentType->addItem(tr("PEM"), kContentTypePem);
    m_action->addItem(tr("None"), int(NoAction));
    m_action->addItem(tr("Email contacts"), int(EmailContacts));
    m_action->addItem(tr("Renew automatically"), int(AutoRenew));
    m_trigger->addItem(tr("% of the lifetime"), int(Percentage));
    m_trigger->addItem(tr("days before expiry"), int(DaysBefore));
    m_validity->setRange(1, 1200);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // This version: its dates are the certificate's own.
    m_enabled->setChecked(certificate.info.attributes.enabled);
    m_tags->setTags(certificate.info.tags);
    m_tags->setMaximumHeight(170);
    auto *versionBox = new QGroupBox(tr("This version"), this);
    auto *versionForm = new QFormLayout(versionBox);
    versionForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    versionForm->addRow(tr("Version:"), new QLabel(certificate.info.version, versionBox));
    auto *validity = new QLabel(tr("%1 – %2\nThe certificate's own dates: they cannot be changed.")
                                        .arg(models::formatTime(certificate.details.notBefore),
                                             models::formatTime(certificate.details.notAfter)),
                                versionBox);
    validity->setObjectName(QStringLiteral("datesLabel"));
    versionForm->addRow(tr("Valid:"), validity);
    versionForm->addRow(QString(), m_enabled);
    versionForm->addRow(tr("Tags:"), m_tags);

    // The policy: what the next versions (renewals) are made from.
    auto *policyBox = new QGroupBox(tr("Policy for the next versions"), this);
    auto *policyForm = new QFormLayout(policyBox);
    policyForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *contentLabel = new QLabel(tr("&Content type:"), policyBox);
    contentLabel->setBuddy(m_contentType);
    auto *actionLabel = new QLabel(tr("&Lifetime action:"), policyBox);
    actionLabel->setBuddy(m_action);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_action);
    actionRow->addWidget(new QLabel(tr("at"), policyBox));
    actionRow->addWidget(m_amount);
    actionRow->addWidget(m_trigger);
    actionRow->addStretch(1);
    auto *validityLabel = new QLabel(tr("&Validity:"), policyBox);
    validityLabel->setBuddy(m_validity);
    auto *validityRow = new QHBoxLayout;
    validityRow->addWidget(m_validity);
    validityRow->addWidget(new QLabel(tr("months"), policyBox));
    validityRow->addStretch(1);
    auto *jsonRow = new QHBoxLayout;
    jsonRow->addWidget(m_json);
    jsonRow->addStretch(1);
    policyForm->addRow(tr("Issuer:"), m_issuer);
    policyForm->addRow(QString(), m_reuseKey);
    policyForm->addRow(QString(), m_exportable);
    policyForm->addRow(contentLabel, m_contentType);
    policyForm->addRow(actionLabel, actionRow);
    policyForm->addRow(QString(), m_moreActions);
    policyForm->addRow(validityLabel, validityRow);
    policyForm->addRow(tr("Certificate:"), m_summary);
    policyForm->addRow(QString(), jsonRow);
    if (!policy) {
        policyBox->setEnabled(false);
        policyForm->addRow(QString(), makeHintLabel(tr("The policy cannot be read."), policyBox));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(versionBox);
    layout->addWidget(policyBox);
    layout->addStretch(1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CertificatePropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CertificatePropertiesDialog::reject);
    connect(m_tags, &TagsEditor::changed, this, &CertificatePropertiesDialog::validate);
    for (QCheckBox *check : {m_enabled, m_reuseKey, m_exportable})
        connect(check, &QCheckBox::toggled, this, &CertificatePropertiesDialog::validate);
    for (QComboBox *combo : {m_contentType, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, &CertificatePropertiesDialog::validate);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &CertificatePropertiesDialog::onTriggerChanged);
    connect(m_amount, &QSpinBox::valueChanged, this, &CertificatePropertiesDialog::validate);
    connect(m_validity, &QSpinBox::valueChanged, this, &CertificatePropertiesDialog::validate);
    connect(m_json, &QPushButton::clicked, this, &CertificatePropertiesDialog::editAsJson);
    fillPolicy();
    resize(700, 680);
}

void CertificatePropertiesDialog::fillPolicy()
{
    m_filling = true;
    if (m_policy) {
        const CertificatePolicy &p = *m_policy;
        m_issuer->setText(models::CertificateText::issuerText(p.issuer));
        m_reuseKey->setChecked(p.reuseKey);
        const bool hsm = p.protection == Protection::Hsm;
        m_exportable->setChecked(p.exportable && !hsm);
        m_exportable->setEnabled(!hsm);
        m_exportable->setToolTip(hsm ? tr("Keys on the HSM never leave it.") : QString());
        m_contentType->setCurrentIndex(qMax(0, m_contentType->findData(p.contentType)));
        m_validity->setValue(p.validityMonths);
        // AutoRenew is for self-signed certificates only: a CA-signed one needs a new CSR signed elsewhere.
        if (auto *model = qobject_cast<QStandardItemModel *>(m_action->model())) {
            QStandardItem *autoRenew = model->item(AutoRenew);
            autoRenew->setEnabled(p.issuer == IssuerKind::Self);
            autoRenew->setToolTip(p.issuer == IssuerKind::Self
                                          ? QString()
                                          : tr("Only a self-signed certificate can renew itself offline; others need "
                                               "a CSR signed by their CA."));
        }
        if (p.lifetimeActions.isEmpty()) {
            m_action->setCurrentIndex(NoAction);
            m_trigger->setCurrentIndex(Percentage);
            m_amount->setRange(1, 99);
            m_amount->setValue(80);
        } else {
            const CertificateLifetimeAction &first = p.lifetimeActions.constFirst();
            m_action->setCurrentIndex(first.action == LifetimeActionType::AutoRenew ? AutoRenew : EmailContacts);
            const bool days = first.daysBeforeExpiry.has_value();
            m_trigger->setCurrentIndex(days ? DaysBefore : Percentage);
            m_amount->setRange(1, days ? qMax(1, p.validityMonths * 27) : 99);
            m_amount->setValue(days ? *first.daysBeforeExpiry : first.lifetimePercentage.value_or(80));
        }
        const qsizetype more = p.lifetimeActions.size() - 1;
        m_moreActions->setText(
                more <= 0           ? QString()
                        : more == 1 ? tr("1 more lifetime action is kept: %1. Edit as JSON to "
                                         "change it.")
                                              .arg(models::CertificateText::lifetimeActionText(p.lifetimeActions.at(1)))
                                    : tr("%1 more lifetime actions are kept. Edit as JSON to "
                                         "change them.")
                                              .arg(more));
        m_moreActions->setVisible(more > 0);
        m_summary->setText(
                tr("Key: %1\nSubject: %2\nSubject alternative names: %3\nKey usage: %4\nExtended key usage: %5")
                        .arg(models::CertificateText::keyText(p.keySpec(), p.protection), orNone(p.subject),
                             orNone(models::CertificateText::sansText(p.sans())),
                             models::CertificateText::keyUsagesText(p.effectiveKeyUsage()), [&p] {
                                 QStringList ekus;
                                 for (const QString &oid : p.ekus)
                                     ekus << models::CertificateText::ekuText(oid);
                                 return orNone(ekus.join(QStringLiteral(", ")));
                             }()));
    } else {
        m_moreActions->setVisible(false);
    }
    m_filling = false;
    validate();
}

void CertificatePropertiesDialog::onTriggerChanged()
{
    if (m_filling)
        return;
    const bool days = m_trigger->currentData().toInt() == DaysBefore;
    m_amount->setRange(1, days ? qMax(1, m_validity->value() * 27) : 99);
    m_amount->setValue(days ? qMin(30, m_validity->value() * 27) : 80);
    validate();
}

std::optional<CertificatePolicy> CertificatePropertiesDialog::formPolicy() const
{
    if (!m_policy)
        return std::nullopt;
    CertificatePolicy p = *m_policy;
    p.reuseKey = m_reuseKey->isChecked();
    p.exportable = p.protection != Protection::Hsm && m_exportable->isChecked();
    p.contentType = m_contentType->currentData().toString();
    p.validityMonths = m_validity->value();
    QList<CertificateLifetimeAction> actions = p.lifetimeActions.mid(1); // the ones the form does not show
    const int choice = m_action->currentData().toInt();
    if (choice != NoAction) {
        CertificateLifetimeAction action;
        action.action = choice == AutoRenew ? LifetimeActionType::AutoRenew : LifetimeActionType::EmailContacts;
        if (m_trigger->currentData().toInt() == DaysBefore)
            action.daysBeforeExpiry = m_amount->value();
        else
            action.lifetimePercentage = m_amount->value();
        actions.prepend(action);
    }
    p.lifetimeActions = actions;
    return p;
}

void CertificatePropertiesDialog::validate()
{
    if (m_filling)
        return;
    const bool days = m_trigger->currentData().toInt() == DaysBefore;
    const bool hasAction = m_action->currentData().toInt() != NoAction;
    m_amount->setEnabled(hasAction);
    m_trigger->setEnabled(hasAction);
    if (days)
        m_amount->setMaximum(qMax(1, m_validity->value() * 27));
    QString problem = m_tags->problem();
    if (problem.isEmpty()) {
        if (const auto policy = formPolicy()) {
            if (auto valid = policy->validate(); !valid)
                problem = tr("The policy cannot be saved: %1").arg(valid.error().context());
        }
    }
    setErrorText(m_error, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

CertificatePolicyJsonDialog *CertificatePropertiesDialog::editAsJson()
{
    const auto policy = formPolicy();
    if (!policy)
        return nullptr;
    auto *dialog = new CertificatePolicyJsonDialog(*policy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_policy = dialog->policy();
        fillPolicy();
    });
    dialog->open();
    return dialog;
}

void CertificatePropertiesDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const QString name = m_certificate.info.name;
    // The policy first: it is checked here already, so the version's attributes are not saved without it.
    const auto policy = formPolicy();
    if (policy && m_stored && policy->toJson() != m_stored->toJson()) {
        auto updated = m_operations->updatePolicy(name, *policy);
        if (!updated) {
            setErrorText(m_error, models::CertificateText::forError(updated.error(), name));
            return;
        }
        m_stored = *updated;
    }
    AttributeUpdate update;
    if (m_enabled->isChecked() != m_certificate.info.attributes.enabled)
        update.enabled = m_enabled->isChecked();
    if (m_tags->tags() != m_certificate.info.tags)
        update.tags = m_tags->tags();
    if (update.enabled || update.tags) {
        auto result = m_operations->update(name, m_certificate.info.version, update);
        if (!result) {
            setErrorText(m_error, models::CertificateText::forError(result.error(), name));
            return;
        }
        m_certificate = *result;
    }
    m_saved = true;
    QDialog::accept();
}

} // namespace coffer::ui
