#include "core/crypto/CertificateBuilder.h"

#include "core/crypto/CertOpenSslPrivate.h"
#include "core/crypto/EvpUtil.h"
#include "core/crypto/KeyEncoding.h"
#include "core/crypto/Random.h"

#include <openssl/asn1.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <QList>

#include <bit>

namespace coffer::crypto {

namespace {

using cert::ErrorQueueMark;
using cert::X509Ptr;
using cert::X509ReqPtr;
using evp::Free;
using evp::PkeyPtr;

using NamePtr = std::unique_ptr<X509_NAME, Free<&X509_NAME_free>>;
using AlgorPtr = std::unique_ptr<X509_ALGOR, Free<&X509_ALGOR_free>>;
using BitStringPtr = std::unique_ptr<ASN1_BIT_STRING, Free<&ASN1_BIT_STRING_free>>;
using OctetPtr = std::unique_ptr<ASN1_OCTET_STRING, Free<&ASN1_OCTET_STRING_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, Free<&GENERAL_NAMES_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, Free<&GENERAL_NAME_free>>;
using BasicConstraintsPtr = std::unique_ptr<BASIC_CONSTRAINTS, Free<&BASIC_CONSTRAINTS_free>>;
using AuthorityKeyIdPtr = std::unique_ptr<AUTHORITY_KEYID, Free<&AUTHORITY_KEYID_free>>;
using ObjectPtr = std::unique_ptr<ASN1_OBJECT, Free<&ASN1_OBJECT_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Free<&BN_free>>;
using IntegerPtr = std::unique_ptr<ASN1_INTEGER, Free<&ASN1_INTEGER_free>>;

void freeEku(EXTENDED_KEY_USAGE *eku)
{
    sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
}
using EkuPtr = std::unique_ptr<EXTENDED_KEY_USAGE, Free<&freeEku>>;

void freeExtensions(STACK_OF(X509_EXTENSION) * stack)
{
    sk_X509_EXTENSION_pop_free(stack, X509_EXTENSION_free);
}
using ExtensionsPtr = std::unique_ptr<STACK_OF(X509_EXTENSION), Free<&freeExtensions>>;

const char *const kUpnOid = "1.3.6.1.4.1.311.20.2.3"; // Microsoft UPN otherName (UTF8String)

Error invalid(const QString &what)
{
    return Error(ErrorCode::InvalidArgument, what);
}

Error cryptoFailure(const QString &what)
{
    evp::clearErrors();
    return Error(ErrorCode::Crypto, what);
}

// ---- subject (RFC 4514) -------------------------------------------------------------------------------------------

struct AttributeName
{
    const char *alias; // what users write (case-insensitive)
    const char *openssl; // OpenSSL's short name
    int maxLength; // RFC 5280 upper bounds (ub-*); 0 = exactly 2 (country)
};

// The attribute names Coffer understands, with the spellings Azure, Windows and OpenSSL use.
constexpr AttributeName kAttributes[] = {
        {"CN", "CN", 64},
        {"C", "C", 0},
        {"ST", "ST", 128},
        {"S", "ST", 128},
        {"L", "L", 128},
        {"O", "O", 64},
        {"OU", "OU", 64},
        {"emailAddress", "emailAddress", 128},
        {"E", "emailAddress", 128},
        {"DC", "DC", 63},
        {"SERIALNUMBER", "serialNumber", 64},
        {"STREET", "street", 128},
        {"T", "title", 64},
        {"title", "title", 64},
        {"GN", "GN", 64},
        {"givenName", "GN", 64},
        {"G", "GN", 64},
        {"SN", "SN", 64},
        {"surname", "SN", 64},
        {"initials", "initials", 64},
        {"UID", "UID", 64},
        {"postalCode", "postalCode", 40},
        {"pseudonym", "pseudonym", 128},
        {"dnQualifier", "dnQualifier", 64},
        {"generationQualifier", "generationQualifier", 64},
        {"businessCategory", "businessCategory", 128},
};

QString knownAttributesText()
{
    return QStringLiteral("C, ST, L, O, OU, CN, emailAddress, DC, SERIALNUMBER, STREET, title, GN, SN, initials, UID, "
                          "postalCode, pseudonym or a dotted OID");
}

struct NameEntry
{
    QString typeAsWritten;
    QByteArray opensslName; // short name or dotted OID
    int maxLength = 64;
    QByteArray value; // UTF-8
    bool joinedToPrevious = false; // '+' multi-valued RDN
};

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

Result<NameEntry> resolveType(const QString &subject, QString type)
{
    type = type.trimmed();
    if (type.isEmpty())
        return invalid(QStringLiteral("subject '%1': an attribute name is missing before '='").arg(subject));
    NameEntry entry;
    entry.typeAsWritten = type;
    for (const AttributeName &known : kAttributes) {
        if (type.compare(QLatin1StringView(known.alias), Qt::CaseInsensitive) == 0) {
            entry.opensslName = known.openssl;
            entry.maxLength = known.maxLength;
            return entry;
        }
    }
    bool dotted = !type.isEmpty() && type.at(0).isDigit();
    for (QChar c : type)
        dotted = dotted && (c.isDigit() || c == u'.');
    if (dotted) {
        const QByteArray oid = type.toLatin1();
        const ObjectPtr object(OBJ_txt2obj(oid.constData(), 1));
        if (object) {
            entry.opensslName = oid;
            entry.maxLength = 256;
            return entry;
        }
        evp::clearErrors();
    }
    return invalid(QStringLiteral("subject '%1': '%2' is not a known attribute (use %3)")
                           .arg(subject, type, knownAttributesText()));
}

// "CN=www.example.test, O=Coffer" -> entries in the order written (RFC 4514: the last one is the first RDN).
Result<QList<NameEntry>> parseSubject(const QString &subject)
{
    if (subject.trimmed().isEmpty())
        return invalid(QStringLiteral("the subject is empty (e.g. \"CN=www.example.test\")"));
    QList<NameEntry> entries;
    const qsizetype n = subject.size();
    qsizetype i = 0;
    bool joined = false;
    while (i <= n) {
        // The attribute type, up to '='.
        const qsizetype eq = subject.indexOf(u'=', i);
        const qsizetype comma = subject.indexOf(u',', i);
        if (eq < 0 || (comma >= 0 && comma < eq)) {
            const QString part = subject.mid(i, comma < 0 ? -1 : comma - i).trimmed();
            return invalid(QStringLiteral("subject '%1': '%2' is not an attribute=value pair (e.g. CN=name)")
                                   .arg(subject, part));
        }
        Result<NameEntry> entry = resolveType(subject, subject.mid(i, eq - i));
        if (!entry)
            return entry.error();
        entry->joinedToPrevious = joined;
        i = eq + 1;
        while (i < n && subject.at(i) == u' ')
            ++i;
        if (i < n && subject.at(i) == u'#')
            return invalid(QStringLiteral("subject '%1': hex-encoded values ('#…') are not supported; write the "
                                          "value as text")
                                   .arg(subject));
        QByteArray value;
        qsizetype keepUpTo = 0; // value length up to the last escaped character (trailing spaces kept)
        bool ended = false;
        while (i < n) {
            const QChar c = subject.at(i);
            if (c == u'\\') {
                if (i + 1 >= n)
                    return invalid(QStringLiteral("subject '%1': the value of %2 ends with an unfinished escape '\\'")
                                           .arg(subject, entry->typeAsWritten));
                const int hi = hexValue(subject.at(i + 1));
                const int lo = i + 2 < n ? hexValue(subject.at(i + 2)) : -1;
                if (hi >= 0 && lo >= 0) {
                    value.append(char(hi * 16 + lo));
                    i += 3;
                } else {
                    const qsizetype width = subject.at(i + 1).isHighSurrogate() && i + 2 < n ? 2 : 1;
                    value.append(QStringView(subject).mid(i + 1, width).toUtf8());
                    i += 1 + width;
                }
                keepUpTo = value.size();
                continue;
            }
            if (c == u',' || c == u'+') {
                joined = c == u'+';
                ended = true;
                ++i;
                break;
            }
            const qsizetype width = c.isHighSurrogate() && i + 1 < n ? 2 : 1;
            value.append(QStringView(subject).mid(i, width).toUtf8());
            i += width;
        }
        while (value.size() > keepUpTo && value.endsWith(' '))
            value.chop(1);
        if (value.isEmpty())
            return invalid(QStringLiteral("subject '%1': the value of %2 is empty").arg(subject, entry->typeAsWritten));
        const qsizetype length = QString::fromUtf8(value).size();
        if (entry->maxLength == 0 && (length != 2 || !QString::fromUtf8(value).at(0).isLetter()))
            return invalid(QStringLiteral("subject '%1': C must be a two-letter country code (ISO 3166, e.g. US), "
                                          "not '%2'")
                                   .arg(subject, QString::fromUtf8(value)));
        if (entry->maxLength > 0 && length > entry->maxLength)
            return invalid(QStringLiteral("subject '%1': the value of %2 is %3 characters long (at most %4)")
                                   .arg(subject, entry->typeAsWritten)
                                   .arg(length)
                                   .arg(entry->maxLength));
        entry->value = value;
        entries.append(std::move(*entry));
        if (!ended)
            break;
        if (i >= n)
            return invalid(QStringLiteral("subject '%1' ends with a separator").arg(subject));
    }
    return entries;
}

Result<NamePtr> buildName(const QString &subject)
{
    Result<QList<NameEntry>> entries = parseSubject(subject);
    if (!entries)
        return entries.error();
    NamePtr name(X509_NAME_new());
    if (!name)
        return cryptoFailure(QStringLiteral("out of memory"));
    // RFC 4514 writes the most specific RDN first: the ASN.1 sequence is the reverse. A '+' group keeps its order.
    QList<QList<const NameEntry *>> rdns;
    for (const NameEntry &entry : *entries) {
        if (entry.joinedToPrevious && !rdns.isEmpty())
            rdns.last().append(&entry);
        else
            rdns.append({&entry});
    }
    for (qsizetype r = rdns.size() - 1; r >= 0; --r) {
        bool first = true;
        for (const NameEntry *entry : rdns.at(r)) {
            const ErrorQueueMark mark;
            if (X509_NAME_add_entry_by_txt(name.get(), entry->opensslName.constData(), MBSTRING_UTF8,
                                           reinterpret_cast<const unsigned char *>(entry->value.constData()),
                                           int(entry->value.size()), -1, first ? 0 : -1)
                != 1) {
                return invalid(QStringLiteral("subject '%1': '%2' is not a valid value for %3")
                                       .arg(subject, QString::fromUtf8(entry->value), entry->typeAsWritten));
            }
            first = false;
        }
    }
    return name;
}

// ---- extensions ---------------------------------------------------------------------------------------------------

Result<GeneralNamePtr> generalName(const SubjectAltName &san)
{
    GeneralNamePtr gen(GENERAL_NAME_new());
    if (!gen)
        return cryptoFailure(QStringLiteral("out of memory"));
    const QByteArray utf8 = san.value.toUtf8();
    if (san.value.isEmpty())
        return invalid(QStringLiteral("a subject alternative name is empty"));
    if (san.type == SanType::Ip) {
        const ErrorQueueMark mark;
        ASN1_OCTET_STRING *ip = a2i_IPADDRESS(utf8.constData());
        if (!ip)
            return invalid(QStringLiteral("'%1' is not an IPv4 or IPv6 address").arg(san.value));
        GENERAL_NAME_set0_value(gen.get(), GEN_IPADD, ip);
        return gen;
    }
    if (san.type == SanType::Upn) {
        ASN1_UTF8STRING *text = ASN1_UTF8STRING_new();
        ASN1_TYPE *any = ASN1_TYPE_new();
        ASN1_OBJECT *oid = OBJ_txt2obj(kUpnOid, 1);
        if (!text || !any || !oid || ASN1_STRING_set(text, utf8.constData(), int(utf8.size())) != 1) {
            ASN1_UTF8STRING_free(text);
            ASN1_TYPE_free(any);
            ASN1_OBJECT_free(oid);
            return cryptoFailure(QStringLiteral("out of memory"));
        }
        ASN1_TYPE_set(any, V_ASN1_UTF8STRING, text);
        if (GENERAL_NAME_set0_othername(gen.get(), oid, any) != 1) {
            ASN1_TYPE_free(any);
            ASN1_OBJECT_free(oid);
            return cryptoFailure(QStringLiteral("the UPN '%1' cannot be encoded").arg(san.value));
        }
        return gen;
    }
    // dNSName, rfc822Name and URI are IA5String: ASCII only.
    for (QChar c : san.value) {
        if (c.unicode() > 0x7e || c.unicode() < 0x21)
            return invalid(QStringLiteral("'%1' has a character an X.509 %2 cannot hold (ASCII only, no spaces; use "
                                          "the punycode form of international names)")
                                   .arg(san.value,
                                        san.type == SanType::Dns ? QStringLiteral("DNS name")
                                                                 : QStringLiteral("e-mail or URI")));
    }
    ASN1_IA5STRING *text = ASN1_IA5STRING_new();
    if (!text || ASN1_STRING_set(text, utf8.constData(), int(utf8.size())) != 1) {
        ASN1_IA5STRING_free(text);
        return cryptoFailure(QStringLiteral("out of memory"));
    }
    const int kind = san.type == SanType::Dns ? GEN_DNS : san.type == SanType::Email ? GEN_EMAIL : GEN_URI;
    GENERAL_NAME_set0_value(gen.get(), kind, text);
    return gen;
}

Result<void> addExtension(STACK_OF(X509_EXTENSION) * *stack, int nid, void *value, bool critical)
{
    if (X509V3_add1_i2d(stack, nid, value, critical ? 1 : 0, X509V3_ADD_REPLACE) != 1)
        return cryptoFailure(
                QStringLiteral("the %1 extension cannot be encoded").arg(QLatin1StringView(OBJ_nid2sn(nid))));
    return {};
}

// SAN, KU (critical), EKU, basicConstraints CA:FALSE (critical in certificates), and SKI/AKI when `keyId` is given.
Result<ExtensionsPtr> makeExtensions(const BuildRequest &request, bool certificate, const QByteArray &keyId)
{
    STACK_OF(X509_EXTENSION) *raw = sk_X509_EXTENSION_new_null();
    ExtensionsPtr owner(raw); // X509V3_add1_i2d pushes onto a non-null stack: `raw` stays the same pointer
    if (!owner)
        return cryptoFailure(QStringLiteral("out of memory"));

    BasicConstraintsPtr constraints(BASIC_CONSTRAINTS_new());
    if (!constraints)
        return cryptoFailure(QStringLiteral("out of memory"));
    constraints->ca = 0;
    if (Result<void> r = addExtension(&raw, NID_basic_constraints, constraints.get(), certificate); !r)
        return r.error();

    if (request.keyUsage && *request.keyUsage) {
        BitStringPtr bits(ASN1_BIT_STRING_new());
        if (!bits)
            return cryptoFailure(QStringLiteral("out of memory"));
        for (KeyUsageBit bit : allKeyUsageBits()) {
            if (request.keyUsage->testFlag(bit))
                ASN1_BIT_STRING_set_bit(bits.get(), std::countr_zero(unsigned(bit)), 1);
        }
        if (Result<void> r = addExtension(&raw, NID_key_usage, bits.get(), true); !r)
            return r.error();
    }

    if (!request.ekus.isEmpty()) {
        EkuPtr ekus(sk_ASN1_OBJECT_new_null());
        for (const QString &oid : request.ekus) {
            bool dotted = !oid.isEmpty();
            for (QChar c : oid)
                dotted = dotted && (c.isDigit() || c == u'.');
            const QByteArray text = oid.toLatin1();
            ASN1_OBJECT *object = dotted ? OBJ_txt2obj(text.constData(), 1) : nullptr;
            if (!object) {
                evp::clearErrors();
                return invalid(QStringLiteral("the EKU '%1' is not a dotted OID (e.g. 1.3.6.1.5.5.7.3.1 for "
                                              "serverAuth)")
                                       .arg(oid));
            }
            sk_ASN1_OBJECT_push(ekus.get(), object);
        }
        if (Result<void> r = addExtension(&raw, NID_ext_key_usage, ekus.get(), false); !r)
            return r.error();
    }

    if (!request.sans.isEmpty()) {
        GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
        for (const SubjectAltName &san : request.sans) {
            Result<GeneralNamePtr> gen = generalName(san);
            if (!gen)
                return gen.error();
            sk_GENERAL_NAME_push(names.get(), gen->release());
        }
        if (Result<void> r = addExtension(&raw, NID_subject_alt_name, names.get(), false); !r)
            return r.error();
    }

    if (!keyId.isEmpty()) {
        OctetPtr ski(ASN1_OCTET_STRING_new());
        AuthorityKeyIdPtr aki(AUTHORITY_KEYID_new());
        if (!ski || !aki || ASN1_OCTET_STRING_set(ski.get(), evp::uc(keyId), int(keyId.size())) != 1)
            return cryptoFailure(QStringLiteral("out of memory"));
        aki->keyid = ASN1_OCTET_STRING_dup(ski.get());
        if (Result<void> r = addExtension(&raw, NID_subject_key_identifier, ski.get(), false); !r)
            return r.error();
        if (Result<void> r = addExtension(&raw, NID_authority_key_identifier, aki.get(), false); !r)
            return r.error();
    }
    return owner;
}

// ---- keys and signatures ------------------------------------------------------------------------------------------

Result<PkeyPtr> readPublicKey(const BuildRequest &request)
{
    if (Result<void> spec = validateSpec(request.spec); !spec || request.spec.type == KeyType::Oct)
        return invalid(QStringLiteral("a certificate key must be RSA 2048, 3072 or 4096, or EC on P-256, P-256K, "
                                      "P-384 or P-521"));
    const ErrorQueueMark mark;
    const unsigned char *p = evp::uc(request.publicKeyDer);
    PkeyPtr key(d2i_PUBKEY(nullptr, &p, long(request.publicKeyDer.size())));
    if (!key || p != evp::uc(request.publicKeyDer) + request.publicKeyDer.size())
        return invalid(QStringLiteral("the public key is not a DER SubjectPublicKeyInfo"));
    Result<KeySpec> spec = evp::specOf(key.get());
    if (!spec)
        return spec.error();
    if (!(*spec == request.spec))
        return invalid(QStringLiteral("the public key does not match the key spec of the request"));
    return key;
}

int signatureNid(SignAlg alg)
{
    switch (alg) {
    case SignAlg::RS256: return NID_sha256WithRSAEncryption;
    case SignAlg::RS384: return NID_sha384WithRSAEncryption;
    case SignAlg::RS512: return NID_sha512WithRSAEncryption;
    case SignAlg::ES256:
    case SignAlg::ES256K: return NID_ecdsa_with_SHA256;
    case SignAlg::ES384: return NID_ecdsa_with_SHA384;
    case SignAlg::ES512: return NID_ecdsa_with_SHA512;
    default: return NID_undef; // PSS is not used for certificates here
    }
}

// sha*WithRSAEncryption carries NULL parameters; ecdsa-with-SHA* none (RFC 5758 §3.2).
bool setAlgorithm(X509_ALGOR *algor, SignAlg alg)
{
    const int nid = signatureNid(alg);
    const bool rsa = nid == NID_sha256WithRSAEncryption || nid == NID_sha384WithRSAEncryption
            || nid == NID_sha512WithRSAEncryption;
    return X509_ALGOR_set0(algor, OBJ_nid2obj(nid), rsa ? V_ASN1_NULL : V_ASN1_UNDEF, nullptr) == 1;
}

// Digest of the TBS, signed by the signer, returned in X.509 form (RSA as is, ECDSA as DER).
Result<QByteArray> signTbs(const QByteArray &tbs, SignAlg alg, const KeySpec &spec, const DigestSigner &signer)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(tbs.constData(), std::size_t(tbs.size()), evp::uc(digest), &length, evp::digestMd(signDigest(alg)),
                   nullptr)
        != 1)
        return cryptoFailure(QStringLiteral("digest of the request failed"));
    digest.resize(int(length));
    if (!signer)
        return Error(ErrorCode::Internal, QStringLiteral("no signer given"));
    Result<QByteArray> signature = signer(alg, digest);
    if (!signature)
        return signature.error();
    if (spec.type == KeyType::Ec && spec.curve) {
        Result<QByteArray> der = keyencoding::ecdsaRawToDer(*signature, *spec.curve);
        if (!der)
            return Error(
                    ErrorCode::Crypto,
                    QStringLiteral("the key returned a malformed ECDSA signature (%1)").arg(der.error().context()));
        return *der;
    }
    return signature;
}

