#pragma once

#include "core/vault/CertificateTypes.h"

#include <QByteArray>
#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace coffer::models {
class CertificateOperations;
class Prompter;
} // namespace coffer::models

namespace coffer::ui {

// Merge signed certificate: the file the CA returned for a pending request (PEM blocks in any order, or one DER
// certificate), picked or dropped; shows what the file holds, then completes the request
// (CertificateOperations::merge). Errors in words: a certificate for another key, a cancelled request, a file
// that is not a certificate.
class MergeCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    MergeCertificateDialog(models::CertificateOperations *operations, models::Prompter *prompter,
                           const CertificateOperationInfo &pending, QWidget *parent = nullptr);

    // Reads a file (what Browse and a drop do). False (and the reason shown) when it holds no certificate.
    bool loadFile(const QString &path);
    bool chooseFile();
    bool merge();
    const std::optional<CertificateInfo> &merged() const { return m_merged; }
    QLabel *contentsLabel() const { return m_contents; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *mergeButton() const { return m_mergeButton; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    models::CertificateOperations *m_operations;
    models::Prompter *m_prompter;
    CertificateOperationInfo m_pending;
    QByteArray m_data;
    std::optional<CertificateInfo> m_merged;
    QLineEdit *m_path;
    QLabel *m_contents;
    QLabel *m_error;
    QPushButton *m_mergeButton;
};

} // namespace coffer::ui
