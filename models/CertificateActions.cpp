#include "models/CertificateActions.h"

#include <QCoreApplication>

namespace coffer::models::actions {

namespace {
// QT_TRANSLATE_NOOP marks the literals for lupdate; text() translates them at run time.
QString text(const char *source)
{
    return QCoreApplication::translate("coffer::models::CertificateActions", source);
}
} // namespace

access::Operation certificateOperationOf(CertificateAction action)
{
    using O = access::Operation;
    switch (action) {
    case CertificateAction::Import: return O::CertificateImport;
    case CertificateAction::Create: return O::CertificateCreate;
    case CertificateAction::Renew: return O::CertificateRenew;
    case CertificateAction::Download: return O::CertificateGet;
    case CertificateAction::DownloadWithKey: return O::SecretGet;
    case CertificateAction::DownloadCsr: return O::CertificatePendingGet;
    case CertificateAction::Merge: return O::CertificatePendingMerge;
    case CertificateAction::CancelRequest: return O::CertificatePendingUpdate;
    case CertificateAction::DeleteRequest: return O::CertificatePendingDelete;
    case CertificateAction::Delete: return O::CertificateDelete;
    case CertificateAction::Properties: return O::CertificateUpdate;
    case CertificateAction::Backup: return O::CertificateBackup;
    case CertificateAction::Restore: return O::CertificateRestore;
    case CertificateAction::Contacts: return O::CertificateContactsGet;
    case CertificateAction::WhatIsDue: return O::CertificateList;
    case CertificateAction::RunDueRenewals: return O::CertificateRenew;
    }
    return O::Count;
}

bool certificateActionAllowedBySelection(CertificateAction action, bool unlocked, const CertificateSelection &s)
{
    if (!unlocked)
        return false;
    switch (action) {
    case CertificateAction::Import:
    case CertificateAction::Create:
    case CertificateAction::Restore:
    case CertificateAction::Contacts:
    case CertificateAction::WhatIsDue:
    case CertificateAction::RunDueRenewals: return true;
    case CertificateAction::Renew: return s.selected && s.hasCertificate && s.hasPolicy && !s.hasPending;
    case CertificateAction::Download: return s.selected && s.hasCertificate;
    case CertificateAction::DownloadWithKey:
        return s.selected && s.hasCertificate && s.enabled && s.hasPrivateKey && s.exportable
                && s.keyProtection == Protection::Software;
    case CertificateAction::DownloadCsr: return s.selected && s.hasPending;
    case CertificateAction::Merge: return s.selected && s.hasPending && !s.pendingCancelled;
    case CertificateAction::CancelRequest: return s.selected && s.hasPending && !s.pendingCancelled;
    case CertificateAction::DeleteRequest: return s.selected && s.hasPending;
    case CertificateAction::Delete:
    case CertificateAction::Properties:
    case CertificateAction::Backup: return s.selected && s.hasCertificate;
    }
    return false;
}

QString certificateActionBlockedReason(CertificateAction action, const CertificateSelection &s)
{
    if (!s.selected || certificateActionAllowedBySelection(action, true, s))
        return {};
    switch (action) {
    case CertificateAction::Import:
    case CertificateAction::Create:
    case CertificateAction::Restore:
    case CertificateAction::Contacts:
    case CertificateAction::WhatIsDue:
    case CertificateAction::RunDueRenewals: return {};
    case CertificateAction::Renew:
        if (!s.hasCertificate)
            return text(QT_TRANSLATE_NOOP(
                    "coffer::models::CertificateActions",
                    "A pending request has no certificate to renew yet: merge its signed certificate first."));
        if (s.hasPending)
            return text(QT_TRANSLATE_NOOP("coffer::models::CertificateActions",
                                          "A new version is already pending: merge or cancel it first."));
        return text(QT_TRANSLATE_NOOP("coffer::models::CertificateActions",
                                      "This certificate has no policy to renew from."));
    case CertificateAction::Download:
    case CertificateAction::Delete:
    case CertificateAction::Properties:
    case CertificateAction::Backup:
        return text(QT_TRANSLATE_NOOP("coffer::models::CertificateActions", "The request has no certificate yet."));
    case CertificateAction::DownloadWithKey:
        if (!s.hasCertificate)
            return text(QT_TRANSLATE_NOOP("coffer::models::CertificateActions", "The request has no certificate yet."));
        if (!s.enabled)
            return text(QT_TRANSLATE_NOOP("coffer::models::CertificateActions", "The certificate is disabled."));
        if (!s.hasPrivateKey)
            return text(QT_TRANSLATE_NOOP("coffer::models::CertificateActions",
                                          "The certificate was imported without a private key."));
        if (s.keyProtection == Protection::Hsm)
            return text(QT_TRANSLATE_NOOP("coffer::models::CertificateActions",
                                          "The private key is on the HSM and never leaves it."));
        return text(QT_TRANSLATE_NOOP("coffer::models::CertificateActions",
                                      "The certificate's policy does not mark its key exportable."));
    case CertificateAction::DownloadCsr:
    case CertificateAction::DeleteRequest:
        return text(
                QT_TRANSLATE_NOOP("coffer::models::CertificateActions", "No request is pending for this certificate."));
    case CertificateAction::Merge:
    case CertificateAction::CancelRequest:
        if (s.pendingCancelled)
            return text(QT_TRANSLATE_NOOP("coffer::models::CertificateActions", "The request was cancelled."));
        return text(
                QT_TRANSLATE_NOOP("coffer::models::CertificateActions", "No request is pending for this certificate."));
    }
    return {};
}

ActionState certificateActionState(CertificateAction action, bool unlocked, const CertificateSelection &selection,
                                   const AccessCheck &can)
{
    const bool allowed = certificateActionAllowedBySelection(action, unlocked, selection);
    if (!allowed)
        return {false, unlocked ? certificateActionBlockedReason(action, selection) : QString()};
    if (!can)
        return {true, {}};
    const bool onKind = action == CertificateAction::Import || action == CertificateAction::Create
            || action == CertificateAction::Restore || action == CertificateAction::Contacts
            || action == CertificateAction::WhatIsDue || action == CertificateAction::RunDueRenewals
            || selection.name.isEmpty();
    // The private export reads the managed secret: the certificate roles do not reach it (as in Azure).
    const ObjectKind kind = action == CertificateAction::DownloadWithKey ? ObjectKind::Secret : ObjectKind::Certificate;
    const access::Resource resource
            = onKind ? access::Resource::kind(kind) : access::Resource::object(kind, selection.name);
    return gate(true, can(certificateOperationOf(action), resource));
}

} // namespace coffer::models::actions
