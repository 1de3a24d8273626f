#pragma once

// KeyStore's private state, shared by the files that implement it (KeyStore.cpp, KeyCrypto.cpp, KeyBackup.cpp,
// KeyRotation.cpp). Core-internal.

#include "core/access/Engine.h"
#include "core/crypto/SoftwareKey.h"
#include "core/hsm/HsmToken.h"
#include "core/rotation/RotationPlanner.h"
#include "core/storage/Database.h"
#include "core/vault/HsmBinding.h"
#include "core/vault/KeyStore.h"
#include "core/vault/ObjectStore.h"

#include <QHash>

#include <list>
#include <memory>

namespace coffer {

class BackupKeys;

// Key material made before the write lock is taken (generation is slow): software keys as the version's value,
// HSM keys as the token reference. If the operation then fails, the token objects are destroyed again.
struct KeyMaterial
{
    KeySpec spec;
    Protection protection = Protection::Software;
    SecureBytes privateValue; // software: PKCS#8 DER (RSA, EC) or raw AES bytes
    QByteArray publicDer;
    hsm::HsmKeyRef hsmRef;
    QString hsmSerial;
    bool hsmLocal = false;
    QString presetVersion; // HSM keys: the version id their token label names
    // materialOf(): the version it came from was not exportable, so no version made from it may be (a certificate
    // renewed with reuse_key after its policy was switched to exportable must not hand out the old key).
    bool neverExportable = false;
};

struct KeyStore::Impl
{
    Impl(access::Engine &engine, const VaultProperties &vault, BackupKeys &backupKeys, HsmBinding &hsm);

    access::Engine &engine;
    storage::Database &db;
    const VaultProperties &vault;
    ObjectStore objects;
    BackupKeys &backupKeys;
    HsmBinding &hsm;

    // --- rows (KeyStore.cpp)
    struct Resolved
    {
        qint64 versionRow = 0;
        KeyInfo key;
    };
    // The current version (or `version`) of a live key with its key row.
    Result<Resolved> resolve(const QString &name, const QString &version);
    Result<KeyInfo> keyRow(qint64 versionRow, VersionInfo info);
    Result<void> insertKeyRow(qint64 versionRow, const KeyMaterial &material, KeyOps ops, bool exportable);
    Result<QList<KeyInfo>> withKeyRows(const QList<VersionInfo> &versions);

    // --- material
    // New material for `spec` (software, or on the bound token labelled with a preset version id).
    Result<KeyMaterial> generate(const QString &name, const KeySpec &spec, Protection protection, KeyOps ops);
    // Puts an imported software key into material of the asked protection.
    Result<KeyMaterial> adopt(const QString &name, crypto::SoftwareKey key, Protection protection, KeyOps ops);
    // Removes token objects made for an operation that then failed (best effort, logged).
    void discard(const KeyMaterial &material);
    // Adds the version with its key row, inside the caller's run(). `managed`: a certificate's key (its version id
    // is material.presetVersion, shared with the certificate and secret versions).
    Result<KeyInfo> addVersion(const QString &name, KeyMaterial &material, KeyOps ops, bool exportable,
                               const NewVersionAttributes &attributes, bool managed = false);
    // The material of an existing version, for a new version with the same key (a certificate renewed with
    // reuse_key): software keys copy their PKCS#8; HSM keys name the same token object (no new one).
    // presetVersion is left empty: the caller sets the new version's id.
    Result<KeyMaterial> materialOf(const Resolved &resolved);

    // The software key of a version (private for software keys; the public half for HSM keys), cached per
    // version for this session (cleared with the store).
    Result<const crypto::SoftwareKey *> softwareKey(const Resolved &resolved);
    Result<const crypto::SoftwareKey *> publicKey(const Resolved &resolved);
    // The bound token, logged in; its first use in a session also removes token objects of purged keys.
    Result<hsm::HsmToken *> usableToken();
    // usableToken(), refused when `key` is on another token than the bound one.
    Result<hsm::HsmToken *> tokenFor(const KeyInfo &key);
    // Destroys the token objects of purged HSM keys this token holds.
    void destroyPendingOnToken(hsm::HsmToken &token);

    // A key's lifetime rules for operation `op`: disabled keys do nothing; outside nbf/exp only decrypt,
    // unwrapKey and verify work (as Azure); the op must be one of the key's key_ops.
    Result<void> checkUsable(const KeyInfo &key, KeyOp op) const;

    // --- backup (KeyBackup.cpp): an HSM key restores only onto the bound token that still holds it.
    Result<void> checkRestorableOnToken(const QString &name, const KeyMaterial &material);

    // --- rotation (KeyRotation.cpp)
    Result<std::optional<rotation::RotationPolicy>> storedPolicy(const QString &name);
    Result<void> storePolicy(const QString &name, const rotation::RotationPolicy &policy);
    QString policyId(const QString &name) const;
    // A new version like `current` (generated before the lock), recorded as `operation`; Conflict when the key
    // changed meanwhile.
    Result<KeyInfo> rotateNow(const QString &name, access::Operation operation, const KeyInfo &current);
    struct Scheduled
    {
        KeyRotationStatus status;
        rotation::VersionTimes times;
        qint64 versionRow = 0; // the current version the plan is for
        QString version;
        bool enabled = true;
        QDateTime notifyDueSince;
    };
    Result<QList<Scheduled>> scheduleNow();

    struct CacheEntry
    {
        QString version;
        crypto::SoftwareKey key;
    };
    QHash<qint64, std::shared_ptr<CacheEntry>> privateCache;
    QHash<qint64, std::shared_ptr<CacheEntry>> publicCache;
    bool pendingChecked = false;
};

namespace keyrows {
access::Resource keyResource(const QString &name, bool asymmetric = false);
QString tokenLabel(const QString &vaultName, const QString &keyName, const QString &version);
} // namespace keyrows

} // namespace coffer
