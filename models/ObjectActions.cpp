#include "models/ObjectActions.h"

#include "models/AccessText.h"
#include "models/TimeFormat.h"

#include <QCoreApplication>

namespace coffer::models::actions {

bool canCreateObject(bool vaultUnlocked)
{
    return vaultUnlocked;
}

bool canRestoreBackup(bool vaultUnlocked)
{
    return vaultUnlocked;
}

bool canNewVersion(ObjectSelection selection)
{
    return selection.selected;
}

bool canEditAttributes(ObjectSelection selection)
{
    return selection.selected;
}

bool canEnable(ObjectSelection selection)
{
    return selection.selected && !selection.enabled;
}

bool canDisable(ObjectSelection selection)
{
    return selection.selected && selection.enabled;
}

bool canReadValue(ObjectSelection selection)
{
    return selection.selected && selection.enabled;
}

bool canDelete(ObjectSelection selection)
{
    return selection.selected;
}

bool canBackup(ObjectSelection selection)
{
    // Azure backs up disabled secrets too: backup copies every version with its attributes.
    return selection.selected;
}

bool canRecover(DeletedSelection selection)
{
    return selection.selected; // purge protection never blocks recovery
}

PurgeBlock purgeBlock(DeletedSelection selection, const QDateTime &now)
{
    if (!selection.selected)
        return PurgeBlock::NothingSelected;
    if (selection.purgeProtection && (!selection.scheduledPurge.isValid() || now < selection.scheduledPurge))
        return PurgeBlock::PurgeProtection;
    return PurgeBlock::None;
}

bool canPurge(DeletedSelection selection, const QDateTime &now)
{
    return purgeBlock(selection, now) == PurgeBlock::None;
}

QString purgeBlockedReason(DeletedSelection selection, const QDateTime &now)
{
    if (purgeBlock(selection, now) != PurgeBlock::PurgeProtection)
        return {};
    return QCoreApplication::translate("coffer::models::ObjectActions",
                                       "Purge protection is on for this vault: nobody can purge this item before its "
                                       "scheduled purge date (%1). It will be purged automatically then; until then "
                                       "it can be recovered.")
            .arg(formatTime(selection.scheduledPurge));
}

access::Operation operationOf(ObjectAction action, ObjectKind kind)
{
    using O = access::Operation;
    const auto pick = [kind](O secret, O key, O certificate) {
        switch (kind) {
        case ObjectKind::Secret: return secret;
        case ObjectKind::Key: return key;
        case ObjectKind::Certificate: return certificate;
        }
        return secret;
    };
    switch (action) {
    case ObjectAction::Create:
    case ObjectAction::NewVersion: return pick(O::SecretSet, O::KeyCreate, O::CertificateCreate);
    case ObjectAction::EditAttributes:
    case ObjectAction::Enable:
    case ObjectAction::Disable: return pick(O::SecretUpdate, O::KeyUpdate, O::CertificateUpdate);
    case ObjectAction::Delete: return pick(O::SecretDelete, O::KeyDelete, O::CertificateDelete);
    case ObjectAction::ReadValue: return pick(O::SecretGet, O::KeyGet, O::CertificateGet);
    case ObjectAction::Backup: return pick(O::SecretBackup, O::KeyBackup, O::CertificateBackup);
    case ObjectAction::Restore: return pick(O::SecretRestore, O::KeyRestore, O::CertificateRestore);
    case ObjectAction::Recover: return pick(O::SecretRecover, O::KeyRecover, O::CertificateRecover);
    case ObjectAction::Purge: return pick(O::SecretPurge, O::KeyPurge, O::CertificatePurge);
    case ObjectAction::WhoHasAccess: return O::AccessCheck;
    }
    return O::Count;
}

access::Resource resourceOf(ObjectAction action, ObjectKind kind, const QString &name)
{
    if (action == ObjectAction::WhoHasAccess)
        return access::Resource::vault(); // whoCan is checked at the vault, whatever it is asked about
    if (action == ObjectAction::Create || action == ObjectAction::Restore || name.isEmpty())
        return access::Resource::kind(kind);
    return access::Resource::object(kind, name);
}

ActionState gate(bool allowedBySelection, const access::Decision &decision)
{
    if (!allowedBySelection)
        return {};
    if (!decision.allowed)
        return {false, AccessText::needs(decision)};
    return {true, {}};
}

namespace {
ActionState check(bool allowedBySelection, ObjectAction action, ObjectKind kind, const QString &name,
                  const AccessCheck &can)
{
    if (!allowedBySelection || !can)
        return {allowedBySelection, {}};
    return gate(true, can(operationOf(action, kind), resourceOf(action, kind, name)));
}
} // namespace

ActionState objectActionState(ObjectAction action, ObjectKind kind, const ObjectContext &context,
                              const AccessCheck &can)
{
    const ObjectSelection &s = context.selection;
    bool allowed = false;
    switch (action) {
    case ObjectAction::Create: allowed = canCreateObject(context.unlocked); break;
    case ObjectAction::Restore: allowed = canRestoreBackup(context.unlocked); break;
    case ObjectAction::NewVersion: allowed = canNewVersion(s); break;
    case ObjectAction::EditAttributes: allowed = canEditAttributes(s); break;
    case ObjectAction::Enable: allowed = canEnable(s); break;
    case ObjectAction::Disable: allowed = canDisable(s); break;
    case ObjectAction::Delete: allowed = canDelete(s); break;
    case ObjectAction::ReadValue: allowed = canReadValue(s); break;
    case ObjectAction::Backup: allowed = canBackup(s); break;
    case ObjectAction::WhoHasAccess: allowed = s.selected; break;
    case ObjectAction::Recover:
    case ObjectAction::Purge: allowed = false; break; // deletedActionState
    }
    return check(allowed && context.unlocked, action, kind, context.name, can);
}

ActionState deletedActionState(ObjectAction action, ObjectKind kind, const QString &name,
                               const DeletedSelection &selection, const QDateTime &now, const AccessCheck &can)
{
    if (action == ObjectAction::Recover)
        return check(canRecover(selection), action, kind, name, can);
    if (action != ObjectAction::Purge)
        return {};
    if (purgeBlock(selection, now) == PurgeBlock::PurgeProtection)
        return {false, purgeBlockedReason(selection, now)};
    return check(canPurge(selection, now), action, kind, name, can);
}

} // namespace coffer::models::actions
