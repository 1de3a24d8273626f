#include "models/Actions.h"

#include <algorithm>

namespace coffer::models::actions {

bool canUnlock(Selection selected)
{
    return selected == VaultState::Locked;
}

bool canLock(Selection selected)
{
    return selected == VaultState::Unlocked;
}

bool canRemoveFromList(Selection selected)
{
    // Not while a key derivation runs: the job still refers to the vault's path.
    return selected.has_value() && *selected != VaultState::Unlocking;
}

bool canShowProperties(Selection selected)
{
    return selected == VaultState::Unlocked;
}

bool canLockAll(const QList<VaultState> &all)
{
    return std::any_of(all.cbegin(), all.cend(), [](VaultState s) { return s == VaultState::Unlocked; });
}

} // namespace coffer::models::actions
