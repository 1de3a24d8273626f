#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/SecretStore.h"

#include <QString>

#include <memory>
#include <vector>

namespace coffer {
class Vault;
}

namespace coffer::bench {

// A real vault made through core (Vault::create, Argon2Params::fastForTests()), filled with `rows` secrets
// (names like bench-secret-0000042, 100-byte values) by one SecretStore::setMany call, then closed (the WAL is
// checkpointed) unless the caller keeps it open.
struct BenchVault
{
    static constexpr int kValueBytes = 100;

    QString bundle; // …/NAME.coffer
    QString databaseFile; // …/NAME.coffer/vault.db
    qint64 rows = 0;
    qint64 fileBytes = 0; // vault.db after closing (0 while kept open)
    SecureString passphrase; // a fixed bench passphrase (its slot uses fastForTests Argon2)
    SecureString recoveryKey; // kept in memory for the bench's opens; never printed

    // `keepOpen`: when given, receives the still-open Vault instead of closing it.
    static Result<BenchVault> make(const QString &parentFolder, const QString &name, qint64 rows, const Clock &clock,
                                   std::unique_ptr<Vault> *keepOpen = nullptr);

    // Secret i (1-based) of a bench vault: its name and value.
    static QString secretName(qint64 i);
    static QByteArray secretValue(qint64 i);
    // Requests for secrets first .. first+count-1, values in secure memory (made outside any timing).
    static std::vector<SecretSetRequest> requests(qint64 first, qint64 count);

    // The 32-byte master key, obtained the way a recovery-key unlock does it (header.json → recovery keyslot →
    // HKDF → AES-GCM unwrap), through core's keyslot functions. Bench-only: nothing is added to core and the
    // key stays in secure memory.
    Result<SecureBytes> masterKey() const;
};

} // namespace coffer::bench
