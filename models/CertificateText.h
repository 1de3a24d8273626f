#pragma once

#include "core/common/Error.h"
#include "core/vault/CertificateTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace coffer::models {

// What a certificate row shows as its state (the first that applies).
enum class CertificateStatus { Pending, Disabled, Expired, NotYetValid, Active };

// A known extended key usage offered by the create wizard.
struct EkuChoice
{
    QString oid;
    QString label; // translated
};

// The translated words of the certificate pages: statuses, warnings, key usages, EKUs, SANs, issuers, lifetime
// actions, and the error texts certificates add to ErrorText's.
class CertificateText
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::CertificateText)

public:
    static CertificateStatus status(const CertificateInfo &certificate, const QDateTime &now);
    static QString statusText(CertificateStatus status); // "Active", "Disabled", "Expired", "Not yet valid", "Pending"
    // "RSA 2048 · HSM", "EC P-256 · Software", "RSA 2048 · no private key".
    static QString keyText(const CertificateInfo &certificate);
    static QString keyText(const KeySpec &spec, Protection protection);
    static QString warningText(ImportWarning warning); // "Expired", "Chain incomplete", ...
    static QString keyUsageText(KeyUsageBit bit); // "Digital signature", ...
    static QString keyUsagesText(const std::optional<KeyUsages> &usages); // "Digital signature, Key encipherment"
    static QString ekuText(const QString &oid); // "Server authentication (1.3.6.1.5.5.7.3.1)" or the OID
    static QList<EkuChoice> ekuChoices(); // serverAuth, clientAuth, codeSigning, emailProtection
    static QString sanTypeText(SanType type); // "DNS", "Email", "IP", "UPN", "URI"
    static QString sansText(const QList<SubjectAltName> &sans); // "DNS: a.example, IP: 10.0.0.1"
    static QString issuerText(IssuerKind issuer); // "Self-signed", "Unknown (CSR signed elsewhere)"
    static QString pendingStatusText(PendingStatus status);
    static QString lifetimeActionText(const CertificateLifetimeAction &action); // "Email contacts at 80% of lifetime"
    static QString shortThumbprint(const CertificateDetails &details); // "3F2A…91C0" of the SHA-1
    // Sharper texts for certificate operations; falls back to ErrorText::forCode with the core context.
    static QString forError(const Error &error, const QString &name = {});
};

} // namespace coffer::models
