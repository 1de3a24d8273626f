#include "core/audit/AuditLog.h"

#include "core/audit/AuditKey.h"
#include "core/audit/AuditSql.h"
#include "core/audit/CanonicalJson.h"
#include "core/storage/Database.h"

#include <QJsonDocument>

namespace coffer::audit {

using storage::Database;
using storage::Statement;

namespace {

constexpr qint64 msPerDay = 86400000;

Error notInTransaction(const char *what)
{
    return Error(ErrorCode::Internal,
                 QStringLiteral("audit: %1 must run inside the caller's transaction").arg(QLatin1StringView(what)));
}

QString kindName(Checkpoint::Kind kind)
{
    return kind == Checkpoint::Kind::Head ? QStringLiteral("checkpoint") : QStringLiteral("anchor");
}

} // namespace

namespace detail {

void RawRecord::read(const Statement &row, int c)
{
    // Column order: COFFER_AUDIT_RECORD_COLUMNS.
    static const int stringColumns[10] = {8, 11, 13, 7, 10, 4, 2, 3, 6, 5};
    for (int i = 0; i < 10; ++i)
        strings[i] = row.blob(c + stringColumns[i]);
    previousHash = row.blob(c + 14);
    hash = row.blob(c + 15);
    view.sequence = row.int64(c);
    view.timeMs = row.int64(c + 1);
    view.processId = row.int64(c + 9);
    view.durationMicros = row.int64(c + 12);
    QByteArrayView *fields[10]
            = {&view.client,    &view.correlationId, &view.details,       &view.errorCode, &view.host,
               &view.operation, &view.principalId,   &view.principalName, &view.result,    &view.target};
    for (int i = 0; i < 10; ++i)
        *fields[i] = strings[i];
    view.previousHash = previousHash;
}

AuditRecord readRecord(const Statement &row, int c)
{
    AuditRecord r;
    r.sequence = row.int64(c);
    r.time = QDateTime::fromMSecsSinceEpoch(row.int64(c + 1), Qt::UTC);
    r.principalId = row.text(c + 2);
    r.principalName = row.text(c + 3);
    r.operation = row.text(c + 4);
    r.target = row.text(c + 5);
    r.result = auditResultFromName(row.text(c + 6)).value_or(AuditResult::Failed);
    r.errorCode = row.text(c + 7);
    r.client = row.text(c + 8);
    r.processId = row.int64(c + 9);
    r.host = row.text(c + 10);
    r.correlationId = row.text(c + 11);
    r.durationMicros = row.int64(c + 12);
    r.details = QJsonDocument::fromJson(row.blob(c + 13)).object();
    r.previousHash = row.blob(c + 14);
    r.hash = row.blob(c + 15);
    return r;
}

Checkpoint readCheckpoint(const Statement &row, int c)
{
    Checkpoint cp;
    cp.sequence = row.int64(c);
    cp.kind = row.text(c + 1) == QLatin1StringView("anchor") ? Checkpoint::Kind::Anchor : Checkpoint::Kind::Head;
    cp.time = QDateTime::fromMSecsSinceEpoch(row.int64(c + 2), Qt::UTC);
    cp.headHash = row.blob(c + 3);
    cp.keyId = row.text(c + 4);
    cp.signature = row.blob(c + 5);
    return cp;
}

} // namespace detail

qint64 AuditStats::Day::total() const
{
    qint64 sum = 0;
    for (qint64 n : perResult)
        sum += n;
    return sum;
}

AuditLog::AuditLog(qint64 checkpointInterval)
    : m_interval(checkpointInterval > 0 ? checkpointInterval : defaultCheckpointInterval)
{ }

Result<void> AuditLog::createTables(Database &db)
{
    return db.exec("CREATE TABLE IF NOT EXISTS audit_records ("
                   " seq INTEGER PRIMARY KEY,"
                   " time_ms INTEGER NOT NULL,"
                   " principal_id TEXT NOT NULL,"
                   " principal_name TEXT NOT NULL,"
                   " operation TEXT NOT NULL,"
                   " target TEXT NOT NULL,"
                   " result TEXT NOT NULL,"
                   " error_code TEXT NOT NULL,"
                   " client TEXT NOT NULL,"
                   " process_id INTEGER NOT NULL,"
                   " host TEXT NOT NULL,"
                   " correlation_id TEXT NOT NULL,"
                   " duration_us INTEGER NOT NULL,"
                   " details TEXT NOT NULL,"
                   " prev_hash BLOB NOT NULL,"
                   " hash BLOB NOT NULL);"
                   // Only time is indexed: every index is one more page written with each record, and every
                   // operation writes a record. Filters by operation or principal scan the time range.
                   "CREATE INDEX IF NOT EXISTS audit_records_time ON audit_records (time_ms);"
                   "CREATE TABLE IF NOT EXISTS audit_checkpoints ("
                   " sequence INTEGER PRIMARY KEY,"
                   " kind TEXT NOT NULL CHECK (kind IN ('checkpoint', 'anchor')),"
                   " time_ms INTEGER NOT NULL,"
                   " head_hash BLOB NOT NULL,"
                   " key_id TEXT NOT NULL,"
                   " signature BLOB NOT NULL);");
}

Result<AuditHead> AuditLog::head(Database &db)
{
    AuditHead head;
    auto last = db.cached("SELECT seq, hash, (SELECT max(sequence) FROM audit_checkpoints)"
                          " FROM audit_records ORDER BY seq DESC LIMIT 1");
    if (!last)
        return last.error();
    auto row = (*last)->step();
    if (!row)
        return row.error();
    if (*row) {
        head.sequence = (*last)->int64(0);
        head.hash = (*last)->blob(1);
        head.lastCheckpoint = (*last)->int64(2);
        (*last)->reset();
        return head;
    }
    // No records: the anchor left by a prune of everything, or the genesis state.
    auto anchor = db.cached("SELECT sequence, head_hash FROM audit_checkpoints WHERE kind = 'anchor'");
    if (!anchor)
        return anchor.error();
    row = (*anchor)->step();
    if (!row)
        return row.error();
    if (*row) {
        head.sequence = head.lastCheckpoint = (*anchor)->int64(0);
        head.hash = (*anchor)->blob(1);
    } else {
        head.hash = genesisHash();
    }
    (*anchor)->reset();
    return head;
}

Result<void> AuditLog::append(Database &db, AuditRecord &record)
{
    if (!db.inTransaction())
        return notInTransaction("appending an audit record");
    COFFER_TRY(detail::validateFields(record));
    const QByteArray details = canonical::object(record.details);
    if (details.size() > detail::maxDetailsSize)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("audit record: field 'details' must not exceed 64 KiB"));
    auto current = head(db);
    if (!current)
        return current.error();
    if (current->hash.size() != detail::hashSize)
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("audit: the hash of record %1 is damaged").arg(current->sequence));
    record.sequence = current->sequence + 1;
    record.previousHash = current->hash;
    record.time = QDateTime::fromMSecsSinceEpoch(record.time.toMSecsSinceEpoch(), Qt::UTC);
    record.hash = detail::chainHash(record.previousHash, detail::canonicalBytes(record, details));

    auto insert = db.cached("INSERT INTO audit_records (" COFFER_AUDIT_RECORD_COLUMNS
                            ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    Statement &s = **insert;
    s.bind(1, record.sequence)
            .bind(2, record.time.toMSecsSinceEpoch())
            .bind(3, record.principalId)
            .bind(4, record.principalName)
            .bind(5, record.operation)
            .bind(6, record.target)
            .bind(7, auditResultName(record.result))
            .bind(8, record.errorCode)
            .bind(9, record.client)
            .bind(10, record.processId)
            .bind(11, record.host)
            .bind(12, record.correlationId)
            .bind(13, record.durationMicros)
            .bind(14, QString::fromUtf8(details))
            .bind(15, record.previousHash)
            .bind(16, record.hash);
    COFFER_TRY(s.run());
    if (m_key && record.sequence - current->lastCheckpoint >= m_interval) {
        auto made = checkpoint(db, *m_key, record.time);
        if (!made)
            return made.error();
    }
    return {};
}

