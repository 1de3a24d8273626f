#pragma once

#include "core/vault/HsmBinding.h"
#include "core/vault/KeyTypes.h"
#include "models/ObjectActions.h"

#include <optional>

// What the Keys page and its dialogs may do, as pure functions of the selection, the vault's HSM state and what
// the signed-in principal may do (unit-tested without widgets). The page binds QAction::setEnabled to these.
namespace coffer::models::actions {

enum class KeyPageAction {
    Create,
    Import,
    Rotate, // a new version with new material
    Delete,
    DownloadPublic, // the public half (PEM/DER/JWK)
    EditProperties,
    Backup,
    Restore,
};

// The selected key (its current version).
struct KeySelection
{
    bool selected = false;
    bool enabled = false;
    KeyType type = KeyType::Rsa;
    QString name;
};

access::Operation keyOperationOf(KeyPageAction action);
// Selection rules: Create/Import/Restore need an unlocked vault; the others a selected key; DownloadPublic an
// asymmetric key (an oct key has no public half).
bool keyActionAllowedBySelection(KeyPageAction action, bool unlocked, const KeySelection &selection);
ActionState keyActionState(KeyPageAction action, bool unlocked, const KeySelection &selection, const AccessCheck &can);

// Whether a new key may be put on the vault's token now, and why not.
struct HsmChoice
{
    bool available = false; // the HSM option can be chosen
    bool needsPin = false; // bound and present, but the session has no PIN yet: offer the PIN prompt
    QString reason; // translated: why it cannot be chosen (empty when available)
};
// `status`: HsmBinding::status(), or nullopt when it could not be read (locked, denied).
HsmChoice hsmChoice(const std::optional<HsmStatus> &status);

// The operations a key of `type` may be given, and the ones offered checked by default.
KeyOps offeredOps(KeyType type);
KeyOps checkedOps(KeyType type);

} // namespace coffer::models::actions
