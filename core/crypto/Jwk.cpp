// This file uses the OpenSSL 3 API only: deprecated declarations are hidden, so using one fails to compile.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include "core/crypto/EvpUtil.h"
#include "core/crypto/KeyEncoding.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/param_build.h>

#include <QJsonArray>
#include <QJsonValue>

#include <vector>

namespace coffer::crypto::jwk {

namespace {

using evp::uc;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, evp::Free<&OSSL_PARAM_BLD_free>>;
using ParamsPtr = std::unique_ptr<OSSL_PARAM, evp::Free<&OSSL_PARAM_free>>;

Error invalid(const QString &message)
{
    evp::clearErrors();
    return Error(ErrorCode::InvalidArgument, message);
}

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

// A base64url member decoded into secure memory (the decoded copy is wiped); nullopt when absent.
Result<std::optional<SecureBytes>> member(const QJsonObject &jwk, const char *name)
{
    const QJsonValue value = jwk.value(QLatin1StringView(name));
    if (value.isUndefined() || value.isNull())
        return std::optional<SecureBytes>();
    if (!value.isString())
        return invalid(QStringLiteral("the JWK member '%1' is not a string").arg(latin1(name)));
    std::optional<QByteArray> decoded = fromBase64Any(value.toString().toLatin1());
    if (!decoded || decoded->isEmpty())
        return invalid(QStringLiteral("the JWK member '%1' is not base64url").arg(latin1(name)));
    SecureBytes bytes(*decoded);
    OPENSSL_cleanse(decoded->data(), std::size_t(decoded->size()));
    return std::optional<SecureBytes>(std::move(bytes));
}

// Big-endian bytes as a BIGNUM on the secure heap (parameters hold private numbers).
evp::BnPtr toBn(const SecureBytes &bytes)
{
    evp::BnPtr bn(BN_secure_new());
    if (!bn || !BN_bin2bn(bytes.data(), int(bytes.size()), bn.get()))
        return nullptr;
    return bn;
}

QString privateMembersText(KeyType type)
{
    switch (type) {
    case KeyType::Rsa: return QStringLiteral("n, e, d, p, q, dp, dq and qi");
    case KeyType::Ec: return QStringLiteral("crv, x, y and d");
    case KeyType::Oct: return QStringLiteral("k");
    }
    return {};
}

Error publicOnly(KeyType type)
{
    return invalid(
            QStringLiteral("the JWK holds only a public key (a private key needs %1)").arg(privateMembersText(type)));
}

// Builds the key from OSSL_PARAMs; checks type/size and that the parts belong together.
Result<SoftwareKey> fromParams(const char *type, OSSL_PARAM_BLD *bld, const QString &inconsistent)
{
    ParamsPtr params(OSSL_PARAM_BLD_to_param(bld));
    evp::PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_KEYPAIR, params.get()) != 1 || !raw)
        return invalid(inconsistent);
    evp::PkeyPtr pkey(raw);
    auto spec = evp::specOf(pkey.get());
    if (!spec)
        return spec.error();
    if (!evp::hasPrivateHalf(pkey.get()) || !evp::isConsistent(pkey.get()))
        return invalid(inconsistent);
    return SoftwareKey::adoptEvpPkey(pkey.release());
}

