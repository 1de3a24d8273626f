#include "models/HsmSettingsModel.h"

#include "models/BackgroundWork.h"
#include "models/ErrorText.h"
#include "models/KeyOperations.h"
#include "models/VaultSession.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>

#include <memory>

namespace coffer::models {

namespace {
struct VaultOutcome
{
    Result<void> result;
    std::optional<HsmStatus> status;
    std::optional<Error> statusError;
};

QString yesNo(bool value)
{
    return value ? HsmSettingsModel::tr("yes") : HsmSettingsModel::tr("no");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

HsmSettingsModel::HsmSettingsModel(QObject *parent)
    : QObject(parent)
    , m_ops(new KeyOperations(this))
    , m_listModules([] { return HsmBinding::registeredModules(); })
    , m_listTokens([](const QString &module) { return HsmBinding::tokens(module); })
{ }

HsmSettingsModel::~HsmSettingsModel() = default;

void HsmSettingsModel::setSession(VaultSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_ops->setSession(session);
    ++m_generation;
    setTask(std::nullopt);
    clear();
    if (m_session)
        connect(m_session, &VaultSession::stateChanged, this, &HsmSettingsModel::onStateChanged);
}

VaultSession *HsmSettingsModel::session() const
{
    return m_session;
}

void HsmSettingsModel::setListers(ModuleLister modules, TokenLister tokens)
{
    m_listModules = std::move(modules);
    m_listTokens = std::move(tokens);
}

void HsmSettingsModel::onStateChanged()
{
    if (m_session && m_session->isUnlocked())
        return;
    // Locked: what was read about the token (and any task's late answer) goes.
    ++m_generation;
    setTask(std::nullopt);
    clear();
}

void HsmSettingsModel::retryRefresh(bool sessionBusy)
{
    if (sessionBusy || !m_session)
        return;
    disconnect(m_session, &VaultSession::busyChanged, this, &HsmSettingsModel::retryRefresh);
    refresh();
}

void HsmSettingsModel::clear()
{
    const bool hadStatus = m_status.has_value() || !m_statusError.isEmpty();
    m_status.reset();
    m_statusError.clear();
    if (hadStatus)
        Q_EMIT statusChanged();
}

void HsmSettingsModel::setTask(std::optional<Task> task)
{
    const bool was = isBusy();
    m_task = task;
    if (was != isBusy())
        Q_EMIT busyChanged(isBusy());
}

QStringList HsmSettingsModel::modules() const
{
    QStringList all = m_registered;
    for (const QString &path : m_chosen)
        if (!all.contains(path))
            all << path;
    if (m_status && m_status->bound && !m_status->binding.modulePath.isEmpty()
        && !all.contains(m_status->binding.modulePath))
        all << m_status->binding.modulePath;
    return all;
}

QString HsmSettingsModel::addModule(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const bool listed = modules().contains(clean);
    if (!m_chosen.contains(clean))
        m_chosen << clean; // the person's own choice: its tokens may be listed even when it is not trusted yet
    if (!listed)
        Q_EMIT modulesChanged();
    return clean;
}

bool HsmSettingsModel::loadModules()
{
    if (isBusy())
        return false;
    setTask(Task::Modules);
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_registered = watcher->result();
        setTask(std::nullopt);
        Q_EMIT modulesChanged();
        Q_EMIT finished(Task::Modules, {},
                        m_registered.isEmpty() ? tr("p11-kit lists no PKCS#11 module on this machine: choose the "
                                                    "module file with Browse.")
                                               : tr("PKCS#11 modules found: %1.").arg(m_registered.size()));
    });
    watcher->setFuture(runInBackground([list = m_listModules] { return list(); }));
    return true;
}

bool HsmSettingsModel::loadTokens(const QString &modulePath)
{
    if (isBusy() || modulePath.isEmpty())
        return false;
    const QString untrusted = untrustedModule();
    if (!untrusted.isEmpty() && QDir::cleanPath(modulePath) == QDir::cleanPath(untrusted)
        && !m_chosen.contains(QDir::cleanPath(modulePath))) {
        // The module the vault names is not loaded, not even to list its tokens, until this computer trusts it.
        m_tokensModule = modulePath;
        m_tokens.clear();
        m_tokensError = tr("This computer does not trust this module, so its tokens are not listed.");
        Q_EMIT tokensChanged();
        return false;
    }
    setTask(Task::Tokens);
    using Tokens = Result<QList<HsmTokenChoice>>;
    auto *watcher = new QFutureWatcher<Tokens>(this);
    connect(watcher, &QFutureWatcher<Tokens>::finished, this, [this, watcher, modulePath, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Tokens tokens = watcher->result();
        m_tokensModule = modulePath;
        m_tokens = tokens ? *tokens : QList<HsmTokenChoice>();
        m_tokensError = tokens ? QString() : errorText(tokens.error(), Task::Tokens);
        setTask(std::nullopt);
        Q_EMIT tokensChanged();
        if (!tokens)
            Q_EMIT finished(Task::Tokens, tokens.error(), m_tokensError);
        else
            Q_EMIT finished(Task::Tokens, {},
                            m_tokens.isEmpty() ? tr("The module offers no token.")
                                               : tr("Tokens found: %1.").arg(m_tokens.size()));
    });
    watcher->setFuture(runInBackground([list = m_listTokens, modulePath] { return list(modulePath); }));
    return true;
}

bool HsmSettingsModel::startVaultTask(Task task, VaultWork work)
{
    if (isBusy() || !m_session || !m_session->isUnlocked())
        return false;
    auto outcome = std::make_shared<VaultOutcome>();
    const auto inWorker = [outcome, work = std::move(work)](HsmBinding &hsm) {
        outcome->result = work(hsm, outcome->status);
        if (!outcome->status) {
            // After each change, the status again, so that the page shows where things stand.
            auto status = hsm.status();
            if (status)
                outcome->status = *status;
            else
                outcome->statusError = status.error();
        }
    };
    const auto done = [this, outcome, task, generation = m_generation] {
        if (generation != m_generation)
            return;
        if (outcome->status) {
            m_status = outcome->status;
            m_statusError.clear();
            Q_EMIT statusChanged();
        } else if (outcome->statusError) {
            m_status.reset();
            m_statusError = errorText(*outcome->statusError, Task::Status);
            Q_EMIT statusChanged();
        }
        QString text;
        if (!outcome->result) {
            text = errorText(outcome->result.error(), task);
        } else {
            switch (task) {
            case Task::Status: text = tr("The token status was read."); break;
            case Task::TestPin: text = tr("The PIN is correct: the token accepted it."); break;
            case Task::Bind: text = tr("The vault is bound to the token."); break;
            case Task::Unbind: text = tr("The vault is no longer bound to a token."); break;
            case Task::ForgetPin: text = tr("The PIN was removed from the keychain."); break;
            case Task::Modules:
            case Task::Tokens:
            case Task::TrustModule: break;
            }
        }
        setTask(std::nullopt);
        Q_EMIT finished(task, outcome->result, text);
    };
    // Through KeyOperations, which marks the session busy meanwhile (should this model go away first, the session
    // still leaves busy, and `done` is dropped).
    if (!m_ops->runOnHsmInBackground(inWorker, this, done))
        return false;
    setTask(task);
    return true;
}

bool HsmSettingsModel::refresh()
{
    if (isBusy() || !m_session || !m_session->isUnlocked())
        return false;
    if (m_session->isBusy()) {
        // Other work holds the vault: read once it is done.
        connect(m_session, &VaultSession::busyChanged, this, &HsmSettingsModel::retryRefresh, Qt::UniqueConnection);
        return false;
    }
    if (!m_ops->hsmBinding()) {
        // No binding (most vaults): nothing to ask a token, and no need to hold the vault.
        HsmStatus unbound;
        m_status = unbound;
        m_statusError.clear();
        Q_EMIT statusChanged();
        return false;
    }
    return startVaultTask(Task::Status, [](HsmBinding &hsm, std::optional<HsmStatus> &status) -> Result<void> {
        auto read = hsm.status();
        if (!read)
            return read.error();
        status = *read;
        return {};
    });
}

bool HsmSettingsModel::testPin(SecureString pin, bool rememberPin)
{
    if (!testPinRefusal(!pin.isEmpty()).isEmpty())
        return false;
    auto secret = std::make_shared<SecureString>(std::move(pin));
    return startVaultTask(Task::TestPin,
                          [secret, rememberPin](HsmBinding &hsm, std::optional<HsmStatus> &) -> Result<void> {
                              return hsm.login(*secret, rememberPin);
                          });
}

bool HsmSettingsModel::bind(const QString &modulePath, const QString &tokenLabel, SecureString pin, bool rememberPin)
{
    if (!bindRefusal(modulePath, tokenLabel, !pin.isEmpty()).isEmpty())
        return false;
    auto secret = std::make_shared<SecureString>(std::move(pin));
    return startVaultTask(
            Task::Bind,
            [secret, modulePath, tokenLabel, rememberPin](HsmBinding &hsm, std::optional<HsmStatus> &) -> Result<void> {
                auto bound = hsm.bind(modulePath, tokenLabel, *secret, rememberPin);
                if (!bound)
                    return bound.error();
                return {};
            });
}

bool HsmSettingsModel::unbind()
{
    if (!unbindRefusal().isEmpty())
        return false;
    return startVaultTask(Task::Unbind,
                          [](HsmBinding &hsm, std::optional<HsmStatus> &) -> Result<void> { return hsm.unbind(); });
}

bool HsmSettingsModel::forgetPin()
{
    return startVaultTask(Task::ForgetPin,
                          [](HsmBinding &hsm, std::optional<HsmStatus> &) -> Result<void> { return hsm.forgetPin(); });
}

bool HsmSettingsModel::trustModule()
{
    const QString refusal = trustRefusal();
    if (!refusal.isEmpty())
        return false;
    const QString module = untrustedModule();
    const Result<void> trusted = KeyOperations::hsmTrustModule(module);
    if (!trusted) {
        Q_EMIT finished(Task::TrustModule, trusted, errorText(trusted.error(), Task::TrustModule));
        return false;
    }
    m_status->moduleTrusted = true; // a fact now; the rest of the status is read again
    Q_EMIT statusChanged();
    refresh(); // before finished(), so that what follows it waits for the new status
    Q_EMIT finished(Task::TrustModule, trusted,
                    tr("This computer now trusts the PKCS#11 module %1.").arg(QDir::toNativeSeparators(module)));
    return true;
}

QString HsmSettingsModel::untrustedModule() const
{
    if (!m_status || !m_status->bound || m_status->moduleTrusted)
        return {};
    return m_status->binding.modulePath;
}

QString HsmSettingsModel::untrustedWarning() const
{
    const QString module = untrustedModule();
    if (module.isEmpty())
        return {};
    return tr("This vault names the PKCS#11 module %1, which this computer does not trust. A module runs inside "
              "Coffer with your rights and sees the token PIN. Trust it only if you know where it comes from.")
            .arg(QDir::toNativeSeparators(module));
}

QString HsmSettingsModel::trustQuestion() const
{
    const QString module = untrustedModule();
    if (module.isEmpty())
        return {};
    return tr("Trust the PKCS#11 module %1? Coffer then loads it for every vault that names it, with your rights, "
              "and gives it the token PIN. Do this only if you installed the module or know where it comes from.")
            .arg(QDir::toNativeSeparators(module));
}

// --- Rules ----------------------------------------------------------------------------------------------------

QString HsmSettingsModel::bindRefusal(const QString &modulePath, const QString &tokenLabel, bool hasPin) const
{
    if (!m_session || !m_session->isUnlocked())
        return tr("The vault is locked.");
    if (isBusy())
        return tr("Wait for the token to answer.");
    if (modulePath.isEmpty())
        return tr("Choose a PKCS#11 module first.");
    if (tokenLabel.isEmpty())
        return tr("Choose a token of the module first.");
    if (!hasPin)
        return tr("Enter the token's user PIN first.");
    if (m_status && m_status->bound && m_status->keyCount > 0
        && m_status->binding.tokenLabel.compare(tokenLabel, Qt::CaseSensitive) != 0)
        return tr("The vault holds HSM keys on token '%1': it cannot move to another token.")
                .arg(m_status->binding.tokenLabel);
    return {};
}

QString HsmSettingsModel::testPinRefusal(bool hasPin) const
{
    if (!m_session || !m_session->isUnlocked())
        return tr("The vault is locked.");
    if (isBusy())
        return tr("Wait for the token to answer.");
    if (!m_status || !m_status->bound)
        return tr("No token is bound yet: Bind checks the PIN.");
    if (!untrustedModule().isEmpty())
        return tr("This computer does not trust the token's module: trust it first.");
    if (!hasPin)
        return tr("Enter the token's user PIN first.");
    return {};
}

QString HsmSettingsModel::unbindRefusal() const
{
    if (!m_session || !m_session->isUnlocked())
        return tr("The vault is locked.");
    if (isBusy())
        return tr("Wait for the token to answer.");
    if (!m_status)
        return tr("The token's status is not known yet.");
    return unbindRefusal(*m_status);
}

QString HsmSettingsModel::trustRefusal() const
{
    if (!m_session || !m_session->isUnlocked())
        return tr("The vault is locked.");
    if (isBusy())
        return tr("Wait for the token to answer.");
    if (untrustedModule().isEmpty())
        return tr("This computer trusts the module already.");
    return {};
}

QString HsmSettingsModel::unbindRefusal(const HsmStatus &status)
{
    if (!status.bound)
        return tr("No token is bound.");
    if (status.keyCount > 0)
        return status.keyCount == 1
                ? tr("The vault holds 1 HSM key version on this token: purge it before unbinding.")
                : tr("The vault holds %1 HSM key versions on this token: purge them before unbinding.")
                          .arg(status.keyCount);
    return {};
}

QString HsmSettingsModel::bindQuestion(const QString &modulePath, const QString &tokenLabel) const
{
    QString question = tr("Bind this vault to token '%1' of module %2? New HSM keys are generated on it, and "
                          "the vault records the token's label and serial.")
                               .arg(tokenLabel, QDir::toNativeSeparators(modulePath));
    if (m_status && m_status->bound)
        question += u' '
                + tr("It replaces the binding to token '%1' (serial %2).")
                          .arg(m_status->binding.tokenLabel, m_status->binding.tokenSerial);
    return question;
}

// --- Texts ----------------------------------------------------------------------------------------------------

QString HsmSettingsModel::tokenText(const HsmTokenChoice &token)
{
    QString text = tr("%1 (serial %2)").arg(token.label, orDash(token.serial));
    if (!token.manufacturer.isEmpty())
        text += tr(", %1").arg(token.manufacturer);
    if (!token.initialized)
        text += u' ' + tr("(not initialised)");
    return text;
}

QList<QPair<QString, QString>> HsmSettingsModel::statusRows(const HsmStatus &s)
{
    QList<QPair<QString, QString>> rows;
    if (!s.bound) {
        rows.append({tr("Token"), tr("None: the vault has no HSM binding. Software keys work without one.")});
        return rows;
    }
    const HsmBindingInfo &b = s.binding;
    rows.append({tr("Token"), tr("%1 (serial %2)").arg(orDash(b.tokenLabel), orDash(b.tokenSerial))});
    rows.append({tr("Manufacturer"),
                 b.model.isEmpty() ? orDash(b.manufacturer) : tr("%1, %2").arg(orDash(b.manufacturer), b.model)});
    rows.append({tr("Module"), QDir::toNativeSeparators(b.modulePath)});
    rows.append({tr("Module trusted"), s.moduleTrusted ? tr("yes") : tr("no: it is not loaded")});
    rows.append({tr("Module loads"), yesNo(s.moduleLoads)});
    rows.append({tr("Token present"), yesNo(s.tokenPresent)});
    rows.append(
            {tr("Logged in"), s.loggedIn ? (s.pinInKeychain ? tr("yes (PIN in the keychain)") : tr("yes")) : tr("no")});
    rows.append({tr("Supported"), s.supported.isEmpty() ? tr("—") : s.supported.join(QStringLiteral(", "))});
    rows.append({tr("Missing mechanisms"), s.missing.isEmpty() ? tr("none") : s.missing.join(QStringLiteral(", "))});
    rows.append({tr("HSM keys"), QString::number(s.keyCount)});
    rows.append({tr("Orphaned objects on the token"),
                 s.orphans.isEmpty() ? tr("none")
                                     : tr("%1 (objects of purged keys: %2)")
                                               .arg(s.orphans.size())
                                               .arg(s.orphans.join(QStringLiteral(", ")))});
    if (!s.problem.isEmpty() && s.moduleTrusted) // an untrusted module has its own warning on the page
        rows.append({tr("Problem"), s.problem});
    return rows;
}

QString HsmSettingsModel::errorText(const Error &error, Task task)
{
    if (task == Task::TrustModule)
        return tr("The module could not be trusted: %1").arg(error.context());
    switch (error.code()) {
    case ErrorCode::WrongCredential:
        return tr("Wrong PIN: the token refused it. Check the user PIN (not the SO PIN); tokens lock after a few "
                  "wrong tries.");
    case ErrorCode::HsmUnavailable:
        if (task == Task::Tokens)
            return tr("The module cannot be used: %1").arg(error.context());
        return tr("The token cannot be used: %1").arg(error.context());
    case ErrorCode::Conflict:
        if (task == Task::Unbind)
            return tr("The vault still holds HSM keys on this token: purge them before unbinding.");
        if (task == Task::Bind)
            return tr("The vault holds HSM keys on another token: it cannot be bound to this one.");
        break;
    case ErrorCode::NotFound:
        if (task == Task::Bind || task == Task::Tokens)
            return tr("Not found: %1").arg(error.context());
        break;
    case ErrorCode::InvalidArgument:
        if (task == Task::Bind)
            return tr("The token cannot serve this vault: %1").arg(error.context());
        break;
    case ErrorCode::KeychainUnavailable: return tr("The keychain could not be used: %1").arg(error.context());
    case ErrorCode::Forbidden: return ErrorText::forForbidden(error);
    default: break;
    }
    return ErrorText::forCode(error.code());
}

} // namespace coffer::models
