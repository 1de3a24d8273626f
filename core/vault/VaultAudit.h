#pragma once

#include "core/audit/AuditKey.h"
#include "core/audit/AuditService.h"

namespace coffer::access {
class Engine;
}

namespace coffer {

// Vault::audit(): the vault's log through the engine (every call checked and itself recorded). Core-internal.
class VaultAudit : public audit::AuditService
{
public:
    VaultAudit(access::Engine &engine, const audit::AuditKey &key, QString vaultId, QString vaultName);

    Result<QList<audit::AuditRecord>> list(const audit::AuditFilter &filter) override;
    Result<qint64> count(const audit::AuditFilter &filter) override;
    Result<audit::AuditStats> stats(const audit::AuditFilter &filter) override;
    Result<QByteArray> exportJsonLines(const audit::AuditFilter &filter) override;
    Result<void> exportJsonLines(const audit::AuditFilter &filter, QIODevice &out) override;
    Result<audit::VerifyReport> verify() override;
    QByteArray publicKey() const override { return m_key.publicKey(); }
    QString keyId() const override { return m_key.keyId(); }
    Result<int> retentionDays() override;
    Result<void> setRetentionDays(int days) override;
    Result<audit::ImportSummary> importAzure(QByteArrayView json, const QString &sourceName) override;
    Result<QList<audit::ImportedEvent>> imported(const audit::ImportedFilter &filter) override;

    // Removes records older than the retention period (leaving a signed anchor) when there are any. For open().
    Result<qint64> pruneExpired();

private:
    access::Engine &m_engine;
    const audit::AuditKey &m_key;
    QString m_vaultId;
    QString m_vaultName;
};

} // namespace coffer
