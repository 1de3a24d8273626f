#pragma once

#include "core/common/ObjectKind.h"
#include "core/rotation/RotationPlanner.h"
#include "models/ScheduleModel.h"

#include <QList>
#include <QPoint>
#include <QPointer>
#include <QRect>
#include <QWidget>

#include <optional>

namespace coffer::ui {

// The vault-wide rotation and expiry calendar (issue 8), painted like the audit timeline: months on the x axis
// (TimelineTicks), one row per object of the ScheduleModel grouped by kind under group headers, a bar per
// version's validity (green while valid, amber from its near-expiry point, grey when disabled, lighter for the
// versions planned rotations make), marks with their own shapes (Rotate ●, Renew ■, Notify ▲, Expires ◆,
// Overdue ✕), a line at now (or at the previewed time), a legend. Ctrl++ / Ctrl+- and the wheel with Ctrl zoom
// between about one month and 24 months; Shift+wheel, dragging and Left/Right pan; Home goes back to now.
// Up/Down select a row, Enter (or a click on a row or a mark) emits objectActivated. Tooltips name the event,
// its date and its reason.
class ScheduleCalendar : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 kDayMsecs = 24LL * 60 * 60 * 1000;
    static constexpr qint64 kMinSpan = 30 * kDayMsecs; // about a month
    static constexpr qint64 kMaxSpan = 731 * kDayMsecs; // 24 months
    static constexpr int kGutter = 210; // row labels
    static constexpr int kRowHeight = 24;
    static constexpr int kGroupHeaderHeight = 22;
    static constexpr int kLegendHeight = 26;
    static constexpr int kAxisHeight = 22;
    static constexpr double kMarkRadius = 5.5;

    explicit ScheduleCalendar(QWidget *parent = nullptr);

    // Not owned; the calendar follows its rows.
    void setModel(models::ScheduleModel *model);
    models::ScheduleModel *model() const { return m_model; }
    // A time-shift preview: the now line says so.
    void setPreview(bool preview);
    bool isPreview() const { return m_preview; }

    qint64 rangeStart() const { return m_start; }
    qint64 rangeEnd() const { return m_end; }
    qint64 span() const { return m_end - m_start; }
    void setRange(qint64 startMsecs, qint64 endMsecs);
    // Factor < 1 zooms in; the time under `anchorX` (widget x; the centre when unset) stays where it is.
    void zoomBy(double factor, std::optional<int> anchorX = std::nullopt);
    void zoomIn() { zoomBy(1.0 / 1.5); }
    void zoomOut() { zoomBy(1.5); }
    bool canZoomIn() const { return span() > kMinSpan; }
    bool canZoomOut() const { return span() < kMaxSpan; }
    // About `months` months wide, with the schedule's now a sixth of the way in.
    void showMonths(int months);
    void pan(qint64 deltaMsecs);
    // Puts the schedule's now a sixth of the way in, keeping the zoom.
    void goToNow();
    // "about 6 months", for the toolbar and the accessible description.
    QString spanText() const;
    QString tickStepName() const;

    int selectedRow() const { return m_selected; }
    void setSelectedRow(int row);
    // The row, or -1; header rows count as none.
    int rowAt(int y) const;
    QRect rowRect(int row) const;
    struct Hit
    {
        int row = -1;
        int event = -1; // index into the entry's events; -1: the row itself (its label or a bar)
    };
    Hit hitAt(const QPoint &pos) const;
    // Where the nth (0-based) event of that kind of an object is drawn, for tests; nullopt when not visible.
    std::optional<QPoint> markPosition(ObjectKind kind, const QString &name, rotation::EventKind eventKind,
                                       int nth = 0) const;
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void objectActivated(coffer::ObjectKind kind, const QString &name);
    void selectedRowChanged(int row);
    void rangeChanged(qint64 startMsecs, qint64 endMsecs);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    friend class ScheduleCalendarPainter;
    struct Line
    {
        int row = -1; // model row; -1: a group header
        ObjectKind kind = ObjectKind::Secret;
        int count = 0; // a header's rows
        int top = 0;
        int height = 0;
    };
    void relayout();
    void updateAccessibleText();
    void ensureRowVisible(int row);
    int plotLeft() const { return kGutter; }
    int plotWidth() const;
    int linesTop() const { return kLegendHeight + kAxisHeight + 2; }
    double xOf(qint64 msecs) const;
    qint64 msecsAt(double x) const;
    qint64 nowMsecs() const;
    bool isMark(rotation::EventKind kind) const;
    void activate(int row);

    QPointer<models::ScheduleModel> m_model;
    QList<Line> m_lines;
    bool m_preview = false;
    qint64 m_start = 0;
    qint64 m_end = 0;
    int m_selected = -1;
    QPoint m_pressPos;
    qint64 m_pressStart = 0;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace coffer::ui
