#pragma once

#include "core/common/Result.h"
#include "core/vault/Credential.h"
#include "models/Services.h"

#include <QObject>
#include <QString>

#include <memory>

namespace coffer {
class Vault;
}

namespace coffer::models {

// Opens a vault off the GUI thread (the KDF takes about half a second by design).
// start() is queued; finished() is emitted once, on the thread that owns the job, with the outcome.
// cancel() emits finished(Cancelled) at once and drops the result: the derivation cannot be interrupted, but a
// vault opened after cancel() is destroyed (locked) without ever reaching the caller.
class UnlockJob : public QObject
{
    Q_OBJECT

public:
    UnlockJob(QString path, Credential credential, const Services &services, QObject *parent = nullptr);
    ~UnlockJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    Credential::Kind credentialKind() const;
    // The opened vault after a successful finished(); null otherwise or when already taken.
    std::unique_ptr<Vault> takeVault();

Q_SIGNALS:
    void finished(const coffer::Result<void> &result);

private:
    void run();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace coffer::models
