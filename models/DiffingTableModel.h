#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

namespace coffer::models {

// A table model over a QList<T> that takes fresh listings as precise changes: rows whose key went away are
// removed, new keys are inserted where the listing puts them, rows whose content changed report dataChanged,
// and an identical listing emits nothing. Listings must keep a stable order (by name, by creation).
template<typename T>
class DiffingTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }

protected:
    template<typename KeyFn, typename SameFn>
    void applyList(const QList<T> &incoming, KeyFn key, SameFn same)
    {
        QSet<QString> keep;
        for (const T &item : incoming)
            keep.insert(key(item));

        // 1. Removals, from the end, one signal per contiguous run.
        for (int row = int(m_items.size()) - 1; row >= 0;) {
            if (keep.contains(key(m_items.at(row)))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !keep.contains(key(m_items.at(first - 1))))
                --first;
            beginRemoveRows({}, first, row);
            m_items.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }

        // 2. What remains is a subsequence of `incoming` in the same order: merge, inserting runs of new rows.
        int row = 0;
        for (qsizetype i = 0; i < incoming.size();) {
            if (row < m_items.size() && key(m_items.at(row)) == key(incoming.at(i))) {
                if (!same(m_items.at(row), incoming.at(i))) {
                    m_items[row] = incoming.at(i);
                    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                }
                ++row;
                ++i;
                continue;
            }
            const bool atEnd = row >= m_items.size();
            const QString stopKey = atEnd ? QString() : key(m_items.at(row));
            qsizetype end = i;
            while (end < incoming.size() && (atEnd || key(incoming.at(end)) != stopKey))
                ++end;
            beginInsertRows({}, row, row + int(end - i) - 1);
            for (qsizetype j = i; j < end; ++j)
                m_items.insert(row + (j - i), incoming.at(j));
            endInsertRows();
            row += int(end - i);
            i = end;
        }
    }

    void clearItems()
    {
        if (m_items.isEmpty())
            return;
        beginRemoveRows({}, 0, int(m_items.size()) - 1);
        m_items.clear();
        endRemoveRows();
    }

    QList<T> m_items;
};

} // namespace coffer::models
