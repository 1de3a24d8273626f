// This file uses the OpenSSL 3 API only: deprecated declarations are hidden, so using one fails to compile.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include "core/crypto/X509Certificate.h"

#include "core/crypto/CertOpenSslPrivate.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/objects.h>
#include <openssl/pem.h>

#include <array>
#include <ctime>

namespace coffer::crypto {

namespace cert {

QString oneLineName(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(length));
}

QDateTime asn1TimeToUtc(const ASN1_TIME *time)
{
    std::tm tm {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QByteArray x509Der(const X509 *x509)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(x509, &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

QString lastErrorReason(const char *fallback)
{
    const unsigned long code = ERR_peek_last_error();
    const char *reason = code ? ERR_reason_error_string(code) : nullptr;
    return QString::fromLatin1(reason ? reason : fallback);
}

} // namespace cert

namespace {

using namespace cert;

struct KuMap
{
    unsigned openSsl;
    KeyUsageBit bit;
    const char *name;
};
// OpenSSL's KU_* values (x509v3.h) are the DER bit string read as a number, not the RFC 5280 bit order.
constexpr KuMap kKeyUsages[] = {
        {KU_DIGITAL_SIGNATURE, KeyUsageBit::DigitalSignature, "digitalSignature"},
        {KU_NON_REPUDIATION, KeyUsageBit::NonRepudiation, "nonRepudiation"},
        {KU_KEY_ENCIPHERMENT, KeyUsageBit::KeyEncipherment, "keyEncipherment"},
        {KU_DATA_ENCIPHERMENT, KeyUsageBit::DataEncipherment, "dataEncipherment"},
        {KU_KEY_AGREEMENT, KeyUsageBit::KeyAgreement, "keyAgreement"},
        {KU_KEY_CERT_SIGN, KeyUsageBit::KeyCertSign, "keyCertSign"},
        {KU_CRL_SIGN, KeyUsageBit::CrlSign, "cRLSign"},
        {KU_ENCIPHER_ONLY, KeyUsageBit::EncipherOnly, "encipherOnly"},
        {KU_DECIPHER_ONLY, KeyUsageBit::DecipherOnly, "decipherOnly"},
};

QString asn1Text(const ASN1_STRING *text)
{
    if (!text)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(text)), ASN1_STRING_length(text));
}

// IPv4 dotted; IPv6 as RFC 5952 (lower-case, no leading zeros, the longest run of 2+ zero groups as "::").
QString ipText(const ASN1_OCTET_STRING *ip)
{
    const auto *bytes = ASN1_STRING_get0_data(ip);
    const int length = ASN1_STRING_length(ip);
    if (length == 4)
        return QStringLiteral("%1.%2.%3.%4").arg(bytes[0]).arg(bytes[1]).arg(bytes[2]).arg(bytes[3]);
    if (length != 16)
        return QStringLiteral("(an IP address of %1 bytes)").arg(length);
    std::array<int, 8> groups {};
    for (int i = 0; i < 8; ++i)
        groups[std::size_t(i)] = (bytes[2 * i] << 8) | bytes[2 * i + 1];
    int bestStart = -1, bestLength = 0;
    for (int i = 0; i < 8;) {
        if (groups[std::size_t(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[std::size_t(j)] == 0)
            ++j;
        if (j - i > bestLength && j - i >= 2) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(groups[std::size_t(i)], 16);
    }
    return out;
}

QList<SubjectAltName> readSans(X509 *x509)
{
    QList<SubjectAltName> out;
    auto *names = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(x509, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return out;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        switch (name->type) {
        case GEN_DNS: out.append({SanType::Dns, asn1Text(name->d.dNSName)}); break;
        case GEN_EMAIL: out.append({SanType::Email, asn1Text(name->d.rfc822Name)}); break;
        case GEN_URI: out.append({SanType::Uri, asn1Text(name->d.uniformResourceIdentifier)}); break;
        case GEN_IPADD: out.append({SanType::Ip, ipText(name->d.iPAddress)}); break;
        case GEN_OTHERNAME: {
            const OTHERNAME *other = name->d.otherName;
            if (OBJ_obj2nid(other->type_id) == NID_ms_upn && other->value && other->value->type == V_ASN1_UTF8STRING)
                out.append({SanType::Upn, asn1Text(other->value->value.utf8string)});
            break;
        }
        default: break; // directory names, registered IDs: not part of Azure's model
        }
    }
    GENERAL_NAMES_free(names);
    return out;
}

QStringList readEkus(X509 *x509)
{
    QStringList out;
    auto *ekus = static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(x509, NID_ext_key_usage, nullptr, nullptr));
    if (!ekus)
        return out;
    for (int i = 0; i < sk_ASN1_OBJECT_num(ekus); ++i) {
        char buffer[128] = {};
        if (OBJ_obj2txt(buffer, sizeof buffer, sk_ASN1_OBJECT_value(ekus, i), 1) > 0)
            out.append(QString::fromLatin1(buffer));
    }
    EXTENDED_KEY_USAGE_free(ekus);
    return out;
}

bool readIsCa(X509 *x509)
{
    auto *bc = static_cast<BASIC_CONSTRAINTS *>(X509_get_ext_d2i(x509, NID_basic_constraints, nullptr, nullptr));
    const bool ca = bc && bc->ca;
    BASIC_CONSTRAINTS_free(bc);
    return ca;
}

void readKey(X509 *x509, CertificateDetails &d)
{
    EVP_PKEY *key = X509_get0_pubkey(x509);
    if (!key) {
        ASN1_OBJECT *oid = nullptr;
        if (X509_PUBKEY_get0_param(&oid, nullptr, nullptr, nullptr, X509_get_X509_PUBKEY(x509)) == 1 && oid) {
            char buffer[128] = {};
            OBJ_obj2txt(buffer, sizeof buffer, oid, 0);
            d.keyType = QString::fromLatin1(buffer);
        }
        if (d.keyType.isEmpty())
            d.keyType = QStringLiteral("unknown");
        return;
    }
    const char *type = EVP_PKEY_get0_type_name(key);
    d.keyType = type ? QString::fromLatin1(type) : QStringLiteral("unknown");
    d.keyBits = EVP_PKEY_get_bits(key);
    d.securityBits = EVP_PKEY_get_security_bits(key);
    if (EVP_PKEY_is_a(key, "EC")) {
        d.keyType = QStringLiteral("EC");
        char group[80] = {};
        std::size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1 && length > 0) {
            const int nid = OBJ_txt2nid(group);
            for (Curve curve : {Curve::P256, Curve::P256K, Curve::P384, Curve::P521}) {
                if (nid != NID_undef && nid == OBJ_txt2nid(curveOpenSslName(curve)))
                    d.curve = curve;
            }
            d.curveName = d.curve ? curveName(*d.curve) : QString::fromLatin1(group);
        } else {
            d.curveName = QStringLiteral("explicit parameters");
        }
    } else if (EVP_PKEY_is_a(key, "RSA")) {
        d.keyType = QStringLiteral("RSA");
    }
}

QByteArray digestOf(const X509 *x509, const EVP_MD *md)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(x509, md, out, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

Result<CertificateDetails> readDetails(X509 *x509)
{
    const ErrorQueueMark mark;
    CertificateDetails d;
    d.subject = oneLineName(X509_get_subject_name(x509));
    d.issuer = oneLineName(X509_get_issuer_name(x509));
    evp::BnPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(x509), nullptr));
    if (serial) {
        char *hex = BN_bn2hex(serial.get());
        if (hex) {
            d.serialHex = QString::fromLatin1(hex).toUpper();
            OPENSSL_free(hex);
        }
    }
    d.notBefore = asn1TimeToUtc(X509_get0_notBefore(x509));
    d.notAfter = asn1TimeToUtc(X509_get0_notAfter(x509));
    if (!d.notBefore.isValid() || !d.notAfter.isValid())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the certificate '%1' has validity dates that cannot be read").arg(d.subject));
    d.sans = readSans(x509);
    const uint32_t ku = X509_get_key_usage(x509);
    if (ku != UINT32_MAX) {
        KeyUsages usages;
        for (const KuMap &row : kKeyUsages) {
            if (ku & row.openSsl)
                usages |= row.bit;
        }
        d.keyUsage = usages;
    }
    d.ekus = readEkus(x509);
    d.isCa = readIsCa(x509);
    d.selfSigned = X509_self_signed(x509, 1) == 1;
    readKey(x509, d);
    const int sigNid = X509_get_signature_nid(x509);
    if (sigNid != NID_undef) {
        d.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(sigNid));
    } else {
        const X509_ALGOR *alg = nullptr;
        X509_get0_signature(nullptr, &alg, x509);
        const ASN1_OBJECT *oid = nullptr;
        X509_ALGOR_get0(&oid, nullptr, nullptr, alg);
        char buffer[128] = {};
        OBJ_obj2txt(buffer, sizeof buffer, oid, 1);
        d.signatureAlgorithm = QString::fromLatin1(buffer);
    }
    d.sha1 = digestOf(x509, EVP_sha1());
    d.sha256 = digestOf(x509, EVP_sha256());
    if (d.sha1.isEmpty() || d.sha256.isEmpty())
        return Error(ErrorCode::Crypto, QStringLiteral("the certificate's thumbprint cannot be computed"));
    return d;
}

