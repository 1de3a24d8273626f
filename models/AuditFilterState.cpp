#include "models/AuditFilterState.h"

#include "models/AuditText.h"

#include <QCoreApplication>

namespace coffer::models {

QString AuditFilterState::rangeName(Range range)
{
    switch (range) {
    case Range::LastHour: return QCoreApplication::translate("coffer::models::AuditFilterState", "Last hour");
    case Range::Last24Hours: return QCoreApplication::translate("coffer::models::AuditFilterState", "Last 24 hours");
    case Range::Last7Days: return QCoreApplication::translate("coffer::models::AuditFilterState", "Last 7 days");
    case Range::Last30Days: return QCoreApplication::translate("coffer::models::AuditFilterState", "Last 30 days");
    case Range::All: return QCoreApplication::translate("coffer::models::AuditFilterState", "All time");
    case Range::Custom: return QCoreApplication::translate("coffer::models::AuditFilterState", "Custom range");
    }
    return {};
}

std::pair<QDateTime, QDateTime> AuditFilterState::bounds(const QDateTime &now) const
{
    const QDateTime utc = now.toUTC();
    switch (range) {
    case Range::LastHour: return {utc.addSecs(-3600), {}};
    case Range::Last24Hours: return {utc.addSecs(-24 * 3600), {}};
    case Range::Last7Days: return {utc.addDays(-7), {}};
    case Range::Last30Days: return {utc.addDays(-30), {}};
    case Range::All: return {};
    case Range::Custom:
        return {customFrom.isValid() ? customFrom.toUTC() : QDateTime(),
                customTo.isValid() ? customTo.toUTC() : QDateTime()};
    }
    return {};
}

audit::AuditFilter AuditFilterState::rangeFilter(const QDateTime &now) const
{
    audit::AuditFilter filter;
    std::tie(filter.from, filter.to) = bounds(now);
    return filter;
}

audit::AuditFilter AuditFilterState::toFilter(const QDateTime &now) const
{
    audit::AuditFilter filter = rangeFilter(now);
    if (!principal.isEmpty())
        filter.principals = {principal};
    if (!operation.isEmpty())
        filter.operations = {operation};
    if (result)
        filter.results = {*result};
    filter.targetContains = target.trimmed();
    return filter;
}

audit::ImportedFilter AuditFilterState::toImportedFilter(const QDateTime &now) const
{
    audit::ImportedFilter filter;
    std::tie(filter.from, filter.to) = bounds(now);
    return filter;
}

bool AuditFilterState::matches(const audit::ImportedEvent &event) const
{
    if (!principal.isEmpty() && principal != AuditText::importedPrincipal(event) && principal != event.identityObjectId)
        return false;
    if (!operation.isEmpty() && operation != event.operationName)
        return false;
    if (result && *result != AuditText::importedResult(event))
        return false;
    const QString text = target.trimmed();
    if (!text.isEmpty() && !event.target.contains(text, Qt::CaseInsensitive)
        && !event.requestUri.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool AuditFilterState::isDefault() const
{
    return range == Range::All && principal.isEmpty() && operation.isEmpty() && !result && target.trimmed().isEmpty();
}

} // namespace coffer::models
