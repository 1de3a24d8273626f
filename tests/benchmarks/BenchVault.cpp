#include "tests/benchmarks/BenchVault.h"

#include "core/common/KdfParams.h"
#include "core/storage/Database.h"
#include "core/vault/KeyslotCrypto.h"
#include "core/vault/RecoveryKey.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultBundle.h"

#include <QFileInfo>
#include <QRandomGenerator>

namespace coffer::bench {

namespace {
constexpr int kFieldBytes = 100;

Result<void> fill(storage::Database &db, qint64 rows)
{
    COFFER_TRY(db.exec("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, name TEXT NOT NULL, value BLOB NOT NULL)"));
    storage::Transaction tx(db);
    COFFER_TRY(tx.begin());
    auto insert = db.prepare("INSERT INTO bench_rows (id, name, value) VALUES (?, ?, ?)");
    if (!insert)
        return insert.error();
    QRandomGenerator random(20260101); // reproducible filler; not key material
    QByteArray value(kFieldBytes, Qt::Uninitialized);
    for (qint64 id = 1; id <= rows; ++id) {
        random.fillRange(reinterpret_cast<quint32 *>(value.data()), kFieldBytes / int(sizeof(quint32)));
        insert->bind(1, id).bind(2, BenchVault::rowName(id)).bind(3, QByteArrayView(value));
        COFFER_TRY(insert->run());
    }
    return tx.commit();
}
} // namespace

QString BenchVault::rowName(qint64 id)
{
    return QStringLiteral("bench-secret-%1-").arg(id, 8, 10, QLatin1Char('0')).leftJustified(kFieldBytes, u'x');
}

Result<BenchVault> BenchVault::make(const QString &parentFolder, qint64 rows, const Clock &clock)
{
    BenchVault out;
    out.rows = rows;
    out.passphrase = SecureString::fromUtf8("coffer-bench-passphrase");

    VaultCreateOptions options;
    options.parentFolder = parentFolder;
    options.name = QStringLiteral("bench-%1").arg(rows);
    options.ownerName = QStringLiteral("bench");
    options.kdf = Argon2Params::fastForTests();
    {
        auto created = Vault::create(options, out.passphrase, clock);
        if (!created)
            return created.error();
        out.bundle = created->vault->path();
        out.recoveryKey = std::move(created->recoveryKey);
        COFFER_TRY(fill(created->vault->database(), rows));
    } // the Vault is destroyed here: connection closed, WAL checkpointed and removed
    out.databaseFile = bundle::databasePath(out.bundle);
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
