// This file uses the OpenSSL 3 API only: deprecated declarations are hidden, so using one fails to compile.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

// Reading PKCS#12 (PFX) files: the password logic of plan §4.2 and the legacy provider of §4.3.

#include "core/crypto/CertFilePrivate.h"
#include "core/crypto/CertOpenSslPrivate.h"
#include "core/crypto/LegacyContext.h"

#include <openssl/objects.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace coffer::crypto::cert {

namespace {

// A PKCS#12 password as OpenSSL wants it: NUL-terminated, in secure memory (wiped when destroyed), or NULL.
// NULL and "" are different passwords to PKCS#12 (no BMPString vs. the two-byte terminator), so both are tried.
class Password
{
public:
    static Password none() { return Password(); }
    static Password text(QByteArrayView utf8)
    {
        Password password;
        password.m_null = false;
        password.m_buffer = SecureBytes(std::size_t(utf8.size()) + 1); // zero-filled: the terminator
        if (!utf8.isEmpty())
            std::memcpy(password.m_buffer.data(), utf8.data(), std::size_t(utf8.size()));
        return password;
    }
    const char *data() const { return m_null ? nullptr : m_buffer.constChar(); }
    int length() const { return m_null ? 0 : int(m_buffer.size() - 1); }
    bool isBlank() const { return length() == 0; }

private:
    SecureBytes m_buffer;
    bool m_null = true;
};

struct Contents
{
    QList<QByteArray> certs; // DER
    std::vector<SecureBytes> keys; // DER PKCS#8 PrivateKeyInfo
};

enum class Walk { Ok, CannotDecrypt, Damaged, TooCostly };

// A file chooses its own key-derivation cost, and the MAC's iteration count is not covered by the MAC: a file
// declaring 2^31 iterations would keep an import busy for an hour. Every count is read before any derivation and
// refused above this bound (OpenSSL writes 2,048, keytool and Coffer 10,000, Windows 2,000; 1,000,000 is far
// above any tool's default).
constexpr std::int64_t kMaxIterations = 1'000'000;

std::int64_t integer(const ASN1_INTEGER *value)
{
    std::int64_t out = 0;
    return value && ASN1_INTEGER_get_int64(&out, value) == 1 ? out : -1;
}

// The iteration count of a PKCS#5 v1 / PKCS#12 PBE or a PBES2-with-PBKDF2 algorithm; 0 for other schemes (scrypt:
// OpenSSL bounds its memory itself); -1 when the parameters do not parse.
std::int64_t pbeIterations(const X509_ALGOR *algorithm)
{
    if (!algorithm || !algorithm->parameter)
        return -1;
    if (OBJ_obj2nid(algorithm->algorithm) == NID_pbes2) {
        auto *pbe2
                = static_cast<PBE2PARAM *>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter));
        if (!pbe2)
            return -1;
        std::int64_t iterations = 0;
        if (pbe2->keyfunc && OBJ_obj2nid(pbe2->keyfunc->algorithm) == NID_id_pbkdf2) {
            auto *kdf = static_cast<PBKDF2PARAM *>(
                    ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter));
            iterations = kdf ? integer(kdf->iter) : -1;
            PBKDF2PARAM_free(kdf);
        }
        PBE2PARAM_free(pbe2);
        return iterations;
    }
    auto *pbe = static_cast<PBEPARAM *>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), algorithm->parameter));
    const std::int64_t iterations = pbe ? integer(pbe->iter) : -1;
    PBEPARAM_free(pbe);
    return iterations;
}

bool tooCostly(const X509_ALGOR *algorithm)
{
    return pbeIterations(algorithm) > kMaxIterations;
}

void freeBags(STACK_OF(PKCS12_SAFEBAG) * bags)
{
    sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
}
void freeP7s(STACK_OF(PKCS7) * p7s)
{
    sk_PKCS7_pop_free(p7s, PKCS7_free);
}
using BagsPtr = std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), Free<&freeBags>>;
using P7sPtr = std::unique_ptr<STACK_OF(PKCS7), Free<&freeP7s>>;

bool appendKey(const PKCS8_PRIV_KEY_INFO *p8, Contents &out)
{
    unsigned char *der = nullptr;
    const int length = i2d_PKCS8_PRIV_KEY_INFO(p8, &der);
    if (length <= 0)
        return false;
    out.keys.push_back(evp::takeSecure(der, std::size_t(length)));
    return true;
}

