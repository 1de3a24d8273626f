#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/Keyslot.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace coffer {

// header.json: not secret, integrity-protected twice. `checksum` (SHA-256 of the canonical body) catches
// damage and hand edits before any credential is asked for; `mac` (HMAC-SHA256 under a key derived from the
// vault master key) catches deliberate edits that recomputed the checksum. `generation` goes up with every
// change and the database remembers the newest one, so an older copy of the header is refused.
struct VaultHeader
{
    static constexpr int kFormat = 1;

    int format = kFormat;
    QString vaultId;
    QString name;
    QDateTime created;
    QByteArray databaseSalt; // the first 16 bytes of vault.db, binding this header to that file
    qint64 generation = 1;
    QList<Keyslot> keyslots;
    // The public key (Ed25519, 32 raw bytes) that verifies the audit log's checkpoints and exports, and its id.
    // Absent in headers written before the audit log; Vault adds it on the next open.
    QByteArray auditPublicKey;
    QString auditKeyId;
    QByteArray checksum;
    QByteArray mac;
    // The canonical body as last parsed or sealed, so checking the MAC does not serialise it again.
    QByteArray sealedBody;

    QByteArray canonicalBody() const;
    QByteArray toFileBytes() const;
    // Recomputes checksum and MAC after a change.
    void seal(const SecureBytes &macKey);
    bool macMatches(const SecureBytes &macKey) const;

    const Keyslot *slot(const QString &id) const;

    // Format, checksum and every keyslot are checked; the MAC needs the master key and is checked by Vault.
    static Result<VaultHeader> parse(QByteArrayView bytes);
};

} // namespace coffer
