#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/KeyCommands.h"
#include "app/cli/KeyJson.h"
#include "app/cli/KeySupport.h"
#include "app/cli/ObjectLifecycle.h"
#include "app/cli/VaultAccess.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"

namespace coffer::cli {

namespace {

using namespace keycli;

using Lifecycle = ObjectLifecycle<KeyStore, KeyInfo>;

const Lifecycle kKeys {{
        .noun = QStringLiteral("key"),
        .store = [](Vault &vault) -> KeyStore & { return vault.keys(); },
        .name = keycli::name,
        .openVault = keycli::openVault,
        .failure = keycli::failure,
        .deletedBundle = keyjson::deleted,
        .deletedItem = keyjson::deleted,
        .bundleOutput = keycli::bundleOutput,
        .restoreHint =
                [](const Error &error) {
                    return error.code() == ErrorCode::HsmUnavailable
                            ? QStringLiteral("a backup of an HSM key holds only a reference: bind the same token "
                                             "('coffer-cli vault hsm bind') and give its PIN")
                            : QString();
                },
}};

CommandSpec nameSpec(const QString &command, const QString &summary, CommandHandler run,
                     TokenOption token = TokenOption::None)
{
    return commandSpec({command}, summary, std::move(run), NameOption::Name, token);
}

CommandSpec backupSpec()
{
    CommandSpec spec
            = nameSpec(QStringLiteral("backup"),
                       QStringLiteral("Write every version of a key to an encrypted backup file."), kKeys.backup());
    spec.details = QStringLiteral(
            "The file is sealed under the vault's backup key: it restores only into a vault that holds that key "
            "(this vault, or one that imported it with 'vault backup-key import'). For HSM keys the file holds the "
            "token reference and the public part only: it restores where the same token is bound.");
    lifecycle::addBackupOptions(spec);
    spec.examples = {QStringLiteral("coffer-cli key backup --vault team-kv.coffer --passphrase-file pass.txt --name "
                                    "signing --file signing.keybackup")};
    return spec;
}

CommandSpec restoreSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("key"), QStringLiteral("restore")};
    spec.summary = QStringLiteral("Restore a key, with all its versions, from a backup file.");
    spec.details = QStringLiteral("Refused when the name exists in this vault (live or deleted), or when this vault "
                                  "does not hold the backup key the file was sealed with.");
    addUnlockWithToken(spec);
    lifecycle::addRestoreOptions(spec);
    spec.examples = {QStringLiteral("coffer-cli key restore --vault team-kv.coffer --passphrase-file pass.txt --file "
                                    "signing.keybackup")};
    spec.run = kKeys.restore();
    return spec;
}

} // namespace

void registerKeyLifecycleCommands(CommandRegistry &registry)
{
    registry.add(nameSpec(QStringLiteral("delete"),
                          QStringLiteral("Delete a key (all versions); it stays recoverable for the retention period."),
                          kKeys.remove()));
    registry.add(nameSpec(QStringLiteral("recover"), QStringLiteral("Recover a deleted key with all its versions."),
                          kKeys.recover()));
    CommandSpec purge = nameSpec(QStringLiteral("purge"),
                                 QStringLiteral("Destroy a deleted key for good (refused early under purge "
                                                "protection)."),
                                 kKeys.purge(), TokenOption::Pin);
    purge.details = QStringLiteral("HSM keys are also removed from the token; when the token is absent they stay on "
                                   "it and 'vault hsm status' lists them as orphans.");
    registry.add(std::move(purge));
    registry.add(commandSpec({QStringLiteral("list-deleted")},
                             QStringLiteral("List the deleted keys that can still be recovered."), kKeys.listDeleted(),
                             NameOption::None));
    registry.add(nameSpec(QStringLiteral("show-deleted"), QStringLiteral("Show a deleted key."), kKeys.showDeleted()));
    registry.add(backupSpec());
    registry.add(restoreSpec());
}

} // namespace coffer::cli