// The value of the first attribute `key` of an RFC 2253 name (escapes resolved), or empty.
QString attributeOf(const QString &name, QStringView key)
{
    qsizetype i = 0;
    while (i < name.size()) {
        // One RDN component: up to an unescaped ',' or '+'.
        QString part;
        while (i < name.size() && name[i] != u',' && name[i] != u'+') {
            if (name[i] == u'\\' && i + 1 < name.size()) {
                part += name[i];
                ++i;
            }
            part += name[i];
            ++i;
        }
        ++i;
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0 && QStringView(part).left(eq).trimmed().compare(key, Qt::CaseInsensitive) == 0) {
            QString value;
            const QString raw = part.mid(eq + 1);
            for (qsizetype j = 0; j < raw.size(); ++j) {
                if (raw[j] == u'\\' && j + 1 < raw.size())
                    ++j;
                value += raw[j];
            }
            return value;
        }
    }
    return {};
}

} // namespace

QString keyUsageName(KeyUsageBit bit)
{
    for (const KuMap &row : kKeyUsages) {
        if (row.bit == bit)
            return QString::fromLatin1(row.name);
    }
    return {};
}

std::optional<KeyUsageBit> keyUsageFromName(QStringView name)
{
    for (const KuMap &row : kKeyUsages) {
        if (name.compare(QLatin1StringView(row.name), Qt::CaseInsensitive) == 0)
            return row.bit;
    }
    return std::nullopt;
}

