#pragma once

#include "core/vault/KeyTypes.h"
#include "models/DiffingTableModel.h"
#include "models/ObjectListInterface.h"

namespace coffer {
class Clock;
}

namespace coffer::models {

// The versions of one key, newest first (the first row is the current version). Ids are version ids.
class KeyVersionsModel : public DiffingTableModel<KeyInfo>, public ObjectListInterface
{
    Q_OBJECT

public:
    enum Column { VersionColumn, StatusColumn, CreatedColumn, ExpiresColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EnabledRole, IsCurrentRole, ExpiryStateRole };

    explicit KeyVersionsModel(const Clock *clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The versions of `keyName` as KeyStore::listVersions gives them (oldest first). Another key replaces the
    // list (a reset); a new listing of the same key applies precise changes.
    void setVersions(const QString &keyName, const QList<KeyInfo> &oldestFirst);
    void clear();
    const QString &keyName() const { return m_keyName; }

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;
    const KeyInfo *infoAt(int row) const;
    const KeyInfo *info(const QString &version) const;

private:
    const Clock *m_clock;
    QString m_keyName;
    QString m_currentVersion;
};

} // namespace coffer::models
