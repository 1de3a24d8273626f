#pragma once

#include "core/access/AccessPolicy.h"
#include "core/access/Principal.h"
#include "models/DiffingTableModel.h"
#include "models/ObjectListInterface.h"

#include <QList>

namespace coffer::models {

struct PolicyRow
{
    access::AccessPolicyEntry entry;
    QString principalName;
    access::PrincipalType principalType = access::PrincipalType::User;
};

// The access policies of a vault (access-policy permission model): per principal its key, secret and certificate
// permissions, as Azure names them. Ids are principal ids. Sorted by principal name.
class AccessPolicyModel : public DiffingTableModel<PolicyRow>, public ObjectListInterface
{
    Q_OBJECT

public:
    enum Column {
        PrincipalColumn,
        TypeColumn,
        KeysColumn,
        SecretsColumn,
        CertificatesColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the principal id
        PermissionsRole, // QStringList of the column's family
    };

    explicit AccessPolicyModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPolicies(const QList<access::AccessPolicyEntry> &policies, const QList<access::Principal> &principals);
    void clear();

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;
    const PolicyRow *row(const QString &principalId) const;

    // "get, list, set" or, when every permission but purge is there, "All except purge"; "None" when empty.
    static QString permissionsText(access::PolicyFamily family, const QStringList &permissions);
};

} // namespace coffer::models
