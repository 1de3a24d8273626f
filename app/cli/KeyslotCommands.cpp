#include "app/cli/KeyslotCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/VaultAccess.h"
#include "core/vault/KeychainStore.h"
#include "core/vault/Vault.h"

#include <QJsonArray>

namespace coffer::cli {

namespace {

QList<TableColumn> keyslotColumns()
{
    return {
            {QStringLiteral("Id"), QStringLiteral("id")},
            {QStringLiteral("Type"), QStringLiteral("type")},
            {QStringLiteral("Label"), QStringLiteral("label")},
            {QStringLiteral("Principal"), QStringLiteral("principal")},
            {QStringLiteral("Created"), QStringLiteral("created")},
    };
}

Outcome<CommandOutput> listKeyslots(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto listed = (*vault)->listKeyslots();
    COFFER_CLI_CHECK(listed);
    QJsonArray slots;
    for (const KeyslotInfo &slot : *listed)
        slots.append(keyslotJson(slot));
    CommandOutput out;
    out.value = slots;
    out.columns = keyslotColumns();
    return out;
}

CommandOutput slotOutput(const Vault &vault, const QString &slotId)
{
    CommandOutput out;
    for (const KeyslotInfo &slot : vault.keyslots())
        if (slot.id == slotId)
            out.value = keyslotJson(slot);
    out.columns = keyslotColumns();
    return out;
}

Outcome<CommandOutput> addKeyslot(CommandContext &ctx)
{
    const QString typeName = ctx.value(QStringLiteral("type"));
    const std::optional<KeyslotType> type = keyslotTypeFromName(typeName);
    if (!type)
        return CliError::usage(
                QStringLiteral("option --type needs passphrase, recovery or keychain, not '%1'").arg(typeName));
    if (*type == KeyslotType::ClientSecret || *type == KeyslotType::Certificate)
        return CliError::usage(
                QStringLiteral("option --type needs passphrase, recovery or keychain, not '%1'").arg(typeName),
                *type == KeyslotType::ClientSecret
                        ? QStringLiteral("an application gets another client secret with 'coffer-cli principal "
                                         "credential add --principal APP'")
                        : QStringLiteral("an application with a certificate credential is made with 'coffer-cli "
                                         "principal create --type app --certificate-file CERT'"));
    const bool newPassphraseGiven
            = ctx.has(QStringLiteral("new-passphrase-file")) || ctx.has(QStringLiteral("new-passphrase-stdin"));
    if (*type != KeyslotType::Passphrase && newPassphraseGiven)
        return CliError::usage(
                QStringLiteral("a new passphrase is only for --type passphrase, not --type %1").arg(typeName));
    auto kdf = kdfParams(ctx);
    COFFER_CLI_CHECK(kdf);
    if (*type != KeyslotType::Passphrase && kdf->has_value())
        return CliError::usage(QStringLiteral("the --kdf options are only for --type passphrase"));

    QString label = ctx.value(QStringLiteral("label"));
    std::optional<SecureString> newPassphrase;
    if (*type == KeyslotType::Passphrase) {
        if (!newPassphraseGiven)
            return CliError::usage(QStringLiteral("--type passphrase needs --new-passphrase-file or "
                                                  "--new-passphrase-stdin"),
                                   QStringLiteral("run 'coffer-cli vault keyslot add --help' to see the options"));
        auto text = readNewPassphrase(ctx);
        COFFER_CLI_CHECK(text);
        newPassphrase = std::move(*text);
    }

    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    switch (*type) {
    case KeyslotType::Passphrase: {
        auto id = (*vault)->addPassphraseSlot(*newPassphrase, label.isEmpty() ? QStringLiteral("Passphrase") : label,
                                              *kdf);
        COFFER_CLI_CHECK(id);
        return slotOutput(**vault, *id);
    }
    case KeyslotType::Recovery: {
        auto made = (*vault)->addRecoverySlot(label.isEmpty() ? QStringLiteral("Recovery key") : label);
        COFFER_CLI_CHECK(made);
        CommandOutput out = slotOutput(**vault, made->slotId);
        out.columns.append({QStringLiteral("RecoveryKey"), QStringLiteral("recoveryKey")});
        out.secrets.push_back({QStringLiteral("recoveryKey"), std::move(made->recoveryKey)});
        ctx.console().note(QStringLiteral("the new recovery key (\"recoveryKey\") is shown only this once. Store "
                                          "it now, offline and away from the passphrase."));
        return out;
    }
    case KeyslotType::Keychain: {
        auto id = (*vault)->addKeychainSlot(ctx.keychain(), label.isEmpty() ? QStringLiteral("OS keychain") : label);
        COFFER_CLI_CHECK(id);
        return slotOutput(**vault, *id);
    }
    case KeyslotType::ClientSecret:
    case KeyslotType::Certificate: break; // refused above
    }
    return CliError {ExitCode::Failure, QStringLiteral("unknown keyslot type"), {}};
}

Outcome<CommandOutput> removeKeyslot(CommandContext &ctx)
{
    const QString id = ctx.value(QStringLiteral("id"));
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto removed = (*vault)->removeKeyslot(id, &ctx.keychain());
    if (!removed) {
        CliError error = CliError::fromCore(removed.error());
        if (removed.error().code() == ErrorCode::NotFound)
            error.hint = QStringLiteral("run 'coffer-cli vault keyslot list' to see the keyslot ids");
        return error;
    }
    return CommandOutput {};
}

CommandSpec listSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("vault"), QStringLiteral("keyslot"), QStringLiteral("list")};
    spec.summary = QStringLiteral("List the ways to unlock a vault (nothing secret is shown).");
    options::addUnlock(spec);
    spec.run = listKeyslots;
    return spec;
}

