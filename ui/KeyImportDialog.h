#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/KeyTypes.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace coffer::models {
class KeyOperations;
class Prompter;
} // namespace coffer::models

namespace coffer::ui {

class KeyOpsBox;
class KeyProtectionChooser;

// Import key: a key file picked or dropped (PEM, also encrypted PKCS#8, DER, or a JWK with its private members),
// its name, protection, operations and exportability. The password field appears only for an encrypted PEM (or
// when the key says it is encrypted); a wrong password says so and the dialog stays open for another try.
class KeyImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class FileFormat { None, Pem, EncryptedPem, Der, Jwk };

    KeyImportDialog(models::KeyOperations *operations, models::Prompter *prompter, QWidget *parent = nullptr);
    ~KeyImportDialog() override;

    void setExistingNames(const QStringList &names);
    // Reads a key file (also what a drop does). False when it cannot be read (shown inline).
    bool loadFile(const QString &path);
    bool chooseFile();
    FileFormat fileFormat() const { return m_format; }
    bool isPasswordShown() const;
    bool isWorking() const { return m_working; }
    const std::optional<KeyInfo> &imported() const { return m_imported; }
    KeyProtectionChooser *protectionChooser() const { return m_protection; }

    // What the file looks like, from its bytes alone (no key is parsed).
    static FileFormat detectFormat(QByteArrayView bytes);

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void validate();
    void showPassword(bool shown);
    void setWorking(bool working);
    void onImported(const Result<KeyInfo> &result);

    models::KeyOperations *m_operations;
    models::Prompter *m_prompter;
    QStringList m_existing;
    SecureBytes m_data;
    FileFormat m_format = FileFormat::None;
    bool m_working = false;
    std::optional<KeyInfo> m_imported;

    QLabel *m_dropZone;
    QPushButton *m_choose;
    QLabel *m_fileLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLineEdit *m_name;
    QLabel *m_nameHint;
    KeyProtectionChooser *m_protection;
    QCheckBox *m_defaultOps;
    KeyOpsBox *m_ops;
    QCheckBox *m_exportable;
    QProgressBar *m_busy;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace coffer::ui
