#pragma once

#include "core/common/ObjectKind.h"
#include "core/common/Result.h"
#include "core/vault/ScheduleTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace coffer::models {

class VaultSession;

// One month of one kind in the heatmap.
struct HeatmapCell
{
    int expiries = 0; // versions that expire while they are current (nothing rotates or renews them first)
    int rotations = 0; // planned rotations (secrets, keys) or renewals (certificates), a due one counts at `now`
    QStringList expiryNames; // the objects concerned, each once, in schedule order (kind, then name)
    QStringList rotationNames;

    int total() const { return expiries + rotations; }
    bool isEmpty() const { return total() == 0; }
};

// The Overview's "Expiry and rotation, next 12 months" (issue 8): from Vault::schedule, per kind (rows: secrets,
// keys, certificates) and month (12 columns: the month of `now` and the 11 after it, local time) the count of
// expiries and of planned rotations/renewals, and three totals. Pure apart from load(); the widget
// (ui/ExpiryHeatmap) only paints it.
//
// What counts: an Expire event of a version that is current when it expires: generation >= 0 (the current version
// or one a planned rotation makes) with no Rotate/Renew of that generation at or before the expiry. Older versions
// (generation < 0) and versions replaced before they expire do not count: nothing stops working then.
class ExpiryHeatmapData
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::ExpiryHeatmapData)

public:
    static constexpr int kMonths = 12;
    static constexpr int kRows = 3;
    static constexpr int kSoonDays = 30; // the "expire within 30 days" total
    static constexpr int kTooltipNames = 10; // names listed per line of a tooltip, then "and N more"

    // The rows, top to bottom: secrets, keys, certificates.
    static ObjectKind kindAt(int row);
    static int rowOf(ObjectKind kind);
    static QString kindTitle(ObjectKind kind); // "Secrets", "Keys", "Certificates" (translated)

    // The schedule query for the heatmap at `now`: [now, the start of the 13th month).
    static ScheduleQuery query(const QDateTime &now);
    static ExpiryHeatmapData fromSchedule(const Schedule &schedule);
    // Vault::schedule(query(clock now)) for the session (VaultScheduleGet), or its error (locked: Cancelled,
    // busy: Busy).
    static Result<ExpiryHeatmapData> load(VaultSession *session);

    bool isValid() const { return m_firstMonth.isValid(); }
    QDateTime now() const { return m_now; }
    QDate firstMonth() const { return m_firstMonth; }
    QDate month(int column) const { return m_firstMonth.addMonths(column); }
    // The column of a point in time (its local date's month), or -1 when outside the 12 months.
    int columnOf(const QDateTime &time) const;
    QString monthTitle(int column) const; // "Mar 2026"
    QString monthLongTitle(int column) const; // "March 2026"

    const HeatmapCell &cell(int row, int column) const;
    bool isHidden(int row) const { return m_hidden.at(std::size_t(row)); }
    bool allHidden() const;
    int maxTotal() const; // the largest cell total (0: an empty map)

    int expiringSoon() const { return m_expiringSoon; } // current versions expiring within 30 days of now
    int overdue() const { return m_overdue; } // objects in state Overdue
    int expired() const { return m_expired; } // objects in state Expired

    // "Keys, March 2026" then one line each for expiries and rotations with up to 10 names (translated).
    QString tooltip(int row, int column) const;
    // One line for screen readers: "Keys, March 2026: 2 expire, 1 rotation".
    QString accessibleText(int row, int column) const;
    // The totals as the page shows them.
    QString soonText() const;
    QString overdueText() const;
    QString expiredText() const;

private:
    static QString namesLine(const QStringList &names);

    QDateTime m_now;
    QDate m_firstMonth;
    std::array<std::array<HeatmapCell, kMonths>, kRows> m_cells;
    std::array<bool, kRows> m_hidden {false, false, false};
    int m_expiringSoon = 0;
    int m_overdue = 0;
    int m_expired = 0;
};

} // namespace coffer::models
