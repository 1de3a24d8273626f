#include "core/rotation/IsoDuration.h"

#include <QStringList>

namespace coffer::rotation {

namespace {

constexpr int kMaxDigits = 6; // keeps every part, and 12 × years + months, well inside int

Error notADuration(const QString &text, const QString &why)
{
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("'%1' is not an ISO 8601 duration (e.g. P90D, P1Y, P2M, P1W): %2").arg(text, why));
}

// The designators in the order ISO 8601 requires; the index is a part's rank.
enum Part { Years, Months, Weeks, Days, Hours, Minutes, Seconds, PartCount };

int partFor(QChar designator, bool inTime)
{
    switch (designator.unicode()) {
    case u'Y': return inTime ? -1 : Years;
    case u'M': return inTime ? Minutes : Months;
    case u'W': return inTime ? -1 : Weeks;
    case u'D': return inTime ? -1 : Days;
    case u'H': return inTime ? Hours : -1;
    case u'S': return inTime ? Seconds : -1;
    default: return -1;
    }
}

QString plural(int n, const QString &unit)
{
    return n == 1 ? QString(QStringLiteral("1 ") + unit) : QStringLiteral("%1 %2s").arg(n).arg(unit);
}

} // namespace

Result<IsoDuration> IsoDuration::parse(const QString &text)
{
    if (text.isEmpty())
        return notADuration(text, QStringLiteral("the text is empty"));
    const QString upper = text.toUpper();
    if (upper.front() == u'-' || upper.front() == u'+')
        return notADuration(text, QStringLiteral("a duration has no sign; Azure durations are never negative"));
    if (upper.front() != u'P')
        return notADuration(text, QStringLiteral("it must start with P"));

    int values[PartCount] = {};
    bool seen[PartCount] = {};
    int lastPart = -1;
    bool inTime = false;
    bool anyTimePart = false;
    int partCount = 0;
    qsizetype i = 1;
    while (i < upper.size()) {
        const QChar c = upper.at(i);
        if (c == u'T') {
            if (inTime)
                return notADuration(text, QStringLiteral("T appears twice"));
            inTime = true;
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < upper.size() && upper.at(i).isDigit() && upper.at(i).unicode() < 128)
            ++i;
        const qsizetype digits = i - start;
        if (digits == 0) {
            if (c == u'-' || c == u'+')
                return notADuration(text, QStringLiteral("values cannot be negative or signed"));
            return notADuration(text, QStringLiteral("'%1' has no number before it").arg(text.at(i)));
        }
        if (i < upper.size() && (upper.at(i) == u'.' || upper.at(i) == u','))
            return notADuration(text, QStringLiteral("values must be whole numbers"));
        if (i == upper.size())
            return notADuration(text,
                                QStringLiteral("the number %1 has no unit (Y, M, W, D, or H, M, S after T)")
                                        .arg(text.mid(start, digits)));
        if (digits > kMaxDigits)
            return notADuration(text, QStringLiteral("%1 is too large").arg(text.mid(start, digits)));
        const QChar designator = upper.at(i);
        const int part = partFor(designator, inTime);
        if (part < 0) {
            if (partFor(designator, !inTime) >= 0)
                return notADuration(text,
                                    inTime ? QStringLiteral("%1 belongs before the T").arg(designator)
                                           : QStringLiteral("%1 belongs after a T (e.g. PT%2%1)")
                                                     .arg(designator)
                                                     .arg(text.mid(start, digits)));
            return notADuration(text,
                                QStringLiteral("'%1' is not a unit (Y, M, W, D, or H, M, S after T)").arg(text.at(i)));
        }
        if (seen[part])
            return notADuration(text, QStringLiteral("%1 appears twice").arg(designator));
        if (part < lastPart)
            return notADuration(text, QStringLiteral("the parts must come in the order Y, M, D, T, H, M, S"));
        seen[part] = true;
        lastPart = part;
        values[part] = text.mid(start, digits).toInt();
        ++partCount;
        anyTimePart = anyTimePart || inTime;
        ++i;
    }
    if (partCount == 0)
        return notADuration(text, QStringLiteral("it has no parts"));
    if (inTime && !anyTimePart)
        return notADuration(text, QStringLiteral("T must be followed by hours, minutes or seconds"));
    if (seen[Weeks] && partCount > 1)
        return notADuration(text,
                            QStringLiteral("weeks (W) cannot be combined with other parts; use days (e.g. P15D)"));

    IsoDuration d;
    d.m_years = values[Years];
    d.m_months = values[Months];
    d.m_weeks = values[Weeks];
    d.m_days = values[Days];
    d.m_hours = values[Hours];
    d.m_minutes = values[Minutes];
    d.m_seconds = values[Seconds];
    return d;
}

IsoDuration IsoDuration::ofYears(int years)
{
    IsoDuration d;
    d.m_years = years;
    return d;
}

IsoDuration IsoDuration::ofMonths(int months)
{
    IsoDuration d;
    d.m_months = months;
    return d;
}

IsoDuration IsoDuration::ofWeeks(int weeks)
{
    IsoDuration d;
    d.m_weeks = weeks;
    return d;
}

IsoDuration IsoDuration::ofDays(int days)
{
    IsoDuration d;
    d.m_days = days;
    return d;
}

IsoDuration IsoDuration::ofHours(int hours)
{
    IsoDuration d;
    d.m_hours = hours;
    return d;
}

bool IsoDuration::isZero() const
{
    return *this == IsoDuration();
}

QString IsoDuration::toString() const
{
    if (isZero())
        return QStringLiteral("PT0S");
    QString out = QStringLiteral("P");
    const auto add = [&out](int value, QChar designator) {
        if (value != 0)
            out += QString::number(value) + designator;
    };
    add(m_years, u'Y');
    add(m_months, u'M');
    add(m_weeks, u'W');
    add(m_days, u'D');
    if (m_hours != 0 || m_minutes != 0 || m_seconds != 0) {
        out += u'T';
        add(m_hours, u'H');
        add(m_minutes, u'M');
        add(m_seconds, u'S');
    }
    return out;
}

QString IsoDuration::toDisplayString() const
{
    if (isZero())
        return QStringLiteral("0 seconds");
    QStringList parts;
    const auto add = [&parts](int value, const QString &unit) {
        if (value != 0)
            parts << plural(value, unit);
    };
    add(m_years, QStringLiteral("year"));
    add(m_months, QStringLiteral("month"));
    add(m_weeks, QStringLiteral("week"));
    add(m_days, QStringLiteral("day"));
    add(m_hours, QStringLiteral("hour"));
    add(m_minutes, QStringLiteral("minute"));
    add(m_seconds, QStringLiteral("second"));
    return parts.join(u' ');
}

QDateTime IsoDuration::addTo(const QDateTime &time) const
{
    const qint64 secs = qint64(m_hours) * 3600 + qint64(m_minutes) * 60 + m_seconds;
    return time.addMonths(12 * m_years + m_months).addDays(7 * qint64(m_weeks) + m_days).addSecs(secs);
}

QDateTime IsoDuration::subtractFrom(const QDateTime &time) const
{
    const qint64 secs = qint64(m_hours) * 3600 + qint64(m_minutes) * 60 + m_seconds;
    return time.addMonths(-(12 * m_years + m_months)).addDays(-(7 * qint64(m_weeks) + m_days)).addSecs(-secs);
}

bool IsoDuration::atLeast(const IsoDuration &min, const QDateTime &reference) const
{
    return addTo(reference) >= min.addTo(reference);
}

} // namespace coffer::rotation
