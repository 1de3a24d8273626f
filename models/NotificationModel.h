#pragma once

#include "core/vault/ScheduleTypes.h"
#include "models/DiffingTableModel.h"

#include <QList>
#include <QString>

namespace coffer::models {

// The vault's notices (Vault::notifications: near expiry, expired, rotated, renewed, waiting for a CA), newest
// first, as a table for the Rotation & expiry page. A fresh listing arrives as precise row changes (rows are
// keyed by the notice's id). Names, versions, dates and reasons only: a notice never holds a value.
class NotificationModel : public DiffingTableModel<Notification>
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TypeColumn, KindColumn, NameColumn, VersionColumn, ReasonColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        KindRole, // int(ObjectKind)
        NameRole,
        TypeRole, // int(NotificationType)
        AtRole, // QDateTime
    };

    explicit NotificationModel(QObject *parent = nullptr);

    // Sorted newest first (at, then id) whatever order they come in.
    void setNotifications(const QList<Notification> &notifications);
    void clear();
    const Notification &notification(int row) const { return m_items.at(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Near expiry", "Expired", "Rotated", "Renewed", "Waiting for the CA" (translated).
    static QString typeText(NotificationType type);
};

} // namespace coffer::models
