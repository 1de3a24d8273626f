#include "models/VaultOverview.h"

#include "core/audit/AuditService.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/KeyStore.h"
#include "core/vault/ObjectTypes.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/Counts.h"
#include "models/ErrorText.h"
#include "models/VaultSession.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace coffer::models {

using rotation::EventKind;

namespace {

int indexOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return 0;
    case ObjectKind::Key: return 1;
    case ObjectKind::Certificate: return 2;
    }
    return 0;
}

QString countOf(ObjectKind kind, qint64 n)
{
    switch (kind) {
    case ObjectKind::Secret: return counts::secrets(n);
    case ObjectKind::Key: return counts::keys(n);
    case ObjectKind::Certificate: return counts::certificates(n);
    }
    return counts::items(n);
}

// What happens to one object in the window: rotations and renewals, the expiry of a version that is still current
// then (nothing replaces it first), and an overdue action at `now`.
void addUpcoming(const ScheduleEntry &entry, const QDateTime &now, const QDateTime &end,
                 QList<VaultOverview::Upcoming> &out)
{
    using What = VaultOverview::Upcoming::What;
    QHash<int, QDateTime> replaced; // generation → its first rotation or renewal
    for (const rotation::PlanEvent &event : entry.events)
        if ((event.kind == EventKind::Rotate || event.kind == EventKind::Renew) && !replaced.contains(event.generation))
            replaced.insert(event.generation, event.at);
    for (const rotation::PlanEvent &event : entry.events) {
        std::optional<What> what;
        QDateTime at = event.at;
        switch (event.kind) {
        case EventKind::Rotate: what = What::Rotate; break;
        case EventKind::Renew: what = What::Renew; break;
        case EventKind::Expire:
            if (event.generation >= 0
                && (!replaced.contains(event.generation) || replaced.value(event.generation) > event.at))
                what = What::Expire;
            break;
        case EventKind::Overdue:
            // An overdue rotation or renewal; a near-expiry notice not yet recorded is not worth a line here.
            if (entry.state == ScheduleState::Overdue) {
                what = What::Overdue;
                at = now;
            }
            break;
        default: break;
        }
        if (!what || at < now || at >= end)
            continue;
        if (*what != What::Overdue && event.at < now)
            continue;
        out.append({at, entry.kind, entry.name, *what, event.reason});
    }
}

} // namespace

