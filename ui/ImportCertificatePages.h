#pragma once

#include "core/vault/CertificatePolicy.h"
#include "core/vault/KeyTypes.h"
#include "core/vault/ObjectTypes.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace coffer::models {
class CertificateImportPreview;
}

namespace coffer::ui {

class ImportCertificateWizard;
class TagsEditor;

// Step 1: a file dropped on the page or picked with Browse; its name, size and what it holds.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportCertificateWizard *wizard);
    bool isComplete() const override;
    int nextId() const override;
    void showFile(const QString &fileName, qint64 size, const QString &detected);
    void showError(const QString &text);
    void clear();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    ImportCertificateWizard *m_wizard;
    QLabel *m_dropZone;
    QPushButton *m_browse;
    QLabel *m_file;
    QLabel *m_detected;
    QLabel *m_error;
};

// Step 2 (only when the file needs it): the password, masked with a show toggle. Next checks it off the GUI thread;
// a wrong one keeps the page with "Wrong password — try again".
class ImportPasswordPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPasswordPage(ImportCertificateWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // From the wizard when the parse ends.
    void setChecking(bool checking);
    void showWrongPassword(bool pkcs12);
    void acceptAndAdvance();
    void clear();

private:
    ImportCertificateWizard *m_wizard;
    QLineEdit *m_password;
    QLabel *m_note;
    QProgressBar *m_busy;
    QLabel *m_error;
    bool m_checking = false;
    bool m_accepted = false;
};

// Step 3: what was found, in chain order, with the key, the chain and the warnings; a blocking error in red.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportCertificateWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void setChecking(bool checking);
    void showPreview(const models::CertificateImportPreview &preview);

private:
    ImportCertificateWizard *m_wizard;
    QLabel *m_detected;
    QTableWidget *m_table;
    QLabel *m_key;
    QLabel *m_chain;
    QLabel *m_warningsLabel;
    QListWidget *m_warnings;
    QProgressBar *m_busy;
    QLabel *m_error;
};

// Step 4: the certificate's name (checked as it is typed), where its key goes, exportable, the managed secret's
// content type, the lifetime action, tags and enabled.
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(ImportCertificateWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    QString certificateName() const;
    std::optional<Protection> protection() const; // nullopt without a private key
    bool exportable() const;
    QString contentType() const;
    CertificateLifetimeAction lifetimeAction() const;
    Tags tags() const;
    bool enabledChecked() const;
    bool hsmOffered() const;

private:
    void update();
    ImportCertificateWizard *m_wizard;
    QLineEdit *m_name;
    QLabel *m_nameHint;
    QLabel *m_protectionLabel;
    QRadioButton *m_software;
    QRadioButton *m_hsm;
    QCheckBox *m_exportable;
    QComboBox *m_contentType;
    QComboBox *m_action;
    QComboBox *m_trigger;
    QSpinBox *m_amount;
    TagsEditor *m_tags;
    QCheckBox *m_enabled;
    bool m_nameOk = false;
    int m_maxDays = 99;
};

// Step 5: the import runs off the GUI thread; the page moves on by itself, or says why it failed.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportCertificateWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    void setRunning(bool running);
    void setFailed(const QString &text);
    void setDone();

private:
    ImportCertificateWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_status;
    QProgressBar *m_busy;
    QLabel *m_error;
    bool m_done = false;
};

// Step 6: what was stored (id, kid, sid, x5t), the warnings kept, and where to go next.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportCertificateWizard *wizard);
    void initializePage() override;

private:
    ImportCertificateWizard *m_wizard;
    QLabel *m_id;
    QLabel *m_kid;
    QLabel *m_sid;
    QLabel *m_x5t;
    QLabel *m_stored;
    QListWidget *m_warnings;
    QPushButton *m_show;
    QPushButton *m_another;
};

} // namespace coffer::ui
