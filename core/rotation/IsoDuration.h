#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QString>

namespace coffer::rotation {

// An ISO 8601 duration as Azure Key Vault uses them in rotation policies ("P90D", "P18M", "P2Y", "PT48H").
//
// Accepted forms (decisions where ISO 8601 or Azure leave room, tested in TestRotationPolicy):
// - PnYnMnDTnHnMnS with any subset of the parts, in that order, at least one part, and PnW.
// - Values are whole non-negative numbers of at most 6 digits: no sign ("-P1D"), no fraction ("P1.5D", "P1,5D").
// - Weeks stand alone: "P2W" is accepted, "P1Y2W" / "P2W1D" are not (ISO 8601:2004 §4.4.3.2, and what
//   java.time and .NET accept). "P" and "PT" (no part) and "P1DT" (a T with no time part) are refused.
// - Designators may be typed in lower case ("p90d"); toString() prints upper case.
// - Zero parts are allowed ("P0D"); the rotation rules' minimums reject such values, not the parser.
//
// Y and M are calendar units, so a duration has no fixed length: compare durations only through a reference
// date (atLeast), and add them to dates with addTo/subtractFrom.
class IsoDuration
{
public:
    IsoDuration() = default; // zero: "PT0S"

    // InvalidArgument "'P7' is not an ISO 8601 duration (e.g. P90D, P1Y, P2M, P1W): <what is wrong>".
    static Result<IsoDuration> parse(const QString &text);

    static IsoDuration ofYears(int years);
    static IsoDuration ofMonths(int months);
    static IsoDuration ofWeeks(int weeks);
    static IsoDuration ofDays(int days);
    static IsoDuration ofHours(int hours);

    int years() const { return m_years; }
    int months() const { return m_months; }
    int weeks() const { return m_weeks; }
    int days() const { return m_days; }
    int hours() const { return m_hours; }
    int minutes() const { return m_minutes; }
    int seconds() const { return m_seconds; }
    bool isZero() const;

    // Canonical text: parts in order, zero parts left out, upper case; weeks stay weeks ("P2W"), months are not
    // folded into years ("P18M"). The zero duration prints "PT0S".
    QString toString() const;
    // English for logs and the CLI: "90 days", "1 year 6 months", "2 weeks", "36 hours".
    QString toDisplayString() const;

    // Calendar arithmetic on UTC times: months (12 × years + months) with QDateTime::addMonths — which clamps
    // to the month's last day, so Jan 31 + P1M = Feb 28/29 — then weeks and days with addDays, then the time
    // part with addSecs. subtractFrom does the same steps with negated amounts (months, days, then time), so it
    // is not an exact inverse at month ends (Mar 31 − P1M = Feb 28; + P1M = Mar 28).
    QDateTime addTo(const QDateTime &time) const;
    QDateTime subtractFrom(const QDateTime &time) const;

    // Whether this duration, added to `reference`, reaches at least as far as `min` added to it.
    // P1M is at least P30D from January, but not from February.
    bool atLeast(const IsoDuration &min, const QDateTime &reference) const;

    // Same parts (so P2W != P14D although they span the same time); there is deliberately no operator<.
    friend bool operator==(const IsoDuration &, const IsoDuration &) = default;

private:
    int m_years = 0;
    int m_months = 0;
    int m_weeks = 0;
    int m_days = 0;
    int m_hours = 0;
    int m_minutes = 0;
    int m_seconds = 0;
};

} // namespace coffer::rotation
