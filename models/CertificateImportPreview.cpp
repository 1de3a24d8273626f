#include "models/CertificateImportPreview.h"

#include <QRegularExpression>

namespace coffer::models {

namespace {

QString day(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

// The names core puts in quotes in its (English) messages: "the issuer 'CN=a' of 'CN=b' is missing".
QStringList quotedNames(const QString &context)
{
    static const QRegularExpression quoted(QStringLiteral("'([^']+)'"));
    QStringList names;
    auto it = quoted.globalMatch(context);
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

QString certificatesText(int n)
{
    return n == 1 ? CertificateImportPreview::tr("1 certificate")
                  : CertificateImportPreview::tr("%1 certificates").arg(n);
}

QString keysText(int n, bool encrypted)
{
    if (n <= 0)
        return CertificateImportPreview::tr("no private key");
    if (encrypted)
        return n == 1 ? CertificateImportPreview::tr("1 encrypted private key")
                      : CertificateImportPreview::tr("%1 encrypted private keys").arg(n);
    return n == 1 ? CertificateImportPreview::tr("1 private key")
                  : CertificateImportPreview::tr("%1 private keys").arg(n);
}

const crypto::CertificateDetails *detailsAt(const QList<crypto::CertificateDetails> &chain, int index)
{
    if (index < 0 || index >= chain.size())
        return nullptr;
    return &chain.at(index);
}

} // namespace

QString CertificateImportPreview::roleText(Role role)
{
    switch (role) {
    case Role::Leaf: return tr("Leaf");
    case Role::Intermediate: return tr("Intermediate");
    case Role::Root: return tr("Root");
    }
    return {};
}

QString CertificateImportPreview::detectedText(const crypto::FileProbe &probe)
{
    switch (probe.format) {
    case crypto::CertificateFormat::Pkcs12:
        if (probe.passwordNeeded)
            return tr("PKCS#12 (PFX), password-protected");
        if (probe.certificates >= 0)
            return tr("PKCS#12 (PFX), no password: %1, %2")
                    .arg(certificatesText(probe.certificates), keysText(probe.keys, false));
        return tr("PKCS#12 (PFX), no password");
    case crypto::CertificateFormat::Pem:
        return tr("PEM bundle: %1, %2")
                .arg(certificatesText(qMax(probe.certificates, 0)), keysText(probe.keys, probe.encryptedKey));
    case crypto::CertificateFormat::Der: return tr("DER certificate");
    }
    return {};
}

QString CertificateImportPreview::warningText(const crypto::ImportIssue &issue,
                                              const QList<crypto::X509Certificate> &chain)
{
    QList<crypto::CertificateDetails> details;
    details.reserve(chain.size());
    for (const crypto::X509Certificate &cert : chain)
        details << cert.details();
    return warningText(issue, details);
}

QString CertificateImportPreview::warningText(const crypto::ImportIssue &issue,
                                              const QList<crypto::CertificateDetails> &chain)
{
    const crypto::CertificateDetails *cert = detailsAt(chain, issue.certIndex);
    if (!cert && !chain.isEmpty())
        cert = &chain.first();
    const QString subject = cert ? cert->subject : QString();
    switch (issue.kind) {
    case ImportWarning::Expired:
        if (cert)
            return tr("Expired: '%1' was valid until %2.").arg(subject, day(cert->notAfter));
        return tr("Expired: a certificate of the file is no longer valid.");
    case ImportWarning::NotYetValid:
        if (cert)
            return tr("Not yet valid: '%1' is valid from %2.").arg(subject, day(cert->notBefore));
        return tr("Not yet valid: a certificate of the file is not valid yet.");
    case ImportWarning::ChainIncomplete:
        if (!chain.isEmpty() && chain.last().selfSigned)
            return tr("Chain not verified: a signature in the chain does not check out.");
        if (!chain.isEmpty())
            return tr("Chain incomplete: the issuer '%1' of '%2' is not in the file; the chain is stored as far as "
                      "it goes.")
                    .arg(chain.last().issuer, chain.last().subject);
        return tr("Chain incomplete: the root is not in the file.");
    case ImportWarning::WeakKey:
        if (cert)
            return tr("Weak key: '%1' has a %2 key (under 112 bits of security).").arg(subject, cert->keyText());
        return tr("Weak key: a certificate of the file has a key under 112 bits of security.");
    case ImportWarning::WeakSignature:
        if (cert)
            return tr("Weak signature: '%1' is signed with %2.").arg(subject, cert->signatureAlgorithm);
        return tr("Weak signature: a certificate is signed with SHA-1 or MD5.");
    case ImportWarning::LegacyEncryption:
        return tr("Old encryption (RC2): the file was read with OpenSSL's legacy provider. Export it again with "
                  "AES when you can.");
    case ImportWarning::SelfSigned:
        return tr("Self-signed: '%1' is its own issuer; only those who trust it directly will accept it.").arg(subject);
    case ImportWarning::NoPrivateKey:
        return tr("No private key: the certificate is stored public-only (no managed key).");
    case ImportWarning::SkippedPemBlock: {
        const QStringList names = quotedNames(issue.message);
        if (!names.isEmpty())
            return tr("Skipped: a PEM block '%1' that is neither a certificate nor a private key.").arg(names.first());
        return tr("Skipped: a PEM block that is neither a certificate nor a private key.");
    }
    case ImportWarning::CaCertificateAsLeaf:
        return tr("CA certificate as leaf: '%1' is a certificate authority (CA:TRUE), not an end-entity "
                  "certificate.")
                .arg(subject);
    }
    return issue.message;
}

CertificateImportPreview::Blocking CertificateImportPreview::classify(const Error &error)
{
    const QString text = error.context().toLower();
    switch (error.code()) {
    case ErrorCode::Corrupted: return Blocking::Corrupt;
    case ErrorCode::WrongCredential: return Blocking::WrongPassword;
    case ErrorCode::InvalidArgument:
        if (text.contains(u"belongs to none") || text.contains(u"does not match"))
            return Blocking::KeyMismatch;
        if (text.contains(u"gap"))
            return Blocking::ChainGap;
        if (text.contains(u"not part of the chain") || text.contains(u"unrelated"))
            return Blocking::Unrelated;
        if (text.contains(u"two private keys"))
            return Blocking::TwoKeys;
        if (text.contains(u"signing request"))
            return Blocking::SigningRequest;
        if (text.contains(u"no certificate"))
            return Blocking::KeyOnly;
        if (text.contains(u"10 mib") || text.contains(u"too large"))
            return Blocking::TooLarge;
        if (text.contains(u"empty"))
            return Blocking::Empty;
        if (text.contains(u"unsupported") || text.contains(u"supported"))
            return Blocking::UnsupportedKey;
        if (text.contains(u"not a certificate") || text.contains(u"not an x.509") || text.contains(u"not pem"))
            return Blocking::NotACertificate;
        return Blocking::Other;
    default: return Blocking::Other;
    }
}

QString CertificateImportPreview::errorText(const Error &error)
{
    const QStringList names = quotedNames(error.context());
    switch (classify(error)) {
    case Blocking::None: return {};
    case Blocking::KeyMismatch:
        return tr("Key mismatch: the private key in the file belongs to none of its certificates.");
    case Blocking::ChainGap:
        if (names.size() >= 2)
            return tr("The chain has a gap: the issuer '%1' of '%2' is missing from the file. Add the intermediate "
                      "certificate.")
                    .arg(names.at(0), names.at(1));
        return tr("The chain has a gap: an intermediate certificate is missing from the file.");
    case Blocking::Unrelated:
        if (names.size() >= 2)
            return tr("Unrelated certificates: '%1' is not part of the chain of '%2'. Remove it from the file.")
                    .arg(names.at(0), names.at(1));
        return tr("Unrelated certificates: the file holds certificates that do not form one chain.");
    case Blocking::UnsupportedKey:
        return tr("Unsupported key: the vault holds RSA 2048–4096 and EC P-256, P-256K, P-384 and P-521 keys "
                  "only. (%1)")
                .arg(error.context());
    case Blocking::Corrupt:
        if (error.context().contains(u"truncated", Qt::CaseInsensitive))
            return tr("The file is truncated: it ends before its content does.");
        return tr("The file is damaged and cannot be read.");
    case Blocking::NotACertificate:
        return tr("Not a certificate: the file is neither PEM, DER X.509 nor PKCS#12 (PFX).");
    case Blocking::KeyOnly:
        return tr("The file holds a private key but no certificate. Choose a file with the certificate too.");
    case Blocking::SigningRequest:
        return tr("The file is a certificate signing request (CSR), not a certificate. Import the certificate the "
                  "CA signed.");
    case Blocking::TwoKeys: return tr("The file holds two private keys; a certificate has one.");
    case Blocking::TooLarge: return tr("The file is over 10 MiB: too large for a certificate file.");
    case Blocking::Empty: return tr("The file is empty.");
    case Blocking::WrongPassword:
        if (error.context().contains(u"password-protected", Qt::CaseInsensitive))
            return tr("The file is password-protected: go back and give its password.");
        return tr("Wrong password — try again.");
    case Blocking::Other: break;
    }
    return tr("The file cannot be imported: %1").arg(error.context());
}

CertificateImportPreview CertificateImportPreview::fromError(const Error &error)
{
    CertificateImportPreview preview;
    preview.m_blocking = classify(error);
    if (preview.m_blocking == Blocking::None)
        preview.m_blocking = Blocking::Other;
    preview.m_blockingText = errorText(error);
    return preview;
}

CertificateImportPreview CertificateImportPreview::fromParsed(const crypto::ParsedCertificateFile &parsed,
                                                              const QDateTime &now)
{
    CertificateImportPreview preview;
    const QList<crypto::X509Certificate> &chain = parsed.chain;
    if (chain.isEmpty()) {
        preview.m_blocking = Blocking::NotACertificate;
        preview.m_blockingText = tr("Not a certificate: the file holds no certificate.");
        return preview;
    }
    const qsizetype last = chain.size() - 1;
    QStringList names;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const crypto::CertificateDetails &d = chain.at(i).details();
        Row row;
        row.role = i == 0 ? Role::Leaf : (i == last && d.selfSigned ? Role::Root : Role::Intermediate);
        row.roleText = roleText(row.role);
        row.subject = d.subject;
        row.issuer = d.issuer;
        row.validity = tr("%1 – %2").arg(day(d.notBefore), day(d.notAfter));
        row.key = d.keyText();
        row.expired = d.notAfter.isValid() && d.notAfter < now;
        row.notYetValid = d.notBefore.isValid() && d.notBefore > now;
        preview.m_rows << row;
        names << d.commonName();
    }
    const crypto::CertificateDetails &leaf = chain.first().details();
    const crypto::CertificateDetails &top = chain.last().details();
    preview.m_leaf = leaf;
    preview.m_selfSigned = leaf.selfSigned;
    preview.m_legacy = parsed.legacyEncryption;
    preview.m_hasKey = parsed.key.has_value();
    preview.m_keyText = preview.m_hasKey ? tr("Private key found; it matches the certificate.")
                                         : tr("No private key: the certificate is stored public-only.");
    preview.m_chainComplete = top.selfSigned;
    const QString path = names.join(QStringLiteral(" → "));
    if (!preview.m_chainComplete)
        preview.m_chainText = tr("%1 (incomplete: the issuer '%2' is not in the file)").arg(path, top.issuer);
    else if (parsed.chainVerified)
        preview.m_chainText = tr("%1 (complete, signatures checked)").arg(path);
    else
        preview.m_chainText = tr("%1 (complete)").arg(path);
    for (const crypto::ImportIssue &issue : parsed.warnings) {
        preview.m_warnings << warningText(issue, chain);
        preview.m_warningKinds << issue.kind;
    }
    return preview;
}

} // namespace coffer::models
