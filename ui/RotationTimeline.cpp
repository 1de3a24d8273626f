#include "ui/RotationTimeline.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace coffer::ui {

namespace {
constexpr int kMargin = 14;
constexpr int kRowHeight = 15;

struct Label
{
    qreal x = 0;
    QString text;
    QColor color;
};

// Places labels in rows so that none overlaps the one before it in its row; returns each label's row.
QList<int> placeRows(const QList<Label> &labels, const QFontMetrics &metrics, int rows)
{
    QList<qreal> rightEdge(rows, -1e9);
    QList<int> placed;
    for (const Label &label : labels) {
        const qreal width = metrics.horizontalAdvance(label.text);
        int row = 0;
        while (row < rows - 1 && rightEdge[row] > label.x - width / 2 - 4)
            ++row;
        rightEdge[row] = label.x + width / 2;
        placed << row;
    }
    return placed;
}

QString shortDate(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}
} // namespace

RotationTimeline::RotationTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rotationTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize RotationTimeline::sizeHint() const
{
    return {520, 8 * kRowHeight};
}

QSize RotationTimeline::minimumSizeHint() const
{
    return {240, 8 * kRowHeight};
}

void RotationTimeline::setMarks(const Marks &marks)
{
    m_marks = marks;
    update();
}

void RotationTimeline::clear()
{
    m_marks = {};
    update();
}

void RotationTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics metrics(small);

    if (isEmpty()) {
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter, tr("No schedule"));
        return;
    }

    // The time range: from the earlier of creation and today to the last mark, padded.
    QList<QDateTime> all {m_marks.now};
    if (m_marks.created.isValid())
        all << m_marks.created;
    if (m_marks.expires)
        all << *m_marks.expires;
    if (m_marks.notification)
        all << *m_marks.notification;
    all << m_marks.rotations;
    const auto [first, last] = std::minmax_element(all.begin(), all.end());
    qint64 start = first->toSecsSinceEpoch();
    qint64 end = last->toSecsSinceEpoch();
    if (end - start < 86400 * 30)
        end = start + 86400 * 30;
    const qint64 pad = (end - start) / 25;
    start -= pad;
    end += pad;
    const qreal left = kMargin;
    const qreal width = qMax(10, this->width() - 2 * kMargin);
    const auto xOf = [&](const QDateTime &t) {
        return left + width * qreal(t.toSecsSinceEpoch() - start) / qreal(end - start);
    };
    const qreal axisY = 4 * kRowHeight + 2;

    // The axis, with the range's ends.
    p.setPen(QPen(pal.color(QPalette::Text), 1.5));
    p.drawLine(QPointF(left, axisY), QPointF(left + width, axisY));
    p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
    const QDateTime startTime = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    const QDateTime endTime = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
    p.drawText(QRectF(left, height() - kRowHeight - 2, width, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
               shortDate(startTime));
    p.drawText(QRectF(left, height() - kRowHeight - 2, width, kRowHeight), Qt::AlignRight | Qt::AlignVCenter,
               shortDate(endTime));

    const QColor todayColor(0x1f, 0x6f, 0xd0);
    const QColor expiryColor(0xc0, 0x20, 0x30);
    const QColor notifyColor(0xd0, 0x80, 0x00);
    const QColor rotateColor(0x1b, 0x8f, 0x4b);

    // Above the axis: today, creation, expiry, notification (lines and triangles).
    QList<Label> above;
    const auto vline = [&](const QDateTime &t, const QColor &color, Qt::PenStyle style) {
        p.setPen(QPen(color, 1.5, style));
        const qreal x = xOf(t);
        p.drawLine(QPointF(x, kRowHeight * 2.5), QPointF(x, axisY + 8));
    };
    if (m_marks.created.isValid()) {
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Mid));
        p.drawEllipse(QPointF(xOf(m_marks.created), axisY), 4, 4);
        above << Label {xOf(m_marks.created), tr("Created"), pal.color(QPalette::Text)};
    }
    vline(m_marks.now, todayColor, Qt::SolidLine);
    above << Label {xOf(m_marks.now), tr("Today"), todayColor};
    if (m_marks.expires) {
        vline(*m_marks.expires, expiryColor, Qt::DashLine);
        above << Label {xOf(*m_marks.expires), tr("Expires %1").arg(shortDate(*m_marks.expires)), expiryColor};
    }
    if (m_marks.notification) {
        const qreal x = xOf(*m_marks.notification);
        QPainterPath triangle;
        triangle.moveTo(x, axisY - 2);
        triangle.lineTo(x - 6, axisY - 12);
        triangle.lineTo(x + 6, axisY - 12);
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(notifyColor);
        p.drawPath(triangle);
        above << Label {x, tr("Notify %1").arg(shortDate(*m_marks.notification)), notifyColor};
    }
    std::sort(above.begin(), above.end(), [](const Label &a, const Label &b) { return a.x < b.x; });
    const QList<int> aboveRows = placeRows(above, metrics, 2);
    for (qsizetype i = 0; i < above.size(); ++i) {
        const Label &label = above[i];
        const qreal w = metrics.horizontalAdvance(label.text) + 2;
        const qreal x = qBound(2.0, label.x - w / 2, this->width() - w - 2);
        p.setPen(label.color);
        p.drawText(QRectF(x, 2 + aboveRows[i] * kRowHeight, w, kRowHeight), Qt::AlignCenter, label.text);
    }

    // On and below the axis: the rotations, numbered, with their dates.
    QList<Label> below;
    for (qsizetype i = 0; i < m_marks.rotations.size(); ++i) {
        const qreal x = xOf(m_marks.rotations[i]);
        QPainterPath diamond;
        diamond.moveTo(x, axisY - 7);
        diamond.lineTo(x + 7, axisY);
        diamond.lineTo(x, axisY + 7);
        diamond.lineTo(x - 7, axisY);
        diamond.closeSubpath();
        p.setPen(QPen(pal.color(QPalette::Base), 1));
        p.setBrush(rotateColor);
        p.drawPath(diamond);
        below << Label {x, tr("%1: %2").arg(i + 1).arg(shortDate(m_marks.rotations[i])), rotateColor};
    }
    const QList<int> belowRows = placeRows(below, metrics, 2);
    for (qsizetype i = 0; i < below.size(); ++i) {
        const Label &label = below[i];
        const qreal w = metrics.horizontalAdvance(label.text) + 2;
        const qreal x = qBound(2.0, label.x - w / 2, this->width() - w - 2);
        p.setPen(label.color);
        p.drawText(QRectF(x, axisY + 9 + belowRows[i] * kRowHeight, w, kRowHeight), Qt::AlignCenter, label.text);
    }
}

} // namespace coffer::ui
