#include "ui/ScheduleCalendar.h"

#include "models/ScheduleModel.h"
#include "models/ScheduleOperations.h"
#include "models/TimeFormat.h"
#include "models/TimelineTicks.h"
#include "ui/ScheduleCalendarPainter.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace coffer::ui {

using models::ScheduleModel;
using rotation::EventKind;
using rotation::PlanEvent;

ScheduleCalendar::ScheduleCalendar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scheduleCalendar"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Rotation and expiry calendar"));
    m_end = 180 * kDayMsecs; // until a schedule arrives
}

void ScheduleCalendar::setModel(models::ScheduleModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &ScheduleCalendar::relayout);
        connect(model, &QAbstractItemModel::modelReset, this, &ScheduleCalendar::relayout);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ScheduleCalendar::relayout);
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            update();
            updateAccessibleText();
        });
    }
    relayout();
}

void ScheduleCalendar::setPreview(bool preview)
{
    m_preview = preview;
    update();
}

void ScheduleCalendar::relayout()
{
    const int selected = m_selected;
    m_lines.clear();
    int top = linesTop();
    if (m_model) {
        for (const ScheduleModel::Group &group : m_model->groups()) {
            m_lines.append({-1, group.kind, group.count, top, kGroupHeaderHeight});
            top += kGroupHeaderHeight;
            for (int row = group.first; row < group.first + group.count; ++row) {
                m_lines.append({row, group.kind, 0, top, kRowHeight});
                top += kRowHeight;
            }
        }
    }
    const int rows = m_model ? m_model->rowCount() : 0;
    m_selected = selected < rows ? selected : rows - 1;
    updateGeometry();
    update();
    updateAccessibleText();
    if (m_selected != selected)
        Q_EMIT selectedRowChanged(m_selected);
}

int ScheduleCalendar::plotWidth() const
{
    return std::max(1, width() - kGutter - 12);
}

double ScheduleCalendar::xOf(qint64 msecs) const
{
    return plotLeft() + double(msecs - m_start) * plotWidth() / double(std::max<qint64>(1, span()));
}

qint64 ScheduleCalendar::msecsAt(double x) const
{
    return m_start + qint64((x - plotLeft()) * double(span()) / plotWidth());
}

qint64 ScheduleCalendar::nowMsecs() const
{
    if (m_model && m_model->hasSchedule() && m_model->schedule().now.isValid())
        return m_model->schedule().now.toMSecsSinceEpoch();
    return m_start + span() / 6;
}

QSize ScheduleCalendar::sizeHint() const
{
    return {960, minimumSizeHint().height()};
}

QSize ScheduleCalendar::minimumSizeHint() const
{
    const int bottom = m_lines.isEmpty() ? linesTop() + 3 * kRowHeight : m_lines.last().top + m_lines.last().height;
    return {kGutter + 300, bottom + 8};
}

void ScheduleCalendar::setRange(qint64 startMsecs, qint64 endMsecs)
{
    const qint64 length = std::clamp(endMsecs - startMsecs, kMinSpan, kMaxSpan);
    const qint64 start = startMsecs + (endMsecs - startMsecs) / 2 - length / 2;
    if (start == m_start && start + length == m_end)
        return;
    m_start = start;
    m_end = start + length;
    update();
    updateAccessibleText();
    Q_EMIT rangeChanged(m_start, m_end);
}

void ScheduleCalendar::zoomBy(double factor, std::optional<int> anchorX)
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
    updateAccessibleText();
    Q_EMIT rangeChanged(m_start, m_end);
}

void ScheduleCalendar::showMonths(int months)
{
    const qint64 length = std::clamp(qint64(months) * 30437 * kDayMsecs / 1000, kMinSpan, kMaxSpan);
    const qint64 start = nowMsecs() - length / 6;
    setRange(start, start + length);
}

void ScheduleCalendar::goToNow()
{
    pan(nowMsecs() - span() / 6 - m_start);
}

void ScheduleCalendar::pan(qint64 deltaMsecs)
{
    if (deltaMsecs == 0)
        return;
    m_start += deltaMsecs;
    m_end += deltaMsecs;
    update();
    updateAccessibleText();
    Q_EMIT rangeChanged(m_start, m_end);
}

