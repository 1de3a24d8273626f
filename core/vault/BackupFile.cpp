#include "core/vault/BackupFile.h"

#include "core/common/Ids.h"
#include "core/crypto/Aead.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/crypto.h>

namespace coffer::backupfile {

namespace {
constexpr char kFormat[] = "coffer-backup";

QByteArray aad(ObjectKind kind, const QString &keyId)
{
    return QByteArrayLiteral("coffer/backup/v1\0") + objectKindPath(kind).toLatin1() + '\0' + keyId.toLatin1();
}

std::optional<ObjectKind> kindFromPath(const QString &path)
{
    for (ObjectKind kind : {ObjectKind::Secret, ObjectKind::Key, ObjectKind::Certificate})
        if (objectKindPath(kind) == path)
            return kind;
    return std::nullopt;
}

QJsonValue optionalSecs(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(time->toSecsSinceEpoch()) : QJsonValue();
}
} // namespace

Result<QByteArray> seal(ObjectKind kind, const BackupKeys::Key &key, const QJsonObject &payload)
{
    QByteArray plain = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    auto sealed = crypto::sealAes256Gcm(key.key, plain, aad(kind, key.id));
    OPENSSL_cleanse(plain.data(), std::size_t(plain.size()));
    if (!sealed)
        return sealed.error();
    // Written field by field so "format" comes first: a file cut short is still recognisable as ours.
    QByteArray out;
    out += "{\n  \"format\": \"";
    out += kFormat;
    out += "\",\n  \"version\": 1,\n  \"kind\": \"" + objectKindPath(kind).toLatin1();
    out += "\",\n  \"keyId\": \"" + key.id.toLatin1();
    out += "\",\n  \"nonce\": \"" + sealed->nonce.toBase64();
    out += "\",\n  \"ciphertext\": \"" + sealed->ciphertext.toBase64() + "\"\n}\n";
    return out;
}

Result<Envelope> parse(QByteArrayView bytes)
{
    if (bytes.size() > kMaxFileBytes)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the file is larger than a backup can be (256 MiB)"));
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        // A Coffer backup that was cut short still starts like one: call it damaged, not foreign.
        if (bytes.toByteArray().contains("\"coffer-backup\""))
            return Error(ErrorCode::Corrupted, QStringLiteral("the backup file is truncated or damaged"));
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the file is not a Coffer backup"));
    }
    const QJsonObject json = doc.object();
    if (json.value(u"format").toString() != QLatin1StringView(kFormat))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the file is not a Coffer backup"));
    if (json.value(u"version").toInt() != 1)
        return Error(ErrorCode::UnsupportedFormat,
                     QStringLiteral("the backup was written by a newer Coffer (backup version %1)")
                             .arg(json.value(u"version").toInt()));
    const auto kind = kindFromPath(json.value(u"kind").toString());
    Envelope envelope;
    envelope.keyId = json.value(u"keyId").toString();
    auto nonce = QByteArray::fromBase64Encoding(json.value(u"nonce").toString().toLatin1(),
                                                QByteArray::AbortOnBase64DecodingErrors);
    auto ciphertext = QByteArray::fromBase64Encoding(json.value(u"ciphertext").toString().toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!kind || envelope.keyId.isEmpty() || !nonce || !ciphertext)
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("the backup file is damaged (a field is missing or malformed)"));
    envelope.kind = *kind;
    envelope.nonce = *nonce;
    envelope.ciphertext = *ciphertext;
    return envelope;
}

Result<QJsonObject> open(const Envelope &envelope, const BackupKeys::Key &key)
{
    auto plain = crypto::openAes256Gcm(key.key, {envelope.nonce, envelope.ciphertext}, aad(envelope.kind, key.id));
    if (!plain) {
        if (plain.error().code() == ErrorCode::WrongCredential || plain.error().code() == ErrorCode::Corrupted)
            return Error(ErrorCode::Corrupted,
                         QStringLiteral("the backup file was altered or is damaged (authentication failed)"));
        return plain.error();
    }
    const QJsonDocument doc
            = QJsonDocument::fromJson(QByteArray::fromRawData(plain->constChar(), qsizetype(plain->size())));
    if (!doc.isObject())
        return Error(ErrorCode::Corrupted, QStringLiteral("the backup's contents are not readable"));
    return doc.object();
}

QJsonObject versionToJson(const VersionInfo &info)
{
    QJsonObject tags;
    for (auto it = info.tags.cbegin(); it != info.tags.cend(); ++it)
        tags.insert(it.key(), it.value());
    return QJsonObject {
            {QStringLiteral("version"), info.version},
            {QStringLiteral("enabled"), info.attributes.enabled},
            {QStringLiteral("nbf"), optionalSecs(info.attributes.notBefore)},
            {QStringLiteral("exp"), optionalSecs(info.attributes.expires)},
            {QStringLiteral("created"), info.attributes.created.toSecsSinceEpoch()},
            {QStringLiteral("updated"), info.attributes.updated.toSecsSinceEpoch()},
            {QStringLiteral("contentType"), info.contentType},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("managed"), info.managed},
    };
}

Result<VersionInfo> versionFromJson(const QJsonObject &json, ObjectKind kind, const QString &name)
{
    VersionInfo info;
    info.kind = kind;
    info.name = name;
    info.version = json.value(u"version").toString();
    if (!ids::isVersionId(info.version))
        return Error(ErrorCode::Corrupted, QStringLiteral("the backup holds a malformed version id"));
    info.attributes.enabled = json.value(u"enabled").toBool(true);
    if (json.value(u"nbf").isDouble())
        info.attributes.notBefore = QDateTime::fromSecsSinceEpoch(json.value(u"nbf").toInteger(), Qt::UTC);
    if (json.value(u"exp").isDouble())
        info.attributes.expires = QDateTime::fromSecsSinceEpoch(json.value(u"exp").toInteger(), Qt::UTC);
    info.attributes.created = QDateTime::fromSecsSinceEpoch(json.value(u"created").toInteger(), Qt::UTC);
    info.attributes.updated = QDateTime::fromSecsSinceEpoch(json.value(u"updated").toInteger(), Qt::UTC);
    info.contentType = json.value(u"contentType").toString();
    const QJsonObject tags = json.value(u"tags").toObject();
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        info.tags.insert(it.key(), it.value().toString());
    info.managed = json.value(u"managed").toBool();
    COFFER_TRY(objects::validateDates(info.attributes.notBefore, info.attributes.expires));
    COFFER_TRY(objects::validateTags(info.tags));
    COFFER_TRY(objects::validateContentType(info.contentType));
    return info;
}

} // namespace coffer::backupfile
