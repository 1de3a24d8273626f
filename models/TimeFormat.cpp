#include "models/TimeFormat.h"

#include "models/Counts.h"

#include <QCoreApplication>

namespace coffer::models {

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatTimeUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
}

QString purgeCountdownText(const QDateTime &now, const QDateTime &scheduledPurge)
{
    const qint64 secs = now.secsTo(scheduledPurge);
    if (secs <= 0)
        return QCoreApplication::translate("coffer::models::TimeFormat", "purge due (at the next unlock)");
    const int days = int(secs / 86400);
    const int hours = int((secs % 86400) / 3600);
    const int minutes = int((secs % 3600) / 60);
    if (days > 0)
        return QCoreApplication::translate("coffer::models::TimeFormat", "purged in %1 %2 h")
                .arg(counts::days(days))
                .arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("coffer::models::TimeFormat", "purged in %1 h %2 min")
                .arg(hours)
                .arg(minutes);
    return QCoreApplication::translate("coffer::models::TimeFormat", "purged in %1")
            .arg(counts::minutes(std::max(1, minutes)));
}

} // namespace coffer::models
