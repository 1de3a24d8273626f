// AuditLog::verify: the vault's own log, straight from vault.db.

#include "core/audit/AuditKey.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditSql.h"
#include "core/audit/AuditVerifier.h"
#include "core/storage/Database.h"

namespace coffer::audit {

namespace detail {

QString rangeText(qint64 first, qint64 last)
{
    return first == last ? QStringLiteral("record %1").arg(first)
                         : QStringLiteral("records %1-%2").arg(first).arg(last);
}

QString missingText(qint64 expected, qint64 got)
{
    return QStringLiteral("%1 %2 missing (sequence jumps from %3 to %4)")
            .arg(rangeText(expected, got - 1), got - 1 == expected ? QStringLiteral("is") : QStringLiteral("are"))
            .arg(expected - 1)
            .arg(got);
}

QString editedText(qint64 sequence)
{
    return QStringLiteral("record %1 was edited: its hash does not match").arg(sequence);
}

QString outOfOrderText(qint64 first, qint64 last)
{
    return QStringLiteral("records %1-%2 are out of order").arg(first).arg(last);
}

QString unlinkedText(qint64 sequence)
{
    return QStringLiteral("record %1 does not follow record %2: its previous hash does not match (a record was "
                          "removed or replaced)")
            .arg(sequence)
            .arg(sequence - 1);
}

QString unsignedTailText(qint64 first, qint64 last)
{
    return first == last
            ? QStringLiteral("the record after the last checkpoint (%1) is not signed yet").arg(first)
            : QStringLiteral("records after the last checkpoint (%1-%2) are not signed yet").arg(first).arg(last);
}

QString checkCheckpoint(const Checkpoint &cp, QByteArrayView lastHash, qint64 lastCovered, QByteArrayView publicKey,
                        qint64 interval)
{
    const QString expectedKeyId = AuditKey::keyIdOf(publicKey);
    if (cp.keyId != expectedKeyId)
        return QStringLiteral("checkpoint at %1 was signed by key %2, not by the audit key %3")
                .arg(cp.sequence)
                .arg(cp.keyId, expectedKeyId);
    if (!verifyCheckpoint(cp, publicKey))
        return QStringLiteral("checkpoint at %1 has a bad signature").arg(cp.sequence);
    if (cp.headHash != lastHash)
        return QStringLiteral("%1 %2 not match the signed checkpoint at %3 (their hashes were recomputed)")
                .arg(rangeText(lastCovered + 1, cp.sequence),
                     lastCovered + 1 == cp.sequence ? QStringLiteral("does") : QStringLiteral("do"))
                .arg(cp.sequence);
    if (cp.sequence - lastCovered > interval)
        return QStringLiteral("the checkpoint due at record %1 is missing: %2 went without one (one is signed every "
                              "%3 records)")
                .arg(lastCovered + interval)
                .arg(rangeText(lastCovered + 1, cp.sequence))
                .arg(interval);
    return {};
}

} // namespace detail

using storage::Database;
using storage::Statement;

Result<VerifyReport> AuditLog::verify(Database &db, QByteArrayView publicKey) const
{
    VerifyReport report;
    report.keyId = AuditKey::keyIdOf(publicKey);
    auto fail = [&](qint64 sequence, const QString &problem) {
        report.ok = false;
        report.firstBadSequence = sequence;
        report.problem = problem;
        return report;
    };
    if (publicKey.size() != AuditKey::publicKeySize)
        return fail(0, QStringLiteral("the audit public key is not a 32-byte Ed25519 key"));

    auto list = checkpoints(db);
    if (!list)
        return list.error();
    const QList<Checkpoint> &cps = *list;
    qsizetype ci = 0;

    auto select = db.prepare("SELECT " COFFER_AUDIT_RECORD_COLUMNS " FROM audit_records ORDER BY seq");
    if (!select)
        return select.error();
    // On a broken link: is the record that should be here further on (rows swapped)?
    auto findFollower = [&](const QByteArray &previousHash, qint64 after) -> Result<qint64> {
        auto find = db.prepare("SELECT seq FROM audit_records WHERE prev_hash = ? AND seq > ? ORDER BY seq LIMIT 1");
        if (!find)
            return find.error();
        find->bind(1, previousHash).bind(2, after);
        auto row = find->step();
        if (!row)
            return row.error();
        return *row ? find->int64(0) : qint64(0);
    };

    qint64 expectedSequence = 0;
    QByteArray expectedPrevious;
    qint64 lastCovered = 0;
    detail::RawRecord raw;
    QByteArray canonical;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        raw.read(*select);
        const qint64 sequence = raw.view.sequence;
        if (expectedSequence == 0) { // the first record: genesis, or a prune anchor just before it
            report.firstSequence = sequence;
            while (ci < cps.size() && cps.at(ci).sequence < sequence - 1)
                ++ci; // left over from before a prune; nothing to check them against
            if (sequence == 1) {
                expectedPrevious = genesisHash();
            } else {
                if (ci == cps.size() || cps.at(ci).sequence != sequence - 1
                    || cps.at(ci).kind != Checkpoint::Kind::Anchor)
                    return fail(1,
                                QStringLiteral("%1 %2 missing (the log starts at record %3 without a signed prune "
                                               "anchor)")
                                        .arg(detail::rangeText(1, sequence - 1),
                                             sequence == 2 ? QStringLiteral("is") : QStringLiteral("are"))
                                        .arg(sequence));
                const Checkpoint &anchor = cps.at(ci++);
                if (anchor.keyId != report.keyId || !verifyCheckpoint(anchor, publicKey))
                    return fail(sequence,
                                QStringLiteral("the prune anchor at record %1 has a bad signature or was "
                                               "signed by another key")
                                        .arg(anchor.sequence));
                ++report.checkpoints;
                expectedPrevious = anchor.headHash;
                lastCovered = anchor.sequence;
            }
            expectedSequence = sequence;
        }
        if (sequence != expectedSequence)
            return fail(expectedSequence, detail::missingText(expectedSequence, sequence));
        canonical.clear();
        detail::appendCanonicalRecord(canonical, raw.view);
        const bool hashOk
                = raw.hash.size() == detail::hashSize && detail::chainHash(raw.previousHash, canonical) == raw.hash;
        if (raw.previousHash != expectedPrevious) {
            auto follower = findFollower(expectedPrevious, sequence);
            if (!follower)
                return follower.error();
            if (*follower)
                return fail(sequence, detail::outOfOrderText(sequence, *follower));
            return fail(sequence, hashOk ? detail::unlinkedText(sequence) : detail::editedText(sequence));
        }
        if (!hashOk)
            return fail(sequence, detail::editedText(sequence));
        ++report.records;
        report.lastSequence = sequence;
        expectedPrevious = raw.hash;
        ++expectedSequence;
        for (; ci < cps.size() && cps.at(ci).sequence == sequence; ++ci) {
            const QString problem = detail::checkCheckpoint(cps.at(ci), raw.hash, lastCovered, publicKey, m_interval);
            if (!problem.isEmpty())
                return fail(lastCovered + 1, problem);
            ++report.checkpoints;
            lastCovered = sequence;
        }
    }

