#include "ui/AuditTimeline.h"

#include "ui/AuditTimelinePainter.h"

#include "models/AuditText.h"
#include "models/AuditTimelineData.h"
#include "models/TimelineTicks.h"

#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace coffer::ui {

using audit::AuditResult;
using models::AuditText;
using Event = models::AuditTimelineData::Event;

namespace {
constexpr int kLegendHeight = AuditTimeline::kLegendHeight;
constexpr int kAxisHeight = AuditTimeline::kAxisHeight;
constexpr int kImportedHeaderHeight = AuditTimeline::kImportedHeaderHeight;
constexpr int kPack = 7; // events closer than this many pixels in one lane are drawn as one mark

// Most severe first wins a packed mark: Failed, Forbidden, Conflict, NotFound, Success.
int severity(AuditResult result)
{
    switch (result) {
    case AuditResult::Success: return 0;
    case AuditResult::NotFound: return 1;
    case AuditResult::Conflict: return 2;
    case AuditResult::Forbidden: return 3;
    case AuditResult::Failed: return 4;
    }
    return 0;
}

double radiusFor(int count)
{
    return AuditTimeline::markRadius(count);
}

const AuditResult kResults[] = {AuditResult::Success, AuditResult::Forbidden, AuditResult::NotFound,
                                AuditResult::Conflict, AuditResult::Failed};
} // namespace

double AuditTimeline::markRadius(int count)
{
    return std::min(kMarkRadius + std::log2(double(std::max(count, 1))) * 1.3, 9.5);
}

