#include "core/hsm/HsmToken.h"

#include "core/hsm/HsmTokenPrivate.h"
#include "core/hsm/HsmTokenTesting.h"
#include "core/hsm/Pkcs11Encoding.h"

namespace coffer::hsm {

// ---- helpers shared by the HsmToken*.cpp files ----

QString mechanismName(CK_MECHANISM_TYPE type)
{
    switch (type) {
    case CKM_RSA_PKCS_KEY_PAIR_GEN: return QStringLiteral("CKM_RSA_PKCS_KEY_PAIR_GEN");
    case CKM_RSA_PKCS: return QStringLiteral("CKM_RSA_PKCS");
    case CKM_RSA_X_509: return QStringLiteral("CKM_RSA_X_509");
    case CKM_RSA_PKCS_OAEP: return QStringLiteral("CKM_RSA_PKCS_OAEP");
    case CKM_RSA_PKCS_PSS: return QStringLiteral("CKM_RSA_PKCS_PSS");
    case CKM_EC_KEY_PAIR_GEN: return QStringLiteral("CKM_EC_KEY_PAIR_GEN");
    case CKM_ECDSA: return QStringLiteral("CKM_ECDSA");
    case CKM_AES_KEY_GEN: return QStringLiteral("CKM_AES_KEY_GEN");
    case CKM_AES_GCM: return QStringLiteral("CKM_AES_GCM");
    case CKM_AES_KEY_WRAP_PAD: return QStringLiteral("CKM_AES_KEY_WRAP_PAD");
    default: return QStringLiteral("mechanism 0x%1").arg(QString::number(type, 16));
    }
}

QString keyIdText(const HsmKeyRef &key)
{
    QString what;
    switch (key.spec.type) {
    case crypto::KeyType::Rsa: what = QStringLiteral("RSA %1").arg(key.spec.bits); break;
    case crypto::KeyType::Ec:
        what = key.spec.curve ? QStringLiteral("EC ") + crypto::curveName(*key.spec.curve) : QStringLiteral("EC");
        break;
    case crypto::KeyType::Oct: what = QStringLiteral("oct %1").arg(key.spec.bits); break;
    }
    return QStringLiteral("key %1 (%2)").arg(QString::fromLatin1(key.id.toHex()), what);
}

CK_OBJECT_CLASS privateClassOf(const crypto::KeySpec &spec)
{
    return spec.type == crypto::KeyType::Oct ? CKO_SECRET_KEY : CKO_PRIVATE_KEY;
}

Result<CK_OBJECT_HANDLE> findObject(Session &session, const HsmKeyRef &key, CK_OBJECT_CLASS objectClass)
{
    if (key.id.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the HSM key reference has no CKA_ID"));
    auto found = session.find(key.id, objectClass);
    if (!found)
        return found.error();
    if (found->empty())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 is not on the token").arg(keyIdText(key)));
    return found->front();
}

Result<CK_OBJECT_HANDLE> HsmToken::Impl::object(Session &session, const HsmKeyRef &key, CK_OBJECT_CLASS objectClass)
{
    const QPair<QByteArray, quint64> cacheKey(key.id, quint64(objectClass));
    CK_OBJECT_HANDLE remembered = CK_INVALID_HANDLE;
    {
        const std::lock_guard lock(handleMutex);
        remembered = handles.value(cacheKey, CK_INVALID_HANDLE);
    }
    if (remembered != CK_INVALID_HANDLE && !key.id.isEmpty()) {
        QByteArray id(key.id.size(), '\0');
        CK_OBJECT_CLASS cls = 0;
        CK_ATTRIBUTE check[] = {{CKA_ID, id.data(), CK_ULONG(id.size())}, {CKA_CLASS, &cls, sizeof cls}};
        const CK_RV rv = session.f()->C_GetAttributeValue(session.handle(), remembered, check, 2);
        if (rv == CKR_OK && check[0].ulValueLen == CK_ULONG(key.id.size()) && id == key.id && cls == objectClass)
            return remembered;
        if (rv == CKR_SESSION_HANDLE_INVALID || rv == CKR_SESSION_CLOSED || rv == CKR_DEVICE_REMOVED
            || rv == CKR_TOKEN_NOT_PRESENT) {
            session.ok(rv);
            return session.error("C_GetAttributeValue");
        }
    }
    auto found = findObject(session, key, objectClass);
    const std::lock_guard lock(handleMutex);
    if (found)
        handles.insert(cacheKey, *found);
    else
        handles.remove(cacheKey);
    return found;
}

void HsmToken::Impl::forget(const QByteArray &id)
{
    const std::lock_guard lock(handleMutex);
    for (auto it = handles.begin(); it != handles.end();)
        it = it.key().first == id ? handles.erase(it) : std::next(it);
}

void destroyObjects(Session &session, QByteArrayView id)
{
    auto found = session.find(id, CK_OBJECT_CLASS(~0UL));
    if (!found)
        return;
    for (CK_OBJECT_HANDLE object : *found)
        session.f()->C_DestroyObject(session.handle(), object);
}

Result<HsmKeyAttributes> readAttributes(Session &session, const HsmKeyRef &key)
{
    auto priv = findObject(session, key, privateClassOf(key.spec));
    if (!priv)
        return priv.error();
    auto flags = session.flags(*priv,
                               {CKA_TOKEN, CKA_PRIVATE, CKA_SENSITIVE, CKA_EXTRACTABLE, CKA_NEVER_EXTRACTABLE,
                                CKA_ALWAYS_SENSITIVE, CKA_LOCAL, CKA_ENCRYPT, CKA_DECRYPT, CKA_SIGN, CKA_VERIFY,
                                CKA_WRAP, CKA_UNWRAP});
    if (!flags)
        return flags.error();
    const std::vector<bool> &v = *flags;
    HsmKeyAttributes out;
    out.token = v[0];
    out.isPrivate = v[1];
    out.sensitive = v[2];
    out.extractable = v[3];
    out.neverExtractable = v[4];
    out.alwaysSensitive = v[5];
    out.local = v[6];
    // The private (secret) object's own usages: decrypt, sign, unwrap (and for secret keys all six).
    out.usages.setFlag(crypto::KeyOp::Decrypt, v[8]);
    out.usages.setFlag(crypto::KeyOp::Sign, v[9]);
    out.usages.setFlag(crypto::KeyOp::UnwrapKey, v[12]);
    if (key.spec.type == crypto::KeyType::Oct) {
        out.usages.setFlag(crypto::KeyOp::Encrypt, v[7]);
        out.usages.setFlag(crypto::KeyOp::Verify, v[10]);
        out.usages.setFlag(crypto::KeyOp::WrapKey, v[11]);
    } else {
        // The public object's: encrypt, verify, wrap.
        auto found = session.find(key.id, CKO_PUBLIC_KEY);
        if (!found)
            return found.error();
        if (!found->empty()) {
            auto pubFlags = session.flags(found->front(), {CKA_ENCRYPT, CKA_VERIFY, CKA_WRAP});
            if (!pubFlags)
                return pubFlags.error();
            out.usages.setFlag(crypto::KeyOp::Encrypt, (*pubFlags)[0]);
            out.usages.setFlag(crypto::KeyOp::Verify, (*pubFlags)[1]);
            out.usages.setFlag(crypto::KeyOp::WrapKey, (*pubFlags)[2]);
        }
    }
    auto label = session.attribute(*priv, CKA_LABEL);
    if (label)
        out.label = QString::fromUtf8(*label);
    return out;
}

Result<void> HsmToken::Impl::requireMechanism(CK_MECHANISM_TYPE type, CK_FLAGS flags, const QString &purpose) const
{
    if (pool->hasMechanism(type, flags))
        return {};
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("token '%1' does not offer %2 (needed for %3)")
                             .arg(pool->ref().label, mechanismName(type), purpose));
}

// ---- HsmToken ----

HsmToken::HsmToken()
    : d(std::make_unique<Impl>())
{ }

HsmToken::~HsmToken() = default;

Result<std::unique_ptr<HsmToken>> HsmToken::open(const TokenRef &ref, const SecureString &pin)
{
    auto module = Pkcs11Module::load(ref.modulePath);
    if (!module)
        return module.error();
    auto pool = SessionPool::open(std::move(*module), ref, pin);
    if (!pool)
        return pool.error();
    std::unique_ptr<HsmToken> token(new HsmToken);
    token->d->pool = std::move(*pool);
    return token;
}

const TokenRef &HsmToken::ref() const
{
    return d->pool->ref();
}

TokenInfo HsmToken::info() const
{
    return d->pool->info();
}

MechanismReport HsmToken::mechanisms() const
{
    MechanismReport report;
    const SessionPool &pool = *d->pool;
    const auto check = [&report](const QString &name, bool ok, const QString &why) {
        if (ok)
            report.supported.append(name);
        else
            report.missing.append(name + QStringLiteral(" (") + why + u')');
    };
    const auto inRange = [&pool](CK_MECHANISM_TYPE type, CK_FLAGS flags, CK_ULONG size) {
        const auto info = pool.mechanismInfo(type);
        return info && (info->flags & flags) == flags
                && (info->ulMaxKeySize == 0 || (size >= info->ulMinKeySize && size <= info->ulMaxKeySize));
    };
    for (int bits : {2048, 3072, 4096})
        check(QStringLiteral("RSA-%1").arg(bits), inRange(CKM_RSA_PKCS_KEY_PAIR_GEN, CKF_GENERATE_KEY_PAIR, bits),
              QStringLiteral("no CKM_RSA_PKCS_KEY_PAIR_GEN for %1 bits").arg(bits));
    for (crypto::Curve curve : {crypto::Curve::P256, crypto::Curve::P256K, crypto::Curve::P384, crypto::Curve::P521}) {
        const int bits = curve == crypto::Curve::P521 ? 521 : crypto::curveFieldBytes(curve) * 8;
        check(QStringLiteral("EC-") + crypto::curveName(curve),
              inRange(CKM_EC_KEY_PAIR_GEN, CKF_GENERATE_KEY_PAIR, bits), QStringLiteral("no CKM_EC_KEY_PAIR_GEN"));
    }
    for (int bits : {128, 192, 256})
        check(QStringLiteral("oct-%1").arg(bits), inRange(CKM_AES_KEY_GEN, CKF_GENERATE, bits / 8),
              QStringLiteral("no CKM_AES_KEY_GEN for %1 bits").arg(bits));
    const bool rsaPkcsSign = pool.hasMechanism(CKM_RSA_PKCS, CKF_SIGN);
    const bool pss = pool.hasMechanism(CKM_RSA_PKCS_PSS, CKF_SIGN);
    const bool ecdsa = pool.hasMechanism(CKM_ECDSA, CKF_SIGN);
    for (crypto::SignAlg alg : {crypto::SignAlg::RS256, crypto::SignAlg::RS384, crypto::SignAlg::RS512})
        check(crypto::signAlgName(alg), rsaPkcsSign, QStringLiteral("no CKM_RSA_PKCS"));
    for (crypto::SignAlg alg : {crypto::SignAlg::PS256, crypto::SignAlg::PS384, crypto::SignAlg::PS512})
        check(crypto::signAlgName(alg), pss, QStringLiteral("no CKM_RSA_PKCS_PSS"));
    for (crypto::SignAlg alg :
         {crypto::SignAlg::ES256, crypto::SignAlg::ES256K, crypto::SignAlg::ES384, crypto::SignAlg::ES512})
        check(crypto::signAlgName(alg), ecdsa, QStringLiteral("no CKM_ECDSA"));
    check(crypto::encAlgName(crypto::EncAlg::Rsa1_5), pool.hasMechanism(CKM_RSA_PKCS, CKF_DECRYPT),
          QStringLiteral("no CKM_RSA_PKCS"));
    check(crypto::encAlgName(crypto::EncAlg::RsaOaep), pool.hasMechanism(CKM_RSA_PKCS_OAEP, CKF_DECRYPT),
          QStringLiteral("no CKM_RSA_PKCS_OAEP"));
    check(crypto::encAlgName(crypto::EncAlg::RsaOaep256), pool.hasMechanism(CKM_RSA_X_509, CKF_DECRYPT),
          QStringLiteral("no CKM_RSA_X_509"));
    const bool gcm = pool.hasMechanism(CKM_AES_GCM, CKF_ENCRYPT | CKF_DECRYPT);
    for (crypto::EncAlg alg : {crypto::EncAlg::A128GCM, crypto::EncAlg::A192GCM, crypto::EncAlg::A256GCM})
        check(crypto::encAlgName(alg), gcm, QStringLiteral("no CKM_AES_GCM"));
    for (crypto::EncAlg alg : {crypto::EncAlg::A128KW, crypto::EncAlg::A192KW, crypto::EncAlg::A256KW})
        check(crypto::encAlgName(alg), false, QStringLiteral("this token cannot AES-key-wrap caller data"));
    check(QStringLiteral("import"), pool.hasMechanism(CKM_AES_KEY_WRAP_PAD, CKF_UNWRAP),
          QStringLiteral("no CKM_AES_KEY_WRAP_PAD"));
    return report;
}

Result<QByteArray> HsmToken::publicDer(const HsmKeyRef &key)
{
    if (key.spec.type == crypto::KeyType::Oct)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is a symmetric key: it has no public half").arg(keyIdText(key)));
    return d->pool->run<QByteArray>([&key](Session &session) -> Result<QByteArray> {
        auto object = findObject(session, key, CKO_PUBLIC_KEY);
        if (!object && object.error().code() == ErrorCode::NotFound && key.spec.type == crypto::KeyType::Rsa)
            object = findObject(session, key, CKO_PRIVATE_KEY); // RSA private objects carry n and e too
        if (!object)
            return object.error();
        if (key.spec.type == crypto::KeyType::Rsa) {
            auto modulus = session.attribute(*object, CKA_MODULUS);
            if (!modulus)
                return modulus.error();
            auto exponent = session.attribute(*object, CKA_PUBLIC_EXPONENT);
            if (!exponent)
                return exponent.error();
            return encoding::rsaSpki(*modulus, *exponent);
        }
        auto params = session.attribute(*object, CKA_EC_PARAMS);
        if (!params)
            return params.error();
        const auto curve = encoding::curveFromEcParams(*params);
        if (!curve)
            return makeError(ErrorCode::Crypto,
                             QStringLiteral("%1: the token reports a curve Coffer does not know").arg(keyIdText(key)));
        auto pointAttr = session.attribute(*object, CKA_EC_POINT);
        if (!pointAttr)
            return pointAttr.error();
        const auto point = encoding::ecPointFromAttribute(*pointAttr, *curve);
        if (!point)
            return makeError(ErrorCode::Crypto,
                             QStringLiteral("%1: CKA_EC_POINT is not an X9.62 point").arg(keyIdText(key)));
        return encoding::ecSpki(*curve, *point);
    });
}

Result<HsmKeyAttributes> HsmToken::attributes(const HsmKeyRef &key)
{
    return d->pool->run<HsmKeyAttributes>([&key](Session &session) { return readAttributes(session, key); });
}

Result<bool> HsmToken::exists(const HsmKeyRef &key)
{
    return d->pool->run<bool>([&key](Session &session) -> Result<bool> {
        auto found = session.find(key.id, privateClassOf(key.spec));
        if (!found)
            return found.error();
        return !found->empty();
    });
}

Result<void> HsmToken::destroy(const HsmKeyRef &key)
{
    if (key.id.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the HSM key reference has no CKA_ID"));
    d->forget(key.id);
    return d->pool->run<void>([&key](Session &session) -> Result<void> {
        auto found = session.find(key.id, CK_OBJECT_CLASS(~0UL));
        if (!found)
            return found.error();
        for (CK_OBJECT_HANDLE object : *found) {
            const CK_RV rv = session.f()->C_DestroyObject(session.handle(), object);
            // Gone already (another session destroyed it between find and destroy): that is success.
            if (rv != CKR_OBJECT_HANDLE_INVALID && !session.ok(rv))
                return session.error("C_DestroyObject");
        }
        return {};
    });
}

// ---- test access ----

void HsmTokenTestAccess::closeAllSessions(HsmToken &token)
{
    token.d->pool->closeAllSessionsForTest();
}

bool HsmTokenTestAccess::usesOaepFallback(const HsmToken &token)
{
    return token.d->oaep256.load() == 2;
}

} // namespace coffer::hsm