QStringList keyUsageNames(KeyUsages usages)
{
    QStringList out;
    for (KeyUsageBit bit : allKeyUsageBits()) {
        if (usages.testFlag(bit))
            out.append(keyUsageName(bit));
    }
    return out;
}

QList<KeyUsageBit> allKeyUsageBits()
{
    QList<KeyUsageBit> out;
    for (const KuMap &row : kKeyUsages)
        out.append(row.bit);
    return out;
}

QString CertificateDetails::sha1Hex() const
{
    return QString::fromLatin1(sha1.toHex().toUpper());
}

QString CertificateDetails::sha256Hex() const
{
    return QString::fromLatin1(sha256.toHex().toUpper());
}

QString CertificateDetails::x5t() const
{
    return QString::fromLatin1(sha1.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString CertificateDetails::commonName(bool issuerName) const
{
    const QString &name = issuerName ? issuer : subject;
    const QString cn = attributeOf(name, u"CN");
    return cn.isEmpty() ? name : cn;
}

QString CertificateDetails::keyText() const
{
    if (keyType == u"RSA")
        return QStringLiteral("RSA %1").arg(keyBits);
    if (keyType == u"EC")
        return QStringLiteral("EC %1").arg(curveName);
    return keyType;
}

std::optional<KeySpec> CertificateDetails::keySpec() const
{
    if (keyType == u"RSA") {
        const KeySpec spec = KeySpec::rsa(keyBits);
        if (validateSpec(spec))
            return spec;
        return std::nullopt;
    }
    if (keyType == u"EC" && curve)
        return KeySpec::ec(*curve);
    return std::nullopt;
}

struct X509Certificate::Impl
{
    X509Ptr x509;
    CertificateDetails details;
};

X509Certificate::X509Certificate()
    : d(std::make_unique<Impl>())
{ }
X509Certificate::~X509Certificate() = default;
X509Certificate::X509Certificate(X509Certificate &&other) noexcept
    : d(std::move(other.d))
{
    other.d = std::make_unique<Impl>();
}
X509Certificate &X509Certificate::operator=(X509Certificate &&other) noexcept
{
    std::swap(d, other.d);
    return *this;
}

X509Certificate::X509Certificate(const X509Certificate &other)
    : X509Certificate(other.clone())
{ }

X509Certificate &X509Certificate::operator=(const X509Certificate &other)
{
    if (this != &other)
        *this = other.clone();
    return *this;
}

X509Certificate X509Certificate::clone() const
{
    X509Certificate copy;
    if (d->x509 && X509_up_ref(d->x509.get()) == 1) {
        copy.d->x509.reset(d->x509.get());
        copy.d->details = d->details;
    }
    return copy;
}

Result<X509Certificate> X509Certificate::adopt(void *x509)
{
    X509Ptr owned(static_cast<X509 *>(x509));
    if (!owned)
        return Error(ErrorCode::Internal, QStringLiteral("no certificate to adopt"));
    auto details = readDetails(owned.get());
    if (!details)
        return details.error();
    X509Certificate cert;
    cert.d->x509 = std::move(owned);
    cert.d->details = std::move(*details);
    return cert;
}

Result<X509Certificate> X509Certificate::fromDer(QByteArrayView der)
{
    const ErrorQueueMark mark;
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    const auto *end = p + der.size();
    X509Ptr x509(der.isEmpty() ? nullptr : d2i_X509(nullptr, &p, long(der.size())));
    if (!x509)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("not an X.509 certificate"));
    if (p != end)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("not an X.509 certificate (%1 bytes follow the certificate)").arg(end - p));
    return adopt(x509.release());
}

