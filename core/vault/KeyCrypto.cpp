// KeyStore's cryptographic operations and exports.

#include "core/crypto/KeyEncoding.h"
#include "core/vault/KeyStorePrivate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace coffer {

using access::Operation;

namespace {

// Keys whose private half this session has parsed stay parsed (until the store goes with the vault's lock):
// loading PKCS#8 costs as much as an EC signature.
constexpr int kCacheLimit = 256;

QString opVerb(KeyOp op)
{
    return crypto::keyOpName(op);
}

// Operations that Azure still performs outside a key's nbf/exp window.
bool worksOutsideWindow(KeyOp op)
{
    return op == KeyOp::Decrypt || op == KeyOp::UnwrapKey || op == KeyOp::Verify;
}

} // namespace

Result<void> KeyStore::Impl::checkUsable(const KeyInfo &key, KeyOp op) const
{
    const VersionInfo &info = key.info;
    if (!info.attributes.enabled)
        return Error(ErrorCode::Forbidden,
                     QStringLiteral("operation %1 is not allowed on a disabled key ('%2', version %3); enable the "
                                    "version first")
                             .arg(opVerb(op), info.name, info.version));
    if (!key.ops.testFlag(op))
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("operation %1 is not permitted for key '%2': its key_ops are %3")
                             .arg(opVerb(op), info.name, crypto::keyOpNames(key.ops).join(QStringLiteral(", "))));
    if (!worksOutsideWindow(op)) {
        const QDateTime now = engine.clock().now();
        if (info.attributes.isExpiredAt(now))
            return Error(
                    ErrorCode::Forbidden,
                    QStringLiteral("operation %1 is not allowed: key '%2' (version %3) expired on %4; decrypt, "
                                   "unwrapKey and verify still work")
                            .arg(opVerb(op), info.name, info.version, info.attributes.expires->toString(Qt::ISODate)));
        if (info.attributes.isNotYetValidAt(now))
            return Error(ErrorCode::Forbidden,
                         QStringLiteral("operation %1 is not allowed: key '%2' (version %3) is not valid before %4")
                                 .arg(opVerb(op), info.name, info.version,
                                      info.attributes.notBefore->toString(Qt::ISODate)));
    }
    return {};
}

Result<const crypto::SoftwareKey *> KeyStore::Impl::softwareKey(const Resolved &resolved)
{
    if (auto hit = privateCache.value(resolved.versionRow); hit && hit->version == resolved.key.info.version)
        return &hit->key;
    auto value = objects.value(resolved.versionRow);
    if (!value)
        return value.error();
    auto key = resolved.key.spec.type == KeyType::Oct ? crypto::SoftwareKey::fromOctBytes(*value)
                                                      : crypto::SoftwareKey::fromPkcs8(*value);
    if (!key)
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("the key material of '%1' version %2 cannot be read: %3")
                             .arg(resolved.key.info.name, resolved.key.info.version, key.error().context()));
    if (privateCache.size() >= kCacheLimit)
        privateCache.clear();
    auto entry = std::make_shared<CacheEntry>(CacheEntry {resolved.key.info.version, std::move(*key)});
    privateCache.insert(resolved.versionRow, entry);
    return &entry->key;
}

Result<const crypto::SoftwareKey *> KeyStore::Impl::publicKey(const Resolved &resolved)
{
    if (resolved.key.protection == Protection::Software)
        return softwareKey(resolved);
    if (auto hit = publicCache.value(resolved.versionRow); hit && hit->version == resolved.key.info.version)
        return &hit->key;
    auto key = crypto::SoftwareKey::fromPublicDer(resolved.key.publicDer);
    if (!key)
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("the public key of '%1' version %2 cannot be read: %3")
                             .arg(resolved.key.info.name, resolved.key.info.version, key.error().context()));
    if (publicCache.size() >= kCacheLimit)
        publicCache.clear();
    auto entry = std::make_shared<CacheEntry>(CacheEntry {resolved.key.info.version, std::move(*key)});
    publicCache.insert(resolved.versionRow, entry);
    return &entry->key;
}