CommandSpec addSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("vault"), QStringLiteral("keyslot"), QStringLiteral("add")};
    spec.summary = QStringLiteral("Add a passphrase, recovery or keychain keyslot.");
    spec.details = QStringLiteral("A new keyslot unlocks as the same principal as the keyslot used to unlock. "
                                  "--type recovery prints the new recovery key once; --type keychain keeps a new "
                                  "key in the OS keychain (it needs an unlocked desktop session).");
    options::addUnlock(spec);
    spec.options += {
            {QStringLiteral("type"), QStringLiteral("passphrase|recovery|keychain"),
             QStringLiteral("the kind of keyslot")},
            {QStringLiteral("label"), QStringLiteral("L"), QStringLiteral("a label shown in keyslot lists")},
    };
    options::addNewPassphrase(spec, false);
    options::addKdf(spec);
    spec.required.append(QStringLiteral("type"));
    spec.examples = {QStringLiteral("coffer-cli vault keyslot add --vault team-kv.coffer --passphrase-file "
                                    "pass.txt --type passphrase --label alice --new-passphrase-file alice.txt"),
                     QStringLiteral("coffer-cli vault keyslot add --vault team-kv.coffer --passphrase-file "
                                    "pass.txt --type recovery")};
    spec.run = addKeyslot;
    return spec;
}

CommandSpec removeSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("vault"), QStringLiteral("keyslot"), QStringLiteral("remove")};
    spec.summary = QStringLiteral("Remove a keyslot (never the last one).");
    options::addUnlock(spec);
    spec.options.append({QStringLiteral("id"), QStringLiteral("ID"), QStringLiteral("the keyslot to remove")});
    spec.required.append(QStringLiteral("id"));
    spec.run = removeKeyslot;
    return spec;
}

} // namespace

void registerKeyslotCommands(CommandRegistry &registry)
{
    registry.addGroup({QStringLiteral("vault"), QStringLiteral("keyslot")},
                      QStringLiteral("Manage the ways to unlock a vault."));
    registry.add(listSpec());
    registry.add(addSpec());
    registry.add(removeSpec());
}

} // namespace coffer::cli
