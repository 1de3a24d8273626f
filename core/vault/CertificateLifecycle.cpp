// CertificateStore: attribute updates, soft-delete/recover/purge of the certificate with its managed key and secret
// (one transaction, the same dates), backup/restore of all three, and the export with the private key.

#include "core/crypto/Pkcs12Writer.h"
#include "core/vault/BackupFile.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/CertificateStorePrivate.h"

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

// Secret bytes into the payload JSON as base64 text, wiping the copies made on the way.
QString secretBase64(const SecureBytes &value)
{
    QByteArray encoded = QByteArray::fromRawData(value.constChar(), qsizetype(value.size())).toBase64();
    QString text = QString::fromLatin1(encoded);
    OPENSSL_cleanse(encoded.data(), std::size_t(encoded.size()));
    return text;
}

void wipe(QString &text)
{
    OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
}

SecureBytes secretFromBase64(const QString &text)
{
    QByteArray encoded = text.toLatin1();
    QByteArray raw = QByteArray::fromBase64(encoded);
    SecureBytes out(raw);
    OPENSSL_cleanse(raw.data(), std::size_t(raw.size()));
    OPENSSL_cleanse(encoded.data(), std::size_t(encoded.size()));
    return out;
}

QJsonObject keyToJson(const KeyInfo &key)
{
    QJsonObject out {{QStringLiteral("kty"), int(key.spec.type)},
                     {QStringLiteral("bits"), key.spec.bits},
                     {QStringLiteral("protection"), crypto::protectionName(key.protection)},
                     {QStringLiteral("key_ops"), QJsonArray::fromStringList(crypto::keyOpNames(key.ops))},
                     {QStringLiteral("exportable"), key.exportable},
                     {QStringLiteral("publicDer"), base64(key.publicDer)}};
    if (key.spec.curve)
        out.insert(QStringLiteral("crv"), crypto::curveName(*key.spec.curve));
    if (key.protection == Protection::Hsm) {
        out.insert(QStringLiteral("hsmSerial"), key.hsmSerial);
        out.insert(QStringLiteral("hsmId"), base64(key.hsmId));
        out.insert(QStringLiteral("hsmLocal"), key.hsmLocal);
    }
    return out;
}

Result<KeyMaterial> keyFromJson(const QJsonObject &json, KeyOps &ops, bool &exportable)
{
    const Error corrupted(ErrorCode::Corrupted, QStringLiteral("the backup's key data is not valid"));
    KeyMaterial m;
    const int kty = json.value(u"kty").toInt(-1);
    if (kty != int(KeyType::Rsa) && kty != int(KeyType::Ec))
        return corrupted;
    m.spec.type = KeyType(kty);
    m.spec.bits = json.value(u"bits").toInt();
    if (json.contains(u"crv")) {
        m.spec.curve = crypto::curveFromName(json.value(u"crv").toString());
        if (!m.spec.curve)
            return corrupted;
    }
    if (!crypto::validateSpec(m.spec))
        return corrupted;
    const auto protection = crypto::protectionFromName(json.value(u"protection").toString());
    if (!protection)
        return corrupted;
    m.protection = *protection;
    QStringList names;
    for (const QJsonValue &v : json.value(u"key_ops").toArray())
        names.append(v.toString());
    auto parsed = crypto::keyOpsFromNames(names);
    if (!parsed)
        return corrupted;
    ops = *parsed;
    exportable = json.value(u"exportable").toBool();
    m.publicDer = QByteArray::fromBase64(json.value(u"publicDer").toString().toLatin1());
    if (m.protection == Protection::Hsm) {
        m.hsmSerial = json.value(u"hsmSerial").toString();
        m.hsmRef.id = QByteArray::fromBase64(json.value(u"hsmId").toString().toLatin1());
        m.hsmRef.spec = m.spec;
        m.hsmLocal = json.value(u"hsmLocal").toBool();
        if (m.hsmRef.id.isEmpty() || m.hsmSerial.isEmpty())
            return corrupted;
    }
    return m;
}

