#include "ui/ScheduleCalendarPainter.h"

#include "models/ScheduleModel.h"
#include "models/TimeFormat.h"
#include "models/TimelineTicks.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace coffer::ui {

using models::ScheduleModel;
using rotation::EventKind;
using rotation::PlanEvent;

namespace {
constexpr double kBarHeight = 8;
const EventKind kMarkKinds[]
        = {EventKind::Rotate, EventKind::Renew, EventKind::Notify, EventKind::Expire, EventKind::Overdue};
const ScheduleState kStates[] = {ScheduleState::Ok, ScheduleState::Soon, ScheduleState::Expired, ScheduleState::Overdue,
                                 ScheduleState::Disabled};

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}
} // namespace

ScheduleCalendarPainter::ScheduleCalendarPainter(const ScheduleCalendar &calendar)
    : m_c(calendar)
{ }

bool ScheduleCalendarPainter::dark() const
{
    return m_c.palette().color(QPalette::Base).lightness() < 128;
}

QColor ScheduleCalendarPainter::markColor(EventKind kind, bool dark)
{
    switch (kind) {
    case EventKind::Rotate:
    case EventKind::Renew: return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    case EventKind::Notify:
    case EventKind::NearExpiry: return ScheduleModel::stateColor(ScheduleState::Soon, dark);
    case EventKind::Expire: return ScheduleModel::stateColor(ScheduleState::Expired, dark);
    case EventKind::Overdue: return ScheduleModel::stateColor(ScheduleState::Overdue, dark);
    case EventKind::VersionValid: break;
    }
    return ScheduleModel::stateColor(ScheduleState::Ok, dark);
}

void ScheduleCalendarPainter::drawMark(QPainter &painter, EventKind kind, const QPointF &c, double r,
                                       const QColor &color)
{
    painter.save();
    painter.setPen(QPen(color.darker(140), 1));
    painter.setBrush(color);
    switch (kind) {
    case EventKind::Rotate: painter.drawEllipse(c, r, r); break;
    case EventKind::Renew: painter.drawRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8)); break;
    case EventKind::Notify: {
        QPainterPath triangle;
        triangle.moveTo(c.x(), c.y() - r * 1.1);
        triangle.lineTo(c.x() + r * 1.05, c.y() + r * 0.8);
        triangle.lineTo(c.x() - r * 1.05, c.y() + r * 0.8);
        triangle.closeSubpath();
        painter.drawPath(triangle);
        break;
    }
    case EventKind::Expire: {
        QPainterPath diamond;
        diamond.moveTo(c.x(), c.y() - r * 1.2);
        diamond.lineTo(c.x() + r * 1.2, c.y());
        diamond.lineTo(c.x(), c.y() + r * 1.2);
        diamond.lineTo(c.x() - r * 1.2, c.y());
        diamond.closeSubpath();
        painter.drawPath(diamond);
        break;
    }
    case EventKind::Overdue:
        painter.setPen(QPen(color, 2.6, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
        painter.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r));
        break;
    case EventKind::VersionValid:
    case EventKind::NearExpiry: painter.drawEllipse(c, r / 2, r / 2); break;
    }
    painter.restore();
}

void ScheduleCalendarPainter::legend(QPainter &painter) const
{
    QFont font = m_c.font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const bool isDark = dark();
    const int cy = ScheduleCalendar::kLegendHeight / 2 + 1;
    int x = m_c.plotLeft();
    const QColor text = m_c.palette().color(QPalette::Text);
    for (EventKind kind : kMarkKinds) {
        drawMark(painter, kind, QPointF(x + ScheduleCalendar::kMarkRadius, cy), ScheduleCalendar::kMarkRadius - 0.5,
                 markColor(kind, isDark));
        const QString label = ScheduleModel::eventText(kind);
        painter.setPen(text);
        painter.drawText(QPoint(x + 15, cy + metrics.ascent() / 2 - 1), label);
        x += 15 + metrics.horizontalAdvance(label) + 14;
    }
    x += 10;
    for (ScheduleState state : kStates) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(ScheduleModel::stateColor(state, isDark));
        painter.drawRoundedRect(QRectF(x, cy - kBarHeight / 2, 16, kBarHeight), 2, 2);
        const QString label = ScheduleModel::stateText(state);
        painter.setPen(text);
        painter.drawText(QPoint(x + 20, cy + metrics.ascent() / 2 - 1), label);
        x += 20 + metrics.horizontalAdvance(label) + 12;
    }
    painter.setPen(m_c.palette().color(QPalette::PlaceholderText));
    painter.drawText(QRect(8, 0, ScheduleCalendar::kGutter - 12, ScheduleCalendar::kLegendHeight),
                     Qt::AlignVCenter | Qt::AlignLeft,
                     tr("%1 shown · ticks: %2").arg(m_c.spanText(), m_c.tickStepName()));
}

