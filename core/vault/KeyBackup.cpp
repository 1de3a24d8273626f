// KeyStore's backup and restore: every version with its key data, sealed under the vault family's backup key.
// Software keys carry their material; HSM keys carry only the token reference and public half (the private part
// never leaves the token), so they restore only where the same token is bound and still holds them.

#include "core/vault/BackupFile.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/CertificateStoreGuards.h"
#include "core/vault/KeyStorePrivate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/crypto.h>

namespace coffer {

using access::Operation;

namespace {

QString base64(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toBase64());
}

QJsonObject keyToJson(const KeyInfo &key)
{
    QJsonObject out {{QStringLiteral("kty"), int(key.spec.type)},
                     {QStringLiteral("bits"), key.spec.bits},
                     {QStringLiteral("protection"), crypto::protectionName(key.protection)},
                     {QStringLiteral("key_ops"), QJsonArray::fromStringList(crypto::keyOpNames(key.ops))},
                     {QStringLiteral("exportable"), key.exportable}};
    if (key.spec.curve)
        out.insert(QStringLiteral("crv"), crypto::curveName(*key.spec.curve));
    if (!key.publicDer.isEmpty())
        out.insert(QStringLiteral("publicDer"), base64(key.publicDer));
    if (key.protection == Protection::Hsm) {
        out.insert(QStringLiteral("hsmSerial"), key.hsmSerial);
        out.insert(QStringLiteral("hsmId"), base64(key.hsmId));
        out.insert(QStringLiteral("hsmLocal"), key.hsmLocal);
    }
    return out;
}

Result<KeyMaterial> keyFromJson(const QJsonObject &json, KeyOps &ops, bool &exportable)
{
    KeyMaterial m;
    const int kty = json.value(u"kty").toInt(-1);
    if (kty < 0 || kty > int(KeyType::Oct))
        return Error(ErrorCode::Corrupted, QStringLiteral("the backup names an unknown key type"));
    m.spec.type = KeyType(kty);
    m.spec.bits = json.value(u"bits").toInt();
    if (json.contains(u"crv")) {
        const auto curve = crypto::curveFromName(json.value(u"crv").toString());
        if (!curve)
            return Error(ErrorCode::Corrupted, QStringLiteral("the backup names an unknown curve"));
        m.spec.curve = curve;
    }
    COFFER_TRY(crypto::validateSpec(m.spec));
    const auto protection = crypto::protectionFromName(json.value(u"protection").toString());
    if (!protection)
        return Error(ErrorCode::Corrupted, QStringLiteral("the backup names an unknown key protection"));
    m.protection = *protection;
    QStringList names;
    for (const QJsonValue &v : json.value(u"key_ops").toArray())
        names.append(v.toString());
    auto parsed = crypto::keyOpsFromNames(names);
    if (!parsed)
        return Error(ErrorCode::Corrupted, QStringLiteral("the backup's key_ops are not valid"));
    ops = *parsed;
    exportable = json.value(u"exportable").toBool();
    m.publicDer = QByteArray::fromBase64(json.value(u"publicDer").toString().toLatin1());
    if (m.protection == Protection::Hsm) {
        m.hsmSerial = json.value(u"hsmSerial").toString();
        m.hsmRef.id = QByteArray::fromBase64(json.value(u"hsmId").toString().toLatin1());
        m.hsmRef.spec = m.spec;
        m.hsmLocal = json.value(u"hsmLocal").toBool();
        if (m.hsmRef.id.isEmpty() || m.hsmSerial.isEmpty())
            return Error(ErrorCode::Corrupted, QStringLiteral("the backup's HSM key has no token reference"));
    }
    return m;
}

} // namespace

Result<QByteArray> KeyStore::backup(const QString &name)
{
    return d->engine.run(Operation::KeyBackup, keyrows::keyResource(name), [&]() -> Result<QByteArray> {
        // A certificate's key is backed up with its certificate (`certificate backup`).
        COFFER_TRY(certrows::refuseManaged(d->db, ObjectKind::Key, name, QStringLiteral("backup")));
        auto versions = d->objects.listVersions(name);
        if (!versions)
            return versions.error();
        auto sealKey = d->backupKeys.ownKey();
        if (!sealKey)
            return sealKey.error();
        QJsonArray items;
        for (const VersionInfo &info : *versions) {
            auto resolved = d->resolve(name, info.version);
            if (!resolved)
                return resolved.error();
            QJsonObject item = backupfile::versionToJson(info);
            item.insert(QStringLiteral("key"), keyToJson(resolved->key));
            if (resolved->key.protection == Protection::Software) {
                auto value = d->objects.value(resolved->versionRow);
                if (!value)
                    return value.error();
                // The payload JSON is plain memory until it is sealed; wipe every copy made on the way.
                QByteArray encoded = QByteArray::fromRawData(value->constChar(), qsizetype(value->size())).toBase64();
                QString text = QString::fromLatin1(encoded);
                item.insert(QStringLiteral("material"), text);
                OPENSSL_cleanse(encoded.data(), std::size_t(encoded.size()));
                OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
            }
            items.append(item);
        }
        // The vault's id: an HSM key restores only into the vault it came from (two vaults sharing token objects
        // would destroy each other's keys on purge).
        QJsonObject payload {{QStringLiteral("name"), versions->first().name},
                             {QStringLiteral("versions"), items},
                             {QStringLiteral("vaultId"), d->vault.id}};
        auto policy = d->storedPolicy(name);
        if (!policy)
            return policy.error();
        if (*policy)
            payload.insert(QStringLiteral("rotationPolicy"), (*policy)->toJson());
        return backupfile::seal(ObjectKind::Key, *sealKey, payload);
    });
}

