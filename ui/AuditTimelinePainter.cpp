#include "ui/AuditTimelinePainter.h"

#include "models/AuditText.h"
#include "models/AuditTimelineData.h"
#include "models/TimelineTicks.h"

#include <QPainter>

#include <cmath>

namespace coffer::ui {

using audit::AuditResult;
using models::AuditText;

namespace {
const AuditResult kResults[] = {AuditResult::Success, AuditResult::Forbidden, AuditResult::NotFound,
                                AuditResult::Conflict, AuditResult::Failed};
} // namespace

AuditTimelinePainter::AuditTimelinePainter(const AuditTimeline &timeline)
    : m_t(timeline)
{ }

void AuditTimelinePainter::legend(QPainter &painter) const
{
    QFont font = m_t.font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    int x = m_t.plotLeft();
    const int cy = AuditTimeline::kLegendHeight / 2 + 1;
    const auto item = [&](const QColor &color, bool hollow, const QString &text) {
        painter.setPen(hollow ? QPen(color.darker(110), 2) : QPen(color.darker(130), 1));
        painter.setBrush(hollow ? QBrush(Qt::NoBrush) : QBrush(color));
        painter.drawEllipse(QPointF(x + AuditTimeline::kMarkRadius, cy), AuditTimeline::kMarkRadius,
                            AuditTimeline::kMarkRadius);
        painter.setPen(m_t.palette().color(QPalette::Text));
        painter.drawText(QPoint(x + 14, cy + metrics.ascent() / 2 - 1), text);
        x += 14 + metrics.horizontalAdvance(text) + 16;
    };
    for (AuditResult result : kResults)
        item(AuditText::resultColor(result), false, AuditText::resultName(result));
    if (m_t.m_data && m_t.m_data->showsImported() && m_t.importedHeaderTop() >= 0)
        item(m_t.palette().color(QPalette::Text), true, tr("Imported"));
    painter.setPen(m_t.palette().color(QPalette::PlaceholderText));
    painter.drawText(QRect(8, 0, AuditTimeline::kGutter - 12, AuditTimeline::kLegendHeight),
                     Qt::AlignVCenter | Qt::AlignLeft, tr("Ticks: %1").arg(m_t.tickStepName()));
}

void AuditTimelinePainter::axis(QPainter &painter) const
{
    const models::TimelineTicks::Step step = models::TimelineTicks::stepFor(m_t.span(), m_t.plotWidth(), 90);
    const QList<models::TimelineTicks::Tick> ticks = models::TimelineTicks::ticks(m_t.m_start, m_t.m_end, step);
    const QColor grid = m_t.palette().color(QPalette::Mid);
    const int axisTop = AuditTimeline::kLegendHeight;
    const int bottom = m_t.height();
    painter.setPen(grid);
    painter.drawLine(m_t.plotLeft(), m_t.lanesTop() - 1, m_t.width(), m_t.lanesTop() - 1);
    QFont font = m_t.font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics metrics(font);
    int lastRight = -1000;
    for (const models::TimelineTicks::Tick &tick : ticks) {
        const int x = int(std::lround(m_t.xOf(tick.msecs)));
        if (x < m_t.plotLeft() || x > m_t.width())
            continue;
        QColor line = grid;
        line.setAlpha(tick.major ? 200 : 90);
        painter.setPen(QPen(line, tick.major ? 1.5 : 1.0));
        painter.drawLine(x, axisTop + AuditTimeline::kAxisHeight - 5, x, bottom);
        const int w = metrics.horizontalAdvance(tick.label);
        if (x + 3 <= lastRight + 6 || x + 3 + w > m_t.width())
            continue;
        QFont f = font;
        f.setBold(tick.major);
        painter.setFont(f);
        painter.setPen(m_t.palette().color(QPalette::Text));
        painter.drawText(QPoint(x + 3, axisTop + metrics.ascent() + 2), tick.label);
        lastRight = x + 3 + w;
    }
}

void AuditTimelinePainter::lanes(QPainter &painter) const
{
    if (!m_t.m_data)
        return;
    const QList<models::AuditTimelineData::Lane> &lanes = m_t.m_data->lanes();
    const int header = m_t.importedHeaderTop();
    QFont italic = m_t.font();
    italic.setItalic(true);
    for (int i = 0; i < lanes.size(); ++i) {
        const int top = m_t.laneTop(i);
        const QRect row(0, top, m_t.width(), AuditTimeline::kLaneHeight);
        QColor background = lanes.at(i).imported ? QColor(0xe8, 0xf0, 0xf8) : m_t.palette().color(QPalette::Base);
        if (i % 2 == 1)
            background = background.darker(104);
        painter.fillRect(row, background);
        painter.setFont(lanes.at(i).imported ? italic : m_t.font());
        painter.setPen(m_t.palette().color(QPalette::Text));
        const QString label = tr("%1 (%2)").arg(lanes.at(i).label).arg(lanes.at(i).count);
        painter.drawText(QRect(8, top, AuditTimeline::kGutter - 14, AuditTimeline::kLaneHeight),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         QFontMetrics(painter.font()).elidedText(label, Qt::ElideMiddle, AuditTimeline::kGutter - 14));
    }
    painter.setFont(m_t.font());
    if (header >= 0) {
        const QRect band(0, header, m_t.width(), AuditTimeline::kImportedHeaderHeight);
        painter.fillRect(band, QColor(0xd4, 0xe2, 0xf0));
        painter.setPen(QColor(0x2f, 0x4f, 0x6f));
        painter.drawText(band.adjusted(8, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         tr("Imported from Azure (read-only, not part of this vault's signed log)"));
    }
    painter.setPen(m_t.palette().color(QPalette::Mid));
    painter.drawLine(AuditTimeline::kGutter - 4, m_t.lanesTop(), AuditTimeline::kGutter - 4, m_t.height());
}

void AuditTimelinePainter::marks(QPainter &painter, const QList<AuditTimeline::Mark> &marks) const
{
    painter.save();
    painter.setClipRect(QRect(m_t.plotLeft() - 10, m_t.lanesTop(), m_t.width(), m_t.height()));
    int selectedLane = -1;
    int selectedX = 0;
    if (m_t.m_selected >= 0) {
        const models::AuditTimelineData::Event &e = m_t.m_data->events().at(m_t.m_selected);
        selectedLane = e.lane;
        selectedX = int(std::lround(m_t.xOf(e.msecs)));
    }
    for (const AuditTimeline::Mark &mark : marks) {
        const QColor color = AuditText::resultColor(AuditResult(mark.worst));
        const double r = AuditTimeline::markRadius(mark.count);
        const QPointF centre(mark.x, m_t.laneTop(mark.lane) + AuditTimeline::kLaneHeight / 2.0);
        if (mark.imported) {
            painter.setPen(QPen(color, 2));
            painter.setBrush(m_t.palette().color(QPalette::Base));
        } else {
            painter.setPen(QPen(color.darker(135), 1));
            painter.setBrush(color);
        }
        painter.drawEllipse(centre, r, r);
        if (mark.count > 9 && r >= 8) {
            painter.setPen(mark.imported ? color.darker(150) : QColor(Qt::white));
            QFont small = m_t.font();
            small.setPointSizeF(small.pointSizeF() * 0.7);
            painter.setFont(small);
            painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                             mark.count > 99 ? QStringLiteral("99+") : QString::number(mark.count));
        }
    }
    if (selectedLane >= 0 && selectedX >= m_t.plotLeft() - 10 && selectedX <= m_t.width()) {
        const QColor highlight = m_t.palette().color(QPalette::Highlight);
        QColor soft = highlight;
        soft.setAlpha(70);
        painter.setPen(QPen(soft, 1, Qt::DashLine));
        painter.drawLine(selectedX, m_t.lanesTop(), selectedX, m_t.height());
        painter.setPen(QPen(highlight, 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPointF(selectedX, m_t.laneTop(selectedLane) + AuditTimeline::kLaneHeight / 2.0),
                            AuditTimeline::kMarkRadius + 4, AuditTimeline::kMarkRadius + 4);
    }
    painter.restore();
}

} // namespace coffer::ui
