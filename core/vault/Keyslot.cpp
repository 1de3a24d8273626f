#include "core/vault/Keyslot.h"

#include <QJsonValue>

namespace coffer {

QString keyslotTypeName(KeyslotType type)
{
    switch (type) {
    case KeyslotType::Passphrase: return QStringLiteral("passphrase");
    case KeyslotType::Recovery: return QStringLiteral("recovery");
    case KeyslotType::Keychain: return QStringLiteral("keychain");
    case KeyslotType::ClientSecret: return QStringLiteral("clientSecret");
    case KeyslotType::Certificate: return QStringLiteral("certificate");
    }
    return {};
}

std::optional<KeyslotType> keyslotTypeFromName(const QString &name)
{
    if (name == u"passphrase")
        return KeyslotType::Passphrase;
    if (name == u"recovery")
        return KeyslotType::Recovery;
    if (name == u"keychain")
        return KeyslotType::Keychain;
    if (name == u"clientSecret")
        return KeyslotType::ClientSecret;
    if (name == u"certificate")
        return KeyslotType::Certificate;
    return std::nullopt;
}

namespace {
QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> fromB64(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}
} // namespace

QJsonObject Keyslot::toJson() const
{
    QJsonObject json {
            {QStringLiteral("id"), id},
            {QStringLiteral("type"), keyslotTypeName(type)},
            {QStringLiteral("label"), label},
            {QStringLiteral("principal"), principalId},
            {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
    };
    switch (type) {
    case KeyslotType::Passphrase:
        json.insert(QStringLiteral("kdf"),
                    QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                                 {QStringLiteral("memoryKiB"), qint64(argon2.memoryKiB)},
                                 {QStringLiteral("iterations"), qint64(argon2.iterations)},
                                 {QStringLiteral("parallelism"), qint64(argon2.parallelism)},
                                 {QStringLiteral("salt"), b64(kdfSalt)}});
        break;
    case KeyslotType::Recovery:
    case KeyslotType::ClientSecret:
        json.insert(QStringLiteral("kdf"),
                    QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("hkdf-sha256")},
                                 {QStringLiteral("salt"), b64(kdfSalt)}});
        break;
    case KeyslotType::Keychain:
        json.insert(QStringLiteral("keychain"),
                    QJsonObject {{QStringLiteral("service"), keychainService},
                                 {QStringLiteral("account"), keychainAccount}});
        break;
    case KeyslotType::Certificate:
        json.insert(QStringLiteral("certificate"),
                    QJsonObject {{QStringLiteral("der"), b64(certificate)},
                                 {QStringLiteral("wrappedKek"), b64(wrappedKek)}});
        break;
    }
    json.insert(QStringLiteral("wrappedKey"),
                QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("A256GCM")},
                             {QStringLiteral("nonce"), b64(wrapNonce)},
                             {QStringLiteral("ciphertext"), b64(wrappedKey)}});
    return json;
}

std::optional<Keyslot> Keyslot::fromJson(const QJsonObject &json, QString *problem)
{
    auto fail = [problem](const QString &why) {
        *problem = why;
        return std::nullopt;
    };
    Keyslot slot;
    slot.id = json.value(u"id").toString();
    if (slot.id.isEmpty())
        return fail(QStringLiteral("a keyslot has no id"));
    const auto type = keyslotTypeFromName(json.value(u"type").toString());
    if (!type)
        return fail(QStringLiteral("keyslot %1 has an unknown type '%2'").arg(slot.id, json.value(u"type").toString()));
    slot.type = *type;
    slot.label = json.value(u"label").toString();
    slot.principalId = json.value(u"principal").toString();
    slot.created = QDateTime::fromString(json.value(u"created").toString(), Qt::ISODate);

    const QJsonObject kdf = json.value(u"kdf").toObject();
    if (slot.type == KeyslotType::Passphrase) {
        if (kdf.value(u"algorithm").toString() != u"argon2id")
            return fail(QStringLiteral("keyslot %1 uses an unknown key derivation").arg(slot.id));
        slot.argon2.memoryKiB = quint32(kdf.value(u"memoryKiB").toInteger());
        slot.argon2.iterations = quint32(kdf.value(u"iterations").toInteger());
        slot.argon2.parallelism = quint32(kdf.value(u"parallelism").toInteger());
        if (!slot.argon2.isSane())
            return fail(QStringLiteral("keyslot %1 has Argon2id parameters out of bounds").arg(slot.id));
    } else if (slot.type == KeyslotType::Recovery || slot.type == KeyslotType::ClientSecret) {
        if (kdf.value(u"algorithm").toString() != u"hkdf-sha256")
            return fail(QStringLiteral("keyslot %1 uses an unknown key derivation").arg(slot.id));
    } else if (slot.type == KeyslotType::Certificate) {
        const QJsonObject cert = json.value(u"certificate").toObject();
        const auto der = fromB64(cert.value(u"der"));
        const auto wrappedKek = fromB64(cert.value(u"wrappedKek"));
        if (!der || der->isEmpty() || !wrappedKek || wrappedKek->isEmpty())
            return fail(QStringLiteral("certificate slot %1 lacks its certificate or wrapped key").arg(slot.id));
        slot.certificate = *der;
        slot.wrappedKek = *wrappedKek;
    } else {
        const QJsonObject keychain = json.value(u"keychain").toObject();
        slot.keychainService = keychain.value(u"service").toString();
        slot.keychainAccount = keychain.value(u"account").toString();
        if (slot.keychainService.isEmpty() || slot.keychainAccount.isEmpty())
            return fail(QStringLiteral("keychain slot %1 names no keychain entry").arg(slot.id));
    }
    if (slot.type != KeyslotType::Keychain && slot.type != KeyslotType::Certificate) {
        const auto salt = fromB64(kdf.value(u"salt"));
        if (!salt || salt->size() < 16)
            return fail(QStringLiteral("keyslot %1 has a missing or short salt").arg(slot.id));
        slot.kdfSalt = *salt;
    }
    const QJsonObject wrapped = json.value(u"wrappedKey").toObject();
    const auto nonce = fromB64(wrapped.value(u"nonce"));
    const auto ciphertext = fromB64(wrapped.value(u"ciphertext"));
    if (wrapped.value(u"algorithm").toString() != u"A256GCM" || !nonce || nonce->size() != 12 || !ciphertext
        || ciphertext->size() != 48)
        return fail(QStringLiteral("keyslot %1 has a malformed wrapped key").arg(slot.id));
    slot.wrapNonce = *nonce;
    slot.wrappedKey = *ciphertext;
    return slot;
}

} // namespace coffer
