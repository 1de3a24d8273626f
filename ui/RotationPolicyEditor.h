#pragma once

#include "core/rotation/RotationPolicy.h"
#include "core/vault/KeyTypes.h"
#include "models/RotationPolicyForm.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace coffer::models {
class KeyOperations;
}

namespace coffer::ui {

class RotationTimeline;

// The rotation policy of one key: Rotate (a time after creation or before expiry), Notify (before expiry) and the
// expiry of the versions rotation makes, each a number and a unit (days, months, years) giving an ISO 8601 duration.
// It validates as you type (Azure's rules, the messages under the fields), shows the policy's JSON in Azure's shape
// and the next three rotation dates from the current version's creation and expiry, drawn as a timeline. Save
// stores the policy, Revert brings the stored one back, Rotate now makes a new version.
class RotationPolicyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RotationPolicyEditor(models::KeyOperations *ops, QWidget *parent = nullptr);
    ~RotationPolicyEditor() override;

    // Reads the key's policy and current version; empty name: nothing.
    void setKey(const QString &name);
    const QString &keyName() const { return m_name; }

    const models::RotationPolicyForm &form() const { return m_form; }
    // Sets the fields (as typing would), then validates and redraws.
    void setForm(const models::RotationPolicyForm &form);
    bool isModified() const { return m_stored && !(m_form == m_storedForm); }
    bool isValid() const;
    QString jsonText() const;
    // The messages under the fields ("" when fine).
    QString message(models::RotationPolicyForm::Field field) const;
    const models::RotationPolicyForm::Schedule &schedule() const { return m_schedule; }
    RotationTimeline *timeline() const { return m_timeline; }

    bool save();
    void revert();
    bool rotateNow();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void reload();
    void readFields();
    void writeFields();
    void refresh();
    void updateActions();
    QDateTime storeNow() const;

    models::KeyOperations *m_ops;
    QString m_name;
    std::optional<KeyInfo> m_current;
    std::optional<rotation::RotationPolicy> m_stored;
    models::RotationPolicyForm m_storedForm;
    models::RotationPolicyForm m_form;
    models::RotationPolicyForm::Schedule m_schedule;
    QString m_unsupported; // what the form could not show of the stored policy (translated)
    bool m_writing = false;

    QLabel *m_title;
    QLabel *m_versionInfo;
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
    QPlainTextEdit *m_json;
    QLabel *m_dates;
    RotationTimeline *m_timeline;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_rotateNow;
    QLabel *m_message;
    QLabel *m_error;
};

} // namespace coffer::ui
