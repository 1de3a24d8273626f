#include "ui/CertificateDetailsPane.h"

#include "core/common/Clock.h"
#include "models/CertificateChainLinks.h"
#include "models/CertificateOperations.h"
#include "models/CertificateText.h"
#include "models/CertificateVersionsModel.h"
#include "models/ErrorText.h"
#include "models/Prompter.h"
#include "models/TimeFormat.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px' valign='top'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

QString colonHex(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(u':');
}

QString roleText(models::ChainLink::Role role)
{
    switch (role) {
    case models::ChainLink::Role::Leaf: return CertificateDetailsPane::tr("Certificate");
    case models::ChainLink::Role::Intermediate: return CertificateDetailsPane::tr("Intermediate CA");
    case models::ChainLink::Role::Root: return CertificateDetailsPane::tr("Root CA");
    }
    return {};
}

} // namespace

CertificateDetailsPane::CertificateDetailsPane(models::CertificateOperations *operations, models::Prompter *prompter,
                                               const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_versions(new models::CertificateVersionsModel(clock, this))
    , m_title(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new QLabel(this))
    , m_versionsView(new QTableView(this))
    , m_chain(new QTreeWidget(this))
    , m_chainNote(makeHintLabel({}, this))
    , m_policyText(new QLabel(this))
    , m_policyJson(new QPlainTextEdit(this))
    , m_pendingText(new QLabel(this))
    , m_csr(new QPlainTextEdit(this))
    , m_saveCsr(new QPushButton(icons::get("open"), tr("Sa&ve CSR…"), this))
{
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("detailsError"));
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    for (QLabel *label : {m_overview, m_policyText, m_pendingText}) {
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_overview->setObjectName(QStringLiteral("overviewLabel"));
    m_policyText->setObjectName(QStringLiteral("policyLabel"));
    m_pendingText->setObjectName(QStringLiteral("pendingLabel"));
    for (QPlainTextEdit *edit : {m_policyJson, m_csr}) {
        edit->setReadOnly(true);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_policyJson->setObjectName(QStringLiteral("policyJson"));
    m_csr->setObjectName(QStringLiteral("csrView"));
    m_saveCsr->setObjectName(QStringLiteral("saveCsrButton"));
    m_chain->setObjectName(QStringLiteral("chainTree"));
    m_chain->setHeaderLabels({tr("Certificate"), tr("Link")});
    m_chain->setRootIsDecorated(true);
    m_chain->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_chain->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_chain->header()->setStretchLastSection(false);
    m_chainNote->setObjectName(QStringLiteral("chainNote"));

    m_versionsView->setObjectName(QStringLiteral("versionsView"));
    m_versionsView->setAccessibleName(tr("Versions"));
    m_versionsView->setModel(m_versions);
    setUpTable(m_versionsView);
    m_versionsView->verticalHeader()->setVisible(false);
    m_versionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versionsView->horizontalHeader()->setStretchLastSection(true);
    connect(m_versionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CertificateDetailsPane::onVersionChanged);
    connect(m_saveCsr, &QPushButton::clicked, this, &CertificateDetailsPane::saveCsr);

    auto *versionsTab = new QWidget(m_tabs);
    auto *versionsLayout = new QVBoxLayout(versionsTab);
    versionsLayout->addWidget(new QLabel(tr("Versions (select one to show it in every tab)"), versionsTab));
    versionsLayout->addWidget(m_versionsView, 1);
    auto *chainTab = new QWidget(m_tabs);
    auto *chainLayout = new QVBoxLayout(chainTab);
    chainLayout->addWidget(m_chain, 1);
    chainLayout->addWidget(m_chainNote);
    auto *policyTab = new QWidget(m_tabs);
    auto *policyLayout = new QVBoxLayout(policyTab);
    policyLayout->addWidget(m_policyText);
    policyLayout->addWidget(new QLabel(tr("Policy (Azure's JSON):"), policyTab));
    policyLayout->addWidget(m_policyJson, 1);
    auto *requestTab = new QWidget(m_tabs);
    auto *requestLayout = new QVBoxLayout(requestTab);
    requestLayout->addWidget(m_pendingText);
    requestLayout->addWidget(m_csr, 1);
    auto *csrRow = new QHBoxLayout;
    csrRow->addStretch(1);
    csrRow->addWidget(m_saveCsr);
    requestLayout->addLayout(csrRow);

    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(versionsTab, tr("Versions"));
    m_tabs->addTab(chainTab, tr("Chain"));
    m_tabs->addTab(policyTab, tr("Policy"));
    m_tabs->addTab(requestTab, tr("Request"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    showCertificate({});
}

void CertificateDetailsPane::showCertificate(const QString &name)
{
    const bool same = name.compare(m_name, Qt::CaseInsensitive) == 0;
    const QString keep = same && m_shown ? m_shown->info.version : QString();
    m_name = name;
    m_current.reset();
    m_pending.reset();
    m_policy.reset();
    setErrorText(m_error, {});
    if (name.isEmpty() || !m_operations->isUnlocked()) {
        m_title->clear();
        m_versions->clear();
        m_tabs->setEnabled(false);
        showVersion(std::nullopt);
        fillPending();
        fillPolicy();
        return;
    }
    m_tabs->setEnabled(true);
    m_title->setText(name);
    auto current = m_operations->show(name);
    if (current)
        m_current = *current;
    else if (current.error().code() != ErrorCode::NotFound)
        setErrorText(m_error, models::CertificateText::forError(current.error(), name));
    auto pending = m_operations->pending(name);
    if (pending && pending->status != PendingStatus::Completed)
        m_pending = *pending;
    if (m_current) {
        auto policy = m_operations->policy(name);
        if (policy)
            m_policy = *policy;
        auto versions = m_operations->listVersions(name);
        m_versions->setVersions(name, versions ? *versions : QList<CertificateInfo> {*m_current});
    } else {
        m_versions->clear();
    }
    fillPending();
    fillPolicy();
    int keepRow = 0;
    for (int r = 0; r < m_versions->rowCount(); ++r)
        if (m_versions->infoAt(r)->info.version == keep)
            keepRow = r;
    if (m_versions->rowCount() > 0) {
        const QModelIndex index = m_versions->index(keepRow, 0);
        if (m_versionsView->currentIndex() != index)
            m_versionsView->setCurrentIndex(index); // onVersionChanged follows
        else
            onVersionChanged();
    } else {
        showVersion(std::nullopt);
        if (m_pending)
            m_tabs->setCurrentIndex(RequestTab);
    }
}

void CertificateDetailsPane::reload()
{
    showCertificate(m_name);
}

void CertificateDetailsPane::selectVersion(const QString &version)
{
    for (int r = 0; r < m_versions->rowCount(); ++r)
        if (m_versions->infoAt(r)->info.version == version)
            m_versionsView->setCurrentIndex(m_versions->index(r, 0));
}

void CertificateDetailsPane::onVersionChanged()
{
    const CertificateInfo *info = m_versions->infoAt(m_versionsView->currentIndex().row());
    showVersion(info ? std::optional<CertificateInfo>(*info) : m_current);
}

void CertificateDetailsPane::showVersion(const std::optional<CertificateInfo> &certificate)
{
    m_shown = certificate;
    m_chain->clear();
    m_chainNote->clear();
    if (!certificate) {
        m_overview->setText(m_pending ? tr("No certificate yet: the request waits for the signed certificate "
                                           "(see the Request tab).")
                                      : QString());
        return;
    }
    const CertificateInfo &c = *certificate;
    const CertificateDetails &d = c.details;
    const QDateTime now = m_clock->now();
    const bool isCurrent = m_current && m_current->info.version == c.info.version;
    QString html = QStringLiteral("<table>");
    html += row(tr("Identifier"), c.info.id());
    html += row(tr("Version"), isCurrent ? tr("%1 (current)").arg(c.info.version) : c.info.version);
    html += row(tr("Status"), models::CertificateText::statusText(models::CertificateText::status(c, now)));
    html += row(tr("Subject"), d.subject);
    html += row(tr("Issuer"), d.issuer);
    html += row(tr("Serial number"), colonHex(d.serialHex));
    html += row(tr("Valid from"), models::formatTimeUtc(d.notBefore));
    html += row(tr("Valid until"), models::formatTimeUtc(d.notAfter));
    html += row(tr("Alternative names"), models::CertificateText::sansText(d.sans));
    html += row(tr("Key"), models::CertificateText::keyText(c));
    html += row(tr("Key usage"), models::CertificateText::keyUsagesText(d.keyUsage));
    QStringList ekus;
    for (const QString &oid : d.ekus)
        ekus << models::CertificateText::ekuText(oid);
    html += row(tr("Extended key usage"), ekus.isEmpty() ? tr("(none)") : ekus.join(QStringLiteral(", ")));
    html += row(tr("CA certificate"), d.isCa ? tr("Yes") : tr("No"));
    html += row(tr("Signature algorithm"), d.signatureAlgorithm);
    html += row(tr("Thumbprint (SHA-1)"), colonHex(d.sha1Hex()));
    html += row(tr("Thumbprint (SHA-256)"), colonHex(d.sha256Hex()));
    html += row(tr("x5t"), d.x5t());
    html += row(tr("Issuer kind"), models::CertificateText::issuerText(c.issuer));
    html += row(tr("Managed key"), c.hasPrivateKey ? c.kid() : tr("None (stored without a private key)"));
    html += row(tr("Managed secret"), c.sid());
    html += row(tr("Content type"), c.info.contentType);
    html += row(tr("Exportable"),
                !c.hasPrivateKey                             ? tr("No private key")
                        : c.keyProtection == Protection::Hsm ? tr("No (HSM key)")
                        : c.exportable                       ? tr("Yes")
                                                             : tr("No"));
    html += row(tr("Enabled"), c.info.attributes.enabled ? tr("Yes") : tr("No"));
    QStringList tags;
    for (auto it = c.info.tags.cbegin(); it != c.info.tags.cend(); ++it)
        tags << tr("%1 = %2").arg(it.key(), it.value());
    html += row(tr("Tags"), tags.join(QStringLiteral(", ")));
    html += row(tr("Created"), models::formatTimeUtc(c.info.attributes.created));
    html += QStringLiteral("</table>");
    m_overview->setText(html);
    fillChain(c);
}

void CertificateDetailsPane::fillChain(const CertificateInfo &certificate)
{
    const models::ChainView chain = models::chainViewOf(certificate);
    // The tree reads leaf -> root: each certificate is the child of the one before.
    QTreeWidgetItem *parent = nullptr;
    for (const models::ChainLink &link : chain.links) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_chain);
        item->setText(0, tr("%1: %2").arg(roleText(link.role), link.details.commonName()));
        item->setToolTip(0,
                         tr("Subject: %1\nIssuer: %2\nValid until %3\nSHA-1 %4")
                                 .arg(link.details.subject, link.details.issuer,
                                      models::formatTimeUtc(link.details.notAfter), link.details.sha1Hex()));
        item->setText(1, link.verified ? tr("✓ signed by the next") : tr("⚠ %1").arg(link.problem));
        if (link.verified && link.role == models::ChainLink::Role::Root)
            item->setText(1, tr("✓ self-signed root"));
        else if (link.verified && chain.links.size() == 1)
            item->setText(1, tr("✓ self-signed"));
        item->setForeground(1, link.verified ? QBrush(QColor(0x1b, 0x7f, 0x3b)) : QBrush(QColor(0x8a, 0x52, 0x00)));
        parent = item;
    }
    if (!chain.complete && !chain.missingIssuer.isEmpty() && parent) {
        auto *missing = new QTreeWidgetItem(parent);
        missing->setText(0, tr("%1 — issuer not in this vault").arg(chain.missingIssuer));
        missing->setText(1, tr("⚠ chain incomplete"));
        missing->setForeground(0, QBrush(QColor(0x60, 0x60, 0x60)));
        missing->setForeground(1, QBrush(QColor(0x8a, 0x52, 0x00)));
    }
    m_chain->expandAll();
    m_chainNote->setText(chain.complete ? tr("The chain is complete: every link verifies up to a self-signed root.")
                                        : tr("The chain is incomplete: the issuer '%1' is not in this vault. "
                                             "Clients need it from elsewhere to trust this certificate.")
                                                  .arg(chain.missingIssuer));
}

void CertificateDetailsPane::fillPolicy()
{
    m_policyJson->clear();
    if (!m_policy) {
        m_policyText->setText(m_name.isEmpty() || !m_current ? QString() : tr("The policy cannot be read."));
        return;
    }
    const CertificatePolicy &p = *m_policy;
    QString html = QStringLiteral("<table>");
    html += row(tr("Issuer"), models::CertificateText::issuerText(p.issuer));
    html += row(tr("Subject"), p.subject);
    html += row(tr("Key"), models::CertificateText::keyText(p.keySpec(), p.protection));
    html += row(tr("Exportable"), p.exportable ? tr("Yes") : tr("No"));
    html += row(tr("Reuse key on renewal"), p.reuseKey ? tr("Yes") : tr("No"));
    html += row(tr("Validity"), p.validityMonths == 1 ? tr("1 month") : tr("%1 months").arg(p.validityMonths));
    html += row(tr("Content type"), p.contentType);
    QStringList actions;
    for (const CertificateLifetimeAction &action : p.lifetimeActions)
        actions << models::CertificateText::lifetimeActionText(action);
    html += row(tr("Lifetime actions"), actions.isEmpty() ? tr("(none)") : actions.join(QStringLiteral("; ")));
    auto schedule = m_operations->renewalSchedule();
    if (schedule) {
        for (const CertificateRenewalStatus &status : std::as_const(*schedule)) {
            if (status.name.compare(m_name, Qt::CaseInsensitive) != 0)
                continue;
            if (status.renewAt)
                html += row(tr("Next renewal"),
                            models::formatTimeUtc(*status.renewAt) + (status.renewDue ? tr(" (due now)") : QString()));
            if (status.notifyAt)
                html += row(tr("Next notification"),
                            models::formatTimeUtc(*status.notifyAt)
                                    + (status.notifyDue ? tr(" (due now)") : QString()));
            if (status.notifiedAt)
                html += row(tr("Contacts notified"), models::formatTimeUtc(*status.notifiedAt));
            if (!status.reason.isEmpty())
                html += row(tr("Planner"), status.reason);
        }
    }
    html += QStringLiteral("</table>");
    m_policyText->setText(html);
    m_policyJson->setPlainText(QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Indented)));
}

