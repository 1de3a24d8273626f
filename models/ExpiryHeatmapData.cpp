#include "models/ExpiryHeatmapData.h"

#include "core/vault/Vault.h"
#include "models/VaultSession.h"

#include <QHash>
#include <QLocale>
#include <QTime>

#include <algorithm>

namespace coffer::models {

using rotation::EventKind;
using rotation::PlanEvent;

namespace {
bool replacesVersion(EventKind kind)
{
    return kind == EventKind::Rotate || kind == EventKind::Renew;
}

void addName(QStringList &names, const QString &name)
{
    if (!names.contains(name))
        names << name;
}
} // namespace

ObjectKind ExpiryHeatmapData::kindAt(int row)
{
    switch (row) {
    case 0: return ObjectKind::Secret;
    case 1: return ObjectKind::Key;
    default: return ObjectKind::Certificate;
    }
}

int ExpiryHeatmapData::rowOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return 0;
    case ObjectKind::Key: return 1;
    case ObjectKind::Certificate: return 2;
    }
    return 0;
}

QString ExpiryHeatmapData::kindTitle(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return tr("Secrets");
    case ObjectKind::Key: return tr("Keys");
    case ObjectKind::Certificate: return tr("Certificates");
    }
    return {};
}

ScheduleQuery ExpiryHeatmapData::query(const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    const QDate first(today.year(), today.month(), 1);
    ScheduleQuery q;
    q.from = now.toUTC();
    q.to = QDateTime(first.addMonths(kMonths), QTime(0, 0)).toUTC();
    return q;
}

ExpiryHeatmapData ExpiryHeatmapData::fromSchedule(const Schedule &schedule)
{
    ExpiryHeatmapData data;
    data.m_now = schedule.now;
    const QDate today = schedule.now.toLocalTime().date();
    data.m_firstMonth = QDate(today.year(), today.month(), 1);
    for (ObjectKind kind : schedule.hiddenKinds)
        data.m_hidden[std::size_t(rowOf(kind))] = true;
    const QDateTime soonEnd = schedule.now.addDays(kSoonDays);

    for (const ScheduleEntry &entry : schedule.entries) {
        const int row = rowOf(entry.kind);
        auto &cells = data.m_cells[std::size_t(row)];
        // The first rotation (renewal) of each generation: after it, that version is no longer the current one.
        QHash<int, QDateTime> replaced;
        for (const PlanEvent &event : entry.events) {
            if (!replacesVersion(event.kind))
                continue;
            auto it = replaced.find(event.generation);
            if (it == replaced.end() || event.at < *it)
                replaced.insert(event.generation, event.at);
        }
        bool soon = false;
        for (const PlanEvent &event : entry.events) {
            if (event.at < schedule.now)
                continue; // past facts: the totals (expired, overdue) speak of them
            const int column = data.columnOf(event.at);
            if (replacesVersion(event.kind)) {
                if (column >= 0) {
                    ++cells[std::size_t(column)].rotations;
                    addName(cells[std::size_t(column)].rotationNames, entry.name);
                }
                continue;
            }
            if (event.kind != EventKind::Expire || event.generation < 0)
                continue;
            const auto it = replaced.constFind(event.generation);
            if (it != replaced.cend() && *it <= event.at)
                continue; // rotated (renewed) before it expires
            if (column >= 0) {
                ++cells[std::size_t(column)].expiries;
                addName(cells[std::size_t(column)].expiryNames, entry.name);
            }
            if (event.generation == 0 && event.at <= soonEnd)
                soon = true;
        }
        if (soon)
            ++data.m_expiringSoon;
        if (entry.state == ScheduleState::Overdue)
            ++data.m_overdue;
        else if (entry.state == ScheduleState::Expired)
            ++data.m_expired;
    }
    return data;
}

