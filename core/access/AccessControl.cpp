#include "core/access/AccessControl.h"

#include "core/access/AccessStore.h"
#include "core/access/Engine.h"
#include "core/common/Ids.h"

namespace coffer::access {

AccessControl::AccessControl(Engine &engine, CredentialIssuer &issuer)
    : m_engine(engine)
    , m_issuer(issuer)
{ }

Result<void> AccessControl::requireAccessManagerLeft(const QString &change)
{
    // Called after the change was written in the running transaction: read the state again and look for someone who
    // can still unlock (has a keyslot) and manage access.
    m_engine.invalidate();
    auto state = m_engine.state();
    if (!state)
        return state.error();
    const QSet<QString> unlockers = m_issuer.principalsWithKeyslots();
    if (Authorizer(**state).hasAccessManager(&unlockers))
        return {};
    return Error(ErrorCode::Conflict,
                 QStringLiteral("%1 would leave no user or application able to manage access (Owner or User "
                                "Access Administrator at the vault, with a keyslot to unlock it); assign one of those "
                                "roles to someone else first")
                         .arg(change));
}

QString AccessControl::principalId() const
{
    return m_engine.principalId();
}

Result<Principal> AccessControl::me()
{
    return principal(m_engine.principalId());
}

PermissionModel AccessControl::permissionModel()
{
    auto state = m_engine.state();
    return state ? (*state)->model : PermissionModel::Rbac;
}

Result<Principal> AccessControl::resolve(const QString &idOrName)
{
    auto state = m_engine.state();
    if (!state)
        return state.error();
    const QString wanted = idOrName.trimmed();
    const Principal *p = (*state)->principal(wanted);
    if (!p)
        p = (*state)->principalByName(wanted);
    if (!p)
        return Error(ErrorCode::NotFound, QStringLiteral("this vault has no principal named '%1'").arg(wanted));
    return *p;
}

Result<QList<Principal>> AccessControl::principals()
{
    return m_engine.run(Operation::PrincipalList, Resource::vault(), [&]() -> Result<QList<Principal>> {
        auto state = m_engine.state();
        if (!state)
            return state.error();
        return (*state)->principals;
    });
}

Result<Principal> AccessControl::principal(const QString &idOrName)
{
    return m_engine.guard(Operation::PrincipalGet, Resource::vault(), [&]() -> Result<Principal> {
        auto p = resolve(idOrName);
        if (!p)
            return p;
        return m_engine.run(Operation::PrincipalGet, Resource::principal(p->id),
                            [&]() -> Result<Principal> { return p; });
    });
}

Result<CreatedPrincipal> AccessControl::createPrincipal(
        const QString &name, PrincipalType type, const std::function<Result<void>(CreatedPrincipal &)> &credential,
        const QString &id)
{
    COFFER_TRY(validatePrincipalName(name));
    // Checked before any slow key derivation, and again inside the transaction.
    COFFER_TRY(m_engine.authorize(Operation::PrincipalCreate, Resource::vault()));
    return m_engine.run(Operation::PrincipalCreate, Resource::vault(), [&]() -> Result<CreatedPrincipal> {
        CreatedPrincipal made;
        made.principal.id = id.isEmpty() ? ids::newUuid() : id;
        made.principal.name = name;
        made.principal.type = type;
        made.principal.created = m_engine.clock().now().toSecsSinceEpoch();
        made.principal.createdBy = m_engine.principalId();
        COFFER_TRY(store::insertPrincipal(m_engine.database(), made.principal));
        m_engine.invalidate();
        if (credential)
            COFFER_TRY(credential(made));
        return made;
    });
}

Result<CreatedPrincipal> AccessControl::createUser(const QString &name, const SecureString &passphrase,
                                                   std::optional<Argon2Params> kdf)
{
    return m_engine.guard(Operation::PrincipalCreate, Resource::vault(), [&]() -> Result<CreatedPrincipal> {
        if (passphrase.isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("the new user's passphrase is empty"));
        COFFER_TRY(validatePrincipalName(name));
        COFFER_TRY(m_engine.authorize(Operation::PrincipalCreate, Resource::vault()));
        // The key derivation (about half a second) runs before the write lock is taken, so other processes using
        // the vault are not held up by it.
        const QString id = ids::newUuid();
        auto slot
                = m_issuer.preparePassphraseSlotFor(id, QStringLiteral("Passphrase of %1").arg(name), passphrase, kdf);
        if (!slot)
            return slot.error();
        return createPrincipal(
                name, PrincipalType::User,
                [&](CreatedPrincipal &made) -> Result<void> {
                    auto added = m_issuer.addPreparedSlot(*slot);
                    if (!added)
                        return added.error();
                    made.keyslotId = *added;
                    return {};
                },
                id);
    });
}

Result<CreatedPrincipal> AccessControl::createApp(const QString &name)
{
    return m_engine.guard(Operation::PrincipalCreate, Resource::vault(), [&]() -> Result<CreatedPrincipal> {
        return createPrincipal(name, PrincipalType::App, [&](CreatedPrincipal &made) -> Result<void> {
            auto slot = m_issuer.addClientSecretSlotFor(made.principal.id,
                                                        QStringLiteral("Client secret of %1").arg(name));
            if (!slot)
                return slot.error();
            made.keyslotId = slot->slotId;
            made.clientSecret = std::move(slot->secret);
            return {};
        });
    });
}

Result<CreatedPrincipal> AccessControl::createAppWithCertificate(const QString &name, const QByteArray &certificate)
{
    return m_engine.guard(Operation::PrincipalCreate, Resource::vault(), [&]() -> Result<CreatedPrincipal> {
        return createPrincipal(name, PrincipalType::App, [&](CreatedPrincipal &made) -> Result<void> {
            auto slot = m_issuer.addCertificateSlotFor(made.principal.id, QStringLiteral("Certificate of %1").arg(name),
                                                       certificate);
            if (!slot)
                return slot.error();
            made.keyslotId = *slot;
            return {};
        });
    });
}

Result<CreatedPrincipal> AccessControl::createGroup(const QString &name, const QStringList &members)
{
    return m_engine.guard(Operation::PrincipalCreate, Resource::vault(), [&]() -> Result<CreatedPrincipal> {
        QList<Principal> resolved;
        for (const QString &member : members) {
            auto p = resolve(member);
            if (!p)
                return p.error();
            if (p->type == PrincipalType::Group)
                return Error(ErrorCode::InvalidArgument,
                             QStringLiteral("'%1' is a group; groups hold users and applications, not other groups")
                                     .arg(p->name));
            resolved.append(*p);
        }
        return createPrincipal(name, PrincipalType::Group, [&](CreatedPrincipal &made) -> Result<void> {
            for (const Principal &member : resolved) {
                COFFER_TRY(store::addMember(m_engine.database(), made.principal.id, member.id));
                made.principal.memberIds.append(member.id);
            }
            return {};
        });
    });
}

Result<CreatedPrincipal> AccessControl::addClientSecret(const QString &app)
{
    return m_engine.guard(Operation::PrincipalCredentialAdd, Resource::vault(), [&]() -> Result<CreatedPrincipal> {
        auto p = resolve(app);
        if (!p)
            return p.error();
        if (p->type != PrincipalType::App)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("'%1' is a %2; only applications have client secrets")
                                 .arg(p->name, principalTypeName(p->type)));
        // Nobody may sign in as the vault's system principal: it only runs the schedule (Engine::runAsSystem).
        if (auto system = m_engine.systemPrincipalId(); system && *system == p->id)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("'%1' is the vault's system principal, which runs scheduled rotations; nobody "
                                        "signs in as it. Create an application for scripts instead")
                                 .arg(p->name));
        return m_engine.run(Operation::PrincipalCredentialAdd, Resource::principal(p->id),
                            [&]() -> Result<CreatedPrincipal> {
                                auto slot = m_issuer.addClientSecretSlotFor(
                                        p->id, QStringLiteral("Client secret of %1").arg(p->name));
                                if (!slot)
                                    return slot.error();
                                return CreatedPrincipal {*p, slot->slotId, std::move(slot->secret)};
                            });
    });
}

