#include "models/AuditSnapshot.h"

#include "core/audit/AuditService.h"
#include "models/AuditText.h"

#include <QHash>

#include <algorithm>

namespace coffer::models {

Result<AuditSnapshot> AuditSnapshot::load(audit::AuditService &service, const AuditFilterState &state,
                                          const QDateTime &now, int timelineLimit)
{
    AuditSnapshot snapshot;
    const audit::AuditFilter filter = state.toFilter(now);
    audit::AuditFilter newest = filter;
    newest.newestFirst = true;
    newest.limit = timelineLimit;
    auto records = service.list(newest);
    if (!records)
        return records.error();
    snapshot.timeline = std::move(*records);

    // Every read is recorded itself: count up to the newest record listed, so that the counts, the timeline and the
    // table agree (the records this very load appends come next time).
    if (!snapshot.timeline.isEmpty()) {
        audit::AuditFilter counted = filter;
        counted.toSequence = snapshot.timeline.first().sequence;
        auto stats = service.stats(counted);
        if (!stats)
            return stats.error();
        snapshot.stats = std::move(*stats);
    }

    // The filter bar's choices: the whole log, whatever the filter.
    const bool filtered = !state.isDefault();
    audit::AuditStats all;
    if (filtered) {
        auto whole = service.stats({});
        if (!whole)
            return whole.error();
        all = std::move(*whole);
    }
    const audit::AuditStats &everything = filtered ? all : snapshot.stats;
    for (const audit::AuditStats::Count &c : everything.perPrincipal)
        snapshot.principals.append({c.key, c.label.isEmpty() ? c.key : c.label, c.count, false});
    for (const audit::AuditStats::Count &c : everything.perOperation)
        snapshot.operations.append({c.key, c.key, c.count, false});

    // Imported Azure events: read-only, beside the log. A principal who may not read them just sees none.
    auto imported = service.imported(state.toImportedFilter(now));
    if (imported) {
        QHash<QString, qint64> principals;
        QHash<QString, qint64> operations;
        for (audit::ImportedEvent &event : *imported) {
            ++principals[AuditText::importedPrincipal(event)];
            ++operations[event.operationName];
            if (state.matches(event))
                snapshot.imported.append(std::move(event));
        }
        for (auto it = principals.cbegin(); it != principals.cend(); ++it)
            snapshot.principals.append({it.key(), it.key(), it.value(), true});
        for (auto it = operations.cbegin(); it != operations.cend(); ++it) {
            const auto known = std::find_if(snapshot.operations.begin(), snapshot.operations.end(),
                                            [&it](const Choice &c) { return c.key == it.key(); });
            if (known != snapshot.operations.end())
                known->count += it.value();
            else
                snapshot.operations.append({it.key(), it.key(), it.value(), true});
        }
        std::stable_sort(snapshot.imported.begin(), snapshot.imported.end(),
                         [](const audit::ImportedEvent &a, const audit::ImportedEvent &b) { return a.time < b.time; });
    } else if (imported.error().code() != ErrorCode::Forbidden) {
        return imported.error();
    }
    const auto byCount = [](const Choice &a, const Choice &b) {
        return a.count != b.count ? a.count > b.count : a.label.compare(b.label, Qt::CaseInsensitive) < 0;
    };
    std::stable_sort(snapshot.principals.begin(), snapshot.principals.end(), byCount);
    std::stable_sort(snapshot.operations.begin(), snapshot.operations.end(), byCount);

    if (auto days = service.retentionDays())
        snapshot.retentionDays = *days;
    return snapshot;
}

} // namespace coffer::models
