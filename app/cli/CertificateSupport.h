#pragma once

#include "app/cli/CliError.h"
#include "app/cli/CommandOutput.h"
#include "app/cli/CommandSpec.h"
#include "core/common/SecureBytes.h"
#include "core/vault/CertificateTypes.h"
#include "core/vault/ObjectTypes.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace coffer {
class Vault;
}

namespace coffer::cli {

class CommandContext;

// What the certificate command files (CertificateCommands, CertificateLifecycleCommands,
// CertificatePendingCommands, CertificateContactCommands) share: option names, early checks, file and password
// reading, the policy option and error hints.
namespace certcli {

inline const QString kName = QStringLiteral("name");
inline const QString kVersion = QStringLiteral("version");
inline const QString kFile = QStringLiteral("file");
inline const QString kPolicy = QStringLiteral("policy");
inline const QString kTags = QStringLiteral("tags");
inline const QString kDisabled = QStringLiteral("disabled");
inline const QString kPassword = QStringLiteral("password");
inline const QString kPasswordFile = QStringLiteral("password-file");
inline const QString kPasswordStdin = QStringLiteral("password-stdin");

enum class NameOption { None, Name, NameAndVersion };
// The spec of `certificate <words…>`: the unlock options (with the token PIN's), --name (and --version) as `name`
// says, the handler and a default example.
CommandSpec commandSpec(const QStringList &words, const QString &summary, CommandHandler run, NameOption name);
// --name NAME (required) and, with `version`, --version V.
void addName(CommandSpec &spec, bool version = false);
// "coffer-cli certificate <words>" with the example unlock options in place of %1.
QString example(const QString &words);
// A default example for a command that has none.
void addDefaultExample(CommandSpec &spec);

// --name, checked against the naming rule before the vault is unlocked.
Outcome<QString> name(const CommandContext &ctx);
// Opens the vault (and logs in to its token when --hsm-pin-file/--hsm-pin-stdin is given).
Outcome<std::unique_ptr<Vault>> openVault(CommandContext &ctx);

// A core error with a hint fitting the certificate commands.
CliError failure(const Error &error, const QString &name);

// A certificate file (import, merge): at most 10 MiB + 1 bytes are read, so that the engine refuses a larger
// file itself (and records the refusal) without the whole file in memory. NotFound naming a missing file.
Outcome<SecureBytes> readCertificateFile(const QString &path);

// The password of --password (warned about: visible in the process list), --password-file or --password-stdin;
// nullopt when none is given. `what` names it in messages ("PFX password").
Outcome<std::optional<SecureString>> passwordOption(CommandContext &ctx, const QString &what);

// --policy @FILE or the JSON itself, parsed (Azure's shape) and, with `validate`, checked against Azure's rules
// (an import's policy is checked by the engine once merged over the one read from the certificate).
Outcome<CertificatePolicy> policyOption(const CommandContext &ctx, bool validate = true);
// The JSON object of --policy as given (syntax and unknown fields checked), for a partial policy (import).
Outcome<QJsonObject> policyJsonOption(const CommandContext &ctx);

// --tags k=v … (nullopt when not given).
Outcome<std::optional<Tags>> tagsOption(const CommandContext &ctx);
// --disabled and --tags of a new version.
Outcome<NewVersionAttributes> newAttributes(const CommandContext &ctx);

// The CertificateBundle of a version (with the policy when given) as a command's output.
CommandOutput bundleOutput(const CertificateInfo &info, const std::optional<CertificatePolicy> &policy);
// The bundle of a version with the certificate's current policy (fetched from the store).
Outcome<CommandOutput> bundleWithPolicy(Vault &vault, const CertificateInfo &info);
// The CertificateOperation of a pending request as a command's output.
CommandOutput operationOutput(const CertificateOperationInfo &operation);

// Prints the warnings of an import or parse on stderr, one per line, in English.
void printWarnings(CommandContext &ctx, const QList<ImportIssue> &warnings);

} // namespace certcli

} // namespace coffer::cli
