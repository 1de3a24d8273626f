#pragma once

#include "core/rotation/RotationPlanner.h"
#include "ui/ScheduleCalendar.h"

#include <QColor>
#include <QCoreApplication>
#include <QPointF>

class QPainter;

namespace coffer::ui {

// Draws a ScheduleCalendar: the rows with their group headers and labels, the month axis and its grid, the
// version bars, the marks (a shape per event kind), the now line and the legend. Its texts belong to the calendar.
class ScheduleCalendarPainter
{
    Q_DECLARE_TR_FUNCTIONS(coffer::ui::ScheduleCalendar)

public:
    explicit ScheduleCalendarPainter(const ScheduleCalendar &calendar);

    void rows(QPainter &painter) const;
    void axis(QPainter &painter) const;
    void bars(QPainter &painter) const;
    void marks(QPainter &painter) const;
    void nowLine(QPainter &painter) const;
    void legend(QPainter &painter) const;

    // A mark's shape: Rotate ●, Renew ■, Notify ▲, Expire ◆, Overdue ✕ (others: a small dot).
    static void drawMark(QPainter &painter, rotation::EventKind kind, const QPointF &centre, double radius,
                         const QColor &color);
    // The colour of an event kind's mark (Rotate and Renew: the accent; Notify: expiring soon; Expire: expired;
    // Overdue: overdue).
    static QColor markColor(rotation::EventKind kind, bool dark);

private:
    bool dark() const;
    const ScheduleCalendar &m_c;
};

} // namespace coffer::ui
