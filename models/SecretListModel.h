#pragma once

#include "core/vault/ObjectTypes.h"
#include "models/DiffingTableModel.h"
#include "models/ObjectListInterface.h"

#include <QList>

namespace coffer {
class Clock;
}

namespace coffer::models {

// The secrets of one vault: the current version's metadata per secret, never a value (no role returns one).
// Ids are secret names. setSecrets() applies a new listing as precise row inserts, removals and dataChanged.
class SecretListModel : public DiffingTableModel<VersionInfo>, public ObjectListInterface
{
    Q_OBJECT

public:
    enum Column { NameColumn, ContentTypeColumn, EnabledColumn, ExpiresColumn, UpdatedColumn, TagsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the name
        SortRole, // a value that sorts each column naturally (names case-insensitively, dates by time)
        EnabledRole, // bool
        ExpiryStateRole, // int(coffer::ExpiryState)
        VersionRole, // the current version's id
    };
    static constexpr int kExpiringSoonDays = 30;

    explicit SecretListModel(const Clock *clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies a fresh listing: rows that went away are removed, new ones inserted in name order, changed ones
    // report dataChanged. An identical listing emits nothing.
    void setSecrets(const QList<VersionInfo> &secrets);
    void clear();

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;
    // The row's metadata (for the filter predicate and the details pane); null when out of range.
    const VersionInfo *infoAt(int row) const;
    const VersionInfo *info(const QString &name) const;
    const Clock *clock() const { return m_clock; }

    static QString tagsText(const Tags &tags);
    static QString enabledText(bool enabled);
    // "Expired on …", "Expires in 12 days", … for tooltips and the details pane.
    static QString expiryText(const ObjectAttributes &attributes, const QDateTime &now);

private:
    const Clock *m_clock;
};

} // namespace coffer::models
