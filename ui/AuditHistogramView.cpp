#include "ui/AuditHistogramView.h"

#include "models/AuditText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace coffer::ui {

using audit::AuditResult;

AuditHistogramView::AuditHistogramView(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignTop);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->setBackgroundRoundness(0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(150);
    setHistogram({});
}

void AuditHistogramView::setHistogram(const models::AuditHistogram &histogram)
{
    m_histogram = histogram;
    QChart *chart = this->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(histogram.size() > 0 ? histogram.title() : tr("Operations per day: no records"));

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.85);
    // The timeline's legend order, bottom up.
    const AuditResult results[] = {AuditResult::Success, AuditResult::Forbidden, AuditResult::NotFound,
                                   AuditResult::Conflict, AuditResult::Failed};
    for (AuditResult result : results) {
        auto *set = new QBarSet(models::AuditText::resultName(result));
        const QColor color = models::AuditText::resultColor(result);
        set->setColor(color);
        set->setBorderColor(color.darker(130));
        for (qint64 value : histogram.perResult[size_t(result)])
            set->append(qreal(value));
        series->append(set);
    }
    if (!histogram.imported.isEmpty()) {
        auto *set = new QBarSet(tr("Imported (Azure)"));
        set->setBrush(QBrush(QColor(0x4a, 0x78, 0xa8), Qt::BDiagPattern));
        set->setBorderColor(QColor(0x4a, 0x78, 0xa8));
        for (qint64 value : histogram.imported)
            set->append(qreal(value));
        series->append(set);
    }
    connect(series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index < 0 || index >= m_histogram.size())
            return;
        const QDate from = m_histogram.starts.at(index);
        const QDate to = index + 1 < m_histogram.size() ? m_histogram.starts.at(index + 1) : [&] {
            switch (m_histogram.bucket) {
            case models::AuditHistogram::Bucket::Day: return from.addDays(1);
            case models::AuditHistogram::Bucket::Week: return from.addDays(7);
            case models::AuditHistogram::Bucket::Month: return from.addMonths(1);
            }
            return from.addDays(1);
        }();
        Q_EMIT bucketClicked(from, to);
    });
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(histogram.labels);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    if (histogram.size() > 14)
        x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    auto *y = new QValueAxis;
    const qint64 top = std::max<qint64>(histogram.maximum(), 4);
    y->setRange(0, double(top));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsFont(small);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

QStringList AuditHistogramView::seriesNames() const
{
    QStringList names;
    const QList<QAbstractSeries *> all = chart()->series();
    for (QAbstractSeries *s : all)
        if (auto *bars = qobject_cast<QStackedBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets)
                names << set->label();
        }
    return names;
}

QList<qreal> AuditHistogramView::seriesValues(const QString &name) const
{
    const QList<QAbstractSeries *> all = chart()->series();
    for (QAbstractSeries *s : all)
        if (auto *bars = qobject_cast<QStackedBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets)
                if (set->label() == name) {
                    QList<qreal> values;
                    for (int i = 0; i < set->count(); ++i)
                        values << set->at(i);
                    return values;
                }
        }
    return {};
}

QStringList AuditHistogramView::categories() const
{
    const QList<QAbstractAxis *> axes = chart()->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes)
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    return {};
}

} // namespace coffer::ui
