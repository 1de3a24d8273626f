#include "models/ScheduleModel.h"

#include "core/vault/ObjectTypes.h"
#include "models/TimeFormat.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace coffer::models {

using rotation::EventKind;
using rotation::PlanEvent;

namespace {

bool sameVersion(const ScheduleVersion &a, const ScheduleVersion &b)
{
    return a.version == b.version && a.enabled == b.enabled && a.created == b.created && a.notBefore == b.notBefore
            && a.expires == b.expires;
}

bool sameEntry(const ScheduleEntry &a, const ScheduleEntry &b)
{
    return a.kind == b.kind && a.name == b.name && a.hasPolicy == b.hasPolicy && a.policySummary == b.policySummary
            && a.events == b.events && a.truncated == b.truncated && a.notScheduledReason == b.notScheduledReason
            && a.state == b.state && a.nextAction == b.nextAction
            && std::equal(a.versions.cbegin(), a.versions.cend(), b.versions.cbegin(), b.versions.cend(), sameVersion);
}

bool isAction(EventKind kind)
{
    return kind == EventKind::Rotate || kind == EventKind::Renew || kind == EventKind::Notify
            || kind == EventKind::Expire;
}

} // namespace

ScheduleModel::ScheduleModel(QObject *parent)
    : DiffingTableModel<ScheduleEntry>(parent)
{ }

QString ScheduleModel::makeId(ObjectKind kind, const QString &name)
{
    return objectKindPath(kind) + u'/' + name;
}

void ScheduleModel::setSchedule(const Schedule &schedule)
{
    m_schedule = schedule;
    std::stable_sort(m_schedule.entries.begin(), m_schedule.entries.end(),
                     [](const ScheduleEntry &a, const ScheduleEntry &b) {
                         if (a.kind != b.kind)
                             return int(a.kind) < int(b.kind);
                         return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                     });
    m_hasSchedule = true;
    refilter();
}

void ScheduleModel::clear()
{
    m_schedule = {};
    m_hasSchedule = false;
    clearItems();
}

bool ScheduleModel::hasAnythingScheduled() const
{
    for (const ScheduleEntry &entry : m_schedule.entries)
        for (const PlanEvent &event : entry.events)
            if (event.kind != EventKind::VersionValid)
                return true;
    return false;
}

void ScheduleModel::setFilter(const ScheduleFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refilter();
}

void ScheduleModel::refilter()
{
    QList<ScheduleEntry> shown;
    for (const ScheduleEntry &entry : std::as_const(m_schedule.entries))
        if (matches(entry, m_filter))
            shown << entry;
    applyList(
            shown, [](const ScheduleEntry &e) { return makeId(e.kind, e.name).toCaseFolded(); }, sameEntry);
}

bool ScheduleModel::matches(const ScheduleEntry &entry, const ScheduleFilter &filter)
{
    if (!filter.kinds.isEmpty() && !filter.kinds.contains(entry.kind))
        return false;
    if (!filter.states.isEmpty() && !filter.states.contains(entry.state))
        return false;
    const QStringList terms = filter.text.split(u' ', Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return true;
    const QString haystack = QStringList {entry.name,
                                          objectKindTitle(entry.kind),
                                          objectKindPath(entry.kind),
                                          kindGroupText(entry.kind),
                                          scheduleStateName(entry.state),
                                          stateText(entry.state),
                                          entry.policySummary}
                                     .join(u'\n');
    return std::all_of(terms.cbegin(), terms.cend(),
                       [&](const QString &term) { return haystack.contains(term, Qt::CaseInsensitive); });
}

QList<ScheduleModel::Group> ScheduleModel::groups() const
{
    QList<Group> result;
    for (int row = 0; row < m_items.size(); ++row) {
        const ObjectKind kind = m_items.at(row).kind;
        if (result.isEmpty() || result.last().kind != kind)
            result.append({kind, row, 0});
        ++result.last().count;
    }
    return result;
}

int ScheduleModel::rowOf(ObjectKind kind, const QString &name) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).kind == kind && m_items.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

