// HsmToken::sign, decrypt and encrypt: private-key and secret-key operations on the token (research
// keys-pkcs11.md §3.1-3.3).
#include "core/crypto/Random.h"
#include "core/hsm/HsmToken.h"
#include "core/hsm/HsmTokenPrivate.h"
#include "core/hsm/Pkcs11Encoding.h"

#include <cstring>

namespace coffer::hsm {

namespace {

constexpr int kGcmIvBytes = 12;
constexpr int kGcmTagBytes = 16;
constexpr CK_ULONG kMaxSignature = 1024; // RSA-4096: 512 bytes; P-521: 132

// One message for every decryption failure (padding, tag, length): Bleichenbacher / Manger.
Error decryptionFailed()
{
    return makeError(ErrorCode::Crypto, QStringLiteral("decryption failed"));
}

Error cannotKeyWrap()
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("this token cannot AES-key-wrap caller data"));
}

bool isPss(crypto::SignAlg alg)
{
    return alg == crypto::SignAlg::PS256 || alg == crypto::SignAlg::PS384 || alg == crypto::SignAlg::PS512;
}

bool isEcdsa(crypto::SignAlg alg)
{
    return alg == crypto::SignAlg::ES256 || alg == crypto::SignAlg::ES256K || alg == crypto::SignAlg::ES384
            || alg == crypto::SignAlg::ES512;
}

CK_MECHANISM_TYPE hashMechanism(crypto::DigestAlg digest)
{
    switch (digest) {
    case crypto::DigestAlg::Sha256: return CKM_SHA256;
    case crypto::DigestAlg::Sha384: return CKM_SHA384;
    case crypto::DigestAlg::Sha512: return CKM_SHA512;
    }
    return CKM_SHA256;
}

CK_RSA_PKCS_MGF_TYPE mgfOf(crypto::DigestAlg digest)
{
    switch (digest) {
    case crypto::DigestAlg::Sha256: return CKG_MGF1_SHA256;
    case crypto::DigestAlg::Sha384: return CKG_MGF1_SHA384;
    case crypto::DigestAlg::Sha512: return CKG_MGF1_SHA512;
    }
    return CKG_MGF1_SHA256;
}

// r || s each left-padded to the field size (tokens may drop leading zero bytes of each half).
QByteArray padEcdsa(QByteArrayView raw, int fieldBytes)
{
    if (raw.size() == 2 * fieldBytes || raw.size() % 2 != 0)
        return raw.toByteArray();
    const qsizetype half = raw.size() / 2;
    QByteArray out(2 * fieldBytes, '\0');
    for (qsizetype i = 0; i < half && i < fieldBytes; ++i) {
        out[fieldBytes - 1 - i] = raw[half - 1 - i];
        out[2 * fieldBytes - 1 - i] = raw[2 * half - 1 - i];
    }
    return out;
}

CK_BYTE_PTR bytes(QByteArrayView view)
{
    static CK_BYTE empty = 0;
    return view.isEmpty() ? &empty : reinterpret_cast<CK_BYTE_PTR>(const_cast<char *>(view.data()));
}

} // namespace

Result<QByteArray> HsmToken::sign(const HsmKeyRef &key, crypto::SignAlg alg, QByteArrayView digest)
{
    COFFER_TRY(crypto::checkSign(alg, key.spec, digest.size()));
    const crypto::DigestAlg digestAlg = crypto::signDigest(alg);
    QByteArray input;
    CK_RSA_PKCS_PSS_PARAMS pss {hashMechanism(digestAlg), mgfOf(digestAlg), CK_ULONG(digest.size())};
    CK_MECHANISM mechanism {CKM_RSA_PKCS, nullptr, 0};
    if (isEcdsa(alg)) {
        mechanism.mechanism = CKM_ECDSA;
        input = digest.toByteArray();
    } else if (isPss(alg)) {
        mechanism = {CKM_RSA_PKCS_PSS, &pss, sizeof pss};
        input = digest.toByteArray();
    } else {
        input = crypto::digestInfoPrefix(digestAlg) + digest;
    }
    COFFER_TRY(d->requireMechanism(mechanism.mechanism, CKF_SIGN, crypto::signAlgName(alg)));
    auto signature = d->pool->run<QByteArray>([&](Session &session) -> Result<QByteArray> {
        auto object = d->object(session, key, CKO_PRIVATE_KEY);
        if (!object)
            return object.error();
        if (!session.ok(session.f()->C_SignInit(session.handle(), &mechanism, *object)))
            return session.error("C_SignInit");
        QByteArray out(qsizetype(kMaxSignature), '\0');
        CK_ULONG length = kMaxSignature;
        if (!session.ok(session.f()->C_Sign(session.handle(), bytes(input), CK_ULONG(input.size()),
                                            reinterpret_cast<CK_BYTE_PTR>(out.data()), &length)))
            return session.error("C_Sign");
        out.truncate(qsizetype(length));
        return out;
    });
    if (!signature || !isEcdsa(alg))
        return signature;
    return padEcdsa(*signature, crypto::curveFieldBytes(*key.spec.curve));
}

