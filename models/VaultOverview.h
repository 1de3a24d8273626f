#pragma once

#include "core/audit/AuditRecord.h"
#include "core/common/ObjectKind.h"
#include "core/common/Result.h"
#include "core/vault/ScheduleTypes.h"
#include "core/vault/VaultProperties.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace coffer::models {

class VaultSession;

// The Overview page of a vault (issue 9): what an admin checks first each morning. Counts per kind, what
// rotates, renews or expires in the next 30 days, the newest audit records, and warnings about risky settings
// and neglected objects, each with where to fix it. Pure apart from load(); ui/OverviewPage only shows it.
class VaultOverview
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::VaultOverview)

public:
    static constexpr int kUpcomingDays = 30;
    static constexpr int kMaxUpcoming = 200; // events listed; the rest are counted
    static constexpr int kRecentRecords = 10;
    static constexpr int kRecentScanned = 500; // newest records read to find kRecentRecords that are not routine
    static constexpr int kNeverRotatedDays = 90; // a one-version secret older than this is "never rotated"
    static constexpr int kNamesInTooltip = 10;

    struct KindCount
    {
        ObjectKind kind = ObjectKind::Secret;
        bool hidden = false; // the principal may not list this kind
        int total = 0;
        int disabled = 0; // whose current version is disabled
        int expired = 0; // whose current version has expired
    };

    struct Upcoming
    {
        QDateTime at;
        ObjectKind kind = ObjectKind::Secret;
        QString name;
        enum class What { Rotate, Renew, Expire, Overdue } what = What::Rotate;
        QString reason; // the planner's English reason ("90 days after creation")
    };

    struct Warning
    {
        enum class Severity { Info, Warning, Critical } severity = Severity::Warning;
        QString id; // stable: "purge-protection", "keys-without-policy", ... (tests, screenshots)
        QString text; // one translated sentence: what is wrong and why it matters
        QString fix; // translated: what to do
        QString page; // the workspace page that fixes it ("properties", "keys", "rotation", ...)
        ObjectKind kind = ObjectKind::Secret; // with `names`: the objects concerned
        QStringList names;
    };

    QDateTime now;
    QString vaultName;
    std::array<KindCount, 3> counts {}; // secrets, keys, certificates
    std::optional<int> deleted; // soft-deleted objects of the kinds the principal may list; unset: none may be
    QList<Upcoming> upcoming; // [now, now + 30 days), by time
    int upcomingNotListed = 0; // beyond kMaxUpcoming
    // The newest records but routine reads (isRoutineRead), newest first; unset: the principal may not read the log.
    std::optional<QList<audit::AuditRecord>> recent;
    QList<Warning> warnings; // most severe first

    // Everything but reading: `schedule` covers [now, now + 30 days); `deleted` and `recent` as above.
    static VaultOverview build(const Schedule &schedule, const VaultProperties &properties, std::optional<int> deleted,
                               std::optional<QList<audit::AuditRecord>> recent);
    // Reads the vault as the session's principal: the schedule (VaultScheduleGet), the deleted lists
    // (SecretListDeleted, KeyListDeleted, CertificateListDeleted; refused kinds are left out) and the newest audit
    // records (AuditList). Cancelled when locked, Busy while background work runs.
    static Result<VaultOverview> load(VaultSession *session);

    // A successful listing or schedule read (SecretList, KeyListDeleted, VaultScheduleGet, ...): what every page
    // and this overview do each time they are shown, left out of "recent activity" so that changes, value reads and
    // every refusal stay visible. The Audit page shows everything.
    static bool isRoutineRead(const audit::AuditRecord &record);
    static QString kindTitle(ObjectKind kind); // "Secrets", "Keys", "Certificates"
    static QString whatText(Upcoming::What what); // "rotates", "renews", "expires", "overdue"
    // "12 secrets · 1 disabled · 2 expired" and similar for one count card.
    static QString countDetails(const KindCount &count);
    // "alpha, beta, … and 3 more" for a tooltip.
    static QString namesText(const QStringList &names);
};

} // namespace coffer::models
