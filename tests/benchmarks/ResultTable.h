#pragma once

#include "tests/benchmarks/Samples.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace coffer::bench {

// One line of the results: a measurement on a vault of `rows` rows. Later issues add lines (secret get, list,
// set, audit …) with their own bare counterpart and goal.
struct ResultRow
{
    qint64 rows = 0;
    QString measurement;
    Stats stats;
    std::optional<double> ratio; // median / median of `baseline`, measured in the same run
    QString baseline; // the measurement the ratio is taken against
    std::optional<double> goal; // the ratio should stay at or below this
    qint64 fileBytes = 0; // size of vault.db
};

class ResultTable
{
public:
    void add(ResultRow row) { m_rows.append(std::move(row)); }
    const QList<ResultRow> &rows() const { return m_rows; }

    // Aligned plain-text table, one line per row, a blank line between vault sizes.
    QString toText() const;
    QJsonObject toJson() const; // {"results": [...]}

private:
    QList<ResultRow> m_rows;
};

} // namespace coffer::bench