void ScheduleCalendarPainter::axis(QPainter &painter) const
{
    const models::TimelineTicks::Step step = models::TimelineTicks::stepFor(m_c.span(), m_c.plotWidth(), 90);
    const QList<models::TimelineTicks::Tick> ticks = models::TimelineTicks::ticks(m_c.m_start, m_c.m_end, step);
    const QColor grid = m_c.palette().color(QPalette::Mid);
    const int axisTop = ScheduleCalendar::kLegendHeight;
    painter.setPen(grid);
    painter.drawLine(m_c.plotLeft(), m_c.linesTop() - 1, m_c.width(), m_c.linesTop() - 1);
    QFont font = m_c.font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics metrics(font);
    int lastRight = -1000;
    for (const models::TimelineTicks::Tick &tick : ticks) {
        const int x = int(std::lround(m_c.xOf(tick.msecs)));
        if (x < m_c.plotLeft() || x > m_c.width())
            continue;
        painter.setPen(QPen(withAlpha(grid, tick.major ? 170 : 80), tick.major ? 1.3 : 1.0));
        painter.drawLine(x, axisTop + ScheduleCalendar::kAxisHeight - 5, x, m_c.height());
        const int w = metrics.horizontalAdvance(tick.label);
        if (x + 3 <= lastRight + 6 || x + 3 + w > m_c.width())
            continue;
        QFont f = font;
        f.setBold(tick.major);
        painter.setFont(f);
        painter.setPen(m_c.palette().color(QPalette::Text));
        painter.drawText(QPoint(x + 3, axisTop + metrics.ascent() + 2), tick.label);
        lastRight = x + 3 + w;
    }
}

