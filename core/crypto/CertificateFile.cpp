// This file uses the OpenSSL 3 API only: deprecated declarations are hidden, so using one fails to compile.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include "core/crypto/CertificateFile.h"

#include "core/crypto/CertFilePrivate.h"
#include "core/crypto/CertOpenSslPrivate.h"
#include "core/crypto/CertificateChain.h"
#include "core/crypto/KeyEncoding.h"

#include <openssl/objects.h>
#include <openssl/pem.h>

#include <vector>

namespace coffer::crypto {

namespace {

using namespace cert;

Error invalid(const QString &text)
{
    return Error(ErrorCode::InvalidArgument, text);
}

Result<void> checkSize(QByteArrayView data)
{
    if (data.isEmpty())
        return invalid(QStringLiteral("the file is empty"));
    if (data.size() > kMaxCertificateFileBytes)
        return invalid(QStringLiteral("the file is over 10 MiB (%1 bytes); certificate files are far smaller")
                               .arg(data.size()));
    return {};
}

const QByteArray kPemArmour("-----BEGIN ");

bool isKeyLabel(const QByteArray &label)
{
    return label.endsWith("PRIVATE KEY");
}

bool isCsrLabel(const QByteArray &label)
{
    return label == "CERTIFICATE REQUEST" || label == "NEW CERTIFICATE REQUEST";
}

Error csrError()
{
    return invalid(QStringLiteral("the file is a certificate signing request, not a certificate (merge the "
                                  "certificate the CA issued for it)"));
}

Error keyOnlyError()
{
    return invalid(QStringLiteral("the file holds a private key but no certificate"));
}

Error notACertificate()
{
    return invalid(QStringLiteral("not a certificate: expected PEM, a DER X.509 certificate or PKCS#12 (PFX)"));
}

// The PEM blocks of a file, in order. Corrupted when a block is damaged (bad base64, no END line).
Result<std::vector<PemBlock>> readPemBlocks(QByteArrayView data)
{
    const ErrorQueueMark mark;
    BioPtr bio(BIO_new_mem_buf(data.data(), int(data.size())));
    if (!bio)
        return Error(ErrorCode::Crypto, QStringLiteral("out of memory"));
    std::vector<PemBlock> blocks;
    for (;;) {
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *body = nullptr;
        long length = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &body, &length) != 1) {
            const unsigned long code = ERR_peek_last_error();
            if (ERR_GET_LIB(code) == ERR_LIB_PEM && ERR_GET_REASON(code) == PEM_R_NO_START_LINE)
                break;
            return Error(ErrorCode::Corrupted,
                         QStringLiteral("the file is damaged: PEM block %1 does not decode (%2)")
                                 .arg(qulonglong(blocks.size() + 1))
                                 .arg(lastErrorReason("bad PEM")));
        }
        PemBlock block;
        block.label = QByteArray(name);
        block.header = QByteArray(header);
        block.der = evp::takeSecure(body, std::size_t(length));
        OPENSSL_free(name);
        OPENSSL_free(header);
        blocks.push_back(std::move(block));
    }
    return blocks;
}

// The PEM text of a key block again (for keyencoding::readPrivateKey), in secure memory.
Result<SecureBytes> pemText(const PemBlock &block)
{
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio
        || PEM_write_bio(bio.get(), block.label.constData(), block.header.constData(), block.der.data(),
                         long(block.der.size()))
                <= 0)
        return Error(ErrorCode::Crypto, QStringLiteral("the key block cannot be re-encoded"));
    char *text = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &text);
    return SecureBytes(text, std::size_t(length));
}

Result<X509Certificate> certificateOfBlock(const PemBlock &block, qsizetype index)
{
    if (block.label == PEM_STRING_X509_TRUSTED) {
        const ErrorQueueMark mark;
        const unsigned char *p = block.der.data();
        X509Ptr x509(d2i_X509_AUX(nullptr, &p, long(block.der.size())));
        if (x509)
            return X509Certificate::fromDer(x509Der(x509.get()));
    } else {
        auto cert = X509Certificate::fromDer(block.der.view());
        if (cert)
            return cert;
    }
    return Error(ErrorCode::Corrupted,
                 QStringLiteral("the file is damaged: PEM block %1 (%2) is not a valid certificate")
                         .arg(index + 1)
                         .arg(QString::fromLatin1(block.label)));
}

