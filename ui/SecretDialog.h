#pragma once

#include "core/common/SecureBytes.h"
#include "core/vault/ObjectTypes.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace coffer {
class Clock;
}

namespace coffer::models {
class ObjectOperations;
class Prompter;
} // namespace coffer::models

namespace coffer::ui {

class GeneratorDialog;
class MaskedTextEdit;
class OptionalDateEdit;
class TagsEditor;

// Create secret, New version and Edit attributes, in one dialog with three modes. Saving goes through
// models::ObjectOperations; errors show inline and the dialog stays open. The value is masked by default and
// leaves the widget only as SecureBytes.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, NewVersion, EditAttributes };

    SecretDialog(Mode mode, models::ObjectOperations *operations, models::Prompter *prompter, const Clock *clock,
                 QWidget *parent = nullptr);
    ~SecretDialog() override;

    Mode mode() const { return m_mode; }
    // NewVersion: the secret's current version (its content type and tags are offered). EditAttributes: the
    // version to change.
    void setBase(const VersionInfo &base);
    // The saved version, after accept().
    const std::optional<VersionInfo> &saved() const { return m_saved; }
    // Reads the current version's value into the editor (a reveal). False when refused (shown inline).
    bool prefillFromCurrent();
    // Loads the value from a file (chosen through the prompter).
    bool loadValueFromFile();

Q_SIGNALS:
    // The user asked to see the deleted item whose name blocks creating this secret.
    void goToDeletedRequested(const QString &name);

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

    // "Generate…": a password or passphrase (GeneratorDialog) becomes the value, with where it came from.
    GeneratorDialog *generateValue();

private:
    void buildValueSection(QFormLayout *form);
    void validate();
    void setValueBytes(SecureBytes bytes, const QString &origin);
    void clearLoadedValue();
    SecureBytes takeValue();
    NewVersionAttributes newAttributes() const;
    void showError(const QString &text, bool offerDeleted);

    Mode m_mode;
    models::ObjectOperations *m_operations;
    models::Prompter *m_prompter;
    const Clock *m_clock;
    std::optional<VersionInfo> m_base;
    std::optional<VersionInfo> m_saved;
    SecureBytes m_loadedValue; // from a file, or a binary current value

    QLineEdit *m_name = nullptr;
    QLabel *m_nameHint = nullptr;
    MaskedTextEdit *m_value = nullptr;
    QPushButton *m_generate = nullptr;
    QCheckBox *m_showValue = nullptr;
    QLabel *m_valueOrigin = nullptr;
    QPushButton *m_fromFile = nullptr;
    QPushButton *m_clearLoaded = nullptr;
    QPushButton *m_prefill = nullptr;
    QLineEdit *m_contentType = nullptr;
    TagsEditor *m_tags = nullptr;
    OptionalDateEdit *m_notBefore = nullptr;
    OptionalDateEdit *m_expires = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_goToDeleted = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace coffer::ui
