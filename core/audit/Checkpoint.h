#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace coffer::audit {

class AuditKey;

// A signed statement "the record with this sequence has this hash": it fixes every record up to it through the chain.
// Kind::Anchor is the statement left by a prune: "the log legitimately starts after this record".
struct Checkpoint
{
    enum class Kind { Head, Anchor };

    Kind kind = Kind::Head;
    qint64 sequence = 0; // the last record covered
    QDateTime time; // when it was signed (UTC, ms)
    QByteArray headHash; // that record's hash (32 bytes)
    QString keyId; // AuditKey::keyId of the signer
    QByteArray signature; // 64-byte Ed25519 signature of canonicalBytes()
};

// Signed bytes: RFC 8785 (JCS) serialisation of exactly these members, in this (canonical) order:
//   "format"    integer, always 1
//   "headHash"  string: 64 lowercase hex digits
//   "keyId"     string: 16 lowercase hex digits
//   "sequence"  integer (0 .. 2^53-1)
//   "time"      string: "YYYY-MM-DDTHH:MM:SS.mmmZ"
//   "type"      string: "checkpoint" (Kind::Head) or "anchor" (Kind::Anchor)
// e.g. {"format":1,"headHash":"5f…","keyId":"0123456789abcdef","sequence":1000,"time":"2026-01-01T00:00:00.000Z",
//       "type":"checkpoint"}
QByteArray canonicalBytes(const Checkpoint &checkpoint);

// Fills keyId and signature.
Result<Checkpoint> signCheckpoint(Checkpoint::Kind kind, qint64 sequence, const QDateTime &time,
                                  const QByteArray &headHash, const AuditKey &key);
// True when keyId is the key's id and the signature verifies.
bool verifyCheckpoint(const Checkpoint &checkpoint, QByteArrayView publicKey);

// Export line: the canonical object with "signature" (standard base64 with padding) added in its sorted place.
QByteArray toJson(const Checkpoint &checkpoint);
// Strict parse of an export line (type "checkpoint" only: anchors are never exported as checkpoints).
Result<Checkpoint> checkpointFromJson(const QJsonObject &object);

} // namespace coffer::audit