AuditTimeline::AuditTimeline(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setCursor(Qt::OpenHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_end = 24 * 3600 * 1000LL; // until the page fits it to the data
}

void AuditTimeline::setData(const models::AuditTimelineData *timelineData)
{
    m_data = timelineData;
    dataChanged();
}

void AuditTimeline::dataChanged()
{
    if (!m_data || m_selected >= m_data->events().size())
        m_selected = -1;
    updateGeometry();
    update();
}

int AuditTimeline::plotWidth() const
{
    return std::max(1, width() - kGutter - 12);
}

int AuditTimeline::lanesTop() const
{
    return kLegendHeight + kAxisHeight + 2;
}

int AuditTimeline::importedHeaderTop() const
{
    if (!m_data)
        return -1;
    const auto &lanes = m_data->lanes();
    for (int i = 0; i < lanes.size(); ++i)
        if (lanes.at(i).imported)
            return lanesTop() + i * kLaneHeight;
    return -1;
}

int AuditTimeline::laneTop(int lane) const
{
    int top = lanesTop() + lane * kLaneHeight;
    const int header = importedHeaderTop();
    if (header >= 0 && top >= header)
        top += kImportedHeaderHeight;
    return top;
}

QSize AuditTimeline::sizeHint() const
{
    return {900, minimumSizeHint().height()};
}

QSize AuditTimeline::minimumSizeHint() const
{
    const int lanes = m_data ? int(m_data->lanes().size()) : 0;
    const int header = importedHeaderTop() >= 0 ? kImportedHeaderHeight : 0;
    return {kGutter + 200, lanesTop() + std::max(lanes, 3) * kLaneHeight + header + 6};
}

double AuditTimeline::xOf(qint64 msecs) const
{
    return plotLeft() + double(msecs - m_start) * plotWidth() / double(std::max<qint64>(1, span()));
}

qint64 AuditTimeline::msecsAt(double x) const
{
    return m_start + qint64((x - plotLeft()) * double(span()) / plotWidth());
}

void AuditTimeline::setRange(qint64 startMsecs, qint64 endMsecs)
{
    qint64 length = std::clamp(endMsecs - startMsecs, kMinSpan, kMaxSpan);
    const qint64 centre = startMsecs + (endMsecs - startMsecs) / 2;
    const qint64 start = centre - length / 2;
    if (start == m_start && start + length == m_end)
        return;
    m_start = start;
    m_end = start + length;
    update();
    Q_EMIT rangeChanged(m_start, m_end);
}

void AuditTimeline::fitTo(qint64 fromMsecs, qint64 toMsecs)
{
    const qint64 margin = std::max<qint64>((toMsecs - fromMsecs) / 25, 60 * 1000);
    setRange(fromMsecs - margin, toMsecs + margin);
}

void AuditTimeline::fitAll()
{
    if (!m_data || m_data->isEmpty())
        return;
    fitTo(m_data->firstMsecs(), m_data->lastMsecs());
}

void AuditTimeline::zoomBy(double factor, std::optional<int> anchorX)
{
    const double x = anchorX ? double(*anchorX) : plotLeft() + plotWidth() / 2.0;
    const qint64 anchor = msecsAt(x);
    const qint64 length = std::clamp(qint64(double(span()) * factor), kMinSpan, kMaxSpan);
    const double share = std::clamp((x - plotLeft()) / plotWidth(), 0.0, 1.0);
    const qint64 start = anchor - qint64(share * double(length));
    if (length == span() && start == m_start)
        return;
    m_start = start;
    m_end = start + length;
    update();
    Q_EMIT rangeChanged(m_start, m_end);
}

void AuditTimeline::pan(qint64 deltaMsecs)
{
    if (deltaMsecs == 0)
        return;
    m_start += deltaMsecs;
    m_end += deltaMsecs;
    update();
    Q_EMIT rangeChanged(m_start, m_end);
}

qint64 AuditTimeline::tickStep() const
{
    return models::TimelineTicks::stepFor(span(), plotWidth(), 90).approxMsecs();
}

QString AuditTimeline::tickStepName() const
{
    return models::TimelineTicks::stepFor(span(), plotWidth(), 90).name();
}

void AuditTimeline::setSelectedEvent(int event, bool ensureVisible)
{
    if (!m_data || event < 0 || event >= m_data->events().size())
        event = -1;
    m_selected = event;
    if (event >= 0 && ensureVisible) {
        const qint64 at = m_data->events().at(event).msecs;
        if (at < m_start || at > m_end)
            pan(at - (m_start + span() / 2));
    }
    update();
}

QList<AuditTimeline::Mark> AuditTimeline::visibleMarks() const
{
    QList<Mark> marks;
    if (!m_data)
        return marks;
    const QList<Event> &events = m_data->events();
    const qint64 slack = qint64(double(kPack) * double(span()) / plotWidth()) + 1;
    auto it = std::lower_bound(events.cbegin(), events.cend(), m_start - slack,
                               [](const Event &e, qint64 t) { return e.msecs < t; });
    QHash<qint64, int> byCell; // (lane, pixel column) → mark
    for (; it != events.cend() && it->msecs <= m_end + slack; ++it) {
        const int x = int(std::lround(xOf(it->msecs)));
        const qint64 key = (qint64(it->lane) << 32) | quint32(x / kPack);
        const int index = int(it - events.cbegin());
        const auto found = byCell.constFind(key);
        if (found == byCell.cend()) {
            byCell.insert(key, int(marks.size()));
            marks.append({x, it->lane, index, 1, int(it->result), it->imported});
            continue;
        }
        Mark &mark = marks[found.value()];
        mark.x = (mark.x * mark.count + x) / (mark.count + 1);
        ++mark.count;
        if (severity(it->result) > severity(AuditResult(mark.worst)))
            mark.worst = int(it->result);
    }
    return marks;
}

int AuditTimeline::eventAt(const QPoint &pos) const
{
    if (!m_data || pos.x() < plotLeft() - 6)
        return -1;
    int best = -1;
    double bestDistance = 0;
    for (const Mark &mark : visibleMarks()) {
        const double cy = laneTop(mark.lane) + kLaneHeight / 2.0;
        const double r = radiusFor(mark.count) + 3;
        if (std::abs(pos.y() - cy) > kLaneHeight / 2.0 || std::abs(pos.x() - mark.x) > r)
            continue;
        const double distance = std::abs(pos.x() - mark.x);
        if (best < 0 || distance < bestDistance) {
            // The event of the mark nearest in time to the pointer.
            const qint64 at = msecsAt(pos.x());
            const QList<Event> &events = m_data->events();
            int nearest = mark.first;
            for (int i = mark.first, seen = 0; i < events.size() && seen < mark.count; ++i) {
                if (events.at(i).lane != mark.lane)
                    continue;
                ++seen;
                if (std::abs(events.at(i).msecs - at) < std::abs(events.at(nearest).msecs - at))
                    nearest = i;
            }
            best = nearest;
            bestDistance = distance;
        }
    }
    return best;
}

QPoint AuditTimeline::positionOf(int event) const
{
    if (!m_data || event < 0 || event >= m_data->events().size())
        return {};
    const Event &e = m_data->events().at(event);
    if (e.msecs < m_start || e.msecs > m_end)
        return {};
    return {int(std::lround(xOf(e.msecs))), laneTop(e.lane) + kLaneHeight / 2};
}

QString AuditTimeline::markToolTip(const Mark &mark) const
{
    if (mark.count == 1)
        return m_data->toolTip(m_data->events().at(mark.first));
    std::array<int, 5> perResult {};
    const QList<Event> &events = m_data->events();
    for (int i = mark.first, seen = 0; i < events.size() && seen < mark.count; ++i) {
        if (events.at(i).lane != mark.lane)
            continue;
        ++seen;
        ++perResult[size_t(events.at(i).result)];
    }
    QStringList parts;
    for (AuditResult result : kResults)
        if (perResult[size_t(result)] > 0)
            parts << tr("%1 %2").arg(perResult[size_t(result)]).arg(AuditText::resultName(result));
    return tr("%1 events in %2: %3").arg(mark.count).arg(m_data->lanes().at(mark.lane).label, parts.join(u", ")) + u'\n'
            + tr("Zoom in to see them one by one.");
}

bool AuditTimeline::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        for (const Mark &mark : visibleMarks()) {
            const double cy = laneTop(mark.lane) + kLaneHeight / 2.0;
            if (std::abs(help->pos().y() - cy) <= kLaneHeight / 2.0
                && std::abs(help->pos().x() - mark.x) <= radiusFor(mark.count) + 3) {
                QToolTip::showText(help->globalPos(), markToolTip(mark), this);
                return true;
            }
        }
        QToolTip::showText(help->globalPos(),
                           tr("Mouse wheel or +/− zooms around the pointer, dragging or ←/→ pans, Home and End go "
                              "to the oldest and newest event, 0 shows everything. Click an event to see it in full."),
                           this);
        return true;
    }
    return QWidget::event(e);
}

