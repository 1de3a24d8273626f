#pragma once

#include "core/access/Authorizer.h"
#include "core/access/Decision.h"
#include "core/access/Principal.h"
#include "core/access/Roles.h"
#include "core/common/KdfParams.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/Keyslot.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace coffer::access {

class Engine;

// How the access layer gives a new principal its own way into the vault (implemented by the Vault: keyslots
// live in header.json). Each call runs inside the caller's write transaction.
class CredentialIssuer
{
public:
    virtual ~CredentialIssuer() = default;
    // A passphrase slot in two steps: the slow key derivation first, outside any transaction; then adding the
    // prepared slot inside the caller's transaction.
    virtual Result<Keyslot> preparePassphraseSlotFor(const QString &principalId, const QString &label,
                                                     const SecureString &passphrase, std::optional<Argon2Params> kdf)
            = 0;
    virtual Result<QString> addPreparedSlot(const Keyslot &slot) = 0;
    struct ClientSecret
    {
        QString slotId;
        SecureString secret; // shown once
    };
    virtual Result<ClientSecret> addClientSecretSlotFor(const QString &principalId, const QString &label) = 0;
    virtual Result<QString> addCertificateSlotFor(const QString &principalId, const QString &label,
                                                  const QByteArray &certificate)
            = 0;
    // Removes every keyslot of the principal; returns how many.
    virtual Result<int> removeSlotsOf(const QString &principalId) = 0;
    // The principals that have at least one keyslot (header.json as it is on disk).
    virtual QSet<QString> principalsWithKeyslots() = 0;
};

struct CreatedPrincipal
{
    Principal principal;
    QString keyslotId; // users and apps
    SecureString clientSecret; // apps created with a client secret: shown once, never stored in clear
};

// Principals, groups, role assignments, access policies and the vault's permission model, as the session's
// principal may see and change them. Every call is checked by the engine (the same choke point as every object
// operation): denials are ErrorCode::Forbidden naming what was missing. Principals are named by id or by name.
class AccessControl
{
public:
    AccessControl(Engine &engine, CredentialIssuer &issuer);

    QString principalId() const; // who this session acts as
    Result<Principal> me();
    PermissionModel permissionModel();

    Result<QList<Principal>> principals();
    Result<Principal> principal(const QString &idOrName);
    // A user with a passphrase keyslot of their own.
    Result<CreatedPrincipal> createUser(const QString &name, const SecureString &passphrase,
                                        std::optional<Argon2Params> kdf = std::nullopt);
    // An application with a generated client secret (returned once).
    Result<CreatedPrincipal> createApp(const QString &name);
    // An application that unlocks with the private key of `certificate` (PEM or DER; RSA or EC).
    Result<CreatedPrincipal> createAppWithCertificate(const QString &name, const QByteArray &certificate);
    Result<CreatedPrincipal> createGroup(const QString &name, const QStringList &members = {});
    // Another client secret for an application (the old ones keep working until their keyslots are removed).
    Result<CreatedPrincipal> addClientSecret(const QString &app);
    // Removes the principal with its keyslots, role assignments, access policy and memberships. Refused when it
    // would leave no user or application able to manage access.
    Result<void> deletePrincipal(const QString &idOrName);
    Result<void> addMember(const QString &group, const QString &member);
    Result<void> removeMember(const QString &group, const QString &member);

    Result<QList<RoleDefinition>> roleDefinitions();
    // Filtered by principal (id or name; its groups' assignments included) and/or by scope (at or above it).
    Result<QList<RoleAssignment>> assignments(const QString &principal = {}, std::optional<Scope> scope = {});
    // AlreadyExists when the principal holds that role at that scope already.
    Result<RoleAssignment> assign(const QString &role, const QString &principal, const Scope &scope);
    Result<void> unassign(const QString &assignmentId);

    Result<QList<AccessPolicyEntry>> policies();
    // Replaces the lists given (nullopt keeps a list; a new policy starts empty). Permissions as Azure names them;
    // "all" means all but purge.
    Result<AccessPolicyEntry> setPolicy(const QString &principal, const std::optional<QStringList> &keys,
                                        const std::optional<QStringList> &secrets,
                                        const std::optional<QStringList> &certificates);
    Result<void> deletePolicy(const QString &principal);
    // Switching is explicit: the other model's grants stay stored but stop counting (as in Azure).
    Result<void> setPermissionModel(PermissionModel model);

    // Effective access of a principal at a scope: every operation that applies there, allowed or not, and why.
    Result<QList<Decision>> checkAccess(const QString &principal, const Scope &scope);
    // Who may perform `operation` on `resource`, and through what.
    Result<QList<Decision>> whoCan(Operation operation, const Resource &resource);
    // Whether the session's principal may do it (for enabling actions); never an error, never audited.
    Decision can(Operation operation, const Resource &resource);

private:
    Result<Principal> resolve(const QString &idOrName);
    // Conflict naming `change` when, after it, no principal with a keyslot could manage access.
    Result<void> requireAccessManagerLeft(const QString &change);
    Result<CreatedPrincipal> createPrincipal(const QString &name, PrincipalType type,
                                             const std::function<Result<void>(CreatedPrincipal &)> &credential,
                                             const QString &id = {});
    Engine &m_engine;
    CredentialIssuer &m_issuer;
};

} // namespace coffer::access
