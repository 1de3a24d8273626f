#pragma once

#include "core/access/Principal.h"
#include "models/DiffingTableModel.h"
#include "models/ObjectListInterface.h"

#include <QList>

namespace coffer::models {

struct PrincipalRow
{
    access::Principal principal;
    QStringList memberNames; // groups: their members; users and apps: their groups
    QString createdByName;
};

// The principals of a vault: users, applications and groups, with members (groups) or memberships (users, apps).
// Ids are principal ids; sorted by name. The signed-in principal is shown in bold with "(you)" in its tooltip.
class PrincipalListModel : public DiffingTableModel<PrincipalRow>, public ObjectListInterface
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, MembershipColumn, CreatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole, // int(access::PrincipalType)
        MemberIdsRole, // QStringList: a group's members, or the groups a user or app is in
    };

    explicit PrincipalListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPrincipals(const QList<access::Principal> &principals, const QString &signedInId = {});
    void clear();

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;
    const access::Principal *principal(const QString &id) const;
    QList<access::Principal> principals() const;

private:
    QString m_signedInId;
};

} // namespace coffer::models
