#pragma once

#include "core/audit/ImportedEvent.h"
#include "core/common/Result.h"

#include <QList>
#include <QStringList>

namespace coffer::storage {
class Database;
}

namespace coffer::audit {

// Imported Azure Key Vault AuditEvent records in vault.db, read-only once stored and never part of the vault's own
// audit chain.
//
// Table audit_imported: id INTEGER PRIMARY KEY, source, time (ms since the epoch, UTC), vault_name, operation,
// result_type, http_status, duration_ms, caller_ip, correlation_id, identity (upn, else appid, else object id),
// target (properties.id), raw (the record as compact JSON with sorted members), fingerprint (SHA-256 of raw, UNIQUE).
// The fingerprint makes a re-import of the same records add nothing, whatever file or source name they come in
// under, while two distinct events never merge (Azure often logs an empty correlationId, and two calls by the same
// caller on the same object can share a millisecond).
class ImportedStore
{
public:
    ImportedStore() = delete;

    // CREATE TABLE/INDEX IF NOT EXISTS: for a schema migration step.
    static Result<void> createTables(storage::Database &db);

    // INSERT OR IGNORE of every event, inside the caller's transaction (Internal error when there is none).
    // Returns read = events.size(), added, duplicates (already stored, or repeated within `events`); skipped is left
    // empty for the caller to fill from parseAzureAuditEvents.
    static Result<ImportSummary> store(storage::Database &db, const QList<ImportedEvent> &events);

    // Oldest first (time, then import order). from inclusive, to exclusive, either may be invalid (open);
    // operations empty: all; source empty: all; limit < 0: no limit. Events are rebuilt from `raw`, so every field of
    // ImportedEvent is as parsed at import. Corrupted when a stored record cannot be read back.
    static Result<QList<ImportedEvent>> query(storage::Database &db, const ImportedFilter &filter);

    // Distinct source names, sorted.
    static Result<QStringList> sources(storage::Database &db);
};

} // namespace coffer::audit