bool isEncryptedKeyBlock(const PemBlock &block)
{
    return block.label == "ENCRYPTED PRIVATE KEY" || block.header.contains("ENCRYPTED");
}

// The outer DER SEQUENCE's total length (header + content) and the offset of its content, when the data starts
// with one.
struct DerShape
{
    qint64 total = 0;
    qsizetype contentOffset = 0;
};
std::optional<DerShape> outerSequence(QByteArrayView data)
{
    if (data.size() < 2 || quint8(data[0]) != 0x30)
        return std::nullopt;
    const quint8 first = quint8(data[1]);
    if (first < 0x80)
        return DerShape {2 + qint64(first), 2};
    const int count = first & 0x7f;
    if (count == 0 || count > 4 || data.size() < 2 + count)
        return std::nullopt;
    qint64 length = 0;
    for (int i = 0; i < count; ++i)
        length = (length << 8) | quint8(data[2 + i]);
    return DerShape {2 + count + length, 2 + count};
}

bool startsLikePkcs12(QByteArrayView data, const DerShape &shape)
{
    const QByteArrayView content = data.sliced(shape.contentOffset);
    return content.startsWith(QByteArrayView("\x02\x01\x03", 3));
}

bool isDerCsr(QByteArrayView data)
{
    const ErrorQueueMark mark;
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    X509ReqPtr req(d2i_X509_REQ(nullptr, &p, long(data.size())));
    return req && p == reinterpret_cast<const unsigned char *>(data.data()) + data.size();
}

bool isDerKey(QByteArrayView data)
{
    const ErrorQueueMark mark;
    const auto *begin = reinterpret_cast<const unsigned char *>(data.data());
    const auto *p = begin;
    if (Pkcs8InfoPtr p8(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(data.size()))); p8)
        return true;
    p = begin;
    if (X509_SIG *sig = d2i_X509_SIG(nullptr, &p, long(data.size()))) {
        X509_SIG_free(sig);
        return true;
    }
    p = begin;
    evp::PkeyPtr key(d2i_AutoPrivateKey(nullptr, &p, long(data.size())));
    return bool(key);
}

// DER that is neither a certificate nor PKCS#12, CSR or key: truncated, damaged or something else entirely. An outer
// SEQUENCE whose length is exactly the file's size is a damaged structure (random bytes almost never match).
Error unknownDer(QByteArrayView data)
{
    const auto shape = outerSequence(data);
    if (!shape || shape->contentOffset >= data.size())
        return notACertificate();
    const bool pkcs12 = startsLikePkcs12(data, *shape);
    if (shape->total == data.size())
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("the file is damaged: %1")
                             .arg(pkcs12 ? QStringLiteral("its PKCS#12 structure does not parse")
                                         : QStringLiteral("a DER structure that is no certificate, PKCS#12 or key")));
    const quint8 inner = quint8(data[shape->contentOffset]);
    if (shape->total > data.size() && (inner == 0x02 || inner == 0x30)) {
        if (pkcs12)
            return Error(ErrorCode::Corrupted,
                         QStringLiteral("the PKCS#12 file is truncated (%1 of %2 bytes)")
                                 .arg(data.size())
                                 .arg(shape->total));
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("the file is truncated (%1 of %2 bytes)").arg(data.size()).arg(shape->total));
    }
    return notACertificate();
}

bool isDerPkcs12(QByteArrayView data)
{
    const ErrorQueueMark mark;
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(data.size())));
    return bool(p12);
}

enum class Detected { Pem, DerCertificate, Pkcs12 };