QString ScheduleCalendar::spanText() const
{
    const qint64 days = span() / kDayMsecs;
    if (days < 45)
        return tr("about %1 days").arg(days);
    return tr("about %1 months").arg(std::lround(double(days) / 30.44));
}

QString ScheduleCalendar::tickStepName() const
{
    return models::TimelineTicks::stepFor(span(), plotWidth(), 90).name();
}

void ScheduleCalendar::setSelectedRow(int row)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    if (row < -1 || row >= rows)
        row = -1;
    if (row == m_selected)
        return;
    m_selected = row;
    ensureRowVisible(row);
    update();
    updateAccessibleText();
    Q_EMIT selectedRowChanged(row);
}

void ScheduleCalendar::ensureRowVisible(int row)
{
    const QRect rect = rowRect(row);
    if (!rect.isValid())
        return;
    // Inside the page's scroll area (its viewport is the parent): bring the row into view.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            area->ensureVisible(0, rect.center().y(), 0, kRowHeight);
            break;
        }
}

QRect ScheduleCalendar::rowRect(int row) const
{
    for (const Line &line : m_lines)
        if (line.row == row && row >= 0)
            return {0, line.top, width(), line.height};
    return {};
}

int ScheduleCalendar::rowAt(int y) const
{
    for (const Line &line : m_lines)
        if (y >= line.top && y < line.top + line.height)
            return line.row;
    return -1;
}

bool ScheduleCalendar::isMark(EventKind kind) const
{
    return kind != EventKind::VersionValid && kind != EventKind::NearExpiry;
}

ScheduleCalendar::Hit ScheduleCalendar::hitAt(const QPoint &pos) const
{
    const int row = rowAt(pos.y());
    if (row < 0 || !m_model)
        return {};
    Hit hit {row, -1};
    if (pos.x() < plotLeft() - 8)
        return hit;
    const QList<PlanEvent> &events = m_model->entry(row).events;
    double best = kMarkRadius + 3;
    for (int i = 0; i < events.size(); ++i) {
        if (!isMark(events.at(i).kind))
            continue;
        const double distance = std::abs(xOf(events.at(i).at.toMSecsSinceEpoch()) - pos.x());
        if (distance <= best) {
            best = distance;
            hit.event = i;
        }
    }
    return hit;
}

std::optional<QPoint> ScheduleCalendar::markPosition(ObjectKind kind, const QString &name, EventKind eventKind,
                                                     int nth) const
{
    if (!m_model)
        return std::nullopt;
    const int row = m_model->rowOf(kind, name);
    const QRect rect = rowRect(row);
    if (!rect.isValid())
        return std::nullopt;
    int seen = 0;
    for (const PlanEvent &event : m_model->entry(row).events) {
        if (event.kind != eventKind || seen++ != nth)
            continue;
        const qint64 at = event.at.toMSecsSinceEpoch();
        if (at < m_start || at > m_end)
            return std::nullopt;
        return QPoint(int(std::lround(xOf(at))), rect.center().y());
    }
    return std::nullopt;
}

QString ScheduleCalendar::toolTipAt(const QPoint &pos) const
{
    const Hit hit = hitAt(pos);
    if (hit.row < 0)
        return {};
    const ScheduleEntry &entry = m_model->entry(hit.row);
    const QString object = tr("%1 (%2)").arg(entry.name, models::ScheduleOperations::kindText(entry.kind));
    if (hit.event >= 0) {
        const PlanEvent &e = entry.events.at(hit.event);
        QString text = tr("%1 · %2\n%3").arg(ScheduleModel::eventText(e.kind), object, models::formatTimeUtc(e.at));
        if (e.kind == EventKind::Overdue && e.end)
            text += u'\n'
                    + tr("due since %1, not done by %2")
                              .arg(models::formatTimeUtc(e.at), models::formatTimeUtc(*e.end));
        if (!e.reason.isEmpty())
            text += u'\n' + e.reason;
        if (!e.source.isEmpty())
            text += u'\n' + tr("Policy: %1").arg(e.source);
        return text;
    }
    // A version's bar under the pointer, else the row as a whole.
    const qint64 at = msecsAt(pos.x());
    if (pos.x() >= plotLeft()) {
        for (const PlanEvent &e : entry.events) {
            if (e.kind != EventKind::VersionValid || at < e.at.toMSecsSinceEpoch()
                || (e.end && at > e.end->toMSecsSinceEpoch()))
                continue;
            const QString version = e.version >= 0 && e.version < entry.versions.size()
                    ? entry.versions.at(e.version).version.left(8)
                    : tr("a version a planned rotation makes");
            const QString until = e.end ? models::formatTimeUtc(*e.end) : tr("no expiry");
            return tr("%1, version %2\nvalid %3 → %4").arg(object, version, models::formatTimeUtc(e.at), until);
        }
    }
    return m_model->index(hit.row, 0).data(Qt::ToolTipRole).toString();
}

