#include "ui/HsmSettingsPanel.h"

#include "models/VaultSession.h"
#include "ui/Icons.h"
#include "ui/WidgetPrompter.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
constexpr int kBrowseRole = Qt::UserRole + 1;

QPushButton *button(const char *icon, const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(icons::get(icon), text, parent);
    b->setObjectName(QLatin1StringView(name));
    return b;
}

void bindRule(QPushButton *button, const QString &refusal, const QString &help)
{
    button->setEnabled(refusal.isEmpty());
    button->setToolTip(refusal.isEmpty() ? help : refusal);
}
} // namespace

HsmSettingsPanel::HsmSettingsPanel(QWidget *parent)
    : QGroupBox(tr("Hardware security module (PKCS#11)"), parent)
    , m_model(new models::HsmSettingsModel(this))
    , m_ownPrompter(std::make_unique<WidgetPrompter>(this))
    , m_prompter(m_ownPrompter.get())
    , m_status(new QLabel(this))
    , m_statusError(makeErrorLabel(this))
    , m_trustBox(new QWidget(this))
    , m_trustWarning(makeErrorLabel(m_trustBox))
    , m_trust(button("access", tr("Tru&st this module…"), "hsmTrustModuleButton", m_trustBox))
    , m_module(new QComboBox(this))
    , m_token(new QComboBox(this))
    , m_tokenNote(makeHintLabel({}, this))
    , m_pin(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in keychain"), this))
    , m_refresh(button("open", tr("Re&fresh"), "hsmRefreshButton", this))
    , m_testPin(button("key", tr("&Test PIN"), "hsmTestPinButton", this))
    , m_forgetPin(button("remove", tr("Forget PIN"), "hsmForgetPinButton", this))
    , m_bind(button("lock", tr("&Bind…"), "hsmBindButton", this))
    , m_unbind(button("unlock", tr("&Unbind…"), "hsmUnbindButton", this))
    , m_busy(makeBusyBar(this))
    , m_message(makeHintLabel({}, this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("hsmSettings"));
    m_status->setObjectName(QStringLiteral("hsmStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_statusError->setObjectName(QStringLiteral("hsmStatusError"));
    m_trustBox->setObjectName(QStringLiteral("hsmTrustBox"));
    m_trustWarning->setObjectName(QStringLiteral("hsmTrustWarning"));
    m_trustWarning->setVisible(true); // the box shows or hides both
    m_module->setObjectName(QStringLiteral("hsmModuleCombo"));
    m_module->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_module->setMinimumContentsLength(28);
    m_token->setObjectName(QStringLiteral("hsmTokenCombo"));
    m_token->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_token->setMinimumContentsLength(28);
    m_tokenNote->setObjectName(QStringLiteral("hsmTokenNote"));
    m_pin->setObjectName(QStringLiteral("hsmPinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("User PIN"));
    addRevealToggle(m_pin);
    m_remember->setObjectName(QStringLiteral("hsmRememberCheck"));
    m_remember->setToolTip(tr("Store the PIN in the system keychain, so that the token opens without asking"));
    m_busy->setObjectName(QStringLiteral("hsmBusy"));
    m_message->setObjectName(QStringLiteral("hsmMessage"));
    m_error->setObjectName(QStringLiteral("hsmError"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_refresh, 0, Qt::AlignTop);

    auto *trustRow = new QHBoxLayout(m_trustBox);
    trustRow->setContentsMargins(0, 0, 0, 0);
    trustRow->addWidget(m_trustWarning, 1);
    trustRow->addWidget(m_trust, 0, Qt::AlignTop);
    m_trustBox->setVisible(false);

    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_remember);
    pinRow->addWidget(m_testPin);
    pinRow->addWidget(m_forgetPin);

    auto *form = new QFormLayout;
    form->addRow(tr("&Module:"), m_module);
    form->addRow(tr("T&oken:"), m_token);
    form->addRow(QString(), m_tokenNote);
    auto *pinLabel = new QLabel(tr("&PIN:"), this);
    pinLabel->setBuddy(m_pin);
    form->addRow(pinLabel, pinRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_bind);
    buttons->addWidget(m_unbind);
    buttons->addWidget(m_busy, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_statusError);
    layout->addWidget(m_trustBox);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_error);

    connect(m_model, &models::HsmSettingsModel::statusChanged, this, &HsmSettingsPanel::showStatus);
    connect(m_model, &models::HsmSettingsModel::modulesChanged, this, &HsmSettingsPanel::rebuildModules);
    connect(m_model, &models::HsmSettingsModel::tokensChanged, this, &HsmSettingsPanel::rebuildTokens);
    connect(m_model, &models::HsmSettingsModel::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        updateActions();
        if (!busy)
            runNext();
    });
    connect(m_model, &models::HsmSettingsModel::finished, this, &HsmSettingsPanel::onFinished);
    connect(m_module, &QComboBox::activated, this, &HsmSettingsPanel::onModuleActivated);
    connect(m_token, &QComboBox::currentIndexChanged, this, &HsmSettingsPanel::updateActions);
    connect(m_pin, &QLineEdit::textChanged, this, &HsmSettingsPanel::updateActions);
    connect(m_refresh, &QPushButton::clicked, this, &HsmSettingsPanel::reload);
    connect(m_testPin, &QPushButton::clicked, this, &HsmSettingsPanel::testPin);
    connect(m_forgetPin, &QPushButton::clicked, this, [this] { later([this] { return m_model->forgetPin(); }); });
    connect(m_bind, &QPushButton::clicked, this, &HsmSettingsPanel::bind);
    connect(m_unbind, &QPushButton::clicked, this, &HsmSettingsPanel::unbind);
    connect(m_trust, &QPushButton::clicked, this, &HsmSettingsPanel::trustModule);

    rebuildModules();
    rebuildTokens();
    showStatus();
}

HsmSettingsPanel::~HsmSettingsPanel() = default;

void HsmSettingsPanel::setSession(models::VaultSession *session)
{
    if (m_model->session())
        m_model->session()->disconnect(this);
    m_queue.clear();
    m_model->setSession(session);
    m_pin->clear();
    setErrorText(m_error, {});
    m_message->clear();
    if (session) {
        connect(session, &models::VaultSession::stateChanged, this, [this](models::VaultState state) {
            m_pin->clear();
            m_queue.clear();
            m_loaded = false;
            if (state == models::VaultState::Unlocked && isVisible())
                reload();
            updateActions();
        });
    }
    m_loaded = false;
    if (session && session->isUnlocked() && isVisible())
        reload();
    updateActions();
}

void HsmSettingsPanel::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    if (!m_loaded && m_model->session() && m_model->session()->isUnlocked())
        reload();
}

void HsmSettingsPanel::setPrompter(models::Prompter *prompter)
{
    m_prompter = prompter ? prompter : m_ownPrompter.get();
}

void HsmSettingsPanel::reload()
{
    m_loaded = true;
    later([this] { return m_model->refresh(); });
    later([this] { return m_model->loadModules(); });
}

void HsmSettingsPanel::later(std::function<bool()> task)
{
    m_queue << std::move(task);
    if (!m_model->isBusy())
        runNext();
}

void HsmSettingsPanel::runNext()
{
    // Each task starts once the one before has ended; one that cannot start (locked) is dropped.
    while (!m_queue.isEmpty() && !m_model->isBusy()) {
        const std::function<bool()> task = m_queue.takeFirst();
        if (task())
            return;
    }
}

void HsmSettingsPanel::chooseModule(const QString &path)
{
    const QString clean = m_model->addModule(path);
    rebuildModules();
    const int index = m_module->findData(clean);
    if (index < 0)
        return;
    m_module->setCurrentIndex(index);
    m_wantedModule = clean;
    later([this, clean] { return m_model->loadTokens(clean); });
}

void HsmSettingsPanel::onModuleActivated(int index)
{
    if (m_module->itemData(index, kBrowseRole).toBool()) {
        const QString file = m_prompter->chooseOpenFile(tr("Choose a PKCS#11 module"), QStringLiteral("/usr/lib"),
                                                        tr("PKCS#11 modules (*.so *.dylib *.dll);;All files (*)"));
        if (file.isEmpty()) {
            const int again = m_module->findData(m_wantedModule);
            m_module->setCurrentIndex(again >= 0 ? again : (m_module->count() > 1 ? 0 : -1));
            return;
        }
        chooseModule(file);
        return;
    }
    const QString path = m_module->itemData(index).toString();
    if (path.isEmpty() || path == m_model->tokensModule())
        return;
    m_wantedModule = path;
    later([this, path] { return m_model->loadTokens(path); });
}

void HsmSettingsPanel::rebuildModules()
{
    const QSignalBlocker blocker(m_module);
    const QStringList modules = m_model->modules();
    m_module->clear();
    for (const QString &path : modules)
        m_module->addItem(QDir::toNativeSeparators(path), path);
    m_module->addItem(tr("Browse…"));
    m_module->setItemData(m_module->count() - 1, true, kBrowseRole);
    // The module wanted, else the bound one, else the first.
    QString want = m_wantedModule;
    if (want.isEmpty() && m_model->status() && m_model->status()->bound)
        want = m_model->status()->binding.modulePath;
    if (want.isEmpty() && !modules.isEmpty())
        want = modules.first();
    const int index = want.isEmpty() ? -1 : m_module->findData(want);
    m_module->setCurrentIndex(index);
    if (index >= 0 && want != m_model->tokensModule() && want != m_wantedModule) {
        m_wantedModule = want;
        later([this, want] { return m_model->loadTokens(want); });
    }
    updateActions();
}

void HsmSettingsPanel::rebuildTokens()
{
    const QString chosen = m_token->currentData().toString();
    const QSignalBlocker blocker(m_token);
    m_token->clear();
    for (const HsmTokenChoice &token : m_model->tokens())
        m_token->addItem(models::HsmSettingsModel::tokenText(token), token.label);
    QString want = chosen;
    if (want.isEmpty() && m_model->status() && m_model->status()->bound
        && m_model->status()->binding.modulePath == m_model->tokensModule())
        want = m_model->status()->binding.tokenLabel;
    const int index = m_token->findData(want);
    m_token->setCurrentIndex(index >= 0 ? index : (m_token->count() > 0 ? 0 : -1));
    if (!m_model->tokensError().isEmpty())
        m_tokenNote->setText(m_model->tokensError());
    else if (m_model->tokensModule().isEmpty())
        m_tokenNote->setText(tr("Choose a module to list its tokens."));
    else if (m_model->tokens().isEmpty())
        m_tokenNote->setText(tr("This module offers no token. Initialise one with the token's own tool."));
    else
        m_tokenNote->clear();
    m_tokenNote->setVisible(!m_tokenNote->text().isEmpty());
    updateActions();
}

void HsmSettingsPanel::showStatus()
{
    const auto &status = m_model->status();
    setErrorText(m_statusError, m_model->statusError());
    m_trustWarning->setText(m_model->untrustedWarning());
    m_trustBox->setVisible(!m_trustWarning->text().isEmpty());
    if (!status) {
        m_status->setText(m_model->session() && m_model->session()->isUnlocked() ? tr("Reading the status…")
                                                                                 : tr("Unlock the vault to see "
                                                                                      "its HSM binding."));
        updateActions();
        return;
    }
    QString html = QStringLiteral("<table>");
    for (const auto &[label, value] : models::HsmSettingsModel::statusRows(*status))
        html += QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_status->setText(html);
    if (m_model->modules().size() + 1 != m_module->count())
        rebuildModules(); // the bound module joins the picker
    updateActions();
}

void HsmSettingsPanel::updateActions()
{
    const bool unlocked = m_model->session() && m_model->session()->isUnlocked();
    const bool hasPin = !m_pin->text().isEmpty();
    setEnabled(unlocked);
    m_module->setEnabled(!m_model->isBusy());
    m_token->setEnabled(!m_model->isBusy() && m_token->count() > 0);
    m_refresh->setEnabled(unlocked && !m_model->isBusy());
    bindRule(m_testPin, m_model->testPinRefusal(hasPin), tr("Log in to the bound token with this PIN"));
    bindRule(m_bind, m_model->bindRefusal(selectedModule(), selectedToken(), hasPin),
             tr("Check the token and the PIN, then record the binding in the vault"));
    bindRule(m_unbind, m_model->unbindRefusal(), tr("Remove the binding from the vault"));
    bindRule(m_trust, m_model->trustRefusal(), tr("Let Coffer load this module for your user on this computer"));
    const auto &status = m_model->status();
    m_forgetPin->setVisible(status && status->pinInKeychain);
    m_forgetPin->setEnabled(unlocked && !m_model->isBusy());
}

QString HsmSettingsPanel::selectedModule() const
{
    return m_module->currentData(kBrowseRole).toBool() ? QString() : m_module->currentData().toString();
}

QString HsmSettingsPanel::selectedToken() const
{
    return m_token->currentData().toString();
}

SecureString HsmSettingsPanel::takePin()
{
    QString text = m_pin->text();
    // Overwrite what the edit holds before it is freed.
    m_pin->setText(QString(text.size(), u'x'));
    m_pin->clear();
    return SecureString::fromQString(text);
}

void HsmSettingsPanel::testPin()
{
    setErrorText(m_error, {});
    m_message->clear();
    if (!m_model->testPin(takePin(), m_remember->isChecked()))
        setErrorText(m_error, m_model->testPinRefusal(true));
}

void HsmSettingsPanel::bind()
{
    setErrorText(m_error, {});
    m_message->clear();
    const QString module = selectedModule();
    const QString token = selectedToken();
    const QString refusal = m_model->bindRefusal(module, token, !m_pin->text().isEmpty());
    if (!refusal.isEmpty()) {
        setErrorText(m_error, refusal);
        return;
    }
    if (!m_prompter->confirm(tr("Bind to a token"), m_model->bindQuestion(module, token)))
        return;
    if (!m_model->bind(module, token, takePin(), m_remember->isChecked()))
        setErrorText(m_error, m_model->bindRefusal(module, token, true));
}

void HsmSettingsPanel::unbind()
{
    setErrorText(m_error, {});
    m_message->clear();
    const QString refusal = m_model->unbindRefusal();
    if (!refusal.isEmpty()) {
        setErrorText(m_error, refusal);
        return;
    }
    const HsmBindingInfo &binding = m_model->status()->binding;
    if (!m_prompter->confirm(tr("Unbind the token"),
                             tr("Remove the binding to token '%1' (serial %2)? The token and its objects stay as "
                                "they are; new HSM keys need a token bound again.")
                                     .arg(binding.tokenLabel, binding.tokenSerial)))
        return;
    m_model->unbind();
}

void HsmSettingsPanel::trustModule()
{
    setErrorText(m_error, {});
    m_message->clear();
    const QString refusal = m_model->trustRefusal();
    if (!refusal.isEmpty()) {
        setErrorText(m_error, refusal);
        return;
    }
    if (!m_prompter->confirm(tr("Trust a PKCS#11 module"), m_model->trustQuestion()))
        return;
    const QString module = m_model->untrustedModule();
    // finished() reports how it went; the status is read again, then the module's tokens can be listed.
    if (m_model->trustModule() && selectedModule() == module)
        later([this, module] { return m_model->loadTokens(module); });
}

void HsmSettingsPanel::onFinished(models::HsmSettingsModel::Task task, const Result<void> &result, const QString &text)
{
    using Task = models::HsmSettingsModel::Task;
    if (task == Task::Status || task == Task::Modules || task == Task::Tokens) {
        // Listing and reading are reported where they show (status, token note); only failures of a status read
        // that a person asked for surface here.
        return;
    }
    if (result) {
        setErrorText(m_error, {});
        m_message->setText(text);
    } else {
        m_message->clear();
        setErrorText(m_error, text);
    }
}

} // namespace coffer::ui
