#include "models/AccessOperations.h"

#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/VaultSession.h"

namespace coffer::models {

AccessOperations::AccessOperations(QObject *parent)
    : QObject(parent)
{ }

void AccessOperations::setSession(VaultSession *session)
{
    m_session = session;
}

VaultSession *AccessOperations::session() const
{
    return m_session;
}

bool AccessOperations::isUnlocked() const
{
    return m_session && m_session->vault();
}

Result<access::AccessControl *> AccessOperations::control()
{
    if (!m_session || !m_session->vault())
        return Error(ErrorCode::Cancelled, QStringLiteral("the vault is locked"));
    if (m_session->isBusy())
        return Error(ErrorCode::Busy, QStringLiteral("the vault is busy with background work"));
    return &m_session->vault()->access();
}

QString AccessOperations::principalId() const
{
    return m_session && m_session->vault() ? m_session->vault()->principalId() : QString();
}

PermissionModel AccessOperations::permissionModel()
{
    auto ac = control();
    return ac ? (*ac)->permissionModel() : PermissionModel::Rbac;
}

access::Decision AccessOperations::can(access::Operation operation, const access::Resource &resource)
{
    auto ac = control();
    if (!ac) {
        access::Decision denied;
        denied.operation = operation;
        return denied;
    }
    return (*ac)->can(operation, resource);
}

Result<QList<access::Principal>> AccessOperations::principals()
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return (*ac)->principals();
}

Result<QList<access::RoleDefinition>> AccessOperations::roleDefinitions()
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return (*ac)->roleDefinitions();
}

Result<QList<access::RoleAssignment>> AccessOperations::assignments()
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return (*ac)->assignments();
}

Result<QList<access::RoleAssignment>> AccessOperations::myAssignments()
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return (*ac)->assignments((*ac)->principalId());
}

Result<QList<access::AccessPolicyEntry>> AccessOperations::policies()
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return (*ac)->policies();
}

Result<QList<access::Decision>> AccessOperations::checkAccess(const QString &principal, const access::Scope &scope)
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return (*ac)->checkAccess(principal, scope);
}

Result<QList<access::Decision>> AccessOperations::whoCan(access::Operation operation, const access::Resource &resource)
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return (*ac)->whoCan(operation, resource);
}

QStringList AccessOperations::objectNames(ObjectKind kind)
{
    QStringList names;
    if (kind != ObjectKind::Secret || !control())
        return names; // keys and certificates join when the console has them
    if (auto secrets = m_session->vault()->secrets().list())
        for (const VersionInfo &info : *secrets)
            names << info.name;
    return names;
}

Result<access::RoleAssignment> AccessOperations::assign(const QString &role, const QString &principal,
                                                        const access::Scope &scope)
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return changed((*ac)->assign(role, principal, scope));
}

Result<void> AccessOperations::unassign(const QString &assignmentId)
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return changed((*ac)->unassign(assignmentId));
}

Result<access::AccessPolicyEntry> AccessOperations::setPolicy(const QString &principal, const QStringList &keys,
                                                              const QStringList &secrets,
                                                              const QStringList &certificates)
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return changed((*ac)->setPolicy(principal, keys, secrets, certificates));
}

Result<void> AccessOperations::deletePolicy(const QString &principal)
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return changed((*ac)->deletePolicy(principal));
}

Result<void> AccessOperations::setPermissionModel(PermissionModel model)
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return changed((*ac)->setPermissionModel(model));
}

Result<access::CreatedPrincipal> AccessOperations::createApp(const QString &name)
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return changed((*ac)->createApp(name));
}

Result<access::CreatedPrincipal> AccessOperations::createGroup(const QString &name, const QStringList &members)
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return changed((*ac)->createGroup(name, members));
}

Result<void> AccessOperations::deletePrincipal(const QString &principal)
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return changed((*ac)->deletePrincipal(principal));
}

Result<void> AccessOperations::addMember(const QString &group, const QString &member)
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return changed((*ac)->addMember(group, member));
}

Result<void> AccessOperations::removeMember(const QString &group, const QString &member)
{
    auto ac = control();
    if (!ac)
        return ac.error();
    return changed((*ac)->removeMember(group, member));
}

void AccessOperations::notifyChanged()
{
    if (m_session)
        m_session->notifyAccessChanged();
    Q_EMIT accessChanged();
}

} // namespace coffer::models
