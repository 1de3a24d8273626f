#include "core/audit/AuditExport.h"

#include "core/audit/AuditKey.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditSql.h"
#include "core/audit/CanonicalJson.h"
#include "core/storage/Database.h"

#include <QBuffer>
#include <QIODevice>
#include <QJsonObject>

#include <optional>

namespace coffer::audit {

using storage::Database;
using storage::Statement;

namespace {

struct Plan
{
    qint64 first = 0; // F: first record of the range
    qint64 last = 0; // L: the covering checkpoint's sequence
    QByteArray anchorHash; // hash of record F-1 when F > 1
    AuditFilter selected; // the records written in full
    qint64 records = 0, stubs = 0, checkpoints = 0;
};

Result<qint64> scalar(Database &db, const QByteArray &sql, const detail::SqlWhere &where, QList<qint64> extra = {})
{
    auto select = db.prepare(sql.constData());
    if (!select)
        return select.error();
    int next = detail::bindWhere(*select, where);
    for (qint64 value : extra)
        select->bind(next++, value);
    auto row = select->step();
    if (!row)
        return row.error();
    return *row ? select->int64(0) : qint64(0);
}

Result<Plan> plan(Database &db, AuditLog &log, const AuditKey &key, const ExportOptions &options)
{
    Plan p;
    const detail::SqlWhere range = detail::buildWhere(detail::rangeOnly(options.filter));
    auto first = scalar(db, "SELECT min(seq) FROM audit_records WHERE " + range.expression, range);
    auto last = scalar(db, "SELECT max(seq) FROM audit_records WHERE " + range.expression, range);
    if (!first)
        return first.error();
    if (!last)
        return last.error();
    if (*first == 0)
        return p; // nothing in range: an export of the header alone
    p.first = *first;
    p.selected = options.filter;
    p.selected.fromSequence = *first;
    p.selected.toSequence = *last;

    // The covering checkpoint: the first at or after the range's last record, or a new one at the head.
    const detail::SqlWhere none;
    auto covering
            = scalar(db, "SELECT min(sequence) FROM audit_checkpoints WHERE kind = 'checkpoint' AND sequence >= ?",
                     none, {*last});
    if (!covering)
        return covering.error();
    if (*covering == 0) {
        std::optional<storage::Transaction> own;
        if (!db.inTransaction()) {
            own.emplace(db);
            COFFER_TRY(own->begin());
        }
        auto made = log.checkpoint(db, key, options.exportedAt);
        if (!made)
            return made.error();
        if (own)
            COFFER_TRY(own->commit());
        auto head = AuditLog::head(db);
        if (!head)
            return head.error();
        *covering = head->sequence;
    }
    p.last = *covering;

    if (p.first > 1) {
        auto hash = db.prepare("SELECT hash FROM audit_records WHERE seq = ?1 UNION ALL"
                               " SELECT head_hash FROM audit_checkpoints WHERE sequence = ?1 AND kind = 'anchor'");
        if (!hash)
            return hash.error();
        hash->bind(1, p.first - 1);
        auto row = hash->step();
        if (!row)
            return row.error();
        if (!*row)
            return Error(
                    ErrorCode::Corrupted,
                    QStringLiteral("audit export: record %1, before the exported range, is missing").arg(p.first - 1));
        p.anchorHash = hash->blob(0);
    }

    const detail::SqlWhere selected = detail::buildWhere(p.selected);
    auto records = scalar(db, "SELECT count(*) FROM audit_records WHERE " + selected.expression, selected);
    auto all = scalar(db, "SELECT count(*) FROM audit_records WHERE seq BETWEEN ? AND ?", none, {p.first, p.last});
    auto checkpoints = scalar(
            db, "SELECT count(*) FROM audit_checkpoints WHERE kind = 'checkpoint' AND sequence BETWEEN ? AND ?", none,
            {p.first, p.last});
    if (!records)
        return records.error();
    if (!all)
        return all.error();
    if (!checkpoints)
        return checkpoints.error();
    p.records = *records;
    p.stubs = *all - *records;
    p.checkpoints = *checkpoints;
    return p;
}

QJsonObject headerObject(const Plan &p, const AuditKey &key, const ExportOptions &options, qint64 interval)
{
    QJsonObject counts;
    counts.insert(QStringLiteral("records"), p.records);
    counts.insert(QStringLiteral("stubs"), p.stubs);
    counts.insert(QStringLiteral("checkpoints"), p.checkpoints);
    QJsonObject header;
    header.insert(QStringLiteral("type"), QStringLiteral("coffer-audit-export"));
    header.insert(QStringLiteral("version"), 1);
    header.insert(QStringLiteral("vaultId"), options.vaultId);
    header.insert(QStringLiteral("vaultName"), options.vaultName);
    header.insert(QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey().toBase64()));
    header.insert(QStringLiteral("keyId"), key.keyId());
    header.insert(QStringLiteral("exportedAt"), QString::fromLatin1(canonical::isoTime(options.exportedAt)));
    header.insert(QStringLiteral("firstSequence"), p.first);
    header.insert(QStringLiteral("lastSequence"), p.last);
    header.insert(QStringLiteral("checkpointInterval"), interval);
    header.insert(QStringLiteral("counts"), counts);
    header.insert(QStringLiteral("filter"), options.filter.toJson());
    return header;
}

QByteArray anchorLine(qint64 sequence, const QByteArray &hash)
{
    QByteArray line = "{\"hash\":\"" + canonical::hex(hash) + "\",\"sequence\":";
    canonical::appendInteger(line, sequence);
    line.append(",\"type\":\"anchor\"}");
    return line;
}

QByteArray stubLine(qint64 sequence, const QByteArray &previousHash, const QByteArray &hash)
{
    QByteArray line = "{\"hash\":\"" + canonical::hex(hash) + "\",\"previousHash\":\"" + canonical::hex(previousHash)
            + "\",\"sequence\":";
    canonical::appendInteger(line, sequence);
    line.append(",\"type\":\"stub\"}");
    return line;
}

} // namespace

