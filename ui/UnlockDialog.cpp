#include "ui/UnlockDialog.h"

#include "core/vault/Credential.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/VaultSession.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace coffer::ui {

UnlockDialog::UnlockDialog(models::VaultSession *session, models::AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_settings(settings)
    , m_slot(new QComboBox(this))
    , m_slotRow(new QWidget(this))
    , m_methods(new QButtonGroup(this))
    , m_passphraseRadio(new QRadioButton(tr("&Passphrase"), this))
    , m_recoveryRadio(new QRadioButton(tr("&Recovery key"), this))
    , m_keychainRadio(new QRadioButton(tr("OS &keychain"), this))
    , m_inputs(new QStackedWidget(this))
    , m_passphrase(new QLineEdit(this))
    , m_recoveryKey(new QLineEdit(this))
    , m_error(makeErrorLabel(this))
    , m_busy(makeBusyBar(this))
    , m_busyText(new QLabel(tr("Deriving the vault key; this takes a moment…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Unlock Vault"));
    setWindowIcon(icons::get("unlock"));
    setObjectName(QStringLiteral("unlockDialog"));
    setMinimumWidth(640); // a whole recovery key fits in the field

    auto *icon = new QLabel(this);
    icon->setPixmap(icons::get("locked").pixmap(48, 48));
    auto *title = new QLabel(this);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    title->setFont(bold);
    title->setText(session ? session->displayName() : QString());
    auto *path = new QLabel(session ? session->path() : QString(), this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    auto *titleBox = new QVBoxLayout;
    titleBox->addWidget(title);
    titleBox->addWidget(path);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titleBox, 1);

    m_methods->addButton(m_passphraseRadio, PassphraseMethod);
    m_methods->addButton(m_recoveryRadio, RecoveryKeyMethod);
    m_methods->addButton(m_keychainRadio, KeychainMethod);
    m_passphraseRadio->setObjectName(QStringLiteral("passphraseRadio"));
    m_recoveryRadio->setObjectName(QStringLiteral("recoveryRadio"));
    m_keychainRadio->setObjectName(QStringLiteral("keychainRadio"));
    m_keychainRadio->setVisible(session && session->hasKeychainSlot());
    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(new QLabel(tr("Unlock with:"), this));
    methodRow->addWidget(m_passphraseRadio);
    methodRow->addWidget(m_recoveryRadio);
    methodRow->addWidget(m_keychainRadio);
    methodRow->addStretch(1);

    // Passphrase input.
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    addRevealToggle(m_passphrase);
    m_slot->setObjectName(QStringLiteral("signInAsCombo"));
    m_slotRow->setObjectName(QStringLiteral("signInAsRow"));
    auto *slotLayout = new QHBoxLayout(m_slotRow);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    auto *slotLabel = new QLabel(tr("&Sign in as:"), m_slotRow);
    slotLabel->setBuddy(m_slot);
    slotLayout->addWidget(slotLabel);
    slotLayout->addWidget(m_slot, 1);
    m_slot->setToolTip(tr("Each user of this vault has a passphrase keyslot of their own. Choosing yours runs only "
                          "its key derivation; you then act with your own permissions."));
    fillKeyslots();
    auto *passPage = new QWidget(this);
    auto *passLayout = new QVBoxLayout(passPage);
    passLayout->setContentsMargins(0, 0, 0, 0);
    passLayout->addWidget(m_slotRow);
    passLayout->addWidget(new QLabel(tr("Enter the vault passphrase:"), passPage));
    passLayout->addWidget(m_passphrase);
    passLayout->addStretch(1);

    // Recovery key input.
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_recoveryKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-…"));
    auto *recoveryPage = new QWidget(this);
    auto *recoveryLayout = new QVBoxLayout(recoveryPage);
    recoveryLayout->setContentsMargins(0, 0, 0, 0);
    recoveryLayout->addWidget(
            new QLabel(tr("Enter the recovery key you saved when the vault was created:"), recoveryPage));
    recoveryLayout->addWidget(m_recoveryKey);
    recoveryLayout->addWidget(makeHintLabel(tr("Upper or lower case; dashes and spaces are optional."), recoveryPage));
    recoveryLayout->addStretch(1);

    // Keychain.
    auto *keychainPage = new QWidget(this);
    auto *keychainLayout = new QVBoxLayout(keychainPage);
    keychainLayout->setContentsMargins(0, 0, 0, 0);
    keychainLayout->addWidget(makeHintLabel(tr("Coffer reads this vault's key from the OS keychain of your "
                                               "session. The keychain may ask you to allow it."),
                                            keychainPage));
    keychainLayout->addStretch(1);

    m_inputs->addWidget(passPage);
    m_inputs->addWidget(recoveryPage);
    m_inputs->addWidget(keychainPage);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busyText->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("unlockButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_methods, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_inputs->setCurrentIndex(id);
        setErrorText(m_error, {});
        updateButtons();
        if (id == PassphraseMethod)
            m_passphrase->setFocus();
        else if (id == RecoveryKeyMethod)
            m_recoveryKey->setFocus();
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    connect(m_recoveryKey, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addLayout(methodRow);
    layout->addWidget(m_inputs);
    layout->addWidget(m_error);
    layout->addWidget(m_busyText);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (session)
        connect(session, &models::VaultSession::unlockFinished, this, &UnlockDialog::onFinished);
    m_passphraseRadio->setChecked(true);
    // A previous failure of this vault is still worth seeing.
    if (session)
        setErrorText(m_error, session->lastErrorText());
    updateButtons();
}

UnlockDialog::~UnlockDialog()
{
    m_passphrase->clear();
    m_recoveryKey->clear();
}

void UnlockDialog::setMethod(Method method)
{
    if (QAbstractButton *button = m_methods->button(method); button && !button->isHidden())
        button->setChecked(true);
}

UnlockDialog::Method UnlockDialog::method() const
{
    return Method(m_methods->checkedId());
}

bool UnlockDialog::isBusy() const
{
    return m_isBusy;
}

void UnlockDialog::fillKeyslots()
{
    m_slot->clear();
    int passphraseSlots = 0;
    if (m_session) {
        // The header as it is now: another console or the CLI may have added users since the vault was listed.
        auto summary = Vault::inspect(m_session->path());
        const QList<KeyslotInfo> slots = summary ? summary->keyslots : m_session->keyslots();
        for (const KeyslotInfo &slot : slots) {
            if (slot.type != KeyslotType::Passphrase)
                continue;
            ++passphraseSlots;
            m_slot->addItem(slot.label.isEmpty() ? tr("Passphrase keyslot %1").arg(slot.id) : slot.label, slot.id);
        }
    }
    m_slot->addItem(tr("Any passphrase (tries each keyslot)"), QString());
    m_slotRow->setVisible(passphraseSlots > 1);
    const QString remembered = m_settings && m_session ? m_settings->lastKeyslot(m_session->vaultId()) : QString();
    chooseKeyslot(remembered);
}

QString UnlockDialog::chosenKeyslot() const
{
    return offersKeyslotChoice() ? m_slot->currentData().toString() : QString();
}

void UnlockDialog::chooseKeyslot(const QString &slotId)
{
    const int index = m_slot->findData(slotId);
    m_slot->setCurrentIndex(index >= 0 ? index : m_slot->count() - 1);
}

bool UnlockDialog::offersKeyslotChoice() const
{
    return !m_slotRow->isHidden();
}

QString UnlockDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void UnlockDialog::updateButtons()
{
    bool ready = false;
    switch (method()) {
    case PassphraseMethod: ready = !m_passphrase->text().isEmpty(); break;
    case RecoveryKeyMethod: ready = !m_recoveryKey->text().trimmed().isEmpty(); break;
    case KeychainMethod: ready = true; break;
    }
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(ready && !m_isBusy && m_session && m_session->state() == models::VaultState::Locked);
}

void UnlockDialog::submit()
{
    if (!m_session || m_isBusy || m_session->state() != models::VaultState::Locked)
        return;
    Credential credential;
    switch (method()) {
    case PassphraseMethod: {
        QString text = m_passphrase->text();
        credential = Credential::passphrase(SecureString::fromQString(text), chosenKeyslot());
        break;
    }
    case RecoveryKeyMethod: {
        QString text = m_recoveryKey->text();
        credential = Credential::recoveryKey(SecureString::fromQString(text));
        break;
    }
    case KeychainMethod: credential = Credential::keychain(); break;
    }
    setErrorText(m_error, {});
    setBusy(true);
    m_session->unlock(std::move(credential));
}

void UnlockDialog::onFinished(const Result<void> &result)
{
    setBusy(false);
    if (result) {
        if (m_settings && m_session && method() == PassphraseMethod && offersKeyslotChoice())
            m_settings->setLastKeyslot(m_session->vaultId(), chosenKeyslot());
        m_passphrase->clear();
        m_recoveryKey->clear();
        accept();
        return;
    }
    if (result.error().code() == ErrorCode::Cancelled)
        return;
    setErrorText(m_error, m_session ? m_session->lastErrorText() : QString());
    m_error->setToolTip(result.error().context()); // English detail for admins; never secret
    if (method() == PassphraseMethod) {
        m_passphrase->clear();
        m_passphrase->setFocus();
    } else if (method() == RecoveryKeyMethod) {
        m_recoveryKey->selectAll();
        m_recoveryKey->setFocus();
    }
    updateButtons();
}

void UnlockDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    m_busyText->setVisible(busy);
    m_inputs->setEnabled(!busy);
    m_slot->setEnabled(!busy);
    for (QAbstractButton *b : m_methods->buttons())
        b->setEnabled(!busy);
    updateButtons();
}

void UnlockDialog::reject()
{
    if (m_isBusy && m_session)
        m_session->cancelUnlock(); // the result of the running derivation is dropped
    QDialog::reject();
}

} // namespace coffer::ui
