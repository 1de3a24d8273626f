#include "core/vault/KeyStore.h"

#include "core/common/Ids.h"
#include "core/common/Log.h"
#include "core/crypto/KeyEncoding.h"
#include "core/crypto/Random.h"
#include "core/vault/CertificateStoreGuards.h"
#include "core/vault/KeyStorePrivate.h"

namespace coffer {

using access::Operation;

// The key row's columns (table alias k), in this order; read with readKeyColumns().
#define COFFER_KEY_COLUMNS \
    "k.kty, k.bits, k.curve, k.protection, k.ops, k.exportable, k.public_der, k.hsm_serial, k.hsm_id, k.hsm_local"

namespace keyrows {

access::Resource keyResource(const QString &name, bool asymmetric)
{
    access::Resource resource = access::Resource::object(ObjectKind::Key, name);
    resource.asymmetricKey = asymmetric;
    return resource;
}

QString tokenLabel(const QString &vaultName, const QString &keyName, const QString &version)
{
    return QStringLiteral("coffer/%1/%2/%3").arg(vaultName, keyName, version);
}

} // namespace keyrows

namespace {

const access::Resource kAllKeys = access::Resource::kind(ObjectKind::Key);

void readKeyColumns(const storage::Statement &s, int first, KeyInfo &key)
{
    key.spec.type = KeyType(s.int64(first));
    key.spec.bits = int(s.int64(first + 1));
    if (!s.isNull(first + 2))
        key.spec.curve = Curve(s.int64(first + 2));
    key.protection = Protection(s.int64(first + 3));
    key.ops = KeyOps::fromInt(int(s.int64(first + 4)));
    key.exportable = s.int64(first + 5) != 0;
    key.publicDer = s.blob(first + 6);
    key.hsmSerial = s.text(first + 7);
    key.hsmId = s.blob(first + 8);
    key.hsmLocal = s.int64(first + 9) != 0;
}

Result<void> validateRequestOps(KeyType type, KeyOps ops)
{
    const KeyOps unsupported = ops & ~crypto::supportedKeyOps(type);
    if (unsupported)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("a %1 key cannot %2; it supports: %3")
                             .arg(crypto::keyTypeName(type, Protection::Software),
                                  crypto::keyOpNames(unsupported).join(QStringLiteral(", ")),
                                  crypto::keyOpNames(crypto::supportedKeyOps(type)).join(QStringLiteral(", "))));
    if (!ops)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a key needs at least one operation (key_ops)"));
    return {};
}

} // namespace

QString KeyInfo::sizeText() const
{
    switch (spec.type) {
    case KeyType::Rsa: return QStringLiteral("RSA %1").arg(spec.bits);
    case KeyType::Ec: return QStringLiteral("EC %1").arg(spec.curve ? crypto::curveName(*spec.curve) : QString());
    case KeyType::Oct: return QStringLiteral("AES %1").arg(spec.bits);
    }
    return {};
}

KeyStore::Impl::Impl(access::Engine &e, const VaultProperties &v, BackupKeys &b, HsmBinding &h)
    : engine(e)
    , db(e.database())
    , vault(v)
    , objects(e.database(), e.clock(), v, ObjectKind::Key)
    , backupKeys(b)
    , hsm(h)
{ }

KeyStore::KeyStore(access::Engine &engine, const VaultProperties &vault, BackupKeys &backupKeys, HsmBinding &hsm)
    : d(std::make_unique<Impl>(engine, vault, backupKeys, hsm))
{ }

KeyStore::~KeyStore() = default;

// --- rows

Result<KeyInfo> KeyStore::Impl::keyRow(qint64 versionRow, VersionInfo info)
{
    auto stmt = db.cached("SELECT " COFFER_KEY_COLUMNS " FROM key_versions k WHERE k.version_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, versionRow);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("key '%1' version %2 has no key data; the vault is damaged")
                             .arg(info.name, info.version));
    KeyInfo key;
    key.info = std::move(info);
    readKeyColumns(**stmt, 0, key);
    (*stmt)->reset();
    return key;
}