Result<KeyInfo> KeyStore::restore(QByteArrayView backupFile)
{
    return d->engine.run(Operation::KeyRestore, access::Resource::kind(ObjectKind::Key), [&]() -> Result<KeyInfo> {
        auto envelope = backupfile::parse(backupFile);
        if (!envelope)
            return envelope.error();
        if (envelope->kind != ObjectKind::Key)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("this is a backup of a %1, not of a key").arg(objectKindTitle(envelope->kind)));
        auto sealKey = d->backupKeys.find(envelope->keyId);
        if (!sealKey)
            return Error(ErrorCode::NotFound,
                         QStringLiteral("this backup was made by a vault of another family (backup key %1); import "
                                        "that vault's backup key into this vault first")
                                 .arg(envelope->keyId));
        auto payload = backupfile::open(*envelope, *sealKey);
        if (!payload)
            return payload.error();
        const QString name = payload->value(u"name").toString();
        COFFER_TRY(objects::validateName(ObjectKind::Key, name));
        d->engine.noteDetail(QStringLiteral("name"), name);
        const QJsonArray items = payload->value(u"versions").toArray();
        if (items.isEmpty())
            return Error(ErrorCode::Corrupted, QStringLiteral("the backup holds no versions"));
        COFFER_TRY(certrows::refuseManaged(d->db, ObjectKind::Key, name, QStringLiteral("restore")));
        auto taken = d->objects.nameTaken(name);
        if (!taken)
            return taken.error();
        if (*taken)
            return Error(ErrorCode::Conflict,
                         QStringLiteral("key '%1' already exists in this vault (or is deleted and not yet purged); a "
                                        "backup restores only under a free name")
                                 .arg(name));
        std::optional<KeyInfo> last;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            auto info = backupfile::versionFromJson(item, ObjectKind::Key, name);
            if (!info)
                return info.error();
            if (info->managed)
                return Error(ErrorCode::Forbidden,
                             QStringLiteral("Operation \"restore\" is not allowed as this object's lifetime is managed "
                                            "by Key Vault. (restore its certificate instead)"));
            KeyOps ops;
            bool exportable = false;
            auto material = keyFromJson(item.value(u"key").toObject(), ops, exportable);
            if (!material)
                return material.error();
            SecureBytes stored;
            if (material->protection == Protection::Software) {
                QByteArray encoded = item.value(u"material").toString().toLatin1();
                QByteArray raw = QByteArray::fromBase64(encoded);
                stored = SecureBytes(raw);
                OPENSSL_cleanse(raw.data(), std::size_t(raw.size()));
                OPENSSL_cleanse(encoded.data(), std::size_t(encoded.size()));
                if (stored.isEmpty())
                    return Error(ErrorCode::Corrupted, QStringLiteral("the backup holds a key without material"));
            } else {
                if (payload->value(u"vaultId").toString() != d->vault.id)
                    return Error(ErrorCode::InvalidArgument,
                                 QStringLiteral("key '%1' is an HSM key of another vault; its backup restores only "
                                                "into the vault it came from (the token objects are that vault's)")
                                         .arg(name));
                COFFER_TRY(d->checkRestorableOnToken(name, *material));
            }
            auto restored = d->objects.restoreVersion(name, *info, stored);
            if (!restored)
                return restored.error();
            COFFER_TRY(d->insertKeyRow(restored->versionRow, *material, ops, exportable));
            auto key = d->keyRow(restored->versionRow, restored->info);
            if (!key)
                return key.error();
            last = std::move(*key);
        }
        if (payload->contains(u"rotationPolicy")) {
            auto policy = rotation::RotationPolicy::fromJson(payload->value(u"rotationPolicy").toObject());
            if (!policy)
                return Error(
                        ErrorCode::Corrupted,
                        QStringLiteral("the backup's rotation policy is not valid: %1").arg(policy.error().context()));
            COFFER_TRY(d->storePolicy(name, *policy));
        }
        d->engine.noteVersion(last->info.version);
        return *last;
    });
}

Result<void> KeyStore::Impl::checkRestorableOnToken(const QString &name, const KeyMaterial &material)
{
    auto token = hsm.token(); // not usableToken(): its sweep would destroy what this restore takes back
    if (!token)
        return Error(token.error().code(),
                     QStringLiteral("key '%1' is an HSM key; restoring it needs its token: %2")
                             .arg(name, token.error().context()));
    if ((*token)->ref().serial != material.hsmSerial)
        return Error(ErrorCode::NotFound,
                     QStringLiteral("key '%1' is an HSM key on the token with serial %2; this vault is bound to serial "
                                    "%3 (an HSM key's backup holds only its token reference)")
                             .arg(name, material.hsmSerial, (*token)->ref().serial));
    auto present = (*token)->exists(material.hsmRef);
    if (!present)
        return present.error();
    if (!*present)
        return Error(ErrorCode::NotFound,
                     QStringLiteral("the token no longer holds HSM key '%1' (it was purged); its backup cannot bring "
                                    "it back")
                             .arg(name));
    // A purge whose token objects were not yet removed: the restore keeps them.
    auto keep = db.cached("DELETE FROM hsm_pending_destroy WHERE hsm_id = ?");
    if (!keep)
        return keep.error();
    (*keep)->bind(1, material.hsmRef.id);
    return (*keep)->run();
}

} // namespace coffer
