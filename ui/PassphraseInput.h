#pragma once

#include "core/common/SecureBytes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace coffer::ui {

// A new passphrase typed twice, with a strength meter, advice and whether the two match (the New Vault wizard and
// New user share it). Acceptable once both match and the strength is at least Fair.
class PassphraseInput : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseInput(QWidget *parent = nullptr);
    ~PassphraseInput() override;

    bool isAcceptable() const;
    // A copy in secure memory; the fields keep their text until clear().
    SecureString passphrase() const;
    void clear();
    QLineEdit *passphraseEdit() const { return m_passphrase; }

Q_SIGNALS:
    void changed();

private:
    void update();
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm;
    QProgressBar *m_meter;
    QLabel *m_level;
    QLabel *m_feedback;
    QLabel *m_match;
};

} // namespace coffer::ui
