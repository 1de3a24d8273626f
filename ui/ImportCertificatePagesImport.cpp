// The import wizard's last three pages: the options, the import itself, the summary.
#include "core/vault/CertificateTypes.h"
#include "models/CertificateImportPreview.h"
#include "models/CertificateOperations.h"
#include "ui/ImportCertificatePages.h"
#include "ui/ImportCertificateWizard.h"
#include "ui/TagsEditor.h"
#include "ui/WidgetUtil.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
enum Trigger { Percentage, DaysBefore };

// A certificate name from a file name: "www example.pfx" -> "www-example" (letters, digits and hyphens).
QString nameFromFile(const QString &path)
{
    QString name;
    for (QChar c : QFileInfo(path).completeBaseName()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            name += c;
        else if (!name.endsWith(u'-'))
            name += u'-';
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    return name.left(ObjectLimits::kMaxNameLength);
}

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

// ---- Options --------------------------------------------------------------------------------------------------

ImportOptionsPage::ImportOptionsPage(ImportCertificateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_nameHint(makeHintLabel({}, this))
    , m_protectionLabel(new QLabel(tr("Key protection:"), this))
    , m_software(new QRadioButton(tr("&Software (encrypted in the vault)"), this))
    , m_hsm(new QRadioButton(tr("&HSM (the vault's token; never exportable)"), this))
    , m_exportable(
              new QCheckBox(tr("E&xportable (the managed secret holds the private key; it can be downloaded)"), this))
    , m_contentType(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_trigger(new QComboBox(this))
    , m_amount(new QSpinBox(this))
    , m_tags(new TagsEditor(this))
    , m_enabled(new QCheckBox(tr("&Enabled"), this))
{
    setObjectName(QStringLiteral("importOptionsPage"));
    setTitle(tr("Options"));
    setSubTitle(tr("How the certificate is stored. Its dates, subject and key come from the file."));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(ObjectLimits::kMaxNameLength);
    m_nameHint->setObjectName(QStringLiteral("nameHint"));
    m_software->setObjectName(QStringLiteral("softwareRadio"));
    m_hsm->setObjectName(QStringLiteral("hsmRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_software);
    group->addButton(m_hsm);
    m_software->setChecked(true);
    m_exportable->setObjectName(QStringLiteral("exportableCheck"));
    m_contentType->setObjectName(QStringLiteral("contentTypeCombo"));
    m_contentType->addItem(tr("PKCS#12 (PFX)"), kContentTypePkcs12);
    m_contentType->addItem(tr("PEM"), kContentTypePem);
    m_action->setObjectName(QStringLiteral("actionCombo"));
    m_action->addItem(tr("Email contacts"), int(LifetimeActionType::EmailContacts));
    m_action->addItem(tr("Renew automatically"), int(LifetimeActionType::AutoRenew));
    m_trigger->setObjectName(QStringLiteral("triggerCombo"));
    m_trigger->addItem(tr("% of the lifetime"), int(Percentage));
    m_trigger->addItem(tr("days before expiry"), int(DaysBefore));
    m_amount->setObjectName(QStringLiteral("amountSpin"));
    m_amount->setRange(1, 99);
    m_amount->setValue(80);
    m_tags->setObjectName(QStringLiteral("tagsEditor"));
    m_tags->setMaximumHeight(170);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_enabled->setChecked(true);

    auto *nameLabel = new QLabel(tr("Na&me:"), this);
    nameLabel->setBuddy(m_name);
    auto *nameBox = new QVBoxLayout;
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameHint);
    auto *protectionBox = new QHBoxLayout;
    protectionBox->addWidget(m_software);
    protectionBox->addWidget(m_hsm);
    protectionBox->addStretch(1);
    auto *contentLabel = new QLabel(tr("&Content type:"), this);
    contentLabel->setBuddy(m_contentType);
    auto *actionLabel = new QLabel(tr("&Lifetime action:"), this);
    actionLabel->setBuddy(m_action);
    auto *actionBox = new QHBoxLayout;
    actionBox->addWidget(m_action);
    actionBox->addWidget(new QLabel(tr("at"), this));
    actionBox->addWidget(m_amount);
    actionBox->addWidget(m_trigger);
    actionBox->addStretch(1);
    auto *tagsLabel = new QLabel(tr("&Tags:"), this);
    tagsLabel->setBuddy(m_tags);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(nameLabel, nameBox);
    form->addRow(m_protectionLabel, protectionBox);
    form->addRow(QString(), m_exportable);
    form->addRow(contentLabel, m_contentType);
    form->addRow(actionLabel, actionBox);
    form->addRow(tagsLabel, m_tags);
    form->addRow(QString(), m_enabled);

    connect(m_name, &QLineEdit::textChanged, this, &ImportOptionsPage::update);
    connect(m_hsm, &QRadioButton::toggled, this, &ImportOptionsPage::update);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, [this] {
        const bool days = m_trigger->currentData().toInt() == DaysBefore;
        m_amount->setRange(1, days ? m_maxDays : 99);
        m_amount->setValue(days ? qMin(30, m_maxDays) : 80);
        // The unit is the trigger's own text ("% of the lifetime", "days before expiry"): no suffix in the box.
    });
    connect(m_tags, &TagsEditor::changed, this, &QWizardPage::completeChanged);
}

void ImportOptionsPage::initializePage()
{
    const auto &preview = m_wizard->preview();
    const bool hasKey = preview && preview->hasKey();
    const bool selfSigned = preview && preview->selfSigned();
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(nameFromFile(m_wizard->filePath()));
    const bool hsm = hasKey && m_wizard->operations()->hsmBound();
    m_protectionLabel->setVisible(hasKey);
    m_software->setVisible(hasKey);
    m_hsm->setVisible(hsm);
    if (!hsm)
        m_software->setChecked(true);
    // AutoRenew is for self-signed certificates only: a CA-signed one needs a new CSR signed elsewhere.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_action->model())) {
        QStandardItem *autoRenew = model->item(1);
        autoRenew->setEnabled(selfSigned);
        autoRenew->setToolTip(selfSigned ? QString()
                                         : tr("Only a self-signed certificate can renew itself offline; others need "
                                              "a CSR signed by their CA."));
    }
    if (!selfSigned)
        m_action->setCurrentIndex(0);
    m_maxDays = 99;
    if (preview && preview->leaf())
        m_maxDays = qMax(1, CertificatePolicy::fromCertificate(*preview->leaf(), false).validityMonths * 27);
    if (m_trigger->currentData().toInt() == DaysBefore)
        m_amount->setRange(1, m_maxDays);
    update();
}

void ImportOptionsPage::update()
{
    const bool hasKey = m_wizard->preview() && m_wizard->preview()->hasKey();
    const bool onHsm = hasKey && hsmOffered() && m_hsm->isChecked();
    if (!hasKey || onHsm)
        m_exportable->setChecked(false);
    m_exportable->setEnabled(hasKey && !onHsm);
    m_exportable->setToolTip(!hasKey         ? tr("The file has no private key.")
                                     : onHsm ? tr("Keys on the HSM never leave it.")
                                             : QString());

    const QString name = m_name->text().trimmed();
    QString why;
    m_nameOk = false;
    if (name.isEmpty()) {
        m_nameHint->setText(tr("Give the certificate a name."));
    } else {
        switch (m_wizard->operations()->nameState(name, &why)) {
        case models::CertificateOperations::NameState::Free:
            m_nameOk = true;
            m_nameHint->setText(tr("A new certificate, with a managed key and secret of the same name."));
            break;
        case models::CertificateOperations::NameState::Certificate:
            m_nameOk = true;
            m_nameHint->setText(tr("A new version of the certificate %1.").arg(name));
            break;
        case models::CertificateOperations::NameState::TakenByOther:
            m_nameHint->setText(tr("A key or secret is named %1: a certificate needs the name for its own key and "
                                   "secret. Choose another name.")
                                        .arg(name));
            break;
        case models::CertificateOperations::NameState::Deleted:
            m_nameHint->setText(
                    tr("A deleted object is named %1: recover or purge it first, or choose another name.").arg(name));
            break;
        case models::CertificateOperations::NameState::Invalid:
            m_nameHint->setText(why.isEmpty() ? tr("Names use letters, digits and hyphens (1–127 characters).")
                                              : tr("Not a valid name: %1").arg(why));
            break;
        }
    }
    Q_EMIT completeChanged();
}

bool ImportOptionsPage::isComplete() const
{
    return m_nameOk && m_tags->problem().isEmpty();
}

QString ImportOptionsPage::certificateName() const
{
    return m_name->text().trimmed();
}

std::optional<Protection> ImportOptionsPage::protection() const
{
    if (!m_wizard->preview() || !m_wizard->preview()->hasKey())
        return std::nullopt;
    return hsmOffered() && m_hsm->isChecked() ? Protection::Hsm : Protection::Software;
}

bool ImportOptionsPage::exportable() const
{
    return m_exportable->isEnabled() && m_exportable->isChecked();
}

QString ImportOptionsPage::contentType() const
{
    return m_contentType->currentData().toString();
}

CertificateLifetimeAction ImportOptionsPage::lifetimeAction() const
{
    CertificateLifetimeAction action;
    action.action = LifetimeActionType(m_action->currentData().toInt());
    if (m_trigger->currentData().toInt() == DaysBefore)
        action.daysBeforeExpiry = m_amount->value();
    else
        action.lifetimePercentage = m_amount->value();
    return action;
}

Tags ImportOptionsPage::tags() const
{
    return m_tags->tags();
}

bool ImportOptionsPage::enabledChecked() const
{
    return m_enabled->isChecked();
}

bool ImportOptionsPage::hsmOffered() const
{
    return !m_hsm->isHidden();
}

// ---- Import ---------------------------------------------------------------------------------------------------

ImportRunPage::ImportRunPage(ImportCertificateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_status(makeHintLabel({}, this))
    , m_busy(makeBusyBar(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("The certificate, its managed key and its managed secret are written together, or not at all."));
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_busy->setObjectName(QStringLiteral("importBusy"));
    m_error->setObjectName(QStringLiteral("importErrorLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    setErrorText(m_error, {});
    m_status->clear();
    m_wizard->startImport();
    m_summary->setText(
            tr("Importing %1 as %2.").arg(QFileInfo(m_wizard->filePath()).fileName(), m_wizard->importedName()));
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::setRunning(bool running)
{
    m_busy->setVisible(running);
    m_status->setText(running ? tr("Importing… (a key going to the HSM can take a few seconds)") : QString());
    if (running)
        setErrorText(m_error, {});
}

void ImportRunPage::setFailed(const QString &text)
{
    m_busy->setVisible(false);
    m_status->setText(tr("Nothing was stored. Go back to change the options, or cancel."));
    setErrorText(m_error, text);
    Q_EMIT completeChanged();
}

void ImportRunPage::setDone()
{
    m_done = true;
    m_busy->setVisible(false);
    Q_EMIT completeChanged();
}

// ---- Summary --------------------------------------------------------------------------------------------------

ImportSummaryPage::ImportSummaryPage(ImportCertificateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_id(valueLabel(QStringLiteral("idLabel"), this))
    , m_kid(valueLabel(QStringLiteral("kidLabel"), this))
    , m_sid(valueLabel(QStringLiteral("sidLabel"), this))
    , m_x5t(valueLabel(QStringLiteral("x5tLabel"), this))
    , m_stored(valueLabel(QStringLiteral("storedLabel"), this))
    , m_warnings(new QListWidget(this))
    , m_show(new QPushButton(tr("&Show certificate"), this))
    , m_another(new QPushButton(tr("Import &another"), this))
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setTitle(tr("Imported"));
    setSubTitle(tr("The certificate is in the vault."));
    setFinalPage(true);
    m_stored->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("keptWarningsList"));
    m_warnings->setWordWrap(true);
    m_warnings->setMaximumHeight(110);
    m_show->setObjectName(QStringLiteral("showCertificateButton"));
    m_another->setObjectName(QStringLiteral("importAnotherButton"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Certificate id:"), m_id);
    form->addRow(tr("Key id (kid):"), m_kid);
    form->addRow(tr("Secret id (sid):"), m_sid);
    form->addRow(tr("Thumbprint (x5t):"), m_x5t);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addWidget(m_another);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Stored:"), this));
    layout->addWidget(m_stored);
    layout->addWidget(new QLabel(tr("Warnings kept with the certificate:"), this));
    layout->addWidget(m_warnings);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_show, &QPushButton::clicked, this, [this] {
        const QString name = m_wizard->importedName();
        Q_EMIT m_wizard->showCertificateRequested(name);
        m_wizard->accept();
    });
    connect(m_another, &QPushButton::clicked, m_wizard, &ImportCertificateWizard::startOver);
}

void ImportSummaryPage::initializePage()
{
    m_warnings->clear();
    const auto &result = m_wizard->importResult();
    if (!result)
        return;
    const CertificateInfo &info = result->certificate;
    m_id->setText(info.info.id());
    m_kid->setText(info.hasPrivateKey ? info.kid() : tr("none (no private key)"));
    m_sid->setText(info.sid());
    m_x5t->setText(info.x5t());

    const QString content = m_wizard->importedContentType() == kContentTypePem ? tr("PEM") : tr("PKCS#12 (PFX)");
    const QString chain = info.chainDer.size() == 1
            ? tr("The certificate")
            : tr("The certificate with a chain of %1").arg(info.chainDer.size());
    QString key;
    if (!info.hasPrivateKey)
        key = tr("no managed key (certificate only)");
    else if (info.keyProtection == Protection::Hsm)
        key = tr("a managed key on the HSM (not exportable)");
    else if (info.exportable)
        key = tr("a managed key in the vault, exportable");
    else
        key = tr("a managed key in the vault, not exportable");
    m_stored->setText(tr("%1, %2, and a managed secret (%3).").arg(chain, key, content));

    QList<CertificateDetails> certs;
    for (const QByteArray &der : info.chainDer) {
        auto cert = crypto::X509Certificate::fromDer(der);
        if (cert)
            certs << cert->details();
    }
    for (const ImportIssue &issue : result->warnings)
        new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                            models::CertificateImportPreview::warningText(issue, certs), m_warnings);
    if (result->warnings.isEmpty())
        new QListWidgetItem(tr("None."), m_warnings);
}

} // namespace coffer::ui
