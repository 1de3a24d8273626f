#pragma once

#include "app/cli/CliError.h"
#include "app/cli/CommandSpec.h"
#include "core/common/SecureBytes.h"
#include "core/vault/KeyTypes.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace coffer {
class Vault;
}

namespace coffer::cli {

class CommandContext;

// What the key command files (KeyCommands, KeyLifecycleCommands, KeyCryptoCommands, KeyRotationCommands) share:
// option names, early checks, the token PIN and error hints.
namespace keycli {

inline const QString kName = QStringLiteral("name");
inline const QString kVersion = QStringLiteral("version");
inline const QString kFile = QStringLiteral("file");
inline const QString kOps = QStringLiteral("ops");
inline const QString kHsmPinFile = QStringLiteral("hsm-pin-file");
inline const QString kHsmPinStdin = QStringLiteral("hsm-pin-stdin");

// --name NAME (required) and, with `version`, --version V.
void addName(CommandSpec &spec, bool version = false);

enum class NameOption { None, Name, NameAndVersion };
enum class TokenOption { None, Pin }; // Pin: addUnlockWithToken
// The spec of `key <words…>`: the unlock options (with the token PIN's), --name (and --version) as `name` says, the
// handler and the default example.
CommandSpec commandSpec(const QStringList &words, const QString &summary, CommandHandler run, NameOption name,
                        TokenOption token = TokenOption::None);
// The unlock options plus --hsm-pin-file / --hsm-pin-stdin, for commands that may need the vault's token.
void addUnlockWithToken(CommandSpec &spec);
// A plain example for a command that has none: "coffer-cli <path> --vault team-kv.coffer --passphrase-file pass.txt
// [--name signing]".
void addDefaultExample(CommandSpec &spec);
// --name, checked against the naming rule before the vault is unlocked.
Outcome<QString> name(const CommandContext &ctx);

// Opens the vault (with the OS keychain at hand, where a remembered token PIN lives) and, when --hsm-pin-file or
// --hsm-pin-stdin is given, logs in to the vault's token with that PIN. A wrong PIN is exit code 3.
Outcome<std::unique_ptr<Vault>> openVault(CommandContext &ctx);
// Reads the PIN of --<fileOption> / --<stdinOption> (nullopt when neither is given).
Outcome<std::optional<SecureString>> readPin(CommandContext &ctx, const QString &fileOption,
                                             const QString &stdinOption);
// Logs in to the vault's token with the PIN; errors carry hints for the token.
Outcome<void> loginToken(Vault &vault, const SecureString &pin, bool remember);

// The KeyBundle of a version as a command's output (create, import, show, set-attributes, recover, restore, rotate).
Outcome<CommandOutput> bundleOutput(const KeyInfo &info);

// A core error with a hint fitting the key commands (list, recover, enable, key_ops, expiry, token, PIN).
CliError failure(const Error &error, const QString &name);

// --ops "sign verify" or "sign,verify" (az takes space-separated values): nullopt when not given.
Outcome<std::optional<KeyOps>> opsOption(const CommandContext &ctx);

// A base64 (standard or url-safe, padding optional) option value, or the raw bytes of a --<option>-file.
// `what` names the value in messages ("digest"). Exactly one of the two options must be given (the parser's
// groups see to it); neither gives nullopt.
Outcome<std::optional<QByteArray>> bytesOption(const CommandContext &ctx, const QString &option,
                                               const QString &fileOption, const QString &what);
// The same into secure memory, for plaintext given to encrypt and wrap (--value is taken out of the arguments).
Outcome<std::optional<SecureBytes>> secretBytesOption(CommandContext &ctx, const QString &option,
                                                      const QString &fileOption, const QString &what);

// base64url without padding (RFC 7515 §2) written into secure memory, for decrypted plaintext.
SecureString base64UrlSecure(const SecureBytes &bytes);

} // namespace keycli

} // namespace coffer::cli
