// The certificates group's inputs, made in-process with OpenSSL's EVP/X509 API (and core's writePfx for the PFX).
#include "core/crypto/Pkcs12Writer.h"
#include "core/crypto/SoftwareKey.h"
#include "core/crypto/X509Certificate.h"
#include "tests/benchmarks/CertsBench.h"

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace coffer::bench {

void PkeyFree::operator()(EVP_PKEY *pkey) const
{
    EVP_PKEY_free(pkey);
}

void X509Free::operator()(X509 *x509) const
{
    X509_free(x509);
}

Pkey rsaKey(int bits)
{
    return Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t(bits)));
}

namespace {

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, ctx, nid, value);
    const bool ok = ext && X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool setName(X509_NAME *name, const QByteArray &commonName)
{
    const auto *o = reinterpret_cast<const unsigned char *>("Coffer Bench");
    const auto *cn = reinterpret_cast<const unsigned char *>(commonName.constData());
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, o, -1, -1, 0) == 1
            && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, cn, int(commonName.size()), -1, 0) == 1;
}

} // namespace

Cert makeCertificate(const CertSpec &spec)
{
    Cert cert(X509_new());
    if (!cert || !spec.key || X509_set_version(cert.get(), 2) != 1)
        return nullptr;
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return nullptr;
    serial[0] &= 0x7f; // positive
    serial[0] |= 0x01;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialOk = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get())) != nullptr;
    BN_free(bn);
    if (!serialOk || !setName(X509_get_subject_name(cert.get()), spec.commonName))
        return nullptr;
    X509 *issuer = spec.issuer ? spec.issuer : cert.get();
    EVP_PKEY *issuerKey = spec.issuerKey ? spec.issuerKey : spec.key;
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer)) != 1
        || !ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(spec.notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(spec.notAfter.toSecsSinceEpoch()))
        || X509_set_pubkey(cert.get(), spec.key) != 1)
        return nullptr;
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert.get(), nullptr, nullptr, 0);
    bool ok = addExtension(cert.get(), &ctx, NID_basic_constraints, spec.ca ? "critical,CA:TRUE" : "critical,CA:FALSE")
            && addExtension(cert.get(), &ctx, NID_key_usage,
                            spec.ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature,keyEncipherment")
            && addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash")
            && addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always");
    if (ok && !spec.ca) {
        const QByteArray san = "DNS:" + spec.commonName;
        ok = addExtension(cert.get(), &ctx, NID_subject_alt_name, san.constData())
                && addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth,clientAuth");
    }
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

QByteArray derOf(X509 *x509)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(x509, &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

Result<PfxInput> makeChainPfx(const QDateTime &now)
{
    Pkey rootKey = rsaKey(2048);
    Pkey intermediateKey = rsaKey(2048);
    Pkey leafKey = rsaKey(2048);
    if (!rootKey || !intermediateKey || !leafKey)
        return Error(ErrorCode::Crypto, QStringLiteral("bench: RSA-2048 key generation failed"));
    CertSpec spec;
    spec.notBefore = now.addDays(-30);
    spec.notAfter = now.addYears(5);
    spec.commonName = "Coffer Bench Root CA";
    spec.key = rootKey.get();
    spec.ca = true;
    Cert root = makeCertificate(spec);
    spec.commonName = "Coffer Bench Issuing CA";
    spec.key = intermediateKey.get();
    spec.issuer = root.get();
    spec.issuerKey = rootKey.get();
    Cert intermediate = root ? makeCertificate(spec) : nullptr;
    spec.commonName = "import.bench.example.test";
    spec.key = leafKey.get();
    spec.issuer = intermediate.get();
    spec.issuerKey = intermediateKey.get();
    spec.ca = false;
    spec.notAfter = now.addYears(1);
    Cert leaf = intermediate ? makeCertificate(spec) : nullptr;
    if (!leaf)
        return Error(ErrorCode::Crypto, QStringLiteral("bench: the import chain cannot be made"));

    QList<crypto::X509Certificate> chain;
    for (X509 *x509 : {leaf.get(), intermediate.get(), root.get()}) {
        auto cert = crypto::X509Certificate::fromDer(derOf(x509));
        if (!cert)
            return cert.error();
        chain.append(std::move(*cert));
    }
    auto key = crypto::SoftwareKey::adoptEvpPkey(leafKey.release());
    if (!key)
        return key.error();
    PfxInput input;
    input.password = QByteArrayLiteral("bench-pfx-password");
    auto pfx = crypto::writePfx(chain, &*key, SecureString::fromUtf8(input.password), crypto::PfxProfile::Modern,
                                QStringLiteral("bench-leaf"), kPfxIterations);
    if (!pfx)
        return pfx.error();
    input.pfx = *pfx;
    input.leafSha1 = chain.constFirst().details().sha1;
    return input;
}

} // namespace coffer::bench