Result<void> AuditLog::insertCheckpoint(Database &db, const Checkpoint &c)
{
    auto insert = db.cached("INSERT INTO audit_checkpoints (" COFFER_AUDIT_CHECKPOINT_COLUMNS
                            ") VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    (*insert)
            ->bind(1, c.sequence)
            .bind(2, kindName(c.kind))
            .bind(3, c.time.toMSecsSinceEpoch())
            .bind(4, c.headHash)
            .bind(5, c.keyId)
            .bind(6, c.signature);
    return (*insert)->run();
}

Result<std::optional<Checkpoint>> AuditLog::checkpoint(Database &db, const AuditKey &key, const QDateTime &time)
{
    if (!db.inTransaction())
        return notInTransaction("signing an audit checkpoint");
    auto current = head(db);
    if (!current)
        return current.error();
    if (current->sequence == 0 || current->lastCheckpoint >= current->sequence)
        return std::optional<Checkpoint>();
    auto signed_ = signCheckpoint(Checkpoint::Kind::Head, current->sequence, time, current->hash, key);
    if (!signed_)
        return signed_.error();
    COFFER_TRY(insertCheckpoint(db, *signed_));
    return std::optional<Checkpoint>(*signed_);
}

Result<std::optional<Checkpoint>> AuditLog::maybeCheckpoint(Database &db, const AuditKey &key, const QDateTime &time)
{
    auto current = head(db);
    if (!current)
        return current.error();
    if (current->sequence - current->lastCheckpoint < m_interval)
        return std::optional<Checkpoint>();
    return checkpoint(db, key, time);
}

Result<PruneResult> AuditLog::prune(Database &db, const QDateTime &before, const AuditKey &key, const QDateTime &now)
{
    if (!db.inTransaction())
        return notInTransaction("pruning the audit log");
    auto report = verify(db, key.publicKey());
    if (!report)
        return report.error();
    if (!report->ok)
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("audit: the log fails verification (%1); nothing was pruned").arg(report->problem));
    // Everything before the first record at or after `before` (a clock set back never removes newer records).
    auto bound = db.prepare("SELECT (SELECT min(seq) FROM audit_records WHERE time_ms >= ?),"
                            " (SELECT max(seq) FROM audit_records), (SELECT min(seq) FROM audit_records)");
    if (!bound)
        return bound.error();
    bound->bind(1, before.toMSecsSinceEpoch());
    auto row = bound->step();
    if (!row)
        return row.error();
    PruneResult result;
    if (!*row || bound->isNull(2))
        return result;
    const qint64 last = bound->isNull(0) ? bound->int64(1) : bound->int64(0) - 1;
    const qint64 first = bound->int64(2);
    if (last < first)
        return result;
    auto hash = db.prepare("SELECT hash FROM audit_records WHERE seq = ?");
    if (!hash)
        return hash.error();
    hash->bind(1, last);
    auto found = hash->step();
    if (!found)
        return found.error();
    if (!*found)
        return Error(ErrorCode::Corrupted, QStringLiteral("audit: record %1 is missing").arg(last));
    auto anchor = signCheckpoint(Checkpoint::Kind::Anchor, last, now, hash->blob(0), key);
    if (!anchor)
        return anchor.error();
    auto removeRecords = db.prepare("DELETE FROM audit_records WHERE seq <= ?");
    if (!removeRecords)
        return removeRecords.error();
    removeRecords->bind(1, last);
    COFFER_TRY(removeRecords->run());
    result.removed = db.changes();
    auto removeCheckpoints = db.prepare("DELETE FROM audit_checkpoints WHERE sequence <= ?");
    if (!removeCheckpoints)
        return removeCheckpoints.error();
    removeCheckpoints->bind(1, last);
    COFFER_TRY(removeCheckpoints->run());
    COFFER_TRY(insertCheckpoint(db, *anchor));
    result.anchor = *anchor;
    return result;
}

