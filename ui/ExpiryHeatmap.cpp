#include "ui/ExpiryHeatmap.h"

#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace coffer::ui {

using Data = models::ExpiryHeatmapData;

namespace {
constexpr int kGap = 3; // between cells
constexpr int kMargin = 2;

QColor blend(const QColor &from, const QColor &to, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}
} // namespace

ExpiryHeatmap::ExpiryHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Expiry and rotation heatmap, next 12 months"));
    updateAccessibleText();
}

void ExpiryHeatmap::setData(const Data &data)
{
    m_data = data;
    m_row = std::clamp(m_row, 0, Data::kRows - 1);
    m_column = std::clamp(m_column, 0, Data::kMonths - 1);
    updateAccessibleText();
    updateGeometry();
    update();
}

void ExpiryHeatmap::clear()
{
    setData({});
}

void ExpiryHeatmap::setCurrentCell(int row, int column)
{
    row = std::clamp(row, 0, Data::kRows - 1);
    column = std::clamp(column, 0, Data::kMonths - 1);
    if (row == m_row && column == m_column)
        return;
    m_row = row;
    m_column = column;
    updateAccessibleText();
    update();
    Q_EMIT currentCellChanged(row, column);
}

int ExpiryHeatmap::headerWidth() const
{
    const QFontMetrics fm = fontMetrics();
    int width = 0;
    for (int row = 0; row < Data::kRows; ++row)
        width = std::max(width, fm.horizontalAdvance(Data::kindTitle(Data::kindAt(row))));
    return width + 12;
}

int ExpiryHeatmap::headerHeight() const
{
    return fontMetrics().height() + 6;
}

QSize ExpiryHeatmap::cellSize() const
{
    const int available = width() - headerWidth() - 2 * kMargin;
    const int w = std::max(24, (available - (Data::kMonths - 1) * kGap) / Data::kMonths);
    return {w, fontMetrics().height() * 2 + 4};
}

QRect ExpiryHeatmap::cellRect(int row, int column) const
{
    const QSize size = cellSize();
    return {kMargin + headerWidth() + column * (size.width() + kGap),
            kMargin + headerHeight() + row * (size.height() + kGap), size.width(), size.height()};
}

QPoint ExpiryHeatmap::cellAt(const QPoint &pos) const
{
    for (int row = 0; row < Data::kRows; ++row)
        for (int column = 0; column < Data::kMonths; ++column)
            if (cellRect(row, column).contains(pos))
                return {column, row};
    return {-1, -1};
}

QString ExpiryHeatmap::cellText(int row, int column) const
{
    if (!m_data.isValid())
        return {};
    if (m_data.isHidden(row))
        return QStringLiteral("–");
    const int total = m_data.cell(row, column).total();
    return total > 0 ? QString::number(total) : QString();
}

QSize ExpiryHeatmap::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int column = std::max(fm.horizontalAdvance(QStringLiteral("Mmm 0000")) + 8, 48);
    const int height = 2 * kMargin + headerHeight() + Data::kRows * (fm.height() * 2 + 4 + kGap);
    return {2 * kMargin + headerWidth() + Data::kMonths * (column + kGap), height};
}

QSize ExpiryHeatmap::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return {headerWidth() + Data::kMonths * (24 + kGap), hint.height()};
}

QColor ExpiryHeatmap::shade(int row, int column) const
{
    const QColor empty = palette().color(QPalette::AlternateBase);
    if (!m_data.isValid() || m_data.isHidden(row))
        return palette().color(QPalette::Window).darker(104);
    const models::HeatmapCell &c = m_data.cell(row, column);
    if (c.isEmpty())
        return empty;
    const double t = 0.25 + 0.75 * double(c.total()) / double(std::max(1, m_data.maxTotal()));
    const QColor strong = c.expiries > 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x1f, 0x5f, 0xb0);
    return blend(QColor(0xf4, 0xf6, 0xfa), strong, t);
}

void ExpiryHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);

    // Month titles over the columns (the year only where it changes, and on the first column).
    p.setPen(text);
    for (int column = 0; column < Data::kMonths; ++column) {
        const QRect cell = cellRect(0, column);
        const QRect title(cell.left(), kMargin, cell.width(), headerHeight() - 4);
        QString label = m_data.isValid() ? m_data.monthTitle(column) : QString();
        if (m_data.isValid() && column > 0 && m_data.month(column).month() != 1)
            label = label.section(u' ', 0, 0);
        p.drawText(title, Qt::AlignHCenter | Qt::AlignBottom, fm.elidedText(label, Qt::ElideRight, cell.width()));
    }
    for (int row = 0; row < Data::kRows; ++row) {
        const QRect first = cellRect(row, 0);
        const QRect title(kMargin, first.top(), headerWidth() - 8, first.height());
        p.setPen(text);
        p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, Data::kindTitle(Data::kindAt(row)));
        for (int column = 0; column < Data::kMonths; ++column) {
            const QRect cell = cellRect(row, column);
            const QColor fill = shade(row, column);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(cell, 3, 3);
            const QString label = cellText(row, column);
            if (!label.isEmpty()) {
                QFont font = p.font();
                font.setBold(m_data.isValid() && !m_data.isHidden(row));
                p.setFont(font);
                p.setPen(fill.lightnessF() < 0.55 ? QColor(Qt::white) : text);
                p.drawText(cell, Qt::AlignCenter, label);
                p.setFont(this->font());
            }
        }
    }
    if (hasFocus()) {
        QPen pen(palette().color(QPalette::Highlight), 2);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(cellRect(m_row, m_column)).adjusted(1, 1, -1, -1), 3, 3);
    }
}

void ExpiryHeatmap::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: setCurrentCell(m_row, m_column - 1); break;
    case Qt::Key_Right: setCurrentCell(m_row, m_column + 1); break;
    case Qt::Key_Up: setCurrentCell(m_row - 1, m_column); break;
    case Qt::Key_Down: setCurrentCell(m_row + 1, m_column); break;
    case Qt::Key_Home: setCurrentCell(m_row, 0); break;
    case Qt::Key_End: setCurrentCell(m_row, Data::kMonths - 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: activateCurrent(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void ExpiryHeatmap::mousePressEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || cell.x() < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    setCurrentCell(cell.y(), cell.x());
    activateCurrent();
    event->accept();
}

bool ExpiryHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0 && m_data.isValid())
            QToolTip::showText(help->globalPos(), m_data.tooltip(cell.y(), cell.x()), this,
                               cellRect(cell.y(), cell.x()));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ExpiryHeatmap::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void ExpiryHeatmap::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void ExpiryHeatmap::activateCurrent()
{
    if (!m_data.isValid() || m_data.isHidden(m_row))
        return;
    Q_EMIT monthActivated(int(Data::kindAt(m_row)), m_data.month(m_column));
}

void ExpiryHeatmap::updateAccessibleText()
{
    const QString text = m_data.isValid() ? m_data.accessibleText(m_row, m_column) : tr("No schedule");
    setAccessibleDescription(text);
}

} // namespace coffer::ui
