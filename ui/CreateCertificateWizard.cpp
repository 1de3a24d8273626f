#include "ui/CreateCertificateWizard.h"

#include "models/CertificateOperations.h"
#include "models/CertificateText.h"
#include "ui/CreateCertificateWizardPage.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
CreateCertificateWizardPage *makePage(QWidget *parent, const QString &title, const QString &subTitle)
{
    auto *p = new CreateCertificateWizardPage(parent);
    p->setTitle(title);
    p->setSubTitle(subTitle);
    return p;
}
} // namespace

CreateCertificateWizard::CreateCertificateWizard(models::CertificateOperations *operations, models::Prompter *prompter,
                                                 const Clock *clock, QWidget *parent)
    : QWizard(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("createCertificateWizard"));
    m_operations->forgetNames(); // names checked live against the vault as it is now
    setWindowTitle(tr("Create Certificate"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    // Before the result page's own connection: the page asks isComplete() once the wizard has taken the result.
    connect(m_operations, &models::CertificateOperations::created, this, &CreateCertificateWizard::onCreated);
    setPage(IssuerPageId, makeIssuerPage());
    setPage(SubjectPageId, makeSubjectPage());
    setPage(KeyPageId, makeKeyPage());
    setPage(UsagePageId, makeUsagePage());
    setPage(ValidityPageId, makeValidityPage());
    setPage(ReviewPageId, makeReviewPage());
    setPage(ResultPageId, makeResultPage());
    resize(680, 560);
    updateName();
    updateKeyChoices();
    updateLifetimeChoices();
}

QWizardPage *CreateCertificateWizard::makeIssuerPage()
{
    auto *p = makePage(this, tr("Certificate and issuer"), tr("Name the certificate, and choose who signs it."));
    m_name = new QLineEdit(p);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameHint = makeHintLabel({}, p);
    m_nameHint->setObjectName(QStringLiteral("nameHint"));
    m_self = new QRadioButton(tr("&Self-signed: Coffer signs the certificate with its own key"), p);
    m_csr = new QRadioButton(tr("Signed by your &CA: Coffer makes the key and a CSR; you merge the signed "
                                "certificate later"),
                             p);
    m_self->setObjectName(QStringLiteral("selfChoice"));
    m_csr->setObjectName(QStringLiteral("csrChoice"));
    m_self->setChecked(true);
    auto *group = new QButtonGroup(p);
    group->addButton(m_self);
    group->addButton(m_csr);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameHint);
    auto *layout = new QVBoxLayout(p);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_self);
    layout->addWidget(m_csr);
    layout->addStretch(1);
    p->complete = [this] { return m_nameOk; };
    connect(m_name, &QLineEdit::textChanged, this, [this, p] {
        updateName();
        p->changed();
    });
    connect(m_self, &QRadioButton::toggled, this, &CreateCertificateWizard::updateLifetimeChoices);
    return p;
}