Result<SoftwareKey> rsaFromJwk(const QJsonObject &jwk)
{
    if (jwk.contains(QLatin1StringView("oth")))
        return invalid(QStringLiteral("multi-prime RSA keys (JWK member 'oth') are not supported"));
    static constexpr const char *kNames[] = {"n", "e", "d", "p", "q", "dp", "dq", "qi"};
    static constexpr const char *kParams[]
            = {OSSL_PKEY_PARAM_RSA_N,         OSSL_PKEY_PARAM_RSA_E,           OSSL_PKEY_PARAM_RSA_D,
               OSSL_PKEY_PARAM_RSA_FACTOR1,   OSSL_PKEY_PARAM_RSA_FACTOR2,     OSSL_PKEY_PARAM_RSA_EXPONENT1,
               OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    std::vector<SecureBytes> values;
    QStringList missing;
    for (const char *name : kNames) {
        auto value = member(jwk, name);
        if (!value)
            return value.error();
        if (!*value)
            missing << latin1(name);
        values.push_back(value->has_value() ? std::move(**value) : SecureBytes());
    }
    if (missing.contains(QStringLiteral("n")) || missing.contains(QStringLiteral("e")))
        return invalid(QStringLiteral("the RSA JWK lacks %1").arg(missing.join(QStringLiteral(", "))));
    if (missing.contains(QStringLiteral("d")))
        return publicOnly(KeyType::Rsa);
    if (!missing.isEmpty())
        return invalid(QStringLiteral("the RSA JWK lacks %1 (a private RSA JWK needs all of p, q, dp, dq and qi)")
                               .arg(missing.join(QStringLiteral(", "))));
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    std::vector<evp::BnPtr> bns; // must outlive OSSL_PARAM_BLD_to_param
    for (std::size_t i = 0; i < values.size(); ++i) {
        bns.push_back(toBn(values[i]));
        if (!bld || !bns.back() || OSSL_PARAM_BLD_push_BN(bld.get(), kParams[i], bns.back().get()) != 1)
            return Error(ErrorCode::Crypto, QStringLiteral("the RSA JWK could not be read"));
    }
    return fromParams("RSA", bld.get(),
                      QStringLiteral("the RSA JWK is inconsistent: d, p, q, dp, dq and qi do not belong to n and e"));
}

Result<SoftwareKey> ecFromJwk(const QJsonObject &jwk)
{
    const QJsonValue crvValue = jwk.value(QLatin1StringView("crv"));
    if (!crvValue.isString())
        return invalid(QStringLiteral("the EC JWK has no crv (use P-256, P-256K, P-384 or P-521)"));
    const std::optional<Curve> curve = curveFromName(crvValue.toString());
    if (!curve)
        return invalid(QStringLiteral("the JWK curve '%1' is not supported (use P-256, P-256K, P-384 or P-521)")
                               .arg(crvValue.toString()));
    const std::size_t n = std::size_t(curveFieldBytes(*curve));
    SecureBytes point(QByteArrayView("\x04", 1));
    for (const char *name : {"x", "y"}) {
        auto value = member(jwk, name);
        if (!value)
            return value.error();
        if (!*value)
            return invalid(QStringLiteral("the EC JWK lacks %1").arg(latin1(name)));
        if ((*value)->size() != n)
            return invalid(QStringLiteral("the EC JWK's %1 must be %2 bytes for %3; got %4")
                                   .arg(latin1(name))
                                   .arg(n)
                                   .arg(curveName(*curve))
                                   .arg(qulonglong((*value)->size())));
        point.append((*value)->view());
    }
    auto d = member(jwk, "d");
    if (!d)
        return d.error();
    if (!*d)
        return publicOnly(KeyType::Ec);
    if ((*d)->size() != n)
        return invalid(QStringLiteral("the EC JWK's d must be %1 bytes for %2; got %3")
                               .arg(n)
                               .arg(curveName(*curve))
                               .arg(qulonglong((*d)->size())));
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    evp::BnPtr priv = toBn(**d);
    if (!bld || !priv
        || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, curveOpenSslName(*curve), 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size()) != 1
        || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, priv.get()) != 1)
        return Error(ErrorCode::Crypto, QStringLiteral("the EC JWK could not be read"));
    return fromParams(
            "EC", bld.get(),
            QStringLiteral("the EC JWK is inconsistent: x, y and d are not one key on %1").arg(curveName(*curve)));
}

Result<SoftwareKey> octFromJwk(const QJsonObject &jwk)
{
    auto k = member(jwk, "k");
    if (!k)
        return k.error();
    if (!*k)
        return invalid(QStringLiteral("the oct JWK lacks k"));
    if ((*k)->size() != 16 && (*k)->size() != 24 && (*k)->size() != 32)
        return invalid(QStringLiteral("an oct JWK's k is 16, 24 or 32 bytes (AES-128/192/256); got %1")
                               .arg(qulonglong((*k)->size())));
    return SoftwareKey::fromOctBytes(**k);
}

} // namespace

