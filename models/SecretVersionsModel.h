#pragma once

#include "core/vault/ObjectTypes.h"
#include "models/DiffingTableModel.h"
#include "models/ObjectListInterface.h"

namespace coffer {
class Clock;
}

namespace coffer::models {

// The versions of one secret, newest first (the first row is the current version). Ids are version ids.
// Metadata only: no role returns a value.
class SecretVersionsModel : public DiffingTableModel<VersionInfo>, public ObjectListInterface
{
    Q_OBJECT

public:
    enum Column { VersionColumn, EnabledColumn, CreatedColumn, ExpiresColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EnabledRole, IsCurrentRole, ExpiryStateRole };

    explicit SecretVersionsModel(const Clock *clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The versions of `secretName` as SecretStore::listVersions gives them (oldest first). Showing another
    // secret replaces the list (a reset); a new listing of the same secret applies precise changes.
    void setVersions(const QString &secretName, const QList<VersionInfo> &oldestFirst);
    void clear();
    const QString &secretName() const { return m_secretName; }

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;
    const VersionInfo *infoAt(int row) const;

private:
    const Clock *m_clock;
    QString m_secretName;
    QString m_currentVersion; // set after each change, so rows keep their text while rows move
};

} // namespace coffer::models
