#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace coffer::storage {
class Database;
}

namespace coffer::bench {

class BareSqlcipher;
struct BenchContext;
struct Measurement;

// The secrets groups, each against its bare-SQLCipher limit on the same file in the same run. Ratios are of
// throughput: Coffer ops/s / bare ops/s (higher is better).
constexpr double kSecretsRateGoal = 0.5;
constexpr double kListRssGoalBytes = 150e6; // 150 MB peak RSS when listing --secrets secrets

Result<void> runGetGroup(BenchContext &context); // SecretStore::get vs SELECT value FROM versions WHERE id = ?
Result<void> runSetGroup(BenchContext &context); // SecretStore::setMany vs 2 bare INSERTs/secret, fresh files
Result<void> runListGroup(BenchContext &context); // SecretStore::list vs a bare scan of the same join
Result<void> runRssGroup(BenchContext &context); // peak RSS of a child process that lists

// Adds the Coffer row (measurements[0], with its rate ratio against measurements[1] and the goal) and the bare
// row (measurements[1]) of one group; each sample timed `opsPerSample` operations.
void addRatePair(BenchContext &context, const QString &group, const QList<Measurement> &measurements,
                 qint64 opsPerSample, qint64 fileBytes);

// --cache-kib: the same PRAGMA cache_size on both connections (nothing when 0).
Result<void> applyCacheSize(const BenchContext &context, storage::Database &coffer, BareSqlcipher &bare);

// The hidden child mode (--measure-list-rss PATH): reads the recovery key from stdin, opens the vault, lists
// its secrets and prints {"secrets", "hwmBeforeKiB", "hwmAfterKiB", "rssAfterKiB"} as one JSON line.
int measureListRssChild(const QString &bundle);

} // namespace coffer::bench