Result<KeyStore::Impl::Resolved> KeyStore::Impl::resolve(const QString &name, const QString &version)
{
    if (version.isEmpty()) {
        // The common case (every sign/verify/encrypt names the key only) in one statement; anything unusual
        // (unknown, deleted) takes the long way below for its precise error.
        auto stmt = db.cached("SELECT o.name, v.id, " COFFER_VERSION_COLUMNS ", " COFFER_KEY_COLUMNS " FROM objects o"
                              " JOIN versions v ON v.id = o.current_version"
                              " JOIN key_versions k ON k.version_id = v.id"
                              " WHERE o.kind = 1 AND o.name_key = ? AND o.deleted_at IS NULL");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, objects::nameKey(name));
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (*row) {
            Resolved out;
            out.versionRow = (*stmt)->int64(1);
            out.key.info = objects.versionFromRow(**stmt, 2, (*stmt)->text(0));
            readKeyColumns(**stmt, 11, out.key);
            (*stmt)->reset();
            return out;
        }
    }
    auto resolved = objects.resolve(name, version);
    if (!resolved)
        return resolved.error();
    auto key = keyRow(resolved->first, resolved->second);
    if (!key)
        return key.error();
    return Resolved {resolved->first, std::move(*key)};
}

Result<QList<KeyInfo>> KeyStore::Impl::withKeyRows(const QList<VersionInfo> &versions)
{
    QList<KeyInfo> out;
    out.reserve(versions.size());
    for (const VersionInfo &info : versions) {
        auto resolved = resolve(info.name, info.version);
        if (!resolved)
            return resolved.error();
        out.append(std::move(resolved->key));
    }
    return out;
}

