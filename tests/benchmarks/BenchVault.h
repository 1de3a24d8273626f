#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QString>

namespace coffer::bench {

// A real vault made through core (Vault::create, Argon2Params::fastForTests()), filled with `rows` rows of
// ~100-byte names and values in a table bench_rows created through Vault::database(), then closed (the WAL is
// checkpointed). Secrets do not exist yet: this table stands in for them.
struct BenchVault
{
    QString bundle; // …/NAME.coffer
    QString databaseFile; // …/NAME.coffer/vault.db
    qint64 rows = 0;
    qint64 fileBytes = 0; // vault.db after closing
    SecureString passphrase; // a fixed bench passphrase (its slot uses fastForTests Argon2)
    SecureString recoveryKey; // kept in memory for the bench's opens; never printed

    static Result<BenchVault> make(const QString &parentFolder, qint64 rows, const Clock &clock);

    // The expected `name` of row `id`, to check that a read really decrypted the row.
    static QString rowName(qint64 id);

    // The 32-byte master key, obtained the way a recovery-key unlock does it (header.json → recovery keyslot →
    // HKDF → AES-GCM unwrap), through core's keyslot functions. Bench-only: nothing is added to core and the
    // key stays in secure memory.
    Result<SecureBytes> masterKey() const;
};

} // namespace coffer::bench