void ScheduleCalendarPainter::rows(QPainter &painter) const
{
    if (!m_c.m_model)
        return;
    const bool isDark = dark();
    const QPalette &pal = m_c.palette();
    QFont bold = m_c.font();
    bold.setBold(true);
    int stripe = 0;
    for (const ScheduleCalendar::Line &line : m_c.m_lines) {
        const QRect band(0, line.top, m_c.width(), line.height);
        if (line.row < 0) {
            painter.fillRect(band, pal.color(QPalette::AlternateBase).darker(isDark ? 80 : 108));
            painter.setFont(bold);
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(band.adjusted(8, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                             tr("%1 (%2)").arg(ScheduleModel::kindGroupText(line.kind)).arg(line.count));
            stripe = 0;
            continue;
        }
        const ScheduleEntry &entry = m_c.m_model->entry(line.row);
        QColor background = pal.color(QPalette::Base);
        if (stripe++ % 2 == 1)
            background = pal.color(QPalette::AlternateBase);
        painter.fillRect(band, background);
        if (line.row == m_c.m_selected)
            painter.fillRect(band, withAlpha(pal.color(QPalette::Highlight), 60));
        const QColor stateColor = ScheduleModel::stateColor(entry.state, isDark);
        painter.setPen(Qt::NoPen);
        painter.setBrush(stateColor);
        painter.drawEllipse(QPointF(14, line.top + line.height / 2.0), 4, 4);
        painter.setFont(m_c.font());
        painter.setPen(entry.state == ScheduleState::Disabled ? stateColor : pal.color(QPalette::Text));
        const int textWidth = ScheduleCalendar::kGutter - 34;
        painter.drawText(QRect(24, line.top, textWidth, line.height), Qt::AlignVCenter | Qt::AlignLeft,
                         QFontMetrics(m_c.font()).elidedText(entry.name, Qt::ElideMiddle, textWidth));
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(ScheduleCalendar::kGutter - 6, m_c.linesTop(), ScheduleCalendar::kGutter - 6, m_c.height());
}

void ScheduleCalendarPainter::bars(QPainter &painter) const
{
    if (!m_c.m_model)
        return;
    painter.save();
    painter.setClipRect(QRect(m_c.plotLeft(), m_c.linesTop(), m_c.width(), m_c.height()));
    const bool isDark = dark();
    const double right = m_c.width() + 10.0;
    for (const ScheduleCalendar::Line &line : m_c.m_lines) {
        if (line.row < 0)
            continue;
        const ScheduleEntry &entry = m_c.m_model->entry(line.row);
        const double cy = line.top + line.height / 2.0;
        const bool disabled = entry.state == ScheduleState::Disabled;
        for (const PlanEvent &e : entry.events) {
            if (e.kind == EventKind::Overdue) {
                const double x1 = m_c.xOf(e.at.toMSecsSinceEpoch());
                const double x2 = e.end ? m_c.xOf(e.end->toMSecsSinceEpoch()) : x1;
                painter.fillRect(QRectF(x1, cy - 2, std::max(1.0, x2 - x1), 4),
                                 withAlpha(markColor(EventKind::Overdue, isDark), 110));
                continue;
            }
            if (e.kind != EventKind::VersionValid)
                continue;
            const double x1 = std::max(m_c.xOf(e.at.toMSecsSinceEpoch()), double(m_c.plotLeft() - 2));
            const double x2 = e.end ? std::min(m_c.xOf(e.end->toMSecsSinceEpoch()), right) : right;
            if (x2 <= x1)
                continue;
            // The part from its near-expiry point on is amber.
            double soonX = x2;
            for (const PlanEvent &n : entry.events)
                if (n.kind == EventKind::NearExpiry && n.generation == e.generation && n.version == e.version)
                    soonX = std::clamp(m_c.xOf(n.at.toMSecsSinceEpoch()), x1, x2);
            const int alpha = e.generation == 0 ? 210 : (e.generation > 0 ? 95 : 120);
            const QColor ok = ScheduleModel::stateColor(disabled ? ScheduleState::Disabled : ScheduleState::Ok, isDark);
            const QColor soon
                    = ScheduleModel::stateColor(disabled ? ScheduleState::Disabled : ScheduleState::Soon, isDark);
            const QRectF bar(x1, cy - kBarHeight / 2, x2 - x1, kBarHeight);
            painter.setPen(Qt::NoPen);
            painter.setBrush(withAlpha(ok, alpha));
            painter.drawRect(QRectF(x1, bar.top(), soonX - x1, kBarHeight));
            painter.setBrush(withAlpha(soon, alpha));
            painter.drawRect(QRectF(soonX, bar.top(), x2 - soonX, kBarHeight));
            if (e.generation > 0) { // planned: outlined, dashed
                painter.setPen(QPen(ok, 1, Qt::DashLine));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(bar);
            }
        }
    }
    painter.restore();
}

void ScheduleCalendarPainter::marks(QPainter &painter) const
{
    if (!m_c.m_model)
        return;
    painter.save();
    painter.setClipRect(QRect(m_c.plotLeft() - 8, m_c.linesTop(), m_c.width(), m_c.height()));
    const bool isDark = dark();
    const qint64 now = m_c.nowMsecs();
    const qint64 slack = qint64(12.0 * double(m_c.span()) / m_c.plotWidth());
    for (const ScheduleCalendar::Line &line : m_c.m_lines) {
        if (line.row < 0)
            continue;
        const ScheduleEntry &entry = m_c.m_model->entry(line.row);
        const double cy = line.top + line.height / 2.0;
        for (const PlanEvent &e : entry.events) {
            if (!m_c.isMark(e.kind))
                continue;
            const qint64 at = e.at.toMSecsSinceEpoch();
            if (at < m_c.m_start - slack || at > m_c.m_end + slack)
                continue;
            QColor color = markColor(e.kind, isDark);
            if (entry.state == ScheduleState::Disabled)
                color = ScheduleModel::stateColor(ScheduleState::Disabled, isDark);
            else if (at < now && e.kind != EventKind::Overdue)
                color.setAlpha(130); // the past
            drawMark(painter, e.kind, QPointF(m_c.xOf(at), cy), ScheduleCalendar::kMarkRadius, color);
        }
    }
    painter.restore();
}

void ScheduleCalendarPainter::nowLine(QPainter &painter) const
{
    if (!m_c.m_model || !m_c.m_model->hasSchedule())
        return;
    const QDateTime now = m_c.m_model->schedule().now;
    const double x = m_c.xOf(now.toMSecsSinceEpoch());
    if (x < m_c.plotLeft() || x > m_c.width())
        return;
    const QColor color = m_c.m_preview ? ScheduleModel::stateColor(ScheduleState::Overdue, dark())
                                       : m_c.palette().color(QPalette::Highlight);
    painter.setPen(QPen(color, 2, m_c.m_preview ? Qt::DashLine : Qt::SolidLine));
    painter.drawLine(QPointF(x, ScheduleCalendar::kLegendHeight + 2), QPointF(x, m_c.height()));
    QFont font = m_c.font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(true);
    painter.setFont(font);
    const QString label = m_c.m_preview ? tr("Preview %1").arg(now.toUTC().date().toString(Qt::ISODate)) : tr("Now");
    const QFontMetrics metrics(font);
    const int w = metrics.horizontalAdvance(label) + 8;
    const QRectF box(std::min(x + 3, double(m_c.width() - w)), ScheduleCalendar::kLegendHeight + 2, w,
                     metrics.height() + 2);
    painter.fillRect(box, m_c.palette().color(QPalette::Base));
    painter.setPen(color);
    painter.drawText(box, Qt::AlignCenter, label);
}

} // namespace coffer::ui
