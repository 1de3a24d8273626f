// This file uses the OpenSSL 3 API only: deprecated declarations are hidden, so using one fails to compile.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include "core/crypto/KeyEncoding.h"

#include "core/crypto/EvpUtil.h"

#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/x509.h>

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstring>

namespace coffer::crypto::keyencoding {

namespace {

using evp::uc;
using DecoderCtxPtr = std::unique_ptr<OSSL_DECODER_CTX, evp::Free<&OSSL_DECODER_CTX_free>>;
using EncoderCtxPtr = std::unique_ptr<OSSL_ENCODER_CTX, evp::Free<&OSSL_ENCODER_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, evp::Free<&X509_free>>;

Error invalid(const QString &message)
{
    evp::clearErrors();
    return Error(ErrorCode::InvalidArgument, message);
}

Error notAKey()
{
    return invalid(QStringLiteral("the file is not a key in PEM, DER or JWK form"));
}

Error publicOnlyFile()
{
    return invalid(QStringLiteral("the file holds only a public key (import needs the private key)"));
}

Error certificateFile()
{
    return invalid(QStringLiteral("the file is a certificate, not a key (import it as a certificate)"));
}

// The password callback of the decoders: records that the input is encrypted, hands over the password if any.
struct Passphrase
{
    const SecureString *password = nullptr;
    bool asked = false;
};

int passphraseCallback(char *pass, std::size_t passSize, std::size_t *passLen, const OSSL_PARAM *, void *arg)
{
    auto *state = static_cast<Passphrase *>(arg);
    state->asked = true;
    if (!state->password || state->password->size() > passSize)
        return 0;
    const SecureBytes &utf8 = state->password->utf8();
    if (!utf8.isEmpty())
        std::memcpy(pass, utf8.data(), utf8.size());
    *passLen = utf8.size();
    return 1;
}

Error passwordError(const Passphrase &state, const char *what)
{
    evp::clearErrors();
    if (!state.password)
        return Error(ErrorCode::WrongCredential,
                     QStringLiteral("the %1 is encrypted; give its password").arg(QLatin1StringView(what)));
    return Error(ErrorCode::WrongCredential,
                 QStringLiteral("the %1 is encrypted and the password does not open it").arg(QLatin1StringView(what)));
}

// OSSL_DECODER over `input` ("PEM" or "DER"); nullptr when nothing decodes.
evp::PkeyPtr decode(QByteArrayView bytes, const char *input, int selection, Passphrase *passphrase)
{
    EVP_PKEY *raw = nullptr;
    DecoderCtxPtr dctx(OSSL_DECODER_CTX_new_for_pkey(&raw, input, nullptr, nullptr, selection, nullptr, nullptr));
    if (!dctx)
        return nullptr;
    if (passphrase && OSSL_DECODER_CTX_set_passphrase_cb(dctx.get(), &passphraseCallback, passphrase) != 1)
        return nullptr;
    const unsigned char *data = uc(bytes);
    std::size_t len = std::size_t(bytes.size());
    const bool ok = OSSL_DECODER_from_data(dctx.get(), &data, &len) == 1;
    evp::PkeyPtr pkey(raw);
    evp::clearErrors();
    return ok ? std::move(pkey) : nullptr;
}

// A decoded private key: supported type and size, parts consistent.
Result<SoftwareKey> acceptPrivate(evp::PkeyPtr pkey)
{
    auto spec = evp::specOf(pkey.get());
    if (!spec)
        return spec.error();
    if (!evp::hasPrivateHalf(pkey.get()))
        return publicOnlyFile();
    if (!evp::isConsistent(pkey.get()))
        return invalid(QStringLiteral("the private key is damaged: its parts do not belong together"));
    return SoftwareKey::adoptEvpPkey(pkey.release());
}

struct PemBlock
{
    QByteArray label;
    QByteArrayView text; // BEGIN line through END line
    bool complete = false;
};

QList<PemBlock> pemBlocks(QByteArrayView data)
{
    static constexpr QByteArrayView kBegin("-----BEGIN ");
    static constexpr QByteArrayView kDashes("-----");
    QList<PemBlock> blocks;
    qsizetype pos = 0;
    while ((pos = data.indexOf(kBegin, pos)) >= 0) {
        const qsizetype labelStart = pos + kBegin.size();
        const qsizetype labelEnd = data.indexOf(kDashes, labelStart);
        if (labelEnd < 0)
            break;
        PemBlock block;
        block.label = data.sliced(labelStart, labelEnd - labelStart).toByteArray();
        const QByteArray endLine = "-----END " + block.label + "-----";
        const qsizetype end = data.indexOf(endLine, labelEnd);
        block.complete = end >= 0;
        block.text = data.sliced(pos, block.complete ? end + endLine.size() - pos : data.size() - pos);
        blocks << block;
        pos = block.complete ? end + endLine.size() : data.size();
    }
    return blocks;
}

Result<SoftwareKey> readPem(QByteArrayView data, const SecureString *password)
{
    const QList<PemBlock> blocks = pemBlocks(data);
    const PemBlock *privateBlock = nullptr;
    bool hasPublic = false;
    bool hasCertificate = false;
    for (const PemBlock &block : blocks) {
        if (block.label.endsWith("PRIVATE KEY")) {
            if (privateBlock)
                return invalid(QStringLiteral("the file holds more than one private key (import one at a time)"));
            privateBlock = &block;
        } else if (block.label.endsWith("PUBLIC KEY")) {
            hasPublic = true;
        } else if (block.label.endsWith("CERTIFICATE")) {
            hasCertificate = true;
        }
    }
    if (!privateBlock) {
        if (hasCertificate)
            return certificateFile();
        return hasPublic ? publicOnlyFile() : notAKey();
    }
    if (privateBlock->label == "OPENSSH PRIVATE KEY")
        return invalid(QStringLiteral("an OpenSSH private key is not supported (convert it to PKCS#8 with "
                                      "'ssh-keygen -p -m PKCS8 -f FILE')"));
    const QString damaged = QStringLiteral("the PEM block '%1' is truncated or damaged")
                                    .arg(QString::fromLatin1(privateBlock->label));
    if (!privateBlock->complete)
        return invalid(damaged);
    Passphrase passphrase {password, false};
    evp::PkeyPtr pkey = decode(privateBlock->text, "PEM", EVP_PKEY_KEYPAIR, &passphrase);
    if (!pkey)
        return passphrase.asked ? passwordError(passphrase, "PEM") : invalid(damaged);
    return acceptPrivate(std::move(pkey));
}

Result<SoftwareKey> readDer(QByteArrayView data, const SecureString *password)
{
    Passphrase passphrase {password, false};
    evp::PkeyPtr pkey = decode(data, "DER", EVP_PKEY_KEYPAIR, &passphrase);
    if (pkey && evp::hasPrivateHalf(pkey.get()))
        return acceptPrivate(std::move(pkey));
    if (!pkey && passphrase.asked)
        return passwordError(passphrase, "DER key");
    const unsigned char *p = uc(data);
    X509Ptr cert(d2i_X509(nullptr, &p, long(data.size())));
    evp::clearErrors();
    if (cert && p == uc(data) + data.size())
        return certificateFile();
    if (pkey || decode(data, "DER", EVP_PKEY_PUBLIC_KEY, nullptr))
        return publicOnlyFile();
    return notAKey();
}

bool looksLikeJson(QByteArrayView data)
{
    for (char c : data) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

Result<SoftwareKey> readJwk(QByteArrayView data, std::optional<KeyOps> *ops)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return notAKey();
    return jwk::fromJwk(doc.object(), ops);
}

Result<QByteArray> encodePublic(const SoftwareKey &key, const char *output)
{
    if (key.spec().type == KeyType::Oct)
        return invalid(QStringLiteral("an oct (AES) key has no public half"));
    auto *pkey = static_cast<EVP_PKEY *>(key.evpPkey());
    if (!pkey)
        return invalid(QStringLiteral("the key is empty"));
    EncoderCtxPtr ectx(
            OSSL_ENCODER_CTX_new_for_pkey(pkey, EVP_PKEY_PUBLIC_KEY, output, "SubjectPublicKeyInfo", nullptr));
    unsigned char *out = nullptr;
    std::size_t len = 0;
    if (!ectx || OSSL_ENCODER_to_data(ectx.get(), &out, &len) != 1 || !out) {
        evp::clearErrors();
        return Error(ErrorCode::Crypto, QStringLiteral("the public key could not be encoded"));
    }
    QByteArray result(reinterpret_cast<const char *>(out), qsizetype(len));
    OPENSSL_free(out);
    return result;
}

} // namespace

Result<SoftwareKey> readPrivateKey(QByteArrayView data, const SecureString *password, Format *detected,
                                   std::optional<KeyOps> *jwkOps)
{
    if (data.isEmpty())
        return invalid(QStringLiteral("the file is empty"));
    if (data.size() > kMaxKeyFileBytes)
        return invalid(QStringLiteral("the file is over 1 MiB (%1 bytes); a key file is a few KB").arg(data.size()));
    if (data.contains(QByteArrayView("-----BEGIN "))) {
        if (detected)
            *detected = Format::Pem;
        return readPem(data, password);
    }
    if (looksLikeJson(data)) {
        if (detected)
            *detected = Format::Jwk;
        return readJwk(data, jwkOps);
    }
    if (detected)
        *detected = Format::Der;
    return readDer(data, password);
}

Result<QByteArray> publicPem(const SoftwareKey &key)
{
    return encodePublic(key, "PEM");
}

Result<QByteArray> publicDer(const SoftwareKey &key)
{
    return encodePublic(key, "DER");
}

Result<SecureBytes> privatePem(const SoftwareKey &key)
{
    if (key.spec().type == KeyType::Oct)
        return invalid(QStringLiteral("an oct (AES) key has no PEM form"));
    auto *pkey = static_cast<EVP_PKEY *>(key.evpPkey());
    if (!pkey)
        return invalid(QStringLiteral("the key is empty"));
    if (!key.hasPrivate())
        return invalid(QStringLiteral("the key holds only its public half"));
    EncoderCtxPtr ectx(OSSL_ENCODER_CTX_new_for_pkey(pkey, EVP_PKEY_KEYPAIR, "PEM", "PrivateKeyInfo", nullptr));
    unsigned char *out = nullptr;
    std::size_t len = 0;
    if (!ectx || OSSL_ENCODER_to_data(ectx.get(), &out, &len) != 1 || !out) {
        evp::clearErrors();
        return Error(ErrorCode::Crypto, QStringLiteral("the private key could not be encoded"));
    }
    return evp::takeSecure(out, len);
}

Result<QByteArray> ecdsaRawToDer(QByteArrayView raw, Curve curve)
{
    const int n = curveFieldBytes(curve);
    auto der = evp::ecdsaRawToDer(raw, n);
    if (!der)
        return invalid(QStringLiteral("a raw %1 ECDSA signature is %2 bytes (r||s); got %3")
                               .arg(curveName(curve))
                               .arg(2 * n)
                               .arg(raw.size()));
    return *der;
}

Result<QByteArray> ecdsaDerToRaw(QByteArrayView der, Curve curve)
{
    auto raw = evp::ecdsaDerToRaw(der, curveFieldBytes(curve));
    if (!raw)
        return invalid(QStringLiteral("not a strict DER ECDSA signature for %1").arg(curveName(curve)));
    return *raw;
}

} // namespace coffer::crypto::keyencoding
