#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace coffer::bench {

struct BenchVault;

// Vault::open (recovery-key credential) replayed step by step, timing each step, to show where an open's time
// goes. Every step is one call of core's own functions, in the order core/vault/Vault.cpp's open() makes
// them (storage::Database::open is one step, not re-implemented statement by statement). What the replay
// cannot call (Vault::Private's glue: loadProperties, the log line) is left out, and the table's
// "unaccounted" row (median Vault::open - median sum of the steps) shows it, and any drift: when open() gains
// work the replay does not know about, that row grows.
class OpenBreakdown
{
public:
    OpenBreakdown(const BenchVault &vault, const Clock &clock);

    static QStringList stepNames();
    // Runs every step once and appends each duration (ns) to samples(); returns the total.
    Result<qint64> run();
    const QList<QList<qint64>> &samples() const { return m_samples; }
    void clearSamples();

private:
    const BenchVault &m_vault;
    const Clock &m_clock;
    QList<QList<qint64>> m_samples;
};

} // namespace coffer::bench
