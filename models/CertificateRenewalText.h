#pragma once

#include "core/vault/CertificateTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace coffer::models {

// The Certificates page's expiry banner: certificates that have expired, expire within `soonDays`, or whose
// EmailContacts notification is due (from CertificateStore::renewalSchedule).
struct ExpiryNotice
{
    QStringList names; // each once, soonest expiry first
    QString text; // translated; empty when nothing needs attention
    bool isEmpty() const { return names.isEmpty(); }
};

// The translated words of renewals and notifications: the expiry banner, what renewDue did or would do, and the
// checks of the certificate contacts.
class CertificateRenewalText
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::CertificateRenewalText)

public:
    static ExpiryNotice expiryNotice(const QList<CertificateRenewalStatus> &schedule, const QDateTime &now,
                                     int soonDays = 30);
    // "Renewed", "Request created", "Contacts notified", "Would renew", "Would notify", "Skipped", "Failed".
    static QString outcomeText(CertificateRenewalOutcome::Action action);
    // "1 renewed, 1 with a new request, 2 notified, 1 skipped, 1 failed" (the counts that are not zero), or
    // "Nothing is due." / for a dry run "1 would be renewed, 2 would be notified".
    static QString outcomesSummary(const QList<CertificateRenewalOutcome> &outcomes);
    // Empty when the contacts can be saved; otherwise the first problem ("Contact 2: 'bob' is not an email address.").
    static QString contactsProblem(const QList<CertificateContact> &contacts);
};

} // namespace coffer::models
