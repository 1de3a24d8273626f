#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/ObjectTypes.h"
#include "core/vault/SecretStore.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace coffer {
struct VaultProperties;
}

namespace coffer::models {

class VaultSession;

// The one place the console reads and changes objects in an unlocked vault. Every write (and every read of a
// value) goes through here, so access checks and audit records can be added in one spot later. The calls are
// synchronous: each is one SQLCipher transaction of a few milliseconds. After each successful write,
// objectsChanged() tells the pages to refresh.
class ObjectOperations : public QObject
{
    Q_OBJECT

public:
    explicit ObjectOperations(QObject *parent = nullptr);

    void setSession(VaultSession *session);
    VaultSession *session() const;
    bool isUnlocked() const;
    std::optional<VaultProperties> properties() const;

    // Metadata, never values.
    Result<QList<VersionInfo>> listSecrets();
    Result<QList<VersionInfo>> listVersions(const QString &name);
    Result<VersionInfo> showSecret(const QString &name, const QString &version = {});
    Result<QList<DeletedInfo>> listDeleted(ObjectKind kind);
    // Whether `name` is in the deleted list of `kind` (for the create dialog's explanation).
    std::optional<DeletedInfo> deletedItem(ObjectKind kind, const QString &name);

    // The value (reveal, copy, pre-fill). Forbidden for a disabled version.
    Result<SecretBundle> readSecretValue(const QString &name, const QString &version = {});

    // A new secret: AlreadyExists when a live secret has the name, Conflict when a deleted one has it.
    Result<VersionInfo> createSecret(const QString &name, const SecureBytes &value,
                                     const NewVersionAttributes &attributes);
    // A new version of an existing secret (NotFound when it does not exist).
    Result<VersionInfo> addSecretVersion(const QString &name, const SecureBytes &value,
                                         const NewVersionAttributes &attributes);
    Result<VersionInfo> updateAttributes(ObjectKind kind, const QString &name, const QString &version,
                                         const AttributeUpdate &update);
    Result<DeletedInfo> remove(ObjectKind kind, const QString &name);
    Result<VersionInfo> recover(ObjectKind kind, const QString &name);
    Result<void> purge(ObjectKind kind, const QString &name);
    Result<QByteArray> backup(ObjectKind kind, const QString &name);
    Result<VersionInfo> restore(ObjectKind kind, QByteArrayView file);

Q_SIGNALS:
    void objectsChanged(coffer::ObjectKind kind);

private:
    Result<SecretStore *> secrets();
    // Runs f(store) on the unlocked vault's secrets, or fails as a locked vault does.
    template<typename F>
    auto withSecrets(F &&f) -> decltype(f(std::declval<SecretStore &>()))
    {
        auto store = secrets();
        if (!store)
            return store.error();
        return f(**store);
    }
    template<typename T>
    Result<T> changed(ObjectKind kind, Result<T> result)
    {
        if (result)
            Q_EMIT objectsChanged(kind);
        return result;
    }

    QPointer<VaultSession> m_session;
};

} // namespace coffer::models
