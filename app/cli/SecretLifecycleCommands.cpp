#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ObjectJson.h"
#include "app/cli/ObjectLifecycle.h"
#include "app/cli/SecretCommands.h"
#include "app/cli/SecretSupport.h"
#include "app/cli/VaultAccess.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"

namespace coffer::cli {

namespace {

using namespace secretcli;

using Lifecycle = ObjectLifecycle<SecretStore, VersionInfo>;

const Lifecycle kSecrets {{
        .noun = QStringLiteral("secret"),
        .store = [](Vault &vault) -> SecretStore & { return vault.secrets(); },
        .name = secretcli::name,
        .openVault = [](CommandContext &ctx) { return openVault(ctx); },
        .failure = secretcli::failure,
        .deletedBundle = objectjson::deletedBundle,
        .deletedItem = objectjson::deletedItem,
        .bundleOutput = [](const VersionInfo &info) -> Outcome<CommandOutput> { return bundleOutput(info); },
        .restoreHint = nullptr,
}};

CommandSpec nameSpec(const QString &command, const QString &summary, CommandHandler run)
{
    CommandSpec spec;
    spec.path = {QStringLiteral("secret"), command};
    spec.summary = summary;
    options::addUnlock(spec);
    addName(spec);
    spec.run = std::move(run);
    return spec;
}

CommandSpec backupSpec()
{
    CommandSpec spec = nameSpec(QStringLiteral("backup"),
                                QStringLiteral("Write every version of a secret to an encrypted backup file."),
                                kSecrets.backup());
    spec.details = QStringLiteral("The file is sealed under the vault's backup key: it restores only into a vault "
                                  "that holds that key (this vault, or one that imported it with 'vault backup-key "
                                  "import').");
    lifecycle::addBackupOptions(spec);
    return spec;
}

CommandSpec restoreSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("secret"), QStringLiteral("restore")};
    spec.summary = QStringLiteral("Restore a secret, with all its versions, from a backup file.");
    spec.details = QStringLiteral("Refused when the name exists in this vault (live or deleted), or when this vault "
                                  "does not hold the backup key the file was sealed with.");
    options::addUnlock(spec);
    lifecycle::addRestoreOptions(spec);
    spec.run = kSecrets.restore();
    return spec;
}

} // namespace

void registerSecretLifecycleCommands(CommandRegistry &registry)
{
    registry.add(nameSpec(QStringLiteral("delete"),
                          QStringLiteral("Delete a secret (all versions); it stays recoverable for the retention "
                                         "period."),
                          kSecrets.remove()));
    registry.add(nameSpec(QStringLiteral("recover"), QStringLiteral("Recover a deleted secret with all its versions."),
                          kSecrets.recover()));
    registry.add(nameSpec(QStringLiteral("purge"),
                          QStringLiteral("Destroy a deleted secret for good (refused early under purge protection)."),
                          kSecrets.purge()));
    CommandSpec listDeletedSpec;
    listDeletedSpec.path = {QStringLiteral("secret"), QStringLiteral("list-deleted")};
    listDeletedSpec.summary = QStringLiteral("List the deleted secrets that can still be recovered.");
    options::addUnlock(listDeletedSpec);
    listDeletedSpec.run = kSecrets.listDeleted();
    registry.add(std::move(listDeletedSpec));
    registry.add(nameSpec(QStringLiteral("show-deleted"), QStringLiteral("Show a deleted secret (never its value)."),
                          kSecrets.showDeleted()));
    registry.add(backupSpec());
    registry.add(restoreSpec());
}

} // namespace coffer::cli
