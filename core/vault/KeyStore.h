#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/rotation/RotationPolicy.h"
#include "core/vault/KeyTypes.h"
#include "core/vault/ObjectStore.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace coffer::access {
class Engine;
}

namespace coffer {

class BackupKeys;
class HsmBinding;

// What a rotation run found for one key (key rotate-due, the console's schedule).
struct KeyRotationStatus
{
    QString name;
    rotation::RotationPolicy policy; // the key's policy, or the default one
    bool hasPolicy = false; // false: no policy was set (the default applies: notify only)
    QList<QDateTime> nextRotations; // the next three (fewer when the policy does not rotate)
    std::optional<QDateTime> nextNotification;
    bool rotationDue = false;
    bool notificationDue = false;
    QString dueReason; // "90 days after creation (2026-04-01)"
    QString notScheduledReason; // "the key has no expiry date; ..."
};

// What `rotate-due` did for one key.
struct KeyRotationOutcome
{
    QString name;
    // Skipped: not done on purpose (a disabled current version, or another run or a person got there first).
    enum class Action { Rotated, Notified, WouldRotate, WouldNotify, Skipped, Failed } action = Action::Rotated;
    QString newVersion; // Rotated
    QString reason; // why it was due, or the error
};

// Keys as Azure Key Vault defines them: RSA, EC and oct (AES) keys, in software (PKCS#8 in the encrypted
// database) or on the vault's PKCS#11 token (private keys never leave it), with versions, key_ops, the nbf/exp
// window enforced for encrypt/sign/wrap (decrypt/unwrap/verify work outside it), soft-delete, backup, rotation.
// Every call passes the access engine first and is recorded (KeyCreate, KeySign, ... as Azure names them).
// Operations never return or record private material; exportPrivate is the one exception, for exportable
// software keys and with the release permission.
class KeyStore
{
public:
    KeyStore(access::Engine &engine, const VaultProperties &vault, BackupKeys &backupKeys, HsmBinding &hsm);
    ~KeyStore();

    // A new key (the first version, or a new version of an existing key with a new spec).
    // HSM keys need a bound token with its PIN (HsmUnavailable/WrongCredential otherwise).
    Result<KeyInfo> create(const QString &name, const KeyCreateRequest &request);
    Result<KeyInfo> importKey(const QString &name, const KeyImportRequest &request);

    Result<KeyInfo> show(const QString &name, const QString &version = {});
    Result<QList<KeyInfo>> list(); // the current version of every live key
    Result<QList<KeyInfo>> listVersions(const QString &name); // oldest first
    Result<KeyInfo> update(const QString &name, const QString &version, const KeyUpdate &update);

    Result<DeletedInfo> remove(const QString &name);
    Result<QList<DeletedInfo>> listDeleted();
    Result<DeletedInfo> getDeleted(const QString &name);
    Result<KeyInfo> recover(const QString &name);
    // Purges the rows, then removes the key's objects from the token (HSM keys; a token that is absent keeps
    // them, and `vault hsm status` lists such orphans).
    Result<void> purge(const QString &name);

    // Every version sealed under the vault's backup key. HSM keys: the token reference and public half only;
    // restore then needs the same token (serial) bound.
    Result<QByteArray> backup(const QString &name);
    Result<KeyInfo> restore(QByteArrayView backupFile);

    // The public half as PEM / DER (SubjectPublicKeyInfo) / JWK (Azure's fields). InvalidArgument for oct keys
    // in PEM/DER (a JWK of an oct key holds kid, kty and key_ops only).
    Result<QByteArray> exportPublic(const QString &name, const QString &version, PublicFormat format);
    Result<QJsonObject> publicJwk(const QString &name, const QString &version = {});
    // Unencrypted PKCS#8 PEM of an exportable software key (RSA, EC), or the raw bytes of an oct key; recorded as
    // KeyRelease. Forbidden for keys not marked exportable and for HSM keys.
    Result<SecureBytes> exportPrivate(const QString &name, const QString &version = {});

    // Cryptographic operations (Azure's names). `version` empty = the current version.
    Result<SignResult> sign(const QString &name, const QString &version, SignAlg alg, QByteArrayView digest);
    Result<bool> verify(const QString &name, const QString &version, SignAlg alg, QByteArrayView digest,
                        QByteArrayView signature);
    Result<CipherResult> encrypt(const QString &name, const QString &version, EncAlg alg, QByteArrayView plaintext,
                                 QByteArrayView aad = {});
    Result<PlainResult> decrypt(const QString &name, const QString &version, EncAlg alg, const CipherInput &input);
    Result<CipherResult> wrapKey(const QString &name, const QString &version, EncAlg alg, QByteArrayView key);
    Result<PlainResult> unwrapKey(const QString &name, const QString &version, EncAlg alg, const CipherInput &input);

    // Rotation: a new version with new material and the same type, size, ops, protection and exportability;
    // expiry from the policy's expiryTime when it has one. Tags are kept.
    Result<KeyInfo> rotate(const QString &name);
    // The key's policy (the default when none was set; Azure returns the default too).
    Result<rotation::RotationPolicy> rotationPolicy(const QString &name);
    // Validated with Azure's rules first (InvalidArgument naming the rule).
    Result<rotation::RotationPolicy> setRotationPolicy(const QString &name, const rotation::RotationPolicy &policy);
    // Where every live key stands now (by the store's clock).
    Result<QList<KeyRotationStatus>> rotationSchedule();
    // Runs what is due now: each due rotation is a new version recorded as KeyRotateIfDue; each due notification
    // is recorded once per version. dryRun: nothing changes, the outcomes say what would happen.
    Result<QList<KeyRotationOutcome>> rotateDue(bool dryRun);

    struct Impl; // core-internal (KeyStorePrivate.h)
    Impl &internals() { return *d; } // for CertificateStore (its managed keys)

private:
    std::unique_ptr<Impl> d;
};

} // namespace coffer