void AuditTimeline::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        pan(-qint64(double(d) / 120.0 * double(span()) / 10.0));
    } else if (delta.y() != 0) {
        zoomBy(std::pow(1.25, -double(delta.y()) / 120.0), int(event->position().x()));
    }
    event->accept();
}

void AuditTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressStart = m_start;
}

void AuditTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    const QPoint moved = event->position().toPoint() - m_pressPos;
    if (!m_dragging && moved.manhattanLength() < 4)
        return;
    if (!m_dragging)
        setCursor(Qt::ClosedHandCursor);
    m_dragging = true;
    const qint64 length = span();
    const qint64 start = m_pressStart - qint64(double(moved.x()) * double(length) / plotWidth());
    if (start != m_start) {
        m_start = start;
        m_end = start + length;
        update();
        Q_EMIT rangeChanged(m_start, m_end);
    }
}

void AuditTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    const int hit = eventAt(event->position().toPoint());
    if (hit >= 0) {
        setSelectedEvent(hit, false);
        Q_EMIT eventSelected(hit);
    }
}

void AuditTimeline::keyPressEvent(QKeyEvent *event)
{
    const qint64 step = span() / 5;
    switch (event->key()) {
    case Qt::Key_Left: pan(event->modifiers() & Qt::ShiftModifier ? -span() : -step); break;
    case Qt::Key_Right: pan(event->modifiers() & Qt::ShiftModifier ? span() : step); break;
    case Qt::Key_Home:
        if (m_data && !m_data->isEmpty())
            pan(m_data->firstMsecs() - (m_start + span() / 10));
        break;
    case Qt::Key_End:
        if (m_data && !m_data->isEmpty())
            pan(m_data->lastMsecs() - (m_end - span() / 10));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_0: fitAll(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void AuditTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    update();
}

void AuditTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setRenderHint(QPainter::Antialiasing);
    const AuditTimelinePainter draw(*this);
    draw.lanes(painter);
    draw.axis(painter);
    const QList<Mark> marks = visibleMarks();
    draw.marks(painter, marks);
    draw.legend(painter);
    if (!m_data || m_data->isEmpty() || marks.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const QRect area(plotLeft(), lanesTop(), plotWidth(), std::max(3 * kLaneHeight, height() - lanesTop()));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         !m_data || m_data->isEmpty()
                                 ? tr("No audit records match the filter.")
                                 : tr("No events in this part of the timeline. Press Home or End to go to the "
                                      "oldest or newest, or 0 to see everything."));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

} // namespace coffer::ui
