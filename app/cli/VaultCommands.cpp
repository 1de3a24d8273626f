#include "app/cli/VaultCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/VaultAccess.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QSysInfo>

namespace coffer::cli {

namespace {

QList<TableColumn> vaultColumns()
{
    return {
            {QStringLiteral("Name"), QStringLiteral("name")},
            {QStringLiteral("Location"), QStringLiteral("location")},
            {QStringLiteral("PurgeProtection"), QStringLiteral("properties.enablePurgeProtection")},
            {QStringLiteral("RetentionDays"), QStringLiteral("properties.softDeleteRetentionInDays")},
            {QStringLiteral("RecoveryLevel"), QStringLiteral("properties.recoveryLevel")},
    };
}

CommandOutput vaultOutput(const Vault &vault)
{
    CommandOutput out;
    out.value = vaultJson(vault.properties());
    out.columns = vaultColumns();
    return out;
}

Outcome<CommandOutput> createVault(CommandContext &ctx)
{
    VaultCreateOptions options;
    options.parentFolder = ctx.value(QStringLiteral("path"));
    options.name = ctx.value(QStringLiteral("name"));
    options.ownerName = ctx.value(QStringLiteral("owner"));
    options.purgeProtection = ctx.has(QStringLiteral("enable-purge-protection"));
    auto retention = ctx.intValue(QStringLiteral("retention-days"), VaultProperties::kDefaultRetentionDays);
    COFFER_CLI_CHECK(retention);
    options.retentionDays = *retention;
    auto kdf = kdfParams(ctx);
    COFFER_CLI_CHECK(kdf);
    options.kdf = *kdf;

    auto passphrase = readPassphrase(ctx);
    COFFER_CLI_CHECK(passphrase);
    options.client = {QStringLiteral("cli"), QCoreApplication::applicationPid(), QSysInfo::machineHostName()};
    auto created = Vault::create(options, *passphrase, ctx.clock());
    COFFER_CLI_CHECK(created);

    CommandOutput out = vaultOutput(*created->vault);
    out.columns.append({QStringLiteral("RecoveryKey"), QStringLiteral("recoveryKey")});
    out.secrets.push_back({QStringLiteral("recoveryKey"), std::move(created->recoveryKey)});
    ctx.console().note(QStringLiteral("the recovery key (\"recoveryKey\") is shown only this once. Store it now, "
                                      "offline and away from the passphrase: it unlocks the vault when the "
                                      "passphrase is lost."));
    return out;
}

Outcome<CommandOutput> showVault(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto shown = (*vault)->show(); // recorded as VaultGet
    COFFER_CLI_CHECK(shown);
    CommandOutput out;
    out.value = vaultJson(*shown);
    out.columns = vaultColumns();
    return out;
}

Outcome<CommandOutput> updateVault(CommandContext &ctx)
{
    const QString purgeOption = QStringLiteral("enable-purge-protection");
    if (!ctx.has(purgeOption))
        return CliError::usage(QStringLiteral("nothing to update: give --enable-purge-protection true"),
                               QStringLiteral("run 'coffer-cli vault update --help' to see the options"));
    auto purge = ctx.boolValue(purgeOption, false);
    COFFER_CLI_CHECK(purge);
    if (!*purge)
        return CliError {ExitCode::Invalid,
                         QStringLiteral("purge protection can never be turned off (as in Azure Key Vault); "
                                        "--enable-purge-protection accepts only true"),
                         {}};
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    COFFER_CLI_TRY((*vault)->setPurgeProtection(true));
    return vaultOutput(**vault);
}

Outcome<CommandOutput> changePassphrase(CommandContext &ctx)
{
    auto kdf = kdfParams(ctx);
    COFFER_CLI_CHECK(kdf);
    auto newPassphrase = readNewPassphrase(ctx);
    COFFER_CLI_CHECK(newPassphrase);
    // --slot names the passphrase slot to change; the unlock may go through any slot.
    auto vault = openVault(ctx, SlotOption::NamesTarget);
    COFFER_CLI_CHECK(vault);
    COFFER_CLI_TRY((*vault)->changePassphrase(ctx.value(QStringLiteral("slot")), *newPassphrase, *kdf));
    return CommandOutput {};
}

Outcome<CommandOutput> checkVault(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    COFFER_CLI_TRY((*vault)->checkIntegrity());
    const VaultProperties properties = (*vault)->properties();
    CommandOutput out;
    out.value = QJsonObject {
            {QStringLiteral("name"), properties.name},
            {QStringLiteral("location"), properties.path},
            {QStringLiteral("integrity"), QStringLiteral("ok")},
    };
    out.columns = {{QStringLiteral("Name"), QStringLiteral("name")},
                   {QStringLiteral("Location"), QStringLiteral("location")},
                   {QStringLiteral("Integrity"), QStringLiteral("integrity")}};
    return out;
}

CommandSpec createSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("vault"), QStringLiteral("create")};
    spec.summary = QStringLiteral("Create a vault PATH/NAME.coffer and print its recovery key once.");
    spec.details = QStringLiteral(
            "The vault gets a passphrase keyslot and a recovery keyslot. The recovery key is printed once (field "
            "\"recoveryKey\"); store it offline. Soft-delete retention is fixed at creation; purge protection can be "
            "turned on later but never off.");
    spec.options = {
            {QStringLiteral("path"), QStringLiteral("PARENT_DIR"),
             QStringLiteral("the existing folder to create the "
                            "vault in")},
            {QStringLiteral("name"), QStringLiteral("NAME"),
             QStringLiteral("3-24 letters, digits and dashes, starting with a letter")},
            {QStringLiteral("retention-days"), QStringLiteral("D"),
             QStringLiteral("days deleted objects stay recoverable, 7-90 (default 90)")},
            {QStringLiteral("enable-purge-protection"), {}, QStringLiteral("forbid purging before retention ends")},
            {QStringLiteral("owner"), QStringLiteral("NAME"), QStringLiteral("display name of the first user")},
            {QStringLiteral("passphrase-file"), QStringLiteral("FILE"),
             QStringLiteral("the passphrase, from FILE (one trailing newline is ignored)")},
            {QStringLiteral("passphrase-stdin"), {}, QStringLiteral("the passphrase, from standard input"), true},
    };
    options::addKdf(spec);
    spec.required = {QStringLiteral("path"), QStringLiteral("name")};
    spec.groups = {{{QStringLiteral("passphrase-file"), QStringLiteral("passphrase-stdin")}, true}};
    spec.examples
            = {QStringLiteral("coffer-cli vault create --path ~/vaults --name team-kv --passphrase-file pass.txt"),
               QStringLiteral("printf %s \"$PASS\" | coffer-cli vault create --path . --name ci-kv "
                              "--retention-days 7 --passphrase-stdin")};
    spec.run = createVault;
    return spec;
}

