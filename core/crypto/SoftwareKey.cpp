// This file uses the OpenSSL 3 API only: deprecated declarations are hidden, so using one fails to compile.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include "core/crypto/SoftwareKey.h"

#include "core/crypto/EvpCipher.h"
#include "core/crypto/EvpUtil.h"
#include "core/crypto/Random.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace coffer::crypto {

using evp::uc;

struct SoftwareKey::Impl
{
    KeySpec spec;
    evp::PkeyPtr pkey; // RSA, EC
    SecureBytes oct; // AES
    bool hasPrivate = false;
};

namespace {

using DecoderCtxPtr = std::unique_ptr<OSSL_DECODER_CTX, evp::Free<&OSSL_DECODER_CTX_free>>;
using EncoderCtxPtr = std::unique_ptr<OSSL_ENCODER_CTX, evp::Free<&OSSL_ENCODER_CTX_free>>;

Error cryptoError(const QString &what)
{
    evp::clearErrors();
    return Error(ErrorCode::Crypto, what);
}

Error publicOnly(const char *operation)
{
    return Error(ErrorCode::InvalidArgument,
                 QStringLiteral("the key holds only its public half; it cannot %1").arg(QLatin1StringView(operation)));
}

Result<evp::PkeyPtr> generatePkey(const KeySpec &spec)
{
    const bool rsa = spec.type == KeyType::Rsa;
    evp::PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, rsa ? "RSA" : "EC", nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1)
        return cryptoError(QStringLiteral("key generation could not start"));
    // RSA: the public exponent is OpenSSL's default, 65537.
    const int set = rsa ? EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), spec.bits)
                        : EVP_PKEY_CTX_set_group_name(ctx.get(), curveOpenSslName(*spec.curve));
    EVP_PKEY *raw = nullptr;
    if (set != 1 || EVP_PKEY_generate(ctx.get(), &raw) != 1)
        return cryptoError(QStringLiteral("key generation failed"));
    return evp::PkeyPtr(raw);
}

// A fresh context on the key for one operation.
evp::PkeyCtxPtr contextFor(EVP_PKEY *pkey)
{
    return evp::PkeyCtxPtr(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
}

// Padding and digests of an RS* / PS* operation (sign or verify context already initialised).
bool setRsaSignParams(EVP_PKEY_CTX *ctx, SignAlg alg)
{
    const DigestAlg digest = signDigest(alg);
    const EVP_MD *md = evp::digestMd(digest);
    const bool pss = alg == SignAlg::PS256 || alg == SignAlg::PS384 || alg == SignAlg::PS512;
    if (EVP_PKEY_CTX_set_rsa_padding(ctx, pss ? RSA_PKCS1_PSS_PADDING : RSA_PKCS1_PADDING) != 1
        || EVP_PKEY_CTX_set_signature_md(ctx, md) != 1)
        return false;
    // PSS (P15): MGF1 with the same digest and a salt as long as the digest, required on verify as well (an
    // explicit length, not OpenSSL's "auto", so a signature with another salt length does not verify).
    return !pss
            || (EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, md) == 1
                && EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, digestLength(digest)) == 1);
}

// Padding of an RSA encryption algorithm (encrypt or decrypt context already initialised).
bool setRsaEncParams(EVP_PKEY_CTX *ctx, EncAlg alg)
{
    switch (alg) {
    case EncAlg::Rsa1_5: return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1;
    case EncAlg::RsaOaep:
        return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) == 1
                && EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha1()) == 1
                && EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha1()) == 1;
    case EncAlg::RsaOaep256:
        return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) == 1
                && EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) == 1
                && EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) == 1;
    default: return false;
    }
}

