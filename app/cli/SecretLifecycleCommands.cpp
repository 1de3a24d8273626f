#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ObjectJson.h"
#include "app/cli/SecretCommands.h"
#include "app/cli/SecretSupport.h"
#include "app/cli/SecretValueIo.h"
#include "app/cli/VaultAccess.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"

#include <QFileInfo>
#include <QJsonArray>

namespace coffer::cli {

namespace {

using namespace secretcli;

const QString kOverwrite = QStringLiteral("overwrite");

CommandOutput deletedOutput(const DeletedInfo &info)
{
    CommandOutput out;
    out.value = objectjson::deletedBundle(info);
    out.columns = objectjson::deletedColumns();
    return out;
}

Outcome<CommandOutput> deleteSecret(CommandContext &ctx)
{
    auto name = secretcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto deleted = (*vault)->secrets().remove(*name);
    if (!deleted)
        return failure(deleted.error(), *name);
    return deletedOutput(*deleted);
}

Outcome<CommandOutput> recoverSecret(CommandContext &ctx)
{
    auto name = secretcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->secrets().recover(*name);
    if (!info)
        return failure(info.error(), *name);
    CommandOutput out;
    out.value = objectjson::bundle(*info);
    out.columns = objectjson::itemColumns();
    return out;
}

Outcome<CommandOutput> purgeSecret(CommandContext &ctx)
{
    auto name = secretcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto purged = (*vault)->secrets().purge(*name);
    if (!purged)
        return failure(purged.error(), *name);
    return CommandOutput {};
}

Outcome<CommandOutput> listDeleted(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto infos = (*vault)->secrets().listDeleted();
    COFFER_CLI_CHECK(infos);
    QJsonArray items;
    for (const DeletedInfo &info : *infos)
        items.append(objectjson::deletedItem(info));
    CommandOutput out;
    out.value = items;
    out.columns = objectjson::deletedColumns();
    return out;
}

Outcome<CommandOutput> showDeleted(CommandContext &ctx)
{
    auto name = secretcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->secrets().getDeleted(*name);
    if (!info)
        return failure(info.error(), *name);
    return deletedOutput(*info);
}

Outcome<CommandOutput> backupSecret(CommandContext &ctx)
{
    auto name = secretcli::name(ctx);
    COFFER_CLI_CHECK(name);
    const QString path = ctx.value(kFile);
    const bool overwrite = ctx.has(kOverwrite);
    if (!overwrite && QFileInfo::exists(path)) // checked again when the file is made; this spares the unlock
        return CliError {ExitCode::Conflict,
                         QStringLiteral("the file '%1' already exists; it is not overwritten").arg(path),
                         QStringLiteral("pass --overwrite to replace it")};
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto sealed = (*vault)->secrets().backup(*name);
    if (!sealed)
        return failure(sealed.error(), *name);
    COFFER_CLI_TRY(writeNewFile(path, *sealed, overwrite, QStringLiteral("backup file")));
    return CommandOutput {};
}

Outcome<CommandOutput> restoreSecret(CommandContext &ctx)
{
    auto bytes = readBackupFile(ctx.value(kFile));
    COFFER_CLI_CHECK(bytes);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->secrets().restore(*bytes);
    if (!info) {
        CliError error = CliError::fromCore(info.error());
        if (info.error().code() == ErrorCode::NotFound)
            error.hint = QStringLiteral("run 'coffer-cli vault backup-key export' on a vault of the backup's family, "
                                        "then 'coffer-cli vault backup-key import' on this one");
        else if (info.error().code() == ErrorCode::Conflict)
            error.hint = QStringLiteral("the name is taken; a restore never replaces a secret");
        else if (info.error().code() == ErrorCode::Corrupted)
            error.hint = QStringLiteral("use another copy of the backup file");
        return error;
    }
    CommandOutput out;
    out.value = objectjson::bundle(*info);
    out.columns = objectjson::itemColumns();
    return out;
}

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
    CommandSpec spec
            = nameSpec(QStringLiteral("backup"),
                       QStringLiteral("Write every version of a secret to an encrypted backup file."), backupSecret);
    spec.details = QStringLiteral("The file is sealed under the vault's backup key: it restores only into a vault "
                                  "that holds that key (this vault, or one that imported it with 'vault backup-key "
                                  "import').");
    spec.options += {
            {kFile, QStringLiteral("FILE"), QStringLiteral("the backup file to write")},
            {kOverwrite, {}, QStringLiteral("replace FILE when it exists")},
    };
    spec.required.append(kFile);
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
    spec.options.append({kFile, QStringLiteral("FILE"), QStringLiteral("the backup file")});
    spec.required.append(kFile);
    spec.run = restoreSecret;
    return spec;
}

} // namespace

void registerSecretLifecycleCommands(CommandRegistry &registry)
{
    registry.add(nameSpec(QStringLiteral("delete"),
                          QStringLiteral("Delete a secret (all versions); it stays recoverable for the retention "
                                         "period."),
                          deleteSecret));
    registry.add(nameSpec(QStringLiteral("recover"), QStringLiteral("Recover a deleted secret with all its versions."),
                          recoverSecret));
    registry.add(nameSpec(QStringLiteral("purge"),
                          QStringLiteral("Destroy a deleted secret for good (refused early under purge protection)."),
                          purgeSecret));
    CommandSpec listDeletedSpec;
    listDeletedSpec.path = {QStringLiteral("secret"), QStringLiteral("list-deleted")};
    listDeletedSpec.summary = QStringLiteral("List the deleted secrets that can still be recovered.");
    options::addUnlock(listDeletedSpec);
    listDeletedSpec.run = listDeleted;
    registry.add(std::move(listDeletedSpec));
    registry.add(nameSpec(QStringLiteral("show-deleted"), QStringLiteral("Show a deleted secret (never its value)."),
                          showDeleted));
    registry.add(backupSpec());
    registry.add(restoreSpec());
}

} // namespace coffer::cli