// The managed key and secret of a certificate name in the given state.
Result<QList<ObjectKind>> managedKinds(storage::Database &db, const QString &name, bool deleted)
{
    auto stmt = db.prepare(deleted ? "SELECT o.kind FROM objects o JOIN versions v ON v.id = o.current_version"
                                     " WHERE o.kind IN (0, 1) AND o.name_key = ? AND v.managed = 1"
                                     " AND o.deleted_at IS NOT NULL"
                                   : "SELECT o.kind FROM objects o JOIN versions v ON v.id = o.current_version"
                                     " WHERE o.kind IN (0, 1) AND o.name_key = ? AND v.managed = 1"
                                     " AND o.deleted_at IS NULL");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, objects::nameKey(name));
    QList<ObjectKind> out;
    COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) { out.append(ObjectKind(s.int64(0))); }));
    return out;
}

} // namespace

// --- attributes

Result<CertificateInfo> CertificateStore::update(const QString &name, const QString &version,
                                                 const AttributeUpdate &update)
{
    return d->engine.run(
            Operation::CertificateUpdate, certrows::certificateResource(name), [&]() -> Result<CertificateInfo> {
                if (update.notBefore || update.expires)
                    return Error(ErrorCode::InvalidArgument,
                                 QStringLiteral("a certificate's dates are its X.509 validity; they "
                                                "cannot be changed"));
                if (update.contentType)
                    return Error(ErrorCode::InvalidArgument,
                                 QStringLiteral("a certificate has no content type; its secret's "
                                                "follows the policy (secret_props.contentType)"));
                auto info = d->objects.updateAttributes(name, version, update);
                if (!info)
                    return info.error();
                auto resolved = d->objects.resolve(name, info->version);
                if (!resolved)
                    return resolved.error();
                // The managed key and secret of this version mirror it.
                auto mirror = d->db.cached("UPDATE versions SET enabled = (SELECT enabled FROM versions WHERE id = ?1),"
                                           " tags = (SELECT tags FROM versions WHERE id = ?1), updated = ?2"
                                           " WHERE managed = 1 AND version = ?3 AND object_id IN"
                                           " (SELECT id FROM objects WHERE kind IN (0, 1) AND name_key = ?4)");
                if (!mirror)
                    return mirror.error();
                (*mirror)->bind(1, resolved->first);
                (*mirror)->bind(2, info->attributes.updated.toSecsSinceEpoch());
                (*mirror)->bind(3, info->version).bind(4, objects::nameKey(name));
                COFFER_TRY((*mirror)->run());
                d->engine.noteVersion(info->version);
                if (update.enabled)
                    d->engine.noteDetail(QStringLiteral("enabled"), *update.enabled);
                return d->certificateRow(resolved->first, *info);
            });
}

// --- lifecycle

Result<DeletedInfo> CertificateStore::remove(const QString &name)
{
    return d->engine.run(
            Operation::CertificateDelete, certrows::certificateResource(name), [&]() -> Result<DeletedInfo> {
                auto deleted = d->objects.softDelete(name);
                if (!deleted)
                    return deleted.error();
                auto stmt = d->db.cached("UPDATE objects SET deleted_at = ?, purge_at = ? WHERE kind IN (0, 1)"
                                         " AND name_key = ? AND deleted_at IS NULL AND current_version IN"
                                         " (SELECT id FROM versions WHERE managed = 1)");
                if (!stmt)
                    return stmt.error();
                (*stmt)->bind(1, deleted->deletedDate.toSecsSinceEpoch());
                (*stmt)->bind(2, deleted->scheduledPurgeDate.toSecsSinceEpoch());
                (*stmt)->bind(3, objects::nameKey(name));
                COFFER_TRY((*stmt)->run());
                // A pending request (a renewal waiting for its CA) goes with the certificate, key material included:
                // the trigger queues an HSM request's token object for destruction.
                auto pending = d->db.cached("DELETE FROM certificate_pending WHERE name_key = ?");
                if (!pending)
                    return pending.error();
                (*pending)->bind(1, objects::nameKey(name));
                COFFER_TRY((*pending)->run());
                if (d->db.changes() > 0)
                    d->engine.noteDetail(QStringLiteral("pendingRequest"), QStringLiteral("deleted"));
                d->engine.noteVersion(deleted->current.version);
                return deleted;
            });
}

