#pragma once

#include "core/rotation/SecretRotationPolicy.h"
#include "core/vault/ObjectTypes.h"
#include "models/SecretRotationForm.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace coffer::models {
class SecretRotationOperations;
}

namespace coffer::ui {

class MaskedTextEdit;
class RotationTimeline;
class SecretGeneratorEditor;

// The rotation policy of one secret (Coffer's extension; models/SecretRotationForm). The schedule as in the key
// editor (rotate a time after creation or before expiry, notify before expiry, expiry of new versions) and the
// generator that makes a rotated version's value (password or random bytes). It validates as you type (messages
// under the fields, with the JSON path rules of SecretRotationPolicy), previews the next three rotations and a
// sample value made in memory only: masked until "Show", never stored, logged or copied by the dialog, with its
// entropy and strength. "Edit as JSON" edits the policy's JSON instead (validated with checkJson). Save stores
// the policy through SecretRotationOperations; a refusal is shown in the dialog, which stays open.
class SecretRotationPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    SecretRotationPolicyDialog(models::SecretRotationOperations *ops, const QString &name, QWidget *parent = nullptr);
    ~SecretRotationPolicyDialog() override;

    const QString &secretName() const { return m_name; }
    // False when the policy or the current version could not be read (the error is shown).
    bool isLoaded() const { return m_stored.has_value(); }

    const models::SecretRotationForm &form() const { return m_form; }
    // Sets the fields (as typing would), then validates and redraws.
    void setForm(const models::SecretRotationForm &form);
    bool isModified() const;
    bool isValid() const;
    QString message(models::SecretRotationForm::Field field) const;
    const models::RotationPolicyForm::Schedule &schedule() const { return m_schedule; }

    bool isJsonMode() const { return m_jsonMode; }
    void setJsonMode(bool on);
    QString jsonText() const;
    // JSON mode only: replaces the text (as typing would).
    void setJsonText(const QString &text);

    // The sample shown (empty when the generator is off or invalid).
    bool hasSample() const;
    void newSample();

    bool save();
    // The policy as stored by the last successful save.
    const std::optional<rotation::SecretRotationPolicy> &saved() const { return m_saved; }

public Q_SLOTS:
    void accept() override;

private:
    void reload();
    void writeFields();
    void readFields();
    void refresh();
    void refreshPreview(const models::SecretRotationForm &effective, const QDateTime &now);
    void updateSample(const std::optional<rotation::SecretGenerator> &generator, bool force);
    // JSON mode: the policy the text stands for (nullopt: it does not parse), and its problems.
    std::optional<rotation::SecretRotationPolicy> parseJson(QString *problems) const;

    models::SecretRotationOperations *m_ops;
    QString m_name;
    std::optional<VersionInfo> m_current;
    std::optional<rotation::SecretRotationPolicy> m_stored;
    std::optional<rotation::SecretRotationPolicy> m_saved;
    models::SecretRotationForm m_storedForm;
    models::SecretRotationForm m_form;
    models::RotationPolicyForm::Schedule m_schedule;
    QString m_unsupported;
    std::optional<rotation::SecretGenerator> m_sampled; // what the shown sample was made with
    bool m_writing = false;
    bool m_jsonMode = false;

    QLabel *m_versionInfo;
    QGroupBox *m_scheduleBox;
    QCheckBox *m_rotate;
    QComboBox *m_rotateWhen;
    QSpinBox *m_rotateAmount;
    QComboBox *m_rotateUnit;
    QLabel *m_rotateError;
    QCheckBox *m_notify;
    QSpinBox *m_notifyAmount;
    QComboBox *m_notifyUnit;
    QLabel *m_notifyError;
    QCheckBox *m_expiry;
    QSpinBox *m_expiryAmount;
    QComboBox *m_expiryUnit;
    QLabel *m_expiryError;
    QLabel *m_generalError;
    QLabel *m_note;
    QGroupBox *m_generatorBox;
    QCheckBox *m_generate;
    SecretGeneratorEditor *m_generator;
    QLabel *m_generatorError;
    QLabel *m_dates;
    RotationTimeline *m_timeline;
    QLabel *m_summary;
    MaskedTextEdit *m_sample;
    QPushButton *m_showSample;
    QPushButton *m_newSample;
    QLabel *m_strength;
    QCheckBox *m_jsonCheck;
    QPlainTextEdit *m_json;
    QLabel *m_jsonError;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace coffer::ui
