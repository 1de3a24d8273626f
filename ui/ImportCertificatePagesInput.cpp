// The import wizard's first three pages: the file, its password (only when needed), the preview.
#include "core/vault/CertificateTypes.h"
#include "models/CertificateImportPreview.h"
#include "models/Counts.h"
#include "ui/Icons.h"
#include "ui/ImportCertificatePages.h"
#include "ui/ImportCertificateWizard.h"
#include "ui/WidgetUtil.h"

#include <QBrush>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
const QColor kWarningColor(0xa0, 0x50, 0x00);
} // namespace

// ---- File -----------------------------------------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportCertificateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_dropZone(new QLabel(tr("Drop a certificate file here: PKCS#12 (.pfx, .p12), a PEM bundle (certificate, "
                               "private key and chain in any order) or a DER certificate."),
                            this))
    , m_browse(new QPushButton(icons::get("open"), tr("B&rowse…"), this))
    , m_file(makeHintLabel({}, this))
    , m_detected(new QLabel(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Certificate file"));
    setSubTitle(tr("Choose the file to import. Nothing is stored until the last step."));
    setAcceptDrops(true);
    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    m_dropZone->setAlignment(Qt::AlignCenter);
    m_dropZone->setMinimumHeight(96);
    m_dropZone->setFrameShape(QFrame::StyledPanel);
    m_dropZone->setFrameShadow(QFrame::Sunken);
    m_dropZone->setWordWrap(true);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_file->setObjectName(QStringLiteral("fileLabel"));
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setTextFormat(Qt::PlainText);
    m_detected->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("fileErrorLabel"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_dropZone);
    layout->addLayout(row);
    layout->addWidget(m_detected);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, m_wizard, &ImportCertificateWizard::chooseFile);
    clear();
}

bool ImportFilePage::isComplete() const
{
    return m_wizard->hasFile();
}

int ImportFilePage::nextId() const
{
    return m_wizard->passwordNeeded() ? ImportCertificateWizard::PasswordPageId
                                      : ImportCertificateWizard::PreviewPageId;
}

void ImportFilePage::showFile(const QString &fileName, qint64 size, const QString &detected)
{
    m_file->setText(tr("%1 — %2").arg(fileName, models::counts::bytes(size)));
    m_detected->setText(detected.isEmpty() ? QString() : tr("Detected: %1").arg(detected));
    setErrorText(m_error, {});
    Q_EMIT completeChanged();
}

void ImportFilePage::showError(const QString &text)
{
    m_detected->clear();
    setErrorText(m_error, text);
    Q_EMIT completeChanged();
}

void ImportFilePage::clear()
{
    m_file->setText(tr("No file chosen."));
    m_detected->clear();
    setErrorText(m_error, {});
    Q_EMIT completeChanged();
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!m_wizard->isInspecting() && mime->hasUrls() && mime->urls().size() == 1 && mime->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    m_wizard->loadFile(urls.first().toLocalFile());
}

// ---- Password -------------------------------------------------------------------------------------------------

