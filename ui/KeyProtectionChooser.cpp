#include "ui/KeyProtectionChooser.h"

#include "core/common/SecureBytes.h"
#include "models/KeyActions.h"
#include "models/KeyOperations.h"
#include "models/KeyText.h"
#include "models/KeysModel.h"
#include "models/VaultSession.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace coffer::ui {

KeyProtectionChooser::KeyProtectionChooser(models::KeyOperations *operations, QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_software(new QRadioButton(tr("&Software (in the encrypted vault database)"), this))
    , m_hsm(new QRadioButton(tr("&HSM (generated on the vault's PKCS#11 token; never leaves it)"), this))
    , m_token(makeHintLabel(QString(), this))
    , m_reason(makeHintLabel(QString(), this))
    , m_pin(new QLineEdit(this))
    , m_login(new QPushButton(icons::get("unlock"), tr("&Log in to token"), this))
    , m_error(makeErrorLabel(this))
{
    m_software->setObjectName(QStringLiteral("softwareRadio"));
    m_hsm->setObjectName(QStringLiteral("hsmRadio"));
    m_token->setObjectName(QStringLiteral("tokenLabel"));
    m_reason->setObjectName(QStringLiteral("hsmReasonLabel"));
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("Token PIN"));
    m_login->setObjectName(QStringLiteral("hsmLoginButton"));
    m_error->setObjectName(QStringLiteral("hsmErrorLabel"));
    QPalette palette = m_hsm->palette();
    palette.setColor(QPalette::WindowText, models::KeysModel::hsmColor());
    m_hsm->setPalette(palette);
    auto *group = new QButtonGroup(this);
    group->addButton(m_software);
    group->addButton(m_hsm);
    m_software->setChecked(true);
    connect(m_hsm, &QRadioButton::toggled, this, &KeyProtectionChooser::changed);
    connect(m_login, &QPushButton::clicked, this, &KeyProtectionChooser::logIn);
    connect(m_pin, &QLineEdit::returnPressed, this, &KeyProtectionChooser::logIn);
    connect(m_pin, &QLineEdit::textChanged, this, [this] { m_login->setEnabled(!m_pin->text().isEmpty()); });

    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_login);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_software);
    layout->addWidget(m_hsm);
    layout->addWidget(m_token);
    layout->addWidget(m_reason);
    layout->addLayout(pinRow);
    layout->addWidget(m_error);
    // A dialog opened while the vault is busy (the console's scheduled run) asks again once it is idle.
    if (models::VaultSession *session = operations->session())
        connect(session, &models::VaultSession::busyChanged, this, [this](bool busy) {
            if (!busy)
                refresh();
        });
    refresh();
}

void KeyProtectionChooser::refresh()
{
    auto status = m_operations->hsmStatus();
    const std::optional<HsmStatus> known = status ? std::optional<HsmStatus>(*status) : std::nullopt;
    models::actions::HsmChoice choice = models::actions::hsmChoice(known);
    if (!status && status.error().code() == ErrorCode::Busy)
        choice.reason = tr("The vault is busy with background work (a scheduled rotation, an import, …); the HSM "
                           "option is checked again when it is done.");
    else if (!status)
        choice.reason += u' ' + status.error().toString();
    if (known && known->bound)
        m_token->setText(tr("Token: %1 (serial %2)").arg(known->binding.tokenLabel, known->binding.tokenSerial));
    m_token->setVisible(known && known->bound);
    m_hsm->setEnabled(choice.available);
    m_hsm->setToolTip(choice.reason);
    m_reason->setText(choice.reason);
    m_reason->setVisible(!choice.reason.isEmpty());
    m_pin->setVisible(choice.needsPin);
    m_login->setVisible(choice.needsPin);
    m_login->setEnabled(!m_pin->text().isEmpty());
    if (!choice.available && m_hsm->isChecked())
        m_software->setChecked(true);
    Q_EMIT changed();
}

Protection KeyProtectionChooser::protection() const
{
    return m_hsm->isChecked() && m_hsm->isEnabled() ? Protection::Hsm : Protection::Software;
}

void KeyProtectionChooser::setProtection(Protection protection)
{
    if (protection == Protection::Hsm && m_hsm->isEnabled())
        m_hsm->setChecked(true);
    else
        m_software->setChecked(true);
}

bool KeyProtectionChooser::isHsmAvailable() const
{
    return m_hsm->isEnabled();
}

QString KeyProtectionChooser::hsmReason() const
{
    return m_reason->text();
}

bool KeyProtectionChooser::logIn()
{
    QString text = m_pin->text();
    const SecureString pin = SecureString::fromQString(text); // wipes `text`
    m_pin->clear();
    if (pin.isEmpty())
        return false;
    auto result = m_operations->hsmLogin(pin);
    if (!result) {
        setErrorText(m_error, models::KeyText::forError(result.error(), models::KeyTask::HsmLogin));
        m_pin->setFocus();
        return false;
    }
    setErrorText(m_error, {});
    refresh();
    if (m_hsm->isEnabled())
        m_hsm->setChecked(true);
    return true;
}

} // namespace coffer::ui
