#pragma once

#include "core/vault/ObjectFilter.h"
#include "models/ObjectListInterface.h"

#include <QSortFilterProxyModel>

namespace coffer::models {

class SecretListModel;

// Filters the secret list with core's ObjectFilter (the same words the CLI's --query understands) and sorts
// every column by SecretListModel::SortRole. Shares ObjectListInterface with the source, so views never map
// indexes by hand.
class SecretFilterProxy : public QSortFilterProxyModel, public ObjectListInterface
{
    Q_OBJECT

public:
    explicit SecretFilterProxy(SecretListModel *source, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    SecretListModel *secrets() const { return m_source; }

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    SecretListModel *m_source;
    QString m_text;
    ObjectFilter m_filter;
};

} // namespace coffer::models
