#include "models/AuditRecordModel.h"

#include "core/audit/AuditService.h"
#include "models/AuditOperations.h"
#include "models/AuditText.h"
#include "models/TimeFormat.h"

namespace coffer::models {

namespace {
// Every record of the table is about this vault: "coffer://team-kv/secrets/db/<version>" reads "/secrets/db/<version>"
// (the details and the tooltip keep the whole identifier).
QString shortTarget(const QString &target)
{
    if (!target.startsWith(u"coffer://"))
        return target;
    const qsizetype path = target.indexOf(u'/', 9);
    return path < 0 ? QStringLiteral("/") : target.mid(path);
}
} // namespace

AuditRecordModel::AuditRecordModel(AuditOperations *operations, QObject *parent)
    : QAbstractTableModel(parent)
    , m_operations(operations)
{ }

void AuditRecordModel::setFilter(const audit::AuditFilter &filter)
{
    clear();
    m_filter = filter;
    m_filter.limit = -1;
    m_filter.offset = 0;
    m_filter.newestFirst = true;
    m_active = true;
    m_complete = false;
    fetchMore({});
}

void AuditRecordModel::setFilter(const audit::AuditFilter &filter, QList<audit::AuditRecord> firstPage)
{
    clear();
    m_filter = filter;
    m_filter.limit = -1;
    m_filter.offset = 0;
    m_filter.newestFirst = true;
    m_active = true;
    if (firstPage.size() > m_pageSize)
        firstPage.resize(m_pageSize);
    m_complete = firstPage.size() < m_pageSize;
    if (!firstPage.isEmpty()) {
        m_loading = true; // views (and testers) may ask for more while the rows go in: not before they are in
        beginInsertRows({}, 0, int(firstPage.size()) - 1);
        m_records = std::move(firstPage);
        endInsertRows();
        m_loading = false;
    }
    Q_EMIT pageLoaded(int(m_records.size()));
}

void AuditRecordModel::clear()
{
    ++m_generation; // pages still on their way are dropped
    if (m_operations)
        m_operations->dropPending(this);
    m_active = false;
    m_loading = false;
    m_complete = true;
    m_wanted = 0;
    m_error.reset();
    if (!m_records.isEmpty()) {
        beginRemoveRows({}, 0, int(m_records.size()) - 1);
        m_records.clear();
        endRemoveRows();
    }
}

void AuditRecordModel::loadUntil(qint64 sequence)
{
    if (indexOf(sequence).isValid() || !m_active || m_complete
        || (!m_records.isEmpty() && sequence > m_records.first().sequence)) {
        Q_EMIT sequenceLoaded(sequence, indexOf(sequence).isValid());
        return;
    }
    m_wanted = sequence;
    fetchMore({});
}

bool AuditRecordModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_active && !m_complete && !m_loading && m_operations;
}

void AuditRecordModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    audit::AuditFilter page = m_filter;
    page.limit = m_pageSize;
    if (!m_records.isEmpty()) {
        const qint64 below = m_records.last().sequence - 1;
        if (below < 1 || (m_filter.fromSequence > 0 && below < m_filter.fromSequence)) {
            m_complete = true;
            return;
        }
        page.toSequence = m_filter.toSequence > 0 ? std::min(m_filter.toSequence, below) : below;
    }
    m_loading = true;
    const quint64 generation = m_generation;
    QPointer<AuditRecordModel> self(this);
    m_operations->run<QList<audit::AuditRecord>>(
            this, [page](audit::AuditService &service) { return service.list(page); },
            [self, generation](Result<QList<audit::AuditRecord>> result) {
                if (self)
                    self->onPage(generation, std::move(result));
            });
}

void AuditRecordModel::onPage(quint64 generation, Result<QList<audit::AuditRecord>> page)
{
    if (generation != m_generation)
        return;
    if (!page) {
        m_loading = false;
        m_error = page.error();
        m_complete = true;
        if (m_wanted) {
            const qint64 wanted = std::exchange(m_wanted, 0);
            Q_EMIT sequenceLoaded(wanted, false);
        }
        Q_EMIT loadFailed(page.error());
        return;
    }
    m_error.reset();
    QList<audit::AuditRecord> records = std::move(*page);
    m_complete = records.size() < m_pageSize;
    if (!records.isEmpty()) {
        // Still loading until the rows are in: a view asking for more meanwhile would ask for this page again.
        const int first = int(m_records.size());
        beginInsertRows({}, first, first + int(records.size()) - 1);
        m_records.append(std::move(records));
        endInsertRows();
    }
    m_loading = false;
    Q_EMIT pageLoaded(int(m_records.size()));
    if (m_wanted) {
        if (indexOf(m_wanted).isValid() || m_complete || m_records.last().sequence < m_wanted) {
            const qint64 wanted = std::exchange(m_wanted, 0);
            Q_EMIT sequenceLoaded(wanted, indexOf(wanted).isValid());
        } else {
            fetchMore({});
        }
    }
}

qint64 AuditRecordModel::idAt(const QModelIndex &index) const
{
    const audit::AuditRecord *r = record(index);
    return r ? r->sequence : 0;
}

QModelIndex AuditRecordModel::indexOf(qint64 sequence) const
{
    if (sequence <= 0 || m_records.isEmpty())
        return {};
    // Newest first: sequences descend along the rows.
    const auto it = std::lower_bound(m_records.cbegin(), m_records.cend(), sequence,
                                     [](const audit::AuditRecord &r, qint64 s) { return r.sequence > s; });
    if (it == m_records.cend() || it->sequence != sequence)
        return {};
    return index(int(it - m_records.cbegin()), 0);
}

const audit::AuditRecord *AuditRecordModel::record(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_records.size())
        return nullptr;
    return &m_records.at(index.row());
}

const audit::AuditRecord *AuditRecordModel::recordBySequence(qint64 sequence) const
{
    return record(indexOf(sequence));
}

int AuditRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditRecordModel::data(const QModelIndex &index, int role) const
{
    const audit::AuditRecord *r = record(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SequenceColumn: return QString::number(r->sequence);
        case TimeColumn: return formatTime(r->time);
        case PrincipalColumn: return AuditText::principal(*r);
        case OperationColumn: return r->operation;
        case TargetColumn: return shortTarget(r->target);
        case ResultColumn: return AuditText::resultWithCode(*r);
        case DurationColumn: return AuditText::duration(r->durationMicros);
        default: return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && r->result != audit::AuditResult::Success)
            return AuditText::resultColor(r->result);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SequenceColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: return AuditText::toolTip(*r);
    case SequenceRole: return r->sequence;
    case ResultRole: return int(r->result);
    default: return {};
    }
}

QVariant AuditRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SequenceColumn: return tr("#");
    case TimeColumn: return tr("Time");
    case PrincipalColumn: return tr("Principal");
    case OperationColumn: return tr("Operation");
    case TargetColumn: return tr("Target");
    case ResultColumn: return tr("Result");
    case DurationColumn: return tr("Duration");
    default: return {};
    }
}

} // namespace coffer::models