Result<SecureBytes> HsmToken::decrypt(const HsmKeyRef &key, crypto::EncAlg alg, const crypto::Ciphertext &ciphertext)
{
    if (crypto::isKeyWrapAlg(alg))
        return cannotKeyWrap();
    COFFER_TRY(crypto::checkEncrypt(alg, key.spec));
    const QString name = crypto::encAlgName(alg);

    if (crypto::isGcmAlg(alg)) {
        COFFER_TRY(d->requireMechanism(CKM_AES_GCM, CKF_DECRYPT, name));
        if (ciphertext.iv.size() != kGcmIvBytes || ciphertext.tag.size() != kGcmTagBytes)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1 needs a %2-byte iv and a %3-byte tag; got %4 and %5 bytes")
                                     .arg(name)
                                     .arg(kGcmIvBytes)
                                     .arg(kGcmTagBytes)
                                     .arg(ciphertext.iv.size())
                                     .arg(ciphertext.tag.size()));
        const QByteArray input = ciphertext.data + ciphertext.tag;
        CK_GCM_PARAMS gcm {};
        gcm.pIv = bytes(ciphertext.iv);
        gcm.ulIvLen = CK_ULONG(ciphertext.iv.size());
        gcm.ulIvBits = gcm.ulIvLen * 8;
        gcm.pAAD = ciphertext.aad.isEmpty() ? nullptr : bytes(ciphertext.aad);
        gcm.ulAADLen = CK_ULONG(ciphertext.aad.size());
        gcm.ulTagBits = kGcmTagBytes * 8;
        CK_MECHANISM mechanism {CKM_AES_GCM, &gcm, sizeof gcm};
        return d->pool->run<SecureBytes>([&](Session &session) -> Result<SecureBytes> {
            auto object = d->object(session, key, CKO_SECRET_KEY);
            if (!object)
                return object.error();
            if (!session.ok(session.f()->C_DecryptInit(session.handle(), &mechanism, *object)))
                return session.error("C_DecryptInit");
            SecureBytes out(std::size_t(input.size()) + kGcmTagBytes);
            CK_ULONG length = CK_ULONG(out.size());
            // SoftHSM reports a wrong tag as CKR_GENERAL_ERROR: every failure here is "decryption failed".
            if (!session.ok(session.f()->C_Decrypt(session.handle(), bytes(input), CK_ULONG(input.size()), out.data(),
                                                   &length)))
                return isSessionLost(session.lastRv()) ? session.error("C_Decrypt") : decryptionFailed();
            return SecureBytes(out.data(), std::size_t(length));
        });
    }

    // RSA: the private key decrypts on the token.
    const std::size_t k = std::size_t(key.spec.bits + 7) / 8;
    if (std::size_t(ciphertext.data.size()) != k)
        return decryptionFailed();
    CK_RSA_PKCS_OAEP_PARAMS oaep {CKM_SHA_1, CKG_MGF1_SHA1, CKZ_DATA_SPECIFIED, nullptr, 0};
    CK_MECHANISM mechanism {CKM_RSA_PKCS, nullptr, 0};
    if (alg == crypto::EncAlg::RsaOaep) {
        mechanism = {CKM_RSA_PKCS_OAEP, &oaep, sizeof oaep};
    } else if (alg == crypto::EncAlg::RsaOaep256) {
        oaep.hashAlg = CKM_SHA256;
        oaep.mgf = CKG_MGF1_SHA256;
        mechanism = {CKM_RSA_PKCS_OAEP, &oaep, sizeof oaep};
        if (d->oaep256.load() == 2 || !d->pool->hasMechanism(CKM_RSA_PKCS_OAEP, CKF_DECRYPT))
            mechanism = {CKM_RSA_X_509, nullptr, 0};
    }
    COFFER_TRY(d->requireMechanism(mechanism.mechanism, CKF_DECRYPT, name));

    return d->pool->run<SecureBytes>([&](Session &session) -> Result<SecureBytes> {
        auto object = d->object(session, key, CKO_PRIVATE_KEY);
        if (!object)
            return object.error();
        CK_RV rv = session.f()->C_DecryptInit(session.handle(), &mechanism, *object);
        if (alg == crypto::EncAlg::RsaOaep256 && mechanism.mechanism == CKM_RSA_PKCS_OAEP) {
            // The probe: a token without SHA-2 OAEP (SoftHSM 2.6.1) refuses the parameters at C_DecryptInit.
            if (rv == CKR_ARGUMENTS_BAD || rv == CKR_MECHANISM_PARAM_INVALID || rv == CKR_MECHANISM_INVALID) {
                if (!d->pool->hasMechanism(CKM_RSA_X_509, CKF_DECRYPT))
                    return makeError(ErrorCode::InvalidArgument,
                                     QStringLiteral("token '%1' cannot decrypt RSA-OAEP-256 (no SHA-256 OAEP and no "
                                                    "CKM_RSA_X_509)")
                                             .arg(d->pool->ref().label));
                d->oaep256.store(2);
                mechanism = {CKM_RSA_X_509, nullptr, 0};
                rv = session.f()->C_DecryptInit(session.handle(), &mechanism, *object);
            } else if (rv == CKR_OK) {
                d->oaep256.store(1);
            }
        }
        if (!session.ok(rv))
            return session.error("C_DecryptInit");
        SecureBytes out(k);
        CK_ULONG length = CK_ULONG(k);
        if (!session.ok(session.f()->C_Decrypt(session.handle(), bytes(ciphertext.data),
                                               CK_ULONG(ciphertext.data.size()), out.data(), &length)))
            return isSessionLost(session.lastRv()) ? session.error("C_Decrypt") : decryptionFailed();
        if (mechanism.mechanism != CKM_RSA_X_509)
            return SecureBytes(out.data(), std::size_t(length));
        // Raw RSA: left-pad to k bytes (tokens may drop leading zeros) and remove the OAEP padding here.
        if (length > k)
            return decryptionFailed();
        SecureBytes em(k);
        std::memcpy(em.data() + (k - length), out.data(), length);
        auto plain = encoding::oaepDecode(em, crypto::DigestAlg::Sha256);
        if (!plain)
            return decryptionFailed();
        return std::move(*plain);
    });
}

