#include "core/hsm/Pkcs11Encoding.h"

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

#include <memory>

namespace coffer::hsm::encoding {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>>;

Error opensslError(const QString &what)
{
    ERR_clear_error();
    return makeError(ErrorCode::Crypto, what);
}

Result<QByteArray> spkiFromParams(const char *type, OSSL_PARAM_BLD *builder, const QString &what)
{
    ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0
        || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return opensslError(what);
    PkeyPtr pkey(raw);
    const int length = i2d_PUBKEY(pkey.get(), nullptr);
    if (length <= 0)
        return opensslError(what);
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PUBKEY(pkey.get(), &out) != length)
        return opensslError(what);
    return der;
}

BnPtr toBn(QByteArrayView bytes)
{
    return BnPtr(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.data()), int(bytes.size()), nullptr));
}

QByteArray bnBytes(const BIGNUM *bn)
{
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace

Result<QByteArray> rsaSpki(QByteArrayView modulus, QByteArrayView exponent)
{
    const QString what = QStringLiteral("the token's RSA public key (CKA_MODULUS, CKA_PUBLIC_EXPONENT) is invalid");
    BnPtr n = toBn(modulus), e = toBn(exponent);
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (modulus.isEmpty() || exponent.isEmpty() || !n || !e || !builder
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get())
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
        return opensslError(what);
    return spkiFromParams("RSA", builder.get(), what);
}

Result<QByteArray> ecSpki(crypto::Curve curve, QByteArrayView point)
{
    const QString what = QStringLiteral("the token's EC public key (CKA_EC_POINT) is invalid");
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder
        || !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, crypto::curveOpenSslName(curve),
                                            0)
        || !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                             std::size_t(point.size())))
        return opensslError(what);
    return spkiFromParams("EC", builder.get(), what);
}

std::optional<crypto::Curve> curveFromEcParams(QByteArrayView ecParams)
{
    for (crypto::Curve curve : {crypto::Curve::P256, crypto::Curve::P256K, crypto::Curve::P384, crypto::Curve::P521}) {
        if (ecParams == crypto::curveOidDer(curve))
            return curve;
    }
    return std::nullopt;
}

std::optional<QByteArray> ecPointFromAttribute(QByteArrayView ecPoint, crypto::Curve curve)
{
    const qsizetype n = crypto::curveFieldBytes(curve);
    const auto isPoint = [n](QByteArrayView p) {
        return (p.size() == 1 + 2 * n && p[0] == 0x04) || (p.size() == 1 + n && (p[0] == 0x02 || p[0] == 0x03));
    };
    // A DER OCTET STRING around the point is 2 or 3 bytes longer than the point, so a bare point never has the
    // length of a wrapped one.
    if (isPoint(ecPoint))
        return ecPoint.toByteArray();
    const auto *in = reinterpret_cast<const unsigned char *>(ecPoint.data());
    ASN1_OCTET_STRING *octets = d2i_ASN1_OCTET_STRING(nullptr, &in, long(ecPoint.size()));
    if (!octets) {
        ERR_clear_error();
        return std::nullopt;
    }
    const bool whole = in == reinterpret_cast<const unsigned char *>(ecPoint.data()) + ecPoint.size();
    const QByteArray point(reinterpret_cast<const char *>(ASN1_STRING_get0_data(octets)), ASN1_STRING_length(octets));
    ASN1_OCTET_STRING_free(octets);
    if (!whole || !isPoint(point))
        return std::nullopt;
    return point;
}

QByteArray ecPointAttribute(QByteArrayView point)
{
    QByteArray out;
    out.append(char(0x04));
    if (point.size() < 0x80) {
        out.append(char(point.size()));
    } else if (point.size() < 0x100) {
        out.append(char(0x81));
        out.append(char(point.size()));
    } else {
        out.append(char(0x82));
        out.append(char(point.size() >> 8));
        out.append(char(point.size() & 0xff));
    }
    out.append(point);
    return out;
}

Result<PublicParts> publicParts(const void *evpPkey, const crypto::KeySpec &spec)
{
    auto *pkey = static_cast<EVP_PKEY *>(const_cast<void *>(evpPkey));
    const QString what = QStringLiteral("cannot read the public half of the key");
    if (!pkey)
        return makeError(ErrorCode::InvalidArgument, what);
    PublicParts parts;
    if (spec.type == crypto::KeyType::Rsa) {
        BIGNUM *n = nullptr, *e = nullptr;
        if (!EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_N, &n)
            || !EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &e)) {
            BN_free(n);
            return opensslError(what);
        }
        BnPtr nOwner(n), eOwner(e);
        parts.modulus = bnBytes(n);
        parts.exponent = bnBytes(e);
        return parts;
    }
    if (spec.type == crypto::KeyType::Ec && spec.curve) {
        // Uncompressed (04 || x || y), as PKCS#11 tokens expect, whatever form the key was read from.
        BIGNUM *x = nullptr, *y = nullptr;
        if (!EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_EC_PUB_X, &x)
            || !EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_EC_PUB_Y, &y)) {
            BN_free(x);
            return opensslError(what);
        }
        BnPtr xOwner(x), yOwner(y);
        const int n = crypto::curveFieldBytes(*spec.curve);
        QByteArray point(1 + 2 * n, '\0');
        point[0] = 0x04;
        auto *dst = reinterpret_cast<unsigned char *>(point.data());
        if (BN_bn2binpad(x, dst + 1, n) != n || BN_bn2binpad(y, dst + 1 + n, n) != n)
            return opensslError(what);
        parts.ecParams = crypto::curveOidDer(*spec.curve);
        parts.ecPoint = ecPointAttribute(point);
        return parts;
    }
    return makeError(ErrorCode::InvalidArgument, what);
}

Result<QByteArray> aesKeyWrapPad(const SecureBytes &kek, const SecureBytes &plaintext)
{
    const EVP_CIPHER *cipher = kek.size() == 16 ? EVP_aes_128_wrap_pad()
            : kek.size() == 24                  ? EVP_aes_192_wrap_pad()
            : kek.size() == 32                  ? EVP_aes_256_wrap_pad()
                                                : nullptr;
    const QString what = QStringLiteral("AES key wrap (RFC 5649) failed");
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!cipher || !ctx)
        return opensslError(what);
    EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    QByteArray out(qsizetype(plaintext.size()) + 16, '\0');
    int length = 0, finalLength = 0;
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    if (EVP_EncryptInit_ex(ctx.get(), cipher, nullptr, kek.data(), nullptr) != 1
        || EVP_EncryptUpdate(ctx.get(), dst, &length, plaintext.data(), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), dst + length, &finalLength) != 1)
        return opensslError(what);
    out.truncate(length + finalLength);
    return out;
}

} // namespace coffer::hsm::encoding
