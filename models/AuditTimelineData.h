#pragma once

#include "core/audit/AuditRecord.h"
#include "core/audit/ImportedEvent.h"

#include <QList>
#include <QString>

namespace coffer::models {

// What the audit timeline draws: the vault's records and imported Azure events as marks on lanes, one lane per
// principal or per object, sorted by time. Imported events get lanes of their own, after the vault's, so that a
// cloud vault's activity is never mistaken for this vault's.
class AuditTimelineData
{
public:
    enum class Grouping { Principal, Object };

    struct Lane
    {
        QString label;
        bool imported = false;
        int count = 0;
    };
    struct Event
    {
        qint64 msecs = 0; // UTC milliseconds since the epoch
        int lane = 0;
        audit::AuditResult result = audit::AuditResult::Success;
        bool imported = false;
        int index = 0; // into records() or importedEvents()
    };

    void setRecords(QList<audit::AuditRecord> records);
    void setImported(QList<audit::ImportedEvent> events);
    void setGrouping(Grouping grouping);
    void setShowImported(bool show);
    void clear();

    Grouping grouping() const { return m_grouping; }
    bool showsImported() const { return m_showImported; }
    const QList<Lane> &lanes() const { return m_lanes; }
    const QList<Event> &events() const { return m_events; } // oldest first
    const QList<audit::AuditRecord> &records() const { return m_records; }
    const QList<audit::ImportedEvent> &importedEvents() const { return m_imported; }
    bool isEmpty() const { return m_events.isEmpty(); }
    // The time span of the events drawn (0, 0 when none).
    qint64 firstMsecs() const;
    qint64 lastMsecs() const;

    // Position in events() of a record, or -1.
    int eventOfSequence(qint64 sequence) const;
    const audit::AuditRecord *record(const Event &event) const;
    const audit::ImportedEvent *importedEvent(const Event &event) const;
    QString toolTip(const Event &event) const;

    // The lane an object lands in: "secrets/db-password" for "coffer://kv/secrets/db-password/<version>" or
    // "https://kv.vault.azure.net/secrets/db-password/<version>", "secrets" for the kind, "vault" for "/".
    static QString objectOf(const QString &target);

private:
    void rebuild();

    QList<audit::AuditRecord> m_records;
    QList<audit::ImportedEvent> m_imported;
    Grouping m_grouping = Grouping::Principal;
    bool m_showImported = true;
    QList<Lane> m_lanes;
    QList<Event> m_events;
};

} // namespace coffer::models
