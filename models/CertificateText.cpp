#include "models/CertificateText.h"

#include "models/ErrorText.h"
#include "models/KeyText.h"

namespace coffer::models {

CertificateStatus CertificateText::status(const CertificateInfo &certificate, const QDateTime &now)
{
    const ObjectAttributes &attributes = certificate.info.attributes;
    if (!attributes.enabled)
        return CertificateStatus::Disabled;
    const QDateTime notAfter = certificate.details.notAfter.isValid() ? certificate.details.notAfter
                                                                      : attributes.expires.value_or(QDateTime());
    if (notAfter.isValid() && notAfter <= now)
        return CertificateStatus::Expired;
    const QDateTime notBefore = certificate.details.notBefore.isValid() ? certificate.details.notBefore
                                                                        : attributes.notBefore.value_or(QDateTime());
    if (notBefore.isValid() && notBefore > now)
        return CertificateStatus::NotYetValid;
    return CertificateStatus::Active;
}

QString CertificateText::statusText(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Pending: return tr("Pending");
    case CertificateStatus::Disabled: return tr("Disabled");
    case CertificateStatus::Expired: return tr("Expired");
    case CertificateStatus::NotYetValid: return tr("Not yet valid");
    case CertificateStatus::Active: return tr("Active");
    }
    return {};
}

QString CertificateText::keyText(const KeySpec &spec, Protection protection)
{
    const QString size
            = spec.type == KeyType::Ec && spec.curve ? crypto::curveName(*spec.curve) : QString::number(spec.bits);
    return tr("%1 %2 · %3").arg(KeyText::typeText(spec.type), size, KeyText::protectionText(protection));
}

QString CertificateText::keyText(const CertificateInfo &certificate)
{
    const QString key = certificate.details.keyText();
    if (!certificate.hasPrivateKey)
        return tr("%1 · no private key").arg(key);
    return tr("%1 · %2").arg(key, KeyText::protectionText(certificate.keyProtection));
}

QString CertificateText::warningText(ImportWarning warning)
{
    switch (warning) {
    case ImportWarning::Expired: return tr("Expired");
    case ImportWarning::NotYetValid: return tr("Not yet valid");
    case ImportWarning::ChainIncomplete: return tr("Chain incomplete: the root is not in the file");
    case ImportWarning::WeakKey: return tr("Weak key");
    case ImportWarning::WeakSignature: return tr("Weak signature (SHA-1 or MD5)");
    case ImportWarning::LegacyEncryption: return tr("Old encryption (read with OpenSSL's legacy provider)");
    case ImportWarning::SelfSigned: return tr("Self-signed");
    case ImportWarning::NoPrivateKey: return tr("No private key: the certificate is stored public-only");
    case ImportWarning::SkippedPemBlock: return tr("A PEM block was skipped");
    case ImportWarning::CaCertificateAsLeaf: return tr("The certificate is a CA certificate");
    }
    return {};
}

QString CertificateText::keyUsageText(KeyUsageBit bit)
{
    switch (bit) {
    case KeyUsageBit::DigitalSignature: return tr("Digital signature");
    case KeyUsageBit::NonRepudiation: return tr("Non-repudiation");
    case KeyUsageBit::KeyEncipherment: return tr("Key encipherment");
    case KeyUsageBit::DataEncipherment: return tr("Data encipherment");
    case KeyUsageBit::KeyAgreement: return tr("Key agreement");
    case KeyUsageBit::KeyCertSign: return tr("Certificate signing");
    case KeyUsageBit::CrlSign: return tr("CRL signing");
    case KeyUsageBit::EncipherOnly: return tr("Encipher only");
    case KeyUsageBit::DecipherOnly: return tr("Decipher only");
    }
    return {};
}

QString CertificateText::keyUsagesText(const std::optional<KeyUsages> &usages)
{
    if (!usages)
        return tr("(no key usage extension)");
    QStringList words;
    for (KeyUsageBit bit : crypto::allKeyUsageBits())
        if (usages->testFlag(bit))
            words << keyUsageText(bit);
    return words.isEmpty() ? tr("(none)") : words.join(QStringLiteral(", "));
}