VaultOverview VaultOverview::build(const Schedule &schedule, const VaultProperties &properties,
                                   std::optional<int> deleted, std::optional<QList<audit::AuditRecord>> recent)
{
    VaultOverview o;
    o.now = schedule.now;
    o.vaultName = properties.name;
    o.deleted = deleted;
    o.recent = std::move(recent);
    for (ObjectKind kind : {ObjectKind::Secret, ObjectKind::Key, ObjectKind::Certificate}) {
        KindCount &count = o.counts[std::size_t(indexOf(kind))];
        count.kind = kind;
        count.hidden = schedule.hiddenKinds.contains(kind);
    }

    const QDateTime end = o.now.addDays(kUpcomingDays);
    const QDateTime neverRotatedBefore = o.now.addDays(-kNeverRotatedDays);
    QStringList noKeyPolicy, neverRotated;
    std::array<QStringList, 3> expired, soon, overdue;
    for (const ScheduleEntry &entry : schedule.entries) {
        KindCount &count = o.counts[std::size_t(indexOf(entry.kind))];
        ++count.total;
        if (entry.state == ScheduleState::Disabled)
            ++count.disabled;
        if (entry.state == ScheduleState::Expired) {
            ++count.expired;
            expired[std::size_t(indexOf(entry.kind))].append(entry.name);
        }
        if (entry.state == ScheduleState::Soon)
            soon[std::size_t(indexOf(entry.kind))].append(entry.name);
        if (entry.state == ScheduleState::Overdue)
            overdue[std::size_t(indexOf(entry.kind))].append(entry.name);
        const bool active = entry.state != ScheduleState::Disabled;
        if (entry.kind == ObjectKind::Key && !entry.hasPolicy && active)
            noKeyPolicy.append(entry.name);
        if (entry.kind == ObjectKind::Secret && active && !entry.hasPolicy && entry.versions.size() == 1
            && entry.versions.first().created < neverRotatedBefore)
            neverRotated.append(entry.name);
        addUpcoming(entry, o.now, end, o.upcoming);
    }
    std::stable_sort(o.upcoming.begin(), o.upcoming.end(),
                     [](const Upcoming &a, const Upcoming &b) { return a.at < b.at; });
    if (o.upcoming.size() > kMaxUpcoming) {
        o.upcomingNotListed = int(o.upcoming.size()) - kMaxUpcoming;
        o.upcoming.resize(kMaxUpcoming);
    }

    using Severity = Warning::Severity;
    const auto warn = [&o](Severity severity, const QString &id, const QString &text, const QString &fix,
                           const QString &page, ObjectKind kind = ObjectKind::Secret, const QStringList &names = {}) {
        o.warnings.append({severity, id, text, fix, page, kind, names});
    };
    for (ObjectKind kind : {ObjectKind::Certificate, ObjectKind::Key, ObjectKind::Secret}) {
        const QStringList &names = expired[std::size_t(indexOf(kind))];
        if (!names.isEmpty())
            warn(Severity::Critical, QStringLiteral("expired-") + objectKindPath(kind),
                 tr("Expired: %1. Whatever uses them fails now.").arg(countOf(kind, names.size())),
                 kind == ObjectKind::Certificate ? tr("Renew them, or delete the ones no longer needed.")
                                                 : tr("Make a new version, or delete the ones no longer needed."),
                 QStringLiteral("rotation"), kind, names);
    }
    for (ObjectKind kind : {ObjectKind::Certificate, ObjectKind::Key, ObjectKind::Secret}) {
        const QStringList &names = overdue[std::size_t(indexOf(kind))];
        if (!names.isEmpty())
            warn(Severity::Critical, QStringLiteral("overdue-") + objectKindPath(kind),
                 tr("Overdue: %1 whose rotation or renewal was due and has not run.").arg(countOf(kind, names.size())),
                 tr("Run the due actions on the Rotation & expiry page, or check why the last run failed."),
                 QStringLiteral("rotation"), kind, names);
    }
    const QStringList &certificatesSoon = soon[std::size_t(indexOf(ObjectKind::Certificate))];
    if (!certificatesSoon.isEmpty())
        warn(Severity::Warning, QStringLiteral("certificates-expiring"),
             tr("Expiring soon: %1.").arg(countOf(ObjectKind::Certificate, certificatesSoon.size())),
             tr("Renew them before they expire, or let their policy renew them automatically."),
             QStringLiteral("certificates"), ObjectKind::Certificate, certificatesSoon);
    for (ObjectKind kind : {ObjectKind::Key, ObjectKind::Secret}) {
        const QStringList &names = soon[std::size_t(indexOf(kind))];
        if (!names.isEmpty())
            warn(Severity::Warning, QStringLiteral("expiring-") + objectKindPath(kind),
                 tr("Expiring soon: %1.").arg(countOf(kind, names.size())),
                 tr("Rotate them, or give them a rotation policy that does it on time."), QStringLiteral("rotation"),
                 kind, names);
    }
    if (!properties.purgeProtection)
        warn(Severity::Warning, QStringLiteral("purge-protection"),
             tr("Purge protection is off: anyone allowed to purge can destroy deleted objects for good before "
                "their %1 retention ends.")
                     .arg(counts::days(properties.retentionDays)),
             tr("Turn it on (it can never be turned off again)."), QStringLiteral("properties"));
    if (!noKeyPolicy.isEmpty())
        warn(Severity::Warning, QStringLiteral("keys-without-policy"),
             tr("No rotation policy: %1. They are never rotated unless someone remembers to.")
                     .arg(countOf(ObjectKind::Key, noKeyPolicy.size())),
             tr("Give each a rotation policy: on the Keys page, the key's Rotation policy tab."),
             QStringLiteral("keys"), ObjectKind::Key, noKeyPolicy);
    if (!neverRotated.isEmpty())
        warn(Severity::Info, QStringLiteral("secrets-never-rotated"),
             tr("Never rotated: %1 with one version, older than %2.")
                     .arg(countOf(ObjectKind::Secret, neverRotated.size()), counts::days(kNeverRotatedDays)),
             tr("Set a new value, or give them a rotation policy with a generator."), QStringLiteral("secrets"),
             ObjectKind::Secret, neverRotated);
    return o;
}

