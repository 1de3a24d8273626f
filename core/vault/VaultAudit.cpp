#include "core/vault/VaultAudit.h"

#include "core/access/Engine.h"
#include "core/audit/AuditExport.h"
#include "core/audit/AzureAuditImport.h"
#include "core/audit/ImportedStore.h"
#include "core/vault/Meta.h"

namespace coffer {

using access::Operation;
using access::Resource;

namespace {
constexpr int kMaxRetentionDays = 3650;
} // namespace

VaultAudit::VaultAudit(access::Engine &engine, const audit::AuditKey &key, QString vaultId, QString vaultName)
    : m_engine(engine)
    , m_key(key)
    , m_vaultId(std::move(vaultId))
    , m_vaultName(std::move(vaultName))
{ }

Result<QList<audit::AuditRecord>> VaultAudit::list(const audit::AuditFilter &filter)
{
    return m_engine.run(Operation::AuditList, Resource::vault(),
                        [&] { return audit::AuditLog::query(m_engine.database(), filter); });
}

Result<qint64> VaultAudit::count(const audit::AuditFilter &filter)
{
    return m_engine.run(Operation::AuditList, Resource::vault(),
                        [&] { return audit::AuditLog::count(m_engine.database(), filter); });
}

Result<audit::AuditStats> VaultAudit::stats(const audit::AuditFilter &filter)
{
    return m_engine.run(Operation::AuditList, Resource::vault(),
                        [&] { return audit::AuditLog::stats(m_engine.database(), filter); });
}

Result<QByteArray> VaultAudit::exportJsonLines(const audit::AuditFilter &filter)
{
    return m_engine.run(Operation::AuditExport, Resource::vault(), [&]() -> Result<QByteArray> {
        audit::ExportOptions options {filter, m_vaultId, m_vaultName, m_engine.clock().now()};
        return audit::exportJsonLines(m_engine.database(), m_engine.auditLog(), m_key, options);
    });
}

Result<void> VaultAudit::exportJsonLines(const audit::AuditFilter &filter, QIODevice &out)
{
    return m_engine.run(Operation::AuditExport, Resource::vault(), [&]() -> Result<void> {
        audit::ExportOptions options {filter, m_vaultId, m_vaultName, m_engine.clock().now()};
        return audit::exportJsonLines(m_engine.database(), m_engine.auditLog(), m_key, options, out);
    });
}

Result<audit::VerifyReport> VaultAudit::verify()
{
    return m_engine.run(Operation::AuditVerify, Resource::vault(),
                        [&] { return m_engine.auditLog().verify(m_engine.database(), m_key.publicKey()); });
}

Result<int> VaultAudit::retentionDays()
{
    return m_engine.run(Operation::VaultGet, Resource::vault(), [&]() -> Result<int> {
        auto value = meta::get(m_engine.database(), "audit_retention_days");
        if (!value)
            return value.error().code() == ErrorCode::NotFound ? Result<int>(0) : Result<int>(value.error());
        return value->toInt();
    });
}

Result<void> VaultAudit::setRetentionDays(int days)
{
    if (days < 0 || days > kMaxRetentionDays)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("audit retention must be 0 (keep everything) to %1 days, not %2")
                             .arg(kMaxRetentionDays)
                             .arg(days));
    return m_engine.run(Operation::AuditSetRetention, Resource::vault(), [&]() -> Result<void> {
        m_engine.noteDetail(QStringLiteral("retentionDays"), days);
        return meta::set(m_engine.database(), "audit_retention_days", QString::number(days));
    });
}

Result<qint64> VaultAudit::pruneExpired()
{
    storage::Database &db = m_engine.database();
    auto days = meta::get(db, "audit_retention_days");
    if (!days || days->toInt() <= 0)
        return 0;
    const QDateTime now = m_engine.clock().now();
    const QDateTime before = now.addDays(-days->toInt());
    // Only when there is something to remove: pruning verifies the whole log first.
    audit::AuditFilter older;
    older.to = before;
    older.limit = 1;
    auto any = audit::AuditLog::count(db, older);
    if (!any)
        return any.error();
    if (*any == 0)
        return 0;
    storage::Transaction tx(db);
    COFFER_TRY(tx.begin());
    auto pruned = m_engine.auditLog().prune(db, before, m_key, now);
    if (!pruned)
        return pruned.error();
    COFFER_TRY(tx.commit());
    return pruned->removed;
}

Result<audit::ImportSummary> VaultAudit::importAzure(QByteArrayView json, const QString &sourceName)
{
    QStringList skipped;
    auto events = audit::parseAzureAuditEvents(json, sourceName, &skipped);
    if (!events)
        return events.error();
    return m_engine.run(Operation::AuditImport, Resource::vault(), [&]() -> Result<audit::ImportSummary> {
        auto summary = audit::ImportedStore::store(m_engine.database(), *events);
        if (!summary)
            return summary.error();
        summary->skipped = skipped + summary->skipped;
        m_engine.noteDetail(QStringLiteral("source"), sourceName);
        m_engine.noteDetail(QStringLiteral("added"), summary->added);
        return summary;
    });
}

Result<QList<audit::ImportedEvent>> VaultAudit::imported(const audit::ImportedFilter &filter)
{
    return m_engine.run(Operation::AuditList, Resource::vault(),
                        [&] { return audit::ImportedStore::query(m_engine.database(), filter); });
}

} // namespace coffer

namespace coffer::audit {
VerifyReport verifyExportFile(QByteArrayView bytes, QByteArrayView expectedPublicKey)
{
    return verifyExport(bytes, expectedPublicKey);
}
} // namespace coffer::audit
