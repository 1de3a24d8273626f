#include "models/CreateUserJob.h"

#include "core/vault/Vault.h"
#include "models/AccessOperations.h"
#include "models/BackgroundWork.h"
#include "models/VaultSession.h"

#include <QFutureWatcher>
#include <QPointer>

namespace coffer::models {

namespace {
using Outcome = Result<access::CreatedPrincipal>;
using OutcomePtr = std::shared_ptr<Outcome>;
} // namespace

struct CreateUserJob::Private
{
    QPointer<AccessOperations> operations;
    QString name;
    std::shared_ptr<SecureString> passphrase; // handed to the worker, freed (wiped) there
    Services services;
    access::Principal created;
    bool running = false;
    bool done = false;
};

CreateUserJob::CreateUserJob(AccessOperations *operations, QString name, SecureString passphrase,
                             const Services &services, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->operations = operations;
    d->name = std::move(name);
    d->passphrase = std::make_shared<SecureString>(std::move(passphrase));
    d->services = services;
}

CreateUserJob::~CreateUserJob() = default;

void CreateUserJob::start()
{
    if (d->running || d->done)
        return;
    d->running = true;
    QMetaObject::invokeMethod(this, &CreateUserJob::run, Qt::QueuedConnection);
}

void CreateUserJob::run()
{
    const auto fail = [this](ErrorCode code, const QString &context) {
        d->running = false;
        d->done = true;
        d->passphrase.reset();
        Q_EMIT finished(Error(code, context));
    };
    VaultSession *session = d->operations ? d->operations->session() : nullptr;
    if (!session || !session->vault())
        return fail(ErrorCode::Cancelled, QStringLiteral("the vault is locked"));
    if (!session->beginBackgroundWork())
        return fail(ErrorCode::Busy, QStringLiteral("the vault is busy with background work"));

    // The watcher belongs to the session: should this job go away early, the session still leaves busy.
    auto *watcher = new QFutureWatcher<OutcomePtr>(session);
    QPointer<CreateUserJob> self(this);
    connect(watcher, &QFutureWatcher<OutcomePtr>::finished, session, [self, session, watcher] {
        OutcomePtr outcome = watcher->result();
        watcher->deleteLater();
        session->endBackgroundWork();
        if (!self)
            return;
        self->d->running = false;
        self->d->done = true;
        if (!*outcome) {
            Q_EMIT self->finished(outcome->error());
            return;
        }
        self->d->created = (*outcome)->principal;
        if (self->d->operations)
            self->d->operations->notifyChanged();
        Q_EMIT self->finished(Result<void>());
    });
    access::AccessControl *control = &session->vault()->access();
    const QString name = d->name;
    const std::optional<Argon2Params> kdf = d->services.kdf;
    std::shared_ptr<SecureString> passphrase = std::move(d->passphrase);
    const QFuture<OutcomePtr> future = runInBackground([control, name, kdf, passphrase]() -> OutcomePtr {
        return std::make_shared<Outcome>(control->createUser(name, *passphrase, kdf));
    });
    session->trackBackgroundWork(QFuture<void>(future));
    watcher->setFuture(future);
}

bool CreateUserJob::isRunning() const
{
    return d->running;
}

const QString &CreateUserJob::name() const
{
    return d->name;
}

const access::Principal &CreateUserJob::created() const
{
    return d->created;
}

} // namespace coffer::models
