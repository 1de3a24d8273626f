#pragma once

#include "core/common/Result.h"
#include "core/vault/ScheduleTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace coffer::storage {
class Database;
}

// The notifications table (schema 7): plain reads and writes for the stores and the due runner. Callers authorize
// and hold the write transaction (Engine::run); nothing here records audit entries.
namespace coffer::notices {

// Records a notice on one version (versions.id). Fires once per (version, type): an existing row is kept and
// false returned, except a near_expiry whose `due` is later than the stored one (the version's expiry was moved
// out, so the notice is due again): then `at`, `due` and `reason` are replaced and true returned.
Result<bool> record(storage::Database &db, qint64 versionRow, NotificationType type, const QDateTime &at,
                    const std::optional<QDateTime> &due, const QString &reason);

// When a notice of `type` was recorded for the version (`at`), if ever: VersionTimes::lastNotified.
Result<std::optional<QDateTime>> recordedAt(storage::Database &db, qint64 versionRow, NotificationType type);

// Notices of live and deleted objects of the `allowed` kinds matching `filter`, newest first (at, then id).
Result<QList<Notification>> list(storage::Database &db, const NotificationFilter &filter,
                                 const QList<ObjectKind> &allowed);

} // namespace coffer::notices