namespace {

// Whether the name's current key is RSA or EC, read ahead of the access check (public-key operations are
// allowed with keys/read on asymmetric keys). Unknown names count as symmetric: the strict check.
bool looksAsymmetric(storage::Database &db, const QString &name)
{
    auto stmt = db.cached("SELECT k.kty FROM objects o JOIN key_versions k ON k.version_id = o.current_version"
                          " WHERE o.kind = 1 AND o.name_key = ? AND o.deleted_at IS NULL");
    if (!stmt)
        return false;
    (*stmt)->bind(1, objects::nameKey(name));
    auto row = (*stmt)->step();
    const bool asymmetric = row && *row && KeyType((*stmt)->int64(0)) != KeyType::Oct;
    (*stmt)->reset();
    return asymmetric;
}

} // namespace

// One shape for the six operations: resolve the version, check the key may do it, note what the record needs.
template<typename F>
static auto keyOperation(KeyStore::Impl &d, Operation operation, KeyOp op, const QString &name, const QString &version,
                         bool publicHalf, F &&body) -> decltype(body(std::declval<const KeyStore::Impl::Resolved &>()))
{
    const bool asymmetric = publicHalf && looksAsymmetric(d.db, name);
    using R = decltype(body(std::declval<const KeyStore::Impl::Resolved &>()));
    return d.engine.run(operation, keyrows::keyResource(name, asymmetric), [&]() -> R {
        auto resolved = d.resolve(name, version);
        if (!resolved)
            return resolved.error();
        d.engine.noteVersion(resolved->key.info.version);
        // The type may have changed since the check above (a new version): an oct key needs the full permission.
        if (asymmetric && resolved->key.spec.type == KeyType::Oct)
            COFFER_TRY(d.engine.authorize(operation, keyrows::keyResource(name, false)));
        COFFER_TRY(d.checkUsable(resolved->key, op));
        return body(*resolved);
    });
}

Result<SignResult> KeyStore::sign(const QString &name, const QString &version, SignAlg alg, QByteArrayView digest)
{
    return keyOperation(*d, Operation::KeySign, KeyOp::Sign, name, version, false,
                        [&](const Impl::Resolved &r) -> Result<SignResult> {
                            d->engine.noteDetail(QStringLiteral("algorithm"), crypto::signAlgName(alg));
                            COFFER_TRY(crypto::checkSign(alg, r.key.spec, digest.size()));
                            Result<QByteArray> signature = Error(ErrorCode::Internal, QString());
                            if (r.key.protection == Protection::Hsm) {
                                auto token = d->tokenFor(r.key);
                                if (!token)
                                    return token.error();
                                signature = (*token)->sign({r.key.hsmId, r.key.spec}, alg, digest);
                            } else {
                                auto key = d->softwareKey(r);
                                if (!key)
                                    return key.error();
                                signature = (*key)->sign(alg, digest);
                            }
                            if (!signature)
                                return signature.error();
                            return SignResult {r.key.kid(), std::move(*signature)};
                        });
}

Result<bool> KeyStore::verify(const QString &name, const QString &version, SignAlg alg, QByteArrayView digest,
                              QByteArrayView signature)
{
    return keyOperation(*d, Operation::KeyVerify, KeyOp::Verify, name, version, true,
                        [&](const Impl::Resolved &r) -> Result<bool> {
                            d->engine.noteDetail(QStringLiteral("algorithm"), crypto::signAlgName(alg));
                            COFFER_TRY(crypto::checkSign(alg, r.key.spec, digest.size()));
                            // Always in software from the public half: works with the token absent.
                            auto key = d->publicKey(r);
                            if (!key)
                                return key.error();
                            auto valid = (*key)->verify(alg, digest, signature);
                            if (valid)
                                d->engine.noteDetail(QStringLiteral("isValid"), *valid);
                            return valid;
                        });
}

