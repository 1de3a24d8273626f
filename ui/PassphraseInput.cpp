#include "ui/PassphraseInput.h"

#include "models/PasswordStrength.h"
#include "ui/WidgetUtil.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

#include <algorithm>

namespace coffer::ui {

PassphraseInput::PassphraseInput(QWidget *parent)
    : QWidget(parent)
    , m_passphrase(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_meter(new QProgressBar(this))
    , m_level(new QLabel(this))
    , m_feedback(new QLabel(this))
    , m_match(new QLabel(this))
{
    for (QLineEdit *edit : {m_passphrase, m_confirm}) {
        edit->setEchoMode(QLineEdit::Password);
        addRevealToggle(edit);
        connect(edit, &QLineEdit::textChanged, this, &PassphraseInput::update);
    }
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_meter->setRange(0, 100);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(10);
    m_level->setObjectName(QStringLiteral("strengthLabel"));
    m_feedback->setObjectName(QStringLiteral("strengthFeedback"));
    m_feedback->setWordWrap(true);
    m_match->setObjectName(QStringLiteral("matchLabel"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Confirm:"), m_confirm);
    form->addRow(tr("Strength:"), m_meter);
    form->addRow(QString(), m_level);
    form->addRow(QString(), m_feedback);
    form->addRow(QString(), m_match);
    form->addRow(QString(),
                 makeHintLabel(tr("Weak passphrases are refused. Several unrelated words make a "
                                  "passphrase that is strong and easy to type."),
                               this));
    update();
}

PassphraseInput::~PassphraseInput()
{
    clear();
}

void PassphraseInput::update()
{
    const auto estimate = models::PasswordStrength::estimate(m_passphrase->text());
    m_meter->setValue(int(std::min(estimate.bits, 100.0)));
    QPalette palette = m_meter->palette();
    QColor color;
    switch (estimate.level) {
    case models::PasswordStrength::Level::Weak: color = QColor(0xc0, 0x00, 0x00); break;
    case models::PasswordStrength::Level::Fair: color = QColor(0xe0, 0x90, 0x00); break;
    case models::PasswordStrength::Level::Good: color = QColor(0x70, 0xad, 0x47); break;
    case models::PasswordStrength::Level::Strong: color = QColor(0x37, 0x80, 0x23); break;
    }
    palette.setColor(QPalette::Highlight, color);
    m_meter->setPalette(palette);
    m_level->setText(tr("%1 (about %2 bits of entropy)")
                             .arg(models::PasswordStrength::levelName(estimate.level))
                             .arg(int(estimate.bits)));
    m_feedback->setText(estimate.feedback.join(u'\n'));
    if (m_confirm->text().isEmpty())
        m_match->setText(tr("Type the passphrase again to confirm it."));
    else if (m_confirm->text() != m_passphrase->text())
        m_match->setText(tr("The two passphrases differ."));
    else
        m_match->setText(tr("✓ The passphrases match."));
    Q_EMIT changed();
}

bool PassphraseInput::isAcceptable() const
{
    if (m_passphrase->text().isEmpty() || m_passphrase->text() != m_confirm->text())
        return false;
    return models::PasswordStrength::estimate(m_passphrase->text()).level >= models::PasswordStrength::Level::Fair;
}

SecureString PassphraseInput::passphrase() const
{
    QString copy = m_passphrase->text(); // fromQString detaches and wipes this copy
    return SecureString::fromQString(copy);
}

void PassphraseInput::clear()
{
    m_passphrase->clear();
    m_confirm->clear();
}

} // namespace coffer::ui
