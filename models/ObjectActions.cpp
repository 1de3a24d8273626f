#include "models/ObjectActions.h"

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

} // namespace coffer::models::actions
