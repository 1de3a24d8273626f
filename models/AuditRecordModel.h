#pragma once

#include "core/audit/AuditFilter.h"
#include "core/audit/AuditRecord.h"
#include "core/common/Error.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <optional>

namespace coffer::models {

class AuditOperations;

// The vault's audit records matching a filter, newest first, as a table. Records are fetched a page at a time
// (fetchMore, by sequence: each page continues below the oldest sequence loaded) off the GUI thread through
// AuditOperations, so a log of a million records opens at once and scrolls on demand.
class AuditRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SequenceColumn,
        TimeColumn,
        PrincipalColumn,
        OperationColumn,
        ResultColumn,
        DurationColumn,
        TargetColumn, // last: it takes the room that is left
        ColumnCount
    };
    enum Role { SequenceRole = Qt::UserRole + 1, ResultRole };
    static constexpr int kDefaultPageSize = 200;

    explicit AuditRecordModel(AuditOperations *operations, QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }
    // Forgets what is loaded and loads the first page of the new filter (limit, offset and order are the model's).
    void setFilter(const audit::AuditFilter &filter);
    // The same, with the first page already read (the newest records of the filter, newest first): nothing is loaded
    // until the view asks for more.
    void setFilter(const audit::AuditFilter &filter, QList<audit::AuditRecord> firstPage);
    const audit::AuditFilter &filter() const { return m_filter; }
    void clear();
    // Loads pages until `sequence` is loaded (or the filter has no more records); false when it was not found.
    void loadUntil(qint64 sequence);

    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_complete; }
    const std::optional<Error> &lastError() const { return m_error; }

    qint64 idAt(const QModelIndex &index) const; // the sequence, 0 when invalid
    QModelIndex indexOf(qint64 sequence) const;
    const audit::AuditRecord *record(const QModelIndex &index) const;
    const audit::AuditRecord *recordBySequence(qint64 sequence) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageLoaded(int rows); // rows now loaded
    void loadFailed(const coffer::Error &error);
    // loadUntil ended: whether the record is now loaded.
    void sequenceLoaded(qint64 sequence, bool found);

private:
    void onPage(quint64 generation, Result<QList<audit::AuditRecord>> page);

    QPointer<AuditOperations> m_operations;
    audit::AuditFilter m_filter;
    bool m_active = false;
    QList<audit::AuditRecord> m_records;
    int m_pageSize = kDefaultPageSize;
    bool m_loading = false;
    bool m_complete = true;
    quint64 m_generation = 0;
    qint64 m_wanted = 0; // loadUntil's target, 0 when none
    std::optional<Error> m_error;
};

} // namespace coffer::models
