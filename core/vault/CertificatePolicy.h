#pragma once

#include "core/common/Result.h"
#include "core/crypto/KeyAlgorithms.h"
#include "core/crypto/X509Certificate.h"
#include "core/rotation/RenewalPlanner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace coffer {

// Offline there are two issuers: Self (self-signed) and Unknown (a CSR the admin has signed elsewhere and merges).
enum class IssuerKind { Self, Unknown };
QString issuerKindName(IssuerKind kind); // "Self", "Unknown"

using rotation::CertificateLifetimeAction;
using rotation::LifetimeActionType;

inline const QString kContentTypePkcs12 = QStringLiteral("application/x-pkcs12");
inline const QString kContentTypePem = QStringLiteral("application/x-pem-file");

// Azure's CertificatePolicy (REST 7.4), with IP SANs as a Coffer extension (x509_props.sans.ip_addresses).
struct CertificatePolicy
{
    // key_props
    crypto::KeyType kty = crypto::KeyType::Rsa; // RSA or EC
    crypto::Protection protection = crypto::Protection::Software; // kty "RSA-HSM"/"EC-HSM"
    int keySize = 2048; // RSA: 2048, 3072, 4096
    std::optional<crypto::Curve> curve; // EC (default P-256 when kty is EC and crv absent)
    bool exportable = true; // refused with HSM
    bool reuseKey = false; // renewal keeps the key
    // secret_props
    QString contentType = kContentTypePkcs12; // or kContentTypePem
    // x509_props
    QString subject; // "CN=www.example.test, O=Coffer"
    QStringList dnsNames, emails, upns, ipAddresses;
    QStringList ekus; // dotted OIDs
    std::optional<crypto::KeyUsages> keyUsage; // nullopt = the default (digitalSignature, keyEncipherment)
    int validityMonths = 12; // 1..1200
    QList<CertificateLifetimeAction> lifetimeActions;
    // issuer
    IssuerKind issuer = IssuerKind::Self;
    QString certificateType; // issuer.cty (kept, not used)
    bool certTransparency = false;
    // attributes (of the policy itself)
    bool enabled = true;
    std::optional<QDateTime> created, updated;

    crypto::KeySpec keySpec() const;
    crypto::KeyUsages effectiveKeyUsage() const;
    // The key_ops of the managed key from the key usage (Azure's table): digitalSignature/keyCertSign/
    // nonRepudiation/cRLSign -> sign, verify; keyEncipherment -> wrapKey, unwrapKey; dataEncipherment -> encrypt,
    // decrypt; encipherOnly -> encrypt; decipherOnly -> decrypt. EC keys drop encrypt/decrypt/wrap/unwrap.
    crypto::KeyOps keyOps() const;
    QList<crypto::SubjectAltName> sans() const;

    // `az keyvault certificate get-default-policy` (scaffold = its --scaffold variant).
    static CertificatePolicy defaultPolicy(bool scaffold = false);
    // The policy Azure makes for an imported certificate: subject, SANs, EKUs, key usage and validity from the
    // leaf, key_props from its key, issuer Self when self-signed (else Unknown), EmailContacts at 80%.
    static CertificatePolicy fromCertificate(const crypto::CertificateDetails &leaf, bool exportable);

    // Azure's JSON. Syntax errors and unknown fields -> InvalidArgument naming the field (then validate()).
    // Partial JSON fills from defaultPolicy's service defaults (reuse_key false).
    static Result<CertificatePolicy> fromJson(const QJsonObject &json);
    QJsonObject toJson(const QString &id = {}) const; // id ".../certificates/NAME/policy" when given
    // Azure's rules (InvalidArgument naming the rule): kty RSA/EC only, RSA 2048/3072/4096, the four curves, HSM
    // not exportable, subject required and parseable, validity 1..1200 months, lifetime_percentage 1..99,
    // days_before_expiry 1..validityMonths*27, one trigger per action, at most one action per type, AutoRenew
    // needs issuer Self, contentType one of the two, SAN syntax (DNS names, emails, IPs).
    Result<void> validate() const;
};

} // namespace coffer