    qint64 headSequence = report.lastSequence;
    if (expectedSequence == 0) { // no records: at most an anchor left by pruning everything
        for (; ci < cps.size() && cps.at(ci).kind == Checkpoint::Kind::Anchor; ++ci) {
            if (!verifyCheckpoint(cps.at(ci), publicKey))
                return fail(cps.at(ci).sequence + 1,
                            QStringLiteral("the prune anchor at record %1 has a bad "
                                           "signature or was signed by another key")
                                    .arg(cps.at(ci).sequence));
            ++report.checkpoints;
            lastCovered = headSequence = cps.at(ci).sequence;
        }
    }
    if (ci < cps.size()) {
        const qint64 claimed = cps.at(ci).sequence;
        return fail(headSequence + 1,
                    QStringLiteral("checkpoint at %1 covers record %1, which is missing: %2 %3 removed from the end "
                                   "of the log")
                            .arg(claimed)
                            .arg(detail::rangeText(headSequence + 1, claimed),
                                 claimed == headSequence + 1 ? QStringLiteral("was") : QStringLiteral("were")));
    }
    const qint64 tail = headSequence - lastCovered;
    if (tail >= m_interval)
        return fail(lastCovered + 1,
                    QStringLiteral("the checkpoint due at record %1 is missing: %2 are not covered by "
                                   "a signed checkpoint (one is signed every %3 records)")
                            .arg(lastCovered + m_interval)
                            .arg(detail::rangeText(lastCovered + 1, headSequence))
                            .arg(m_interval));
    if (tail > 0)
        report.warning = detail::unsignedTailText(lastCovered + 1, headSequence);
    report.ok = true;
    return report;
}

} // namespace coffer::audit
