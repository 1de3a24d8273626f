#pragma once

#include <QDateTime>
#include <QString>

namespace coffer::models {

// How the console writes a point in time: local time, ISO-like ("2026-01-01 01:00:00"), unambiguous for admins.
QString formatTime(const QDateTime &time);
// The same in UTC with a "Z" (tooltips, exports).
QString formatTimeUtc(const QDateTime &time);
// The live countdown of Manage deleted: "purged in 89 days 3 h", "purged in 5 h 12 min", "purged in 4 min",
// "purge due" once the date has come (it happens at the next unlock).
QString purgeCountdownText(const QDateTime &now, const QDateTime &scheduledPurge);

} // namespace coffer::models