QByteArray derLength(qsizetype length)
{
    QByteArray out;
    if (length < 0x80) {
        out.append(char(length));
        return out;
    }
    QByteArray bytes;
    for (qsizetype v = length; v > 0; v >>= 8)
        bytes.prepend(char(v & 0xff));
    out.append(char(0x80 | bytes.size()));
    out.append(bytes);
    return out;
}

QByteArray derTlv(char tag, const QByteArray &content)
{
    return QByteArray(1, tag) + derLength(content.size()) + content;
}

template<typename T, typename Fn>
QByteArray encode(T *object, Fn i2d)
{
    unsigned char *out = nullptr;
    const int length = i2d(object, &out);
    if (length <= 0 || !out)
        return {};
    QByteArray bytes(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    return bytes;
}

Result<IntegerPtr> randomSerial()
{
    for (int attempt = 0; attempt < 4; ++attempt) {
        QByteArray bytes = randomBytes(16);
        bytes[0] = char(uchar(bytes.at(0)) & 0x7f); // positive
        BnPtr bn(BN_bin2bn(evp::uc(bytes), int(bytes.size()), nullptr));
        if (!bn)
            return cryptoFailure(QStringLiteral("out of memory"));
        if (BN_is_zero(bn.get()))
            continue;
        IntegerPtr serial(BN_to_ASN1_INTEGER(bn.get(), nullptr));
        if (!serial)
            return cryptoFailure(QStringLiteral("out of memory"));
        return serial;
    }
    return cryptoFailure(QStringLiteral("the random generator gave zero serials"));
}

} // namespace

