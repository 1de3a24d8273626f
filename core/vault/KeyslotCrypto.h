#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/Keyslot.h"

namespace coffer::keyslots {

// The AAD that binds a wrapped master key to its vault and slot.
QByteArray wrapAad(const QString &vaultId, const QString &slotId);

// Wraps `vmk` under `kek` into the slot's nonce and ciphertext.
Result<void> wrapInto(Keyslot &slot, const QString &vaultId, const SecureBytes &kek, const SecureBytes &vmk);
// WrongCredential when the KEK does not open the slot.
Result<SecureBytes> unwrap(const Keyslot &slot, const QString &vaultId, const SecureBytes &kek);

Result<SecureBytes> passphraseKek(const Keyslot &slot, const SecureString &passphrase);
Result<SecureBytes> recoveryKek(const Keyslot &slot, const SecureBytes &recoveryKeyRaw);

// A key derived from the master key for the header MAC.
Result<SecureBytes> headerMacKey(const SecureBytes &vmk, const QString &vaultId);

} // namespace coffer::keyslots
