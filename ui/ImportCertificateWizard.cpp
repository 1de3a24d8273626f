#include "ui/ImportCertificateWizard.h"

#include "core/common/Clock.h"
#include "models/CertificateOperations.h"
#include "models/Counts.h"
#include "models/ErrorText.h"
#include "models/Prompter.h"
#include "ui/Icons.h"
#include "ui/ImportCertificatePages.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace coffer::ui {

namespace {
void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}
} // namespace

ImportCertificateWizard::ImportCertificateWizard(models::CertificateOperations *operations, models::Prompter *prompter,
                                                 const Clock *clock, QWidget *parent)
    : QWizard(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_filePage(new ImportFilePage(this))
    , m_passwordPage(new ImportPasswordPage(this))
    , m_previewPage(new ImportPreviewPage(this))
    , m_optionsPage(new ImportOptionsPage(this))
    , m_runPage(new ImportRunPage(this))
    , m_summaryPage(new ImportSummaryPage(this))
{
    setObjectName(QStringLiteral("importCertificateWizard"));
    m_operations->forgetNames(); // names checked live against the vault as it is now
    setWindowTitle(tr("Import Certificate"));
    setWindowIcon(icons::get("add"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(FilePageId, m_filePage);
    setPage(PasswordPageId, m_passwordPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(ImportPageId, m_runPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(FilePageId);
    setMinimumSize(760, 560);
    if (QAbstractButton *next = button(QWizard::NextButton))
        next->setObjectName(QStringLiteral("nextButton"));
    if (QAbstractButton *back = button(QWizard::BackButton))
        back->setObjectName(QStringLiteral("backButton"));
    if (QAbstractButton *finish = button(QWizard::FinishButton))
        finish->setObjectName(QStringLiteral("finishButton"));
    if (QAbstractButton *cancel = button(QWizard::CancelButton))
        cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_operations, &models::CertificateOperations::inspected, this, &ImportCertificateWizard::onInspected);
    connect(m_operations, &models::CertificateOperations::imported, this, &ImportCertificateWizard::onImported);
    // QWizard enables Back whenever it switches pages; not while the vault is being read or written.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (m_inspecting || m_importing)
            for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::CancelButton})
                if (QAbstractButton *b = button(which))
                    b->setEnabled(false);
    });
}

ImportCertificateWizard::~ImportCertificateWizard()
{
    m_operations->disconnect(this);
    clearLoaded();
}

