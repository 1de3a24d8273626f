#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace coffer::rotation {

// A certificate policy's lifetime actions (Azure's lifetime_actions): one trigger each.
enum class LifetimeActionType { EmailContacts, AutoRenew };
struct CertificateLifetimeAction
{
    std::optional<int> lifetimePercentage; // 1..99
    std::optional<int> daysBeforeExpiry; // 1..validityMonths*27
    LifetimeActionType action = LifetimeActionType::EmailContacts;
    friend bool operator==(const CertificateLifetimeAction &, const CertificateLifetimeAction &) = default;
};
QString lifetimeActionTypeName(LifetimeActionType type); // "EmailContacts", "AutoRenew"

// The current version of one certificate.
struct CertificateTimes
{
    QDateTime notBefore;
    QDateTime notAfter;
    std::optional<QDateTime> notifiedAt; // this version's EmailContacts notification, once sent
};

struct RenewalPlan
{
    bool renewDue = false; // AutoRenew and its trigger time has come
    bool notifyDue = false; // EmailContacts and its trigger time has come and no notification was sent
    std::optional<QDateTime> renewAt; // the trigger time of AutoRenew (also when in the past)
    std::optional<QDateTime> notifyAt;
    // Why (or why not): "80% of its lifetime (2026-10-01 12:00 UTC)", "30 days before expiry (...)",
    // "AutoRenew needs issuer Self (the issuer is Unknown): notify only".
    QString reason;
};

// The trigger time of one action: lifetime_percentage p -> notBefore + floor(p% of (notAfter - notBefore) in
// seconds); days_before_expiry d -> notAfter - d days.
QDateTime triggerTime(const CertificateLifetimeAction &action, const CertificateTimes &times);

// Pure (no clock of its own). `selfIssued`: the policy's issuer is Self (only those renew by themselves; an
// AutoRenew action of another issuer is planned as a notification instead).
RenewalPlan planRenewal(const QList<CertificateLifetimeAction> &actions, bool selfIssued, const CertificateTimes &times,
                        const QDateTime &now);

} // namespace coffer::rotation