Result<CipherResult> KeyStore::encrypt(const QString &name, const QString &version, EncAlg alg,
                                       QByteArrayView plaintext, QByteArrayView aad)
{
    return keyOperation(*d, Operation::KeyEncrypt, KeyOp::Encrypt, name, version, true,
                        [&](const Impl::Resolved &r) -> Result<CipherResult> {
                            d->engine.noteDetail(QStringLiteral("algorithm"), crypto::encAlgName(alg));
                            COFFER_TRY(crypto::checkEncrypt(alg, r.key.spec));
                            Result<crypto::Ciphertext> out = Error(ErrorCode::Internal, QString());
                            if (r.key.protection == Protection::Hsm && r.key.spec.type == KeyType::Oct) {
                                auto token = d->tokenFor(r.key);
                                if (!token)
                                    return token.error();
                                out = (*token)->encrypt({r.key.hsmId, r.key.spec}, alg, plaintext, aad);
                            } else {
                                auto key = d->publicKey(r);
                                if (!key)
                                    return key.error();
                                out = (*key)->encrypt(alg, plaintext, aad);
                            }
                            if (!out)
                                return out.error();
                            return CipherResult {r.key.kid(), alg, out->data, out->iv, out->tag, out->aad};
                        });
}

Result<PlainResult> KeyStore::decrypt(const QString &name, const QString &version, EncAlg alg, const CipherInput &input)
{
    return keyOperation(*d, Operation::KeyDecrypt, KeyOp::Decrypt, name, version, false,
                        [&](const Impl::Resolved &r) -> Result<PlainResult> {
                            d->engine.noteDetail(QStringLiteral("algorithm"), crypto::encAlgName(alg));
                            COFFER_TRY(crypto::checkEncrypt(alg, r.key.spec));
                            const crypto::Ciphertext ct {input.data, input.iv, input.tag, input.aad};
                            Result<SecureBytes> out = Error(ErrorCode::Internal, QString());
                            if (r.key.protection == Protection::Hsm) {
                                auto token = d->tokenFor(r.key);
                                if (!token)
                                    return token.error();
                                out = (*token)->decrypt({r.key.hsmId, r.key.spec}, alg, ct);
                            } else {
                                auto key = d->softwareKey(r);
                                if (!key)
                                    return key.error();
                                out = (*key)->decrypt(alg, ct);
                            }
                            if (!out)
                                return out.error();
                            return PlainResult {r.key.kid(), std::move(*out)};
                        });
}

Result<CipherResult> KeyStore::wrapKey(const QString &name, const QString &version, EncAlg alg, QByteArrayView key)
{
    return keyOperation(*d, Operation::KeyWrap, KeyOp::WrapKey, name, version, true,
                        [&](const Impl::Resolved &r) -> Result<CipherResult> {
                            d->engine.noteDetail(QStringLiteral("algorithm"), crypto::encAlgName(alg));
                            COFFER_TRY(crypto::checkWrap(alg, r.key.spec));
                            if (r.key.protection == Protection::Hsm && r.key.spec.type == KeyType::Oct)
                                return Error(ErrorCode::InvalidArgument,
                                             QStringLiteral("the token cannot AES-key-wrap caller data; use a "
                                                            "software oct key for %1, or A*GCM with this one")
                                                     .arg(crypto::encAlgName(alg)));
                            auto software = d->publicKey(r);
                            if (!software)
                                return software.error();
                            auto out = (*software)->wrapKey(alg, key);
                            if (!out)
                                return out.error();
                            return CipherResult {r.key.kid(), alg, *out, {}, {}, {}};
                        });
}

Result<PlainResult> KeyStore::unwrapKey(const QString &name, const QString &version, EncAlg alg,
                                        const CipherInput &input)
{
    return keyOperation(*d, Operation::KeyUnwrap, KeyOp::UnwrapKey, name, version, false,
                        [&](const Impl::Resolved &r) -> Result<PlainResult> {
                            d->engine.noteDetail(QStringLiteral("algorithm"), crypto::encAlgName(alg));
                            COFFER_TRY(crypto::checkWrap(alg, r.key.spec));
                            Result<SecureBytes> out = Error(ErrorCode::Internal, QString());
                            if (r.key.protection == Protection::Hsm) {
                                if (r.key.spec.type == KeyType::Oct)
                                    return Error(ErrorCode::InvalidArgument,
                                                 QStringLiteral("the token cannot AES-key-unwrap caller data"));
                                auto token = d->tokenFor(r.key);
                                if (!token)
                                    return token.error();
                                out = (*token)->decrypt({r.key.hsmId, r.key.spec}, alg, {input.data, {}, {}, {}});
                            } else {
                                auto key = d->softwareKey(r);
                                if (!key)
                                    return key.error();
                                out = (*key)->unwrapKey(alg, input.data);
                            }
                            if (!out)
                                return out.error();
                            return PlainResult {r.key.kid(), std::move(*out)};
                        });
}

