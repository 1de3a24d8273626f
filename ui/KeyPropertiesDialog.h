#pragma once

#include "core/vault/KeyTypes.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;

namespace coffer {
class Clock;
}

namespace coffer::models {
class KeyOperations;
}

namespace coffer::ui {

class KeyOpsBox;
class OptionalDateEdit;
class TagsEditor;

// Properties of one key version: enabled, not-before, expires, tags, and the operations it permits (HSM keys may
// only narrow them: the token's usage attributes are fixed). Saved through KeyOperations::update; errors inline.
class KeyPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    KeyPropertiesDialog(models::KeyOperations *operations, const Clock *clock, const KeyInfo &key,
                        QWidget *parent = nullptr);

    const std::optional<KeyInfo> &saved() const { return m_saved; }
    KeyOpsBox *opsBox() const { return m_ops; }

public Q_SLOTS:
    void accept() override;

private:
    void validate();

    models::KeyOperations *m_operations;
    KeyInfo m_key;
    std::optional<KeyInfo> m_saved;
    QCheckBox *m_enabled;
    OptionalDateEdit *m_notBefore;
    OptionalDateEdit *m_expires;
    TagsEditor *m_tags;
    KeyOpsBox *m_ops;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace coffer::ui
