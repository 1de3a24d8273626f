#pragma once

#include <QString>

namespace coffer::audit {

// The outcome of verifying the vault's log (AuditLog::verify) or an export (verifyExport). A broken log or export is
// a report with ok == false, not an error: errors are kept for a database that cannot be read.
struct VerifyReport
{
    bool ok = false;
    qint64 records = 0; // full records whose hash was recomputed
    qint64 stubs = 0; // export only: filtered-out records present as hashes
    qint64 checkpoints = 0; // checkpoints whose signature verified (an anchor counts too)
    qint64 firstSequence = 0; // first and last record sequence seen (0 when none)
    qint64 lastSequence = 0;
    qint64 firstBadSequence = 0; // 0 when ok
    qint64 firstBadLine = 0; // export only, 1-based; 0 when ok or not about a line
    QString keyId; // the key the log or export is signed with
    // Why it failed, naming the record: "record 42 was edited: its hash does not match",
    // "record 42 is missing (sequence jumps from 41 to 43)", "records 40-41 are out of order",
    // "checkpoint at 1000 has a bad signature"; export problems start with "line N: ". Empty when ok.
    QString problem;
    // Not a failure: "records after the last checkpoint (1001-1005) are not signed yet" (live log only).
    QString warning;
};

} // namespace coffer::audit
