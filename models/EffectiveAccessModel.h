#pragma once

#include "core/access/Decision.h"
#include "models/DiffingTableModel.h"
#include "models/ObjectListInterface.h"

#include <QList>

namespace coffer::models {

// The effective access of one principal at one scope: every operation that applies there, allowed or denied, with
// the reason in a translated sentence made from the decision. Ids are operation names ("SecretPurge"), in the
// engine's order.
class EffectiveAccessModel : public DiffingTableModel<access::Decision>, public ObjectListInterface
{
    Q_OBJECT

public:
    enum Column { OperationColumn, AccessColumn, ReasonColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the operation's name
        AllowedRole, // bool
        OperationRole, // int(access::Operation)
        RequiredRole, // the permission checked
    };

    explicit EffectiveAccessModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setDecisions(const QList<access::Decision> &decisions);
    void clear();

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;
    const access::Decision *decision(access::Operation operation) const;
    int allowedCount() const;
};

} // namespace coffer::models