void ScheduleCalendar::activate(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const ScheduleEntry &entry = m_model->entry(row);
    Q_EMIT objectActivated(entry.kind, entry.name);
}

void ScheduleCalendar::updateAccessibleText()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    QString text = rows == 1 ? tr("1 object") : tr("%1 objects").arg(rows);
    text += u", "
            + tr("%1 to %2")
                      .arg(QDateTime::fromMSecsSinceEpoch(m_start, Qt::UTC).date().toString(Qt::ISODate),
                           QDateTime::fromMSecsSinceEpoch(m_end, Qt::UTC).date().toString(Qt::ISODate));
    if (m_selected >= 0 && m_model) {
        const QModelIndex index = m_model->index(m_selected, 0);
        text += u". "
                + tr("Selected: %1").arg(index.data(Qt::ToolTipRole).toString().replace(u'\n', QStringLiteral("; ")));
    }
    setAccessibleDescription(text);
}

bool ScheduleCalendar::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            text = tr("Ctrl+wheel or Ctrl++/Ctrl+− zooms, Shift+wheel, dragging or ←/→ pans, Home goes back to now. "
                      "Click a row or a mark, or press Enter, to open the object.");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void ScheduleCalendar::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0)
            zoomBy(std::pow(1.25, -double(delta.y()) / 120.0), int(event->position().x()));
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        pan(-qint64(double(d) / 120.0 * double(span()) / 10.0));
        event->accept();
        return;
    }
    event->ignore(); // the scroll area scrolls the rows
}

void ScheduleCalendar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressStart = m_start;
}

void ScheduleCalendar::mouseMoveEvent(QMouseEvent *event)
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
    pan(start - m_start);
}

void ScheduleCalendar::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const Hit hit = hitAt(event->position().toPoint());
    if (hit.row < 0)
        return;
    setSelectedRow(hit.row);
    activate(hit.row);
}

void ScheduleCalendar::keyPressEvent(QKeyEvent *event)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    switch (event->key()) {
    case Qt::Key_Up:
        if (rows > 0)
            setSelectedRow(m_selected <= 0 ? 0 : m_selected - 1);
        break;
    case Qt::Key_Down:
        if (rows > 0)
            setSelectedRow(std::min(m_selected + 1, rows - 1));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter: activate(m_selected); break;
    case Qt::Key_Left: pan(event->modifiers() & Qt::ShiftModifier ? -span() : -span() / 5); break;
    case Qt::Key_Right: pan(event->modifiers() & Qt::ShiftModifier ? span() : span() / 5); break;
    case Qt::Key_Home: goToNow(); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void ScheduleCalendar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setRenderHint(QPainter::Antialiasing);
    const ScheduleCalendarPainter draw(*this);
    draw.rows(painter);
    draw.axis(painter);
    draw.bars(painter);
    draw.marks(painter);
    draw.nowLine(painter);
    draw.legend(painter);
    if (!m_model || m_model->rowCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const QRect area(plotLeft(), linesTop(), plotWidth(), std::max(3 * kRowHeight, height() - linesTop()));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         m_model && m_model->totalCount() > 0 ? tr("No object matches the filter.")
                                                              : tr("Nothing to show."));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

} // namespace coffer::ui
