#include "app/cli/BackupKeyCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/CredentialReader.h"
#include "app/cli/SecretValueIo.h"
#include "app/cli/VaultAccess.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace coffer::cli {

namespace {

const QString kFile = QStringLiteral("file");
const QString kKeyPassphraseFile = QStringLiteral("key-passphrase-file");
const QString kKeyPassphraseStdin = QStringLiteral("key-passphrase-stdin");

QList<TableColumn> keyColumns()
{
    return {{QStringLiteral("KeyId"), QStringLiteral("keyId")}, {QStringLiteral("Own"), QStringLiteral("own")}};
}

Outcome<SecureString> keyPassphrase(CommandContext &ctx)
{
    const QString what = QStringLiteral("backup key passphrase");
    if (ctx.has(kKeyPassphraseFile))
        return readSecretFile(ctx.value(kKeyPassphraseFile), what);
    return readSecretStdin(what);
}

Outcome<CommandOutput> exportKey(CommandContext &ctx)
{
    const QString path = ctx.value(kFile);
    if (QFileInfo::exists(path))
        return CliError {ExitCode::Conflict,
                         QStringLiteral("the file '%1' already exists; it is not overwritten").arg(path),
                         {}};
    auto passphrase = keyPassphrase(ctx);
    COFFER_CLI_CHECK(passphrase);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto own = (*vault)->backupKeys().ownKeyId();
    COFFER_CLI_CHECK(own);
    auto file = (*vault)->backupKeys().exportOwnKey(*passphrase);
    COFFER_CLI_CHECK(file);
    COFFER_CLI_TRY(writeNewFile(path, *file, false, QStringLiteral("backup key file")));
    ctx.console().note(QStringLiteral("the key file is protected only by its passphrase: keep both apart, and "
                                      "delete the file once the other vault has imported it"));
    CommandOutput out;
    out.value = QJsonObject {{QStringLiteral("keyId"), *own},
                             {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}};
    return out;
}

Outcome<CommandOutput> importKey(CommandContext &ctx)
{
    const QString path = ctx.value(kFile);
    const QFileInfo info(path);
    if (!info.exists())
        return CliError::fromCore(
                Error(ErrorCode::NotFound, QStringLiteral("the backup key file '%1' does not exist").arg(path)));
    if (info.isDir() || info.size() > 64 * 1024)
        return CliError {ExitCode::Invalid, QStringLiteral("'%1' is not a Coffer backup key file").arg(path), {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CliError {ExitCode::Failure,
                         QStringLiteral("cannot read the backup key file '%1': %2").arg(path, file.errorString()),
                         {}};
    const QByteArray bytes = file.readAll();
    auto passphrase = keyPassphrase(ctx);
    COFFER_CLI_CHECK(passphrase);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto id = (*vault)->backupKeys().importKey(bytes, *passphrase);
    if (!id) {
        CliError error = CliError::fromCore(id.error());
        if (id.error().code() == ErrorCode::WrongCredential)
            error.hint = QStringLiteral("use the passphrase given to 'vault backup-key export'");
        return error;
    }
    CommandOutput out;
    out.value = QJsonObject {{QStringLiteral("keyId"), *id}, {QStringLiteral("own"), false}};
    out.columns = keyColumns();
    return out;
}

Outcome<CommandOutput> listKeys(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto own = (*vault)->backupKeys().ownKeyId();
    COFFER_CLI_CHECK(own);
    auto ids = (*vault)->backupKeys().keyIds();
    COFFER_CLI_CHECK(ids);
    QJsonArray keys;
    for (const QString &id : *ids)
        keys.append(QJsonObject {{QStringLiteral("keyId"), id}, {QStringLiteral("own"), id == *own}});
    CommandOutput out;
    out.value = keys;
    out.columns = keyColumns();
    return out;
}

void addKeyFileOptions(CommandSpec &spec, const QString &fileHelp, const QString &passphraseHelp)
{
    spec.options += {
            {kFile, QStringLiteral("FILE"), fileHelp},
            {kKeyPassphraseFile, QStringLiteral("FILE"), passphraseHelp + QStringLiteral(", from FILE")},
            {kKeyPassphraseStdin, {}, passphraseHelp + QStringLiteral(", from standard input"), true},
    };
    spec.required.append(kFile);
    spec.groups.append({{kKeyPassphraseFile, kKeyPassphraseStdin}, true});
}

} // namespace

void registerBackupKeyCommands(CommandRegistry &registry)
{
    registry.addGroup({QStringLiteral("vault"), QStringLiteral("backup-key")},
                      QStringLiteral("Share the key backups are sealed with, so another vault can restore them."));

    CommandSpec exportSpec;
    exportSpec.path = {QStringLiteral("vault"), QStringLiteral("backup-key"), QStringLiteral("export")};
    exportSpec.summary = QStringLiteral("Write this vault's backup key to a file, wrapped under a passphrase.");
    exportSpec.details = QStringLiteral(
            "A backup restores only into a vault holding the key it was sealed with (as Azure restores only within "
            "the same subscription and geography). Import the exported file into the other vault with 'vault "
            "backup-key import'.");
    options::addUnlock(exportSpec);
    addKeyFileOptions(exportSpec, QStringLiteral("the key file to create (never overwritten)"),
                      QStringLiteral("the passphrase that protects the key file"));
    exportSpec.examples = {QStringLiteral("coffer-cli vault backup-key export --vault a.coffer --passphrase-file "
                                          "pass.txt --file a-backup.key --key-passphrase-file key-pass.txt")};
    exportSpec.run = exportKey;
    registry.add(std::move(exportSpec));

    CommandSpec importSpec;
    importSpec.path = {QStringLiteral("vault"), QStringLiteral("backup-key"), QStringLiteral("import")};
    importSpec.summary = QStringLiteral("Add another vault's backup key, so its backups restore here.");
    options::addUnlock(importSpec);
    addKeyFileOptions(importSpec, QStringLiteral("a file made by 'vault backup-key export'"),
                      QStringLiteral("the key file's passphrase"));
    importSpec.run = importKey;
    registry.add(std::move(importSpec));

    CommandSpec listSpec;
    listSpec.path = {QStringLiteral("vault"), QStringLiteral("backup-key"), QStringLiteral("list")};
    listSpec.summary = QStringLiteral("List the ids of the backup keys this vault holds (never the keys).");
    options::addUnlock(listSpec);
    listSpec.run = listKeys;
    registry.add(std::move(listSpec));
}

} // namespace coffer::cli
