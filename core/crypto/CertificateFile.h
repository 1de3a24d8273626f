#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/crypto/SoftwareKey.h"
#include "core/crypto/X509Certificate.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace coffer::crypto {

enum class CertificateFormat { Pkcs12, Pem, Der };
QString certificateFormatName(CertificateFormat format); // "PKCS#12 (PFX)", "PEM", "DER"

enum class ImportWarning {
    Expired,
    NotYetValid,
    ChainIncomplete, // no self-signed root in the file (the chain ends at an issuer not given)
    WeakKey, // RSA < 2048 or < 112 security bits anywhere in the chain
    WeakSignature, // SHA-1/MD5 signature on a non-root certificate
    LegacyEncryption, // the PFX needed OpenSSL's legacy provider (RC2, ...)
    SelfSigned,
    NoPrivateKey, // stored public-only
    SkippedPemBlock, // e.g. "EC PARAMETERS"
    CaCertificateAsLeaf, // the leaf has basicConstraints CA:TRUE
};
QString importWarningName(ImportWarning kind); // "expired", "notYetValid", ... (stable, for JSON and audit)

struct ImportIssue
{
    ImportWarning kind = ImportWarning::Expired;
    QString message; // English, names the certificate ("'CN=www.example.test' expired on 2025-01-01")
    int certIndex = -1; // index into chain, or -1
};

// What a file holds, before anything is stored (the wizard's preview, `certificate import --dry-run`).
struct ParsedCertificateFile
{
    CertificateFormat format = CertificateFormat::Pem;
    bool passwordNeeded = false; // a password was needed to read it
    bool legacyEncryption = false; // read with the legacy provider
    QList<X509Certificate> chain; // ordered leaf -> root (chain[0] = leaf)
    std::optional<SoftwareKey> key; // the leaf's private key (matched); nullopt = certificate-only
    QList<ImportIssue> warnings; // never blocking
    bool chainVerified = false; // every link's signature checked (up to a root, or as far as the file goes)
};

constexpr qsizetype kMaxCertificateFileBytes = 10 * 1024 * 1024;

// Detects the format and parses. `password`: nullptr = none given. `now` (the injected clock) for the date
// warnings. Errors (each its own message; nothing is stored by the caller):
//   InvalidArgument: empty / over 10 MiB / not PEM, DER X.509 or PKCS#12 ("not a certificate") / "holds a private
//     key but no certificate" / "a certificate signing request, not a certificate" / "'CN=...' is not part of the
//     chain of 'CN=...'" (unrelated) / "the chain has a gap: the issuer 'CN=...' of 'CN=...' is missing" /
//     "the private key belongs to none of the certificates" / "two private keys" / an unsupported key type, size
//     or curve of the leaf when it has a private key (naming the supported ones: RSA 2048-4096, EC P-256,
//     P-256K, P-384, P-521). Certificate-only files accept any RSA/EC leaf (WeakKey warning) but refuse other
//     key types (Ed25519, DSA).
//   WrongCredential: "the file is password-protected; give its password" (no password given) /
//     "the password is wrong, or the file was altered" (PFX MAC) / "the private key's password is wrong" (PEM)
//   Corrupted: "the PKCS#12 file is truncated" / "the file is damaged: <reason>"
Result<ParsedCertificateFile> parseCertificateFile(QByteArrayView data, const SecureString *password,
                                                   const QDateTime &now);

// Without a password: the format and whether one is needed (the wizard decides whether to show its password page).
// certificates/keys: what can be counted without the password (PFX: -1 when encrypted).
struct FileProbe
{
    CertificateFormat format = CertificateFormat::Pem;
    bool passwordNeeded = false;
    int certificates = -1;
    int keys = -1;
    bool encryptedKey = false; // PEM: an ENCRYPTED PRIVATE KEY or Proc-Type: 4,ENCRYPTED block
};
Result<FileProbe> probeCertificateFile(QByteArrayView data);

// Certificates only (merge of a CA-signed certificate, chain files): PEM blocks (any order) or one DER
// certificate. Keys in the file are an error here ("a merge takes certificates only").
Result<QList<X509Certificate>> readCertificates(QByteArrayView data);

} // namespace coffer::crypto
