#pragma once

#include "core/access/Decision.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/HsmBinding.h"
#include "core/vault/KeyStore.h"
#include "core/vault/KeyTypes.h"
#include "core/vault/ObjectTypes.h"
#include "models/ObjectActions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace coffer {
class Vault;
}

namespace coffer::models {

class VaultSession;

// The console's one path to the vault's keys (Vault::keys()) and its PKCS#11 binding (Vault::hsm()), as
// ObjectOperations is for secrets. Every call is checked by the engine against the signed-in principal
// (Forbidden names what is missing) and recorded in the audit log; can() asks beforehand so pages disable what
// would be refused. Calls are synchronous and run on the GUI thread, except key generation and import (RSA-4096
// takes seconds): createInBackground()/importInBackground() run those off the GUI thread while the session is
// marked busy, and finish with keyCreated(); runOnKeysInBackground()/runOnHsmInBackground() do the same for the
// pages' own token calls (Try it on HSM keys, the HSM settings). After each successful write, keysChanged() (and
// ObjectOperations-style objectsChanged(Key)) tells the pages to refresh.
class KeyOperations : public QObject
{
    Q_OBJECT

public:
    explicit KeyOperations(QObject *parent = nullptr);
    ~KeyOperations() override;

    void setSession(VaultSession *session);
    VaultSession *session() const;
    bool isUnlocked() const;
    // Retention days of the vault (for the delete confirmation); 0 while locked.
    int retentionDays() const;

    // The signed-in principal's decision (pure, cheap, no audit). Denied while locked or busy.
    access::Decision can(access::Operation operation, const access::Resource &resource);
    bool isAllowed(access::Operation operation, const QString &name = {});
    actions::AccessCheck accessCheck();

    // Reads.
    Result<QList<KeyInfo>> list(); // the current version of every live key
    Result<KeyInfo> show(const QString &name, const QString &version = {});
    Result<QList<KeyInfo>> listVersions(const QString &name); // oldest first
    Result<QList<DeletedInfo>> listDeleted();
    std::optional<DeletedInfo> deletedItem(const QString &name);
    Result<QByteArray> exportPublic(const QString &name, const QString &version, PublicFormat format);
    Result<QJsonObject> publicJwk(const QString &name, const QString &version = {});

    // Writes (each emits keysChanged on success).
    Result<KeyInfo> create(const QString &name, const KeyCreateRequest &request);
    Result<KeyInfo> importKey(const QString &name, const KeyImportRequest &request);
    Result<KeyInfo> update(const QString &name, const QString &version, const KeyUpdate &update);
    Result<DeletedInfo> remove(const QString &name);
    Result<KeyInfo> recover(const QString &name);
    Result<void> purge(const QString &name);
    Result<QByteArray> backup(const QString &name);
    Result<KeyInfo> restore(QByteArrayView backupFile);
    Result<KeyInfo> rotate(const QString &name);

    // The same as create()/importKey(), off the GUI thread (the session is busy meanwhile; other calls answer
    // Busy). Returns false (and starts nothing) when locked or already busy. keyCreated() follows, queued.
    bool createInBackground(const QString &name, const KeyCreateRequest &request);
    bool importInBackground(const QString &name, KeyImportRequest request);
    // Rotate now off the GUI thread (new RSA material takes seconds); keyRotated() follows.
    bool rotateInBackground(const QString &name);
    bool isWorking() const { return m_working; }
    // Runs `work` with the vault's keys (or its PKCS#11 binding) off the GUI thread while the session is busy
    // (other calls answer Busy meanwhile), then `done` on the GUI thread, unless `context` was destroyed by then.
    // For calls that may wait on a token. False (nothing started) when locked or busy. `work` must not touch
    // widgets or this object.
    bool runOnKeysInBackground(std::function<void(KeyStore &)> work, QObject *context, std::function<void()> done);
    bool runOnHsmInBackground(std::function<void(HsmBinding &)> work, QObject *context, std::function<void()> done);

    // Cryptographic operations (Azure's names); `version` empty = the current version.
    Result<SignResult> sign(const QString &name, const QString &version, SignAlg alg, QByteArrayView digest);
    Result<bool> verify(const QString &name, const QString &version, SignAlg alg, QByteArrayView digest,
                        QByteArrayView signature);
    Result<CipherResult> encrypt(const QString &name, const QString &version, EncAlg alg, QByteArrayView plaintext,
                                 QByteArrayView aad = {});
    Result<PlainResult> decrypt(const QString &name, const QString &version, EncAlg alg, const CipherInput &input);
    Result<CipherResult> wrapKey(const QString &name, const QString &version, EncAlg alg, QByteArrayView key);
    Result<PlainResult> unwrapKey(const QString &name, const QString &version, EncAlg alg, const CipherInput &input);

    // Rotation policies (setRotationPolicy emits rotationPolicyChanged and keysChanged).
    Result<rotation::RotationPolicy> rotationPolicy(const QString &name);
    Result<rotation::RotationPolicy> setRotationPolicy(const QString &name, const rotation::RotationPolicy &policy);
    Result<QList<KeyRotationStatus>> rotationSchedule();

    // The vault's PKCS#11 token on the GUI thread (each may wait on the token; runOnHsmInBackground does not):
    // binding (no check), status (VaultGet) and the session's login. Bind, unbind and forgetting the PIN run in the
    // background (runOnHsmInBackground, models/HsmSettingsModel).
    std::optional<HsmBindingInfo> hsmBinding();
    Result<HsmStatus> hsmStatus();
    Result<void> hsmLogin(const SecureString &pin, bool rememberPin = false);
    // Trusting a module on this machine (HsmBinding::trustModule: no vault needed), only after the person confirmed
    // where it comes from.
    static Result<void> hsmTrustModule(const QString &modulePath);

Q_SIGNALS:
    void keysChanged();
    // A write that touched one key (after keysChanged): the details pane reloads when it shows `name`.
    void keyChanged(const QString &name);
    void rotationPolicyChanged(const QString &name);
    // The end of createInBackground/importInBackground.
    void keyCreated(const coffer::Result<coffer::KeyInfo> &result);
    // The end of rotateInBackground.
    void keyRotated(const coffer::Result<coffer::KeyInfo> &result);
    void workingChanged(bool working);

private:
    Result<KeyStore *> keys();
    Result<HsmBinding *> hsm();
    template<typename F>
    auto withHsm(F &&f) -> decltype(f(std::declval<HsmBinding &>()))
    {
        auto binding = hsm();
        if (!binding)
            return binding.error();
        return f(**binding);
    }
    bool runOnVaultInBackground(std::function<void(Vault &)> work, QObject *context, std::function<void()> done);
    template<typename F>
    auto withKeys(F &&f) -> decltype(f(std::declval<KeyStore &>()))
    {
        auto store = keys();
        if (!store)
            return store.error();
        return f(**store);
    }
    template<typename T>
    Result<T> changed(const QString &name, Result<T> result)
    {
        if (result) {
            Q_EMIT keysChanged();
            if (!name.isEmpty())
                Q_EMIT keyChanged(name);
        }
        return result;
    }
    enum class Work { Create, Rotate };
    template<typename F>
    bool startWork(Work kind, F work);
    void finishWork(Work kind, const Result<KeyInfo> &result);

    QPointer<VaultSession> m_session;
    bool m_working = false;
};

} // namespace coffer::models