QString ScheduleModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    return makeId(m_items.at(index.row()).kind, m_items.at(index.row()).name);
}

QModelIndex ScheduleModel::indexOf(const QString &id) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (makeId(m_items.at(row).kind, m_items.at(row).name).compare(id, Qt::CaseInsensitive) == 0)
            return index(row, 0);
    return {};
}

int ScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<PlanEvent> ScheduleModel::nextEvent(const ScheduleEntry &entry)
{
    if (!entry.nextAction)
        return std::nullopt;
    for (const PlanEvent &event : entry.events)
        if (isAction(event.kind) && event.at == *entry.nextAction)
            return event;
    return std::nullopt;
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScheduleEntry &e = m_items.at(index.row());
    switch (role) {
    case KindRole: return int(e.kind);
    case NameRole: return e.name;
    case StateRole: return int(e.state);
    case NextActionRole: return e.nextAction ? *e.nextAction : QDateTime();
    case IdRole: return makeId(e.kind, e.name);
    default: break;
    }
    const std::optional<PlanEvent> next = nextEvent(e);
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case NameColumn: return e.name;
        case KindColumn: return kindGroupText(e.kind);
        case StateColumn: return stateText(e.state);
        case NextActionColumn:
            if (!e.nextAction)
                return tr("nothing planned");
            return next ? tr("%1 %2").arg(eventText(next->kind), formatTime(*e.nextAction)) : formatTime(*e.nextAction);
        case PolicyColumn: return e.hasPolicy ? e.policySummary : tr("default: %1").arg(e.policySummary);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines {e.name, stateText(e.state)};
        if (next)
            lines << tr("Next: %1 on %2 (%3)").arg(eventText(next->kind), formatTimeUtc(next->at), next->reason);
        if (!e.policySummary.isEmpty())
            lines << e.policySummary;
        if (!e.notScheduledReason.isEmpty())
            lines << e.notScheduledReason;
        return lines.join(u'\n');
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return QBrush(stateColor(e.state, isDarkPalette()));
    return {};
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case StateColumn: return tr("State");
    case NextActionColumn: return tr("Next");
    case PolicyColumn: return tr("Policy");
    case ColumnCount: break;
    }
    return {};
}

QString ScheduleModel::stateText(ScheduleState state)
{
    switch (state) {
    case ScheduleState::Ok: return tr("OK");
    case ScheduleState::Soon: return tr("Expiring soon");
    case ScheduleState::Expired: return tr("Expired");
    case ScheduleState::Overdue: return tr("Overdue");
    case ScheduleState::Disabled: return tr("Disabled");
    }
    return {};
}

QString ScheduleModel::eventText(EventKind kind)
{
    switch (kind) {
    case EventKind::VersionValid: return tr("Valid");
    case EventKind::Rotate: return tr("Rotate");
    case EventKind::Notify: return tr("Notify");
    case EventKind::Expire: return tr("Expires");
    case EventKind::NearExpiry: return tr("Expiring soon from");
    case EventKind::Overdue: return tr("Overdue");
    case EventKind::Renew: return tr("Renew");
    }
    return {};
}

QString ScheduleModel::kindGroupText(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return tr("Secrets");
    case ObjectKind::Key: return tr("Keys");
    case ObjectKind::Certificate: return tr("Certificates");
    }
    return {};
}

QColor ScheduleModel::stateColor(ScheduleState state, bool dark)
{
    switch (state) {
    case ScheduleState::Ok: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case ScheduleState::Soon: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case ScheduleState::Expired: return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case ScheduleState::Overdue: return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x7b, 0x1f, 0xa2);
    case ScheduleState::Disabled: return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x80, 0x80, 0x80);
    }
    return {};
}

bool ScheduleModel::isDarkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace coffer::models
