#pragma once

#include "core/access/Authorizer.h"
#include "core/access/Decision.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <array>
#include <memory>

namespace coffer::access {

// The one choke point every engine operation passes: it asks the authorizer, for the session's principal, before
// the operation's body runs; writes run in one transaction with the check inside it, so a grant revoked by another
// process a moment earlier is seen. (The audit record of issue 5 is written here too.)
class Engine
{
public:
    Engine(storage::Database &db, const Clock &clock, QString principalId);
    ~Engine();

    const QString &principalId() const { return m_principalId; }
    storage::Database &database() { return m_db; }
    const Clock &clock() const { return m_clock; }

    // The decision for the session's principal; never an error (a state that cannot be read denies).
    Decision decide(Operation operation, const Resource &resource);
    // Forbidden, with the decision's explanation, when denied.
    Result<void> authorize(Operation operation, const Resource &resource);

    // Authorizes, then runs `body`. Writing operations run inside one write transaction (begun here unless the
    // caller holds one), committed when `body` succeeds and rolled back otherwise.
    template<typename F>
    auto run(Operation operation, const Resource &resource, F &&body) -> decltype(body())
    {
        if (!operationInfo(operation).writes || m_db.inTransaction()) {
            COFFER_TRY(authorize(operation, resource));
            return body();
        }
        storage::Transaction tx(m_db);
        COFFER_TRY(tx.begin());
        COFFER_TRY(authorize(operation, resource));
        auto result = body();
        // A rolled-back change, or one that touched the access tables on this connection, is not seen through
        // data_version: read the state afresh next time.
        if (!result || changesAccess(operation))
            invalidate();
        if (!result)
            return result;
        COFFER_TRY(tx.commit());
        return result;
    }

    // The access state as stored now (reloaded when this or another connection changed it).
    Result<const AccessState *> state();
    // Call after writing the access tables on this connection.
    void invalidate() { m_stateVersion = -1; }

private:
    static bool changesAccess(Operation operation);
    storage::Database &m_db;
    const Clock &m_clock;
    QString m_principalId;
    std::unique_ptr<AccessState> m_state;
    qint64 m_stateVersion = -1;
    // Per data operation, whether the session's principal may perform it everywhere in the vault (a grant at "/"
    // or, with access policies, its policy): -1 not yet known. Such checks then cost one comparison; the rest
    // take the authorizer's full path. Cleared whenever the state is read again.
    std::array<qint8, std::size_t(Operation::Count)> m_vaultWide {};
};

} // namespace coffer::access
