#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/CertificateTypes.h"
#include "models/CertificateImportPreview.h"

#include <QWizard>

#include <optional>

namespace coffer {
class Clock;
}

namespace coffer::models {
class CertificateOperations;
class Prompter;
} // namespace coffer::models

namespace coffer::ui {

class ImportFilePage;
class ImportPasswordPage;
class ImportPreviewPage;
class ImportOptionsPage;
class ImportRunPage;
class ImportSummaryPage;

// Import certificate (issue 7): a file dropped or picked (PFX, PEM bundle, DER) → its password, only when the file
// needs one (a wrong one says so and the page stays for another try) → a preview of what was found (chain order,
// key, warnings; a blocking error keeps Next disabled) → name, key protection, exportable, content type, lifetime
// action, tags → the import off the GUI thread → a summary (id, kid, sid, x5t). The file's bytes and the password
// live in secure memory and are wiped when the wizard closes or restarts.
class ImportCertificateWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, PasswordPageId, PreviewPageId, OptionsPageId, ImportPageId, SummaryPageId };

    ImportCertificateWizard(models::CertificateOperations *operations, models::Prompter *prompter, const Clock *clock,
                            QWidget *parent = nullptr);
    ~ImportCertificateWizard() override;

    models::CertificateOperations *operations() const { return m_operations; }
    models::Prompter *prompter() const { return m_prompter; }
    const Clock *clock() const { return m_clock; }

    // Reads a file (what Browse and a drop do): refused at once over 10 MiB, probed for its format. False (and the
    // reason shown on the file page) when it cannot be used.
    bool loadFile(const QString &path);
    bool chooseFile();
    bool hasFile() const { return !m_data.isEmpty() && m_probe.has_value(); }
    const QString &filePath() const { return m_path; }
    const std::optional<crypto::FileProbe> &probe() const { return m_probe; }
    bool passwordNeeded() const { return m_probe && m_probe->passwordNeeded; }

    // The parse (through CertificateOperations::inspectInBackground). False when nothing was started.
    bool inspect(std::optional<SecureString> password);
    bool isInspecting() const { return m_inspecting; }
    const std::optional<models::CertificateImportPreview> &preview() const { return m_preview; }
    // Forgets the preview and the password it was made with (Back from the preview page).
    void resetPreview();

    // Starts the import with the options page's choices (the import page calls it).
    bool startImport();
    bool isImporting() const { return m_importing; }
    const std::optional<CertificateImportResult> &importResult() const { return m_result; }
    QString importedName() const { return m_importedName; }
    QString importedContentType() const { return m_importedContentType; }

    // Back to the first page with nothing loaded ("Import another").
    void startOver();

    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void showCertificateRequested(const QString &name);
    void certificateImported(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onInspected(const Result<crypto::ParsedCertificateFile> &result);
    void onImported(const Result<CertificateImportResult> &result);
    void clearLoaded();
    void setBusyButtons(bool busy);

    models::CertificateOperations *m_operations;
    models::Prompter *m_prompter;
    const Clock *m_clock;
    ImportFilePage *m_filePage;
    ImportPasswordPage *m_passwordPage;
    ImportPreviewPage *m_previewPage;
    ImportOptionsPage *m_optionsPage;
    ImportRunPage *m_runPage;
    ImportSummaryPage *m_summaryPage;

    QString m_path;
    SecureBytes m_data;
    std::optional<crypto::FileProbe> m_probe;
    std::optional<SecureString> m_password; // the one the preview was made with
    std::optional<SecureString> m_trying; // the one being checked
    bool m_inspecting = false;
    bool m_importing = false;
    std::optional<models::CertificateImportPreview> m_preview;
    std::optional<CertificateImportResult> m_result;
    QString m_importedName;
    QString m_importedContentType;
};

} // namespace coffer::ui
