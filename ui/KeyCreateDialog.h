#pragma once

#include "core/common/Result.h"
#include "core/vault/KeyTypes.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace coffer {
class Clock;
}

namespace coffer::models {
class KeyOperations;
}

namespace coffer::ui {

class KeyOpsBox;
class KeyProtectionChooser;
class OptionalDateEdit;
class TagsEditor;

// New key: name, type, size or curve, protection (software or the vault's HSM token), operations, exportable,
// enabled, dates and tags. The key is generated off the GUI thread (RSA-4096 takes seconds): the dialog shows that
// it is working and stays responsive; errors show inline and the dialog stays open.
class KeyCreateDialog : public QDialog
{
    Q_OBJECT

public:
    KeyCreateDialog(models::KeyOperations *operations, const Clock *clock, QWidget *parent = nullptr);
    ~KeyCreateDialog() override;

    // Names of the live keys (the name hint says when one is taken).
    void setExistingNames(const QStringList &names);
    void setName(const QString &name);
    void setType(KeyType type);
    void setSpec(const KeySpec &spec);
    KeySpec spec() const;
    KeyCreateRequest request() const;
    bool isWorking() const { return m_working; }
    const std::optional<KeyInfo> &created() const { return m_created; }
    KeyProtectionChooser *protectionChooser() const { return m_protection; }
    KeyOpsBox *opsBox() const { return m_ops; }

Q_SIGNALS:
    void goToDeletedRequested(const QString &name);

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

private:
    void onTypeChanged();
    void validate();
    void setWorking(bool working);
    void onCreated(const Result<KeyInfo> &result);

    models::KeyOperations *m_operations;
    const Clock *m_clock;
    QStringList m_existing;
    bool m_working = false;
    std::optional<KeyInfo> m_created;

    QLineEdit *m_name;
    QLabel *m_nameHint;
    QComboBox *m_type;
    QComboBox *m_size;
    KeyProtectionChooser *m_protection;
    KeyOpsBox *m_ops;
    QCheckBox *m_exportable;
    QCheckBox *m_enabled;
    OptionalDateEdit *m_notBefore;
    OptionalDateEdit *m_expires;
    TagsEditor *m_tags;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    QLabel *m_error;
    QPushButton *m_goToDeleted;
    QDialogButtonBox *m_buttons;
};

} // namespace coffer::ui
