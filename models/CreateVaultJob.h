#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/Vault.h"
#include "models/Services.h"

#include <QObject>

#include <memory>

namespace coffer::models {

// Creates a vault off the GUI thread (Argon2 calibration and derivation take a second or so).
// start() is queued; finished() is emitted once with the outcome; takeCreated() then hands over the unlocked
// vault and the recovery key (to be shown once). cancel() emits finished(Cancelled); a vault the worker still
// makes is kept on disk but never handed over.
class CreateVaultJob : public QObject
{
    Q_OBJECT

public:
    CreateVaultJob(VaultCreateOptions options, SecureString passphrase, const Services &services,
                   QObject *parent = nullptr);
    ~CreateVaultJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    const VaultCreateOptions &options() const;
    CreatedVault takeCreated();

Q_SIGNALS:
    void finished(const coffer::Result<void> &result);

private:
    void run();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace coffer::models
