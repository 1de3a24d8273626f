#pragma once

#include "models/VaultState.h"

#include <QList>

#include <optional>

// What each console action may do, as pure functions of the selection, unit-tested without widgets.
// The UI binds QAction::setEnabled to these and nothing else.
namespace coffer::models::actions {

using Selection = std::optional<VaultState>; // the selected vault's state; nullopt when nothing is selected

bool canUnlock(Selection selected);
bool canLock(Selection selected);
bool canRemoveFromList(Selection selected);
bool canShowProperties(Selection selected);
bool canLockAll(const QList<VaultState> &all);

} // namespace coffer::models::actions
