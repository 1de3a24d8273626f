// verifyExport: an exported JSON Lines file checked with nothing but its bytes.

#include "core/audit/AuditCanonical.h"
#include "core/audit/AuditExport.h"
#include "core/audit/AuditKey.h"
#include "core/audit/AuditRecord.h"
#include "core/audit/AuditVerifier.h"
#include "core/audit/CanonicalJson.h"
#include "core/audit/JsonFields.h"
#include "core/audit/LineScanner.h"

#include <QJsonObject>

#include <vector>

namespace coffer::audit {

namespace {

std::vector<QByteArrayView> splitLines(QByteArrayView bytes)
{
    std::vector<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line = bytes.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

QString nonCanonical(const char *what)
{
    return QStringLiteral("the %1 is not in canonical form (RFC 8785: no spaces, members sorted, each once)")
            .arg(QLatin1StringView(what));
}

struct Header
{
    QByteArray publicKey;
    QString keyId;
    qint64 first = 0, last = 0, interval = 0;
    qint64 records = 0, stubs = 0, checkpoints = 0;
};

// Reads and authenticates line 1. Empty string when it holds.
QString readHeader(QByteArrayView line, QByteArrayView expectedPublicKey, Header &h)
{
    auto object = json::parseObject(line, "export header");
    if (!object)
        return object.error().context();
    QJsonObject o = *object;
    json::Reader in(o, "export header");
    in.constant("type", "coffer-audit-export");
    if (in.ok() && o.value(QStringLiteral("version")).toInteger() > 1)
        return QStringLiteral("the export was made by a newer Coffer (format version %1)")
                .arg(o.value(QStringLiteral("version")).toInteger());
    in.expectExactly({"checkpointInterval", "counts", "exportedAt", "filter", "firstSequence", "keyId", "lastSequence",
                      "publicKey", "signature", "type", "vaultId", "vaultName", "version"});
    in.constantInteger("version", 1);
    in.string("vaultId");
    in.string("vaultName");
    in.time("exportedAt");
    in.object("filter");
    h.publicKey = in.base64("publicKey", AuditKey::publicKeySize);
    h.keyId = in.string("keyId");
    h.first = in.integer("firstSequence", 0, (qint64(1) << 53) - 1);
    h.last = in.integer("lastSequence", 0, (qint64(1) << 53) - 1);
    h.interval = in.integer("checkpointInterval", 1, (qint64(1) << 53) - 1);
    const QByteArray signature = in.base64("signature", AuditKey::signatureSize);
    const QJsonObject counts = in.object("counts");
    if (!in.ok())
        return in.error().context();
    json::Reader c(counts, "export header counts");
    c.expectExactly({"checkpoints", "records", "stubs"});
    h.records = c.integer("records", 0, (qint64(1) << 53) - 1);
    h.stubs = c.integer("stubs", 0, (qint64(1) << 53) - 1);
    h.checkpoints = c.integer("checkpoints", 0, (qint64(1) << 53) - 1);
    if (!c.ok())
        return c.error().context();
    if (h.keyId != AuditKey::keyIdOf(h.publicKey))
        return QStringLiteral("the header's keyId %1 is not the id of its public key (%2): the key was replaced")
                .arg(h.keyId, AuditKey::keyIdOf(h.publicKey));
    if (!expectedPublicKey.isEmpty() && expectedPublicKey != QByteArrayView(h.publicKey))
        return QStringLiteral("wrong key: the export is signed with key %1, not with the vault's audit key %2")
                .arg(h.keyId, AuditKey::keyIdOf(expectedPublicKey));
    o.remove(QStringLiteral("signature"));
    if (!AuditKey::verify(h.publicKey, canonical::object(o), signature))
        return QStringLiteral("the header's signature does not verify: the header was edited or its key replaced");
    if ((h.first == 0) != (h.last == 0) || h.last < h.first)
        return QStringLiteral("the header's firstSequence and lastSequence do not form a range");
    o.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    if (canonical::object(o) != line)
        return nonCanonical("header");
    return {};
}

// Sequence of a record or stub line, 0 for any other line.
qint64 sequenceOf(QByteArrayView line)
{
    detail::ScannedLine scanned;
    if (detail::scanRecordLine(line, scanned) || detail::scanStubLine(line, scanned))
        return scanned.sequence;
    auto object = json::parseObject(line, "line");
    if (!object)
        return 0;
    const QString type = object->value(QStringLiteral("type")).toString();
    if (type != QLatin1StringView("record") && type != QLatin1StringView("stub"))
        return 0;
    return object->value(QStringLiteral("sequence")).toInteger();
}

} // namespace

VerifyReport verifyExport(QByteArrayView bytes, QByteArrayView expectedPublicKey)
{
    VerifyReport report;
    const std::vector<QByteArrayView> lines = splitLines(bytes);
    auto fail = [&](qint64 lineNumber, qint64 sequence, const QString &problem) {
        report.ok = false;
        report.firstBadLine = lineNumber;
        report.firstBadSequence = sequence;
        report.problem = lineNumber > 0 ? QStringLiteral("line %1: %2").arg(lineNumber).arg(problem) : problem;
        return report;
    };
    if (lines.empty())
        return fail(1, 0, QStringLiteral("the file is empty"));
    Header h;
    const QString headerProblem = readHeader(lines.front(), expectedPublicKey, h);
    if (!headerProblem.isEmpty())
        return fail(1, 0, headerProblem);
    report.keyId = h.keyId;
    // The line holding `sequence` after index `from`, or 0: to tell records moved from records removed.
    auto lineOfSequence = [&](std::size_t from, qint64 sequence) -> qint64 {
        for (std::size_t i = from; i < lines.size(); ++i) {
            if (sequenceOf(lines[i]) == sequence)
                return qint64(i) + 1;
        }
        return 0;
    };

    if (h.first == 0) {
        if (lines.size() > 1)
            return fail(2, 0,
                        QStringLiteral("the signed header says the export holds no records, but more lines follow"));
        if (h.records || h.stubs || h.checkpoints)
            return fail(1, 0, QStringLiteral("the header's counts are not zero for an export without records"));
        report.ok = true;
        return report;
    }

    std::size_t index = 1;
    QByteArray expectedPrevious = genesisHash();
    if (h.first > 1) {
        const QString expected = QStringLiteral("the anchor line for record %1 is missing (the start of the export was "
                                                "removed or moved)")
                                         .arg(h.first - 1);
        if (lines.size() < 2)
            return fail(2, h.first, expected);
        auto object = json::parseObject(lines[1], "anchor");
        if (!object || object->value(QStringLiteral("type")).toString() != QLatin1StringView("anchor"))
            return fail(2, h.first, expected);
        json::Reader in(*object, "anchor");
        in.expectExactly({"hash", "sequence", "type"});
        const qint64 sequence = in.integer("sequence", 1, (qint64(1) << 53) - 1);
        expectedPrevious = in.hash("hash");
        if (!in.ok())
            return fail(2, h.first, in.error().context());
        if (sequence != h.first - 1)
            return fail(2, h.first, expected);
        const QByteArray canonicalAnchor = "{\"hash\":\"" + canonical::hex(expectedPrevious)
                + "\",\"sequence\":" + QByteArray::number(sequence) + ",\"type\":\"anchor\"}";
        if (lines[1] != QByteArrayView(canonicalAnchor))
            return fail(2, h.first, nonCanonical("anchor"));
        index = 2;
    }

    qint64 expectedSequence = h.first;
    qint64 lastSequence = h.first - 1;
    qint64 lastCovered = h.first - 1;
    qint64 firstUncoveredLine = 0;
    QByteArray lastHash;
    report.firstSequence = h.first;
    for (; index < lines.size(); ++index) {
        const qint64 lineNumber = qint64(index) + 1;
        const QByteArrayView text = lines[index];
        if (text.isEmpty())
            return fail(lineNumber, expectedSequence, QStringLiteral("the line is empty"));
        // Fast path for the exporter's own canonical lines; everything else is parsed and checked field by field.
        detail::ScannedLine scanned;
        bool fast = false, full = false;
        if (text.startsWith("{\"client\":"))
            fast = full = detail::scanRecordLine(text, scanned);
        else if (text.startsWith("{\"hash\":"))
            fast = detail::scanStubLine(text, scanned);
        QJsonObject object;
        QString type;
        if (!fast) {
            auto parsed = json::parseObject(text, "line");
            if (!parsed)
                return fail(lineNumber, expectedSequence, parsed.error().context());
            object = *parsed;
            type = object.value(QStringLiteral("type")).toString();
            full = type == QLatin1StringView("record");
        }
        if (fast || full || type == QLatin1StringView("stub")) {
            bool hashOk = true;
            if (fast) {
                hashOk = !full
                        || detail::chainHash(scanned.previousHash, scanned.before, scanned.after) == scanned.hash;
            } else if (full) {
                auto record = recordFromJson(object);
                if (!record)
                    return fail(lineNumber, expectedSequence, record.error().context());
                if (toJson(*record) != text)
                    return fail(lineNumber, expectedSequence, nonCanonical("record"));
                scanned.sequence = record->sequence;
                scanned.previousHash = record->previousHash;
                scanned.hash = record->hash;
                hashOk = chainHash(*record) == record->hash;
            } else {
                json::Reader in(object, "stub");
                in.expectExactly({"hash", "previousHash", "sequence", "type"});
                scanned.sequence = in.integer("sequence", 1, (qint64(1) << 53) - 1);
                scanned.previousHash = in.hash("previousHash");
                scanned.hash = in.hash("hash");
                if (!in.ok())
                    return fail(lineNumber, expectedSequence, in.error().context());
                return fail(lineNumber, expectedSequence, nonCanonical("stub"));
            }
            const qint64 sequence = scanned.sequence;
            if (sequence > expectedSequence) {
                if (lineOfSequence(index + 1, expectedSequence))
                    return fail(lineNumber, expectedSequence, detail::outOfOrderText(expectedSequence, sequence));
                return fail(lineNumber, expectedSequence, detail::missingText(expectedSequence, sequence));
            }
            if (sequence < expectedSequence)
                return fail(lineNumber, sequence,
                            QStringLiteral("record %1 is out of order: it comes after record %2")
                                    .arg(sequence)
                                    .arg(expectedSequence - 1));
            if (!hashOk)
                return fail(lineNumber, sequence, detail::editedText(sequence));
            if (scanned.previousHash != expectedPrevious)
                return fail(lineNumber, sequence, detail::unlinkedText(sequence));
            ++(full ? report.records : report.stubs);
            if (firstUncoveredLine == 0)
                firstUncoveredLine = lineNumber;
            lastSequence = sequence;
            lastHash = scanned.hash;
            expectedPrevious = scanned.hash;
            ++expectedSequence;
        } else if (type == QLatin1StringView("checkpoint")) {
            auto checkpoint = checkpointFromJson(object);
            if (!checkpoint)
                return fail(lineNumber, lastCovered + 1, checkpoint.error().context());
            if (toJson(*checkpoint) != text)
                return fail(lineNumber, lastCovered + 1, nonCanonical("checkpoint"));
            const qint64 at = checkpoint->sequence;
            if (at > lastSequence) {
                if (lineOfSequence(index + 1, lastSequence + 1))
                    return fail(lineNumber, lastSequence + 1,
                                QStringLiteral("lines are out of order: the checkpoint at %1 comes before record %2")
                                        .arg(at)
                                        .arg(lastSequence + 1));
                return fail(lineNumber, lastSequence + 1,
                            QStringLiteral("%1 %2 missing (the checkpoint at %3 follows record %4)")
                                    .arg(detail::rangeText(lastSequence + 1, at),
                                         at == lastSequence + 1 ? QStringLiteral("is") : QStringLiteral("are"))
                                    .arg(at)
                                    .arg(lastSequence));
            }
            if (at < lastSequence)
                return fail(lineNumber, at + 1,
                            QStringLiteral("the checkpoint at %1 is out of order: it follows record %2")
                                    .arg(at)
                                    .arg(lastSequence));
            const QString problem
                    = detail::checkCheckpoint(*checkpoint, lastHash, lastCovered, h.publicKey, h.interval);
            if (!problem.isEmpty())
                return fail(lineNumber, lastCovered + 1, problem);
            ++report.checkpoints;
            lastCovered = at;
            firstUncoveredLine = 0;
        } else if (type == QLatin1StringView("anchor") || type == QLatin1StringView("coffer-audit-export")) {
            return fail(lineNumber, expectedSequence,
                        QStringLiteral("unexpected %1 line (only the start of an export has one)").arg(type));
        } else {
            return fail(lineNumber, expectedSequence, QStringLiteral("unknown line type '%1'").arg(type));
        }
    }

    const qint64 endLine = qint64(lines.size()) + 1;
    report.lastSequence = lastSequence;
    if (lastCovered < lastSequence)
        return fail(firstUncoveredLine, lastCovered + 1,
                    QStringLiteral("%1 after the last checkpoint %2 not covered by a signature (the export was cut "
                                   "after its last checkpoint)")
                            .arg(detail::rangeText(lastCovered + 1, lastSequence),
                                 lastCovered + 1 == lastSequence ? QStringLiteral("is") : QStringLiteral("are")));
    if (lastSequence < h.last)
        return fail(endLine, lastSequence + 1,
                    QStringLiteral("the export ends at record %1 but its signed header says it ends at %2: %3 %4 cut "
                                   "off")
                            .arg(lastSequence)
                            .arg(h.last)
                            .arg(detail::rangeText(lastSequence + 1, h.last),
                                 lastSequence + 1 == h.last ? QStringLiteral("was") : QStringLiteral("were")));
    if (lastSequence > h.last)
        return fail(
                endLine, h.last + 1,
                QStringLiteral("the export goes on past record %1, where its signed header says it ends").arg(h.last));
    if (report.records != h.records || report.stubs != h.stubs || report.checkpoints != h.checkpoints)
        return fail(0, 0,
                    QStringLiteral("the export holds %1 records, %2 stubs and %3 checkpoints, but its signed header "
                                   "says %4, %5 and %6 (a record was replaced by a stub, or a line removed)")
                            .arg(report.records)
                            .arg(report.stubs)
                            .arg(report.checkpoints)
                            .arg(h.records)
                            .arg(h.stubs)
                            .arg(h.checkpoints));
    report.ok = true;
    return report;
}

} // namespace coffer::audit
