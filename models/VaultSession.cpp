#include "models/VaultSession.h"

#include "core/access/AccessControl.h"
#include "core/audit/AuditService.h"
#include "core/vault/Vault.h"
#include "models/ErrorText.h"
#include "models/UnlockJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

#include <algorithm>

namespace coffer::models {

VaultSession::VaultSession(const QString &path, const Services &services, QObject *parent)
    : QObject(parent)
    , m_path(normalizedPath(path))
    , m_services(services)
{ }

VaultSession::~VaultSession()
{
    if (m_job) {
        m_job->disconnect(this); // no signals from a session being destroyed
        m_job->cancel();
    }
    if (m_busy)
        m_work.waitForFinished(); // the worker uses m_vault: it must end before the Vault is destroyed
}

QString VaultSession::normalizedPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString VaultSession::displayName() const
{
    if (!m_name.isEmpty())
        return m_name;
    QString base = QFileInfo(m_path).fileName();
    if (base.endsWith(u".coffer"))
        base.chop(7);
    return base;
}

bool VaultSession::hasKeychainSlot() const
{
    const QList<KeyslotInfo> slots = keyslots();
    return std::any_of(slots.cbegin(), slots.cend(),
                       [](const KeyslotInfo &s) { return s.type == KeyslotType::Keychain; });
}

QList<KeyslotInfo> VaultSession::keyslots() const
{
    return m_vault ? m_vault->keyslots() : m_headerKeyslots;
}

std::optional<VaultProperties> VaultSession::properties() const
{
    if (!m_vault)
        return std::nullopt;
    return m_vault->properties();
}

Result<void> VaultSession::inspect()
{
    auto summary = Vault::inspect(m_path);
    if (!summary) {
        setLastError(summary.error(), ErrorText::forCode(summary.error().code()));
        return summary.error();
    }
    m_name = summary->name;
    m_vaultId = summary->id;
    m_headerKeyslots = summary->keyslots;
    setLastError(std::nullopt, {});
    return {};
}

void VaultSession::unlock(Credential credential)
{
    if (m_state != VaultState::Locked)
        return;
    auto *job = new UnlockJob(m_path, std::move(credential), m_services, this);
    m_job = job;
    connect(job, &UnlockJob::finished, this, &VaultSession::onJobFinished);
    setState(VaultState::Unlocking);
    job->start();
}

void VaultSession::onJobFinished(const Result<void> &result)
{
    auto *job = qobject_cast<UnlockJob *>(sender());
    if (!job || job != m_job)
        return;
    m_job = nullptr;
    job->deleteLater();
    if (result) {
        m_vault = job->takeVault();
        tellCoreWhoCalls();
        // The header may have changed since it was last read (slots added by the CLI).
        m_name = m_vault->properties().name;
        m_vaultId = m_vault->properties().id;
        m_headerKeyslots = m_vault->keyslots();
        readPrincipal();
        setLastError(std::nullopt, {});
        setState(VaultState::Unlocked);
    } else {
        if (result.error().code() == ErrorCode::Cancelled)
            setLastError(std::nullopt, {});
        else
            setLastError(result.error(), ErrorText::forUnlock(result.error(), job->credentialKind()));
        setState(VaultState::Locked);
    }
    Q_EMIT unlockFinished(result);
}

void VaultSession::cancelUnlock()
{
    if (m_job)
        m_job->cancel(); // emits finished(Cancelled) → onJobFinished
}

void VaultSession::adopt(std::unique_ptr<Vault> vault)
{
    if (!vault)
        return;
    if (m_job)
        m_job->cancel();
    m_vault = std::move(vault);
    tellCoreWhoCalls();
    m_name = m_vault->properties().name;
    m_vaultId = m_vault->properties().id;
    m_headerKeyslots = m_vault->keyslots();
    readPrincipal();
    setLastError(std::nullopt, {});
    setState(VaultState::Unlocked);
}

void VaultSession::lock()
{
    if (m_job)
        m_job->cancel();
    if (!m_vault)
        return;
    if (m_busy) {
        m_lockPending = true; // the worker still uses the Vault: lock when it is done
        return;
    }
    m_vault.reset(); // ~Vault wipes the master key and closes the database
    m_principal.reset();
    setState(VaultState::Locked);
}

void VaultSession::tellCoreWhoCalls()
{
    // Written into every audit record this session makes.
    m_vault->setClientInfo(
            {QStringLiteral("console"), QCoreApplication::applicationPid(), QSysInfo::machineHostName()});
}

void VaultSession::readPrincipal()
{
    m_principal.reset();
    if (!m_vault)
        return;
    if (auto me = m_vault->access().me())
        m_principal = *me;
}

void VaultSession::notifyAccessChanged()
{
    if (m_busy)
        return;
    readPrincipal();
    if (m_vault)
        m_headerKeyslots = m_vault->keyslots();
    Q_EMIT accessChanged();
    Q_EMIT infoChanged();
}

bool VaultSession::beginBackgroundWork()
{
    if (!m_vault || m_busy)
        return false;
    m_busy = true;
    Q_EMIT busyChanged(true);
    return true;
}

void VaultSession::endBackgroundWork()
{
    if (!m_busy)
        return;
    m_busy = false;
    m_work = {};
    Q_EMIT busyChanged(false);
    if (m_lockPending) {
        m_lockPending = false;
        lock();
    }
}

void VaultSession::setState(VaultState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VaultSession::setLastError(const std::optional<Error> &error, const QString &text)
{
    m_lastErrorCode = error ? std::optional<ErrorCode>(error->code()) : std::nullopt;
    m_lastErrorText = text;
    Q_EMIT infoChanged();
}

} // namespace coffer::models