// Detection order (plan §4.1): size, PEM armour, DER certificate, PKCS#12, then the errors: CSR, key, other.
Result<Detected> detect(QByteArrayView data)
{
    COFFER_TRY(checkSize(data));
    if (data.contains(kPemArmour))
        return Detected::Pem;
    if (X509Certificate::fromDer(data))
        return Detected::DerCertificate;
    if (isDerPkcs12(data))
        return Detected::Pkcs12;
    if (isDerCsr(data))
        return csrError();
    if (isDerKey(data))
        return keyOnlyError();
    return unknownDer(data);
}

QString dateText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

bool weakSignature(const X509Certificate &cert)
{
    int mdNid = NID_undef;
    int pkNid = NID_undef;
    if (OBJ_find_sigid_algs(X509_get_signature_nid(static_cast<X509 *>(cert.x509())), &mdNid, &pkNid) != 1)
        return false;
    return mdNid == NID_sha1 || mdNid == NID_md5 || mdNid == NID_md4 || mdNid == NID_md2;
}

void addWarnings(ParsedCertificateFile &file, const QDateTime &now)
{
    for (qsizetype i = 0; i < file.chain.size(); ++i) {
        const CertificateDetails &d = file.chain[i].details();
        const int index = int(i);
        if (now > d.notAfter)
            file.warnings.append({ImportWarning::Expired,
                                  QStringLiteral("'%1' expired on %2").arg(d.subject, dateText(d.notAfter)), index});
        if (now < d.notBefore)
            file.warnings.append({ImportWarning::NotYetValid,
                                  QStringLiteral("'%1' is not valid before %2").arg(d.subject, dateText(d.notBefore)),
                                  index});
        const bool weakRsa = d.keyType == u"RSA" && d.keyBits < 2048;
        if (weakRsa || (d.securityBits > 0 && d.securityBits < 112))
            file.warnings.append({ImportWarning::WeakKey,
                                  QStringLiteral("'%1' has a weak key (%2, %3-bit security)")
                                          .arg(d.subject, d.keyText())
                                          .arg(d.securityBits),
                                  index});
        if (!d.selfSigned && weakSignature(file.chain[i]))
            file.warnings.append(
                    {ImportWarning::WeakSignature,
                     QStringLiteral("'%1' is signed with a weak algorithm (%2)").arg(d.subject, d.signatureAlgorithm),
                     index});
    }
    const CertificateDetails &leaf = file.chain.front().details();
    if (leaf.selfSigned)
        file.warnings.append({ImportWarning::SelfSigned, QStringLiteral("'%1' is self-signed").arg(leaf.subject), 0});
    if (leaf.isCa)
        file.warnings.append({ImportWarning::CaCertificateAsLeaf,
                              QStringLiteral("'%1' is a CA certificate (basicConstraints CA:TRUE)").arg(leaf.subject),
                              0});
    if (!file.key)
        file.warnings.append({ImportWarning::NoPrivateKey,
                              QStringLiteral("the file has no private key: the certificate is stored public-only"), 0});
}

} // namespace

QString certificateFormatName(CertificateFormat format)
{
    switch (format) {
    case CertificateFormat::Pkcs12: return QStringLiteral("PKCS#12 (PFX)");
    case CertificateFormat::Pem: return QStringLiteral("PEM");
    case CertificateFormat::Der: return QStringLiteral("DER");
    }
    return {};
}

QString importWarningName(ImportWarning kind)
{
    switch (kind) {
    case ImportWarning::Expired: return QStringLiteral("expired");
    case ImportWarning::NotYetValid: return QStringLiteral("notYetValid");
    case ImportWarning::ChainIncomplete: return QStringLiteral("chainIncomplete");
    case ImportWarning::WeakKey: return QStringLiteral("weakKey");
    case ImportWarning::WeakSignature: return QStringLiteral("weakSignature");
    case ImportWarning::LegacyEncryption: return QStringLiteral("legacyEncryption");
    case ImportWarning::SelfSigned: return QStringLiteral("selfSigned");
    case ImportWarning::NoPrivateKey: return QStringLiteral("noPrivateKey");
    case ImportWarning::SkippedPemBlock: return QStringLiteral("skippedPemBlock");
    case ImportWarning::CaCertificateAsLeaf: return QStringLiteral("caCertificateAsLeaf");
    }
    return {};
}

