#include "core/access/Engine.h"

#include "core/access/AccessStore.h"
#include "core/audit/AuditKey.h"
#include "core/common/Ids.h"
#include "core/common/Log.h"
#include "core/vault/Meta.h"

#include <utility>

namespace coffer::access {

Engine::Engine(storage::Database &db, const Clock &clock, QString principalId, QString vaultName)
    : m_db(db)
    , m_clock(clock)
    , m_principalId(std::move(principalId))
    , m_vaultName(std::move(vaultName))
{ }

Engine::~Engine() = default;

void Engine::setAuditKey(const audit::AuditKey *key)
{
    m_log.setSigningKey(key);
}

Result<const AccessState *> Engine::state()
{
    // PRAGMA data_version changes when another connection commits; this connection's own access writes call
    // invalidate(). Inside a write transaction the value is current, so a check made there sees every commit.
    auto stmt = m_db.cached("PRAGMA data_version");
    if (!stmt)
        return stmt.error();
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const qint64 version = *row ? (*stmt)->int64(0) : 0;
    (*stmt)->reset();
    if (!m_state || version != m_stateVersion) {
        auto loaded = store::load(m_db);
        if (!loaded)
            return loaded.error();
        m_state = std::make_unique<AccessState>(std::move(*loaded));
        m_stateVersion = version;
        m_vaultWide.fill(-1);
    }
    return m_state.get();
}

Decision Engine::decide(Operation operation, const Resource &resource)
{
    auto current = state();
    if (!current) {
        Decision d;
        d.operation = operation;
        d.principalId = m_principalId;
        d.resource = resource.scope.toString();
        d.denialDetail
                = QStringLiteral("the vault's access settings could not be read (%1)").arg(current.error().toString());
        return d;
    }
    // Data operations carry no conditions, and a grant for the whole vault covers every scope: answer those from
    // the per-operation flag (the common case: a get or set by someone allowed vault-wide).
    const std::size_t index = std::size_t(operation);
    if (index < m_vaultWide.size() && operationInfo(operation).dataPlane) {
        if (m_vaultWide[index] < 0)
            m_vaultWide[index]
                    = Authorizer(**current).decide(m_principalId, operation, Resource::vault()).allowed ? 1 : 0;
        if (m_vaultWide[index] == 1) {
            Decision d;
            d.allowed = true;
            d.operation = operation;
            d.principalId = m_principalId;
            return d;
        }
    }
    return Authorizer(**current).decide(m_principalId, operation, resource);
}

Error Engine::denied(const Decision &decision) const
{
    qCInfo(lcVault) << "denied" << operationInfo(decision.operation).name << "on" << decision.resource << "to"
                    << m_principalId;
    return Error(ErrorCode::Forbidden, decision.explanation());
}

Result<void> Engine::authorize(Operation operation, const Resource &resource)
{
    const Decision decision = decide(operation, resource);
    if (m_depth > 0) {
        // One item of a batch inside run(): its own record, in the outer transaction.
        if (!decision.allowed)
            return denied(decision);
        return append(operation, resource, std::nullopt, {}, {});
    }
    if (decision.allowed)
        return {};
    const Error error = denied(decision);
    recordFailure(operation, resource, error); // its own transaction (a caller's transaction records it itself)
    return error;
}

Result<void> Engine::begin(Operation operation, const Resource &resource)
{
    if (m_db.inTransaction()) {
        m_checkItemsOnly = false;
        return Error(
                ErrorCode::Internal,
                QStringLiteral("operation %1 started inside another transaction").arg(operationInfo(operation).name));
    }
    m_current = Current();
    m_current.operation = operation;
    m_current.resource = resource;
    m_current.correlationId = ids::newUuid();
    m_current.timer.start();
    m_tx.emplace(m_db);
    if (auto began = m_tx->begin(); !began) {
        m_tx.reset();
        m_checkItemsOnly = false;
        return began.error();
    }
    const bool itemsOnly = std::exchange(m_checkItemsOnly, false);
    if (itemsOnly)
        return {};
    const Decision decision = decide(operation, resource);
    if (decision.allowed)
        return {};
    const Error error = denied(decision);
    auto recorded = append(operation, resource, error, {}, {});
    if (recorded)
        recorded = m_tx->commit();
    m_tx.reset();
    if (!recorded)
        return recorded.error();
    return error;
}

Result<void> Engine::finishOk()
{
    const Operation operation = m_current.operation;
    const bool writes = operationInfo(operation).writes;
    auto done = [&]() -> Result<void> {
        if (writes) {
            auto bump = m_db.cached("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_counter'");
            if (!bump)
                return bump.error();
            COFFER_TRY((*bump)->run());
        }
        COFFER_TRY(append(operation, m_current.resource, std::nullopt, m_current.version, m_current.details));
        return m_tx->commit();
    }();
    m_tx.reset(); // rolls back unless committed
    if (!done || operationInfo(operation).changesAccess)
        invalidate();
    if (!done)
        return done.error();
    if (writes)
        ++m_ownChanges;
    return {};
}

void Engine::finishFailed(const Error &error)
{
    m_tx.reset(); // the operation's changes are rolled back
    invalidate();
    storage::Transaction tx(m_db);
    auto recorded = tx.begin();
    if (recorded)
        recorded = append(m_current.operation, m_current.resource, error, m_current.version, m_current.details);
    if (recorded)
        recorded = tx.commit();
    if (!recorded)
        qCWarning(lcVault) << "the failure of" << operationInfo(m_current.operation).name
                           << "could not be recorded in the audit log:" << recorded.error().toString();
}

QString Engine::targetOf(const Resource &resource, const QString &version) const
{
    QString target = QStringLiteral("coffer://") + m_vaultName;
    if (resource.scope.level() != Scope::Level::Vault)
        target += resource.scope.toString();
    if (!version.isEmpty())
        target += u'/' + version;
    return target;
}

Result<void> Engine::append(Operation operation, const Resource &resource, const std::optional<Error> &error,
                            const QString &version, const QJsonObject &details)
{
    const OperationInfo &info = operationInfo(operation);
    audit::AuditRecord record;
    record.time = m_clock.now();
    record.principalId = m_principalId;
    if (m_state)
        if (const Principal *p = m_state->principal(m_principalId))
            record.principalName = p->name;
    record.operation = info.auditName.isEmpty() ? QStringLiteral("Unknown") : info.auditName;
    record.target = targetOf(resource, version);
    if (error)
        record.setError(*error);
    record.client = m_client.client;
    record.processId = m_client.processId;
    record.host = m_client.host;
    record.correlationId = m_current.correlationId.isEmpty() ? ids::newUuid() : m_current.correlationId;
    record.durationMicros = m_current.timer.isValid() ? m_current.timer.nsecsElapsed() / 1000 : 0;
    QJsonObject d = details;
    if (m_systemDepth > 0) {
        d.insert(QStringLiteral("initiatedBy"), QStringLiteral("schedule"));
        d.insert(QStringLiteral("triggeredBy"), m_sessionPrincipalId);
    }
    if (info.auditName != info.name)
        d.insert(QStringLiteral("operation"), info.name);
    if (!resource.targetPrincipalId.isEmpty())
        d.insert(QStringLiteral("principalId"), resource.targetPrincipalId);
    if (!resource.roleId.isEmpty())
        d.insert(QStringLiteral("roleDefinitionId"), resource.roleId);
    if (info.family == OperationFamily::Access && resource.scope.level() != Scope::Level::Vault)
        d.insert(QStringLiteral("scope"), resource.scope.toString());
    if (error)
        d.insert(QStringLiteral("error"), error->context().left(1000));
    record.details = d;
    COFFER_TRY(m_log.append(m_db, record));
    ++m_records;
    return {};
}

void Engine::recordFailure(Operation operation, const Resource &resource, const Error &error)
{
    if (m_db.inTransaction())
        return; // a caller's transaction: its own operation records the outcome
    m_current = Current();
    m_current.correlationId = ids::newUuid();
    storage::Transaction tx(m_db);
    auto recorded = tx.begin();
    if (recorded)
        recorded = append(operation, resource, error, {}, {});
    if (recorded)
        recorded = tx.commit();
    if (!recorded)
        qCWarning(lcVault) << "the failure of" << operationInfo(operation).name
                           << "could not be recorded in the audit log:" << recorded.error().toString();
}

Result<void> Engine::recordSystem(Operation operation, const Resource &resource, const QString &reason)
{
    storage::Transaction tx(m_db);
    COFFER_TRY(tx.begin());
    m_current = Current();
    m_current.correlationId = ids::newUuid();
    COFFER_TRY(append(operation, resource, std::nullopt, {},
                      QJsonObject {{QStringLiteral("initiatedBy"), QStringLiteral("vault")},
                                   {QStringLiteral("reason"), reason}}));
    return tx.commit();
}

Result<QString> Engine::systemPrincipalId()
{
    return meta::get(m_db, meta::kSystemPrincipalId);
}

Result<void> Engine::enterSystem()
{
    if (m_systemDepth > 0) {
        ++m_systemDepth;
        return {};
    }
    auto id = systemPrincipalId();
    if (!id && id.error().code() != ErrorCode::NotFound)
        return id.error();
    auto current = state();
    if (!current)
        return current.error();
    if (!id || !(*current)->principal(*id))
        return Error(ErrorCode::Forbidden,
                     QStringLiteral("scheduled actions are off: the vault's system principal (%1) was deleted; "
                                    "rotate, renew and notify by hand, or restore the vault from a backup")
                             .arg(QLatin1StringView(store::kSystemPrincipalName)));
    m_sessionPrincipalId = m_principalId;
    m_principalId = *id;
    m_vaultWide.fill(-1);
    m_systemDepth = 1;
    return {};
}

void Engine::leaveSystem()
{
    if (m_systemDepth == 0 || --m_systemDepth > 0)
        return;
    m_principalId = m_sessionPrincipalId;
    m_sessionPrincipalId.clear();
    m_vaultWide.fill(-1);
}

Result<qint64> Engine::externalChangeCounter()
{
    auto stmt = m_db.cached("SELECT value FROM meta WHERE key = 'change_counter'");
    if (!stmt)
        return stmt.error();
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const qint64 value = *row ? (*stmt)->text(0).toLongLong() : 0;
    (*stmt)->reset();
    return value - m_ownChanges;
}

Result<void> Engine::checkpoint()
{
    if (!m_log.signingKey())
        return {};
    storage::Transaction tx(m_db);
    COFFER_TRY(tx.begin());
    auto made = m_log.checkpoint(m_db, *m_log.signingKey(), m_clock.now());
    if (!made)
        return made.error();
    return tx.commit();
}

} // namespace coffer::access
