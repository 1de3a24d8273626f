#pragma once

#include "core/rotation/SecretGenerator.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace coffer::ui {

// The fields of a secret generator: its kind (password or random bytes) and, per kind, a password's length,
// character classes, symbols and "leave out ambiguous characters", or the number of random bytes and their
// encoding. Any value can be entered (the dialog shows what breaks a rule); changed() follows every edit.
class SecretGeneratorEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SecretGeneratorEditor(QWidget *parent = nullptr);

    rotation::SecretGenerator generator() const;
    // Shows a generator (no changed() signal).
    void setGenerator(const rotation::SecretGenerator &generator);

Q_SIGNALS:
    void changed();

private:
    void onEdited();

    bool m_writing = false;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QSpinBox *m_passwordLength;
    QCheckBox *m_lower;
    QCheckBox *m_upper;
    QCheckBox *m_digits;
    QCheckBox *m_symbols;
    QLineEdit *m_symbolSet;
    QCheckBox *m_excludeAmbiguous;
    QSpinBox *m_bytesLength;
    QComboBox *m_encoding;
};

} // namespace coffer::ui
