// HsmToken::generate and HsmToken::importKey: the templates of research keys-pkcs11.md §3.4 and §4.6.
#include "core/crypto/Random.h"
#include "core/hsm/HsmToken.h"
#include "core/hsm/HsmTokenPrivate.h"
#include "core/hsm/Pkcs11Encoding.h"

namespace coffer::hsm {

namespace {

constexpr int kIdBytes = 16;

using crypto::KeyOp;

// The usage attributes of both objects, every one explicit: SoftHSM sets the ones a template omits to TRUE.
// The private object decrypts also for unwrapKey (Azure's unwrapKey is a decryption on the token; RSA-OAEP-256
// falls back to CKM_RSA_X_509, which needs CKA_DECRYPT).
struct Usages
{
    bool encrypt, verify, wrap; // public (or secret) object
    bool decrypt, sign, unwrap; // private (or secret) object
};

Usages usagesFor(const crypto::KeySpec &spec, crypto::KeyOps ops)
{
    Usages u {};
    u.encrypt = ops.testFlag(KeyOp::Encrypt);
    u.verify = ops.testFlag(KeyOp::Verify);
    u.wrap = ops.testFlag(KeyOp::WrapKey);
    u.sign = ops.testFlag(KeyOp::Sign);
    u.unwrap = ops.testFlag(KeyOp::UnwrapKey);
    u.decrypt = ops.testFlag(KeyOp::Decrypt) || (spec.type == crypto::KeyType::Rsa && u.unwrap);
    return u;
}

void addPrivateCommon(p11::Template &t, const crypto::KeySpec &spec, const Usages &u, QByteArrayView id,
                      const QByteArray &label)
{
    t.add(CKA_TOKEN, true).add(CKA_PRIVATE, true).add(CKA_SENSITIVE, true).add(CKA_EXTRACTABLE, false);
    t.addBytes(CKA_ID, id).addBytes(CKA_LABEL, label);
    t.add(CKA_DECRYPT, u.decrypt).add(CKA_SIGN, u.sign).add(CKA_UNWRAP, u.unwrap).add(CKA_DERIVE, false);
    if (spec.type == crypto::KeyType::Oct) {
        t.add(CKA_ENCRYPT, u.encrypt).add(CKA_VERIFY, u.verify).add(CKA_WRAP, u.wrap);
    } else {
        t.add(CKA_SIGN_RECOVER, false);
    }
}

void addPublicCommon(p11::Template &t, const Usages &u, QByteArrayView id, const QByteArray &label)
{
    t.add(CKA_TOKEN, true).add(CKA_PRIVATE, false).addBytes(CKA_ID, id).addBytes(CKA_LABEL, label);
    t.add(CKA_ENCRYPT, u.encrypt).add(CKA_VERIFY, u.verify).add(CKA_WRAP, u.wrap).add(CKA_VERIFY_RECOVER, false);
    t.add(CKA_DERIVE, false);
}

Result<void> checkOps(const crypto::KeySpec &spec, crypto::KeyOps ops)
{
    const crypto::KeyOps unsupported = ops & ~crypto::supportedKeyOps(spec.type);
    if (unsupported)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a %1 key cannot do %2")
                                 .arg(crypto::keyTypeName(spec.type, crypto::Protection::Hsm),
                                      crypto::keyOpNames(unsupported).join(u", ")));
    return {};
}

// Reads back what the token made and refuses a key whose attributes it did not honour.
Result<void> verifyMade(Session &session, const HsmKeyRef &key, const Usages &u)
{
    auto attrs = readAttributes(session, key);
    if (!attrs)
        return attrs.error();
    crypto::KeyOps expected;
    expected.setFlag(KeyOp::Encrypt, u.encrypt);
    expected.setFlag(KeyOp::Verify, u.verify);
    expected.setFlag(KeyOp::WrapKey, u.wrap);
    expected.setFlag(KeyOp::Decrypt, u.decrypt);
    expected.setFlag(KeyOp::Sign, u.sign);
    expected.setFlag(KeyOp::UnwrapKey, u.unwrap);
    QStringList wrong;
    if (!attrs->token)
        wrong.append(QStringLiteral("CKA_TOKEN"));
    if (!attrs->isPrivate)
        wrong.append(QStringLiteral("CKA_PRIVATE"));
    if (!attrs->sensitive)
        wrong.append(QStringLiteral("CKA_SENSITIVE"));
    if (attrs->extractable)
        wrong.append(QStringLiteral("CKA_EXTRACTABLE"));
    if (attrs->usages != expected)
        wrong.append(
                QStringLiteral("usage attributes (%1 instead of %2)")
                        .arg(crypto::keyOpNames(attrs->usages).join(u','), crypto::keyOpNames(expected).join(u',')));
    if (wrong.isEmpty())
        return {};
    destroyObjects(session, key.id);
    return makeError(ErrorCode::Crypto,
                     QStringLiteral("the token did not honour %1 of the new %2; the key was removed")
                             .arg(wrong.join(u", "), keyIdText(key)));
}

Error curveError(const Error &error, const crypto::KeySpec &spec, const QString &tokenLabel)
{
    if (error.code() != ErrorCode::InvalidArgument || !spec.curve)
        return error;
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("token '%1' cannot make EC keys on curve %2 (%3)")
                             .arg(tokenLabel, crypto::curveName(*spec.curve), error.context()));
}

} // namespace

