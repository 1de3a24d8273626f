#include "ui/MergeCertificateDialog.h"

#include "models/CertificateOperations.h"
#include "models/CertificateText.h"
#include "models/ErrorText.h"
#include "models/Prompter.h"
#include "models/TimeFormat.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
constexpr qint64 kMaxMergeFileBytes = crypto::kMaxCertificateFileBytes;
}

MergeCertificateDialog::MergeCertificateDialog(models::CertificateOperations *operations, models::Prompter *prompter,
                                               const CertificateOperationInfo &pending, QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_pending(pending)
    , m_path(new QLineEdit(this))
    , m_contents(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_mergeButton(new QPushButton(icons::get("add"), tr("&Merge"), this))
{
    setObjectName(QStringLiteral("mergeCertificateDialog"));
    setWindowTitle(tr("Merge Signed Certificate into %1").arg(pending.name));
    setAcceptDrops(true);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("Drop the signed certificate here, or Browse…"));
    m_contents->setObjectName(QStringLiteral("contentsLabel"));
    m_contents->setTextFormat(Qt::PlainText);
    m_contents->setWordWrap(true);
    m_contents->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setEnabled(false);
    auto *browse = new QPushButton(icons::get("open"), tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &MergeCertificateDialog::chooseFile);
    connect(m_mergeButton, &QPushButton::clicked, this, &MergeCertificateDialog::merge);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_mergeButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHintLabel(tr("The request for %1 (subject %2) waits for the certificate your CA signed "
                                       "from its CSR. Give the file the CA returned: PEM (with or without its "
                                       "chain) or DER.")
                                            .arg(pending.name, pending.subject),
                                    this));
    layout->addLayout(fileRow);
    layout->addWidget(m_contents);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 320);
}

bool MergeCertificateDialog::chooseFile()
{
    const QString path = m_prompter->chooseOpenFile(tr("Signed Certificate"),
                                                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                    tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    return !path.isEmpty() && loadFile(path);
}

bool MergeCertificateDialog::loadFile(const QString &path)
{
    m_data.clear();
    m_contents->clear();
    m_mergeButton->setEnabled(false);
    m_path->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (QFileInfo(path).size() > kMaxMergeFileBytes) {
        setErrorText(m_error, tr("The file is larger than 10 MiB: it is not a certificate."));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        setErrorText(m_error, models::ErrorText::forCode(ErrorCode::Io));
        return false;
    }
    const QByteArray bytes = file.readAll();
    auto certificates = crypto::readCertificates(bytes);
    if (!certificates) {
        setErrorText(m_error, tr("This file cannot be merged: %1").arg(certificates.error().context()));
        return false;
    }
    QStringList lines;
    lines << (certificates->size() == 1 ? tr("1 certificate in the file:")
                                        : tr("%1 certificates in the file:").arg(certificates->size()));
    for (const crypto::X509Certificate &cert : std::as_const(*certificates)) {
        const CertificateDetails &d = cert.details();
        lines << tr("• %1 — issued by %2, valid until %3").arg(d.subject, d.issuer, models::formatTime(d.notAfter));
    }
    m_contents->setText(lines.join(u'\n'));
    setErrorText(m_error, {});
    m_data = bytes;
    m_mergeButton->setEnabled(true);
    return true;
}

bool MergeCertificateDialog::merge()
{
    if (m_data.isEmpty())
        return false;
    auto merged = m_operations->merge(m_pending.name, m_data);
    if (!merged) {
        const Error &error = merged.error();
        QString text;
        if (error.code() == ErrorCode::InvalidArgument)
            text = tr("The certificate does not complete this request: %1").arg(error.context());
        else if (error.code() == ErrorCode::Conflict)
            text = tr("The request was cancelled: delete it and create a new one.");
        else
            text = models::CertificateText::forError(error, m_pending.name);
        setErrorText(m_error, text);
        return false;
    }
    m_merged = *merged;
    accept();
    return true;
}

void MergeCertificateDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MergeCertificateDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        loadFile(urls.first().toLocalFile());
}

} // namespace coffer::ui
