#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/KeyCommands.h"
#include "app/cli/KeyJson.h"
#include "app/cli/KeySupport.h"
#include "app/cli/SecretSupport.h"
#include "app/cli/SecretValueIo.h"
#include "app/cli/VaultAccess.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"

#include <QFileInfo>
#include <QJsonArray>

namespace coffer::cli {

namespace {

using namespace keycli;

const QString kOverwrite = QStringLiteral("overwrite");

CommandOutput deletedOutput(const DeletedInfo &info)
{
    CommandOutput out;
    out.value = keyjson::deleted(info);
    out.columns = keyjson::deletedColumns();
    return out;
}

Outcome<CommandOutput> bundleOutput(const KeyInfo &info)
{
    auto json = keyjson::bundle(info);
    COFFER_CLI_CHECK(json);
    CommandOutput out;
    out.value = *json;
    out.columns = keyjson::bundleColumns();
    return out;
}

Outcome<CommandOutput> deleteKey(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto deleted = (*vault)->keys().remove(*name);
    if (!deleted)
        return failure(deleted.error(), *name);
    return deletedOutput(*deleted);
}

Outcome<CommandOutput> recoverKey(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->keys().recover(*name);
    if (!info)
        return failure(info.error(), *name);
    return bundleOutput(*info);
}

Outcome<CommandOutput> purgeKey(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto purged = (*vault)->keys().purge(*name);
    if (!purged)
        return failure(purged.error(), *name);
    return CommandOutput {};
}

Outcome<CommandOutput> listDeleted(CommandContext &ctx)
{
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto infos = (*vault)->keys().listDeleted();
    COFFER_CLI_CHECK(infos);
    QJsonArray items;
    for (const DeletedInfo &info : *infos)
        items.append(keyjson::deleted(info));
    CommandOutput out;
    out.value = items;
    out.columns = keyjson::deletedColumns();
    return out;
}

Outcome<CommandOutput> showDeleted(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->keys().getDeleted(*name);
    if (!info)
        return failure(info.error(), *name);
    return deletedOutput(*info);
}

Outcome<CommandOutput> backupKey(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    const QString path = ctx.value(kFile);
    const bool overwrite = ctx.has(kOverwrite);
    if (!overwrite && QFileInfo::exists(path)) // checked again when the file is made; this spares the unlock
        return CliError {ExitCode::Conflict,
                         QStringLiteral("the file '%1' already exists; it is not overwritten").arg(path),
                         QStringLiteral("pass --overwrite to replace it")};
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto sealed = (*vault)->keys().backup(*name);
    if (!sealed)
        return failure(sealed.error(), *name);
    COFFER_CLI_TRY(writeNewFile(path, *sealed, overwrite, QStringLiteral("backup file")));
    return CommandOutput {};
}

Outcome<CommandOutput> restoreKey(CommandContext &ctx)
{
    auto bytes = secretcli::readBackupFile(ctx.value(kFile));
    COFFER_CLI_CHECK(bytes);
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->keys().restore(*bytes);
    if (!info) {
        CliError error = CliError::fromCore(info.error());
        switch (info.error().code()) {
        case ErrorCode::NotFound:
            error.hint = QStringLiteral("run 'coffer-cli vault backup-key export' on a vault of the backup's family, "
                                        "then 'coffer-cli vault backup-key import' on this one");
            break;
        case ErrorCode::Conflict:
            error.hint = QStringLiteral("the name is taken; a restore never replaces a key");
            break;
        case ErrorCode::Corrupted: error.hint = QStringLiteral("use another copy of the backup file"); break;
        case ErrorCode::HsmUnavailable:
            error.hint = QStringLiteral("a backup of an HSM key holds only a reference: bind the same token "
                                        "('coffer-cli vault hsm bind') and give its PIN");
            break;
        default: break;
        }
        return error;
    }
    return bundleOutput(*info);
}

CommandSpec nameSpec(const QString &command, const QString &summary, CommandHandler run, bool token = false)
{
    CommandSpec spec;
    spec.path = {QStringLiteral("key"), command};
    spec.summary = summary;
    if (token)
        addUnlockWithToken(spec);
    else
        options::addUnlock(spec);
    addName(spec);
    spec.run = std::move(run);
    addDefaultExample(spec);
    return spec;
}

CommandSpec backupSpec()
{
    CommandSpec spec = nameSpec(QStringLiteral("backup"),
                                QStringLiteral("Write every version of a key to an encrypted backup file."), backupKey);
    spec.details = QStringLiteral(
            "The file is sealed under the vault's backup key: it restores only into a vault that holds that key "
            "(this vault, or one that imported it with 'vault backup-key import'). For HSM keys the file holds the "
            "token reference and the public part only: it restores where the same token is bound.");
    spec.options += {
            {kFile, QStringLiteral("FILE"), QStringLiteral("the backup file to write")},
            {kOverwrite, {}, QStringLiteral("replace FILE when it exists")},
    };
    spec.required.append(kFile);
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
    spec.options.append({kFile, QStringLiteral("FILE"), QStringLiteral("the backup file")});
    spec.required.append(kFile);
    spec.examples = {QStringLiteral("coffer-cli key restore --vault team-kv.coffer --passphrase-file pass.txt --file "
                                    "signing.keybackup")};
    spec.run = restoreKey;
    return spec;
}

} // namespace

void registerKeyLifecycleCommands(CommandRegistry &registry)
{
    registry.add(nameSpec(QStringLiteral("delete"),
                          QStringLiteral("Delete a key (all versions); it stays recoverable for the retention period."),
                          deleteKey));
    registry.add(nameSpec(QStringLiteral("recover"), QStringLiteral("Recover a deleted key with all its versions."),
                          recoverKey));
    CommandSpec purge = nameSpec(QStringLiteral("purge"),
                                 QStringLiteral("Destroy a deleted key for good (refused early under purge "
                                                "protection)."),
                                 purgeKey, true);
    purge.details = QStringLiteral("HSM keys are also removed from the token; when the token is absent they stay on "
                                   "it and 'vault hsm status' lists them as orphans.");
    registry.add(std::move(purge));
    CommandSpec listDeletedSpec;
    listDeletedSpec.path = {QStringLiteral("key"), QStringLiteral("list-deleted")};
    listDeletedSpec.summary = QStringLiteral("List the deleted keys that can still be recovered.");
    options::addUnlock(listDeletedSpec);
    listDeletedSpec.run = listDeleted;
    addDefaultExample(listDeletedSpec);
    registry.add(std::move(listDeletedSpec));
    registry.add(nameSpec(QStringLiteral("show-deleted"), QStringLiteral("Show a deleted key."), showDeleted));
    registry.add(backupSpec());
    registry.add(restoreSpec());
}

} // namespace coffer::cli
