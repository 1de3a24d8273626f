#include "models/CreateVaultJob.h"

#include "models/BackgroundWork.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QSysInfo>

namespace coffer::models {

namespace {
using Outcome = Result<CreatedVault>;
using OutcomePtr = std::shared_ptr<Outcome>;
} // namespace

struct CreateVaultJob::Private
{
    VaultCreateOptions options;
    std::shared_ptr<SecureString> passphrase; // handed to the worker, freed (wiped) there
    Services services;
    QPointer<QFutureWatcher<OutcomePtr>> watcher;
    CreatedVault created;
    bool running = false;
    bool done = false;
};

CreateVaultJob::CreateVaultJob(VaultCreateOptions options, SecureString passphrase, const Services &services,
                               QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->options.kdf = services.kdf;
    d->passphrase = std::make_shared<SecureString>(std::move(passphrase));
    d->services = services;
}

CreateVaultJob::~CreateVaultJob() = default;

void CreateVaultJob::start()
{
    if (d->running || d->done)
        return;
    d->running = true;
    QMetaObject::invokeMethod(this, &CreateVaultJob::run, Qt::QueuedConnection);
}

void CreateVaultJob::run()
{
    if (d->done)
        return;
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
        d->created = std::move(**outcome);
        Q_EMIT finished(Result<void>());
    });
    VaultCreateOptions options = d->options;
    options.client = {QStringLiteral("console"), QCoreApplication::applicationPid(), QSysInfo::machineHostName()};
    const Clock *clock = d->services.clock;
    std::shared_ptr<SecureString> passphrase = std::move(d->passphrase);
    watcher->setFuture(runInBackground([options = std::move(options), clock, passphrase]() -> OutcomePtr {
        if (!clock)
            return std::make_shared<Outcome>(Error(ErrorCode::Internal, QStringLiteral("no clock was injected")));
        return std::make_shared<Outcome>(Vault::create(options, *passphrase, *clock));
    }));
}

void CreateVaultJob::cancel()
{
    if (d->done)
        return;
    d->done = true;
    d->running = false;
    d->passphrase.reset();
    if (d->watcher)
        d->watcher->disconnect(this);
    Q_EMIT finished(Error(ErrorCode::Cancelled, QStringLiteral("vault creation cancelled")));
}

bool CreateVaultJob::isRunning() const
{
    return d->running;
}

const VaultCreateOptions &CreateVaultJob::options() const
{
    return d->options;
}

CreatedVault CreateVaultJob::takeCreated()
{
    return std::move(d->created);
}

} // namespace coffer::models