Result<void> exportJsonLines(Database &db, AuditLog &log, const AuditKey &key, const ExportOptions &options,
                             QIODevice &out)
{
    if (!options.exportedAt.isValid())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("audit export: the export time is missing"));
    auto made = plan(db, log, key, options);
    if (!made)
        return made.error();
    const Plan &p = *made;
    auto write = [&](const QByteArray &line) -> Result<void> {
        if (out.write(line) != line.size() || !out.putChar('\n'))
            return Error(ErrorCode::Io, QStringLiteral("audit export: writing failed (%1)").arg(out.errorString()));
        return {};
    };

    QJsonObject header = headerObject(p, key, options, log.checkpointInterval());
    auto signature = key.sign(canonical::object(header));
    if (!signature)
        return signature.error();
    header.insert(QStringLiteral("signature"), QString::fromLatin1(signature->toBase64()));
    COFFER_TRY(write(canonical::object(header)));
    if (p.first == 0)
        return {};
    if (p.first > 1)
        COFFER_TRY(write(anchorLine(p.first - 1, p.anchorHash)));

    auto cps = AuditLog::checkpoints(db, p.first, p.last);
    if (!cps)
        return cps.error();
    qsizetype ci = 0;
    const detail::SqlWhere selected = detail::buildWhere(p.selected);
    const QByteArray sql = "SELECT " COFFER_AUDIT_RECORD_COLUMNS ", " + selected.expression
            + " FROM audit_records WHERE seq BETWEEN ? AND ? ORDER BY seq";
    auto select = db.prepare(sql.constData());
    if (!select)
        return select.error();
    const int next = detail::bindWhere(*select, selected);
    select->bind(next, p.first).bind(next + 1, p.last);
    detail::RawRecord raw;
    QByteArray line;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        raw.read(*select);
        if (select->int64(16) != 0) {
            line.clear();
            detail::appendCanonicalRecord(line, raw.view, raw.hash);
            COFFER_TRY(write(line));
        } else {
            COFFER_TRY(write(stubLine(raw.view.sequence, raw.previousHash, raw.hash)));
        }
        for (; ci < cps->size() && cps->at(ci).sequence <= raw.view.sequence; ++ci) {
            if (cps->at(ci).kind == Checkpoint::Kind::Head)
                COFFER_TRY(write(toJson(cps->at(ci))));
        }
    }
    return {};
}

Result<QByteArray> exportJsonLines(Database &db, AuditLog &log, const AuditKey &key, const ExportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto written = exportJsonLines(db, log, key, options, buffer);
    if (!written)
        return written.error();
    return bytes;
}

} // namespace coffer::audit
