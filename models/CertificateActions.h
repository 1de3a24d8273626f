#pragma once

#include "core/vault/CertificateTypes.h"
#include "models/ObjectActions.h"

// What the Certificates page may do, as pure functions of the selection and what the signed-in principal may do
// (unit-tested without widgets). The page binds QAction::setEnabled and the tooltips to these.
namespace coffer::models::actions {

enum class CertificateAction {
    Import,
    Create,
    Renew, // a new version from the stored policy
    Download, // the public certificate (CER/PEM/DER)
    DownloadWithKey, // PFX/PEM with the private key: exportable software keys only; SecretGet on /secrets/NAME
    DownloadCsr, // the pending request's CSR
    Merge, // the signed certificate for the pending request
    CancelRequest, // Azure's soft cancel: the request stays (marked cancelled) and can no longer be merged
    DeleteRequest, // deletes the pending request and its key
    Delete,
    Properties, // enabled and tags of a version, the policy for the next versions
    Backup,
    Restore,
    Contacts, // the vault-wide contacts EmailContacts notifications are for
    WhatIsDue, // a dry run of the due renewals and notifications
    RunDueRenewals,
};

// The selected row of the Certificates page.
struct CertificateSelection
{
    bool selected = false;
    QString name;
    bool hasCertificate = false; // false: a pending request only
    bool enabled = false;
    bool hasPending = false;
    bool pendingCancelled = false;
    bool hasPrivateKey = false;
    bool exportable = false;
    Protection keyProtection = Protection::Software;
    bool hasPolicy = false; // the certificate's policy could be read
};

access::Operation certificateOperationOf(CertificateAction action);
// Selection rules: Import/Create/Restore/Contacts/WhatIsDue/RunDueRenewals need an unlocked vault; Renew a
// certificate with a policy and no pending request; Download, Properties and Backup a certificate; DownloadWithKey
// an enabled certificate with an exportable software key; DownloadCsr and DeleteRequest a pending request; Merge and
// CancelRequest a pending request that was not cancelled; Delete a certificate (a pending-only row is removed with
// DeleteRequest).
bool certificateActionAllowedBySelection(CertificateAction action, bool unlocked,
                                         const CertificateSelection &selection);
// Why the selection rule refuses (translated; empty when allowed or nothing is selected).
QString certificateActionBlockedReason(CertificateAction action, const CertificateSelection &selection);
ActionState certificateActionState(CertificateAction action, bool unlocked, const CertificateSelection &selection,
                                   const AccessCheck &can);

} // namespace coffer::models::actions
