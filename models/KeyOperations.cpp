#include "models/KeyOperations.h"

#include "core/access/AccessControl.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultProperties.h"
#include "models/BackgroundWork.h"
#include "models/VaultSession.h"

#include <QFutureWatcher>

namespace coffer::models {

namespace {
using Outcome = Result<KeyInfo>;
using OutcomePtr = std::shared_ptr<Outcome>;

Error lockedError()
{
    return Error(ErrorCode::Cancelled, QStringLiteral("the vault is locked"));
}
} // namespace

KeyOperations::KeyOperations(QObject *parent)
    : QObject(parent)
{ }

KeyOperations::~KeyOperations() = default;

void KeyOperations::setSession(VaultSession *session)
{
    m_session = session;
}

VaultSession *KeyOperations::session() const
{
    return m_session;
}

bool KeyOperations::isUnlocked() const
{
    return m_session && m_session->vault();
}

int KeyOperations::retentionDays() const
{
    const auto properties = m_session ? m_session->properties() : std::nullopt;
    return properties ? properties->retentionDays : 0;
}

Result<KeyStore *> KeyOperations::keys()
{
    if (!m_session || !m_session->vault())
        return lockedError();
    if (m_session->isBusy())
        return Error(ErrorCode::Busy, QStringLiteral("the vault is busy with background work"));
    return &m_session->vault()->keys();
}

access::Decision KeyOperations::can(access::Operation operation, const access::Resource &resource)
{
    if (!m_session || !m_session->vault() || m_session->isBusy()) {
        access::Decision denied;
        denied.operation = operation;
        denied.resource = resource.scope.toString();
        return denied;
    }
    return m_session->vault()->access().can(operation, resource);
}

bool KeyOperations::isAllowed(access::Operation operation, const QString &name)
{
    return can(operation,
               name.isEmpty() ? access::Resource::kind(ObjectKind::Key)
                              : access::Resource::object(ObjectKind::Key, name))
            .allowed;
}

actions::AccessCheck KeyOperations::accessCheck()
{
    return [self = QPointer<KeyOperations>(this)](access::Operation operation, const access::Resource &resource) {
        return self ? self->can(operation, resource) : access::Decision();
    };
}

Result<QList<KeyInfo>> KeyOperations::list()
{
    return withKeys([&](KeyStore &store) { return store.list(); });
}

Result<KeyInfo> KeyOperations::show(const QString &name, const QString &version)
{
    return withKeys([&](KeyStore &store) { return store.show(name, version); });
}

Result<QList<KeyInfo>> KeyOperations::listVersions(const QString &name)
{
    return withKeys([&](KeyStore &store) { return store.listVersions(name); });
}

Result<QList<DeletedInfo>> KeyOperations::listDeleted()
{
    return withKeys([&](KeyStore &store) { return store.listDeleted(); });
}

std::optional<DeletedInfo> KeyOperations::deletedItem(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    auto store = keys();
    if (!store)
        return std::nullopt;
    auto deleted = (*store)->getDeleted(name);
    if (!deleted)
        return std::nullopt;
    return *deleted;
}

Result<QByteArray> KeyOperations::exportPublic(const QString &name, const QString &version, PublicFormat format)
{
    return withKeys([&](KeyStore &store) { return store.exportPublic(name, version, format); });
}

Result<QJsonObject> KeyOperations::publicJwk(const QString &name, const QString &version)
{
    return withKeys([&](KeyStore &store) { return store.publicJwk(name, version); });
}

Result<KeyInfo> KeyOperations::create(const QString &name, const KeyCreateRequest &request)
{
    return withKeys([&](KeyStore &store) { return changed(name, store.create(name, request)); });
}

Result<KeyInfo> KeyOperations::importKey(const QString &name, const KeyImportRequest &request)
{
    return withKeys([&](KeyStore &store) { return changed(name, store.importKey(name, request)); });
}

Result<KeyInfo> KeyOperations::update(const QString &name, const QString &version, const KeyUpdate &update)
{
    return withKeys([&](KeyStore &store) { return changed(name, store.update(name, version, update)); });
}

Result<DeletedInfo> KeyOperations::remove(const QString &name)
{
    return withKeys([&](KeyStore &store) { return changed(name, store.remove(name)); });
}

Result<KeyInfo> KeyOperations::recover(const QString &name)
{
    return withKeys([&](KeyStore &store) { return changed(name, store.recover(name)); });
}

Result<void> KeyOperations::purge(const QString &name)
{
    return withKeys([&](KeyStore &store) { return changed(name, store.purge(name)); });
}

Result<QByteArray> KeyOperations::backup(const QString &name)
{
    return withKeys([&](KeyStore &store) { return store.backup(name); });
}

Result<KeyInfo> KeyOperations::restore(QByteArrayView backupFile)
{
    return withKeys([&](KeyStore &store) -> Result<KeyInfo> {
        auto restored = store.restore(backupFile);
        return changed(restored ? restored->info.name : QString(), std::move(restored));
    });
}

Result<KeyInfo> KeyOperations::rotate(const QString &name)
{
    return withKeys([&](KeyStore &store) { return changed(name, store.rotate(name)); });
}

template<typename F>
bool KeyOperations::startWork(Work kind, F work)
{
    if (!m_session || !m_session->vault() || m_working)
        return false;
    if (!m_session->beginBackgroundWork())
        return false;
    VaultSession *session = m_session;
    m_working = true;
    Q_EMIT workingChanged(true);
    // The watcher belongs to the session: should this object go away early, the session still leaves busy.
    auto *watcher = new QFutureWatcher<OutcomePtr>(session);
    QPointer<KeyOperations> self(this);
    connect(watcher, &QFutureWatcher<OutcomePtr>::finished, session, [self, session, watcher, kind] {
        OutcomePtr outcome = watcher->result();
        watcher->deleteLater();
        session->endBackgroundWork();
        if (self)
            self->finishWork(kind, *outcome);
    });
    KeyStore *store = &session->vault()->keys();
    const QFuture<OutcomePtr> future
            = runInBackground([store, work = std::move(work)]() -> OutcomePtr { return work(*store); });
    session->trackBackgroundWork(QFuture<void>(future));
    watcher->setFuture(future);
    return true;
}

void KeyOperations::finishWork(Work kind, const Result<KeyInfo> &result)
{
    m_working = false;
    Q_EMIT workingChanged(false);
    if (result) {
        Q_EMIT keysChanged();
        Q_EMIT keyChanged(result->info.name);
    }
    if (kind == Work::Rotate)
        Q_EMIT keyRotated(result);
    else
        Q_EMIT keyCreated(result);
}

bool KeyOperations::createInBackground(const QString &name, const KeyCreateRequest &request)
{
    return startWork(Work::Create, [name, request](KeyStore &store) {
        return std::make_shared<Outcome>(store.create(name, request));
    });
}

bool KeyOperations::importInBackground(const QString &name, KeyImportRequest request)
{
    auto shared = std::make_shared<KeyImportRequest>(std::move(request)); // freed (wiped) with the last owner
    return startWork(Work::Create, [name, shared](KeyStore &store) {
        return std::make_shared<Outcome>(store.importKey(name, *shared));
    });
}

bool KeyOperations::rotateInBackground(const QString &name)
{
    return startWork(Work::Rotate, [name](KeyStore &store) { return std::make_shared<Outcome>(store.rotate(name)); });
}

Result<SignResult> KeyOperations::sign(const QString &name, const QString &version, SignAlg alg, QByteArrayView digest)
{
    return withKeys([&](KeyStore &store) { return store.sign(name, version, alg, digest); });
}

Result<bool> KeyOperations::verify(const QString &name, const QString &version, SignAlg alg, QByteArrayView digest,
                                   QByteArrayView signature)
{
    return withKeys([&](KeyStore &store) { return store.verify(name, version, alg, digest, signature); });
}

Result<CipherResult> KeyOperations::encrypt(const QString &name, const QString &version, EncAlg alg,
                                            QByteArrayView plaintext, QByteArrayView aad)
{
    return withKeys([&](KeyStore &store) { return store.encrypt(name, version, alg, plaintext, aad); });
}

Result<PlainResult> KeyOperations::decrypt(const QString &name, const QString &version, EncAlg alg,
                                           const CipherInput &input)
{
    return withKeys([&](KeyStore &store) { return store.decrypt(name, version, alg, input); });
}

Result<CipherResult> KeyOperations::wrapKey(const QString &name, const QString &version, EncAlg alg, QByteArrayView key)
{
    return withKeys([&](KeyStore &store) { return store.wrapKey(name, version, alg, key); });
}

Result<PlainResult> KeyOperations::unwrapKey(const QString &name, const QString &version, EncAlg alg,
                                             const CipherInput &input)
{
    return withKeys([&](KeyStore &store) { return store.unwrapKey(name, version, alg, input); });
}

Result<rotation::RotationPolicy> KeyOperations::rotationPolicy(const QString &name)
{
    return withKeys([&](KeyStore &store) { return store.rotationPolicy(name); });
}

Result<rotation::RotationPolicy> KeyOperations::setRotationPolicy(const QString &name,
                                                                  const rotation::RotationPolicy &policy)
{
    return withKeys([&](KeyStore &store) -> Result<rotation::RotationPolicy> {
        auto result = store.setRotationPolicy(name, policy);
        if (result) {
            Q_EMIT rotationPolicyChanged(name);
            Q_EMIT keysChanged();
        }
        return result;
    });
}

Result<QList<KeyRotationStatus>> KeyOperations::rotationSchedule()
{
    return withKeys([&](KeyStore &store) { return store.rotationSchedule(); });
}

bool KeyOperations::runOnVaultInBackground(std::function<void(Vault &)> work, QObject *context,
                                           std::function<void()> done)
{
    if (!m_session || !m_session->vault() || !m_session->beginBackgroundWork())
        return false;
    VaultSession *session = m_session;
    // The watcher belongs to the session: should the caller go away early, the session still leaves busy.
    auto *watcher = new QFutureWatcher<bool>(session);
    connect(watcher, &QFutureWatcher<bool>::finished, session,
            [session, watcher, receiver = QPointer<QObject>(context), hasContext = context != nullptr,
             done = std::move(done)] {
                watcher->deleteLater();
                session->endBackgroundWork();
                if ((receiver || !hasContext) && done)
                    done();
            });
    Vault *vault = session->vault();
    const QFuture<bool> future = runInBackground([vault, work = std::move(work)] {
        work(*vault);
        return true;
    });
    session->trackBackgroundWork(QFuture<void>(future));
    watcher->setFuture(future);
    return true;
}

bool KeyOperations::runOnKeysInBackground(std::function<void(KeyStore &)> work, QObject *context,
                                          std::function<void()> done)
{
    return runOnVaultInBackground([work = std::move(work)](Vault &vault) { work(vault.keys()); }, context,
                                  std::move(done));
}

bool KeyOperations::runOnHsmInBackground(std::function<void(HsmBinding &)> work, QObject *context,
                                         std::function<void()> done)
{
    return runOnVaultInBackground([work = std::move(work)](Vault &vault) { work(vault.hsm()); }, context,
                                  std::move(done));
}

Result<HsmBinding *> KeyOperations::hsm()
{
    if (!m_session || !m_session->vault())
        return lockedError();
    if (m_session->isBusy())
        return Error(ErrorCode::Busy, QStringLiteral("the vault is busy with background work"));
    return &m_session->vault()->hsm();
}

std::optional<HsmBindingInfo> KeyOperations::hsmBinding()
{
    auto binding = hsm();
    if (!binding)
        return std::nullopt;
    return (*binding)->binding();
}

Result<HsmStatus> KeyOperations::hsmStatus()
{
    return withHsm([](HsmBinding &binding) { return binding.status(); });
}

Result<void> KeyOperations::hsmLogin(const SecureString &pin, bool rememberPin)
{
    return withHsm([&](HsmBinding &binding) { return binding.login(pin, rememberPin); });
}

Result<void> KeyOperations::hsmTrustModule(const QString &modulePath)
{
    return HsmBinding::trustModule(modulePath);
}

} // namespace coffer::models