Result<void> KeyStore::Impl::insertKeyRow(qint64 versionRow, const KeyMaterial &m, KeyOps ops, bool exportable)
{
    auto stmt = db.cached("INSERT INTO key_versions (version_id, kty, bits, curve, protection, ops, exportable,"
                          " public_der, hsm_serial, hsm_id, hsm_local) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    storage::Statement &s = **stmt;
    s.bind(1, versionRow).bind(2, int(m.spec.type)).bind(3, m.spec.bits);
    if (m.spec.curve)
        s.bind(4, int(*m.spec.curve));
    else
        s.bindNull(4);
    s.bind(5, int(m.protection)).bind(6, int(ops.toInt())).bind(7, exportable);
    if (m.publicDer.isEmpty())
        s.bindNull(8);
    else
        s.bind(8, m.publicDer);
    if (m.protection == Protection::Hsm)
        s.bind(9, m.hsmSerial).bind(10, m.hsmRef.id);
    else
        s.bindNull(9).bindNull(10);
    s.bind(11, m.hsmLocal);
    return s.run();
}

Result<KeyInfo> KeyStore::Impl::addVersion(const QString &name, KeyMaterial &material, KeyOps ops, bool exportable,
                                           const NewVersionAttributes &attributes, bool managed)
{
    NewVersionAttributes attrs = attributes;
    attrs.contentType.clear(); // keys have none
    auto added = objects.addVersion(name, attrs, material.privateValue, managed, material.presetVersion);
    if (!added)
        return added.error();
    COFFER_TRY(insertKeyRow(added->versionRow, material, ops, exportable));
    engine.noteVersion(added->info.version);
    engine.noteDetail(QStringLiteral("kty"), crypto::keyTypeName(material.spec.type, material.protection));
    engine.noteDetail(QStringLiteral("size"),
                      KeyInfo {added->info, material.spec, {}, {}, {}, {}, {}, {}, {}}.sizeText());
    return keyRow(added->versionRow, added->info);
}

// --- material

Result<KeyMaterial> KeyStore::Impl::materialOf(const Resolved &resolved)
{
    const KeyInfo &key = resolved.key;
    KeyMaterial m;
    m.spec = key.spec;
    m.protection = key.protection;
    m.publicDer = key.publicDer;
    m.neverExportable = !key.exportable;
    if (key.protection == Protection::Hsm) {
        m.hsmRef.id = key.hsmId;
        m.hsmRef.spec = key.spec;
        m.hsmSerial = key.hsmSerial;
        m.hsmLocal = key.hsmLocal;
        return m;
    }
    auto value = objects.value(resolved.versionRow);
    if (!value)
        return value.error();
    m.privateValue = std::move(*value);
    return m;
}

Result<KeyMaterial> KeyStore::Impl::generate(const QString &name, const KeySpec &spec, Protection protection,
                                             KeyOps ops)
{
    COFFER_TRY(crypto::validateSpec(spec));
    KeyMaterial m;
    m.spec = spec;
    m.protection = protection;
    if (protection == Protection::Software) {
        auto key = crypto::SoftwareKey::generate(spec);
        if (!key)
            return key.error();
        auto value = key->privateMaterial();
        if (!value)
            return value.error();
        m.privateValue = std::move(*value);
        if (spec.type != KeyType::Oct) {
            auto pub = key->publicDer();
            if (!pub)
                return pub.error();
            m.publicDer = *pub;
        }
        return m;
    }
    auto token = usableToken();
    if (!token)
        return token.error();
    m.presetVersion = ids::newVersionId();
    auto ref = (*token)->generate(spec, ops, keyrows::tokenLabel(vault.name, name, m.presetVersion));
    if (!ref)
        return ref.error();
    m.hsmRef = *ref;
    m.hsmSerial = (*token)->ref().serial;
    m.hsmLocal = true;
    if (spec.type != KeyType::Oct) {
        auto pub = (*token)->publicDer(*ref);
        if (!pub) {
            discard(m);
            return pub.error();
        }
        m.publicDer = *pub;
    }
    return m;
}

Result<KeyMaterial> KeyStore::Impl::adopt(const QString &name, crypto::SoftwareKey key, Protection protection,
                                          KeyOps ops)
{
    KeyMaterial m;
    m.spec = key.spec();
    m.protection = protection;
    if (m.spec.type != KeyType::Oct) {
        auto pub = key.publicDer();
        if (!pub)
            return pub.error();
        m.publicDer = *pub;
    }
    if (protection == Protection::Software) {
        auto value = key.privateMaterial();
        if (!value)
            return value.error();
        m.privateValue = std::move(*value);
        return m;
    }
    auto token = usableToken();
    if (!token)
        return token.error();
    m.presetVersion = ids::newVersionId();
    auto ref = (*token)->importKey(key, ops, keyrows::tokenLabel(vault.name, name, m.presetVersion));
    if (!ref)
        return ref.error();
    m.hsmRef = *ref;
    m.hsmSerial = (*token)->ref().serial;
    m.hsmLocal = false;
    return m;
}

void KeyStore::Impl::discard(const KeyMaterial &material)
{
    if (material.protection != Protection::Hsm || material.hsmRef.id.isEmpty())
        return;
    auto token = hsm.token();
    if (token) {
        if (auto r = (*token)->destroy(material.hsmRef); r)
            return;
        else
            qCWarning(lcVault) << "could not remove the token objects of a key that was not stored:"
                               << r.error().toString();
    }
}

Result<hsm::HsmToken *> KeyStore::Impl::usableToken()
{
    auto token = hsm.token();
    if (token && !pendingChecked) // token objects of keys purged while the token was away go once it is usable
        destroyPendingOnToken(**token);
    return token;
}

Result<hsm::HsmToken *> KeyStore::Impl::tokenFor(const KeyInfo &key)
{
    auto token = usableToken();
    if (!token)
        return token.error();
    if (!key.hsmSerial.isEmpty() && (*token)->ref().serial != key.hsmSerial)
        return Error(ErrorCode::HsmUnavailable,
                     QStringLiteral("key '%1' is on the token with serial %2, but the vault is bound to serial %3; "
                                    "bind that token again")
                             .arg(key.info.name, key.hsmSerial, (*token)->ref().serial));
    return *token;
}

void KeyStore::Impl::destroyPendingOnToken(hsm::HsmToken &token)
{
    pendingChecked = true;
    auto stmt = db.prepare("SELECT hsm_id, kty, bits, curve FROM hsm_pending_destroy WHERE serial = ?");
    if (!stmt)
        return;
    stmt->bind(1, token.ref().serial);
    QList<hsm::HsmKeyRef> pending;
    const auto read = stmt->forEachRow([&](const storage::Statement &s) {
        hsm::HsmKeyRef ref;
        ref.id = s.blob(0);
        ref.spec.type = KeyType(s.int64(1));
        ref.spec.bits = int(s.int64(2));
        if (!s.isNull(3))
            ref.spec.curve = Curve(s.int64(3));
        pending.append(ref);
    });
    if (!read)
        return;
    for (const hsm::HsmKeyRef &ref : pending) {
        // Under the write lock (the caller's, or a transaction of its own): a restore committed by another process
        // (which takes the row back) cannot slip in between, and the list never forgets an object still there.
        std::optional<storage::Transaction> tx;
        if (!db.inTransaction()) {
            tx.emplace(db);
            if (!tx->begin())
                return;
        }
        auto still = db.prepare("SELECT (SELECT count(*) FROM hsm_pending_destroy WHERE hsm_id = ?1),"
                                " (SELECT count(*) FROM key_versions WHERE hsm_id = ?1)");
        if (!still)
            return;
        still->bind(1, ref.id);
        auto row = still->step();
        if (!row || !*row || still->int64(0) == 0 || still->int64(1) > 0)
            continue;
        if (auto r = token.destroy(ref); !r) {
            qCWarning(lcVault) << "could not remove a purged key's objects from the token:" << r.error().toString();
            continue;
        }
        auto del = db.prepare("DELETE FROM hsm_pending_destroy WHERE hsm_id = ?");
        if (!del)
            return;
        del->bind(1, ref.id);
        if (auto r = del->run(); !r || (tx && !tx->commit()))
            qCWarning(lcVault) << "could not update the list of token objects to remove";
    }
}

// --- create and import

Result<KeyInfo> KeyStore::create(const QString &name, const KeyCreateRequest &request)
{
    const auto resource = keyrows::keyResource(name);
    return d->engine.guard(Operation::KeyCreate, resource, [&]() -> Result<KeyInfo> {
        COFFER_TRY(objects::validateName(ObjectKind::Key, name));
        COFFER_TRY(crypto::validateSpec(request.spec));
        const KeyOps ops = request.ops.value_or(crypto::defaultKeyOps(request.spec.type));
        COFFER_TRY(validateRequestOps(request.spec.type, ops));
        if (request.exportable && request.protection == Protection::Hsm)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("an HSM key cannot be exportable: its private part never leaves the token"));
        COFFER_TRY(objects::validateTags(request.attributes.tags));
        COFFER_TRY(objects::validateDates(request.attributes.notBefore, request.attributes.expires));
        // Generation is slow (RSA-4096, a token): checked first, made outside the write lock, stored after.
        COFFER_TRY(d->engine.authorize(Operation::KeyCreate, resource));
        auto material = d->generate(name, request.spec, request.protection, ops);
        if (!material)
            return material.error();
        auto stored = d->engine.run(Operation::KeyCreate, resource, [&]() -> Result<KeyInfo> {
            COFFER_TRY(certrows::refuseManaged(d->db, ObjectKind::Key, name, QStringLiteral("create")));
            return d->addVersion(name, *material, ops, request.exportable, request.attributes);
        });
        if (!stored)
            d->discard(*material);
        return stored;
    });
}

