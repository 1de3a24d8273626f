#include "core/access/Engine.h"

#include "core/access/AccessStore.h"
#include "core/common/Log.h"

namespace coffer::access {

Engine::Engine(storage::Database &db, const Clock &clock, QString principalId)
    : m_db(db)
    , m_clock(clock)
    , m_principalId(std::move(principalId))
{ }

Engine::~Engine() = default;

bool Engine::changesAccess(Operation operation)
{
    // Access operations write the access tables; purges drop grants scoped to the purged object.
    const OperationInfo &info = operationInfo(operation);
    return info.family == OperationFamily::Access || operation == Operation::VaultSetPermissionModel
            || info.name.endsWith(u"Purge");
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
    return Authorizer(**current).decide(m_principalId, operation, resource);
}

Result<void> Engine::authorize(Operation operation, const Resource &resource)
{
    auto current = state();
    if (!current)
        return current.error();
    // Data operations carry no conditions, and a grant for the whole vault covers every scope: answer those from
    // the per-operation flag (the common case: a get or set by someone allowed vault-wide).
    const std::size_t index = std::size_t(operation);
    if (index < m_vaultWide.size() && operationInfo(operation).dataPlane) {
        if (m_vaultWide[index] < 0)
            m_vaultWide[index]
                    = Authorizer(**current).decide(m_principalId, operation, Resource::vault()).allowed ? 1 : 0;
        if (m_vaultWide[index] == 1)
            return {};
    }
    const Decision decision = Authorizer(**current).decide(m_principalId, operation, resource);
    if (decision.allowed)
        return {};
    qCInfo(lcVault) << "denied" << operationInfo(operation).name << "on" << decision.resource << "to" << m_principalId;
    return Error(ErrorCode::Forbidden, decision.explanation());
}

} // namespace coffer::access
