#pragma once

#include "core/audit/AuditLog.h"
#include "core/audit/AuditRecord.h"
#include "core/audit/ImportedEvent.h"
#include "core/common/Result.h"
#include "models/AuditFilterState.h"

#include <QList>
#include <QString>

#include <optional>

namespace coffer::audit {
class AuditService;
}

namespace coffer::models {

// What the Audit page shows for one filter, read in one go off the GUI thread: the counts per day and result
// (histogram), the newest records for the timeline (at most `timelineLimit`), the imported Azure events that match,
// and the choices of the filter bar (every principal and operation the log holds).
struct AuditSnapshot
{
    struct Choice
    {
        QString key; // principal id or upn; operation name
        QString label;
        qint64 count = 0;
        bool imported = false;
    };
    static constexpr int kDefaultTimelineLimit = 20000;

    audit::AuditStats stats; // of the filtered records
    QList<audit::AuditRecord> timeline; // newest first, at most the limit
    QList<audit::ImportedEvent> imported; // matching the filter, oldest first
    QList<Choice> principals; // of the whole log (and imports), most frequent first
    QList<Choice> operations;
    std::optional<int> retentionDays; // when it could be read

    qint64 matching() const { return stats.total; }
    bool isTimelineCapped() const { return stats.total > timeline.size(); }

    // Forbidden when the principal may not read the log; other failures as they come.
    static Result<AuditSnapshot> load(audit::AuditService &service, const AuditFilterState &state, const QDateTime &now,
                                      int timelineLimit = kDefaultTimelineLimit);
};

} // namespace coffer::models
