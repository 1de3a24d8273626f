#pragma once

#include "core/vault/CertificateTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace coffer {
class Clock;
}

namespace coffer::models {

// The versions of one certificate, newest first (the first row is the current version). Ids are version ids.
class CertificateVersionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VersionColumn, StatusColumn, NotBeforeColumn, ExpiresColumn, ThumbprintColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EnabledRole, IsCurrentRole };

    explicit CertificateVersionsModel(const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The versions as CertificateStore::listVersions gives them (oldest first).
    void setVersions(const QString &name, const QList<CertificateInfo> &oldestFirst);
    void clear();
    const QString &certificateName() const { return m_name; }
    const CertificateInfo *infoAt(int row) const;

private:
    const Clock *m_clock;
    QString m_name;
    QList<CertificateInfo> m_items; // newest first
};

} // namespace coffer::models
