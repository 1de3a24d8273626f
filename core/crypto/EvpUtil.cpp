// This file uses the OpenSSL 3 API only: deprecated declarations are hidden, so using one fails to compile.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include "core/crypto/EvpUtil.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>

namespace coffer::crypto::evp {

namespace {
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Free<&ECDSA_SIG_free>>;
}

const EVP_MD *digestMd(DigestAlg digest)
{
    switch (digest) {
    case DigestAlg::Sha256: return EVP_sha256();
    case DigestAlg::Sha384: return EVP_sha384();
    case DigestAlg::Sha512: return EVP_sha512();
    }
    return nullptr;
}

const char *digestName(DigestAlg digest)
{
    switch (digest) {
    case DigestAlg::Sha256: return "SHA256";
    case DigestAlg::Sha384: return "SHA384";
    case DigestAlg::Sha512: return "SHA512";
    }
    return "";
}

QString supportedKeysText()
{
    return QStringLiteral("Coffer supports RSA 2048, 3072 or 4096 bits, or EC on P-256, P-256K, P-384 or P-521");
}

Result<KeySpec> specOf(const EVP_PKEY *pkey)
{
    if (!pkey)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no key"));
    if (EVP_PKEY_is_a(pkey, "RSA")) {
        const int bits = EVP_PKEY_get_bits(pkey);
        const KeySpec spec = KeySpec::rsa(bits);
        if (!validateSpec(spec))
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("an RSA %1-bit key is not supported (RSA keys are 2048, 3072 or 4096 bits)")
                                 .arg(bits));
        return spec;
    }
    if (EVP_PKEY_is_a(pkey, "EC")) {
        char group[80] = {};
        std::size_t len = 0;
        if (EVP_PKEY_get_group_name(pkey, group, sizeof group, &len) != 1 || len == 0) {
            clearErrors();
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("an EC key with explicit curve parameters is not supported (use a named "
                                        "curve: P-256, P-256K, P-384 or P-521)"));
        }
        const int nid = OBJ_txt2nid(group);
        for (Curve curve : {Curve::P256, Curve::P256K, Curve::P384, Curve::P521}) {
            if (nid != NID_undef && nid == OBJ_txt2nid(curveOpenSslName(curve)))
                return KeySpec::ec(curve);
        }
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the EC curve %1 is not supported (use P-256, P-256K, P-384 or P-521)")
                             .arg(QString::fromLatin1(group)));
    }
    const char *typeName = EVP_PKEY_get0_type_name(pkey);
    const QString name = typeName ? QString::fromLatin1(typeName) : QStringLiteral("unknown");
    return Error(ErrorCode::InvalidArgument,
                 QStringLiteral("a %1 key is not supported (%2)").arg(name, supportedKeysText()));
}

bool hasPrivateHalf(const EVP_PKEY *pkey)
{
    const char *param = EVP_PKEY_is_a(pkey, "RSA") ? OSSL_PKEY_PARAM_RSA_D : OSSL_PKEY_PARAM_PRIV_KEY;
    BIGNUM *raw = nullptr;
    const bool found = EVP_PKEY_get_bn_param(pkey, param, &raw) == 1 && raw;
    BnPtr owned(raw);
    clearErrors();
    return found;
}

std::optional<QByteArray> bnParam(const EVP_PKEY *pkey, const char *name, int width)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &raw) != 1 || !raw) {
        clearErrors();
        return std::nullopt;
    }
    BnPtr bn(raw);
    const int size = width > 0 ? width : BN_num_bytes(bn.get());
    if (BN_num_bytes(bn.get()) > size)
        return std::nullopt;
    QByteArray out(size, Qt::Uninitialized);
    if (BN_bn2binpad(bn.get(), uc(out), size) != size)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> ecdsaRawToDer(QByteArrayView raw, int fieldBytes)
{
    if (fieldBytes <= 0 || raw.size() != 2 * qsizetype(fieldBytes))
        return std::nullopt;
    BnPtr r(BN_bin2bn(uc(raw), fieldBytes, nullptr));
    BnPtr s(BN_bin2bn(uc(raw) + fieldBytes, fieldBytes, nullptr));
    EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return std::nullopt;
    (void)r.release(); // owned by sig now
    (void)s.release();
    const int len = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (len <= 0)
        return std::nullopt;
    QByteArray der(len, Qt::Uninitialized);
    unsigned char *p = uc(der);
    if (i2d_ECDSA_SIG(sig.get(), &p) != len)
        return std::nullopt;
    return der;
}

std::optional<QByteArray> ecdsaDerToRaw(QByteArrayView der, int fieldBytes)
{
    if (fieldBytes <= 0 || der.isEmpty() || der.size() > 4 * qsizetype(fieldBytes) + 16)
        return std::nullopt;
    const unsigned char *p = uc(der);
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig || p != uc(der) + der.size()) {
        clearErrors();
        return std::nullopt;
    }
    // Strict DER: the canonical re-encoding must be the input itself (no long-form lengths, no padding zeros).
    const int len = i2d_ECDSA_SIG(sig.get(), nullptr);
    QByteArray again(qMax(len, 0), Qt::Uninitialized);
    unsigned char *q = uc(again);
    if (len <= 0 || i2d_ECDSA_SIG(sig.get(), &q) != len || again != der)
        return std::nullopt;
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    if (BN_is_negative(r) || BN_is_negative(s) || BN_num_bytes(r) > fieldBytes || BN_num_bytes(s) > fieldBytes)
        return std::nullopt;
    QByteArray raw(2 * fieldBytes, Qt::Uninitialized);
    if (BN_bn2binpad(r, uc(raw), fieldBytes) != fieldBytes
        || BN_bn2binpad(s, uc(raw) + fieldBytes, fieldBytes) != fieldBytes)
        return std::nullopt;
    return raw;
}

bool isConsistent(EVP_PKEY *pkey)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
    const bool ok = ctx && EVP_PKEY_check(ctx.get()) == 1;
    clearErrors();
    return ok;
}

SecureBytes takeSecure(unsigned char *data, std::size_t size)
{
    SecureBytes out(data, size);
    OPENSSL_clear_free(data, size);
    return out;
}

void clearErrors()
{
    ERR_clear_error();
}

} // namespace coffer::crypto::evp