namespace cert {

Result<ParsedCertificateFile> finishParse(ParsedCertificateFile file, QList<X509Certificate> certs,
                                          std::optional<SoftwareKey> key, const QDateTime &now)
{
    if (certs.isEmpty())
        return key ? keyOnlyError() : notACertificate();
    std::optional<QByteArray> spki;
    if (key) {
        auto der = key->publicDer();
        if (!der)
            return der.error();
        spki = *der;
    }
    auto ordered = orderChain(std::move(certs), spki);
    if (!ordered)
        return ordered.error();
    file.chain = std::move(*ordered);
    file.key = std::move(key);
    const CertificateDetails &leaf = file.chain.front().details();
    if (!file.key && leaf.keyType != u"RSA" && leaf.keyType != u"EC")
        return invalid(QStringLiteral("the certificate's %1 key is not supported (%2)")
                               .arg(leaf.keyType, evp::supportedKeysText()));
    const ChainCheck check = verifyChain(file.chain);
    file.chainVerified = check.signaturesOk;
    if (!check.signaturesOk)
        file.warnings.append(
                {ImportWarning::ChainIncomplete, QStringLiteral("the chain does not verify: %1").arg(check.error), -1});
    else if (!check.complete)
        file.warnings.append({ImportWarning::ChainIncomplete,
                              QStringLiteral("the chain ends at '%1': its issuer '%2' is not in the file")
                                      .arg(file.chain.back().details().subject, file.chain.back().details().issuer),
                              int(file.chain.size() - 1)});
    addWarnings(file, now);
    if (file.legacyEncryption)
        file.warnings.append({ImportWarning::LegacyEncryption,
                              QStringLiteral("the file uses old encryption (RC2 or similar), read with OpenSSL's "
                                             "legacy provider"),
                              -1});
    return file;
}

} // namespace cert

namespace {

Result<ParsedCertificateFile> parsePem(QByteArrayView data, const SecureString *password, const QDateTime &now)
{
    auto blocks = readPemBlocks(data);
    if (!blocks)
        return blocks.error();
    ParsedCertificateFile file;
    file.format = CertificateFormat::Pem;
    QList<X509Certificate> certs;
    std::optional<SoftwareKey> key;
    for (std::size_t i = 0; i < blocks->size(); ++i) {
        const PemBlock &block = (*blocks)[i];
        if (block.label == PEM_STRING_X509 || block.label == PEM_STRING_X509_OLD
            || block.label == PEM_STRING_X509_TRUSTED) {
            auto cert = certificateOfBlock(block, qsizetype(i));
            if (!cert)
                return cert.error();
            certs.append(std::move(*cert));
        } else if (isKeyLabel(block.label)) {
            if (key)
                return invalid(QStringLiteral("the file holds two private keys (give one certificate's key)"));
            const bool encrypted = isEncryptedKeyBlock(block);
            if (encrypted && !password)
                return Error(ErrorCode::WrongCredential,
                             QStringLiteral("the file is password-protected; give its password"));
            if (block.label == PEM_STRING_PKCS8) // "ENCRYPTED PRIVATE KEY": its PBKDF2 cost, before deriving
                COFFER_TRY(cert::checkEncryptedKeyCost(block.der.view()));
            auto text = pemText(block);
            if (!text)
                return text.error();
            auto read = keyencoding::readPrivateKey(text->view(), encrypted ? password : nullptr);
            if (!read) {
                if (read.error().code() == ErrorCode::WrongCredential)
                    return Error(ErrorCode::WrongCredential, QStringLiteral("the private key's password is wrong"));
                return Error(read.error().code(),
                             QStringLiteral("the private key cannot be used: %1").arg(read.error().context()));
            }
            file.passwordNeeded = file.passwordNeeded || encrypted;
            key = std::move(*read);
        } else if (isCsrLabel(block.label)) {
            return csrError();
        } else {
            file.warnings.append({ImportWarning::SkippedPemBlock,
                                  QStringLiteral("skipped a '%1' block").arg(QString::fromLatin1(block.label)), -1});
        }
    }
    if (blocks->empty())
        return notACertificate();
    return cert::finishParse(std::move(file), std::move(certs), std::move(key), now);
}

} // namespace

