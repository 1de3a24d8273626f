#pragma once

#include <QMetaType>

namespace coffer::models {

// The life of one vault in the console.
enum class VaultState {
    Locked, // no key in memory; the header may still be read
    Unlocking, // a key derivation is running off the GUI thread
    Unlocked, // a coffer::Vault is open
};

} // namespace coffer::models

Q_DECLARE_METATYPE(coffer::models::VaultState)
