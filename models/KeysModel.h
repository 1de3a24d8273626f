#pragma once

#include "core/vault/KeyTypes.h"
#include "models/DiffingTableModel.h"
#include "models/ObjectListInterface.h"

#include <QHash>
#include <QList>

namespace coffer {
class Clock;
}

namespace coffer::models {

// One row of the Keys page: the key's current version and how many versions it has.
struct KeyRow
{
    KeyInfo key;
    int versions = 1;
};

// The keys of one vault: the current version's metadata per key, never key material. Ids are key names.
// setKeys() applies a new listing as precise row inserts, removals and dataChanged.
class KeysModel : public DiffingTableModel<KeyRow>, public ObjectListInterface
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        SizeColumn,
        ProtectionColumn,
        OperationsColumn,
        ExpiresColumn,
        VersionsColumn,
        UpdatedColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the name
        SortRole, // a value that sorts each column naturally
        EnabledRole, // bool
        ExpiryStateRole, // int(coffer::ExpiryState)
        VersionRole, // the current version's id
        IsHsmRole, // bool: the key lives on the vault's PKCS#11 token
        HsmSerialRole, // the token's serial (HSM keys)
        KeyTypeRole, // int(coffer::KeyType)
    };
    static constexpr int kExpiringSoonDays = 30;
    // The badge colour of HSM keys (the Protection column's text and decoration).
    static QColor hsmColor();

    explicit KeysModel(const Clock *clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies a fresh listing (current versions; `versionCounts` by key name, case-insensitive; missing: 1).
    void setKeys(const QList<KeyInfo> &keys, const QHash<QString, int> &versionCounts = {});
    void clear();

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;
    const KeyRow *rowAt(int row) const;
    const KeyInfo *key(const QString &name) const;
    const Clock *clock() const { return m_clock; }

private:
    const Clock *m_clock;
};

} // namespace coffer::models
