#include "models/SecretRotationOperations.h"

#include "core/access/Decision.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/ErrorText.h"
#include "models/ObjectOperations.h"
#include "models/VaultSession.h"

namespace coffer::models {

namespace {
Result<SecretStore *> storeOf(VaultSession *session)
{
    if (!session || !session->vault())
        return Error(ErrorCode::Cancelled, QStringLiteral("the vault is locked"));
    if (session->isBusy())
        return Error(ErrorCode::Busy, QStringLiteral("the vault is busy with background work"));
    return &session->vault()->secrets();
}
} // namespace

SecretRotationOperations::SecretRotationOperations(ObjectOperations *objects, QObject *parent)
    : QObject(parent)
    , m_objects(objects)
{ }

ObjectOperations *SecretRotationOperations::objects() const
{
    return m_objects;
}

VaultSession *SecretRotationOperations::session() const
{
    return m_objects ? m_objects->session() : nullptr;
}

QDateTime SecretRotationOperations::now() const
{
    const VaultSession *s = session();
    if (!s || !s->vault())
        return {};
    return s->vault()->clock().now();
}

bool SecretRotationOperations::isAllowed(access::Operation operation, const QString &name)
{
    if (!m_objects)
        return false;
    const access::Resource resource = name.isEmpty() ? access::Resource::kind(ObjectKind::Secret)
                                                     : access::Resource::object(ObjectKind::Secret, name);
    return m_objects->can(operation, resource).allowed;
}

Result<VersionInfo> SecretRotationOperations::current(const QString &name)
{
    auto store = storeOf(session());
    if (!store)
        return store.error();
    return (*store)->show(name);
}

Result<rotation::SecretRotationPolicy> SecretRotationOperations::rotationPolicy(const QString &name)
{
    auto store = storeOf(session());
    if (!store)
        return store.error();
    return (*store)->rotationPolicy(name);
}

Result<rotation::SecretRotationPolicy> SecretRotationOperations::setRotationPolicy(
        const QString &name, const rotation::SecretRotationPolicy &policy)
{
    auto store = storeOf(session());
    if (!store)
        return store.error();
    auto saved = (*store)->setRotationPolicy(name, policy);
    if (saved) {
        Q_EMIT rotationPolicyChanged(name);
        // ObjectOperations' refresh signal: the workspace reloads every page after a write. (Qt signals are public;
        // this is the one writer beside ObjectOperations itself.)
        if (m_objects)
            Q_EMIT m_objects->objectsChanged(ObjectKind::Secret);
    }
    return saved;
}

Result<VersionInfo> SecretRotationOperations::rotate(const QString &name)
{
    auto store = storeOf(session());
    if (!store)
        return store.error();
    auto rotated = (*store)->rotate(name);
    if (rotated) {
        Q_EMIT secretRotated(name, rotated->version);
        if (m_objects)
            Q_EMIT m_objects->objectsChanged(ObjectKind::Secret);
    }
    return rotated;
}

QString SecretRotationOperations::errorText(const Error &error, const QString &name, bool rotating)
{
    if (error.code() == ErrorCode::InvalidArgument) {
        if (rotating)
            return tr("%1 was not rotated: its rotation policy has no generator, so there is no way to make a new "
                      "value. Open Rotation policy…, choose how new values are generated, and save.")
                    .arg(name);
        return tr("The rotation policy of %1 was refused: %2. Correct it and save again.").arg(name, error.context());
    }
    return ErrorText::forObject(error, rotating ? ObjectOp::AddVersion : ObjectOp::Update, ObjectKind::Secret, name);
}

} // namespace coffer::models
