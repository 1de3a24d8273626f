#include "models/NotificationModel.h"

#include "models/ScheduleModel.h"
#include "models/ScheduleOperations.h"
#include "models/TimeFormat.h"

#include <QBrush>

#include <algorithm>

namespace coffer::models {

NotificationModel::NotificationModel(QObject *parent)
    : DiffingTableModel<Notification>(parent)
{ }

void NotificationModel::setNotifications(const QList<Notification> &notifications)
{
    QList<Notification> sorted = notifications;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Notification &a, const Notification &b) {
        return a.at != b.at ? a.at > b.at : a.id > b.id;
    });
    applyList(
            sorted, [](const Notification &n) { return QString::number(n.id); },
            [](const Notification &a, const Notification &b) {
                return a.kind == b.kind && a.name == b.name && a.version == b.version && a.type == b.type
                        && a.at == b.at && a.due == b.due && a.reason == b.reason;
            });
}

void NotificationModel::clear()
{
    clearItems();
}

int NotificationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NotificationModel::typeText(NotificationType type)
{
    switch (type) {
    case NotificationType::NearExpiry: return tr("Near expiry");
    case NotificationType::Expired: return tr("Expired");
    case NotificationType::Rotated: return tr("Rotated");
    case NotificationType::Renewed: return tr("Renewed");
    case NotificationType::PendingCreated: return tr("Waiting for the CA");
    }
    return {};
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification &n = m_items.at(index.row());
    switch (role) {
    case IdRole: return n.id;
    case KindRole: return int(n.kind);
    case NameRole: return n.name;
    case TypeRole: return int(n.type);
    case AtRole: return n.at;
    default: break;
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case TimeColumn: return formatTime(n.at);
        case TypeColumn: return typeText(n.type);
        case KindColumn: return ScheduleOperations::kindText(n.kind);
        case NameColumn: return n.name;
        case VersionColumn: return n.version.left(8);
        case ReasonColumn: return n.reason;
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1 of %2 %3, version %4, recorded %5")
                              .arg(typeText(n.type), ScheduleOperations::kindText(n.kind), n.name, n.version,
                                   formatTimeUtc(n.at));
        if (n.due)
            tip += u'\n' + tr("Due since %1").arg(formatTimeUtc(*n.due));
        if (!n.reason.isEmpty())
            tip += u'\n' + n.reason;
        return tip;
    }
    if (role == Qt::ForegroundRole && index.column() == TypeColumn) {
        const bool dark = ScheduleModel::isDarkPalette();
        switch (n.type) {
        case NotificationType::NearExpiry: return QBrush(ScheduleModel::stateColor(ScheduleState::Soon, dark));
        case NotificationType::Expired: return QBrush(ScheduleModel::stateColor(ScheduleState::Expired, dark));
        case NotificationType::Rotated:
        case NotificationType::Renewed:
        case NotificationType::PendingCreated: break;
        }
    }
    return {};
}

QVariant NotificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case TypeColumn: return tr("Notice");
    case KindColumn: return tr("Kind");
    case NameColumn: return tr("Name");
    case VersionColumn: return tr("Version");
    case ReasonColumn: return tr("Reason");
    case ColumnCount: break;
    }
    return {};
}

} // namespace coffer::models
