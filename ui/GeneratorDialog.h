#pragma once

#include "core/common/SecureBytes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace coffer::models {
class SecretClipboard;
}

namespace coffer::ui {

// Tools ▸ Generate Password… (Ctrl+G), and "Generate…" in the secret dialogs (issue 9): a password (length,
// character classes, without look-alikes) or a passphrase of random words (count, separator, capitals, a digit),
// made with OpenSSL's RAND_priv_bytes. The strength shown is the generator's exact entropy, not a guess from the
// text. Copy puts it on the clipboard, cleared after the configured time; "Use" hands it to the dialog that asked.
class GeneratorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Copy, Use };

    GeneratorDialog(Purpose purpose, models::SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~GeneratorDialog() override;

    void regenerate();
    // The value shown (secure memory). Use: what the dialog that asked takes after accepted().
    const SecureBytes &value() const { return m_value; }
    SecureBytes takeValue();
    // "Generated: 6-word passphrase (62 bits)", for the dialog that uses the value.
    QString description() const;
    double entropyBits() const { return m_bits; }

    QTabWidget *modeTabs() const { return m_tabs; }

protected:
    void done(int result) override;

private:
    void updateStrength();

    Purpose m_purpose;
    models::SecretClipboard *m_clipboard;
    QTabWidget *m_tabs;
    QSpinBox *m_length;
    QCheckBox *m_lower;
    QCheckBox *m_upper;
    QCheckBox *m_digits;
    QCheckBox *m_symbols;
    QCheckBox *m_ambiguous;
    QSpinBox *m_words;
    QComboBox *m_separator;
    QCheckBox *m_capitalize;
    QCheckBox *m_addDigit;
    QLineEdit *m_output;
    QProgressBar *m_strength;
    QLabel *m_strengthText;
    QLabel *m_error;
    QPushButton *m_copy;
    SecureBytes m_value;
    double m_bits = 0;
};

} // namespace coffer::ui
