#pragma once

#include <QWidget>

#include <optional>

namespace coffer::models {
class AuditTimelineData;
}

namespace coffer::ui {

// The audit log as a zoomable timeline: one lane per principal or object, a mark per event coloured by result
// (imported Azure events hollow, in lanes of their own), a time axis whose ticks follow the zoom (minutes to
// months), a legend. Mouse wheel (with or without Ctrl) and +/- zoom around the cursor or the centre, dragging
// and Left/Right pan, Home/End go to the oldest/newest event, 0 fits everything. Hovering shows the event, a
// click selects it. Events packed closer than a mark are drawn as one, larger, in the most severe result's colour.
class AuditTimeline : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 kMinSpan = 60LL * 60 * 1000; // one hour
    static constexpr qint64 kMaxSpan = 5LL * 366 * 24 * 60 * 60 * 1000; // about five years
    static constexpr int kGutter = 170; // lane labels
    static constexpr int kLaneHeight = 24;
    static constexpr int kLegendHeight = 24;
    static constexpr int kAxisHeight = 22;
    static constexpr int kImportedHeaderHeight = 20;
    static constexpr double kMarkRadius = 4.5;
    // A mark standing for `count` events grows with them (up to about twice the size).
    static double markRadius(int count);

    explicit AuditTimeline(QWidget *parent = nullptr);

    // Not owned; call dataChanged() after it changes.
    void setData(const models::AuditTimelineData *timelineData);
    void dataChanged();

    qint64 rangeStart() const { return m_start; }
    qint64 rangeEnd() const { return m_end; }
    qint64 span() const { return m_end - m_start; }
    void setRange(qint64 startMsecs, qint64 endMsecs);
    // Shows every event (with a margin), or the given time range.
    void fitAll();
    void fitTo(qint64 fromMsecs, qint64 toMsecs);
    // Factor < 1 zooms in. The time under `anchorX` (widget x; the centre when unset) stays where it is.
    void zoomBy(double factor, std::optional<int> anchorX = std::nullopt);
    void zoomIn() { zoomBy(1.0 / 1.5); }
    void zoomOut() { zoomBy(1.5); }
    void pan(qint64 deltaMsecs);

    // The distance between two axis ticks at this zoom.
    qint64 tickStep() const;
    // "5 min", "1 h", "1 day", "1 month", … for tests and the accessible description.
    QString tickStepName() const;

    int selectedEvent() const { return m_selected; }
    // Selects an event (index into the data's events, -1: none) and scrolls it into view.
    void setSelectedEvent(int event, bool ensureVisible = true);
    // The event (or the first of a packed group) under a point, -1 when none.
    int eventAt(const QPoint &pos) const;
    // Where an event is drawn (its centre), for tests; invalid when not visible.
    QPoint positionOf(int event) const;
    int laneTop(int lane) const;
    // The time at a widget x.
    qint64 timeAt(int x) const { return msecsAt(x); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void eventSelected(int event);
    void rangeChanged(qint64 startMsecs, qint64 endMsecs);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class AuditTimelinePainter;
    struct Mark
    {
        int x = 0;
        int lane = 0;
        int first = 0; // event index
        int count = 0;
        int worst = 0; // AuditResult of the most severe
        bool imported = false;
    };
    int plotLeft() const { return kGutter; }
    int plotWidth() const;
    int lanesTop() const;
    int importedHeaderTop() const;
    double xOf(qint64 msecs) const;
    qint64 msecsAt(double x) const;
    QList<Mark> visibleMarks() const;
    QString markToolTip(const Mark &mark) const;

    const models::AuditTimelineData *m_data = nullptr;
    qint64 m_start = 0;
    qint64 m_end = 0;
    int m_selected = -1;
    QPoint m_pressPos;
    qint64 m_pressStart = 0;
    bool m_dragging = false;
    bool m_pressed = false;
};

} // namespace coffer::ui
