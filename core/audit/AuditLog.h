#pragma once

#include "core/audit/AuditFilter.h"
#include "core/audit/AuditRecord.h"
#include "core/audit/Checkpoint.h"
#include "core/audit/VerifyReport.h"
#include "core/common/Result.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace coffer::storage {
class Database;
}

namespace coffer::audit {

class AuditKey;

// The last record of the log (or, when a prune removed them all, the prune anchor; or the genesis state).
struct AuditHead
{
    qint64 sequence = 0; // 0: empty log
    QByteArray hash; // the next record's previous hash
    qint64 lastCheckpoint = 0; // sequence of the newest checkpoint or anchor, 0 when none
};

struct AuditStats
{
    struct Count
    {
        QString key; // operation name, or principal id
        QString label; // principal name (perPrincipal only)
        qint64 count = 0;
    };
    struct Day
    {
        QDate date; // UTC day
        std::array<qint64, 5> perResult {}; // indexed by AuditResult
        qint64 total() const;
    };
    qint64 total = 0;
    std::array<qint64, 5> perResult {}; // indexed by AuditResult
    QList<Count> perOperation; // most frequent first, then by name
    QList<Count> perPrincipal; // most frequent first
    QList<Day> perDay; // oldest first; days without records are absent
};

struct PruneResult
{
    qint64 removed = 0;
    std::optional<Checkpoint> anchor; // the signed anchor at the last removed record (none when nothing was removed)
};

// The vault's audit log in vault.db: a hash chain of records with signed checkpoints.
//
// Tables (createTables): audit_records (seq INTEGER PRIMARY KEY, one row per record, details as canonical JSON text,
// prev_hash and hash as 32-byte blobs) and audit_checkpoints (sequence INTEGER PRIMARY KEY, kind 'checkpoint' or
// 'anchor', time, head hash, key id, signature).
//
// Pruning: prune() removes the oldest records up to some sequence S and leaves one signed *anchor* at S: a checkpoint
// of kind Anchor whose head hash is record S's hash, which is the previous hash of the new first record S+1. The
// anchor's signed bytes say "anchor", so an ordinary checkpoint cannot pass for one: removing the head of the log
// without the audit key shows as "records 1-S are missing".
//
// Writers (append, checkpoint, maybeCheckpoint, prune) run inside the caller's transaction and never begin one: the
// record is written with the operation it describes, and rolled back with it.
class AuditLog
{
public:
    static constexpr qint64 defaultCheckpointInterval = 1000;

    explicit AuditLog(qint64 checkpointInterval = defaultCheckpointInterval);

    // CREATE TABLE/INDEX IF NOT EXISTS: for a schema migration step.
    static Result<void> createTables(storage::Database &db);

    // With a signing key, append() also writes the checkpoint that falls due (maybeCheckpoint with the record's time),
    // so there is never more than checkpointInterval() records between checkpoints. The key must outlive its use.
    void setSigningKey(const AuditKey *key) { m_key = key; }
    const AuditKey *signingKey() const { return m_key; }
    qint64 checkpointInterval() const { return m_interval; }

    // Validates the record, assigns sequence, previousHash and hash from the head, normalises the time to UTC ms and
    // inserts it. Cost: one primary-key lookup and one INSERT (plus, once per interval, a signature and an INSERT).
    Result<void> append(storage::Database &db, AuditRecord &record);
    // Signs the head unless it is already checkpointed (or the log is empty): nullopt then. For lock and close.
    Result<std::optional<Checkpoint>> checkpoint(storage::Database &db, const AuditKey &key, const QDateTime &time);
    // Signs the head when checkpointInterval() records or more are not yet covered.
    Result<std::optional<Checkpoint>> maybeCheckpoint(storage::Database &db, const AuditKey &key,
                                                      const QDateTime &time);
    // Verifies the whole log first (refuses with Corrupted when it fails), then removes every record before the first
    // record at or after `before` and leaves a signed anchor (see above).
    Result<PruneResult> prune(storage::Database &db, const QDateTime &before, const AuditKey &key,
                              const QDateTime &now);

    // Recomputes every hash, checks the sequence, the links, every checkpoint's signature and that no more than
    // checkpointInterval() records go without one. Records after the last checkpoint are a warning, not a failure,
    // unless there are checkpointInterval() or more of them (a checkpoint was removed).
    Result<VerifyReport> verify(storage::Database &db, QByteArrayView publicKey) const;

    static Result<AuditHead> head(storage::Database &db);
    // Records matching the filter, in sequence order (newestFirst: descending), limit/offset applied.
    static Result<QList<AuditRecord>> query(storage::Database &db, const AuditFilter &filter);
    static Result<qint64> count(storage::Database &db, const AuditFilter &filter);
    // Counts per operation, principal, result and UTC day of the records matching the filter (limit/offset ignored).
    static Result<AuditStats> stats(storage::Database &db, const AuditFilter &filter = {});
    // Checkpoints (and the anchor) with fromSequence <= sequence <= toSequence (0: open), in sequence order.
    static Result<QList<Checkpoint>> checkpoints(storage::Database &db, qint64 fromSequence = 0, qint64 toSequence = 0);

private:
    Result<void> insertCheckpoint(storage::Database &db, const Checkpoint &checkpoint);
    qint64 m_interval;
    const AuditKey *m_key = nullptr;
};

} // namespace coffer::audit