ImportPasswordPage::ImportPasswordPage(ImportCertificateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_password(new QLineEdit(this))
    , m_note(makeHintLabel(tr("Files from older tools (RC2 encryption) are read with OpenSSL's legacy provider, "
                              "in isolation; the preview says when that was needed."),
                           this))
    , m_busy(makeBusyBar(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("importPasswordPage"));
    setTitle(tr("Password"));
    setSubTitle(tr("The file is protected by a password. It is used to read the file and is not stored."));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAttribute(Qt::WA_InputMethodEnabled, false);
    addRevealToggle(m_password);
    m_note->setObjectName(QStringLiteral("legacyNote"));
    m_busy->setObjectName(QStringLiteral("passwordBusy"));
    m_error->setObjectName(QStringLiteral("passwordErrorLabel"));

    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(label, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_note);
    layout->addStretch(1);

    connect(m_password, &QLineEdit::textChanged, this, [this] {
        setErrorText(m_error, {});
        Q_EMIT completeChanged();
    });
}

void ImportPasswordPage::initializePage()
{
    m_accepted = false;
    setErrorText(m_error, {});
    m_password->setFocus();
}

void ImportPasswordPage::cleanupPage()
{
    clear();
}

bool ImportPasswordPage::isComplete() const
{
    return !m_checking && !m_password->text().isEmpty();
}

int ImportPasswordPage::nextId() const
{
    return ImportCertificateWizard::PreviewPageId;
}

bool ImportPasswordPage::validatePage()
{
    if (m_accepted) {
        m_accepted = false;
        return true;
    }
    if (m_checking)
        return false;
    QString text = m_password->text();
    SecureString password = SecureString::fromQString(text);
    if (!m_wizard->inspect(std::move(password)))
        setErrorText(m_error, tr("The vault is busy or locked; the password cannot be checked now."));
    return false;
}

void ImportPasswordPage::setChecking(bool checking)
{
    m_checking = checking;
    m_busy->setVisible(checking);
    m_password->setReadOnly(checking);
    Q_EMIT completeChanged();
}

void ImportPasswordPage::showWrongPassword(bool pkcs12)
{
    setErrorText(m_error,
                 pkcs12 ? tr("Wrong password — try again (or the file is damaged).")
                        : tr("Wrong password — try again."));
    m_password->selectAll();
    m_password->setFocus();
}

void ImportPasswordPage::acceptAndAdvance()
{
    m_accepted = true;
    wizard()->next();
    // The wizard keeps the password in secure memory for the import; the widget forgets it.
    m_password->clear();
}

void ImportPasswordPage::clear()
{
    m_password->clear();
    m_accepted = false;
    setErrorText(m_error, {});
}

// ---- Preview --------------------------------------------------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(ImportCertificateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_detected(makeHintLabel({}, this))
    , m_table(new QTableWidget(0, 5, this))
    , m_key(new QLabel(this))
    , m_chain(new QLabel(this))
    , m_warningsLabel(new QLabel(tr("Warnings:"), this))
    , m_warnings(new QListWidget(this))
    , m_busy(makeBusyBar(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("What the file holds, leaf first. Check it before going on."));
    m_detected->setObjectName(QStringLiteral("previewDetected"));
    m_table->setObjectName(QStringLiteral("chainTable"));
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Subject"), tr("Issuer"), tr("Valid (UTC)"), tr("Key")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setMaximumHeight(150);
    m_key->setObjectName(QStringLiteral("keyLabel"));
    m_key->setTextFormat(Qt::PlainText);
    m_key->setWordWrap(true);
    m_chain->setObjectName(QStringLiteral("chainLabel"));
    m_chain->setTextFormat(Qt::PlainText);
    m_chain->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("warningsList"));
    m_warnings->setWordWrap(true);
    m_warnings->setMaximumHeight(120);
    m_busy->setObjectName(QStringLiteral("previewBusy"));
    m_error->setObjectName(QStringLiteral("blockingErrorLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detected);
    layout->addWidget(m_busy);
    layout->addWidget(m_table);
    layout->addWidget(m_key);
    layout->addWidget(m_chain);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_warnings);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void ImportPreviewPage::initializePage()
{
    m_table->setRowCount(0);
    m_key->clear();
    m_chain->clear();
    m_warnings->clear();
    m_warningsLabel->setVisible(false);
    m_warnings->setVisible(false);
    setErrorText(m_error, {});
    const auto &probe = m_wizard->probe();
    m_detected->setText(probe ? tr("File: %1 (%2)")
                                        .arg(QFileInfo(m_wizard->filePath()).fileName(),
                                             models::CertificateImportPreview::detectedText(*probe))
                              : QString());
    if (m_wizard->preview()) {
        showPreview(*m_wizard->preview());
        return;
    }
    if (!m_wizard->inspect(std::nullopt))
        setErrorText(m_error, tr("The vault is busy or locked; the file cannot be read now."));
}

void ImportPreviewPage::cleanupPage()
{
    m_wizard->resetPreview();
}

bool ImportPreviewPage::isComplete() const
{
    return !m_wizard->isInspecting() && m_wizard->preview() && !m_wizard->preview()->isBlocked();
}

void ImportPreviewPage::setChecking(bool checking)
{
    m_busy->setVisible(checking);
    Q_EMIT completeChanged();
}

void ImportPreviewPage::showPreview(const models::CertificateImportPreview &preview)
{
    using Preview = models::CertificateImportPreview;
    m_table->setRowCount(0);
    const QList<Preview::Row> &rows = preview.rows();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Preview::Row &row = rows.at(r);
        const QStringList cells = {row.roleText, row.subject, row.issuer, row.validity, row.key};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == 3 && (row.expired || row.notYetValid))
                item->setForeground(QBrush(kWarningColor));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!rows.isEmpty());
    m_key->setText(preview.isBlocked() ? QString() : preview.keyText());
    m_chain->setText(preview.isBlocked() ? QString() : tr("Chain: %1").arg(preview.chainText()));
    m_warnings->clear();
    for (const QString &warning : preview.warnings()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), warning, m_warnings);
        item->setForeground(QBrush(kWarningColor));
    }
    m_warningsLabel->setVisible(!preview.warnings().isEmpty());
    m_warnings->setVisible(!preview.warnings().isEmpty());
    if (preview.isBlocked())
        setErrorText(m_error, tr("This file cannot be imported. %1").arg(preview.blockingText()));
    else
        setErrorText(m_error, {});
    Q_EMIT completeChanged();
}

} // namespace coffer::ui