Result<KeyInfo> KeyStore::importKey(const QString &name, const KeyImportRequest &request)
{
    const auto resource = keyrows::keyResource(name);
    return d->engine.guard(Operation::KeyImport, resource, [&]() -> Result<KeyInfo> {
        COFFER_TRY(objects::validateName(ObjectKind::Key, name));
        COFFER_TRY(d->engine.authorize(Operation::KeyImport, resource));
        std::optional<KeyOps> jwkOps; // a JWK's key_ops count when the request names none
        auto key = crypto::keyencoding::readPrivateKey(
                request.data.view(), request.password ? &*request.password : nullptr, nullptr, &jwkOps);
        if (!key)
            return key.error();
        const KeySpec spec = key->spec();
        const KeyOps ops = request.ops.value_or(jwkOps.value_or(crypto::defaultKeyOps(spec.type)));
        COFFER_TRY(validateRequestOps(spec.type, ops));
        if (request.exportable && request.protection == Protection::Hsm)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("an HSM key cannot be exportable: its private part never leaves the token"));
        auto material = d->adopt(name, std::move(*key), request.protection, ops);
        if (!material)
            return material.error();
        auto stored = d->engine.run(Operation::KeyImport, resource, [&]() -> Result<KeyInfo> {
            COFFER_TRY(certrows::refuseManaged(d->db, ObjectKind::Key, name, QStringLiteral("import")));
            return d->addVersion(name, *material, ops, request.exportable, request.attributes);
        });
        if (!stored)
            d->discard(*material);
        return stored;
    });
}