Result<QList<DeletedInfo>> CertificateStore::listDeleted()
{
    return d->engine.run(Operation::CertificateListDeleted, certrows::kAllCertificates,
                         [&] { return d->objects.listDeleted(); });
}

Result<DeletedInfo> CertificateStore::getDeleted(const QString &name)
{
    return d->engine.run(Operation::CertificateGetDeleted, certrows::certificateResource(name),
                         [&] { return d->objects.getDeleted(name); });
}

Result<CertificateInfo> CertificateStore::recover(const QString &name)
{
    return d->engine.run(
            Operation::CertificateRecover, certrows::certificateResource(name), [&]() -> Result<CertificateInfo> {
                auto info = d->objects.recover(name);
                if (!info)
                    return info.error();
                auto stmt = d->db.cached("UPDATE objects SET deleted_at = NULL, purge_at = NULL WHERE kind IN (0, 1)"
                                         " AND name_key = ? AND deleted_at IS NOT NULL AND current_version IN"
                                         " (SELECT id FROM versions WHERE managed = 1)");
                if (!stmt)
                    return stmt.error();
                (*stmt)->bind(1, objects::nameKey(name));
                COFFER_TRY((*stmt)->run());
                d->engine.noteVersion(info->version);
                return d->resolve(info->name, info->version);
            });
}

Result<void> CertificateStore::purge(const QString &name)
{
    bool hadHsmKeys = false;
    auto purged
            = d->engine.run(Operation::CertificatePurge, certrows::certificateResource(name), [&]() -> Result<void> {
                  auto kinds = managedKinds(d->db, name, true);
                  if (!kinds)
                      return kinds.error();
                  auto pending = d->pendingRow(name);
                  if (!pending)
                      return pending.error();
                  COFFER_TRY(d->objects.purge(name)); // refused early under purge protection
                  auto hsmCount
                          = d->db.prepare("SELECT count(*) FROM key_versions k JOIN versions v ON v.id = k.version_id"
                                          " JOIN objects o ON o.id = v.object_id WHERE o.kind = 1 AND o.name_key = ?"
                                          " AND k.protection = 1");
                  if (!hsmCount)
                      return hsmCount.error();
                  hsmCount->bind(1, objects::nameKey(name));
                  auto row = hsmCount->step();
                  if (!row)
                      return row.error();
                  hadHsmKeys = *row && hsmCount->int64(0) > 0;
                  if (kinds->contains(ObjectKind::Key))
                      COFFER_TRY(d->keyImpl.objects.purge(name));
                  if (kinds->contains(ObjectKind::Secret))
                      COFFER_TRY(d->secretObjects.purge(name));
                  if (*pending) {
                      hadHsmKeys = hadHsmKeys || (*pending)->material.protection == Protection::Hsm;
                      auto del = d->db.cached("DELETE FROM certificate_pending WHERE name_key = ?");
                      if (!del)
                          return del.error();
                      (*del)->bind(1, objects::nameKey(name));
                      COFFER_TRY((*del)->run());
                  }
                  return {};
              });
    if (purged && hadHsmKeys)
        d->sweepToken();
    return purged;
}

// --- backup and restore

