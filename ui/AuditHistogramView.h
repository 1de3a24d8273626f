#pragma once

#include "models/AuditHistogram.h"

#include <QChartView>

namespace coffer::ui {

// Operations per day (or week, or month) stacked by result, with Qt Charts; imported Azure events stack on top in
// a hatched bar of their own. Clicking a bar asks to look at that day on the timeline.
class AuditHistogramView : public QChartView
{
    Q_OBJECT

public:
    explicit AuditHistogramView(QWidget *parent = nullptr);

    void setHistogram(const models::AuditHistogram &histogram);
    const models::AuditHistogram &histogram() const { return m_histogram; }
    // The values the chart shows, per series name (tests).
    QList<qreal> seriesValues(const QString &name) const;
    QStringList seriesNames() const;
    QStringList categories() const;

Q_SIGNALS:
    // [from, to) in UTC days.
    void bucketClicked(QDate from, QDate to);

private:
    models::AuditHistogram m_histogram;
};

} // namespace coffer::ui