Result<QByteArray> rsaEncrypt(EVP_PKEY *pkey, const KeySpec &spec, EncAlg alg, QByteArrayView plaintext)
{
    const int max = maxRsaPlaintext(alg, spec);
    if (plaintext.size() > max)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 with an RSA %2 key takes at most %3 bytes; got %4")
                             .arg(encAlgName(alg))
                             .arg(spec.bits)
                             .arg(max)
                             .arg(plaintext.size()));
    evp::PkeyCtxPtr ctx = contextFor(pkey);
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) != 1 || !setRsaEncParams(ctx.get(), alg))
        return cryptoError(QStringLiteral("encryption could not start"));
    std::size_t len = 0;
    if (EVP_PKEY_encrypt(ctx.get(), nullptr, &len, uc(plaintext), std::size_t(plaintext.size())) != 1)
        return cryptoError(QStringLiteral("encryption failed"));
    QByteArray out(qsizetype(len), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), uc(out), &len, uc(plaintext), std::size_t(plaintext.size())) != 1)
        return cryptoError(QStringLiteral("encryption failed"));
    out.resize(qsizetype(len));
    return out;
}

Result<SecureBytes> rsaDecrypt(EVP_PKEY *pkey, const KeySpec &spec, bool hasPrivate, EncAlg alg,
                               QByteArrayView ciphertext)
{
    if (!hasPrivate)
        return publicOnly("decrypt");
    // One error for every failure, whatever its cause (Bleichenbacher, Manger: P13).
    const std::size_t k = std::size_t(spec.bits / 8);
    evp::PkeyCtxPtr ctx = contextFor(pkey);
    if (std::size_t(ciphertext.size()) != k || !ctx || EVP_PKEY_decrypt_init(ctx.get()) != 1
        || !setRsaEncParams(ctx.get(), alg))
        return evp::decryptionFailed();
    SecureBytes buffer(k);
    std::size_t len = k;
    if (EVP_PKEY_decrypt(ctx.get(), buffer.data(), &len, uc(ciphertext), k) != 1 || len > k)
        return evp::decryptionFailed();
    return SecureBytes(buffer.data(), len);
}

} // namespace

SoftwareKey::SoftwareKey()
    : d(std::make_unique<Impl>())
{ }

SoftwareKey::~SoftwareKey() = default;
SoftwareKey::SoftwareKey(SoftwareKey &&) noexcept = default;
SoftwareKey &SoftwareKey::operator=(SoftwareKey &&) noexcept = default;

Result<SoftwareKey> SoftwareKey::generate(const KeySpec &spec)
{
    COFFER_TRY(validateSpec(spec));
    SoftwareKey key;
    key.d->spec = spec;
    key.d->hasPrivate = true;
    if (spec.type == KeyType::Oct) {
        key.d->oct = randomSecret(std::size_t(spec.bits / 8));
        return key;
    }
    auto pkey = generatePkey(spec);
    if (!pkey)
        return pkey.error();
    key.d->pkey = std::move(*pkey);
    return key;
}

Result<SoftwareKey> SoftwareKey::fromPkcs8(const SecureBytes &der)
{
    EVP_PKEY *raw = nullptr;
    DecoderCtxPtr dctx(
            OSSL_DECODER_CTX_new_for_pkey(&raw, "DER", "PrivateKeyInfo", nullptr, EVP_PKEY_KEYPAIR, nullptr, nullptr));
    const unsigned char *data = der.data();
    std::size_t len = der.size();
    if (!dctx || der.isEmpty() || OSSL_DECODER_from_data(dctx.get(), &data, &len) != 1 || !raw || len != 0) {
        EVP_PKEY_free(raw);
        evp::clearErrors();
        return Error(ErrorCode::Corrupted, QStringLiteral("the stored private key is not a DER PKCS#8 key"));
    }
    return adoptEvpPkey(raw);
}

Result<SoftwareKey> SoftwareKey::fromOctBytes(const SecureBytes &raw)
{
    const KeySpec spec = KeySpec::oct(int(raw.size() * 8));
    if (!validateSpec(spec))
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("an AES key is 16, 24 or 32 bytes; got %1").arg(qulonglong(raw.size())));
    SoftwareKey key;
    key.d->spec = spec;
    key.d->oct = raw.clone();
    key.d->hasPrivate = true;
    return key;
}

Result<SoftwareKey> SoftwareKey::fromPublicDer(QByteArrayView spki)
{
    const unsigned char *p = uc(spki);
    EVP_PKEY *raw = spki.isEmpty() ? nullptr : d2i_PUBKEY(nullptr, &p, long(spki.size()));
    if (!raw || p != uc(spki) + spki.size()) {
        EVP_PKEY_free(raw);
        evp::clearErrors();
        return Error(ErrorCode::Corrupted, QStringLiteral("the public key is not a DER SubjectPublicKeyInfo"));
    }
    return adoptEvpPkey(raw);
}