Result<QByteArray> CertificateStore::backup(const QString &name)
{
    return d->engine.run(
            Operation::CertificateBackup, certrows::certificateResource(name), [&]() -> Result<QByteArray> {
                auto versions = d->objects.listVersions(name);
                if (!versions)
                    return versions.error();
                auto sealKey = d->backupKeys.ownKey();
                if (!sealKey)
                    return sealKey.error();
                QJsonArray items;
                QList<QString> toWipe;
                for (const VersionInfo &info : std::as_const(*versions)) {
                    auto cert = d->resolve(name, info.version);
                    if (!cert)
                        return cert.error();
                    QJsonArray chain;
                    for (const QByteArray &der : std::as_const(cert->chainDer))
                        chain.append(base64(der));
                    QJsonObject item {{QStringLiteral("certificate"), backupfile::versionToJson(info)},
                                      {QStringLiteral("chain"), chain},
                                      {QStringLiteral("hasKey"), cert->hasPrivateKey},
                                      {QStringLiteral("exportable"), cert->exportable},
                                      {QStringLiteral("issuer"), issuerKindName(cert->issuer)}};
                    if (cert->hasPrivateKey) {
                        auto key = d->keyImpl.resolve(name, info.version);
                        if (!key)
                            return key.error();
                        QJsonObject keyItem {{QStringLiteral("version"), backupfile::versionToJson(key->key.info)},
                                             {QStringLiteral("key"), keyToJson(key->key)}};
                        if (key->key.protection == Protection::Software) {
                            auto value = d->keyImpl.objects.value(key->versionRow);
                            if (!value)
                                return value.error();
                            toWipe.append(secretBase64(*value));
                            keyItem.insert(QStringLiteral("material"), toWipe.last());
                        }
                        item.insert(QStringLiteral("key"), keyItem);
                    }
                    auto secret = d->secretObjects.resolve(name, info.version);
                    if (!secret)
                        return secret.error();
                    auto value = d->secretObjects.value(secret->first);
                    if (!value)
                        return value.error();
                    toWipe.append(secretBase64(*value));
                    item.insert(QStringLiteral("secret"),
                                QJsonObject {{QStringLiteral("version"), backupfile::versionToJson(secret->second)},
                                             {QStringLiteral("value"), toWipe.last()}});
                    items.append(item);
                }
                QJsonObject payload {{QStringLiteral("name"), versions->constFirst().name},
                                     {QStringLiteral("versions"), items},
                                     {QStringLiteral("vaultId"), d->vault.id}};
                auto policy = d->storedPolicy(name);
                if (!policy)
                    return policy.error();
                if (*policy)
                    payload.insert(QStringLiteral("policy"), (*policy)->toJson());
                auto sealed = backupfile::seal(ObjectKind::Certificate, *sealKey, payload);
                for (QString &text : toWipe)
                    wipe(text);
                return sealed;
            });
}

