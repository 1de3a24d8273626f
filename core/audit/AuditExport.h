#pragma once

#include "core/audit/AuditFilter.h"
#include "core/audit/VerifyReport.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QIODevice;

namespace coffer::storage {
class Database;
}

namespace coffer::audit {

class AuditKey;
class AuditLog;

// JSON Lines export of the audit log, verifiable offline with nothing but the file (and, ideally, the vault's audit
// public key from its header). Every line is one canonical JSON object (RFC 8785), ending in "\n":
//
// 1. Header, signed with the audit key over its canonical bytes without "signature":
//    {"checkpointInterval":1000,"counts":{"checkpoints":C,"records":R,"stubs":S},"exportedAt":"…Z","filter":{…},
//     "firstSequence":F,"keyId":"…","lastSequence":L,"publicKey":"<base64 Ed25519>","signature":"<base64>",
//     "type":"coffer-audit-export","vaultId":"…","vaultName":"…","version":1}
//    F..L is every sequence the export holds (0/0: none); "filter" is AuditFilter::toJson (informational).
// 2. When F > 1, an anchor: {"hash":"<hash of record F-1>","sequence":F-1,"type":"anchor"}. It needs no signature of
//    its own: record F's canonical bytes hold it as previousHash, and a signed checkpoint covers record F.
// 3. Then every sequence F..L in order, each either
//    - a record: AuditRecord's toJson line ({"client":…,"hash":…,"type":"record"}), for records the filter selects;
//    - a stub {"hash":…,"previousHash":…,"sequence":N,"type":"stub"} for records it does not select: the chain still
//      verifies and nothing else about them is revealed;
//    and after record N, every checkpoint at N: Checkpoint's toJson line ({"format":1,…,"type":"checkpoint"}).
// 4. The last line is a checkpoint at L. When the selected range ends after the newest checkpoint, the export signs
//    the head first (a checkpoint written to vault.db, in the caller's transaction or a short one of its own), and
//    L is the head: the records between the range and it are stubs.
struct ExportOptions
{
    AuditFilter filter; // time range (from/to) and sequence bounds choose F..L; the rest chooses records vs stubs
    QString vaultId;
    QString vaultName;
    QDateTime exportedAt; // from the injected clock
};

Result<QByteArray> exportJsonLines(storage::Database &db, AuditLog &log, const AuditKey &key,
                                   const ExportOptions &options);
// The same, written to `out` line by line (for large logs); Io error when a write fails.
Result<void> exportJsonLines(storage::Database &db, AuditLog &log, const AuditKey &key, const ExportOptions &options,
                             QIODevice &out);

// Verifies an export with no vault: the header signature, every record hash, the links, the sequence, every
// checkpoint signature, the checkpoint interval, that the last record is covered by a checkpoint (a cut tail fails)
// and the counts and range the header states. With `expectedPublicKey` (the vault header's), an export signed by
// any other key fails ("wrong key"). The report names the first bad line (1-based) and record.
VerifyReport verifyExport(QByteArrayView bytes, QByteArrayView expectedPublicKey = {});

} // namespace coffer::audit
