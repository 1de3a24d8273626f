#pragma once

// Internal to core/audit: the fast path of verifyExport. Accepts a record or stub line only when it is exactly the
// canonical form the exporter writes (RFC 8785, members in their canonical order, valid UTF-8, canonical numbers and
// escapes), so that the line itself, minus its "hash" member, is the record's canonical bytes. Anything else returns
// false and is left to the strict slow path (QJsonDocument + recordFromJson), which names the problem; the fast path
// is narrower than the slow one and never disagrees with it about a line it accepts.

#include <QByteArray>
#include <QByteArrayView>

namespace coffer::audit::detail {

struct ScannedLine
{
    qint64 sequence = 0;
    QByteArray previousHash; // 32 bytes
    QByteArray hash; // 32 bytes
    // Records: the canonical bytes are `before` followed by `after` (the line without ',"hash":"…"').
    QByteArrayView before;
    QByteArrayView after;
};

bool scanRecordLine(QByteArrayView line, ScannedLine &out);
bool scanStubLine(QByteArrayView line, ScannedLine &out);

} // namespace coffer::audit::detail
