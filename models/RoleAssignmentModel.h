#pragma once

#include "core/access/Principal.h"
#include "models/DiffingTableModel.h"
#include "models/ObjectListInterface.h"

#include <QList>

namespace coffer::models {

// One row of the role assignments table: the assignment with the names it refers to.
struct AssignmentRow
{
    access::RoleAssignment assignment;
    QString principalName;
    access::PrincipalType principalType = access::PrincipalType::User;
    QString roleName;
};

// The role assignments of a vault (RBAC): who, their type, the role, where, since when. Ids are assignment ids.
// setAssignments() applies a fresh listing as precise changes, sorted by principal, role and scope.
class RoleAssignmentModel : public DiffingTableModel<AssignmentRow>, public ObjectListInterface
{
    Q_OBJECT

public:
    enum Column { PrincipalColumn, TypeColumn, RoleColumn, ScopeColumn, CreatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the assignment id
        PrincipalIdRole,
        RoleIdRole,
        ScopeRole, // "/secrets/db-password"
    };

    explicit RoleAssignmentModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAssignments(const QList<access::RoleAssignment> &assignments, const QList<access::Principal> &principals);
    void clear();

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;
    const AssignmentRow *row(const QString &id) const;
};

} // namespace coffer::models
