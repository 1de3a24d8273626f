#pragma once

#include "core/vault/ObjectTypes.h"
#include "models/DiffingTableModel.h"
#include "models/ObjectListInterface.h"

namespace coffer {
class Clock;
}

namespace coffer::models {

// One soft-deleted object of any kind, as Manage deleted lists it.
struct DeletedItem
{
    ObjectKind kind = ObjectKind::Secret;
    DeletedInfo info;
};

// Deleted objects of every kind (secrets now; keys and certificates later) with their deleted date, scheduled
// purge date and a live countdown. Ids are "KINDPATH/NAME" ("secrets/db-password"): kind and name together.
class DeletedItemsModel : public DiffingTableModel<DeletedItem>, public ObjectListInterface
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, DeletedColumn, ScheduledPurgeColumn, CountdownColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, KindRole, NameRole, ScheduledPurgeRole, PurgeAllowedRole };

    explicit DeletedItemsModel(const Clock *clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the deleted items of one kind (precise changes); items of other kinds stay.
    void setDeleted(ObjectKind kind, const QList<DeletedInfo> &items);
    void setPurgeProtection(bool on);
    bool purgeProtection() const { return m_purgeProtection; }
    void clear();
    // Time moved on: the countdown column (and whether purge is allowed) changes; nothing else.
    void tick();

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;
    const DeletedItem *itemAt(int row) const;
    const DeletedItem *item(const QString &id) const;

    static QString makeId(ObjectKind kind, const QString &name);
    static QString kindText(ObjectKind kind);

private:
    const Clock *m_clock;
    bool m_purgeProtection = false;
};

} // namespace coffer::models
