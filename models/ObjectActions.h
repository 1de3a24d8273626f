#pragma once

#include "core/access/Decision.h"
#include "core/vault/ObjectTypes.h"

#include <QDateTime>
#include <QString>

#include <functional>

// What the Secrets and Manage deleted pages may do, as pure functions of the selection and of what the signed-in
// principal may do, unit-tested without widgets. The pages bind QAction::setEnabled (and the tooltips with the
// reason an action is refused) to these and nothing else.
namespace coffer::models::actions {

// The selected object (its current version), or the selected version in the versions list.
struct ObjectSelection
{
    bool selected = false;
    bool enabled = false;
};

bool canCreateObject(bool vaultUnlocked);
bool canRestoreBackup(bool vaultUnlocked);
bool canNewVersion(ObjectSelection selection);
bool canEditAttributes(ObjectSelection selection);
bool canEnable(ObjectSelection selection);
bool canDisable(ObjectSelection selection);
// Reveal, copy and pre-fill read the value: a disabled version cannot be read (as in Azure).
bool canReadValue(ObjectSelection selection);
bool canDelete(ObjectSelection selection);
bool canBackup(ObjectSelection selection);

// The selected item of Manage deleted.
struct DeletedSelection
{
    bool selected = false;
    bool purgeProtection = false; // the vault's setting
    QDateTime scheduledPurge;
};

enum class PurgeBlock {
    None, // purge is allowed now
    NothingSelected,
    PurgeProtection, // purge protection is on and the scheduled purge date has not come
};

bool canRecover(DeletedSelection selection);
PurgeBlock purgeBlock(DeletedSelection selection, const QDateTime &now);
bool canPurge(DeletedSelection selection, const QDateTime &now);
// Why purge is refused, translated (empty when it is allowed or nothing is selected).
QString purgeBlockedReason(DeletedSelection selection, const QDateTime &now);

// ---- What the signed-in principal may do ----

// Whether an action may run now and, when the principal may not, why (for its tooltip). The reason is empty when
// the action is enabled or merely has nothing to act on.
struct ActionState
{
    bool enabled = false;
    QString reason;
};

// The session principal's decision for an operation: AccessControl::can (pure, cheap) in the console, any function
// in tests. An empty check allows everything (no access control to ask).
using AccessCheck = std::function<access::Decision(access::Operation, const access::Resource &)>;

enum class ObjectAction {
    Create,
    NewVersion,
    EditAttributes,
    Enable,
    Disable,
    Delete,
    ReadValue, // reveal, copy, pre-fill
    Backup,
    Restore,
    Recover,
    Purge,
    WhoHasAccess, // the reverse view of effective access
};

// The engine operation an action performs on an object of `kind`.
access::Operation operationOf(ObjectAction action, ObjectKind kind);
// Where its check is made: all objects of the kind for create and restore (the name is not known yet), the vault
// for who-has-access, the object otherwise.
access::Resource resourceOf(ObjectAction action, ObjectKind kind, const QString &name);
// A rule of the selection combined with the access decision: denied → disabled, with the reason to show.
ActionState gate(bool allowedBySelection, const access::Decision &decision);

struct ObjectContext
{
    bool unlocked = false;
    ObjectSelection selection;
    QString name; // the selected object
};
// An action on the Secrets page (not Recover and Purge: those are deletedActionState's).
ActionState objectActionState(ObjectAction action, ObjectKind kind, const ObjectContext &context,
                              const AccessCheck &can);
// Recover or Purge in Manage deleted: purge protection first (nobody may purge), then access.
ActionState deletedActionState(ObjectAction action, ObjectKind kind, const QString &name,
                               const DeletedSelection &selection, const QDateTime &now, const AccessCheck &can);

} // namespace coffer::models::actions