CommandSpec showSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("vault"), QStringLiteral("show")};
    spec.summary = QStringLiteral("Show a vault's properties.");
    options::addUnlock(spec);
    spec.examples = {QStringLiteral("coffer-cli vault show --vault team-kv.coffer --passphrase-file pass.txt")};
    spec.run = showVault;
    return spec;
}

CommandSpec updateSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("vault"), QStringLiteral("update")};
    spec.summary = QStringLiteral("Change a vault's properties (purge protection: on, never off).");
    options::addUnlock(spec);
    spec.options.append({QStringLiteral("enable-purge-protection"), QStringLiteral("true"),
                         QStringLiteral("turn purge protection on; it can never be turned off")});
    spec.examples = {QStringLiteral("coffer-cli vault update --vault team-kv.coffer --passphrase-file pass.txt "
                                    "--enable-purge-protection true")};
    spec.run = updateVault;
    return spec;
}

CommandSpec changePassphraseSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("vault"), QStringLiteral("change-passphrase")};
    spec.summary = QStringLiteral("Change the passphrase of a passphrase keyslot.");
    spec.details = QStringLiteral("Without --slot, the keyslot the given passphrase unlocks is changed. With "
                                  "--slot, that passphrase keyslot is changed, whichever credential unlocks.");
    options::addUnlock(spec);
    for (OptionSpec &option : spec.options)
        if (option.name == u"slot")
            option.help = QStringLiteral("the passphrase keyslot to change (default: the one that unlocked)");
    options::addNewPassphrase(spec, true);
    options::addKdf(spec);
    spec.examples = {QStringLiteral("coffer-cli vault change-passphrase --vault team-kv.coffer --passphrase-file "
                                    "old.txt --new-passphrase-file new.txt")};
    spec.run = changePassphrase;
    return spec;
}

CommandSpec checkSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("vault"), QStringLiteral("check")};
    spec.summary = QStringLiteral("Read and authenticate every page of vault.db; report ok or the damage.");
    options::addUnlock(spec);
    spec.run = checkVault;
    return spec;
}

} // namespace

void registerVaultCommands(CommandRegistry &registry)
{
    registry.addGroup({QStringLiteral("vault")}, QStringLiteral("Create and manage vaults."));
    registry.add(createSpec());
    registry.add(showSpec());
    registry.add(updateSpec());
    registry.add(changePassphraseSpec());
    registry.add(checkSpec());
}

} // namespace coffer::cli
