#include "ui/CertificateExportDialog.h"

#include "core/common/SecureBytes.h"
#include "models/CertificateOperations.h"
#include "models/CertificateText.h"
#include "models/ErrorText.h"
#include "models/Prompter.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace coffer::ui {

CertificateExportDialog::CertificateExportDialog(models::CertificateOperations *operations, models::Prompter *prompter,
                                                 const QString &name, const QString &version, QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_name(name)
    , m_version(version)
    , m_pfx(new QRadioButton(tr("PFX / PKCS#12 (.pfx), protected by a password"), this))
    , m_pem(new QRadioButton(tr("PEM (.pem): certificate chain and unencrypted private key"), this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_compatible(new QCheckBox(tr("&Compatible encryption (3DES, SHA-1) for old Windows and Java"), this))
    , m_hint(makeHintLabel({}, this))
    , m_error(makeErrorLabel(this))
{
    setWindowTitle(tr("Download %1 with Private Key").arg(name));
    setObjectName(QStringLiteral("certificateExportDialog"));
    m_pfx->setObjectName(QStringLiteral("pfxChoice"));
    m_pem->setObjectName(QStringLiteral("pemChoice"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_compatible->setObjectName(QStringLiteral("compatibleBox"));
    m_hint->setObjectName(QStringLiteral("exportHint"));
    m_error->setObjectName(QStringLiteral("exportError"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    addRevealToggle(m_password);
    m_pfx->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Con&firm:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CertificateExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CertificateExportDialog::reject);
    for (QLineEdit *edit : {m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &CertificateExportDialog::validate);
    connect(m_pfx, &QRadioButton::toggled, this, &CertificateExportDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHintLabel(tr("The file holds the private key of %1. Keep it safe; anyone with the file "
                                       "(and its password) can act as this certificate.")
                                            .arg(name),
                                    this));
    layout->addWidget(m_pfx);
    layout->addWidget(m_pem);
    layout->addLayout(form);
    layout->addWidget(m_compatible);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    validate();
}

void CertificateExportDialog::validate()
{
    const bool pfx = m_pfx->isChecked();
    m_password->setEnabled(pfx);
    m_confirm->setEnabled(pfx);
    m_compatible->setEnabled(pfx);
    QString hint;
    bool ok = true;
    if (pfx && m_password->text() != m_confirm->text()) {
        hint = tr("The passwords do not match.");
        ok = false;
    } else if (pfx && m_password->text().isEmpty()) {
        hint = tr("Without a password the PFX is readable by anyone (Azure's blank password).");
    } else if (!pfx) {
        hint = tr("PEM files hold the private key unencrypted.");
    }
    m_hint->setText(hint);
    auto *buttons = findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    if (buttons)
        buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
}

bool CertificateExportDialog::save()
{
    const bool pfx = m_pfx->isChecked();
    if (pfx && m_password->text() != m_confirm->text()) {
        setErrorText(m_error, tr("The passwords do not match."));
        return false;
    }
    const QString suffix = pfx ? QStringLiteral(".pfx") : QStringLiteral(".pem");
    const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(m_name + suffix);
    const QString path = m_prompter->chooseSaveFile(tr("Download %1 with Private Key").arg(m_name), suggested,
                                                    pfx ? tr("PKCS#12 files (*.pfx *.p12)") : tr("PEM files (*.pem)"));
    if (path.isEmpty())
        return false;
    CertificateExportRequest request;
    request.version = m_version;
    request.format = pfx ? CertificateExportFormat::Pfx : CertificateExportFormat::Pem;
    request.compatible = pfx && m_compatible->isChecked();
    if (pfx) {
        QString typed = m_password->text();
        request.password = SecureString::fromQString(typed);
    }
    m_password->clear();
    m_confirm->clear();
    auto bytes = m_operations->exportWithKey(m_name, request);
    if (!bytes) {
        setErrorText(m_error, models::CertificateText::forError(bytes.error(), m_name));
        return false;
    }
    QSaveFile file(path);
    const QByteArrayView view = bytes->view();
    if (!file.open(QIODevice::WriteOnly) || file.write(view.data(), view.size()) != view.size() || !file.commit()) {
        setErrorText(m_error, models::ErrorText::forCode(ErrorCode::Io));
        return false;
    }
    setErrorText(m_error, {});
    m_savedPath = path;
    return true;
}

void CertificateExportDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace coffer::ui
