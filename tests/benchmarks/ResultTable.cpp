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

QString ratioText(const ResultRow &row)
{
    if (!row.ratio)
        return QStringLiteral("-");
    QString text = number(*row.ratio, 2);
    if (row.goal)
        text += *row.ratio <= *row.goal ? QStringLiteral(" ok") : QStringLiteral(" > %1").arg(number(*row.goal, 1));
    return text;
}
} // namespace

QString ResultTable::toText() const
{
    const QStringList header = {QStringLiteral("rows"),   QStringLiteral("measurement"), QStringLiteral("median ms"),
                                QStringLiteral("p90 ms"), QStringLiteral("min ms"),      QStringLiteral("n"),
                                QStringLiteral("ratio"),  QStringLiteral("vault.db")};
    const QLocale c = QLocale::c();
    QList<QStringList> cells;
    for (const ResultRow &row : m_rows)
        cells.append({c.toString(row.rows), row.measurement, number(row.stats.medianMs), number(row.stats.p90Ms),
                      number(row.stats.minMs), QString::number(row.stats.count), ratioText(row), mib(row.fileBytes)});

    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &line : cells)
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());

    // Text columns (measurement, ratio) are left-aligned, numbers right-aligned.
    auto format = [&widths](const QStringList &line) {
        QStringList out;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const bool left = i == 1 || i == 6;
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
        if (i > 0 && m_rows[i].rows != m_rows[i - 1].rows)
            text += u'\n';
        text += format(cells[i]) + u'\n';
    }
    return text;
}

QJsonObject ResultTable::toJson() const
{
    QJsonArray results;
    for (const ResultRow &row : m_rows) {
        QJsonObject json {
                {QStringLiteral("rows"), row.rows},           {QStringLiteral("measurement"), row.measurement},
                {QStringLiteral("samples"), row.stats.count}, {QStringLiteral("medianMs"), row.stats.medianMs},
                {QStringLiteral("p90Ms"), row.stats.p90Ms},   {QStringLiteral("minMs"), row.stats.minMs},
                {QStringLiteral("maxMs"), row.stats.maxMs},   {QStringLiteral("fileBytes"), row.fileBytes},
        };
        if (row.ratio) {
            json.insert(QStringLiteral("ratio"), *row.ratio);
            json.insert(QStringLiteral("baseline"), row.baseline);
        }
        if (row.goal) {
            json.insert(QStringLiteral("goal"), *row.goal);
            json.insert(QStringLiteral("meetsGoal"), row.ratio && *row.ratio <= *row.goal);
        }
        results.append(json);
    }
    return QJsonObject {{QStringLiteral("results"), results}};
}

} // namespace coffer::bench