bool ImportCertificateWizard::chooseFile()
{
    const QString path = m_prompter->chooseOpenFile(
            tr("Import Certificate"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Certificate files (*.pfx *.p12 *.pem *.crt *.cer *.der);;All files (*)"));
    return !path.isEmpty() && loadFile(path);
}

bool ImportCertificateWizard::loadFile(const QString &path)
{
    if (m_inspecting || m_importing)
        return false;
    clearLoaded();
    m_filePage->clear();
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    if (!info.isFile()) {
        m_filePage->showError(tr("%1 is not a file that can be read.").arg(fileName));
        return false;
    }
    // Refused before a byte is read: a certificate file is a few KiB.
    if (info.size() > crypto::kMaxCertificateFileBytes) {
        m_filePage->showFile(fileName, info.size(), {});
        m_filePage->showError(tr("The file is too large (%1): certificate files are at most 10 MiB.")
                                      .arg(models::counts::bytes(info.size())));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_filePage->showError(tr("%1 cannot be read: %2").arg(fileName, file.errorString()));
        return false;
    }
    QByteArray bytes = file.read(crypto::kMaxCertificateFileBytes + 1);
    SecureBytes content(bytes);
    wipe(bytes);
    m_filePage->showFile(fileName, qint64(content.size()), {});
    if (content.size() > std::size_t(crypto::kMaxCertificateFileBytes)) {
        m_filePage->showError(tr("The file is too large: certificate files are at most 10 MiB."));
        return false;
    }
    auto probe = crypto::probeCertificateFile(content.view());
    if (!probe) {
        m_filePage->showError(models::CertificateImportPreview::errorText(probe.error()));
        return false;
    }
    m_path = path;
    m_data = std::move(content);
    m_probe = *probe;
    m_filePage->showFile(fileName, qint64(m_data.size()), models::CertificateImportPreview::detectedText(*m_probe));
    return true;
}

bool ImportCertificateWizard::inspect(std::optional<SecureString> password)
{
    if (m_inspecting || !hasFile())
        return false;
    m_trying = password ? std::optional<SecureString>(password->clone()) : std::nullopt;
    if (!m_operations->inspectInBackground(m_data.clone(), std::move(password))) {
        m_trying.reset();
        return false;
    }
    m_inspecting = true;
    setBusyButtons(true);
    return true;
}

void ImportCertificateWizard::onInspected(const Result<crypto::ParsedCertificateFile> &result)
{
    if (!m_inspecting)
        return; // another window's parse
    m_inspecting = false;
    setBusyButtons(false);
    if (currentId() != PasswordPageId && currentId() != PreviewPageId) {
        m_trying.reset(); // the person left the page meanwhile: the result is not wanted any more
        return;
    }
    const bool fromPassword = currentId() == PasswordPageId;
    if (!result && result.error().code() == ErrorCode::WrongCredential) {
        m_trying.reset();
        if (fromPassword) {
            m_passwordPage->showWrongPassword(m_probe && m_probe->format == crypto::CertificateFormat::Pkcs12);
            return;
        }
        // The probe did not see that a password is needed: go back for one.
        if (m_probe)
            m_probe->passwordNeeded = true;
        m_preview = models::CertificateImportPreview::fromError(result.error());
        m_previewPage->showPreview(*m_preview);
        return;
    }
    m_password = std::move(m_trying);
    m_trying.reset();
    m_preview = result ? models::CertificateImportPreview::fromParsed(*result, m_clock->now())
                       : models::CertificateImportPreview::fromError(result.error());
    if (fromPassword) {
        m_passwordPage->acceptAndAdvance();
        return;
    }
    m_previewPage->showPreview(*m_preview);
}

bool ImportCertificateWizard::startImport()
{
    if (m_importing || !m_preview || m_preview->isBlocked() || !m_preview->leaf())
        return false;
    const bool hasKey = m_preview->hasKey();
    const std::optional<Protection> protection = m_optionsPage->protection();
    const bool exportable = hasKey && m_optionsPage->exportable();
    CertificatePolicy policy = CertificatePolicy::fromCertificate(*m_preview->leaf(), exportable);
    policy.contentType = m_optionsPage->contentType();
    policy.lifetimeActions = {m_optionsPage->lifetimeAction()};
    if (protection)
        policy.protection = *protection;
    policy.exportable = exportable;

    CertificateImportRequest request;
    request.data = m_data.clone();
    if (m_password)
        request.password = m_password->clone();
    request.policy = policy;
    request.protection = hasKey ? protection : std::nullopt;
    request.exportable = exportable;
    request.attributes.enabled = m_optionsPage->enabledChecked();
    request.attributes.tags = m_optionsPage->tags();
    const QString name = m_optionsPage->certificateName();
    m_result.reset();
    if (!m_operations->importInBackground(name, std::move(request))) {
        m_runPage->setFailed(m_operations->isUnlocked()
                                     ? tr("The vault is busy with other work. Wait for it to finish and try again.")
                                     : tr("The vault is locked. Unlock it and try again."));
        return false;
    }
    m_importing = true;
    m_importedName = name;
    m_importedContentType = policy.contentType;
    m_runPage->setRunning(true);
    setBusyButtons(true);
    return true;
}

void ImportCertificateWizard::onImported(const Result<CertificateImportResult> &result)
{
    if (!m_importing)
        return;
    m_importing = false;
    setBusyButtons(false);
    m_runPage->setRunning(false);
    if (!result) {
        const Error &error = result.error();
        QString text;
        if (error.code() == ErrorCode::Forbidden)
            text = models::ErrorText::forForbidden(error);
        else if (error.code() == ErrorCode::Conflict || error.code() == ErrorCode::AlreadyExists)
            text = tr("The name %1 is taken: %2").arg(m_importedName, error.context());
        else if (error.code() == ErrorCode::InvalidArgument || error.code() == ErrorCode::Corrupted)
            text = models::CertificateImportPreview::errorText(error);
        else
            text = models::ErrorText::forCode(error.code());
        m_runPage->setFailed(text);
        return;
    }
    m_result = *result;
    m_runPage->setDone();
    Q_EMIT certificateImported(m_importedName);
    if (currentId() == ImportPageId)
        next();
}

void ImportCertificateWizard::setBusyButtons(bool busy)
{
    // The pages first: their completeChanged() makes QWizard update its buttons, Back included.
    m_passwordPage->setChecking(busy && currentId() == PasswordPageId);
    m_previewPage->setChecking(busy && currentId() == PreviewPageId);
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::CancelButton})
        if (QAbstractButton *b = button(which))
            b->setEnabled(!busy);
}

void ImportCertificateWizard::resetPreview()
{
    m_preview.reset();
    m_password.reset();
}

void ImportCertificateWizard::clearLoaded()
{
    m_path.clear();
    m_data.clear();
    m_probe.reset();
    m_password.reset();
    m_trying.reset();
    m_preview.reset();
    m_passwordPage->clear();
}

void ImportCertificateWizard::startOver()
{
    if (m_inspecting || m_importing)
        return;
    clearLoaded();
    m_result.reset();
    m_importedName.clear();
    m_filePage->clear();
    restart();
}

void ImportCertificateWizard::reject()
{
    if (m_inspecting || m_importing)
        return; // the vault is being read or written; the result comes shortly
    QWizard::reject();
}

void ImportCertificateWizard::done(int result)
{
    if (m_inspecting || m_importing)
        return;
    clearLoaded();
    QWizard::done(result);
}

void ImportCertificateWizard::closeEvent(QCloseEvent *event)
{
    if (m_inspecting || m_importing) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

} // namespace coffer::ui