Result<VaultOverview> VaultOverview::load(VaultSession *session)
{
    if (!session || !session->vault())
        return Error(ErrorCode::Cancelled, QStringLiteral("the vault is locked"));
    if (session->isBusy())
        return Error(ErrorCode::Busy, QStringLiteral("the vault is busy with background work"));
    Vault *vault = session->vault();
    const QDateTime now = vault->clock().now();
    auto schedule = vault->schedule({now, now.addDays(kUpcomingDays), std::nullopt, {}});
    if (!schedule)
        return schedule.error();

    std::optional<int> deleted;
    const auto addDeleted = [&deleted](const Result<QList<DeletedInfo>> &list) -> Result<void> {
        if (list) {
            deleted = deleted.value_or(0) + int(list->size());
            return {};
        }
        return ErrorText::isAccessDenial(list.error()) ? Result<void>() : Result<void>(list.error());
    };
    if (auto r = addDeleted(vault->secrets().listDeleted()); !r)
        return r.error();
    if (auto r = addDeleted(vault->keys().listDeleted()); !r)
        return r.error();
    if (auto r = addDeleted(vault->certificates().listDeleted()); !r)
        return r.error();

    std::optional<QList<audit::AuditRecord>> recent;
    audit::AuditFilter filter;
    filter.newestFirst = true;
    filter.limit = kRecentScanned;
    auto records = vault->audit().list(filter);
    if (records) {
        recent.emplace();
        for (const audit::AuditRecord &record : std::as_const(*records)) {
            if (isRoutineRead(record))
                continue;
            recent->append(record);
            if (recent->size() == kRecentRecords)
                break;
        }
    } else if (!ErrorText::isAccessDenial(records.error())) {
        return records.error();
    }
    return build(*schedule, vault->properties(), deleted, std::move(recent));
}

bool VaultOverview::isRoutineRead(const audit::AuditRecord &record)
{
    if (record.result != audit::AuditResult::Success)
        return false;
    const QString &op = record.operation;
    return op.endsWith(QStringLiteral("List")) || op.endsWith(QStringLiteral("ListVersions"))
            || op.endsWith(QStringLiteral("ListDeleted")) || op == u"VaultScheduleGet" || op == u"VaultGet"
            || op == u"PrincipalGet"; // the console reading who is signed in
}

QString VaultOverview::kindTitle(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return tr("Secrets");
    case ObjectKind::Key: return tr("Keys");
    case ObjectKind::Certificate: return tr("Certificates");
    }
    return {};
}

QString VaultOverview::whatText(Upcoming::What what)
{
    switch (what) {
    case Upcoming::What::Rotate: return tr("rotates");
    case Upcoming::What::Renew: return tr("renews");
    case Upcoming::What::Expire: return tr("expires");
    case Upcoming::What::Overdue: return tr("overdue");
    }
    return {};
}

QString VaultOverview::countDetails(const KindCount &count)
{
    if (count.hidden)
        return tr("You may not list them.");
    QStringList parts;
    if (count.disabled > 0)
        parts << tr("%1 disabled").arg(count.disabled);
    if (count.expired > 0)
        parts << tr("%1 expired").arg(count.expired);
    return parts.isEmpty() ? tr("All enabled and valid") : parts.join(QStringLiteral(" · "));
}

QString VaultOverview::namesText(const QStringList &names)
{
    if (names.size() <= kNamesInTooltip)
        return QLocale().createSeparatedList(names);
    return tr("%1, … and %2 more")
            .arg(names.mid(0, kNamesInTooltip).join(QStringLiteral(", ")),
                 QString::number(names.size() - kNamesInTooltip));
}

} // namespace coffer::models
