#pragma once

#include "core/common/Error.h"
#include "core/vault/CertificateTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace coffer::models {

// What the import wizard's preview page shows, from a parsed certificate file or from the error that stopped the
// parse. Pure: translated texts only, no widgets, no vault. Certificate names and dates are not secrets; a
// password never reaches this class.
class CertificateImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::CertificateImportPreview)

public:
    enum class Role { Leaf, Intermediate, Root };
    // Why a file cannot be imported (each its own text; Next stays disabled).
    enum class Blocking {
        None,
        KeyMismatch, // the private key belongs to none of the certificates
        ChainGap, // an intermediate is missing between two certificates of the file
        Unrelated, // a certificate that is not part of the leaf's chain
        UnsupportedKey, // Ed25519, DSA, RSA < 2048, a curve the vault cannot hold
        Corrupt, // damaged or truncated
        NotACertificate, // not PEM, DER X.509 or PKCS#12
        KeyOnly, // a private key without a certificate
        SigningRequest, // a CSR
        TwoKeys,
        TooLarge,
        Empty,
        WrongPassword,
        Other,
    };

    struct Row
    {
        Role role = Role::Leaf;
        QString roleText; // "Leaf", "Intermediate", "Root"
        QString subject; // RFC 2253
        QString issuer;
        QString validity; // "2026-01-01 – 2027-01-01" (UTC dates)
        QString key; // "RSA 2048", "EC P-256"
        bool expired = false;
        bool notYetValid = false;
    };

    // The preview of a file that parsed. `now` comes from the injected clock.
    static CertificateImportPreview fromParsed(const crypto::ParsedCertificateFile &parsed, const QDateTime &now);
    // The preview of a file that did not: no rows, the blocking error in words.
    static CertificateImportPreview fromError(const Error &error);

    // "PKCS#12 (PFX), password-protected", "PEM bundle: 3 certificates, 1 encrypted private key", "DER
    // certificate": the File page's "what was detected" line.
    static QString detectedText(const crypto::FileProbe &probe);
    // The translated text of one warning (the parse's English message is for logs).
    static QString warningText(const crypto::ImportIssue &issue, const QList<crypto::X509Certificate> &chain);
    static QString warningText(const crypto::ImportIssue &issue, const QList<crypto::CertificateDetails> &chain);
    static QString roleText(Role role);
    static Blocking classify(const Error &error);
    // The translated text for a failed parse: what is wrong, naming the certificates concerned.
    static QString errorText(const Error &error);

    bool isBlocked() const { return m_blocking != Blocking::None; }
    Blocking blocking() const { return m_blocking; }
    const QString &blockingText() const { return m_blockingText; }
    const QList<Row> &rows() const { return m_rows; }
    const QStringList &warnings() const { return m_warnings; }
    const QList<crypto::ImportWarning> &warningKinds() const { return m_warningKinds; }
    bool hasKey() const { return m_hasKey; }
    // "Private key found; it matches the certificate" / "No private key: the certificate is stored public-only".
    const QString &keyText() const { return m_keyText; }
    // "Leaf → Intermediate → Root (complete, signatures checked)" or "… (incomplete: the root is not in the file)".
    const QString &chainText() const { return m_chainText; }
    bool chainComplete() const { return m_chainComplete; }
    bool selfSigned() const { return m_selfSigned; }
    bool legacyEncryption() const { return m_legacy; }
    // The leaf's details (for the options page and the policy); nullopt when blocked.
    const std::optional<crypto::CertificateDetails> &leaf() const { return m_leaf; }

private:
    Blocking m_blocking = Blocking::None;
    QString m_blockingText;
    QList<Row> m_rows;
    QStringList m_warnings;
    QList<crypto::ImportWarning> m_warningKinds;
    bool m_hasKey = false;
    QString m_keyText;
    QString m_chainText;
    bool m_chainComplete = false;
    bool m_selfSigned = false;
    bool m_legacy = false;
    std::optional<crypto::CertificateDetails> m_leaf;
};

} // namespace coffer::models
