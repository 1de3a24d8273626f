#include "tests/benchmarks/ResultTable.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

namespace coffer::bench {

namespace {
QString number(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}

QString mib(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(number(double(bytes) / (1024.0 * 1024.0), 1));
}

QString megabytes(double bytes)
{
    return QStringLiteral("%1 MB").arg(number(bytes / 1e6, 1));
}

QString rateText(double perSecond)
{
    return QLocale::c().toString(qint64(perSecond + 0.5));
}

QString resultText(const ResultRow &row)
{
    if (row.peakBytes)
        return megabytes(double(*row.peakBytes));
    if (!row.ratio)
        return QStringLiteral("-");
    return number(*row.ratio, 3); // 3 decimals: 0.497 must not print as a passing-looking 0.50
}

QString goalText(const ResultRow &row)
{
    if (!row.goal)
        return QStringLiteral("-");
    QString text;
    switch (row.goal->kind) {
    case GoalKind::TimeRatioAtMost: text = QStringLiteral("time <= %1").arg(number(row.goal->limit, 1)); break;
    case GoalKind::RateRatioAtLeast: text = QStringLiteral("rate >= %1").arg(number(row.goal->limit, 1)); break;
    case GoalKind::BytesAtMost: text = QStringLiteral("<= %1").arg(megabytes(row.goal->limit)); break;
    }
    const auto met = row.meetsGoal();
    return text + (met ? (*met ? QStringLiteral(" ok") : QStringLiteral(" MISSED")) : QString());
}

QString goalKindName(GoalKind kind)
{
    switch (kind) {
    case GoalKind::TimeRatioAtMost: return QStringLiteral("timeRatioAtMost");
    case GoalKind::RateRatioAtLeast: return QStringLiteral("rateRatioAtLeast");
    case GoalKind::BytesAtMost: return QStringLiteral("bytesAtMost");
    }
    return {};
}
} // namespace

std::optional<double> ResultRow::opsPerSecond() const
{
    if (!stats || opsPerSample <= 0 || stats->medianMs <= 0)
        return std::nullopt;
    return double(opsPerSample) / (stats->medianMs / 1000.0);
}

std::optional<bool> ResultRow::meetsGoal() const
{
    if (!goal)
        return std::nullopt;
    switch (goal->kind) {
    case GoalKind::TimeRatioAtMost: return ratio ? std::optional<bool>(*ratio <= goal->limit) : std::nullopt;
    case GoalKind::RateRatioAtLeast: return ratio ? std::optional<bool>(*ratio >= goal->limit) : std::nullopt;
    case GoalKind::BytesAtMost:
        return peakBytes ? std::optional<bool>(double(*peakBytes) <= goal->limit) : std::nullopt;
    }
    return std::nullopt;
}

QString ResultTable::toText() const
{
    const QStringList header = {QStringLiteral("rows"),    QStringLiteral("measurement"), QStringLiteral("median ms"),
                                QStringLiteral("p90 ms"),  QStringLiteral("min ms"),      QStringLiteral("n"),
                                QStringLiteral("ops/s"),   QStringLiteral("result"),      QStringLiteral("goal"),
                                QStringLiteral("vault.db")};
    const QLocale c = QLocale::c();
    const QString dash = QStringLiteral("-");
    QList<QStringList> cells;
    for (const ResultRow &row : m_rows) {
        const auto rate = row.opsPerSecond();
        cells.append({c.toString(row.rows), row.measurement, row.stats ? number(row.stats->medianMs) : dash,
                      row.stats ? number(row.stats->p90Ms) : dash, row.stats ? number(row.stats->minMs) : dash,
                      row.stats ? QString::number(row.stats->count) : dash, rate ? rateText(*rate) : dash,
                      resultText(row), goalText(row), row.fileBytes > 0 ? mib(row.fileBytes) : dash});
    }

    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &line : cells)
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());

    // Text columns (measurement, goal) are left-aligned, numbers right-aligned.
    auto format = [&widths](const QStringList &line) {
        QStringList out;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const bool left = i == 1 || i == 8;
            out.append(left ? line[i].leftJustified(widths[i]) : line[i].rightJustified(widths[i]));
        }
        QString joined = out.join(QStringLiteral("  "));
        while (joined.endsWith(u' '))
            joined.chop(1);
        return joined;
    };
    QString text = format(header) + u'\n';
    qsizetype total = (widths.size() - 1) * 2;
    for (qsizetype w : widths)
        total += w;
    text += QString(total, u'-') + u'\n';
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0 && (m_rows[i].rows != m_rows[i - 1].rows || m_rows[i].group != m_rows[i - 1].group))
            text += u'\n';
        text += format(cells[i]) + u'\n';
    }
    return text;
}

QJsonObject ResultTable::toJson() const
{
    QJsonArray results;
    for (const ResultRow &row : m_rows) {
        QJsonObject json {{QStringLiteral("group"), row.group},
                          {QStringLiteral("rows"), row.rows},
                          {QStringLiteral("measurement"), row.measurement},
                          {QStringLiteral("fileBytes"), row.fileBytes}};
        if (row.stats) {
            json.insert(QStringLiteral("samples"), row.stats->count);
            json.insert(QStringLiteral("medianMs"), row.stats->medianMs);
            json.insert(QStringLiteral("p90Ms"), row.stats->p90Ms);
            json.insert(QStringLiteral("minMs"), row.stats->minMs);
            json.insert(QStringLiteral("maxMs"), row.stats->maxMs);
        }
        if (row.opsPerSample > 0)
            json.insert(QStringLiteral("opsPerSample"), row.opsPerSample);
        if (const auto rate = row.opsPerSecond())
            json.insert(QStringLiteral("opsPerSecond"), *rate);
        if (row.ratio) {
            json.insert(QStringLiteral("ratio"), *row.ratio);
            json.insert(QStringLiteral("ratioKind"),
                        row.rateRatio ? QStringLiteral("rate / bare rate") : QStringLiteral("median / bare median"));
            json.insert(QStringLiteral("baseline"), row.baseline);
        }
        if (row.peakBytes)
            json.insert(QStringLiteral("peakBytes"), *row.peakBytes);
        if (row.goal) {
            json.insert(QStringLiteral("goal"), row.goal->limit);
            json.insert(QStringLiteral("goalKind"), goalKindName(row.goal->kind));
            json.insert(QStringLiteral("meetsGoal"), row.meetsGoal().value_or(false));
        }
        results.append(json);
    }
    return QJsonObject {{QStringLiteral("results"), results}};
}

} // namespace coffer::bench