Result<SoftwareKey> SoftwareKey::adoptEvpPkey(void *pkey)
{
    evp::PkeyPtr owned(static_cast<EVP_PKEY *>(pkey));
    auto spec = evp::specOf(owned.get());
    if (!spec)
        return spec.error();
    // EC keys are written with a named curve and uncompressed points whatever the input used (a key read with
    // explicit parameters or a compressed point would otherwise be exported that way, which many tools refuse).
    if (spec->type == KeyType::Ec
        && (EVP_PKEY_set_utf8_string_param(owned.get(), OSSL_PKEY_PARAM_EC_ENCODING, OSSL_PKEY_EC_ENCODING_GROUP) != 1
            || EVP_PKEY_set_utf8_string_param(owned.get(), OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                              OSSL_PKEY_EC_POINT_CONVERSION_FORMAT_UNCOMPRESSED)
                    != 1)) {
        evp::clearErrors();
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the EC key's encoding cannot be set to a named curve with uncompressed points"));
    }
    SoftwareKey key;
    key.d->spec = *spec;
    key.d->hasPrivate = evp::hasPrivateHalf(owned.get());
    key.d->pkey = std::move(owned);
    return key;
}

const KeySpec &SoftwareKey::spec() const
{
    return d->spec;
}

bool SoftwareKey::hasPrivate() const
{
    return d->hasPrivate;
}

bool SoftwareKey::isNull() const
{
    return !d->pkey && d->oct.isEmpty();
}

void *SoftwareKey::evpPkey() const
{
    return d->pkey.get();
}

const SecureBytes &SoftwareKey::octBytes() const
{
    return d->oct;
}

Result<SecureBytes> SoftwareKey::privateMaterial() const
{
    if (isNull())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the key is empty"));
    if (d->spec.type == KeyType::Oct)
        return d->oct.clone();
    if (!d->hasPrivate)
        return publicOnly("export a private key");
    EncoderCtxPtr ectx(
            OSSL_ENCODER_CTX_new_for_pkey(d->pkey.get(), EVP_PKEY_KEYPAIR, "DER", "PrivateKeyInfo", nullptr));
    unsigned char *out = nullptr;
    std::size_t len = 0;
    if (!ectx || OSSL_ENCODER_to_data(ectx.get(), &out, &len) != 1 || !out)
        return cryptoError(QStringLiteral("the private key could not be encoded"));
    return evp::takeSecure(out, len);
}

Result<QByteArray> SoftwareKey::publicDer() const
{
    if (d->spec.type == KeyType::Oct)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("an oct (AES) key has no public half"));
    if (!d->pkey)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the key is empty"));
    const int len = i2d_PUBKEY(d->pkey.get(), nullptr);
    if (len <= 0)
        return cryptoError(QStringLiteral("the public key could not be encoded"));
    QByteArray der(len, Qt::Uninitialized);
    unsigned char *p = uc(der);
    if (i2d_PUBKEY(d->pkey.get(), &p) != len)
        return cryptoError(QStringLiteral("the public key could not be encoded"));
    return der;
}

Result<SoftwareKey> SoftwareKey::publicKey() const
{
    auto der = publicDer();
    if (!der)
        return der.error();
    return fromPublicDer(*der);
}

