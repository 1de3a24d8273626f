#pragma once

#include "core/common/Clock.h"
#include "core/common/KdfParams.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace coffer::storage {
class Database;
}
namespace coffer::access {
class Engine;
}

namespace coffer {

// Backup files are sealed under a vault's own backup key. Vaults of one family share keys: a key exported from
// one vault (wrapped under a passphrase) and imported into another lets the second restore the first's backups,
// as Azure lets a backup be restored only within the same subscription and geography.
class BackupKeys
{
public:
    explicit BackupKeys(access::Engine &engine);

    struct Key
    {
        QString id; // 16 hex characters, from SHA-256 of the key
        SecureBytes key;
        bool own = false;
    };

    // The id of this vault's own key, and the ids of every key it holds (own first).
    Result<QString> ownKeyId();
    Result<QList<QString>> keyIds();

    // The own key wrapped under a passphrase (Argon2id + AES-256-GCM), as a small JSON file's bytes. Whoever holds
    // it can open every backup file of the vault family, so exporting it needs the vault setting permission and
    // the right to read every value (SecretGet at the vault) besides.
    // Unset `kdf`: calibrated on this machine to about 0.5 s.
    Result<QByteArray> exportOwnKey(const SecureString &passphrase, std::optional<Argon2Params> kdf = std::nullopt);
    // Adds a family key from such a file. WrongCredential for a wrong passphrase; returns the key id.
    Result<QString> importKey(QByteArrayView file, const SecureString &passphrase);

    static QString idOf(const SecureBytes &key);

private:
    friend class SecretStore; // seal and open backup files with the keys
    friend class KeyStore;
    friend class CertificateStore;
    Result<Key> ownKey();
    Result<Key> find(const QString &keyId); // NotFound when this vault does not hold it
    Result<void> insert(const SecureBytes &key, bool own);
    Result<QList<QString>> listKeyIds();
    Result<QByteArray> sealOwnKey(const SecureBytes &kek, const Argon2Params &params, const QByteArray &salt);
    access::Engine &m_engine;
    storage::Database &m_db;
    const Clock &m_clock;
};

} // namespace coffer
