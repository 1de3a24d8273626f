#pragma once

#include "core/access/Principal.h"
#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/vault/Credential.h"
#include "core/vault/Keyslot.h"
#include "models/Services.h"
#include "models/VaultState.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace coffer {
class Vault;
struct VaultProperties;
} // namespace coffer

namespace coffer::models {

class UnlockJob;

// One vault in the console: its path, what its header says, and, while unlocked, the open coffer::Vault.
// Locked → (unlock) → Unlocking → Unlocked | Locked with lastError; lock() destroys the Vault (core wipes the key).
class VaultSession : public QObject
{
    Q_OBJECT

public:
    VaultSession(const QString &path, const Services &services, QObject *parent = nullptr);
    ~VaultSession() override;

    static QString normalizedPath(const QString &path);

    const QString &path() const { return m_path; }
    // The name in the header, or the folder name without ".coffer" when the header cannot be read.
    QString displayName() const;
    QString vaultId() const { return m_vaultId; }
    VaultState state() const { return m_state; }
    bool isUnlocked() const { return m_state == VaultState::Unlocked; }
    bool hasKeychainSlot() const;
    QList<KeyslotInfo> keyslots() const;
    // Only while unlocked.
    std::optional<VaultProperties> properties() const;
    const Vault *vault() const { return m_vault.get(); }
    Vault *vault() { return m_vault.get(); }

    // The last failure (reading the header or unlocking), as a code and as translated text.
    std::optional<ErrorCode> lastErrorCode() const { return m_lastErrorCode; }
    const QString &lastErrorText() const { return m_lastErrorText; }

    // Reads the header again (no credential). Sets lastError on failure.
    Result<void> inspect();
    // Starts the unlock off the GUI thread; unlockFinished() follows. Ignored unless Locked.
    void unlock(Credential credential);
    void cancelUnlock();
    // Takes a vault that is already open (just created).
    void adopt(std::unique_ptr<Vault> vault);
    // Locks now, or (while background work runs on the vault) as soon as it ends.
    void lock();

    // Who this session acts as (read when unlocked and after each access change); nullopt while locked.
    std::optional<access::Principal> principal() const { return m_principal; }
    // After a change to principals, role assignments, access policies or the permission model: reads the
    // principal again and emits accessChanged() so that pages re-check what may be done.
    void notifyAccessChanged();

    // Background work on the open vault (a new user's key derivation runs for a while). A Vault is never used
    // from two threads at once, so while busy the console leaves it alone (ObjectOperations refuses with Busy,
    // the change watcher skips) and lock() waits. begin returns false unless unlocked and idle.
    bool beginBackgroundWork();
    // The running work, waited for should the session be destroyed before it ends.
    void trackBackgroundWork(const QFuture<void> &work) { m_work = work; }
    void endBackgroundWork();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void stateChanged(coffer::models::VaultState state);
    void unlockFinished(const coffer::Result<void> &result);
    void infoChanged(); // name, keyslots or last error
    void accessChanged();
    void busyChanged(bool busy);

private:
    void setState(VaultState state);
    void setLastError(const std::optional<Error> &error, const QString &text);
    void onJobFinished(const Result<void> &result);
    void readPrincipal();
    void tellCoreWhoCalls();

    QString m_path;
    Services m_services;
    QString m_name;
    QString m_vaultId;
    QList<KeyslotInfo> m_headerKeyslots;
    VaultState m_state = VaultState::Locked;
    std::unique_ptr<Vault> m_vault;
    QPointer<UnlockJob> m_job;
    std::optional<ErrorCode> m_lastErrorCode;
    QString m_lastErrorText;
    std::optional<access::Principal> m_principal;
    bool m_busy = false;
    bool m_lockPending = false;
    QFuture<void> m_work;
};

} // namespace coffer::models
