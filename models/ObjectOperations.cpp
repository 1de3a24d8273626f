#include "models/ObjectOperations.h"

#include "core/access/AccessControl.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "models/VaultSession.h"

#include <algorithm>

namespace coffer::models {

namespace {
Error notYet(ObjectKind kind)
{
    return Error(ErrorCode::InvalidArgument,
                 QStringLiteral("%1 objects are not supported yet").arg(objectKindTitle(kind)));
}

// Keys in the kind-generic calls (Manage deleted, attributes): through the vault's KeyStore.
Result<KeyStore *> keyStore(VaultSession *session)
{
    if (!session || !session->vault())
        return Error(ErrorCode::Cancelled, QStringLiteral("the vault is locked"));
    if (session->isBusy())
        return Error(ErrorCode::Busy, QStringLiteral("the vault is busy with background work"));
    return &session->vault()->keys();
}

Result<VersionInfo> versionOf(Result<KeyInfo> key)
{
    if (!key)
        return key.error();
    return key->info;
}
} // namespace

ObjectOperations::ObjectOperations(QObject *parent)
    : QObject(parent)
{ }

void ObjectOperations::setSession(VaultSession *session)
{
    m_session = session;
}

VaultSession *ObjectOperations::session() const
{
    return m_session;
}

bool ObjectOperations::isUnlocked() const
{
    return m_session && m_session->vault();
}

std::optional<VaultProperties> ObjectOperations::properties() const
{
    return m_session ? m_session->properties() : std::nullopt;
}

Result<SecretStore *> ObjectOperations::secrets()
{
    if (!m_session || !m_session->vault())
        return Error(ErrorCode::Cancelled, QStringLiteral("the vault is locked"));
    if (m_session->isBusy())
        return Error(ErrorCode::Busy, QStringLiteral("the vault is busy with background work"));
    return &m_session->vault()->secrets();
}

access::Decision ObjectOperations::can(access::Operation operation, const access::Resource &resource)
{
    if (!m_session || !m_session->vault() || m_session->isBusy()) {
        access::Decision denied;
        denied.operation = operation;
        denied.resource = resource.scope.toString();
        return denied;
    }
    return m_session->vault()->access().can(operation, resource);
}

actions::AccessCheck ObjectOperations::accessCheck()
{
    return [self = QPointer<ObjectOperations>(this)](access::Operation operation, const access::Resource &resource) {
        return self ? self->can(operation, resource) : access::Decision();
    };
}

Result<QList<VersionInfo>> ObjectOperations::listSecretsSharedWithMe()
{
    auto store = secrets();
    if (!store)
        return store.error();
    access::AccessControl &control = m_session->vault()->access();
    auto assignments = control.assignments(control.principalId());
    if (!assignments)
        return assignments.error();
    QStringList names;
    for (const access::RoleAssignment &assignment : *assignments) {
        const access::Scope &scope = assignment.scope;
        if (scope.level() == access::Scope::Level::Object && scope.objectKind() == ObjectKind::Secret
            && !names.contains(scope.name(), Qt::CaseInsensitive))
            names << scope.name();
    }
    QList<VersionInfo> shared;
    for (const QString &name : std::as_const(names))
        if (auto info = (*store)->show(name))
            shared << *info; // deleted since, or not readable: left out
    std::sort(shared.begin(), shared.end(),
              [](const VersionInfo &a, const VersionInfo &b) { return objects::nameKeyLess(a.name, b.name); });
    return shared;
}

Result<QList<VersionInfo>> ObjectOperations::listSecrets()
{
    return withSecrets([&](SecretStore &store) { return store.list(); });
}

Result<QList<VersionInfo>> ObjectOperations::listVersions(const QString &name)
{
    return withSecrets([&](SecretStore &store) { return store.listVersions(name); });
}

Result<VersionInfo> ObjectOperations::showSecret(const QString &name, const QString &version)
{
    return withSecrets([&](SecretStore &store) { return store.show(name, version); });
}

Result<QList<DeletedInfo>> ObjectOperations::listDeleted(ObjectKind kind)
{
    if (kind == ObjectKind::Key) {
        auto keys = keyStore(m_session);
        return keys ? (*keys)->listDeleted() : Result<QList<DeletedInfo>>(keys.error());
    }
    if (kind != ObjectKind::Secret)
        return QList<DeletedInfo>();
    return withSecrets([&](SecretStore &store) { return store.listDeleted(); });
}

std::optional<DeletedInfo> ObjectOperations::deletedItem(ObjectKind kind, const QString &name)
{
    if (kind == ObjectKind::Key && !name.isEmpty()) {
        auto keys = keyStore(m_session);
        auto deleted = keys ? (*keys)->getDeleted(name) : Result<DeletedInfo>(keys.error());
        return deleted ? std::optional<DeletedInfo>(*deleted) : std::nullopt;
    }
    if (kind != ObjectKind::Secret || name.isEmpty())
        return std::nullopt;
    auto store = secrets();
    if (!store)
        return std::nullopt;
    auto deleted = (*store)->getDeleted(name);
    if (!deleted)
        return std::nullopt;
    return *deleted;
}

Result<SecretBundle> ObjectOperations::readSecretValue(const QString &name, const QString &version)
{
    return withSecrets([&](SecretStore &store) { return store.get(name, version); });
}

Result<VersionInfo> ObjectOperations::createSecret(const QString &name, const SecureBytes &value,
                                                   const NewVersionAttributes &attributes)
{
    return withSecrets(
            [&](SecretStore &store) { return changed(ObjectKind::Secret, store.create(name, value, attributes)); });
}

Result<VersionInfo> ObjectOperations::addSecretVersion(const QString &name, const SecureBytes &value,
                                                       const NewVersionAttributes &attributes)
{
    return withSecrets([&](SecretStore &store) -> Result<VersionInfo> {
        auto existing = store.show(name);
        if (!existing)
            return existing.error();
        return changed(ObjectKind::Secret, store.set(existing->name, value, attributes));
    });
}

Result<VersionInfo> ObjectOperations::updateAttributes(ObjectKind kind, const QString &name, const QString &version,
                                                       const AttributeUpdate &update)
{
    if (kind == ObjectKind::Key) {
        auto keys = keyStore(m_session);
        if (!keys)
            return keys.error();
        KeyUpdate keyUpdate;
        keyUpdate.attributes = update;
        return changed(kind, versionOf((*keys)->update(name, version, keyUpdate)));
    }
    if (kind != ObjectKind::Secret)
        return notYet(kind);
    return withSecrets(
            [&](SecretStore &store) { return changed(kind, store.updateAttributes(name, version, update)); });
}

Result<DeletedInfo> ObjectOperations::remove(ObjectKind kind, const QString &name)
{
    if (kind == ObjectKind::Key) {
        auto keys = keyStore(m_session);
        return keys ? changed(kind, (*keys)->remove(name)) : Result<DeletedInfo>(keys.error());
    }
    if (kind != ObjectKind::Secret)
        return notYet(kind);
    return withSecrets([&](SecretStore &store) { return changed(kind, store.remove(name)); });
}

Result<VersionInfo> ObjectOperations::recover(ObjectKind kind, const QString &name)
{
    if (kind == ObjectKind::Key) {
        auto keys = keyStore(m_session);
        return keys ? changed(kind, versionOf((*keys)->recover(name))) : Result<VersionInfo>(keys.error());
    }
    if (kind != ObjectKind::Secret)
        return notYet(kind);
    return withSecrets([&](SecretStore &store) { return changed(kind, store.recover(name)); });
}

Result<void> ObjectOperations::purge(ObjectKind kind, const QString &name)
{
    if (kind == ObjectKind::Key) {
        auto keys = keyStore(m_session);
        return keys ? changed(kind, (*keys)->purge(name)) : Result<void>(keys.error());
    }
    if (kind != ObjectKind::Secret)
        return notYet(kind);
    return withSecrets([&](SecretStore &store) { return changed(kind, store.purge(name)); });
}

Result<QByteArray> ObjectOperations::backup(ObjectKind kind, const QString &name)
{
    if (kind == ObjectKind::Key) {
        auto keys = keyStore(m_session);
        return keys ? (*keys)->backup(name) : Result<QByteArray>(keys.error());
    }
    if (kind != ObjectKind::Secret)
        return notYet(kind);
    return withSecrets([&](SecretStore &store) { return store.backup(name); });
}

Result<VersionInfo> ObjectOperations::restore(ObjectKind kind, QByteArrayView file)
{
    if (kind == ObjectKind::Key) {
        auto keys = keyStore(m_session);
        return keys ? changed(kind, versionOf((*keys)->restore(file))) : Result<VersionInfo>(keys.error());
    }
    if (kind != ObjectKind::Secret)
        return notYet(kind);
    return withSecrets([&](SecretStore &store) { return changed(kind, store.restore(file)); });
}

} // namespace coffer::models
