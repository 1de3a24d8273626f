#pragma once

#include "core/access/Authorizer.h"
#include "core/access/Decision.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditRecord.h"
#include "core/audit/AuditService.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <array>
#include <memory>
#include <optional>

namespace coffer::audit {
class AuditKey;
}

namespace coffer::access {

// The one choke point every engine operation passes. run() asks the authorizer, for the session's principal, before
// the operation's body runs, inside one write transaction; then it appends the operation's audit record in that
// same transaction and commits. A denial is recorded (Forbidden) and nothing else is done; a failure rolls the
// operation back and records the failure; if the record cannot be written, the operation fails.
class Engine
{
public:
    Engine(storage::Database &db, const Clock &clock, QString principalId, QString vaultName);
    ~Engine();

    const QString &principalId() const { return m_principalId; }
    storage::Database &database() { return m_db; }
    const Clock &clock() const { return m_clock; }

    // Audit set-up (Vault): the signing key (outliving the engine's use of it) and who is calling.
    void setAuditKey(const audit::AuditKey *key);
    void setClientInfo(const audit::ClientInfo &client) { m_client = client; }
    audit::AuditLog &auditLog() { return m_log; }

    // The decision for the session's principal; never an error, never recorded (enabling console actions).
    Decision decide(Operation operation, const Resource &resource);
    // A check ahead of slow work (key derivation) that run() will repeat: a denial is recorded and returned as
    // Forbidden with the decision's explanation. Inside run() it checks one item of a batch and records it.
    Result<void> authorize(Operation operation, const Resource &resource);

    // Authorizes, runs `body` and records the outcome, all in one write transaction (see the class comment).
    // Inside another run() it only checks and records, in the outer transaction.
    template<typename F>
    auto run(Operation operation, const Resource &resource, F &&body) -> decltype(body())
    {
        if (m_depth > 0) {
            COFFER_TRY(authorize(operation, resource));
            return body();
        }
        COFFER_TRY(begin(operation, resource));
        ++m_depth;
        auto result = body();
        --m_depth;
        if (!result) {
            finishFailed(result.error());
            return result;
        }
        COFFER_TRY(finishOk());
        return result;
    }

    // Runs `body` (which may call run() or fail before it) and records its failure as `operation` when nothing
    // was recorded for it: errors found before an operation starts (an unknown name, a malformed permission)
    // are recorded too.
    template<typename F>
    auto guard(Operation operation, const Resource &resource, F &&body) -> decltype(body())
    {
        if (m_depth > 0)
            return body();
        const qint64 before = m_records;
        auto result = body();
        if (!result && m_records == before)
            recordFailure(operation, resource, result.error());
        return result;
    }
    void recordFailure(Operation operation, const Resource &resource, const Error &error);

    // Runs `body` as the vault's system principal (access::store::bootstrapSystem): every check inside it is made
    // for that principal, not the session's, and every record it writes names it, with the details
    // {"initiatedBy": "schedule", "triggeredBy": <the session's principal id>}. Scheduled rotations, renewals and
    // notices run this way (Vault::runDue), so they pass the choke point like any operation and the access
    // settings decide them: removing the system principal's roles (or policy) stops them, each refusal recorded.
    // Forbidden when the vault has no system principal any more (deleted by an administrator).
    template<typename F>
    auto runAsSystem(F &&body) -> decltype(body())
    {
        COFFER_TRY(enterSystem());
        auto result = body();
        leaveSystem();
        return result;
    }
    bool actingAsSystem() const { return m_systemDepth > 0; }
    // Who unlocked the vault, also while acting as the system principal.
    const QString &sessionPrincipalId() const { return m_systemDepth > 0 ? m_sessionPrincipalId : m_principalId; }
    // The system principal's id (meta), or NotFound.
    Result<QString> systemPrincipalId();

    // Records an operation the vault performed by itself while this principal had it open (a due purge at open).
    Result<void> recordSystem(Operation operation, const Resource &resource, const QString &reason);

    // Like run(), for a batch whose body authorizes each item itself (authorize() inside it): the batch as a whole
    // is not checked at `resource`, only recorded there, with one record per item besides.
    template<typename F>
    auto runBatch(Operation operation, const Resource &resource, F &&body) -> decltype(body())
    {
        m_checkItemsOnly = true;
        return run(operation, resource, std::forward<F>(body));
    }

    // For the running operation's record: the object's version, and details (never secret values).
    void noteVersion(const QString &version) { m_current.version = version; }
    void noteDetail(const QString &key, const QJsonValue &value) { m_current.details.insert(key, value); }

    // The access state as stored now (reloaded when this or another connection changed it).
    Result<const AccessState *> state();
    // Call after writing the access tables on this connection.
    void invalidate() { m_stateVersion = -1; }

    // Changes made by other connections to the vault's content (audit records do not count), for the console's
    // refresh: it goes up with every committed change by anyone, minus this engine's own.
    Result<qint64> externalChangeCounter();
    // Signs the audit log's head (lock, close).
    Result<void> checkpoint();

private:
    struct Current
    {
        Operation operation = Operation::Count;
        Resource resource;
        QString version;
        QJsonObject details;
        QString correlationId;
        QElapsedTimer timer;
    };
    Result<void> begin(Operation operation, const Resource &resource);
    Result<void> enterSystem();
    void leaveSystem();
    // The Forbidden error for a denial, logged (operation, scope, principal id: no values).
    Error denied(const Decision &decision) const;
    Result<void> finishOk();
    void finishFailed(const Error &error);
    Result<void> append(Operation operation, const Resource &resource, const std::optional<Error> &error,
                        const QString &version, const QJsonObject &details);
    QString targetOf(const Resource &resource, const QString &version) const;

    storage::Database &m_db;
    const Clock &m_clock;
    QString m_principalId;
    QString m_vaultName;
    std::unique_ptr<AccessState> m_state;
    qint64 m_stateVersion = -1;
    // Per data operation, whether the session's principal may perform it everywhere in the vault (a grant at "/"
    // or, with access policies, its policy): -1 not yet known. Such checks then cost one comparison; the rest
    // take the authorizer's full path. Cleared whenever the state is read again.
    std::array<qint8, std::size_t(Operation::Count)> m_vaultWide {};

    audit::AuditLog m_log;
    audit::ClientInfo m_client;
    Current m_current;
    std::optional<storage::Transaction> m_tx;
    int m_depth = 0;
    bool m_checkItemsOnly = false;
    qint64 m_ownChanges = 0;
    qint64 m_records = 0; // records this engine appended (guard())
    QString m_sessionPrincipalId; // while acting as the system principal: the session's own
    int m_systemDepth = 0;
};

} // namespace coffer::access
