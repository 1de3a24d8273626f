#pragma once

#include "core/access/AccessControl.h"
#include "core/access/Decision.h"
#include "core/common/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace coffer::models {

class VaultSession;

// The one place the console reads and changes access control in an unlocked vault: principals and groups, role
// assignments, access policies, the permission model, effective access. The engine checks every call against the
// signed-in principal (Forbidden names what is missing). Calls are synchronous (a transaction of milliseconds);
// creating a user derives a key and runs as a CreateUserJob instead. After each successful change
// accessChanged() tells the pages, and the session reads its principal again.
class AccessOperations : public QObject
{
    Q_OBJECT

public:
    explicit AccessOperations(QObject *parent = nullptr);

    void setSession(VaultSession *session);
    VaultSession *session() const;
    bool isUnlocked() const;

    QString principalId() const;
    PermissionModel permissionModel();
    access::Decision can(access::Operation operation, const access::Resource &resource = access::Resource::vault());

    Result<QList<access::Principal>> principals();
    Result<QList<access::RoleDefinition>> roleDefinitions();
    Result<QList<access::RoleAssignment>> assignments();
    // The signed-in principal's own role assignments and its groups' (anyone may list their own).
    Result<QList<access::RoleAssignment>> myAssignments();
    Result<QList<access::AccessPolicyEntry>> policies();
    Result<QList<access::Decision>> checkAccess(const QString &principal, const access::Scope &scope);
    Result<QList<access::Decision>> whoCan(access::Operation operation, const access::Resource &resource);
    // The vault's live objects of a kind (the scope picker's choices); empty when they may not be listed.
    QStringList objectNames(ObjectKind kind);

    Result<access::RoleAssignment> assign(const QString &role, const QString &principal, const access::Scope &scope);
    Result<void> unassign(const QString &assignmentId);
    Result<access::AccessPolicyEntry> setPolicy(const QString &principal, const QStringList &keys,
                                                const QStringList &secrets, const QStringList &certificates);
    Result<void> deletePolicy(const QString &principal);
    Result<void> setPermissionModel(PermissionModel model);
    // The client secret is in the result, once.
    Result<access::CreatedPrincipal> createApp(const QString &name);
    Result<access::CreatedPrincipal> createGroup(const QString &name, const QStringList &members);
    Result<void> deletePrincipal(const QString &principal);
    Result<void> addMember(const QString &group, const QString &member);
    Result<void> removeMember(const QString &group, const QString &member);

    // After a change made elsewhere (a user created by a job, another process): refreshes as a change here does.
    void notifyChanged();

Q_SIGNALS:
    void accessChanged();

private:
    Result<access::AccessControl *> control();
    template<typename T>
    Result<T> changed(Result<T> result)
    {
        if (result)
            notifyChanged();
        return result;
    }

    QPointer<VaultSession> m_session;
};

} // namespace coffer::models
