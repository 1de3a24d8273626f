#pragma once

#include "core/vault/ObjectFilter.h"
#include "models/ObjectListInterface.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace coffer::models {

class KeysModel;

// Filters the key list and sorts every column by KeysModel::SortRole. Each word of the filter must match as
// core's ObjectFilter matches it (name, tag, enabled/disabled/expired/expiring), or name the key's type ("rsa",
// "ec", "oct"), curve or size ("p-256", "2048"), protection ("hsm", "software") or an operation it permits
// ("sign", "wrapkey"). Shares ObjectListInterface with the source, so views never map indexes by hand.
class KeyFilterProxy : public QSortFilterProxyModel, public ObjectListInterface
{
    Q_OBJECT

public:
    explicit KeyFilterProxy(KeysModel *source, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    KeysModel *keys() const { return m_source; }

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    KeysModel *m_source;
    QString m_text;
    QStringList m_terms;
    QList<ObjectFilter> m_filters; // one per term
};

} // namespace coffer::models
