#include "models/CertificateRenewalText.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace coffer::models {

namespace {

QString namesOf(const QList<const CertificateRenewalStatus *> &items)
{
    QStringList names;
    for (const CertificateRenewalStatus *item : items)
        names << item->name;
    return names.join(QStringLiteral(", "));
}

} // namespace

ExpiryNotice CertificateRenewalText::expiryNotice(const QList<CertificateRenewalStatus> &schedule, const QDateTime &now,
                                                  int soonDays)
{
    QList<const CertificateRenewalStatus *> sorted;
    for (const CertificateRenewalStatus &status : schedule)
        sorted << &status;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto *a, const auto *b) { return a->notAfter < b->notAfter; });
    QList<const CertificateRenewalStatus *> expired, soon, notify;
    const QDateTime horizon = now.addDays(soonDays);
    for (const CertificateRenewalStatus *status : std::as_const(sorted)) {
        if (!status->notAfter.isValid())
            continue;
        if (status->notAfter <= now)
            expired << status;
        else if (status->notAfter <= horizon)
            soon << status;
        else if (status->notifyDue)
            notify << status;
    }
    ExpiryNotice notice;
    QStringList parts;
    if (!expired.isEmpty())
        parts << (expired.size() == 1
                          ? tr("1 certificate has expired: %1").arg(namesOf(expired))
                          : tr("%1 certificates have expired: %2").arg(expired.size()).arg(namesOf(expired)));
    if (!soon.isEmpty())
        parts << (soon.size() == 1 ? tr("1 certificate expires within %1 days: %2").arg(soonDays).arg(namesOf(soon))
                                   : tr("%1 certificates expire within %2 days: %3")
                                             .arg(soon.size())
                                             .arg(soonDays)
                                             .arg(namesOf(soon)));
    if (!notify.isEmpty())
        parts << (notify.size() == 1
                          ? tr("1 certificate is due for its expiry notice to the contacts: %1").arg(namesOf(notify))
                          : tr("%1 certificates are due for their expiry notice to the contacts: %2")
                                    .arg(notify.size())
                                    .arg(namesOf(notify)));
    for (const auto *list : {&expired, &soon, &notify})
        for (const CertificateRenewalStatus *status : *list)
            notice.names << status->name;
    notice.text = parts.join(QStringLiteral("; "));
    return notice;
}

QString CertificateRenewalText::outcomeText(CertificateRenewalOutcome::Action action)
{
    using A = CertificateRenewalOutcome::Action;
    switch (action) {
    case A::Renewed: return tr("Renewed");
    case A::PendingCreated: return tr("Request created (merge the signed certificate)");
    case A::Notified: return tr("Contacts notified");
    case A::WouldRenew: return tr("Would renew");
    case A::WouldNotify: return tr("Would notify the contacts");
    case A::Skipped: return tr("Skipped");
    case A::Failed: return tr("Failed");
    }
    return {};
}

QString CertificateRenewalText::outcomesSummary(const QList<CertificateRenewalOutcome> &outcomes)
{
    using A = CertificateRenewalOutcome::Action;
    if (outcomes.isEmpty())
        return tr("Nothing is due.");
    QHash<int, int> counts;
    for (const CertificateRenewalOutcome &outcome : outcomes)
        ++counts[int(outcome.action)];
    QStringList parts;
    const auto add = [&](A action, const QString &text) {
        if (const int n = counts.value(int(action)))
            parts << text.arg(n);
    };
    add(A::WouldRenew, tr("%1 would be renewed"));
    add(A::WouldNotify, tr("%1 would be notified"));
    add(A::Renewed, tr("%1 renewed"));
    add(A::PendingCreated, tr("%1 with a new request"));
    add(A::Notified, tr("%1 notified"));
    add(A::Skipped, tr("%1 skipped"));
    add(A::Failed, tr("%1 failed"));
    return parts.join(QStringLiteral(", "));
}

QString CertificateRenewalText::contactsProblem(const QList<CertificateContact> &contacts)
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    static const QRegularExpression phone(QStringLiteral(R"(^[0-9+\-() /.]*$)"));
    QStringList seen;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const CertificateContact &contact = contacts.at(i);
        const QString address = contact.email.trimmed();
        const int row = int(i + 1);
        if (address.isEmpty())
            return tr("Contact %1 has no email address.").arg(row);
        if (!email.match(address).hasMatch())
            return tr("Contact %1: '%2' is not an email address.").arg(row).arg(address);
        if (seen.contains(address.toLower()))
            return tr("Contact %1: %2 is listed twice.").arg(row).arg(address);
        seen << address.toLower();
        if (!phone.match(contact.phone.trimmed()).hasMatch())
            return tr("Contact %1: a phone number holds digits, spaces and + - ( ) / . only.").arg(row);
    }
    return {};
}

} // namespace coffer::models