Result<HsmKeyRef> HsmToken::generate(const crypto::KeySpec &spec, crypto::KeyOps ops, const QString &label)
{
    COFFER_TRY(crypto::validateSpec(spec));
    COFFER_TRY(checkOps(spec, ops));
    const QString purpose = QStringLiteral("%1 keys").arg(crypto::keyTypeName(spec.type, crypto::Protection::Hsm));
    HsmKeyRef key {crypto::randomBytes(kIdBytes), spec};
    const Usages u = usagesFor(spec, ops);
    const QByteArray labelBytes = label.toUtf8();

    if (spec.type == crypto::KeyType::Oct) {
        COFFER_TRY(d->requireMechanism(CKM_AES_KEY_GEN, CKF_GENERATE, purpose));
        p11::Template secret;
        secret.add(CKA_CLASS, CK_ULONG(CKO_SECRET_KEY)).add(CKA_KEY_TYPE, CK_ULONG(CKK_AES));
        secret.add(CKA_VALUE_LEN, CK_ULONG(spec.bits / 8));
        addPrivateCommon(secret, spec, u, key.id, labelBytes);
        int attempts = 0;
        auto made = d->pool->run<void>([&](Session &session) -> Result<void> {
            if (attempts++ > 0)
                destroyObjects(session, key.id); // a retry after a lost session: no half-made key left behind
            CK_MECHANISM mechanism {CKM_AES_KEY_GEN, nullptr, 0};
            CK_OBJECT_HANDLE handle = CK_INVALID_HANDLE;
            if (!session.ok(session.f()->C_GenerateKey(session.handle(), &mechanism, secret.data(), secret.size(),
                                                       &handle)))
                return session.error("C_GenerateKey");
            return verifyMade(session, key, u);
        });
        if (!made)
            return made.error();
        return key;
    }

    const bool rsa = spec.type == crypto::KeyType::Rsa;
    const CK_MECHANISM_TYPE mechanismType = rsa ? CKM_RSA_PKCS_KEY_PAIR_GEN : CKM_EC_KEY_PAIR_GEN;
    COFFER_TRY(d->requireMechanism(mechanismType, CKF_GENERATE_KEY_PAIR, purpose));
    p11::Template pub, priv;
    pub.add(CKA_CLASS, CK_ULONG(CKO_PUBLIC_KEY)).add(CKA_KEY_TYPE, CK_ULONG(rsa ? CKK_RSA : CKK_EC));
    priv.add(CKA_CLASS, CK_ULONG(CKO_PRIVATE_KEY)).add(CKA_KEY_TYPE, CK_ULONG(rsa ? CKK_RSA : CKK_EC));
    if (rsa) {
        static const char kExponent[] = {0x01, 0x00, 0x01};
        pub.add(CKA_MODULUS_BITS, CK_ULONG(spec.bits)).addBytes(CKA_PUBLIC_EXPONENT, QByteArrayView(kExponent, 3));
    } else {
        pub.addBytes(CKA_EC_PARAMS, crypto::curveOidDer(*spec.curve));
    }
    addPublicCommon(pub, u, key.id, labelBytes);
    addPrivateCommon(priv, spec, u, key.id, labelBytes);
    int attempts = 0;
    auto made = d->pool->run<void>([&](Session &session) -> Result<void> {
        if (attempts++ > 0)
            destroyObjects(session, key.id);
        CK_MECHANISM mechanism {mechanismType, nullptr, 0};
        CK_OBJECT_HANDLE pubHandle = CK_INVALID_HANDLE, privHandle = CK_INVALID_HANDLE;
        if (!session.ok(session.f()->C_GenerateKeyPair(session.handle(), &mechanism, pub.data(), pub.size(),
                                                       priv.data(), priv.size(), &pubHandle, &privHandle)))
            return session.error("C_GenerateKeyPair");
        return verifyMade(session, key, u);
    });
    if (!made)
        return curveError(made.error(), spec, d->pool->ref().label);
    return key;
}

