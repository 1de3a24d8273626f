#include "core/vault/VaultHeader.h"

#include "core/crypto/Digest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coffer {

namespace {
QJsonObject bodyJson(const VaultHeader &h)
{
    QJsonArray slots;
    for (const Keyslot &slot : h.keyslots)
        slots.append(slot.toJson());
    QJsonObject body {
            {QStringLiteral("format"), h.format},
            {QStringLiteral("vaultId"), h.vaultId},
            {QStringLiteral("name"), h.name},
            {QStringLiteral("created"), h.created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("databaseSalt"), QString::fromLatin1(h.databaseSalt.toHex())},
            {QStringLiteral("generation"), h.generation},
            {QStringLiteral("keyslots"), slots},
    };
    if (!h.auditPublicKey.isEmpty())
        body.insert(QStringLiteral("audit"),
                    QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                                 {QStringLiteral("publicKey"), QString::fromLatin1(h.auditPublicKey.toBase64())},
                                 {QStringLiteral("keyId"), h.auditKeyId}});
    return body;
}

Error tampered(const QString &why)
{
    return Error(ErrorCode::HeaderTampered,
                 QStringLiteral("header.json %1. Restore header.json from a backup of this vault.").arg(why));
}
} // namespace

QByteArray VaultHeader::canonicalBody() const
{
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    return QJsonDocument(bodyJson(*this)).toJson(QJsonDocument::Compact);
}

QByteArray VaultHeader::toFileBytes() const
{
    QJsonObject json = bodyJson(*this);
    json.insert(QStringLiteral("checksum"), QString::fromLatin1(checksum.toHex()));
    json.insert(QStringLiteral("mac"), QString::fromLatin1(mac.toHex()));
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

void VaultHeader::seal(const SecureBytes &macKey)
{
    sealedBody = canonicalBody();
    checksum = crypto::sha256(sealedBody);
    mac = crypto::hmacSha256(macKey, sealedBody);
}

bool VaultHeader::macMatches(const SecureBytes &macKey) const
{
    const QByteArray body = sealedBody.isEmpty() ? canonicalBody() : sealedBody;
    return crypto::constantTimeEquals(crypto::hmacSha256(macKey, body), mac);
}

const Keyslot *VaultHeader::slot(const QString &id) const
{
    for (const Keyslot &s : keyslots)
        if (s.id == id)
            return &s;
    return nullptr;
}

Result<VaultHeader> VaultHeader::parse(QByteArrayView bytes)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return tampered(QStringLiteral("is not valid JSON (%1 at offset %2)")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
    const QJsonObject json = doc.object();
    VaultHeader h;
    if (!json.value(u"format").isDouble())
        return tampered(QStringLiteral("has no format version"));
    h.format = json.value(u"format").toInt();
    if (h.format > kFormat)
        return Error(ErrorCode::UnsupportedFormat,
                     QStringLiteral("this vault was written by a newer Coffer (file format %1; this build reads up "
                                    "to %2). Open it with a newer Coffer.")
                             .arg(h.format)
                             .arg(kFormat));
    if (h.format < 1)
        return tampered(QStringLiteral("has an invalid format version"));
    h.vaultId = json.value(u"vaultId").toString();
    h.name = json.value(u"name").toString();
    h.created = QDateTime::fromString(json.value(u"created").toString(), Qt::ISODate);
    h.databaseSalt = QByteArray::fromHex(json.value(u"databaseSalt").toString().toLatin1());
    h.generation = json.value(u"generation").toInteger(-1);
    h.checksum = QByteArray::fromHex(json.value(u"checksum").toString().toLatin1());
    h.mac = QByteArray::fromHex(json.value(u"mac").toString().toLatin1());
    if (h.vaultId.isEmpty() || h.databaseSalt.size() != 16 || h.generation < 1 || h.checksum.size() != 32
        || h.mac.size() != 32)
        return tampered(QStringLiteral("is missing required fields"));
    if (json.contains(u"audit")) {
        const QJsonObject audit = json.value(u"audit").toObject();
        h.auditPublicKey = QByteArray::fromBase64(audit.value(u"publicKey").toString().toLatin1());
        h.auditKeyId = audit.value(u"keyId").toString();
        if (audit.value(u"algorithm").toString() != u"Ed25519" || h.auditPublicKey.size() != 32
            || h.auditKeyId.isEmpty())
            return tampered(QStringLiteral("has a malformed audit key"));
    }
    for (const QJsonValue &value : json.value(u"keyslots").toArray()) {
        QString problem;
        auto slot = Keyslot::fromJson(value.toObject(), &problem);
        if (!slot)
            return tampered(problem);
        h.keyslots.append(*slot);
    }
    // The body as stored, less the two seals: QJsonObject sorts its keys, so for a header Coffer wrote these are
    // exactly the bytes canonicalBody() gives, without rebuilding them from the parsed fields.
    QJsonObject body = json;
    body.remove(QStringLiteral("checksum"));
    body.remove(QStringLiteral("mac"));
    h.sealedBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!crypto::constantTimeEquals(crypto::sha256(h.sealedBody), h.checksum))
        return tampered(QStringLiteral("was changed outside Coffer (its checksum does not match)"));
    if (h.keyslots.isEmpty())
        return tampered(QStringLiteral("has no keyslots"));
    return h;
}

} // namespace coffer