Result<ExpiryHeatmapData> ExpiryHeatmapData::load(VaultSession *session)
{
    if (!session || !session->vault())
        return Error(ErrorCode::Cancelled, QStringLiteral("the vault is locked"));
    if (session->isBusy())
        return Error(ErrorCode::Busy, QStringLiteral("the vault is busy with background work"));
    Vault *vault = session->vault();
    auto schedule = vault->schedule(query(vault->clock().now()));
    if (!schedule)
        return schedule.error();
    return fromSchedule(*schedule);
}

int ExpiryHeatmapData::columnOf(const QDateTime &time) const
{
    if (!isValid() || !time.isValid())
        return -1;
    const QDate date = time.toLocalTime().date();
    const int column = (date.year() - m_firstMonth.year()) * 12 + (date.month() - m_firstMonth.month());
    return column >= 0 && column < kMonths ? column : -1;
}

QString ExpiryHeatmapData::monthTitle(int column) const
{
    return QLocale().toString(month(column), QStringLiteral("MMM yyyy"));
}

QString ExpiryHeatmapData::monthLongTitle(int column) const
{
    return QLocale().toString(month(column), QStringLiteral("MMMM yyyy"));
}

const HeatmapCell &ExpiryHeatmapData::cell(int row, int column) const
{
    Q_ASSERT(row >= 0 && row < kRows && column >= 0 && column < kMonths);
    return m_cells[std::size_t(row)][std::size_t(column)];
}

bool ExpiryHeatmapData::allHidden() const
{
    return std::all_of(m_hidden.begin(), m_hidden.end(), [](bool hidden) { return hidden; });
}

int ExpiryHeatmapData::maxTotal() const
{
    int most = 0;
    for (const auto &row : m_cells)
        for (const HeatmapCell &c : row)
            most = std::max(most, c.total());
    return most;
}

QString ExpiryHeatmapData::namesLine(const QStringList &names)
{
    QString line = names.mid(0, kTooltipNames).join(QStringLiteral(", "));
    if (names.size() > kTooltipNames)
        line += tr(" and %n more", nullptr, int(names.size() - kTooltipNames));
    return line;
}

QString ExpiryHeatmapData::tooltip(int row, int column) const
{
    const ObjectKind kind = kindAt(row);
    QStringList lines {tr("%1, %2").arg(kindTitle(kind), monthLongTitle(column))};
    if (isHidden(row)) {
        lines << tr("You may not list these objects.");
        return lines.join(u'\n');
    }
    const HeatmapCell &c = cell(row, column);
    if (c.isEmpty())
        lines << tr("Nothing expires or rotates.");
    if (c.expiries > 0)
        lines << tr("Expire (%1): %2").arg(c.expiries).arg(namesLine(c.expiryNames));
    if (c.rotations > 0) {
        lines << (kind == ObjectKind::Certificate ? tr("Renew (%1): %2") : tr("Rotate (%1): %2"))
                         .arg(c.rotations)
                         .arg(namesLine(c.rotationNames));
    }
    return lines.join(u'\n');
}

QString ExpiryHeatmapData::accessibleText(int row, int column) const
{
    const ObjectKind kind = kindAt(row);
    const QString where = tr("%1, %2").arg(kindTitle(kind), monthLongTitle(column));
    if (isHidden(row))
        return tr("%1: not permitted").arg(where);
    const HeatmapCell &c = cell(row, column);
    const QString expiries = tr("%n expiring", nullptr, c.expiries);
    QString rotations;
    if (kind == ObjectKind::Certificate)
        rotations = c.rotations == 1 ? tr("1 renewal") : tr("%1 renewals").arg(c.rotations);
    else
        rotations = c.rotations == 1 ? tr("1 rotation") : tr("%1 rotations").arg(c.rotations);
    return tr("%1: %2, %3").arg(where, expiries, rotations);
}

QString ExpiryHeatmapData::soonText() const
{
    return tr("Expire within %1 days: %2").arg(kSoonDays).arg(m_expiringSoon);
}

QString ExpiryHeatmapData::overdueText() const
{
    return tr("Overdue: %1").arg(m_overdue);
}

QString ExpiryHeatmapData::expiredText() const
{
    return tr("Expired: %1").arg(m_expired);
}

} // namespace coffer::models