SignAlg signatureAlgorithmFor(const KeySpec &spec)
{
    if (spec.type != KeyType::Ec || !spec.curve)
        return SignAlg::RS256;
    switch (*spec.curve) {
    case Curve::P256: return SignAlg::ES256;
    case Curve::P256K: return SignAlg::ES256K;
    case Curve::P384: return SignAlg::ES384;
    case Curve::P521: return SignAlg::ES512;
    }
    return SignAlg::ES256;
}

Result<void> validateSubject(const QString &subject)
{
    Result<NamePtr> name = buildName(subject);
    if (!name)
        return name.error();
    return {};
}

Result<QByteArray> buildCsrDer(const BuildRequest &request, const DigestSigner &signer)
{
    const ErrorQueueMark mark;
    Result<PkeyPtr> key = readPublicKey(request);
    if (!key)
        return key.error();
    Result<NamePtr> name = buildName(request.subject);
    if (!name)
        return name.error();
    Result<ExtensionsPtr> extensions = makeExtensions(request, false, {});
    if (!extensions)
        return extensions.error();

    const SignAlg alg = signatureAlgorithmFor(request.spec);
    X509ReqPtr req(X509_REQ_new());
    AlgorPtr algor(X509_ALGOR_new());
    if (!req || !algor || X509_REQ_set_version(req.get(), 0) != 1
        || X509_REQ_set_subject_name(req.get(), name->get()) != 1 || X509_REQ_set_pubkey(req.get(), key->get()) != 1
        || X509_REQ_add_extensions(req.get(), extensions->get()) != 1 || !setAlgorithm(algor.get(), alg)
        || X509_REQ_set1_signature_algo(req.get(), algor.get()) != 1)
        return cryptoFailure(QStringLiteral("the certificate request cannot be assembled"));

    const QByteArray tbs = encode(req.get(), i2d_re_X509_REQ_tbs);
    if (tbs.isEmpty())
        return cryptoFailure(QStringLiteral("the certificate request cannot be encoded"));
    Result<QByteArray> signature = signTbs(tbs, alg, request.spec, signer);
    if (!signature)
        return signature.error();

    BitStringPtr bits(ASN1_BIT_STRING_new());
    if (!bits || ASN1_BIT_STRING_set(bits.get(), evp::uc(*signature), int(signature->size())) != 1)
        return cryptoFailure(QStringLiteral("out of memory"));
    // P7: 0 unused bits, stated explicitly, so that OpenSSL does not trim trailing zero bytes of the signature.
    bits->flags &= ~0x07L;
    bits->flags |= ASN1_STRING_FLAG_BITS_LEFT;
    X509_REQ_set0_signature(req.get(), bits.release());

    if (X509_REQ_verify(req.get(), key->get()) != 1)
        return cryptoFailure(QStringLiteral("the request's signature does not verify with its public key (the signing "
                                            "key is not the request's key)"));
    const QByteArray der = encode(req.get(), i2d_X509_REQ);
    if (der.isEmpty())
        return cryptoFailure(QStringLiteral("the certificate request cannot be encoded"));
    return der;
}

