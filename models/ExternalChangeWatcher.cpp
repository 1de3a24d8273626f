#include "models/ExternalChangeWatcher.h"

#include "core/vault/Vault.h"
#include "models/VaultSession.h"

namespace coffer::models {

ExternalChangeWatcher::ExternalChangeWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::check);
}

void ExternalChangeWatcher::setSession(VaultSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session)
        connect(m_session, &VaultSession::stateChanged, this, &ExternalChangeWatcher::restart);
    restart();
}

void ExternalChangeWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void ExternalChangeWatcher::restart()
{
    m_last = -1;
    if (!m_session || !m_session->vault()) {
        m_timer.stop();
        return;
    }
    if (auto counter = m_session->vault()->externalChangeCounter())
        m_last = *counter;
    m_timer.start();
}

void ExternalChangeWatcher::check()
{
    if (!m_session || !m_session->vault()) {
        m_timer.stop();
        return;
    }
    if (m_session->isBusy())
        return; // background work owns the Vault for now
    auto counter = m_session->vault()->externalChangeCounter();
    if (!counter || *counter == m_last)
        return;
    const bool first = m_last < 0;
    m_last = *counter;
    if (!first)
        Q_EMIT externalChange();
}

} // namespace coffer::models
