#include "models/SearchModel.h"

#include <QtConcurrent/QtConcurrentRun>

namespace coffer::models {

SearchModel::SearchModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_items(std::make_shared<const QList<SearchItem>>())
{
    connect(&m_watcher, &QFutureWatcher<QList<SearchMatch>>::finished, this, [this] {
        if (m_watcherGeneration == m_generation)
            apply(m_watcher.result());
        else // the query changed while this search ran: search for the newest one
            startSearch();
    });
}

SearchModel::~SearchModel()
{
    m_watcher.waitForFinished();
}

void SearchModel::setItems(QList<SearchItem> items)
{
    m_items = std::make_shared<const QList<SearchItem>>(std::move(items));
    setQuery(m_query);
}

void SearchModel::setQuery(const QString &query)
{
    m_query = query;
    ++m_generation;
    if (m_items->size() < m_asyncThreshold) {
        apply(SearchIndex::search(*m_items, query, kLimit));
        return;
    }
    if (!m_watcher.isRunning()) // else the running search starts the newest query when it ends
        startSearch();
}

void SearchModel::startSearch()
{
    m_watcherGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run(
            [items = m_items, query = m_query]() { return SearchIndex::search(*items, query, kLimit); }));
}

void SearchModel::apply(QList<SearchMatch> matches)
{
    beginResetModel();
    m_matches = std::move(matches);
    endResetModel();
    Q_EMIT searchFinished();
}

const SearchItem *SearchModel::itemAt(int row) const
{
    if (row < 0 || row >= m_matches.size())
        return nullptr;
    const int item = m_matches.at(row).item;
    return item >= 0 && item < m_items->size() ? &m_items->at(item) : nullptr;
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    const SearchItem *item = itemAt(index.row());
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole: return item->name;
    case Qt::ToolTipRole:
    case DetailRole: {
        if (item->type == SearchItem::Type::Command)
            return item->shortcut.isEmpty() ? typeText(item->type)
                                            : tr("%1 · %2").arg(typeText(item->type), item->shortcut);
        const QString field = m_matches.at(index.row()).field;
        const QString where = tr("%1 in %2").arg(typeText(item->type), item->vaultName);
        return field.isEmpty() ? where : tr("%1 · %2").arg(where, field);
    }
    case Qt::AccessibleTextRole: return tr("%1, %2").arg(item->name, data(index, DetailRole).toString());
    case TypeRole: return int(item->type);
    case ItemRole: return m_matches.at(index.row()).item;
    default: return {};
    }
}

QString SearchModel::typeText(SearchItem::Type type)
{
    switch (type) {
    case SearchItem::Type::Command: return tr("Command");
    case SearchItem::Type::Secret: return tr("Secret");
    case SearchItem::Type::Key: return tr("Key");
    case SearchItem::Type::Certificate: return tr("Certificate");
    }
    return {};
}

} // namespace coffer::models