QList<EkuChoice> CertificateText::ekuChoices()
{
    return {{QStringLiteral("1.3.6.1.5.5.7.3.1"), tr("Server authentication")},
            {QStringLiteral("1.3.6.1.5.5.7.3.2"), tr("Client authentication")},
            {QStringLiteral("1.3.6.1.5.5.7.3.3"), tr("Code signing")},
            {QStringLiteral("1.3.6.1.5.5.7.3.4"), tr("Email protection")}};
}

QString CertificateText::ekuText(const QString &oid)
{
    const QList<EkuChoice> known = ekuChoices();
    for (const EkuChoice &choice : known)
        if (choice.oid == oid)
            return tr("%1 (%2)").arg(choice.label, oid);
    if (oid == QStringLiteral("1.3.6.1.5.5.7.3.8"))
        return tr("%1 (%2)").arg(tr("Time stamping"), oid);
    if (oid == QStringLiteral("1.3.6.1.5.5.7.3.9"))
        return tr("%1 (%2)").arg(tr("OCSP signing"), oid);
    return oid;
}

QString CertificateText::sanTypeText(SanType type)
{
    switch (type) {
    case SanType::Dns: return tr("DNS");
    case SanType::Email: return tr("Email");
    case SanType::Ip: return tr("IP");
    case SanType::Upn: return tr("UPN");
    case SanType::Uri: return tr("URI");
    }
    return {};
}

QString CertificateText::sansText(const QList<SubjectAltName> &sans)
{
    QStringList parts;
    for (const SubjectAltName &san : sans)
        parts << tr("%1: %2").arg(sanTypeText(san.type), san.value);
    return parts.join(QStringLiteral(", "));
}

QString CertificateText::issuerText(IssuerKind issuer)
{
    return issuer == IssuerKind::Self ? tr("Self-signed (Self)") : tr("Unknown (a CSR signed by your CA)");
}

QString CertificateText::pendingStatusText(PendingStatus status)
{
    switch (status) {
    case PendingStatus::InProgress: return tr("Waiting for the signed certificate");
    case PendingStatus::Completed: return tr("Completed");
    case PendingStatus::Cancelled: return tr("Cancelled");
    case PendingStatus::Failed: return tr("Failed");
    }
    return {};
}

QString CertificateText::lifetimeActionText(const CertificateLifetimeAction &action)
{
    const QString what
            = action.action == LifetimeActionType::AutoRenew ? tr("Renew automatically") : tr("Email contacts");
    if (action.lifetimePercentage)
        return tr("%1 at %2% of the lifetime").arg(what).arg(*action.lifetimePercentage);
    if (action.daysBeforeExpiry)
        return *action.daysBeforeExpiry == 1 ? tr("%1 1 day before expiry").arg(what)
                                             : tr("%1 %2 days before expiry").arg(what).arg(*action.daysBeforeExpiry);
    return what;
}

QString CertificateText::shortThumbprint(const CertificateDetails &details)
{
    const QString hex = details.sha1Hex();
    if (hex.size() <= 12)
        return hex;
    return hex.left(6) + QChar(0x2026) + hex.right(4);
}

QString CertificateText::forError(const Error &error, const QString &name)
{
    switch (error.code()) {
    case ErrorCode::WrongCredential: return tr("Wrong password: %1. Check it and try again.").arg(error.context());
    case ErrorCode::InvalidArgument: return tr("The request is not valid: %1").arg(error.context());
    case ErrorCode::Conflict:
        if (!error.context().isEmpty())
            return tr("%1 cannot be changed now: %2").arg(name, error.context());
        break;
    case ErrorCode::Corrupted: return tr("The file is damaged: %1").arg(error.context());
    case ErrorCode::HsmUnavailable:
        return tr("The vault's hardware security module (PKCS#11 token) cannot be used now: %1")
                .arg(error.context().isEmpty() ? tr("check that it is connected and that its PIN was given.")
                                               : error.context());
    case ErrorCode::Forbidden:
        if (!ErrorText::isAccessDenial(error))
            return tr("Not allowed: %1").arg(error.context());
        break;
    default: break;
    }
    return ErrorText::forObject(error, ObjectOp::Read, ObjectKind::Certificate, name);
}

} // namespace coffer::models
