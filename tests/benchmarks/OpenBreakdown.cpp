#include "tests/benchmarks/OpenBreakdown.h"

#include "core/access/Engine.h"
#include "core/crypto/SelfTest.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/KeyslotCrypto.h"
#include "core/vault/Meta.h"
#include "core/vault/ObjectStore.h"
#include "core/vault/RecoveryKey.h"
#include "core/vault/Schema.h"
#include "core/vault/SecretStore.h"
#include "core/vault/VaultBundle.h"
#include "tests/benchmarks/BenchVault.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <memory>
#include <optional>

namespace coffer::bench {

namespace {
// In the order of Vault::open.
enum Step {
    SelfTests,
    BundleLoad,
    Unlock,
    HeaderMac,
    DatabaseOpen,
    SchemaVersion,
    MetaAll,
    Stores,
    PurgeDue,
    StepCount
};
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
            QStringLiteral("crypto::runSelfTests (cached)"),
            QStringLiteral("bundle::load (header.json, db salt)"),
            QStringLiteral("unlock (recovery parse+HKDF+unwrap)"),
            QStringLiteral("headerMacKey + macMatches"),
            QStringLiteral("storage::Database::open"),
            QStringLiteral("storage::schemaVersion"),
            QStringLiteral("meta::all + id/generation checks"),
            QStringLiteral("Engine + BackupKeys + SecretStore ctors"),
            QStringLiteral("ObjectStore::purgeDue (nothing due)"),
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
    // Destroyed after the clock stops (closing is not timed, as for Vault::open).
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<BackupKeys> backupKeys;
    std::unique_ptr<access::Engine> engine;
    std::unique_ptr<SecretStore> secrets;
    VaultProperties properties;
    timer.start();

    COFFER_TRY(crypto::runSelfTests());
    lap(SelfTests);

    auto header = bundle::load(m_vault.bundle);
    if (!header)
        return header.error();
    lap(BundleLoad);

    // unlockSlots() for a recovery-key credential: parse once, then each recovery slot until one unwraps.
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

    auto opened = storage::Database::open(bundle::databasePath(path), *vmk, storage::Database::Mode::OpenExisting);
    if (!opened)
        return opened.error();
    db = std::move(*opened);
    lap(DatabaseOpen);

    auto version = storage::schemaVersion(*db);
    if (!version)
        return version.error();
    if (*version != schema::latestVersion())
        return Error(ErrorCode::Internal,
                     QStringLiteral("the bench vault's schema is not the latest: it would migrate"));
    lap(SchemaVersion);

    auto settings = meta::all(*db);
    if (!settings)
        return settings.error();
    if (settings->value(QLatin1StringView(meta::kVaultId)) != header->vaultId
        || header->generation < settings->value(QLatin1StringView(meta::kHeaderGeneration)).toLongLong())
        return Error(ErrorCode::Internal, QStringLiteral("the bench vault's header and database disagree"));
    lap(MetaAll);

    properties.name = settings->value(QLatin1StringView(meta::kName));
    properties.retentionDays = settings->value(QLatin1StringView(meta::kRetentionDays)).toInt();
    engine = std::make_unique<access::Engine>(*db, m_clock, header->keyslots.first().principalId, properties.name);
    backupKeys = std::make_unique<BackupKeys>(*engine);
    secrets = std::make_unique<SecretStore>(*engine, properties, *backupKeys);
    lap(Stores);

    auto purged = ObjectStore::purgeDue(*db, m_clock);
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
