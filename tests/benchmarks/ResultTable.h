#pragma once

#include "tests/benchmarks/Samples.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace coffer::bench {

// What a row's goal bounds: the time ratio (Coffer median / bare median; lower is better), the rate ratio
// (Coffer ops/s / bare ops/s; higher is better) or a peak memory size in bytes (lower is better).
enum class GoalKind { TimeRatioAtMost, RateRatioAtLeast, BytesAtMost };

struct Goal
{
    GoalKind kind = GoalKind::TimeRatioAtMost;
    double limit = 0; // a ratio, or bytes for BytesAtMost
};

// One line of the results: a measurement on a vault of `rows` rows (secrets).
struct ResultRow
{
    QString group; // "open", "get", "set", "list", "rss"
    qint64 rows = 0;
    QString measurement;
    std::optional<Stats> stats; // wall-clock samples (none for a memory row)
    qint64 opsPerSample = 0; // operations one sample times (0: no rate shown)
    std::optional<double> ratio; // against `baseline`, measured in the same run; kind from the goal (or time ratio)
    bool rateRatio = false; // ratio = rate / bare rate (else median / bare median)
    QString baseline;
    std::optional<qint64> peakBytes; // a memory row's value
    std::optional<Goal> goal;
    qint64 fileBytes = 0; // size of vault.db

    std::optional<double> opsPerSecond() const;
    std::optional<bool> meetsGoal() const;
};

class ResultTable
{
public:
    void add(ResultRow row) { m_rows.append(std::move(row)); }
    const QList<ResultRow> &rows() const { return m_rows; }

    // Aligned plain-text table, one line per row, a blank line between groups and vault sizes.
    QString toText() const;
    QJsonObject toJson() const; // {"results": [...]}

private:
    QList<ResultRow> m_rows;
};

} // namespace coffer::bench
