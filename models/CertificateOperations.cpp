#include "models/CertificateOperations.h"

#include "core/access/AccessControl.h"
#include "core/vault/HsmBinding.h"
#include "core/vault/KeyStore.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultProperties.h"
#include "models/BackgroundWork.h"
#include "models/ErrorText.h"
#include "models/VaultSession.h"

#include <QFutureWatcher>

#include <memory>

namespace coffer::models {

namespace {

Error lockedError()
{
    return Error(ErrorCode::Cancelled, QStringLiteral("the vault is locked"));
}

Error busyError()
{
    return Error(ErrorCode::Busy, QStringLiteral("the vault is busy with background work"));
}

} // namespace

CertificateOperations::CertificateOperations(QObject *parent)
    : QObject(parent)
{
    connect(this, &CertificateOperations::certificatesChanged, this, &CertificateOperations::forgetNames);
}

CertificateOperations::~CertificateOperations() = default;

void CertificateOperations::setSession(VaultSession *session)
{
    m_session = session;
    m_names.reset();
}

VaultSession *CertificateOperations::session() const
{
    return m_session;
}

bool CertificateOperations::isUnlocked() const
{
    return m_session && m_session->vault();
}

int CertificateOperations::retentionDays() const
{
    const auto properties = m_session ? m_session->properties() : std::nullopt;
    return properties ? properties->retentionDays : 0;
}

bool CertificateOperations::hsmBound() const
{
    if (!m_session || !m_session->vault() || m_session->isBusy())
        return false;
    return m_session->vault()->hsm().binding().has_value();
}

Result<CertificateStore *> CertificateOperations::store()
{
    if (!m_session || !m_session->vault())
        return lockedError();
    if (m_session->isBusy())
        return busyError();
    return &m_session->vault()->certificates();
}

access::Decision CertificateOperations::can(access::Operation operation, const access::Resource &resource)
{
    if (!m_session || !m_session->vault() || m_session->isBusy()) {
        access::Decision denied;
        denied.operation = operation;
        denied.resource = resource.scope.toString();
        return denied;
    }
    return m_session->vault()->access().can(operation, resource);
}

bool CertificateOperations::isAllowed(access::Operation operation, const QString &name)
{
    return can(operation,
               name.isEmpty() ? access::Resource::kind(ObjectKind::Certificate)
                              : access::Resource::object(ObjectKind::Certificate, name))
            .allowed;
}

actions::AccessCheck CertificateOperations::accessCheck()
{
    return [self = QPointer<CertificateOperations>(this)](access::Operation operation,
                                                          const access::Resource &resource) {
        return self ? self->can(operation, resource) : access::Decision();
    };
}

namespace {

// Runs f on the store, or returns why there is none.
template<typename F>
auto withStore(Result<CertificateStore *> store, F &&f) -> decltype(f(std::declval<CertificateStore &>()))
{
    if (!store)
        return store.error();
    return f(**store);
}

} // namespace

Result<QList<CertificateInfo>> CertificateOperations::list()
{
    return withStore(store(), [](CertificateStore &s) { return s.list(); });
}

Result<QList<CertificateOperationInfo>> CertificateOperations::listPending()
{
    return withStore(store(), [](CertificateStore &s) { return s.listPending(); });
}

Result<CertificateInfo> CertificateOperations::show(const QString &name, const QString &version)
{
    return withStore(store(), [&](CertificateStore &s) { return s.show(name, version); });
}

Result<QList<CertificateInfo>> CertificateOperations::listVersions(const QString &name)
{
    return withStore(store(), [&](CertificateStore &s) { return s.listVersions(name); });
}

Result<QList<DeletedInfo>> CertificateOperations::listDeleted()
{
    return withStore(store(), [](CertificateStore &s) { return s.listDeleted(); });
}

Result<CertificatePolicy> CertificateOperations::policy(const QString &name)
{
    return withStore(store(), [&](CertificateStore &s) { return s.policy(name); });
}

Result<CertificateOperationInfo> CertificateOperations::pending(const QString &name)
{
    return withStore(store(), [&](CertificateStore &s) { return s.pending(name); });
}

Result<QByteArray> CertificateOperations::pendingCsrPem(const QString &name)
{
    return withStore(store(), [&](CertificateStore &s) { return s.pendingCsrPem(name); });
}

Result<QByteArray> CertificateOperations::downloadPublic(const QString &name, const QString &version, bool pem)
{
    return withStore(store(), [&](CertificateStore &s) { return s.downloadPublic(name, version, pem); });
}

Result<SecureBytes> CertificateOperations::exportWithKey(const QString &name, const CertificateExportRequest &request)
{
    return withStore(store(), [&](CertificateStore &s) { return s.exportWithKey(name, request); });
}

Result<QList<CertificateRenewalStatus>> CertificateOperations::renewalSchedule()
{
    return withStore(store(), [](CertificateStore &s) { return s.renewalSchedule(); });
}

Result<QList<CertificateContact>> CertificateOperations::contacts()
{
    return withStore(store(), [](CertificateStore &s) { return s.contacts(); });
}

Result<QList<CertificateRenewalOutcome>> CertificateOperations::dueRenewals()
{
    return withStore(store(), [](CertificateStore &s) { return s.renewDue(true); });
}

void CertificateOperations::takeNameSnapshot()
{
    NameSnapshot snapshot;
    using Use = NameSnapshot::Use;
    auto note = [&snapshot](const QString &name, Use use) {
        const QString key = objects::nameKey(name);
        if (!snapshot.byKey.contains(key))
            snapshot.byKey.insert(key, use);
    };
    Vault &vault = *m_session->vault();
    // Lists the principal may not read (Forbidden) leave those names to the store's check at creation.
    if (auto list = vault.certificates().list())
        for (const CertificateInfo &c : std::as_const(*list))
            note(c.info.name, Use::Certificate);
    if (auto list = vault.certificates().listPending())
        for (const CertificateOperationInfo &p : std::as_const(*list))
            note(p.name, Use::Pending);
    if (auto list = vault.certificates().listDeleted())
        for (const DeletedInfo &d : std::as_const(*list))
            note(d.current.name, Use::DeletedCertificate);
    if (auto list = vault.keys().list())
        for (const KeyInfo &k : std::as_const(*list))
            if (!k.info.managed)
                note(k.info.name, Use::Key);
    if (auto list = vault.secrets().list())
        for (const VersionInfo &v : std::as_const(*list))
            if (!v.managed)
                note(v.name, Use::Secret);
    if (auto list = vault.keys().listDeleted())
        for (const DeletedInfo &d : std::as_const(*list))
            note(d.current.name, Use::DeletedKey);
    if (auto list = vault.secrets().listDeleted())
        for (const DeletedInfo &d : std::as_const(*list))
            note(d.current.name, Use::DeletedSecret);
    m_names = std::move(snapshot);
}

CertificateOperations::NameState CertificateOperations::nameState(const QString &name, QString *why)
{
    auto say = [why](NameState state, const QString &text) {
        if (why)
            *why = text;
        return state;
    };
    if (auto valid = objects::validateName(ObjectKind::Certificate, name); !valid)
        return say(NameState::Invalid, name.isEmpty() ? tr("Enter a name.") : valid.error().context());
    if (!m_session || !m_session->vault())
        return say(NameState::Invalid, tr("The vault is locked."));
    if (!m_names) {
        if (m_session->isBusy())
            return say(NameState::Invalid, tr("The vault is busy; try again in a moment."));
        takeNameSnapshot();
    }
    using Use = NameSnapshot::Use;
    const auto found = m_names->byKey.constFind(objects::nameKey(name));
    if (found == m_names->byKey.constEnd())
        return say(NameState::Free, QString());
    switch (*found) {
    case Use::Certificate:
        return say(NameState::Certificate,
                   tr("A certificate named '%1' exists: this makes a new version of it.").arg(name));
    case Use::Pending:
        return say(NameState::TakenByOther,
                   tr("A certificate request with this name is pending: merge or delete it first."));
    case Use::DeletedCertificate:
        return say(NameState::Deleted, tr("A deleted certificate has this name: recover or purge it first."));
    case Use::Key:
        return say(NameState::TakenByOther,
                   tr("A key named '%1' exists: a certificate needs the name for its key. Choose another name.")
                           .arg(name));
    case Use::Secret:
        return say(NameState::TakenByOther,
                   tr("A secret named '%1' exists: a certificate needs the name for its secret. Choose another "
                      "name.")
                           .arg(name));
    case Use::DeletedKey:
        return say(NameState::Deleted, tr("A deleted key has this name: purge it first or choose another name."));
    case Use::DeletedSecret:
        return say(NameState::Deleted, tr("A deleted secret has this name: purge it first or choose another name."));
    }
    return say(NameState::Free, QString());
}

Result<CertificateInfo> CertificateOperations::update(const QString &name, const QString &version,
                                                      const AttributeUpdate &update)
{
    return withStore(store(), [&](CertificateStore &s) -> Result<CertificateInfo> {
        auto result = s.update(name, version, update);
        if (result) {
            Q_EMIT certificatesChanged();
            Q_EMIT certificateChanged(name);
        }
        return result;
    });
}

namespace {

template<typename T, typename Self>
Result<T> notify(Self *self, const QString &name, Result<T> result)
{
    if (result) {
        Q_EMIT self->certificatesChanged();
        if (!name.isEmpty())
            Q_EMIT self->certificateChanged(name);
    }
    return result;
}

} // namespace

Result<CertificatePolicy> CertificateOperations::updatePolicy(const QString &name, const CertificatePolicy &policy)
{
    return withStore(store(), [&](CertificateStore &s) { return notify(this, name, s.updatePolicy(name, policy)); });
}

Result<CertificateOperationInfo> CertificateOperations::cancelPending(const QString &name)
{
    return withStore(store(), [&](CertificateStore &s) { return notify(this, name, s.cancelPending(name)); });
}

Result<CertificateOperationInfo> CertificateOperations::deletePending(const QString &name)
{
    return withStore(store(), [&](CertificateStore &s) { return notify(this, name, s.deletePending(name)); });
}

Result<CertificateInfo> CertificateOperations::merge(const QString &name, QByteArrayView certificates)
{
    return withStore(store(), [&](CertificateStore &s) { return notify(this, name, s.merge(name, certificates)); });
}

Result<DeletedInfo> CertificateOperations::remove(const QString &name)
{
    return withStore(store(), [&](CertificateStore &s) { return notify(this, name, s.remove(name)); });
}

Result<CertificateInfo> CertificateOperations::recover(const QString &name)
{
    return withStore(store(), [&](CertificateStore &s) { return notify(this, name, s.recover(name)); });
}

Result<void> CertificateOperations::purge(const QString &name)
{
    return withStore(store(), [&](CertificateStore &s) -> Result<void> {
        auto result = s.purge(name);
        if (result) {
            Q_EMIT certificatesChanged();
            Q_EMIT certificateChanged(name);
        }
        return result;
    });
}

Result<QByteArray> CertificateOperations::backup(const QString &name)
{
    return withStore(store(), [&](CertificateStore &s) { return s.backup(name); });
}

Result<CertificateInfo> CertificateOperations::restore(QByteArrayView backupFile)
{
    return withStore(store(), [&](CertificateStore &s) -> Result<CertificateInfo> {
        auto restored = s.restore(backupFile);
        return notify(this, restored ? restored->info.name : QString(), std::move(restored));
    });
}

Result<QList<CertificateContact>> CertificateOperations::setContacts(const QList<CertificateContact> &contacts)
{
    return withStore(store(), [&](CertificateStore &s) { return notify(this, QString(), s.setContacts(contacts)); });
}

bool CertificateOperations::runInBackground(std::function<void(Vault &)> work, std::function<void()> done)
{
    if (!m_session || !m_session->vault() || m_working)
        return false;
    if (!m_session->beginBackgroundWork())
        return false;
    VaultSession *session = m_session;
    m_working = true;
    Q_EMIT workingChanged(true);
    // The watcher belongs to the session: should this object go away early, the session still leaves busy.
    auto *watcher = new QFutureWatcher<bool>(session);
    QPointer<CertificateOperations> self(this);
    connect(watcher, &QFutureWatcher<bool>::finished, session, [self, session, watcher, done = std::move(done)] {
        watcher->deleteLater();
        session->endBackgroundWork();
        if (!self)
            return;
        self->m_working = false;
        Q_EMIT self->workingChanged(false);
        if (done)
            done();
    });
    Vault *vault = session->vault();
    const QFuture<bool> future = models::runInBackground([vault, work = std::move(work)] {
        work(*vault);
        return true;
    });
    session->trackBackgroundWork(QFuture<void>(future));
    watcher->setFuture(future);
    return true;
}

// The results hold move-only objects (X509Certificate, SoftwareKey): each lives in a shared_ptr filled on the
// worker thread and read on the GUI thread once the work has finished (the watcher's finished() orders the two).
bool CertificateOperations::inspectInBackground(SecureBytes data, std::optional<SecureString> password)
{
    using Outcome = Result<crypto::ParsedCertificateFile>;
    auto input = std::make_shared<std::pair<SecureBytes, std::optional<SecureString>>>(std::move(data),
                                                                                       std::move(password));
    auto outcome = std::make_shared<std::optional<Outcome>>();
    QPointer<CertificateOperations> self(this);
    return runInBackground(
            [input, outcome](Vault &vault) {
                const SecureString *given = input->second ? &*input->second : nullptr;
                outcome->emplace(vault.certificates().inspect(input->first.view(), given));
            },
            [self, input, outcome] {
                if (self && *outcome)
                    Q_EMIT self->inspected(**outcome);
            });
}

bool CertificateOperations::importInBackground(const QString &name, CertificateImportRequest request)
{
    using Outcome = Result<CertificateImportResult>;
    auto shared = std::make_shared<CertificateImportRequest>(std::move(request)); // wiped with the last owner
    auto outcome = std::make_shared<std::optional<Outcome>>();
    QPointer<CertificateOperations> self(this);
    return runInBackground(
            [name, shared, outcome](Vault &vault) {
                outcome->emplace(vault.certificates().importCertificate(name, *shared));
            },
            [self, name, shared, outcome] {
                if (!self || !*outcome)
                    return;
                if (**outcome) {
                    Q_EMIT self->certificatesChanged();
                    Q_EMIT self->certificateChanged(name);
                }
                Q_EMIT self->imported(**outcome);
            });
}

namespace {

void finishCreate(CertificateOperations *self, const QString &name,
                  const Result<CertificateStore::CreateResult> &outcome)
{
    if (outcome) {
        Q_EMIT self->certificatesChanged();
        Q_EMIT self->certificateChanged(name);
    }
    Q_EMIT self->created(outcome);
}

} // namespace

bool CertificateOperations::createInBackground(const QString &name, const CertificatePolicy &policy,
                                               const NewVersionAttributes &attributes)
{
    using Outcome = Result<CertificateStore::CreateResult>;
    auto outcome = std::make_shared<std::optional<Outcome>>();
    QPointer<CertificateOperations> self(this);
    return runInBackground(
            [name, policy, attributes, outcome](Vault &vault) {
                outcome->emplace(vault.certificates().create(name, policy, attributes));
            },
            [self, name, outcome] {
                if (self && *outcome)
                    finishCreate(self, name, **outcome);
            });
}

bool CertificateOperations::renewInBackground(const QString &name)
{
    using Outcome = Result<CertificateStore::CreateResult>;
    auto outcome = std::make_shared<std::optional<Outcome>>();
    QPointer<CertificateOperations> self(this);
    return runInBackground([name, outcome](Vault &vault) { outcome->emplace(vault.certificates().renew(name)); },
                           [self, name, outcome] {
                               if (self && *outcome)
                                   finishCreate(self, name, **outcome);
                           });
}

bool CertificateOperations::renewDueInBackground(bool dryRun)
{
    using Outcome = Result<QList<CertificateRenewalOutcome>>;
    auto outcome = std::make_shared<std::optional<Outcome>>();
    QPointer<CertificateOperations> self(this);
    return runInBackground([dryRun, outcome](Vault &vault) { outcome->emplace(vault.certificates().renewDue(dryRun)); },
                           [self, dryRun, outcome] {
                               if (!self || !*outcome)
                                   return;
                               const Outcome &result = **outcome;
                               bool changed = false;
                               if (result)
                                   for (const CertificateRenewalOutcome &o : *result)
                                       changed = changed || o.action == CertificateRenewalOutcome::Action::Renewed
                                               || o.action == CertificateRenewalOutcome::Action::PendingCreated
                                               || o.action == CertificateRenewalOutcome::Action::Notified;
                               if (changed)
                                   Q_EMIT self->certificatesChanged();
                               Q_EMIT self->dueRenewalsRun(result, dryRun);
                           });
}

} // namespace coffer::models
