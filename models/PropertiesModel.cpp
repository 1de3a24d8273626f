#include "models/PropertiesModel.h"

#include "models/TimeFormat.h"

namespace coffer::models {

PropertiesModel::PropertiesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int PropertiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_properties ? 0 : RowCount;
}

int PropertiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PropertiesModel::permissionModelText(PermissionModel model)
{
    switch (model) {
    case PermissionModel::Rbac: return tr("Role-based access control (RBAC)");
    case PermissionModel::AccessPolicy: return tr("Vault access policy");
    }
    return {};
}

QString PropertiesModel::label(Row row) const
{
    switch (row) {
    case VaultNameRow: return tr("Name");
    case VaultIdRow: return tr("Vault ID");
    case LocationRow: return tr("Location");
    case CreatedRow: return tr("Created");
    case RetentionRow: return tr("Soft-delete retention");
    case PurgeProtectionRow: return tr("Purge protection");
    case PermissionModelRow: return tr("Permission model");
    case OwnerRow: return tr("Owner");
    case FormatRow: return tr("File format");
    case RecoveryLevelRow: return tr("Recovery level");
    case RowCount: break;
    }
    return {};
}

QString PropertiesModel::value(Row row) const
{
    if (!m_properties)
        return {};
    const VaultProperties &p = *m_properties;
    switch (row) {
    case VaultNameRow: return p.name;
    case VaultIdRow: return p.id;
    case LocationRow: return p.path;
    case CreatedRow: return formatTime(p.created);
    case RetentionRow: return tr("%1 days").arg(p.retentionDays); // 7 to 90: never singular
    case PurgeProtectionRow: return p.purgeProtection ? tr("On (cannot be turned off)") : tr("Off");
    case PermissionModelRow: return permissionModelText(p.permissionModel);
    case OwnerRow:
        return p.ownerName.isEmpty() ? p.ownerPrincipalId : tr("%1 (%2)").arg(p.ownerName, p.ownerPrincipalId);
    case FormatRow: return tr("Format %1, schema %2").arg(p.fileFormat).arg(p.schemaVersion);
    case RecoveryLevelRow: return p.recoveryLevel();
    case RowCount: break;
    }
    return {};
}

QVariant PropertiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = Row(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == NameColumn ? label(row) : value(row);
    if (role == Qt::ToolTipRole && index.column() == ValueColumn) {
        if (row == CreatedRow && m_properties)
            return formatTimeUtc(m_properties->created);
        if (row == RetentionRow)
            return tr("Deleted secrets, keys and certificates can be recovered for this many days. Fixed when the "
                      "vault was created.");
        if (row == PurgeProtectionRow)
            return tr("When on, nobody can purge a deleted item before its retention period ends.");
        return value(row);
    }
    return {};
}

QVariant PropertiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Property") : tr("Value");
}

void PropertiesModel::setProperties(const VaultProperties &properties)
{
    if (m_properties) {
        m_properties = properties;
        Q_EMIT dataChanged(index(0, ValueColumn), index(RowCount - 1, ValueColumn), {Qt::DisplayRole, Qt::ToolTipRole});
        return;
    }
    beginInsertRows({}, 0, RowCount - 1);
    m_properties = properties;
    endInsertRows();
}

void PropertiesModel::clear()
{
    if (!m_properties)
        return;
    beginRemoveRows({}, 0, RowCount - 1);
    m_properties.reset();
    endRemoveRows();
}

} // namespace coffer::models