Result<void> AccessControl::deletePrincipal(const QString &idOrName)
{
    return m_engine.guard(Operation::PrincipalDelete, Resource::vault(), [&]() -> Result<void> {
        auto p = resolve(idOrName);
        if (!p)
            return p.error();
        if (p->id == m_engine.principalId())
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("you are signed in as '%1'; another principal must delete it").arg(p->name));
        // Deleting vault-system would stop the schedule silently (every run refused before it starts); taking its
        // role assignments away stops it too, and each run then says so.
        if (auto system = m_engine.systemPrincipalId(); system && *system == p->id)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("'%1' is the vault's system principal, which runs scheduled rotations and "
                                        "renewals; it cannot be deleted. To stop scheduled actions, remove its role "
                                        "assignments or its access policy")
                                 .arg(p->name));
        return m_engine.run(Operation::PrincipalDelete, Resource::principal(p->id), [&]() -> Result<void> {
            COFFER_TRY(store::deletePrincipal(m_engine.database(), p->id));
            COFFER_TRY(requireAccessManagerLeft(QStringLiteral("deleting '%1'").arg(p->name)));
            // Keyslots last: header.json is written at once, so nothing may fail after it.
            auto removed = m_issuer.removeSlotsOf(p->id);
            if (!removed)
                return removed.error();
            return {};
        });
    });
}

