#pragma once

// Internal to core/audit: the rules and wording shared by AuditLog::verify (vault.db) and verifyExport (a file).

#include "core/audit/Checkpoint.h"

#include <QString>

namespace coffer::audit::detail {

QString rangeText(qint64 first, qint64 last); // "record 42" / "records 42-44"
// "record 42 is missing (sequence jumps from 41 to 43)", "records 42-44 are missing (…)".
QString missingText(qint64 expected, qint64 got);
QString editedText(qint64 sequence); // "record 42 was edited: its hash does not match"
QString outOfOrderText(qint64 first, qint64 last); // "records 40-41 are out of order"
QString unlinkedText(qint64 sequence); // the previous hash is not the hash of the record before
QString unsignedTailText(qint64 first,
                         qint64 last); // "records after the last checkpoint (1001-1005) are not signed yet"

// Checks a checkpoint that claims to cover record `lastSequence` (hash `lastHash`), the previous one covering
// `lastCovered`: the signer, the signature, the head hash, and that it comes no later than `interval` records after
// the previous one. Empty when it holds; otherwise the problem, and the first record it leaves unproven is
// lastCovered + 1.
QString checkCheckpoint(const Checkpoint &checkpoint, QByteArrayView lastHash, qint64 lastCovered,
                        QByteArrayView publicKey, qint64 interval);

} // namespace coffer::audit::detail
