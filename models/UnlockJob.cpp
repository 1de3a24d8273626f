#include "models/UnlockJob.h"

#include "models/BackgroundWork.h"

#include "core/vault/Vault.h"

#include <QFutureWatcher>
#include <QPointer>

namespace coffer::models {

namespace {
using Outcome = Result<std::unique_ptr<Vault>>;
using OutcomePtr = std::shared_ptr<Outcome>;
} // namespace

struct UnlockJob::Private
{
    QString path;
    Credential::Kind kind = Credential::Kind::Passphrase;
    std::shared_ptr<Credential> credential; // handed to the worker, freed (wiped) there
    Services services;
    QPointer<QFutureWatcher<OutcomePtr>> watcher;
    std::unique_ptr<Vault> vault;
    bool running = false;
    bool done = false;
};

UnlockJob::UnlockJob(QString path, Credential credential, const Services &services, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->path = std::move(path);
    d->kind = credential.kind;
    d->credential = std::make_shared<Credential>(std::move(credential));
    d->services = services;
}

UnlockJob::~UnlockJob() = default;

void UnlockJob::start()
{
    if (d->running || d->done)
        return;
    d->running = true;
    QMetaObject::invokeMethod(this, &UnlockJob::run, Qt::QueuedConnection);
}

void UnlockJob::run()
{
    if (d->done)
        return; // cancelled before it began
    auto *watcher = new QFutureWatcher<OutcomePtr>(this);
    d->watcher = watcher;
    connect(watcher, &QFutureWatcher<OutcomePtr>::finished, this, [this, watcher] {
        OutcomePtr outcome = watcher->result();
        watcher->deleteLater();
        if (d->done)
            return;
        d->running = false;
        d->done = true;
        if (!*outcome) {
            Q_EMIT finished(outcome->error());
            return;
        }
        d->vault = std::move(**outcome);
        Q_EMIT finished(Result<void>());
    });
    const QString path = d->path;
    const Clock *clock = d->services.clock;
    KeychainStore *keychain = d->services.keychain;
    std::shared_ptr<Credential> credential = std::move(d->credential);
    watcher->setFuture(runInBackground([path, clock, keychain, credential]() -> OutcomePtr {
        if (!clock)
            return std::make_shared<Outcome>(Error(ErrorCode::Internal, QStringLiteral("no clock was injected")));
        return std::make_shared<Outcome>(Vault::open(path, *credential, *clock, keychain));
    }));
}

void UnlockJob::cancel()
{
    if (d->done)
        return;
    d->done = true;
    d->running = false;
    d->credential.reset();
    if (d->watcher)
        d->watcher->disconnect(this);
    Q_EMIT finished(Error(ErrorCode::Cancelled, QStringLiteral("unlock cancelled")));
}

bool UnlockJob::isRunning() const
{
    return d->running;
}

Credential::Kind UnlockJob::credentialKind() const
{
    return d->kind;
}

std::unique_ptr<Vault> UnlockJob::takeVault()
{
    return std::move(d->vault);
}

} // namespace coffer::models
