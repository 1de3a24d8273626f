#pragma once

#include "core/audit/AuditFilter.h"
#include "core/audit/ImportedEvent.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace coffer::models {

// What the Audit page's filter bar holds, and the core filters it stands for: a time range (a preset relative to
// now, or custom), one principal, one operation, one result and a target text. Both the vault's own records and
// imported Azure events are filtered by the same state (Azure events in C++, through matches()).
struct AuditFilterState
{
    enum class Range { LastHour, Last24Hours, Last7Days, Last30Days, All, Custom };

    Range range = Range::All;
    QDateTime customFrom; // Custom only; invalid: open
    QDateTime customTo; // Custom only, exclusive; invalid: open
    QString principal; // id or name; empty: everyone
    QString operation; // "SecretGet"; empty: every operation
    std::optional<audit::AuditResult> result;
    QString target; // substring, case-insensitive

    static QString rangeName(Range range); // translated: "Last hour", …
    // The time bounds at `now`: [from, to) with invalid meaning open.
    std::pair<QDateTime, QDateTime> bounds(const QDateTime &now) const;
    audit::AuditFilter toFilter(const QDateTime &now) const;
    // Only the time range: what an export of the filtered records spans (stubs for the rest).
    audit::AuditFilter rangeFilter(const QDateTime &now) const;
    // Only the time range: the rest is applied by matches().
    audit::ImportedFilter toImportedFilter(const QDateTime &now) const;
    // Principal, operation, result and target for an imported event (the time range is applied by core).
    bool matches(const audit::ImportedEvent &event) const;
    bool isDefault() const;
};

} // namespace coffer::models