Result<QList<AuditRecord>> AuditLog::query(Database &db, const AuditFilter &filter)
{
    const detail::SqlWhere where = detail::buildWhere(filter);
    QByteArray sql = "SELECT " COFFER_AUDIT_RECORD_COLUMNS " FROM audit_records WHERE " + where.expression;
    sql += filter.newestFirst ? " ORDER BY seq DESC" : " ORDER BY seq";
    sql += " LIMIT ? OFFSET ?";
    auto select = db.prepare(sql.constData());
    if (!select)
        return select.error();
    const int next = detail::bindWhere(*select, where);
    select->bind(next, filter.limit < 0 ? qint64(-1) : filter.limit).bind(next + 1, qMax<qint64>(0, filter.offset));
    QList<AuditRecord> records;
    COFFER_TRY(select->forEachRow([&](const Statement &row) { records.append(detail::readRecord(row)); }));
    return records;
}

Result<qint64> AuditLog::count(Database &db, const AuditFilter &filter)
{
    const detail::SqlWhere where = detail::buildWhere(filter);
    const QByteArray sql = "SELECT count(*) FROM audit_records WHERE " + where.expression;
    auto select = db.prepare(sql.constData());
    if (!select)
        return select.error();
    detail::bindWhere(*select, where);
    auto row = select->step();
    if (!row)
        return row.error();
    return select->int64(0);
}