Result<X509Certificate> buildSelfSigned(const BuildRequest &request, const DigestSigner &signer)
{
    const ErrorQueueMark mark;
    if (!request.notBefore.isValid() || !request.notAfter.isValid() || request.notAfter <= request.notBefore)
        return invalid(QStringLiteral("the validity period is empty (notAfter must be after notBefore)"));
    Result<PkeyPtr> key = readPublicKey(request);
    if (!key)
        return key.error();
    Result<NamePtr> name = buildName(request.subject);
    if (!name)
        return name.error();
    Result<IntegerPtr> serial = randomSerial();
    if (!serial)
        return serial.error();

    const SignAlg alg = signatureAlgorithmFor(request.spec);
    X509Ptr x509(X509_new());
    if (!x509 || X509_set_version(x509.get(), 2) != 1 || X509_set_serialNumber(x509.get(), serial->get()) != 1
        || X509_set_subject_name(x509.get(), name->get()) != 1 || X509_set_issuer_name(x509.get(), name->get()) != 1
        || !ASN1_TIME_set(X509_getm_notBefore(x509.get()), time_t(request.notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(x509.get()), time_t(request.notAfter.toSecsSinceEpoch()))
        || X509_set_pubkey(x509.get(), key->get()) != 1)
        return cryptoFailure(QStringLiteral("the certificate cannot be assembled"));

    // SKI: SHA-1 of the subjectPublicKey BIT STRING (RFC 5280 §4.2.1.2 method 1); AKI keyid = SKI (self-signed).
    unsigned char keyHash[EVP_MAX_MD_SIZE];
    unsigned int keyHashLength = 0;
    if (X509_pubkey_digest(x509.get(), EVP_sha1(), keyHash, &keyHashLength) != 1)
        return cryptoFailure(QStringLiteral("the key identifier cannot be computed"));
    const QByteArray keyId(reinterpret_cast<const char *>(keyHash), int(keyHashLength));
    Result<ExtensionsPtr> extensions = makeExtensions(request, true, keyId);
    if (!extensions)
        return extensions.error();
    for (int i = 0; i < sk_X509_EXTENSION_num(extensions->get()); ++i) {
        if (X509_add_ext(x509.get(), sk_X509_EXTENSION_value(extensions->get(), i), -1) != 1)
            return cryptoFailure(QStringLiteral("the certificate extensions cannot be added"));
    }

    // P5: OpenSSL 3.0 has no setter for a certificate's signature. Set the TBS algorithm, sign the TBS, and write
    // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm (the same), signatureValue BIT STRING }.
    auto *tbsAlgor = const_cast<X509_ALGOR *>(X509_get0_tbs_sigalg(x509.get()));
    if (!tbsAlgor || !setAlgorithm(tbsAlgor, alg))
        return cryptoFailure(QStringLiteral("the signature algorithm cannot be set"));
    const QByteArray tbs = encode(x509.get(), i2d_re_X509_tbs);
    const QByteArray algorDer = encode(tbsAlgor, i2d_X509_ALGOR);
    if (tbs.isEmpty() || algorDer.isEmpty())
        return cryptoFailure(QStringLiteral("the certificate cannot be encoded"));
    Result<QByteArray> signature = signTbs(tbs, alg, request.spec, signer);
    if (!signature)
        return signature.error();
    const QByteArray der = derTlv(0x30, tbs + algorDer + derTlv(0x03, QByteArray(1, '\0') + *signature));

    Result<X509Certificate> certificate = X509Certificate::fromDer(der);
    if (!certificate)
        return cryptoFailure(
                QStringLiteral("the signed certificate does not parse (%1)").arg(certificate.error().context()));
    if (X509_verify(static_cast<X509 *>(certificate->x509()), key->get()) != 1)
        return cryptoFailure(QStringLiteral("the certificate's signature does not verify with its public key (the "
                                            "signing key is not the certificate's key)"));
    return certificate;
}

QByteArray csrPem(const QByteArray &csrDer)
{
    const QByteArray base64 = csrDer.toBase64();
    QByteArray pem("-----BEGIN CERTIFICATE REQUEST-----\n");
    for (qsizetype i = 0; i < base64.size(); i += 64) {
        pem.append(base64.mid(i, 64));
        pem.append('\n');
    }
    pem.append("-----END CERTIFICATE REQUEST-----\n");
    return pem;
}

} // namespace coffer::crypto
