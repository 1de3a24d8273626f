#include "models/Counts.h"

#include <QCoreApplication>

namespace coffer::models::counts {

namespace {
QString pick(qint64 n, const char *one, const char *many)
{
    return QCoreApplication::translate("coffer::models::Counts", n == 1 ? one : many).arg(n);
}
} // namespace

// QT_TRANSLATE_NOOP marks the pairs for lupdate; pick() translates them at run time.
QString days(qint64 n)
{
    return pick(n, QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 day"),
                QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 days"));
}

QString hours(qint64 n)
{
    return pick(n, QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 hour"),
                QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 hours"));
}

QString minutes(qint64 n)
{
    return pick(n, QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 minute"),
                QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 minutes"));
}

QString seconds(qint64 n)
{
    return pick(n, QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 second"),
                QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 seconds"));
}

QString bytes(qint64 n)
{
    return pick(n, QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 byte"),
                QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 bytes"));
}

QString secrets(qint64 n)
{
    return pick(n, QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 secret"),
                QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 secrets"));
}

QString keys(qint64 n)
{
    return pick(n, QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 key"),
                QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 keys"));
}

QString certificates(qint64 n)
{
    return pick(n, QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 certificate"),
                QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 certificates"));
}

QString items(qint64 n)
{
    return pick(n, QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 item"),
                QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 items"));
}

QString records(qint64 n)
{
    return pick(n, QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 record"),
                QT_TRANSLATE_NOOP("coffer::models::Counts", "%1 records"));
}

} // namespace coffer::models::counts