Result<CertificateInfo> CertificateStore::restore(QByteArrayView backupFile)
{
    return d->engine.run(Operation::CertificateRestore, certrows::kAllCertificates, [&]() -> Result<CertificateInfo> {
        auto envelope = backupfile::parse(backupFile);
        if (!envelope)
            return envelope.error();
        if (envelope->kind != ObjectKind::Certificate)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("this is a backup of a %1, not of a certificate")
                                 .arg(objectKindTitle(envelope->kind)));
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
        COFFER_TRY(objects::validateName(ObjectKind::Certificate, name));
        d->engine.noteDetail(QStringLiteral("name"), name);
        const QJsonArray items = payload->value(u"versions").toArray();
        if (items.isEmpty())
            return Error(ErrorCode::Corrupted, QStringLiteral("the backup holds no versions"));
        for (ObjectStore *store : {&d->objects, &d->keyImpl.objects, &d->secretObjects}) {
            auto taken = store->nameTaken(name);
            if (!taken)
                return taken.error();
            if (*taken)
                return Error(ErrorCode::Conflict,
                             QStringLiteral("a %1 named '%2' exists in this vault (or is deleted and not yet purged); "
                                            "a certificate backup restores only under a name free for certificates, "
                                            "keys and secrets")
                                     .arg(objectKindTitle(store->kind()), name));
        }
        auto pending = d->pendingRow(name);
        if (!pending)
            return pending.error();
        if (*pending)
            return Error(
                    ErrorCode::Conflict,
                    QStringLiteral("certificate '%1' has a pending request in this vault; delete it first").arg(name));
        std::optional<CertificateInfo> last;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            auto info
                    = backupfile::versionFromJson(item.value(u"certificate").toObject(), ObjectKind::Certificate, name);
            if (!info)
                return info.error();
            QList<QByteArray> chainDer;
            for (const QJsonValue &der : item.value(u"chain").toArray())
                chainDer.append(QByteArray::fromBase64(der.toString().toLatin1()));
            if (chainDer.isEmpty())
                return Error(ErrorCode::Corrupted, QStringLiteral("the backup holds a version without a certificate"));
            auto leaf = crypto::X509Certificate::fromDer(chainDer.constFirst());
            if (!leaf)
                return Error(ErrorCode::Corrupted, QStringLiteral("the backup holds a damaged certificate"));
            const crypto::CertificateDetails &det = leaf->details();
            const bool hasKey = item.value(u"hasKey").toBool();
            const QString issuer = item.value(u"issuer").toString();
            auto restored = d->objects.restoreVersion(name, *info, SecureBytes());
            if (!restored)
                return restored.error();
            Protection protection = Protection::Software;
            if (hasKey) {
                const QJsonObject keyItem = item.value(u"key").toObject();
                auto keyInfo = backupfile::versionFromJson(keyItem.value(u"version").toObject(), ObjectKind::Key, name);
                if (!keyInfo)
                    return keyInfo.error();
                KeyOps ops;
                bool keyExportable = false;
                auto material = keyFromJson(keyItem.value(u"key").toObject(), ops, keyExportable);
                if (!material)
                    return material.error();
                protection = material->protection;
                SecureBytes stored;
                if (material->protection == Protection::Software) {
                    stored = secretFromBase64(keyItem.value(u"material").toString());
                    if (stored.isEmpty())
                        return Error(ErrorCode::Corrupted, QStringLiteral("the backup holds a key without material"));
                } else {
                    if (payload->value(u"vaultId").toString() != d->vault.id)
                        return Error(ErrorCode::InvalidArgument,
                                     QStringLiteral("certificate '%1' has an HSM key of another vault; its backup "
                                                    "restores only into the vault it came from")
                                             .arg(name));
                    COFFER_TRY(d->keyImpl.checkRestorableOnToken(name, *material));
                }
                auto key = d->keyImpl.objects.restoreVersion(name, *keyInfo, stored);
                if (!key)
                    return key.error();
                COFFER_TRY(d->keyImpl.insertKeyRow(key->versionRow, *material, ops, keyExportable));
            }
            const QJsonObject secretItem = item.value(u"secret").toObject();
            auto secretInfo
                    = backupfile::versionFromJson(secretItem.value(u"version").toObject(), ObjectKind::Secret, name);
            if (!secretInfo)
                return secretInfo.error();
            const SecureBytes secretValue = secretFromBase64(secretItem.value(u"value").toString());
            if (secretValue.isEmpty())
                return Error(ErrorCode::Corrupted, QStringLiteral("the backup holds a secret without a value"));
            auto secret = d->secretObjects.restoreVersion(name, *secretInfo, secretValue);
            if (!secret)
                return secret.error();
            auto insert = d->db.cached("INSERT INTO certificate_versions (version_id, cer, chain, thumbprint, subject,"
                                       " issuer_name, not_before, not_after, has_key, protection, exportable,"
                                       " issuer_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            if (!insert)
                return insert.error();
            storage::Statement &s = **insert;
            s.bind(1, restored->versionRow).bind(2, chainDer.constFirst()).bind(3, certrows::packChain(chainDer));
            s.bind(4, det.sha1Hex()).bind(5, det.subject).bind(6, det.issuer);
            s.bind(7, det.notBefore.toSecsSinceEpoch()).bind(8, det.notAfter.toSecsSinceEpoch());
            s.bind(9, hasKey).bind(10, int(protection)).bind(11, item.value(u"exportable").toBool());
            s.bind(12, int(issuer == u"Self" ? IssuerKind::Self : IssuerKind::Unknown));
            COFFER_TRY(s.run());
            auto cert = d->certificateRow(restored->versionRow, restored->info);
            if (!cert)
                return cert.error();
            last = std::move(*cert);
        }
        if (payload->contains(u"policy")) {
            auto policy = CertificatePolicy::fromJson(payload->value(u"policy").toObject());
            if (!policy)
                return Error(ErrorCode::Corrupted,
                             QStringLiteral("the backup's policy is not valid: %1").arg(policy.error().context()));
            COFFER_TRY(d->storePolicy(name, *policy));
        }
        d->noteCertificate(*last);
        return *last;
    });
}