void CertificateDetailsPane::fillPending()
{
    m_csr->clear();
    m_saveCsr->setEnabled(m_pending.has_value());
    if (!m_pending) {
        m_pendingText->setText(m_name.isEmpty() ? QString() : tr("No request is pending for this certificate."));
        return;
    }
    const CertificateOperationInfo &p = *m_pending;
    QString html = QStringLiteral("<table>");
    html += row(tr("Request"), p.id());
    html += row(tr("Status"), models::CertificateText::pendingStatusText(p.status));
    html += row(tr("Subject"), p.subject);
    html += row(tr("Key"), models::CertificateText::keyText(p.keySpec, p.keyProtection));
    html += row(tr("Created"), models::formatTimeUtc(p.created));
    html += row(tr("Details"), p.statusDetails);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Have the CSR below signed by your CA, then use Merge signed certificate.")
                                 .toHtmlEscaped());
    m_pendingText->setText(html);
    m_csr->setPlainText(QString::fromLatin1(p.csrPem()));
}

bool CertificateDetailsPane::saveCsr()
{
    if (!m_pending)
        return false;
    auto pem = m_operations->pendingCsrPem(m_name);
    if (!pem) {
        m_prompter->showError(tr("Save CSR"), models::CertificateText::forError(pem.error(), m_name));
        return false;
    }
    const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(m_name + u".csr");
    const QString path = m_prompter->chooseSaveFile(tr("Save CSR of %1").arg(m_name), suggested,
                                                    tr("Certificate signing requests (*.csr *.pem)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pem) != pem->size() || !file.commit()) {
        m_prompter->showError(tr("Save CSR"), models::ErrorText::forCode(ErrorCode::Io));
        return false;
    }
    Q_EMIT statusMessage(tr("CSR of %1 saved to %2").arg(m_name, QDir::toNativeSeparators(path)));
    return true;
}

} // namespace coffer::ui
