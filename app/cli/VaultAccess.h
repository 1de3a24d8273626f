#pragma once

#include "app/cli/CliError.h"
#include "app/cli/CommandSpec.h"
#include "core/common/KdfParams.h"
#include "core/common/SecureBytes.h"
#include "core/vault/Keyslot.h"
#include "core/vault/VaultProperties.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace coffer {
class Vault;
}

namespace coffer::cli {

class CommandContext;

// Options shared by command groups, so every command spells them the same way.
namespace options {
// --vault DIR and the unlock options (--passphrase-file, --passphrase-stdin, --recovery-key-file, --keychain,
// --slot); adds them and their group to `spec`.
void addUnlock(CommandSpec &spec);
// --new-passphrase-file / --new-passphrase-stdin (one of them required when `required`).
void addNewPassphrase(CommandSpec &spec, bool required);
// --kdf-memory-kib, --kdf-iterations, --kdf-parallelism.
void addKdf(CommandSpec &spec);
} // namespace options

enum class SlotOption {
    RestrictsUnlock, // --slot ID: unlock only through that keyslot
    NamesTarget, // --slot ID names the slot the command acts on; unlocking tries every slot
};

// Opens --vault with the credential the options name. With none given, uses the vault's keychain slot when it
// has one; otherwise a usage error lists the options. A mistyped recovery key is exit code 3, like a wrong one.
// `withKeychain`: hand the OS keychain to the vault even when it is not the credential (the token PIN of
// `vault hsm login --remember-pin` lives there; it is read only when a key operation needs the token).
Outcome<std::unique_ptr<Vault>> openVault(CommandContext &ctx, SlotOption slotOption = SlotOption::RestrictsUnlock,
                                          bool withKeychain = false);

// The passphrase of --passphrase-file / --passphrase-stdin (for `vault create`).
Outcome<SecureString> readPassphrase(CommandContext &ctx);
// The new passphrase of --new-passphrase-file / --new-passphrase-stdin.
Outcome<SecureString> readNewPassphrase(CommandContext &ctx);
// The --kdf-* options: none (the product calibrates) or all three, within Argon2's sane bounds.
Outcome<std::optional<Argon2Params>> kdfParams(const CommandContext &ctx);

// The az-like JSON shapes.
QJsonObject vaultJson(const VaultProperties &properties);
QJsonObject keyslotJson(const KeyslotInfo &slot);

} // namespace coffer::cli
