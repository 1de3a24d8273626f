#pragma once

#include "core/access/Decision.h"
#include "core/access/Principal.h"
#include "models/DiffingTableModel.h"
#include "models/ObjectListInterface.h"

#include <QList>

namespace coffer::models {

struct HolderRow
{
    access::Decision decision;
    access::PrincipalType type = access::PrincipalType::User;
};

// The reverse of effective access: who may perform one operation on one object, and through what (a role at a
// scope, possibly via a group, or an access policy). Ids are principal ids; sorted by name. Only allowed decisions
// are listed.
class AccessHoldersModel : public DiffingTableModel<HolderRow>, public ObjectListInterface
{
    Q_OBJECT

public:
    enum Column { PrincipalColumn, TypeColumn, ThroughColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit AccessHoldersModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setHolders(const QList<access::Decision> &decisions, const QList<access::Principal> &principals);
    void clear();

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;
};

} // namespace coffer::models