Result<HsmKeyRef> HsmToken::importKey(const crypto::SoftwareKey &software, crypto::KeyOps ops, const QString &label)
{
    if (software.isNull() || !software.hasPrivate())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("only a private or secret key can be imported"));
    const crypto::KeySpec spec = software.spec();
    COFFER_TRY(crypto::validateSpec(spec));
    COFFER_TRY(checkOps(spec, ops));
    COFFER_TRY(d->requireMechanism(CKM_AES_KEY_WRAP_PAD, CKF_UNWRAP, QStringLiteral("importing keys")));
    auto material = software.privateMaterial();
    if (!material)
        return material.error();

    // A one-time AES-256 key encrypting key, known to this process and put on the token as a session object.
    const SecureBytes kek = crypto::randomSecret(32);
    auto wrapped = encoding::aesKeyWrapPad(kek, *material);
    if (!wrapped)
        return wrapped.error();

    HsmKeyRef key {crypto::randomBytes(kIdBytes), spec};
    const Usages u = usagesFor(spec, ops);
    const QByteArray labelBytes = label.toUtf8();
    const bool oct = spec.type == crypto::KeyType::Oct;
    p11::Template target;
    target.add(CKA_CLASS, CK_ULONG(privateClassOf(spec)));
    target.add(CKA_KEY_TYPE, CK_ULONG(oct ? CKK_AES : spec.type == crypto::KeyType::Rsa ? CKK_RSA : CKK_EC));
    addPrivateCommon(target, spec, u, key.id, labelBytes);

    // The public object (RSA, EC): the token's unwrap makes only the private one.
    p11::Template pub;
    if (!oct) {
        auto parts = encoding::publicParts(software.evpPkey(), spec);
        if (!parts)
            return parts.error();
        pub.add(CKA_CLASS, CK_ULONG(CKO_PUBLIC_KEY));
        if (spec.type == crypto::KeyType::Rsa) {
            pub.add(CKA_KEY_TYPE, CK_ULONG(CKK_RSA)).addBytes(CKA_MODULUS, parts->modulus);
            pub.addBytes(CKA_PUBLIC_EXPONENT, parts->exponent);
        } else {
            pub.add(CKA_KEY_TYPE, CK_ULONG(CKK_EC)).addBytes(CKA_EC_PARAMS, parts->ecParams);
            pub.addBytes(CKA_EC_POINT, parts->ecPoint);
        }
        addPublicCommon(pub, u, key.id, labelBytes);
    }

    int attempts = 0;
    auto made = d->pool->run<void>([&](Session &session) -> Result<void> {
        if (attempts++ > 0)
            destroyObjects(session, key.id);
        p11::Template kekTemplate;
        kekTemplate.add(CKA_CLASS, CK_ULONG(CKO_SECRET_KEY)).add(CKA_KEY_TYPE, CK_ULONG(CKK_AES));
        kekTemplate.add(CKA_TOKEN, false).add(CKA_PRIVATE, true).add(CKA_SENSITIVE, true);
        kekTemplate.add(CKA_EXTRACTABLE, false).add(CKA_UNWRAP, true).add(CKA_WRAP, false);
        kekTemplate.add(CKA_ENCRYPT, false).add(CKA_DECRYPT, false).add(CKA_SIGN, false).add(CKA_VERIFY, false);
        kekTemplate.add(CKA_DERIVE, false).addBytes(CKA_VALUE, kek.view());
        CK_OBJECT_HANDLE kekHandle = CK_INVALID_HANDLE;
        if (!session.ok(
                    session.f()->C_CreateObject(session.handle(), kekTemplate.data(), kekTemplate.size(), &kekHandle)))
            return session.error("C_CreateObject (key encrypting key)");
        CK_MECHANISM mechanism {CKM_AES_KEY_WRAP_PAD, nullptr, 0};
        CK_OBJECT_HANDLE handle = CK_INVALID_HANDLE;
        const CK_RV rv = session.f()->C_UnwrapKey(session.handle(), &mechanism, kekHandle,
                                                  reinterpret_cast<CK_BYTE_PTR>(wrapped->data()),
                                                  CK_ULONG(wrapped->size()), target.data(), target.size(), &handle);
        session.f()->C_DestroyObject(session.handle(), kekHandle);
        if (!session.ok(rv)) {
            Error error = session.error("C_UnwrapKey");
            if (error.code() == ErrorCode::Crypto)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("token '%1' cannot import this key: %2")
                                         .arg(d->pool->ref().label, error.context()));
            return error;
        }
        if (!oct) {
            CK_OBJECT_HANDLE pubHandle = CK_INVALID_HANDLE;
            if (!session.ok(session.f()->C_CreateObject(session.handle(), pub.data(), pub.size(), &pubHandle))) {
                Error error = session.error("C_CreateObject (public key)");
                destroyObjects(session, key.id);
                return error;
            }
        }
        return verifyMade(session, key, u);
    });
    if (!made)
        return made.error();
    return key;
}

} // namespace coffer::hsm