// --- reading

Result<KeyInfo> KeyStore::show(const QString &name, const QString &version)
{
    return d->engine.run(Operation::KeyGet, keyrows::keyResource(name), [&]() -> Result<KeyInfo> {
        auto resolved = d->resolve(name, version);
        if (!resolved)
            return resolved.error();
        d->engine.noteVersion(resolved->key.info.version);
        return resolved->key;
    });
}

Result<QList<KeyInfo>> KeyStore::list()
{
    return d->engine.run(Operation::KeyList, kAllKeys, [&]() -> Result<QList<KeyInfo>> {
        auto stmt = d->db.prepare("SELECT o.name, " COFFER_VERSION_COLUMNS ", " COFFER_KEY_COLUMNS ","
                                  " (SELECT count(*) FROM versions c WHERE c.object_id = o.id) FROM objects o"
                                  " JOIN versions v ON v.id = o.current_version"
                                  " JOIN key_versions k ON k.version_id = v.id"
                                  " WHERE o.kind = 1 AND o.deleted_at IS NULL ORDER BY o.name_key");
        if (!stmt)
            return stmt.error();
        QList<KeyInfo> out;
        COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) {
            KeyInfo key;
            key.info = d->objects.versionFromRow(s, 1, s.text(0));
            readKeyColumns(s, 10, key);
            key.versionCount = int(s.int64(20));
            out.append(std::move(key));
        }));
        return out;
    });
}

Result<QList<KeyInfo>> KeyStore::listVersions(const QString &name)
{
    return d->engine.run(Operation::KeyListVersions, keyrows::keyResource(name), [&]() -> Result<QList<KeyInfo>> {
        auto versions = d->objects.listVersions(name);
        if (!versions)
            return versions.error();
        return d->withKeyRows(*versions);
    });
}