QWizardPage *CreateCertificateWizard::makeSubjectPage()
{
    auto *p = makePage(this, tr("Subject and alternative names"),
                       tr("The subject is a distinguished name (CN=www.example.com, O=Example). Browsers check the "
                          "alternative names: add every DNS name the certificate serves."));
    m_subject = new QLineEdit(p);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subjectHint = makeErrorLabel(p);
    m_sans = new QTableWidget(0, 2, p);
    m_sans->setObjectName(QStringLiteral("sanTable"));
    m_sans->setHorizontalHeaderLabels({tr("Type"), tr("Value")});
    m_sans->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_sans->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_sans->verticalHeader()->setVisible(false);
    auto *add = new QPushButton(icons::get("add"), tr("&Add name"), p);
    auto *remove = new QPushButton(icons::get("remove"), tr("&Remove"), p);
    add->setObjectName(QStringLiteral("addSanButton"));
    remove->setObjectName(QStringLiteral("removeSanButton"));
    connect(add, &QPushButton::clicked, this, [this] { addSan(SanType::Dns, {}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_sans->currentRow();
        if (row >= 0)
            m_sans->removeRow(row);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("S&ubject:"), m_subject);
    auto *layout = new QVBoxLayout(p);
    layout->addLayout(form);
    layout->addWidget(m_subjectHint);
    layout->addWidget(new QLabel(tr("Subject alternative names:"), p));
    layout->addWidget(m_sans, 1);
    layout->addLayout(buttons);
    p->initialize = [this] {
        if (m_subject->text().isEmpty())
            m_subject->setText(QStringLiteral("CN=") + certificateName());
    };
    p->complete = [this] { return m_subject->text().contains(QStringLiteral("CN="), Qt::CaseInsensitive); };
    connect(m_subject, &QLineEdit::textChanged, this, [this, p] {
        setErrorText(m_subjectHint, p->isComplete() ? QString() : tr("The subject needs a common name (CN=…)."));
        p->changed();
    });
    return p;
}

void CreateCertificateWizard::addSan(SanType type, const QString &value)
{
    const int row = m_sans->rowCount();
    m_sans->insertRow(row);
    auto *kind = new QComboBox(m_sans);
    for (SanType t : {SanType::Dns, SanType::Email, SanType::Ip})
        kind->addItem(models::CertificateText::sanTypeText(t), int(t));
    kind->setCurrentIndex(kind->findData(int(type)));
    m_sans->setCellWidget(row, 0, kind);
    m_sans->setItem(row, 1, new QTableWidgetItem(value));
    m_sans->setCurrentCell(row, 1);
}

QWizardPage *CreateCertificateWizard::makeKeyPage()
{
    auto *p = makePage(this, tr("Key"),
                       tr("The certificate's key pair. HSM keys are made on the vault's PKCS#11 token "
                          "and never leave it."));
    m_keyType = new QComboBox(p);
    m_keyType->setObjectName(QStringLiteral("keyTypeBox"));
    m_keyType->addItem(tr("RSA"), int(KeyType::Rsa));
    m_keyType->addItem(tr("Elliptic curve (EC)"), int(KeyType::Ec));
    m_keySize = new QComboBox(p);
    m_keySize->setObjectName(QStringLiteral("keySizeBox"));
    for (int bits : {2048, 3072, 4096})
        m_keySize->addItem(tr("%1 bits").arg(bits), bits);
    m_curve = new QComboBox(p);
    m_curve->setObjectName(QStringLiteral("curveBox"));
    for (Curve curve : {Curve::P256, Curve::P384, Curve::P521, Curve::P256K})
        m_curve->addItem(crypto::curveName(curve), int(curve));
    m_hsm = new QCheckBox(tr("On the vault's &HSM (PKCS#11 token)"), p);
    m_hsm->setObjectName(QStringLiteral("hsmBox"));
    m_exportable = new QCheckBox(tr("&Exportable: the private key may be downloaded (PFX/PEM)"), p);
    m_exportable->setObjectName(QStringLiteral("exportableBox"));
    m_reuseKey = new QCheckBox(tr("&Reuse the key on renewal"), p);
    m_reuseKey->setObjectName(QStringLiteral("reuseKeyBox"));
    m_contentType = new QComboBox(p);
    m_contentType->setObjectName(QStringLiteral("contentTypeBox"));
    m_contentType->addItem(tr("PFX / PKCS#12 (application/x-pkcs12)"), kContentTypePkcs12);
    m_contentType->addItem(tr("PEM (application/x-pem-file)"), kContentTypePem);
    auto *form = new QFormLayout(p);
    form->addRow(tr("&Type:"), m_keyType);
    form->addRow(tr("&Size:"), m_keySize);
    form->addRow(tr("C&urve:"), m_curve);
    form->addRow(QString(), m_hsm);
    form->addRow(QString(), m_exportable);
    form->addRow(QString(), m_reuseKey);
    form->addRow(tr("Secret &format:"), m_contentType);
    connect(m_keyType, &QComboBox::currentIndexChanged, this, &CreateCertificateWizard::updateKeyChoices);
    connect(m_hsm, &QCheckBox::toggled, this, &CreateCertificateWizard::updateKeyChoices);
    m_exportable->setChecked(true);
    return p;
}

QWizardPage *CreateCertificateWizard::makeUsagePage()
{
    auto *p = makePage(this, tr("Key usage"), tr("What the certificate may be used for."));
    auto *kuBox = new QGroupBox(tr("Key usage"), p);
    auto *kuLayout = new QVBoxLayout(kuBox);
    for (KeyUsageBit bit : {KeyUsageBit::DigitalSignature, KeyUsageBit::KeyEncipherment, KeyUsageBit::DataEncipherment,
                            KeyUsageBit::KeyAgreement, KeyUsageBit::NonRepudiation, KeyUsageBit::KeyCertSign}) {
        auto *box = new QCheckBox(models::CertificateText::keyUsageText(bit), kuBox);
        box->setObjectName(QStringLiteral("keyUsage_") + crypto::keyUsageName(bit));
        box->setChecked(bit == KeyUsageBit::DigitalSignature || bit == KeyUsageBit::KeyEncipherment);
        kuLayout->addWidget(box);
        m_keyUsages.append({bit, box});
    }
    auto *ekuBox = new QGroupBox(tr("Extended key usage"), p);
    auto *ekuLayout = new QVBoxLayout(ekuBox);
    const QList<models::EkuChoice> choices = models::CertificateText::ekuChoices();
    for (const models::EkuChoice &choice : choices) {
        auto *box = new QCheckBox(tr("%1 (%2)").arg(choice.label, choice.oid), ekuBox);
        box->setObjectName(QStringLiteral("eku_") + choice.oid);
        box->setChecked(choice.oid == u"1.3.6.1.5.5.7.3.1" || choice.oid == u"1.3.6.1.5.5.7.3.2");
        ekuLayout->addWidget(box);
        m_ekus.append({choice.oid, box});
    }
    m_customOid = new QLineEdit(ekuBox);
    m_customOid->setObjectName(QStringLiteral("customOidEdit"));
    m_customOid->setPlaceholderText(tr("Other EKU OIDs, comma separated (e.g. 1.3.6.1.5.5.7.3.8)"));
    ekuLayout->addWidget(m_customOid);
    m_usageError = makeErrorLabel(p);
    m_usageError->setObjectName(QStringLiteral("usageError"));
    auto *columns = new QHBoxLayout;
    columns->addWidget(kuBox);
    columns->addWidget(ekuBox, 1);
    auto *layout = new QVBoxLayout(p);
    layout->addLayout(columns);
    layout->addWidget(m_usageError);
    layout->addStretch(1);
    p->validate = [this] { return checkUsage(); };
    return p;
}

QWizardPage *CreateCertificateWizard::makeValidityPage()
{
    auto *p = makePage(this, tr("Validity and lifetime action"),
                       tr("How long each version is valid, and what happens as it nears its end."));
    m_validity = new QSpinBox(p);
    m_validity->setObjectName(QStringLiteral("validityBox"));
    m_validity->setRange(1, 1200);
    m_validity->setValue(12);
    m_validity->setSuffix(tr(" months"));
    m_lifetime = new QComboBox(p);
    m_lifetime->setObjectName(QStringLiteral("lifetimeBox"));
    m_lifetime->addItem(tr("Nothing"), int(NoAction));
    m_lifetime->addItem(tr("Email the vault's contacts"), int(EmailContacts));
    m_lifetime->addItem(tr("Renew automatically (self-signed only)"), int(AutoRenew));
    m_lifetime->setCurrentIndex(1);
    m_byPercentage = new QRadioButton(tr("At a share of the &lifetime:"), p);
    m_byDays = new QRadioButton(tr("&Days before expiry:"), p);
    m_byPercentage->setObjectName(QStringLiteral("percentageChoice"));
    m_byDays->setObjectName(QStringLiteral("daysChoice"));
    m_byPercentage->setChecked(true);
    m_percentage = new QSpinBox(p);
    m_percentage->setObjectName(QStringLiteral("percentageBox"));
    m_percentage->setRange(1, 99);
    m_percentage->setValue(80);
    m_percentage->setSuffix(QStringLiteral(" %"));
    m_days = new QSpinBox(p);
    m_days->setObjectName(QStringLiteral("daysBox"));
    m_days->setRange(1, 1200 * 27);
    m_days->setValue(30);
    auto *form = new QFormLayout(p);
    form->addRow(tr("&Validity:"), m_validity);
    form->addRow(tr("Lifetime &action:"), m_lifetime);
    form->addRow(m_byPercentage, m_percentage);
    form->addRow(m_byDays, m_days);
    connect(m_lifetime, &QComboBox::currentIndexChanged, this, &CreateCertificateWizard::updateLifetimeChoices);
    return p;
}

QWizardPage *CreateCertificateWizard::makeReviewPage()
{
    auto *p = makePage(this, tr("Review"),
                       tr("The certificate policy, as Azure writes it. You may edit the JSON; it is checked with "
                          "Azure's rules before anything is made."));
    m_policyJson = new QPlainTextEdit(p);
    m_policyJson->setObjectName(QStringLiteral("policyEdit"));
    m_policyJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_policyJson->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_reviewError = makeErrorLabel(p);
    m_reviewError->setObjectName(QStringLiteral("reviewError"));
    auto *layout = new QVBoxLayout(p);
    layout->addWidget(m_policyJson, 1);
    layout->addWidget(m_reviewError);
    p->initialize = [this] { fillReview(); };
    p->validate = [this] { return checkReview(); };
    setButtonText(QWizard::NextButton, tr("&Next >"));
    return p;
}

QWizardPage *CreateCertificateWizard::makeResultPage()
{
    auto *p = makePage(this, tr("Result"), {});
    m_result = new QLabel(p);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveCsr = new QPushButton(icons::get("open"), tr("&Save CSR…"), p);
    m_saveCsr->setObjectName(QStringLiteral("saveCsrButton"));
    m_saveCsr->setVisible(false);
    connect(m_saveCsr, &QPushButton::clicked, this, &CreateCertificateWizard::saveCsr);
    auto *busy = makeBusyBar(p);
    busy->setObjectName(QStringLiteral("busyBar"));
    auto *layout = new QVBoxLayout(p);
    layout->addWidget(busy);
    layout->addWidget(m_result);
    auto *row = new QHBoxLayout;
    row->addWidget(m_saveCsr);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    p->setFinalPage(true);
    p->initialize = [this, busy] {
        busy->setVisible(true);
        startCreate();
        busy->setVisible(m_creating);
    };
    p->complete = [this] { return !m_creating && m_started; };
    connect(m_operations, &models::CertificateOperations::created, p, [p, busy] {
        busy->setVisible(false);
        p->changed();
    });
    return p;
}

} // namespace coffer::ui