Result<X509Certificate> X509Certificate::fromPem(QByteArrayView pem)
{
    const ErrorQueueMark mark;
    BioPtr bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        return Error(ErrorCode::Crypto, QStringLiteral("out of memory"));
    for (;;) {
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *data = nullptr;
        long length = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &data, &length) != 1)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("not an X.509 certificate (no -----BEGIN CERTIFICATE----- block)"));
        const QByteArray label(name);
        const QByteArray der(reinterpret_cast<const char *>(data), int(length));
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_clear_free(data, std::size_t(length));
        if (label == PEM_STRING_X509 || label == PEM_STRING_X509_OLD)
            return fromDer(der);
    }
}

bool X509Certificate::isNull() const
{
    return !d->x509;
}

QByteArray X509Certificate::der() const
{
    return d->x509 ? x509Der(d->x509.get()) : QByteArray();
}

QByteArray X509Certificate::pem() const
{
    const QByteArray body = der().toBase64();
    QByteArray out("-----BEGIN CERTIFICATE-----\n");
    for (qsizetype i = 0; i < body.size(); i += 64) {
        out += body.mid(i, 64);
        out += '\n';
    }
    out += "-----END CERTIFICATE-----\n";
    return out;
}

const CertificateDetails &X509Certificate::details() const
{
    return d->details;
}

QByteArray X509Certificate::publicKeyDer() const
{
    if (!d->x509)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(d->x509.get()), &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

bool X509Certificate::isIssuedBy(const X509Certificate &issuer) const
{
    if (!d->x509 || !issuer.d->x509)
        return false;
    const ErrorQueueMark mark;
    if (X509_check_issued(issuer.d->x509.get(), d->x509.get()) != X509_V_OK)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(issuer.d->x509.get());
    return key && X509_verify(d->x509.get(), key) == 1;
}

bool X509Certificate::publicKeyEquals(QByteArrayView spki) const
{
    if (!d->x509 || spki.isEmpty())
        return false;
    const ErrorQueueMark mark;
    const auto *p = reinterpret_cast<const unsigned char *>(spki.data());
    evp::PkeyPtr other(d2i_PUBKEY(nullptr, &p, long(spki.size())));
    EVP_PKEY *mine = X509_get0_pubkey(d->x509.get());
    return other && mine && EVP_PKEY_eq(mine, other.get()) == 1;
}

void *X509Certificate::x509() const
{
    return d->x509.get();
}

} // namespace coffer::crypto
