#pragma once

#include <QDateTime>

namespace coffer {

// The only source of wall-clock time in core. The composition roots (app/) inject the system clock;
// tests inject FakeClock. Times are UTC.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

// A clock that stands still until told to move: for tests and for previews ("time-shift").
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start)
        : m_now(start.toUTC())
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time.toUTC(); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace coffer
