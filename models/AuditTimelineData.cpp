#include "models/AuditTimelineData.h"

#include "models/AuditText.h"

#include <QCoreApplication>
#include <QHash>
#include <numeric>

#include <algorithm>

namespace coffer::models {

void AuditTimelineData::setRecords(QList<audit::AuditRecord> records)
{
    m_records = std::move(records);
    rebuild();
}

void AuditTimelineData::setImported(QList<audit::ImportedEvent> events)
{
    m_imported = std::move(events);
    rebuild();
}

void AuditTimelineData::setGrouping(Grouping grouping)
{
    if (m_grouping == grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

void AuditTimelineData::setShowImported(bool show)
{
    if (m_showImported == show)
        return;
    m_showImported = show;
    rebuild();
}

void AuditTimelineData::clear()
{
    m_records.clear();
    m_imported.clear();
    rebuild();
}

qint64 AuditTimelineData::firstMsecs() const
{
    return m_events.isEmpty() ? 0 : m_events.first().msecs;
}

qint64 AuditTimelineData::lastMsecs() const
{
    return m_events.isEmpty() ? 0 : m_events.last().msecs;
}

QString AuditTimelineData::objectOf(const QString &target)
{
    QString path = target;
    const qsizetype scheme = path.indexOf(u"://");
    if (scheme >= 0) {
        const qsizetype slash = path.indexOf(u'/', scheme + 3);
        path = slash < 0 ? QString() : path.mid(slash);
    }
    const qsizetype query = path.indexOf(u'?');
    if (query >= 0)
        path.truncate(query);
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return QCoreApplication::translate("coffer::models::AuditTimelineData", "vault");
    if (parts.size() == 1)
        return parts.first();
    return parts.at(0) + u'/' + parts.at(1);
}

void AuditTimelineData::rebuild()
{
    m_lanes.clear();
    m_events.clear();
    QHash<QString, int> local;
    QHash<QString, int> imported;
    const auto laneOf = [this](QHash<QString, int> &lanes, const QString &label, bool isImported) {
        auto it = lanes.constFind(label);
        if (it != lanes.cend())
            return it.value();
        m_lanes.append({label, isImported, 0});
        return int(lanes.insert(label, int(m_lanes.size()) - 1).value());
    };
    m_events.reserve(m_records.size() + (m_showImported ? m_imported.size() : 0));
    for (int i = 0; i < m_records.size(); ++i) {
        const audit::AuditRecord &r = m_records.at(i);
        const QString label = m_grouping == Grouping::Principal ? AuditText::principal(r) : objectOf(r.target);
        m_events.append({r.time.toMSecsSinceEpoch(), laneOf(local, label, false), r.result, false, i});
    }
    if (m_showImported) {
        for (int i = 0; i < m_imported.size(); ++i) {
            const audit::ImportedEvent &e = m_imported.at(i);
            const QString key = m_grouping == Grouping::Principal
                    ? AuditText::importedPrincipal(e)
                    : objectOf(e.target.isEmpty() ? e.requestUri : e.target);
            m_events.append(
                    {e.time.toMSecsSinceEpoch(), laneOf(imported, key, true), AuditText::importedResult(e), true, i});
        }
    }
    // Lanes: the vault's first, then the imported ones, each set by name; events re-pointed at the sorted lanes.
    QList<int> order(m_lanes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const Lane &la = m_lanes.at(a);
        const Lane &lb = m_lanes.at(b);
        if (la.imported != lb.imported)
            return !la.imported;
        return la.label.compare(lb.label, Qt::CaseInsensitive) < 0;
    });
    QList<int> newIndex(m_lanes.size());
    QList<Lane> sorted;
    sorted.reserve(m_lanes.size());
    for (int i = 0; i < order.size(); ++i) {
        newIndex[order.at(i)] = i;
        sorted.append(m_lanes.at(order.at(i)));
    }
    m_lanes = std::move(sorted);
    for (Event &event : m_events) {
        event.lane = newIndex.at(event.lane);
        ++m_lanes[event.lane].count;
    }
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const Event &a, const Event &b) { return a.msecs < b.msecs; });
}

int AuditTimelineData::eventOfSequence(qint64 sequence) const
{
    for (int i = 0; i < m_events.size(); ++i) {
        const Event &e = m_events.at(i);
        if (!e.imported && m_records.at(e.index).sequence == sequence)
            return i;
    }
    return -1;
}

const audit::AuditRecord *AuditTimelineData::record(const Event &event) const
{
    return event.imported || event.index >= m_records.size() ? nullptr : &m_records.at(event.index);
}

const audit::ImportedEvent *AuditTimelineData::importedEvent(const Event &event) const
{
    return !event.imported || event.index >= m_imported.size() ? nullptr : &m_imported.at(event.index);
}

QString AuditTimelineData::toolTip(const Event &event) const
{
    if (const audit::AuditRecord *r = record(event))
        return AuditText::toolTip(*r);
    if (const audit::ImportedEvent *e = importedEvent(event))
        return AuditText::toolTip(*e);
    return {};
}

} // namespace coffer::models
