#include "models/DeletedItemsModel.h"

#include "core/common/Clock.h"
#include "models/ObjectActions.h"
#include "models/TimeFormat.h"

#include <algorithm>

namespace coffer::models {

namespace {
QString keyOf(const DeletedItem &item)
{
    return DeletedItemsModel::makeId(item.kind, objects::nameKey(item.info.current.name));
}
} // namespace

DeletedItemsModel::DeletedItemsModel(const Clock *clock, QObject *parent)
    : DiffingTableModel(parent)
    , m_clock(clock)
{ }

int DeletedItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeletedItemsModel::makeId(ObjectKind kind, const QString &name)
{
    return objectKindPath(kind) + u'/' + name;
}

QString DeletedItemsModel::kindText(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return tr("Secret");
    case ObjectKind::Key: return tr("Key");
    case ObjectKind::Certificate: return tr("Certificate");
    }
    return {};
}

QVariant DeletedItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeletedItem &item = m_items.at(index.row());
    const QDateTime now = m_clock->now();
    const actions::DeletedSelection selection {true, m_purgeProtection, item.info.scheduledPurgeDate};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return item.info.current.name;
        case KindColumn: return kindText(item.kind);
        case DeletedColumn: return formatTime(item.info.deletedDate);
        case ScheduledPurgeColumn: return formatTime(item.info.scheduledPurgeDate);
        case CountdownColumn: return purgeCountdownText(now, item.info.scheduledPurgeDate);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return item.info.recoveryId();
        case DeletedColumn: return formatTimeUtc(item.info.deletedDate);
        case ScheduledPurgeColumn: return formatTimeUtc(item.info.scheduledPurgeDate);
        case CountdownColumn:
            return actions::canPurge(selection, now) ? QString() : actions::purgeBlockedReason(selection, now);
        }
        return {};
    case IdRole: return makeId(item.kind, item.info.current.name);
    case KindRole: return int(item.kind);
    case NameRole: return item.info.current.name;
    case ScheduledPurgeRole: return item.info.scheduledPurgeDate;
    case PurgeAllowedRole: return actions::canPurge(selection, now);
    default: return {};
    }
}

QVariant DeletedItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Type");
    case DeletedColumn: return tr("Deleted");
    case ScheduledPurgeColumn: return tr("Scheduled purge");
    case CountdownColumn: return tr("Purge");
    }
    return {};
}

void DeletedItemsModel::setDeleted(ObjectKind kind, const QList<DeletedInfo> &items)
{
    QList<DeletedItem> incoming;
    for (const DeletedItem &item : std::as_const(m_items))
        if (item.kind != kind)
            incoming.append(item);
    for (const DeletedInfo &info : items)
        incoming.append({kind, info});
    std::sort(incoming.begin(), incoming.end(), [](const DeletedItem &a, const DeletedItem &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return objects::nameKeyLess(a.info.current.name, b.info.current.name);
    });
    applyList(incoming, keyOf, [](const DeletedItem &a, const DeletedItem &b) {
        return a.info.current.name == b.info.current.name && a.info.deletedDate == b.info.deletedDate
                && a.info.scheduledPurgeDate == b.info.scheduledPurgeDate
                && a.info.current.version == b.info.current.version;
    });
}

void DeletedItemsModel::setPurgeProtection(bool on)
{
    if (m_purgeProtection == on)
        return;
    m_purgeProtection = on;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, CountdownColumn), index(int(m_items.size()) - 1, CountdownColumn),
                           {Qt::ToolTipRole, PurgeAllowedRole});
}

void DeletedItemsModel::clear()
{
    clearItems();
}

void DeletedItemsModel::tick()
{
    if (m_items.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, CountdownColumn), index(int(m_items.size()) - 1, CountdownColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, PurgeAllowedRole});
}

QString DeletedItemsModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    const DeletedItem &item = m_items.at(index.row());
    return makeId(item.kind, item.info.current.name);
}

QModelIndex DeletedItemsModel::indexOf(const QString &id) const
{
    const QString key = id.toLower(); // the kind path is lower case already; names compare case-insensitively
    for (int row = 0; row < m_items.size(); ++row)
        if (keyOf(m_items.at(row)).toLower() == key)
            return index(row, 0);
    return {};
}

const DeletedItem *DeletedItemsModel::itemAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return nullptr;
    return &m_items.at(row);
}

const DeletedItem *DeletedItemsModel::item(const QString &id) const
{
    const QModelIndex index = indexOf(id);
    return index.isValid() ? &m_items.at(index.row()) : nullptr;
}

} // namespace coffer::models
