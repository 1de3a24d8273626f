#pragma once

#include "core/vault/Keyslot.h"

#include <QAbstractTableModel>
#include <QList>

namespace coffer::models {

// The keyslots of one vault (nothing secret: type, label, id, created). Ids are keyslot ids.
class KeyslotListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TypeColumn, LabelColumn, IdColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, TypeRole };

    explicit KeyslotListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows another vault's slots (a different list, so a reset).
    void setKeyslots(const QList<KeyslotInfo> &slots);
    void clear();

    QString idAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &id) const;

    static QString typeText(KeyslotType type);

private:
    QList<KeyslotInfo> m_slots;
};

} // namespace coffer::models