Walk walkBags(const STACK_OF(PKCS12_SAFEBAG) * bags, const Password &password, Contents &out, int depth)
{
    if (depth > 4)
        return Walk::Damaged;
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, i);
        switch (PKCS12_SAFEBAG_get_nid(bag)) {
        case NID_keyBag: {
            const PKCS8_PRIV_KEY_INFO *p8 = PKCS12_SAFEBAG_get0_p8inf(bag);
            if (!p8 || !appendKey(p8, out))
                return Walk::Damaged;
            break;
        }
        case NID_pkcs8ShroudedKeyBag: {
            const X509_SIG *sig = PKCS12_SAFEBAG_get0_pkcs8(bag);
            const X509_ALGOR *algorithm = nullptr;
            if (sig)
                X509_SIG_get0(sig, &algorithm, nullptr);
            if (tooCostly(algorithm))
                return Walk::TooCostly;
            Pkcs8InfoPtr p8(PKCS12_decrypt_skey(bag, password.data(), password.length()));
            if (!p8)
                return Walk::CannotDecrypt;
            if (!appendKey(p8.get(), out))
                return Walk::Damaged;
            break;
        }
        case NID_certBag: {
            if (PKCS12_SAFEBAG_get_bag_nid(bag) != NID_x509Certificate)
                break; // SDSI certificates: not X.509
            X509Ptr x509(PKCS12_SAFEBAG_get1_cert(bag));
            const QByteArray der = x509 ? x509Der(x509.get()) : QByteArray();
            if (der.isEmpty())
                return Walk::Damaged;
            out.certs.append(der);
            break;
        }
        case NID_safeContentsBag: {
            const Walk nested = walkBags(PKCS12_SAFEBAG_get0_safes(bag), password, out, depth + 1);
            if (nested != Walk::Ok)
                return nested;
            break;
        }
        default: break; // CRL and secret bags: not used
        }
    }
    return Walk::Ok;
}

// Everything created here (the PKCS12, bags, X509, keys) is freed before returning: only DER leaves, so that a
// walk inside a LegacyContext leaves no object referencing its providers.
Walk walkPfx(QByteArrayView der, const Password &password, Contents &out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(der.size())));
    if (!p12)
        return Walk::Damaged;
    P7sPtr safes(PKCS12_unpack_authsafes(p12.get()));
    if (!safes)
        return Walk::Damaged;
    for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7 *p7 = sk_PKCS7_value(safes.get(), i);
        BagsPtr bags;
        if (PKCS7_type_is_data(p7)) {
            bags.reset(PKCS12_unpack_p7data(p7));
            if (!bags)
                return Walk::Damaged;
        } else if (PKCS7_type_is_encrypted(p7)) {
            if (!p7->d.encrypted || !p7->d.encrypted->enc_data || tooCostly(p7->d.encrypted->enc_data->algorithm))
                return Walk::TooCostly;
            bags.reset(PKCS12_unpack_p7encdata(p7, password.data(), password.length()));
            if (!bags)
                return Walk::CannotDecrypt;
        } else {
            return Walk::Damaged; // public-key privacy mode (enveloped data): not supported
        }
        const Walk walk = walkBags(bags.get(), password, out, 0);
        if (walk != Walk::Ok)
            return walk;
    }
    return Walk::Ok;
}

struct PfxRead
{
    Contents contents;
    bool legacy = false;
    bool passwordNeeded = false;
};

Error wrongPassword()
{
    return Error(ErrorCode::WrongCredential, QStringLiteral("the password is wrong, or the file was altered"));
}

Error tooCostlyError(std::int64_t iterations)
{
    return Error(ErrorCode::InvalidArgument,
                 QStringLiteral("the file asks for %1 key-derivation iterations; Coffer reads files with at most %2 "
                                "(tools write 2,048 to 10,000): it was made to be slow to read, or it is damaged")
                         .arg(iterations <= 0 ? QStringLiteral("more than %1").arg(kMaxIterations)
                                              : QString::number(iterations))
                         .arg(kMaxIterations));
}

Error passwordMissing()
{
    return Error(ErrorCode::WrongCredential, QStringLiteral("the file is password-protected; give its password"));
}