Result<KeyInfo> KeyStore::update(const QString &name, const QString &version, const KeyUpdate &update)
{
    return d->engine.run(Operation::KeyUpdate, keyrows::keyResource(name), [&]() -> Result<KeyInfo> {
        COFFER_TRY(certrows::refuseManaged(d->db, ObjectKind::Key, name, QStringLiteral("update")));
        auto resolved = d->resolve(name, version);
        if (!resolved)
            return resolved.error();
        const KeyInfo &key = resolved->key;
        if (update.attributes.contentType)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("keys have no content type"));
        if (update.ops) {
            COFFER_TRY(validateRequestOps(key.spec.type, *update.ops));
            const KeyOps widened = *update.ops & ~key.ops;
            if (key.protection == Protection::Hsm && widened)
                return Error(ErrorCode::InvalidArgument,
                             QStringLiteral("the token fixed what HSM key '%1' may do; it cannot gain %2 (narrowing "
                                            "is allowed: make a new key for other operations)")
                                     .arg(key.info.name, crypto::keyOpNames(widened).join(QStringLiteral(", "))));
            auto stmt = d->db.cached("UPDATE key_versions SET ops = ? WHERE version_id = ?");
            if (!stmt)
                return stmt.error();
            (*stmt)->bind(1, int(update.ops->toInt())).bind(2, resolved->versionRow);
            COFFER_TRY((*stmt)->run());
        }
        auto info = d->objects.updateAttributes(name, key.info.version, update.attributes);
        if (!info)
            return info.error();
        d->engine.noteVersion(info->version);
        if (update.ops)
            d->engine.noteDetail(QStringLiteral("key_ops"), crypto::keyOpNames(*update.ops).join(u' '));
        return d->keyRow(resolved->versionRow, *info);
    });
}

// --- lifecycle

Result<DeletedInfo> KeyStore::remove(const QString &name)
{
    return d->engine.run(Operation::KeyDelete, keyrows::keyResource(name), [&]() -> Result<DeletedInfo> {
        COFFER_TRY(certrows::refuseManaged(d->db, ObjectKind::Key, name, QStringLiteral("delete")));
        return d->objects.softDelete(name);
    });
}

Result<QList<DeletedInfo>> KeyStore::listDeleted()
{
    return d->engine.run(Operation::KeyListDeleted, kAllKeys, [&] { return d->objects.listDeleted(); });
}

Result<DeletedInfo> KeyStore::getDeleted(const QString &name)
{
    return d->engine.run(Operation::KeyGetDeleted, keyrows::keyResource(name),
                         [&] { return d->objects.getDeleted(name); });
}

Result<KeyInfo> KeyStore::recover(const QString &name)
{
    return d->engine.run(Operation::KeyRecover, keyrows::keyResource(name), [&]() -> Result<KeyInfo> {
        COFFER_TRY(certrows::refuseManaged(d->db, ObjectKind::Key, name, QStringLiteral("recover")));
        auto info = d->objects.recover(name);
        if (!info)
            return info.error();
        auto resolved = d->resolve(info->name, info->version);
        if (!resolved)
            return resolved.error();
        return resolved->key;
    });
}

Result<void> KeyStore::purge(const QString &name)
{
    bool hadHsmKeys = false;
    auto purged = d->engine.run(Operation::KeyPurge, keyrows::keyResource(name), [&]() -> Result<void> {
        COFFER_TRY(certrows::refuseManaged(d->db, ObjectKind::Key, name, QStringLiteral("purge")));
        // The rows go now; the trigger lists the token objects of HSM versions, removed below once committed.
        auto stmt = d->db.prepare("SELECT count(*) FROM key_versions k JOIN versions v ON v.id = k.version_id"
                                  " JOIN objects o ON o.id = v.object_id WHERE o.kind = 1 AND o.name_key = ?"
                                  " AND k.protection = 1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, objects::nameKey(name));
        auto row = stmt->step();
        if (!row)
            return row.error();
        hadHsmKeys = *row && stmt->int64(0) > 0;
        return d->objects.purge(name);
    });
    if (purged && hadHsmKeys && d->hsm.binding()) {
        d->pendingChecked = false; // the purge listed new ones
        (void)d->usableToken();
    } // removes them; a token that is away keeps them (`vault hsm status` lists them)
    d->privateCache.clear();
    d->publicCache.clear();
    return purged;
}

} // namespace coffer
