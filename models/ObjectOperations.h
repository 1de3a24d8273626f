#pragma once

#include "core/access/Decision.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/ObjectTypes.h"
#include "core/vault/SecretStore.h"
#include "models/ObjectActions.h"

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
// value) goes through here; the engine checks each call against the signed-in principal (Forbidden names what is
// missing), and can() asks the same question beforehand so that pages disable what would be refused. The calls
// are synchronous: each is one SQLCipher transaction of a few milliseconds. After each successful write,
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

    // The signed-in principal's decision for an operation (pure and cheap: no audit, never an error). Denied
    // while locked or busy.
    access::Decision can(access::Operation operation, const access::Resource &resource);
    // can() as the action rules take it.
    actions::AccessCheck accessCheck();

    // Metadata, never values.
    Result<QList<VersionInfo>> listSecrets();
    // The secrets the principal holds a role on one by one (role assignments at /secrets/NAME, its own or its
    // groups'): what a principal that may not list the vault's secrets can still see, as in Azure.
    Result<QList<VersionInfo>> listSecretsSharedWithMe();
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