Result<crypto::Ciphertext> HsmToken::encrypt(const HsmKeyRef &key, crypto::EncAlg alg, QByteArrayView plaintext,
                                             QByteArrayView aad)
{
    if (crypto::isKeyWrapAlg(alg))
        return cannotKeyWrap();
    if (crypto::isRsaAlg(alg))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 encryption is a public-key operation: it runs in software on the key's "
                                        "public half")
                                 .arg(crypto::encAlgName(alg)));
    COFFER_TRY(crypto::checkEncrypt(alg, key.spec));
    COFFER_TRY(d->requireMechanism(CKM_AES_GCM, CKF_ENCRYPT, crypto::encAlgName(alg)));
    crypto::Ciphertext out;
    out.iv = crypto::randomBytes(kGcmIvBytes);
    out.aad = aad.toByteArray();
    CK_GCM_PARAMS gcm {};
    gcm.pIv = bytes(out.iv);
    gcm.ulIvLen = CK_ULONG(out.iv.size());
    gcm.ulIvBits = gcm.ulIvLen * 8;
    gcm.pAAD = out.aad.isEmpty() ? nullptr : bytes(out.aad);
    gcm.ulAADLen = CK_ULONG(out.aad.size());
    gcm.ulTagBits = kGcmTagBytes * 8;
    CK_MECHANISM mechanism {CKM_AES_GCM, &gcm, sizeof gcm};
    auto sealed = d->pool->run<QByteArray>([&](Session &session) -> Result<QByteArray> {
        auto object = d->object(session, key, CKO_SECRET_KEY);
        if (!object)
            return object.error();
        if (!session.ok(session.f()->C_EncryptInit(session.handle(), &mechanism, *object)))
            return session.error("C_EncryptInit");
        QByteArray buffer(plaintext.size() + 2 * kGcmTagBytes, '\0');
        CK_ULONG length = CK_ULONG(buffer.size());
        if (!session.ok(session.f()->C_Encrypt(session.handle(), bytes(plaintext), CK_ULONG(plaintext.size()),
                                               reinterpret_cast<CK_BYTE_PTR>(buffer.data()), &length)))
            return session.error("C_Encrypt");
        buffer.truncate(qsizetype(length));
        return buffer;
    });
    if (!sealed)
        return sealed.error();
    if (sealed->size() != plaintext.size() + kGcmTagBytes)
        return makeError(ErrorCode::Crypto, QStringLiteral("C_Encrypt: unexpected AES-GCM output length"));
    out.data = sealed->left(plaintext.size());
    out.tag = sealed->right(kGcmTagBytes);
    return out;
}

} // namespace coffer::hsm