Result<QByteArray> SoftwareKey::sign(SignAlg alg, QByteArrayView digest) const
{
    COFFER_TRY(checkSign(alg, d->spec, digest.size()));
    if (!d->hasPrivate || !d->pkey)
        return publicOnly("sign");
    evp::PkeyCtxPtr ctx = contextFor(d->pkey.get());
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1)
        return cryptoError(QStringLiteral("signing could not start"));
    if (d->spec.type == KeyType::Rsa ? !setRsaSignParams(ctx.get(), alg)
                                     : EVP_PKEY_CTX_set_signature_md(ctx.get(), evp::digestMd(signDigest(alg))) != 1)
        return cryptoError(QStringLiteral("signing could not start"));
    std::size_t len = 0;
    if (EVP_PKEY_sign(ctx.get(), nullptr, &len, uc(digest), std::size_t(digest.size())) != 1)
        return cryptoError(QStringLiteral("signing failed"));
    QByteArray signature(qsizetype(len), Qt::Uninitialized);
    if (EVP_PKEY_sign(ctx.get(), uc(signature), &len, uc(digest), std::size_t(digest.size())) != 1)
        return cryptoError(QStringLiteral("signing failed"));
    signature.resize(qsizetype(len));
    if (d->spec.type == KeyType::Rsa)
        return signature;
    // ECDSA: OpenSSL gives DER; JWS and Azure use raw r||s (P3).
    auto raw = evp::ecdsaDerToRaw(signature, curveFieldBytes(*d->spec.curve));
    if (!raw)
        return cryptoError(QStringLiteral("signing produced a malformed ECDSA signature"));
    return *raw;
}

Result<bool> SoftwareKey::verify(SignAlg alg, QByteArrayView digest, QByteArrayView signature) const
{
    COFFER_TRY(checkSign(alg, d->spec, digest.size()));
    if (!d->pkey)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the key is empty"));
    QByteArray der;
    if (d->spec.type == KeyType::Rsa) {
        if (signature.size() != d->spec.bits / 8)
            return false;
        der = signature.toByteArray();
    } else {
        auto converted = evp::ecdsaRawToDer(signature, curveFieldBytes(*d->spec.curve));
        if (!converted)
            return false;
        der = std::move(*converted);
    }
    evp::PkeyCtxPtr ctx = contextFor(d->pkey.get());
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1)
        return cryptoError(QStringLiteral("verification could not start"));
    if (d->spec.type == KeyType::Rsa ? !setRsaSignParams(ctx.get(), alg)
                                     : EVP_PKEY_CTX_set_signature_md(ctx.get(), evp::digestMd(signDigest(alg))) != 1)
        return cryptoError(QStringLiteral("verification could not start"));
    const int rc = EVP_PKEY_verify(ctx.get(), uc(der), std::size_t(der.size()), uc(digest), std::size_t(digest.size()));
    evp::clearErrors();
    return rc == 1;
}

Result<Ciphertext> SoftwareKey::encrypt(EncAlg alg, QByteArrayView plaintext, QByteArrayView aad) const
{
    COFFER_TRY(checkEncrypt(alg, d->spec));
    if (isGcmAlg(alg))
        return evp::gcmEncrypt(alg, d->oct, plaintext, aad);
    if (!aad.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 takes no additional authenticated data (only A128GCM, A192GCM and A256GCM "
                                    "do)")
                             .arg(encAlgName(alg)));
    auto data = rsaEncrypt(d->pkey.get(), d->spec, alg, plaintext);
    if (!data)
        return data.error();
    Ciphertext out;
    out.data = std::move(*data);
    return out;
}

Result<SecureBytes> SoftwareKey::decrypt(EncAlg alg, const Ciphertext &ciphertext) const
{
    COFFER_TRY(checkEncrypt(alg, d->spec));
    if (isGcmAlg(alg))
        return evp::gcmDecrypt(alg, d->oct, ciphertext);
    return rsaDecrypt(d->pkey.get(), d->spec, d->hasPrivate, alg, ciphertext.data);
}

Result<QByteArray> SoftwareKey::wrapKey(EncAlg alg, QByteArrayView key) const
{
    COFFER_TRY(checkWrap(alg, d->spec));
    if (isKeyWrapAlg(alg))
        return evp::aesKeyWrap(alg, d->oct, key);
    return rsaEncrypt(d->pkey.get(), d->spec, alg, key);
}

Result<SecureBytes> SoftwareKey::unwrapKey(EncAlg alg, QByteArrayView wrapped) const
{
    COFFER_TRY(checkWrap(alg, d->spec));
    if (isKeyWrapAlg(alg))
        return evp::aesKeyUnwrap(alg, d->oct, wrapped);
    return rsaDecrypt(d->pkey.get(), d->spec, d->hasPrivate, alg, wrapped);
}

} // namespace coffer::crypto
