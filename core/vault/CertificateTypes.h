#pragma once

#include "core/common/SecureBytes.h"
#include "core/crypto/CertificateFile.h"
#include "core/crypto/X509Certificate.h"
#include "core/vault/CertificatePolicy.h"
#include "core/vault/KeyTypes.h"
#include "core/vault/ObjectTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace coffer {

using crypto::CertificateDetails;
using crypto::ImportIssue;
using crypto::ImportWarning;
using crypto::KeyUsageBit;
using crypto::KeyUsages;
using crypto::SanType;
using crypto::SubjectAltName;

// One certificate version as the vault knows it: never private material. Its managed key (/keys/NAME) and
// secret (/secrets/NAME) have the same version id.
struct CertificateInfo
{
    VersionInfo info; // attributes.notBefore/expires mirror the X.509 validity (read-only)
    CertificateDetails details; // of the leaf
    QList<QByteArray> chainDer; // chain[0] = the leaf (Azure's cer), then up to the root
    bool hasPrivateKey = false; // false: a certificate-only import (no managed key)
    Protection keyProtection = Protection::Software;
    bool exportable = false; // the managed secret holds the private key
    IssuerKind issuer = IssuerKind::Unknown; // of the policy when this version was made
    int versionCount = 0; // list(): how many versions

    QString kid() const; // coffer://VAULT/keys/NAME/VERSION ("" without a key)
    QString sid() const; // coffer://VAULT/secrets/NAME/VERSION
    QString x5t() const { return details.x5t(); }
};

enum class PendingStatus { InProgress, Completed, Cancelled, Failed };
QString pendingStatusName(PendingStatus status); // Azure's "inProgress", "completed", "cancelled", "failed"

// Azure's CertificateOperation (issuer Unknown: a key and a CSR waiting for the signed certificate).
struct CertificateOperationInfo
{
    QString vaultName;
    QString name;
    IssuerKind issuer = IssuerKind::Unknown;
    QByteArray csrDer; // PKCS#10
    bool cancellationRequested = false;
    PendingStatus status = PendingStatus::InProgress;
    QString statusDetails; // Azure's text for inProgress: "Pending certificate created. ..."
    QString requestId;
    QString target; // the certificate id once completed
    QDateTime created;
    Protection keyProtection = Protection::Software;
    KeySpec keySpec;
    QString subject;

    QString id() const; // coffer://VAULT/certificates/NAME/pending
    QByteArray csrPem() const;
};

struct CertificateImportRequest
{
    SecureBytes data; // the file
    std::optional<SecureString> password;
    // Merged over CertificatePolicy::fromCertificate(): key_props (exportable, reuse_key), secret_props, x509
    // validity/lifetime actions, issuer. kty "-HSM" puts the key on the vault's token.
    std::optional<CertificatePolicy> policy;
    // Or a partial policy in Azure's JSON (`import --policy`): only the fields it names replace the ones read from
    // the certificate (a policy that names only lifetime_actions keeps the certificate's validity and subject).
    QJsonObject policyJson;
    std::optional<Protection> protection; // overrides the policy's (the wizard's choice)
    std::optional<bool> exportable; // overrides the policy's; default false for imports
    NewVersionAttributes attributes; // enabled and tags only (dates come from the certificate)
};

struct CertificateImportResult
{
    CertificateInfo certificate;
    QList<ImportIssue> warnings;
};

struct CertificateContact
{
    QString email;
    QString name;
    QString phone;
};

// What `renewDue` did for one certificate.
struct CertificateRenewalOutcome
{
    QString name;
    enum class Action {
        Renewed,
        PendingCreated,
        Notified,
        WouldRenew,
        WouldNotify,
        Skipped,
        Failed
    } action
            = Action::Renewed;
    QString newVersion; // Renewed
    QString reason; // why it was due, or the error
};

// Where one certificate stands (console details, the planner of issue 8).
struct CertificateRenewalStatus
{
    QString name;
    QString version;
    QDateTime notBefore;
    QDateTime notAfter;
    IssuerKind issuer = IssuerKind::Unknown;
    QList<CertificateLifetimeAction> actions;
    std::optional<QDateTime> renewAt;
    std::optional<QDateTime> notifyAt;
    std::optional<QDateTime> notifiedAt;
    bool renewDue = false;
    bool notifyDue = false;
    QString reason;
};

// Private export (`certificate export`, the console's "Download PFX/PEM"): checked as SecretGet on /secrets/NAME
// (the certificate roles do not reach it, as in Azure).
enum class CertificateExportFormat { Pfx, Pem };
struct CertificateExportRequest
{
    QString version; // empty = current
    CertificateExportFormat format = CertificateExportFormat::Pfx;
    SecureString password; // PFX only; empty = Azure's blank password
    bool compatible = false; // PFX: 3DES/SHA-1 for old Windows and Java
    // Refuse (Forbidden, saying why) when the private key cannot be included: not exportable, on the HSM, or a
    // certificate-only import. Without it such an export holds the certificates only (as Azure's secret does).
    bool requirePrivateKey = false;
};

} // namespace coffer