// --- export with the private key

Result<SecureBytes> CertificateStore::exportWithKey(const QString &name, const CertificateExportRequest &request)
{
    // The PFX/PEM is the managed secret's content: SecretGet on /secrets/NAME (certificate roles do not reach it).
    return d->engine.run(
            Operation::SecretGet, access::Resource::object(ObjectKind::Secret, name), [&]() -> Result<SecureBytes> {
                auto cert = d->resolve(name, request.version);
                if (!cert)
                    return cert.error();
                if (!cert->info.attributes.enabled)
                    return Error(ErrorCode::Forbidden,
                                 QStringLiteral("operation get is not allowed on a disabled secret "
                                                "('%1', version %2); enable the certificate first")
                                         .arg(cert->info.name, cert->info.version));
                QList<crypto::X509Certificate> chain;
                for (const QByteArray &der : std::as_const(cert->chainDer)) {
                    auto parsed = crypto::X509Certificate::fromDer(der);
                    if (!parsed)
                        return parsed.error();
                    chain.append(std::move(*parsed));
                }
                std::optional<crypto::SoftwareKey> key;
                const bool withKey
                        = cert->hasPrivateKey && cert->exportable && cert->keyProtection == Protection::Software;
                if (!withKey && request.requirePrivateKey) {
                    const QString why = !cert->hasPrivateKey ? QStringLiteral("it was imported without one")
                            : cert->keyProtection == Protection::Hsm
                            ? QStringLiteral("it is on the HSM and never leaves the token")
                            : QStringLiteral("its policy says it is not exportable (key_props.exportable)");
                    return Error(ErrorCode::Forbidden,
                                 QStringLiteral("the private key of certificate '%1' cannot be exported: %2")
                                         .arg(name, why));
                }
                if (withKey) {
                    auto resolved = d->keyImpl.resolve(name, cert->info.version);
                    if (!resolved)
                        return resolved.error();
                    auto value = d->keyImpl.objects.value(resolved->versionRow);
                    if (!value)
                        return value.error();
                    auto parsed = crypto::SoftwareKey::fromPkcs8(*value);
                    if (!parsed)
                        return parsed.error();
                    key = std::move(*parsed);
                }
                const crypto::SoftwareKey *keyPtr = key ? &*key : nullptr;
                d->engine.noteVersion(cert->info.version);
                d->engine.noteDetail(QStringLiteral("privateKey"), withKey);
                if (request.format == CertificateExportFormat::Pem) {
                    d->engine.noteDetail(QStringLiteral("format"), QStringLiteral("PEM"));
                    return crypto::writePemBundle(chain, keyPtr);
                }
                d->engine.noteDetail(QStringLiteral("format"),
                                     request.compatible ? QStringLiteral("PFX (3DES)") : QStringLiteral("PFX (AES)"));
                auto pfx = crypto::writePfx(chain, keyPtr, request.password,
                                            request.compatible ? crypto::PfxProfile::Compatible
                                                               : crypto::PfxProfile::Modern,
                                            cert->info.name);
                if (!pfx)
                    return pfx.error();
                SecureBytes out(*pfx);
                OPENSSL_cleanse(pfx->data(), std::size_t(pfx->size()));
                return out;
            });
}

} // namespace coffer