Result<AuditStats> AuditLog::stats(Database &db, const AuditFilter &filter)
{
    const detail::SqlWhere where = detail::buildWhere(filter);
    AuditStats stats;
    auto run = [&](const char *head, const char *tail, auto &&onRow) -> Result<void> {
        const QByteArray sql = QByteArray(head) + " FROM audit_records WHERE " + where.expression + tail;
        auto select = db.prepare(sql.constData());
        if (!select)
            return select.error();
        detail::bindWhere(*select, where);
        return select->forEachRow(onRow);
    };
    COFFER_TRY(run("SELECT operation, count(*)", " GROUP BY operation ORDER BY 2 DESC, 1", [&](const Statement &row) {
        stats.perOperation.append({row.text(0), QString(), row.int64(1)});
    }));
    COFFER_TRY(run("SELECT principal_id, max(principal_name), count(*)", " GROUP BY principal_id ORDER BY 3 DESC, 2",
                   [&](const Statement &row) {
                       stats.perPrincipal.append({row.text(0), row.text(1), row.int64(2)});
                   }));
    static_assert(msPerDay == 86400000);
    COFFER_TRY(
            run("SELECT time_ms / 86400000, result, count(*)", " GROUP BY 1, 2 ORDER BY 1", [&](const Statement &row) {
                const QDate date = QDate(1970, 1, 1).addDays(row.int64(0));
                if (stats.perDay.isEmpty() || stats.perDay.constLast().date != date)
                    stats.perDay.append({date, {}});
                const int result = int(auditResultFromName(row.text(1)).value_or(AuditResult::Failed));
                stats.perDay.last().perResult[std::size_t(result)] += row.int64(2);
                stats.perResult[std::size_t(result)] += row.int64(2);
                stats.total += row.int64(2);
            }));
    return stats;
}

Result<QList<Checkpoint>> AuditLog::checkpoints(Database &db, qint64 fromSequence, qint64 toSequence)
{
    auto select = db.prepare("SELECT " COFFER_AUDIT_CHECKPOINT_COLUMNS " FROM audit_checkpoints"
                             " WHERE sequence >= ? AND (? = 0 OR sequence <= ?) ORDER BY sequence");
    if (!select)
        return select.error();
    select->bind(1, fromSequence).bind(2, toSequence).bind(3, toSequence);
    QList<Checkpoint> list;
    COFFER_TRY(select->forEachRow([&](const Statement &row) { list.append(detail::readCheckpoint(row)); }));
    return list;
}

} // namespace coffer::audit