Result<void> AccessControl::addMember(const QString &group, const QString &member)
{
    return m_engine.guard(Operation::GroupMemberAdd, Resource::vault(), [&]() -> Result<void> {
        auto g = resolve(group);
        if (!g)
            return g.error();
        auto m = resolve(member);
        if (!m)
            return m.error();
        if (g->type != PrincipalType::Group)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a group").arg(g->name));
        if (m->type == PrincipalType::Group)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("'%1' is a group; groups hold users and applications, not other groups")
                                 .arg(m->name));
        if (g->memberIds.contains(m->id))
            return Error(ErrorCode::AlreadyExists,
                         QStringLiteral("'%1' is already a member of '%2'").arg(m->name, g->name));
        return m_engine.run(Operation::GroupMemberAdd, Resource::principal(g->id), [&]() -> Result<void> {
            COFFER_TRY(store::addMember(m_engine.database(), g->id, m->id));
            m_engine.invalidate();
            return {};
        });
    });
}

Result<void> AccessControl::removeMember(const QString &group, const QString &member)
{
    return m_engine.guard(Operation::GroupMemberRemove, Resource::vault(), [&]() -> Result<void> {
        auto g = resolve(group);
        if (!g)
            return g.error();
        auto m = resolve(member);
        if (!m)
            return m.error();
        if (g->type != PrincipalType::Group)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a group").arg(g->name));
        return m_engine.run(Operation::GroupMemberRemove, Resource::principal(g->id), [&]() -> Result<void> {
            auto removed = store::removeMember(m_engine.database(), g->id, m->id);
            if (!removed)
                return removed.error();
            if (!*removed)
                return Error(ErrorCode::NotFound, QStringLiteral("'%1' is not a member of '%2'").arg(m->name, g->name));
            return requireAccessManagerLeft(QStringLiteral("removing '%1' from '%2'").arg(m->name, g->name));
        });
    });
}

Result<QList<RoleDefinition>> AccessControl::roleDefinitions()
{
    return m_engine.run(Operation::RoleDefinitionList, Resource::vault(),
                        []() -> Result<QList<RoleDefinition>> { return roles::builtIn(); });
}

Result<QList<RoleAssignment>> AccessControl::assignments(const QString &principal, std::optional<Scope> scope)
{
    return m_engine.guard(Operation::RoleAssignmentList, Resource::vault(), [&]() -> Result<QList<RoleAssignment>> {
        std::optional<Principal> who;
        if (!principal.isEmpty()) {
            auto p = resolve(principal);
            if (!p)
                return p.error();
            who = *p;
        }
        Resource resource = Resource::vault();
        resource.targetPrincipalId = who ? who->id : QString();
        return m_engine.run(Operation::RoleAssignmentList, resource, [&]() -> Result<QList<RoleAssignment>> {
            auto state = m_engine.state();
            if (!state)
                return state.error();
            QList<RoleAssignment> out;
            for (const RoleAssignment &a : (*state)->assignments) {
                if (who && a.principalId != who->id && !who->groupIds.contains(a.principalId))
                    continue;
                if (scope && !a.scope.contains(*scope))
                    continue;
                out.append(a);
            }
            return out;
        });
    });
}

Result<RoleAssignment> AccessControl::assign(const QString &role, const QString &principal, const Scope &scope)
{
    return m_engine.guard(Operation::RoleAssignmentCreate, Resource::vault(), [&]() -> Result<RoleAssignment> {
        const RoleDefinition *definition = roles::find(role);
        if (!definition) {
            QStringList names;
            for (const RoleDefinition &r : roles::builtIn())
                names.append(r.name);
            return Error(ErrorCode::NotFound,
                         QStringLiteral("'%1' is not a role; the roles are: %2")
                                 .arg(role, names.join(QStringLiteral(", "))));
        }
        auto p = resolve(principal);
        if (!p)
            return p.error();
        Resource resource {scope, p->id, definition->id, false};
        return m_engine.run(Operation::RoleAssignmentCreate, resource, [&]() -> Result<RoleAssignment> {
            RoleAssignment a;
            a.id = ids::newUuid();
            a.roleId = definition->id;
            a.principalId = p->id;
            a.scope = scope;
            a.created = m_engine.clock().now().toSecsSinceEpoch();
            a.createdBy = m_engine.principalId();
            COFFER_TRY(store::insertAssignment(m_engine.database(), a));
            m_engine.invalidate();
            return a;
        });
    });
}