Result<PfxRead> readPfx(QByteArrayView der, const SecureString *given)
{
    const ErrorQueueMark mark;
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(der.size())));
    if (!p12)
        return Error(ErrorCode::Corrupted, QStringLiteral("the file is damaged: its PKCS#12 structure does not parse"));

    // Only the DER of the PKCS#12 structure, as for single certificates: trailing bytes mean another file was
    // appended or the length is wrong.
    if (p != reinterpret_cast<const unsigned char *>(der.data()) + der.size())
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("the file is damaged: it has bytes after its PKCS#12 structure"));

    std::vector<Password> tries;
    const bool macPresent = PKCS12_mac_present(p12.get()) == 1;
    if (macPresent) {
        const ASN1_INTEGER *macIterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &macIterations, p12.get());
        // An absent count means 1 (RFC 7292).
        if (macIterations && integer(macIterations) > kMaxIterations)
            return tooCostlyError(integer(macIterations));
        // The MAC tells which password is right; a given password is tried first, then the two blank ones.
        std::optional<Password> chosen;
        if (given) {
            Password password = Password::text(given->utf8().view());
            if (PKCS12_verify_mac(p12.get(), password.data(), password.length()) == 1)
                chosen = std::move(password);
        }
        if (!chosen && PKCS12_verify_mac(p12.get(), nullptr, 0) == 1)
            chosen = Password::none();
        if (!chosen && PKCS12_verify_mac(p12.get(), "", 0) == 1)
            chosen = Password::text({});
        if (!chosen)
            return given ? wrongPassword() : passwordMissing();
        tries.push_back(std::move(*chosen));
    } else {
        // No MAC (-nomac): nothing says which password is right; a given one is ignored when nothing is encrypted.
        tries.push_back(Password::none());
        tries.push_back(Password::text({}));
        if (given && !given->isEmpty())
            tries.push_back(Password::text(given->utf8().view()));
    }

    for (const bool legacy : {false, true}) {
        std::optional<LegacyContext> context;
        if (legacy) {
            context.emplace();
            if (!context->isActive())
                return Error(ErrorCode::Crypto,
                             QStringLiteral("the file needs old encryption (RC2) that cannot be read: %1")
                                     .arg(context->error()));
        }
        for (const Password &password : tries) {
            PfxRead read;
            const Walk walk = walkPfx(der, password, read.contents);
            if (walk == Walk::TooCostly)
                return tooCostlyError(-1);
            if (walk == Walk::Damaged)
                return Error(ErrorCode::Corrupted,
                             QStringLiteral("the file is damaged: a part of the PKCS#12 file does not parse"));
            if (walk == Walk::Ok) {
                read.legacy = legacy;
                read.passwordNeeded = !password.isBlank();
                return read;
            }
        }
    }
    if (macPresent) // the password was right (the MAC says so) and yet the contents do not decrypt
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("the file is damaged: its encrypted contents do not decrypt (%1)")
                             .arg(lastErrorReason("unknown algorithm or bad data")));
    return given && !given->isEmpty() ? wrongPassword() : passwordMissing();
}

} // namespace

Result<void> checkEncryptedKeyCost(QByteArrayView der)
{
    const ErrorQueueMark mark;
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    X509_SIG *sig = d2i_X509_SIG(nullptr, &p, long(der.size()));
    if (!sig)
        return {}; // not parseable here: the key reader reports it
    const X509_ALGOR *algorithm = nullptr;
    X509_SIG_get0(sig, &algorithm, nullptr);
    const std::int64_t iterations = pbeIterations(algorithm);
    X509_SIG_free(sig);
    if (iterations > kMaxIterations)
        return tooCostlyError(iterations);
    return {};
}

Result<ParsedCertificateFile> parsePkcs12(QByteArrayView data, const SecureString *password, const QDateTime &now)
{
    auto read = readPfx(data, password);
    if (!read)
        return read.error();
    ParsedCertificateFile file;
    file.format = CertificateFormat::Pkcs12;
    file.passwordNeeded = read->passwordNeeded;
    file.legacyEncryption = read->legacy;
    QList<X509Certificate> certs;
    for (const QByteArray &der : read->contents.certs) {
        auto cert = X509Certificate::fromDer(der);
        if (!cert)
            return Error(ErrorCode::Corrupted,
                         QStringLiteral("the file is damaged: a certificate in it does not parse"));
        certs.append(std::move(*cert));
    }
    std::optional<SoftwareKey> key;
    if (read->contents.keys.size() > 1)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the file holds two private keys (give one certificate's key)"));
    if (read->contents.keys.size() == 1) {
        auto parsed = SoftwareKey::fromPkcs8(read->contents.keys.front());
        if (!parsed) {
            if (parsed.error().code() == ErrorCode::InvalidArgument)
                return Error(ErrorCode::InvalidArgument,
                             QStringLiteral("the private key cannot be used: %1").arg(parsed.error().context()));
            return Error(ErrorCode::Corrupted, QStringLiteral("the file is damaged: its private key does not parse"));
        }
        if (!evp::isConsistent(static_cast<EVP_PKEY *>(parsed->evpPkey())))
            return Error(ErrorCode::Corrupted,
                         QStringLiteral("the file is damaged: its private key's parts do not belong together"));
        key = std::move(*parsed);
    }
    return finishParse(std::move(file), std::move(certs), std::move(key), now);
}

Result<FileProbe> probePkcs12(QByteArrayView data)
{
    FileProbe probe;
    probe.format = CertificateFormat::Pkcs12;
    auto read = readPfx(data, nullptr);
    if (!read) {
        if (read.error().code() != ErrorCode::WrongCredential)
            return read.error();
        probe.passwordNeeded = true;
        return probe;
    }
    probe.certificates = int(read->contents.certs.size());
    probe.keys = int(read->contents.keys.size());
    return probe;
}

} // namespace coffer::crypto::cert
