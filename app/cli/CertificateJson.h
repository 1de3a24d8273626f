#pragma once

#include "app/cli/CommandOutput.h"
#include "core/vault/CertificateTypes.h"
#include "core/vault/ObjectTypes.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace coffer::cli {

// The Key Vault REST shapes (API 7.4) of certificates, as `az keyvault certificate` prints them. Dates are IntDate
// (seconds since 1970, UTC); "cer" and "csr" are standard base64 of the DER; "x5t" is base64url of the SHA-1
// thumbprint without padding. Never private material.
//
// CertificateBundle (import, create with issuer Self, show, set-attributes, merge, renew, recover, restore):
//   {"id", "kid"? (absent for a certificate-only import), "sid", "x5t", "cer", "contentType",
//    "attributes": {"enabled", "nbf", "exp", "created", "updated", "recoveryLevel", "recoverableDays"},
//    "tags"?, "policy"? (CertificatePolicy with its "id"),
//    "coffer": {"subject", "issuer", "serialNumber", "x509ThumbprintHex" (SHA-1), "sha256ThumbprintHex",
//               "keyType" ("RSA 2048", "EC P-256"), "keyProtection": "software"|"hsm"|null, "hasPrivateKey",
//               "exportable", "issuerKind": "Self"|"Unknown", "sans": [{"type", "value"}], "ekus", "keyUsage",
//               "chain": [{"subject", "issuer", "x5t"}] (leaf first)}}
// "coffer" is Coffer's extension; Azure's own fields keep their names and meaning.
// CertificateItem (list, list-versions): {"id" (list: without the version), "x5t", "attributes", "tags"?,
//   "coffer": {"subject", "issuer", "keyType"}}; list --include-pending adds {"id": ".../pending", "pending": true,
//   "status"} items.
// DeletedCertificateBundle / Item (delete, show-deleted, list-deleted): {"id", "attributes", "tags"?,
//   "recoveryId", "deletedDate", "scheduledPurgeDate"}.
// CertificateOperation (create with issuer Unknown, renew of such, pending show|delete|cancel):
//   {"id": ".../certificates/NAME/pending", "issuer": {"name"}, "csr", "cancellation_requested", "status",
//    "status_details", "request_id", "target"?}
// Contacts: {"id": ".../certificates/contacts", "contacts": [{"email", "name"?, "phone"?}]}
namespace certjson {

QJsonObject bundle(const CertificateInfo &info, const std::optional<CertificatePolicy> &policy);
QJsonObject item(const CertificateInfo &info);
QJsonObject versionItem(const CertificateInfo &info);
QJsonObject pendingItem(const CertificateOperationInfo &operation);
QJsonObject deleted(const DeletedInfo &info);
QJsonObject operation(const CertificateOperationInfo &operation);
QJsonObject policy(const CertificatePolicy &policy, const QString &certificateBaseId);
QJsonObject contacts(const QString &vaultName, const QList<CertificateContact> &contacts);

// What a file holds (`import --dry-run`): {"format", "passwordNeeded", "legacyEncryption", "chainVerified",
// "hasPrivateKey", "key"?: {"type"}, "certificates": [details...], "warnings": [{"kind", "message", "certIndex"?}]}.
QJsonObject parsedFile(const crypto::ParsedCertificateFile &parsed);
// One certificate's parsed details.
QJsonObject details(const CertificateDetails &details);
QJsonObject warning(const ImportIssue &issue);

// renew-due: {"name", "action": "Renewed"|"PendingCreated"|"Notified"|"WouldRenew"|"WouldNotify"|"Skipped"|
// "Failed", "newVersion"?, "reason"}.
QJsonObject renewalOutcome(const CertificateRenewalOutcome &outcome);
QString renewalActionName(CertificateRenewalOutcome::Action action);

// -o table / tsv columns.
QList<TableColumn> bundleColumns(); // Name, Subject, Thumbprint, Enabled, Expires
QList<TableColumn> itemColumns();
QList<TableColumn> versionColumns();
QList<TableColumn> operationColumns(); // Name, Status, Issuer
QList<TableColumn> contactColumns();

} // namespace certjson

} // namespace coffer::cli
