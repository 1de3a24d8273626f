#include "models/SecretFilterProxy.h"

#include "core/common/Clock.h"
#include "models/SecretListModel.h"

namespace coffer::models {

SecretFilterProxy::SecretFilterProxy(SecretListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSortRole(SecretListModel::SortRole);
    setSourceModel(source);
}

void SecretFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_filter = ObjectFilter(text, SecretListModel::kExpiringSoonDays);
    invalidateRowsFilter();
}

bool SecretFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || m_filter.isEmpty())
        return !sourceParent.isValid();
    const VersionInfo *info = m_source->infoAt(sourceRow);
    return info && m_filter.matches(*info, m_source->clock()->now());
}

QString SecretFilterProxy::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_source->idAt(mapToSource(index));
}

QModelIndex SecretFilterProxy::indexOf(const QString &id) const
{
    return mapFromSource(m_source->indexOf(id));
}

} // namespace coffer::models