// --- exports

Result<QJsonObject> KeyStore::publicJwk(const QString &name, const QString &version)
{
    return d->engine.run(Operation::KeyGet, keyrows::keyResource(name), [&]() -> Result<QJsonObject> {
        auto resolved = d->resolve(name, version);
        if (!resolved)
            return resolved.error();
        d->engine.noteVersion(resolved->key.info.version);
        if (resolved->key.spec.type == KeyType::Oct)
            return QJsonObject {
                    {QStringLiteral("kid"), resolved->key.kid()},
                    {QStringLiteral("kty"), resolved->key.kty()},
                    {QStringLiteral("key_ops"), QJsonArray::fromStringList(crypto::keyOpNames(resolved->key.ops))}};
        auto key = d->publicKey(*resolved);
        if (!key)
            return key.error();
        return crypto::jwk::publicJwk(**key, resolved->key.protection, resolved->key.ops, resolved->key.kid());
    });
}

Result<QByteArray> KeyStore::exportPublic(const QString &name, const QString &version, PublicFormat format)
{
    if (format == PublicFormat::Jwk) {
        auto jwk = publicJwk(name, version);
        if (!jwk)
            return jwk.error();
        return QJsonDocument(*jwk).toJson(QJsonDocument::Indented);
    }
    return d->engine.run(Operation::KeyGet, keyrows::keyResource(name), [&]() -> Result<QByteArray> {
        auto resolved = d->resolve(name, version);
        if (!resolved)
            return resolved.error();
        d->engine.noteVersion(resolved->key.info.version);
        d->engine.noteDetail(QStringLiteral("format"),
                             format == PublicFormat::Pem ? QStringLiteral("PEM") : QStringLiteral("DER"));
        if (resolved->key.spec.type == KeyType::Oct)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("key '%1' is a symmetric (oct) key: it has no public half to export")
                                 .arg(resolved->key.info.name));
        auto key = d->publicKey(*resolved);
        if (!key)
            return key.error();
        return format == PublicFormat::Pem ? crypto::keyencoding::publicPem(**key)
                                           : crypto::keyencoding::publicDer(**key);
    });
}

Result<SecureBytes> KeyStore::exportPrivate(const QString &name, const QString &version)
{
    return d->engine.run(Operation::KeyRelease, keyrows::keyResource(name), [&]() -> Result<SecureBytes> {
        auto resolved = d->resolve(name, version);
        if (!resolved)
            return resolved.error();
        const KeyInfo &info = resolved->key;
        d->engine.noteVersion(info.info.version);
        if (info.protection == Protection::Hsm)
            return Error(ErrorCode::Forbidden,
                         QStringLiteral("key '%1' is an HSM key: its private part never leaves the token")
                                 .arg(info.info.name));
        if (!info.exportable)
            return Error(ErrorCode::Forbidden,
                         QStringLiteral("key '%1' was not created as exportable; its private part cannot be exported")
                                 .arg(info.info.name));
        if (!info.info.attributes.enabled)
            return Error(ErrorCode::Forbidden,
                         QStringLiteral("key '%1' version %2 is disabled; enable it first")
                                 .arg(info.info.name, info.info.version));
        auto key = d->softwareKey(*resolved);
        if (!key)
            return key.error();
        if (info.spec.type == KeyType::Oct)
            return (*key)->privateMaterial();
        return crypto::keyencoding::privatePem(**key);
    });
}

} // namespace coffer
