#include "tests/benchmarks/OpenBreakdown.h"

#include "core/crypto/SelfTest.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Sqlite.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/KeyslotCrypto.h"
#include "core/vault/Meta.h"
#include "core/vault/ObjectStore.h"
#include "core/vault/RecoveryKey.h"
#include "core/vault/Schema.h"
#include "core/vault/VaultBundle.h"
#include "tests/benchmarks/BenchVault.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <optional>

namespace coffer::bench {

namespace {
enum Step {
    SelfTests,
    BundleLoad,
    Unlock,
    HeaderMac,
    SqliteOpen,
    SqliteKey,
    PageSize,
    FirstRead,
    PageSizeCheck,
    ConnectionPragmas,
    OpenChecks,
    Migrate,
    LoadProperties,
    Stores,
    PurgeDue,
    StepCount
};

Result<void> exec(sqlite3 *db, const char *sql)
{
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return storage::sqliteError(rc, QString::fromLatin1(sql), db);
    return {};
}
} // namespace

OpenBreakdown::OpenBreakdown(const BenchVault &vault, const Clock &clock)
    : m_vault(vault)
    , m_clock(clock)
{
    clearSamples();
}

QStringList OpenBreakdown::stepNames()
{
    return {
            QStringLiteral("runSelfTests (cached)"),
            QStringLiteral("bundle::load (header.json, salt)"),
            QStringLiteral("unlock (recovery HKDF+unwrap)"),
            QStringLiteral("header MAC (HKDF+HMAC)"),
            QStringLiteral("sqlite3_open_v2"),
            QStringLiteral("sqlite3_key"),
            QStringLiteral("PRAGMA cipher_page_size=4096"),
            QStringLiteral("first read (count sqlite_master)"),
            QStringLiteral("PRAGMA cipher_page_size (check)"),
            QStringLiteral("busy_timeout, foreign_keys, synchronous"),
            QStringLiteral("schemaVersion, vault id, generation"),
            QStringLiteral("migrate (nothing to do)"),
            QStringLiteral("loadProperties (8 meta + schema)"),
            QStringLiteral("startStores (backup key check)"),
            QStringLiteral("ObjectStore::purgeDue (DELETE)"),
    };
}

void OpenBreakdown::clearSamples()
{
    m_samples = QList<QList<qint64>>(StepCount);
}

Result<qint64> OpenBreakdown::run()
{
    QElapsedTimer timer;
    qint64 laps[StepCount] = {};
    qint64 last = 0;
    auto lap = [&](Step step) {
        const qint64 now = timer.nsecsElapsed();
        laps[step] = now - last;
        last = now;
    };
    timer.start();

    COFFER_TRY(crypto::runSelfTests());
    lap(SelfTests);

    auto header = bundle::load(m_vault.bundle);
    if (!header)
        return header.error();
    lap(BundleLoad);

    auto raw = recovery::parse(m_vault.recoveryKey);
    if (!raw)
        return raw.error();
    std::optional<SecureBytes> vmk;
    for (const Keyslot &slot : header->keyslots) {
        if (slot.type != KeyslotType::Recovery)
            continue;
        auto kek = keyslots::recoveryKek(slot, *raw);
        if (!kek)
            return kek.error();
        auto opened = keyslots::unwrap(slot, header->vaultId, *kek);
        if (opened) {
            vmk = std::move(*opened);
            break;
        }
    }
    if (!vmk)
        return Error(ErrorCode::WrongCredential, QStringLiteral("the recovery key does not unlock the bench vault"));
    const QString path = QFileInfo(m_vault.bundle).absoluteFilePath();
    lap(Unlock);

    auto macKey = keyslots::headerMacKey(*vmk, header->vaultId);
    if (!macKey)
        return macKey.error();
    if (!header->macMatches(*macKey))
        return Error(ErrorCode::HeaderTampered, QStringLiteral("the bench vault's header MAC does not verify"));
    lap(HeaderMac);

    // storage::Database::open, statement by statement.
    const QString dbPath = bundle::databasePath(path);
    if (!QFileInfo::exists(dbPath))
        return Error(ErrorCode::MissingFile, dbPath);
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> owner(db, &sqlite3_close_v2);
    if (rc != SQLITE_OK)
        return storage::sqliteError(rc, QStringLiteral("opening"), db);
    lap(SqliteOpen);
    {
        SecureBytes keySpec(QByteArrayView("x'"));
        keySpec.append(vmk->toHex().view());
        keySpec.append(QByteArrayView("'"));
        rc = sqlite3_key(db, keySpec.data(), int(keySpec.size()));
        if (rc != SQLITE_OK)
            return storage::sqliteError(rc, QStringLiteral("keying"), db);
    }
    sqlite3_extended_result_codes(db, 1);
    lap(SqliteKey);
    COFFER_TRY(exec(db, "PRAGMA cipher_page_size = 4096"));
    lap(PageSize);
    COFFER_TRY(exec(db, "SELECT count(*) FROM sqlite_master"));
    lap(FirstRead);
    COFFER_TRY(exec(db, "PRAGMA cipher_page_size"));
    lap(PageSizeCheck);
    sqlite3_busy_timeout(db, 5000);
    COFFER_TRY(exec(db, "PRAGMA foreign_keys = ON"));
    COFFER_TRY(exec(db, "PRAGMA synchronous = NORMAL"));
    lap(ConnectionPragmas);

    // The rest of Vault::open runs on a storage::Database; reopen one outside the clock so that the steps
    // below use core's own code (cached statements, meta::get) on a fresh connection.
    const qint64 pausedAt = timer.nsecsElapsed();
    owner.reset();
    auto database = storage::Database::open(dbPath, *vmk, storage::Database::Mode::OpenExisting);
    if (!database)
        return database.error();
    last += timer.nsecsElapsed() - pausedAt;
    storage::Database &d = **database;

    auto version = storage::schemaVersion(d);
    if (!version)
        return version.error();
    auto storedId = meta::get(d, meta::kVaultId);
    if (!storedId)
        return storedId.error();
    auto generation = meta::get(d, meta::kHeaderGeneration);
    if (!generation)
        return generation.error();
    lap(OpenChecks);

    auto migrated = storage::migrate(d, schema::migrations());
    if (!migrated)
        return migrated.error();
    lap(Migrate);

    for (const char *key : {meta::kVaultId, meta::kName, meta::kCreated, meta::kRetentionDays, meta::kPurgeProtection,
                            meta::kPermissionModel, meta::kOwnerPrincipalId, meta::kOwnerName}) {
        auto value = meta::get(d, key);
        if (!value)
            return value.error();
    }
    auto again = storage::schemaVersion(d);
    if (!again)
        return again.error();
    lap(LoadProperties);

    BackupKeys backupKeys(d, m_clock);
    COFFER_TRY(backupKeys.ensureOwnKey());
    lap(Stores);
    auto purged = ObjectStore::purgeDue(d, m_clock);
    if (!purged)
        return purged.error();
    lap(PurgeDue);

    qint64 total = 0;
    for (int step = 0; step < StepCount; ++step) {
        m_samples[step].append(laps[step]);
        total += laps[step];
    }
    return total;
}

} // namespace coffer::bench