Result<void> AccessControl::unassign(const QString &assignmentId)
{
    return m_engine.guard(Operation::RoleAssignmentDelete, Resource::vault(), [&]() -> Result<void> {
        auto state = m_engine.state();
        if (!state)
            return state.error();
        std::optional<RoleAssignment> existing;
        for (const RoleAssignment &a : (*state)->assignments)
            if (a.id.compare(assignmentId.trimmed(), Qt::CaseInsensitive) == 0)
                existing = a;
        if (!existing) {
            // Whether an id exists is itself access information: only someone who may delete assignments learns it.
            return m_engine.run(Operation::RoleAssignmentDelete, Resource::vault(), [&]() -> Result<void> {
                return Error(ErrorCode::NotFound,
                             QStringLiteral("this vault has no role assignment %1").arg(assignmentId));
            });
        }
        const Resource resource {existing->scope, existing->principalId, existing->roleId, false};
        return m_engine.run(Operation::RoleAssignmentDelete, resource, [&]() -> Result<void> {
            auto removed = store::deleteAssignment(m_engine.database(), existing->id);
            if (!removed)
                return removed.error();
            return requireAccessManagerLeft(QStringLiteral("removing this assignment"));
        });
    });
}

Result<QList<AccessPolicyEntry>> AccessControl::policies()
{
    return m_engine.run(Operation::AccessPolicyList, Resource::vault(), [&]() -> Result<QList<AccessPolicyEntry>> {
        auto state = m_engine.state();
        if (!state)
            return state.error();
        return (*state)->policies;
    });
}

Result<AccessPolicyEntry> AccessControl::setPolicy(const QString &principal, const std::optional<QStringList> &keys,
                                                   const std::optional<QStringList> &secrets,
                                                   const std::optional<QStringList> &certificates)
{
    return m_engine.guard(Operation::AccessPolicySet, Resource::vault(), [&]() -> Result<AccessPolicyEntry> {
        auto p = resolve(principal);
        if (!p)
            return p.error();
        std::optional<QStringList> lists[3];
        const std::optional<QStringList> *given[3] = {&keys, &secrets, &certificates};
        const PolicyFamily families[3] = {PolicyFamily::Keys, PolicyFamily::Secrets, PolicyFamily::Certificates};
        for (int i = 0; i < 3; ++i) {
            if (!*given[i])
                continue;
            auto normalized = normalizePermissions(families[i], **given[i]);
            if (!normalized)
                return normalized.error();
            lists[i] = *normalized;
        }
        return m_engine.run(Operation::AccessPolicySet, Resource::principal(p->id), [&]() -> Result<AccessPolicyEntry> {
            auto state = m_engine.state();
            if (!state)
                return state.error();
            AccessPolicyEntry entry;
            entry.principalId = p->id;
            for (const AccessPolicyEntry &e : (*state)->policies)
                if (e.principalId == p->id)
                    entry = e;
            for (int i = 0; i < 3; ++i)
                if (lists[i])
                    entry.permissions(families[i]) = *lists[i];
            entry.updated = m_engine.clock().now().toSecsSinceEpoch();
            COFFER_TRY(store::upsertPolicy(m_engine.database(), entry));
            m_engine.invalidate();
            return entry;
        });
    });
}

Result<void> AccessControl::deletePolicy(const QString &principal)
{
    return m_engine.guard(Operation::AccessPolicyDelete, Resource::vault(), [&]() -> Result<void> {
        auto p = resolve(principal);
        if (!p)
            return p.error();
        return m_engine.run(Operation::AccessPolicyDelete, Resource::principal(p->id), [&]() -> Result<void> {
            auto removed = store::deletePolicy(m_engine.database(), p->id);
            if (!removed)
                return removed.error();
            if (!*removed)
                return Error(ErrorCode::NotFound, QStringLiteral("'%1' has no access policy").arg(p->name));
            m_engine.invalidate();
            return {};
        });
    });
}

Result<void> AccessControl::setPermissionModel(PermissionModel model)
{
    return m_engine.run(Operation::VaultSetPermissionModel, Resource::vault(), [&]() -> Result<void> {
        COFFER_TRY(store::setPermissionModel(m_engine.database(), model));
        m_engine.invalidate();
        return {};
    });
}

Result<QList<Decision>> AccessControl::checkAccess(const QString &principal, const Scope &scope)
{
    return m_engine.guard(Operation::AccessCheck, Resource::vault(), [&]() -> Result<QList<Decision>> {
        auto p = resolve(principal);
        if (!p)
            return p.error();
        return m_engine.run(Operation::AccessCheck, Resource::principal(p->id), [&]() -> Result<QList<Decision>> {
            auto state = m_engine.state();
            if (!state)
                return state.error();
            return Authorizer(**state).effectiveAccess(p->id, scope);
        });
    });
}

Result<QList<Decision>> AccessControl::whoCan(Operation operation, const Resource &resource)
{
    return m_engine.run(Operation::AccessCheck, Resource::vault(), [&]() -> Result<QList<Decision>> {
        auto state = m_engine.state();
        if (!state)
            return state.error();
        return Authorizer(**state).whoCan(operation, resource);
    });
}

Decision AccessControl::can(Operation operation, const Resource &resource)
{
    return m_engine.decide(operation, resource);
}

} // namespace coffer::access
