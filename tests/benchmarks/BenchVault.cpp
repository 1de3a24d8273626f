#include "tests/benchmarks/BenchVault.h"

#include "core/common/KdfParams.h"
#include "core/vault/KeyslotCrypto.h"
#include "core/vault/RecoveryKey.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultBundle.h"

#include <QFileInfo>

namespace coffer::bench {

QString BenchVault::secretName(qint64 i)
{
    return QStringLiteral("bench-secret-%1").arg(i, 7, 10, QLatin1Char('0'));
}

QByteArray BenchVault::secretValue(qint64 i)
{
    return QStringLiteral("value-%1-").arg(i).leftJustified(kValueBytes, u'v').toLatin1();
}

std::vector<SecretSetRequest> BenchVault::requests(qint64 first, qint64 count)
{
    std::vector<SecretSetRequest> out;
    out.reserve(std::size_t(count));
    for (qint64 i = first; i < first + count; ++i)
        out.push_back(SecretSetRequest {secretName(i), SecureBytes(QByteArrayView(secretValue(i))), {}});
    return out;
}

Result<BenchVault> BenchVault::make(const QString &parentFolder, const QString &name, qint64 rows, const Clock &clock,
                                    std::unique_ptr<Vault> *keepOpen)
{
    BenchVault out;
    out.rows = rows;
    out.passphrase = SecureString::fromUtf8("coffer-bench-passphrase");

    VaultCreateOptions options;
    options.parentFolder = parentFolder;
    options.name = name;
    options.ownerName = QStringLiteral("bench");
    options.kdf = Argon2Params::fastForTests();
    auto created = Vault::create(options, out.passphrase, clock);
    if (!created)
        return created.error();
    out.bundle = created->vault->path();
    out.databaseFile = bundle::databasePath(out.bundle);
    out.recoveryKey = std::move(created->recoveryKey);
    if (rows > 0) {
        auto set = created->vault->secrets().setMany(requests(1, rows));
        if (!set)
            return set.error();
    }
    if (keepOpen) {
        *keepOpen = std::move(created->vault);
        return out;
    }
    created->vault.reset(); // connection closed, WAL checkpointed and removed
    out.fileBytes = QFileInfo(out.databaseFile).size();
    return out;
}

Result<SecureBytes> BenchVault::masterKey() const
{
    auto header = bundle::load(bundle);
    if (!header)
        return header.error();
    auto raw = recovery::parse(recoveryKey);
    if (!raw)
        return raw.error();
    for (const Keyslot &slot : header->keyslots) {
        if (slot.type != KeyslotType::Recovery)
            continue;
        auto kek = keyslots::recoveryKek(slot, *raw);
        if (!kek)
            return kek.error();
        auto vmk = keyslots::unwrap(slot, header->vaultId, *kek);
        if (vmk)
            return vmk;
    }
    return Error(ErrorCode::WrongCredential,
                 QStringLiteral("no recovery keyslot of %1 opens with the bench's key").arg(bundle));
}

} // namespace coffer::bench
