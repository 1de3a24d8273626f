#pragma once

#include "core/vault/VaultProperties.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace coffer::models {

// A vault's properties as read-only rows of (property, value), translated.
class PropertiesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum Row {
        VaultNameRow,
        VaultIdRow,
        LocationRow,
        CreatedRow,
        RetentionRow,
        PurgeProtectionRow,
        PermissionModelRow,
        OwnerRow,
        FormatRow,
        RecoveryLevelRow,
        RowCount
    };

    explicit PropertiesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setProperties(const VaultProperties &properties);
    void clear();
    bool hasProperties() const { return m_properties.has_value(); }

    QString label(Row row) const;
    QString value(Row row) const;
    static QString permissionModelText(PermissionModel model);

private:
    std::optional<VaultProperties> m_properties;
};

} // namespace coffer::models
