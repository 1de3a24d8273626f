#pragma once

#include "models/SearchIndex.h"

#include <QAbstractListModel>
#include <QFutureWatcher>

#include <memory>

namespace coffer::models {

// The rows of the command palette: the matches of SearchIndex::search for the current query, best first. With
// more items than asyncThreshold() the search runs off the GUI thread: typing stays smooth, and a result that
// arrives after a newer query was typed is dropped. searchFinished() follows every setQuery().
class SearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        TypeRole = Qt::UserRole + 1, // SearchItem::Type as int
        DetailRole, // "Secret in team-kv · tag env=prod", "Command · Ctrl+L"
        ItemRole, // the index into items()
    };
    static constexpr int kLimit = 500; // rows shown; refine the query for more
    static constexpr int kDefaultAsyncThreshold = 20000;

    explicit SearchModel(QObject *parent = nullptr);
    ~SearchModel() override;

    void setItems(QList<SearchItem> items);
    const QList<SearchItem> &items() const { return *m_items; }
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    const SearchItem *itemAt(int row) const;
    bool isSearching() const { return m_watcher.isRunning(); }
    void setAsyncThreshold(int items) { m_asyncThreshold = items; }
    int asyncThreshold() const { return m_asyncThreshold; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString typeText(SearchItem::Type type); // "Command", "Secret", "Key", "Certificate"

Q_SIGNALS:
    void searchFinished();

private:
    void startSearch();
    void apply(QList<SearchMatch> matches);

    // Shared with a running search, which keeps its snapshot alive even if setItems() replaces it meanwhile.
    std::shared_ptr<const QList<SearchItem>> m_items;
    QList<SearchMatch> m_matches;
    QString m_query;
    quint64 m_generation = 0;
    int m_asyncThreshold = kDefaultAsyncThreshold;
    QFutureWatcher<QList<SearchMatch>> m_watcher;
    quint64 m_watcherGeneration = 0;
};

} // namespace coffer::models
