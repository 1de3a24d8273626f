#pragma once

#include <QDateTime>
#include <QString>

// What the Secrets and Manage deleted pages may do, as pure functions of the selection, unit-tested without
// widgets. The pages bind QAction::setEnabled (and the purge refusal text) to these and nothing else.
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

} // namespace coffer::models::actions
