#pragma once

#include "core/access/AccessControl.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "models/Services.h"

#include <QObject>
#include <QString>

#include <memory>

namespace coffer::models {

class AccessOperations;

// Creates a user with a passphrase keyslot of their own off the GUI thread (the key derivation takes about half a
// second by design). start() is queued; finished() is emitted once with the outcome. While it runs, the session is
// busy: nothing else touches the Vault and a lock waits for the end. The derivation cannot be interrupted, so
// there is no cancel: the dialog waits for it.
class CreateUserJob : public QObject
{
    Q_OBJECT

public:
    CreateUserJob(AccessOperations *operations, QString name, SecureString passphrase, const Services &services,
                  QObject *parent = nullptr);
    ~CreateUserJob() override;

    void start();
    bool isRunning() const;
    const QString &name() const;
    // After a successful finished(): the new user.
    const access::Principal &created() const;

Q_SIGNALS:
    void finished(const coffer::Result<void> &result);

private:
    void run();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace coffer::models
