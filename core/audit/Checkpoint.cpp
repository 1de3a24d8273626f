#include "core/audit/Checkpoint.h"

#include "core/audit/AuditCanonical.h"
#include "core/audit/AuditKey.h"
#include "core/audit/CanonicalJson.h"
#include "core/audit/JsonFields.h"

namespace coffer::audit {

namespace {

QByteArray encode(const Checkpoint &c, bool withSignature)
{
    using namespace canonical;
    QByteArray out;
    out.reserve(300);
    out.append("{\"format\":1,\"headHash\":\"");
    out.append(hex(c.headHash));
    out.append("\",\"keyId\":");
    appendString(out, c.keyId);
    out.append(",\"sequence\":");
    appendInteger(out, c.sequence);
    if (withSignature) {
        out.append(",\"signature\":\"");
        out.append(c.signature.toBase64());
        out.append('"');
    }
    out.append(",\"time\":\"");
    out.append(isoTime(c.time));
    out.append(c.kind == Checkpoint::Kind::Head ? "\",\"type\":\"checkpoint\"}" : "\",\"type\":\"anchor\"}");
    return out;
}

} // namespace

QByteArray canonicalBytes(const Checkpoint &checkpoint)
{
    return encode(checkpoint, false);
}

Result<Checkpoint> signCheckpoint(Checkpoint::Kind kind, qint64 sequence, const QDateTime &time,
                                  const QByteArray &headHash, const AuditKey &key)
{
    Checkpoint c;
    c.kind = kind;
    c.sequence = sequence;
    c.time = QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
    c.headHash = headHash;
    c.keyId = key.keyId();
    auto signature = key.sign(canonicalBytes(c));
    if (!signature)
        return signature.error();
    c.signature = *signature;
    return c;
}

bool verifyCheckpoint(const Checkpoint &checkpoint, QByteArrayView publicKey)
{
    return checkpoint.keyId == AuditKey::keyIdOf(publicKey)
            && AuditKey::verify(publicKey, canonicalBytes(checkpoint), checkpoint.signature);
}

QByteArray toJson(const Checkpoint &checkpoint)
{
    return encode(checkpoint, true);
}

Result<Checkpoint> checkpointFromJson(const QJsonObject &object)
{
    json::Reader in(object, "checkpoint");
    in.expectExactly({"format", "headHash", "keyId", "sequence", "signature", "time", "type"});
    in.constant("type", "checkpoint");
    in.constantInteger("format", 1);
    Checkpoint c;
    c.sequence = in.integer("sequence", 1, detail::maxJsonInteger);
    c.time = in.time("time");
    c.headHash = in.hash("headHash");
    c.keyId = in.string("keyId", false);
    c.signature = in.base64("signature", AuditKey::signatureSize);
    if (!in.ok())
        return in.error();
    return c;
}

} // namespace coffer::audit
