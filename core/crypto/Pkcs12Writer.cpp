// This file uses the OpenSSL 3 API only: deprecated declarations are hidden, so using one fails to compile.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include "core/crypto/Pkcs12Writer.h"

#include "core/crypto/CertOpenSslPrivate.h"
#include "core/crypto/KeyEncoding.h"

#include <openssl/objects.h>

#include <cstring>

namespace coffer::crypto {

namespace {

using namespace cert;

Error invalid(const QString &text)
{
    return Error(ErrorCode::InvalidArgument, text);
}

Result<void> checkKey(const QList<X509Certificate> &chain, const SoftwareKey *key)
{
    if (chain.isEmpty() || chain.front().isNull())
        return invalid(QStringLiteral("no certificate to export"));
    if (!key)
        return {};
    if (key->isNull() || !key->hasPrivate() || !key->evpPkey())
        return invalid(QStringLiteral("the key to export has no private half"));
    auto spki = key->publicDer();
    if (!spki)
        return spki.error();
    if (!chain.front().publicKeyEquals(*spki))
        return invalid(QStringLiteral("the private key does not belong to the certificate '%1'")
                               .arg(chain.front().details().subject));
    return {};
}

} // namespace

Result<QByteArray> writePfx(const QList<X509Certificate> &chain, const SoftwareKey *key, const SecureString &password,
                            PfxProfile profile, const QString &friendlyName, int iterations)
{
    COFFER_TRY(checkKey(chain, key));
    if (iterations < 1 || iterations > 10000000)
        return invalid(QStringLiteral("the PKCS#12 iteration count must be 1 to 10000000; got %1").arg(iterations));
    const ErrorQueueMark mark;
    // NUL-terminated copy of the password in secure memory (wiped when `pass` goes).
    SecureBytes pass(password.size() + 1);
    if (!password.isEmpty())
        std::memcpy(pass.data(), password.utf8().data(), password.size());
    const int passLength = int(password.size());

    X509StackPtr ca(sk_X509_new_null());
    if (!ca)
        return Error(ErrorCode::Crypto, QStringLiteral("out of memory"));
    for (qsizetype i = 1; i < chain.size(); ++i) {
        X509 *x509 = static_cast<X509 *>(chain[i].x509());
        if (X509_up_ref(x509) != 1 || sk_X509_push(ca.get(), x509) <= 0)
            return Error(ErrorCode::Crypto, QStringLiteral("out of memory"));
    }
    const int nid = profile == PfxProfile::Modern ? NID_aes_256_cbc : NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
    const QByteArray name = friendlyName.toUtf8();
    // mac_iter -1: no MAC yet; it is set below with the profile's digest (3.0 would put SHA-256 on 3DES bags too).
    Pkcs12Ptr p12(PKCS12_create_ex(pass.constChar(), name.isEmpty() ? nullptr : name.constData(),
                                   key ? static_cast<EVP_PKEY *>(key->evpPkey()) : nullptr,
                                   static_cast<X509 *>(chain.front().x509()), ca.get(), nid, nid, iterations, -1, 0,
                                   nullptr, nullptr));
    if (!p12)
        return Error(ErrorCode::Crypto,
                     QStringLiteral("the PKCS#12 file cannot be made (%1)").arg(lastErrorReason("unknown reason")));
    const EVP_MD *md = profile == PfxProfile::Modern ? EVP_sha256() : EVP_sha1();
    if (PKCS12_set_mac(p12.get(), pass.constChar(), passLength, nullptr, 0, iterations, md) != 1)
        return Error(ErrorCode::Crypto, QStringLiteral("the PKCS#12 MAC cannot be computed"));
    unsigned char *der = nullptr;
    const int length = i2d_PKCS12(p12.get(), &der);
    if (length <= 0)
        return Error(ErrorCode::Crypto, QStringLiteral("the PKCS#12 file cannot be encoded"));
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_clear_free(der, std::size_t(length)); // it may hold an unencrypted-equivalent key (blank password)
    return out;
}

Result<SecureBytes> writePemBundle(const QList<X509Certificate> &chain, const SoftwareKey *key)
{
    COFFER_TRY(checkKey(chain, key));
    SecureBytes out;
    if (key) {
        auto pem = keyencoding::privatePem(*key);
        if (!pem)
            return pem.error();
        out.append(pem->view());
    }
    for (const X509Certificate &cert : chain)
        out.append(cert.pem());
    return out;
}

} // namespace coffer::crypto
