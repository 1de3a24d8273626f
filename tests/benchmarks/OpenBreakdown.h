#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QList>
#include <QString>

namespace coffer::bench {

struct BenchVault;

// Vault::open replayed step by step with core's own internal functions (the same calls in the same order as
// core/vault/Vault.cpp and core/storage/Database.cpp), timing each step, to show where the time of an open
// goes. It mirrors core by hand: when Vault::open changes, update the steps here, and check that the sum stays
// close to the measured Vault::open.
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