QByteArray base64Url(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Any(QByteArrayView text)
{
    const bool url = text.contains('-') || text.contains('_');
    const bool standard = text.contains('+') || text.contains('/');
    if (url && standard)
        return std::nullopt;
    const auto options = (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
            | QByteArray::AbortOnBase64DecodingErrors;
    auto result = QByteArray::fromBase64Encoding(text.toByteArray(), options);
    if (!result)
        return std::nullopt;
    return std::move(result.decoded);
}

Result<QJsonObject> publicJwk(const SoftwareKey &key, Protection protection, KeyOps ops, const QString &kid)
{
    if (key.isNull())
        return invalid(QStringLiteral("the key is empty"));
    const KeySpec &spec = key.spec();
    QJsonObject out;
    out.insert(QStringLiteral("kid"), kid);
    out.insert(QStringLiteral("kty"), keyTypeName(spec.type, protection));
    out.insert(QStringLiteral("key_ops"), QJsonArray::fromStringList(keyOpNames(ops)));
    if (spec.type == KeyType::Oct)
        return out;
    const auto *pkey = static_cast<const EVP_PKEY *>(key.evpPkey());
    const auto field = [&](const char *param, int width) -> std::optional<QString> {
        auto bytes = evp::bnParam(pkey, param, width);
        if (!bytes)
            return std::nullopt;
        return QString::fromLatin1(base64Url(*bytes));
    };
    std::optional<QString> a;
    std::optional<QString> b;
    if (spec.type == KeyType::Rsa) {
        a = field(OSSL_PKEY_PARAM_RSA_N, 0); // minimal: no leading zero byte
        b = field(OSSL_PKEY_PARAM_RSA_E, 0);
        if (a && b) {
            out.insert(QStringLiteral("n"), *a);
            out.insert(QStringLiteral("e"), *b);
        }
    } else {
        const int n = curveFieldBytes(*spec.curve);
        a = field(OSSL_PKEY_PARAM_EC_PUB_X, n); // left-padded to the field size
        b = field(OSSL_PKEY_PARAM_EC_PUB_Y, n);
        if (a && b) {
            out.insert(QStringLiteral("crv"), curveName(*spec.curve));
            out.insert(QStringLiteral("x"), *a);
            out.insert(QStringLiteral("y"), *b);
        }
    }
    if (!a || !b)
        return Error(ErrorCode::Crypto, QStringLiteral("the public key could not be read"));
    return out;
}

Result<SoftwareKey> fromJwk(const QJsonObject &jwk, std::optional<KeyOps> *ops)
{
    const QJsonValue ktyValue = jwk.value(QLatin1StringView("kty"));
    if (!ktyValue.isString())
        return invalid(QStringLiteral("the JWK has no kty (use RSA, EC or oct)"));
    const auto kty = keyTypeFromName(ktyValue.toString());
    if (!kty)
        return invalid(
                QStringLiteral("the JWK kty '%1' is not supported (use RSA, EC or oct)").arg(ktyValue.toString()));
    if (ops) {
        ops->reset();
        const QJsonValue opsValue = jwk.value(QLatin1StringView("key_ops"));
        if (!opsValue.isUndefined() && !opsValue.isNull()) {
            if (!opsValue.isArray())
                return invalid(QStringLiteral("the JWK member 'key_ops' is not an array"));
            QStringList names;
            for (const QJsonValue &op : opsValue.toArray()) {
                if (!op.isString())
                    return invalid(QStringLiteral("the JWK member 'key_ops' holds a non-string"));
                names << op.toString();
            }
            auto parsed = keyOpsFromNames(names);
            if (!parsed)
                return parsed.error();
            *ops = *parsed;
        }
    }
    switch (kty->first) {
    case KeyType::Rsa: return rsaFromJwk(jwk);
    case KeyType::Ec: return ecFromJwk(jwk);
    case KeyType::Oct: return octFromJwk(jwk);
    }
    return invalid(QStringLiteral("the JWK kty is not supported"));
}

} // namespace coffer::crypto::jwk
