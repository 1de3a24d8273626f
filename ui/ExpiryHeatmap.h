#pragma once

#include "models/ExpiryHeatmapData.h"

#include <QDate>
#include <QRect>
#include <QWidget>

namespace coffer::ui {

// The Overview's heatmap of the next 12 months, painted with QPainter: rows secrets, keys, certificates; one column
// per month; each cell shaded by how much happens in it (expiries in red, rotations and renewals in blue) with the
// count written in it. A tooltip lists the objects (up to 10 per line). The arrow keys, Home and End move between
// cells, Enter or Space (or a click) activates one: monthActivated(kind, first day of the month). The accessible
// description follows the current cell ("Keys, March 2026: 2 expiring, 1 rotation").
class ExpiryHeatmap : public QWidget
{
    Q_OBJECT

public:
    explicit ExpiryHeatmap(QWidget *parent = nullptr);

    void setData(const models::ExpiryHeatmapData &data);
    void clear();
    const models::ExpiryHeatmapData &data() const { return m_data; }

    int currentRow() const { return m_row; }
    int currentColumn() const { return m_column; }
    void setCurrentCell(int row, int column);
    // The rectangle of a cell in widget coordinates, and the cell at a point ({-1, -1} outside the grid).
    QRect cellRect(int row, int column) const;
    QPoint cellAt(const QPoint &pos) const;
    // The text written in a cell ("" when empty), as painted.
    QString cellText(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // kind: an ObjectKind value; month: the first day of the month (local time).
    void monthActivated(int kind, const QDate &month);
    void currentCellChanged(int row, int column);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int headerWidth() const;
    int headerHeight() const;
    QSize cellSize() const;
    QColor shade(int row, int column) const;
    void activateCurrent();
    void updateAccessibleText();

    models::ExpiryHeatmapData m_data;
    int m_row = 0;
    int m_column = 0;
};

} // namespace coffer::ui