Result<ParsedCertificateFile> parseCertificateFile(QByteArrayView data, const SecureString *password,
                                                   const QDateTime &now)
{
    auto detected = detect(data);
    if (!detected)
        return detected.error();
    switch (*detected) {
    case Detected::Pem: return parsePem(data, password, now);
    case Detected::DerCertificate: {
        auto cert = X509Certificate::fromDer(data);
        if (!cert)
            return cert.error();
        ParsedCertificateFile file;
        file.format = CertificateFormat::Der;
        QList<X509Certificate> certs;
        certs.append(std::move(*cert));
        return cert::finishParse(std::move(file), std::move(certs), std::nullopt, now);
    }
    case Detected::Pkcs12: return cert::parsePkcs12(data, password, now);
    }
    return Error(ErrorCode::Internal, QStringLiteral("unknown format"));
}

Result<FileProbe> probeCertificateFile(QByteArrayView data)
{
    auto detected = detect(data);
    if (!detected)
        return detected.error();
    FileProbe probe;
    switch (*detected) {
    case Detected::Pem: {
        auto blocks = readPemBlocks(data);
        if (!blocks)
            return blocks.error();
        probe.format = CertificateFormat::Pem;
        probe.certificates = 0;
        probe.keys = 0;
        for (const PemBlock &block : *blocks) {
            if (block.label == PEM_STRING_X509 || block.label == PEM_STRING_X509_OLD
                || block.label == PEM_STRING_X509_TRUSTED) {
                ++probe.certificates;
            } else if (isKeyLabel(block.label)) {
                ++probe.keys;
                probe.encryptedKey = probe.encryptedKey || isEncryptedKeyBlock(block);
            } else if (isCsrLabel(block.label) && probe.certificates == 0) {
                return csrError();
            }
        }
        if (probe.certificates == 0)
            return probe.keys > 0 ? keyOnlyError() : notACertificate();
        probe.passwordNeeded = probe.encryptedKey;
        return probe;
    }
    case Detected::DerCertificate:
        probe.format = CertificateFormat::Der;
        probe.certificates = 1;
        probe.keys = 0;
        return probe;
    case Detected::Pkcs12: return cert::probePkcs12(data);
    }
    return Error(ErrorCode::Internal, QStringLiteral("unknown format"));
}

Result<QList<X509Certificate>> readCertificates(QByteArrayView data)
{
    auto detected = detect(data);
    if (!detected)
        return detected.error();
    QList<X509Certificate> certs;
    if (*detected == Detected::Pkcs12)
        return invalid(QStringLiteral("a merge takes certificates only (PEM or DER), not a PKCS#12 file"));
    if (*detected == Detected::DerCertificate) {
        auto cert = X509Certificate::fromDer(data);
        if (!cert)
            return cert.error();
        certs.append(std::move(*cert));
        return certs;
    }
    auto blocks = readPemBlocks(data);
    if (!blocks)
        return blocks.error();
    for (std::size_t i = 0; i < blocks->size(); ++i) {
        const PemBlock &block = (*blocks)[i];
        if (isKeyLabel(block.label))
            return invalid(QStringLiteral("a merge takes certificates only (the file holds a private key)"));
        if (isCsrLabel(block.label))
            return csrError();
        if (block.label != PEM_STRING_X509 && block.label != PEM_STRING_X509_OLD
            && block.label != PEM_STRING_X509_TRUSTED)
            continue;
        auto cert = certificateOfBlock(block, qsizetype(i));
        if (!cert)
            return cert.error();
        certs.append(std::move(*cert));
    }
    if (certs.isEmpty())
        return notACertificate();
    return certs;
}

} // namespace coffer::crypto
