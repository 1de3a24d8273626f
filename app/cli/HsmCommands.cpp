#include "app/cli/HsmCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/KeySupport.h"
#include "app/cli/VaultAccess.h"
#include "core/vault/HsmBinding.h"
#include "core/vault/Vault.h"

#include <QJsonArray>

namespace coffer::cli {

namespace {

const QString kModule = QStringLiteral("module");
const QString kTokenLabel = QStringLiteral("token-label");
const QString kPinFile = QStringLiteral("pin-file");
const QString kPinStdin = QStringLiteral("pin-stdin");
const QString kRememberPin = QStringLiteral("remember-pin");

const QString kUnlockExample = QStringLiteral("--vault team-kv.coffer --passphrase-file pass.txt");

QJsonObject bindingJson(const HsmBindingInfo &binding)
{
    return {
            {QStringLiteral("modulePath"), binding.modulePath},
            {QStringLiteral("tokenLabel"), binding.tokenLabel},
            {QStringLiteral("tokenSerial"), binding.tokenSerial},
            {QStringLiteral("manufacturer"), binding.manufacturer},
            {QStringLiteral("model"), binding.model},
    };
}

QJsonObject statusJson(const HsmStatus &status)
{
    QJsonObject out {
            {QStringLiteral("bound"), status.bound},
            {QStringLiteral("moduleLoads"), status.moduleLoads},
            {QStringLiteral("tokenPresent"), status.tokenPresent},
            {QStringLiteral("loggedIn"), status.loggedIn},
            {QStringLiteral("pinInKeychain"), status.pinInKeychain},
            {QStringLiteral("supported"), QJsonArray::fromStringList(status.supported)},
            {QStringLiteral("missing"), QJsonArray::fromStringList(status.missing)},
            {QStringLiteral("keyCount"), status.keyCount},
            {QStringLiteral("orphans"), QJsonArray::fromStringList(status.orphans)},
    };
    if (status.bound)
        out.insert(QStringLiteral("binding"), bindingJson(status.binding));
    if (!status.problem.isEmpty())
        out.insert(QStringLiteral("problem"), status.problem);
    return out;
}

CliError hsmFailure(const Error &error)
{
    CliError out = CliError::fromCore(error);
    switch (error.code()) {
    case ErrorCode::WrongCredential:
        out.hint = QStringLiteral("check the token's user PIN (a token locks after too many wrong PINs)");
        break;
    case ErrorCode::HsmUnavailable:
        out.hint = QStringLiteral("check the module path and the token label ('coffer-cli vault hsm modules' lists "
                                  "the tokens a module offers)");
        break;
    case ErrorCode::Conflict:
        out.hint = QStringLiteral("the vault's HSM keys live on the bound token: purge them first, or keep the "
                                  "binding");
        break;
    default: break;
    }
    return out;
}

Outcome<SecureString> requiredPin(CommandContext &ctx)
{
    auto pin = keycli::readPin(ctx, kPinFile, kPinStdin);
    COFFER_CLI_CHECK(pin);
    if (!*pin)
        return CliError::usage(QStringLiteral("give the token's PIN with --pin-file or --pin-stdin"));
    return std::move(**pin);
}

Outcome<CommandOutput> bindToken(CommandContext &ctx)
{
    auto pin = requiredPin(ctx);
    COFFER_CLI_CHECK(pin);
    auto vault = openVault(ctx, SlotOption::RestrictsUnlock, true);
    COFFER_CLI_CHECK(vault);
    auto binding = (*vault)->hsm().bind(ctx.value(kModule), ctx.value(kTokenLabel), *pin, ctx.has(kRememberPin));
    if (!binding)
        return hsmFailure(binding.error());
    CommandOutput out;
    out.value = bindingJson(*binding);
    return out;
}

Outcome<CommandOutput> tokenStatus(CommandContext &ctx)
{
    auto pin = keycli::readPin(ctx, kPinFile, kPinStdin);
    COFFER_CLI_CHECK(pin);
    auto vault = openVault(ctx, SlotOption::RestrictsUnlock, true);
    COFFER_CLI_CHECK(vault);
    if (*pin)
        COFFER_CLI_TRY(keycli::loginToken(**vault, **pin, false));
    auto status = (*vault)->hsm().status();
    if (!status)
        return hsmFailure(status.error());
    CommandOutput out;
    out.value = statusJson(*status);
    return out;
}

Outcome<CommandOutput> unbindToken(CommandContext &ctx)
{
    auto vault = openVault(ctx, SlotOption::RestrictsUnlock, true);
    COFFER_CLI_CHECK(vault);
    auto unbound = (*vault)->hsm().unbind();
    if (!unbound)
        return hsmFailure(unbound.error());
    return CommandOutput {};
}

Outcome<CommandOutput> loginToken(CommandContext &ctx)
{
    auto pin = requiredPin(ctx);
    COFFER_CLI_CHECK(pin);
    auto vault = openVault(ctx, SlotOption::RestrictsUnlock, true);
    COFFER_CLI_CHECK(vault);
    COFFER_CLI_TRY(keycli::loginToken(**vault, *pin, true));
    CommandOutput out;
    out.value = QJsonObject {{QStringLiteral("loggedIn"), true}, {QStringLiteral("pinInKeychain"), true}};
    return out;
}

Outcome<CommandOutput> forgetPin(CommandContext &ctx)
{
    auto vault = openVault(ctx, SlotOption::RestrictsUnlock, true);
    COFFER_CLI_CHECK(vault);
    auto forgotten = (*vault)->hsm().forgetPin();
    if (!forgotten)
        return hsmFailure(forgotten.error());
    return CommandOutput {};
}

Outcome<CommandOutput> trustModule(CommandContext &ctx)
{
    const QString module = ctx.value(kModule);
    auto trusted = HsmBinding::trustModule(module);
    if (!trusted)
        return hsmFailure(trusted.error());
    CommandOutput out;
    out.value = QJsonObject {{QStringLiteral("module"), module},
                             {QStringLiteral("trusted"), true},
                             {QStringLiteral("file"), HsmBinding::trustedModulesFile()}};
    return out;
}

Outcome<CommandOutput> listModules(CommandContext &ctx)
{
    const QStringList modules = ctx.has(kModule) ? QStringList {ctx.value(kModule)} : HsmBinding::registeredModules();
    QJsonArray items;
    for (const QString &module : modules) {
        QJsonObject item {{QStringLiteral("module"), module}};
        auto tokens = HsmBinding::tokens(module);
        if (!tokens && ctx.has(kModule))
            return hsmFailure(tokens.error());
        if (!tokens) {
            item.insert(QStringLiteral("problem"), tokens.error().context());
        } else {
            QJsonArray list;
            for (const HsmTokenChoice &token : *tokens)
                list.append(QJsonObject {
                        {QStringLiteral("label"), token.label},
                        {QStringLiteral("serial"), token.serial},
                        {QStringLiteral("manufacturer"), token.manufacturer},
                        {QStringLiteral("model"), token.model},
                        {QStringLiteral("initialized"), token.initialized},
                });
            item.insert(QStringLiteral("tokens"), list);
        }
        items.append(item);
    }
    if (modules.isEmpty())
        ctx.console().note(QStringLiteral("p11-kit has no modules registered on this machine; pass a module's path "
                                          "with --module (e.g. /usr/lib/softhsm/libsofthsm2.so)"));
    CommandOutput out;
    out.value = items;
    return out;
}

void addPin(CommandSpec &spec, bool required)
{
    spec.options += {
            {kPinFile, QStringLiteral("FILE"),
             QStringLiteral("the token's user PIN, from FILE (one trailing newline "
                            "is ignored)")},
            {kPinStdin, {}, QStringLiteral("the token's user PIN, from standard input"), true},
    };
    spec.groups.append({{kPinFile, kPinStdin}, required});
}

CommandSpec hsmSpec(const QString &command, const QString &summary, CommandHandler run)
{
    CommandSpec spec;
    spec.path = {QStringLiteral("vault"), QStringLiteral("hsm"), command};
    spec.summary = summary;
    options::addUnlock(spec);
    spec.run = std::move(run);
    keycli::addDefaultExample(spec);
    return spec;
}

QString example(const QString &words)
{
    return QStringLiteral("coffer-cli vault hsm ") + words.arg(kUnlockExample);
}

} // namespace

void registerHsmCommands(CommandRegistry &registry)
{
    registry.addGroup({QStringLiteral("vault"), QStringLiteral("hsm")},
                      QStringLiteral("The PKCS#11 token (HSM, smartcard, SoftHSM) that holds the vault's HSM keys."));

    CommandSpec bind = hsmSpec(QStringLiteral("bind"), QStringLiteral("Bind the vault to a PKCS#11 token."), bindToken);
    bind.details = QStringLiteral(
            "Loads the module, finds the token by its label, logs in with the PIN and checks the mechanisms the "
            "vault needs, then records the module path, token label and serial in the vault (never the PIN). "
            "--remember-pin also stores the PIN in the OS keychain so that key commands need no --hsm-pin-file. "
            "Refused while the vault holds HSM keys on another token.");
    bind.options += {
            {kModule, QStringLiteral("PATH"),
             QStringLiteral("the PKCS#11 module (shared library), e.g. /usr/lib/softhsm/libsofthsm2.so")},
            {kTokenLabel, QStringLiteral("LABEL"), QStringLiteral("the token's label")},
            {kRememberPin, {}, QStringLiteral("store the PIN in the OS keychain")},
    };
    bind.required += {kModule, kTokenLabel};
    addPin(bind, true);
    bind.examples = {example(QStringLiteral("bind %1 --module /usr/lib/softhsm/libsofthsm2.so --token-label coffer "
                                            "--pin-file pin.txt")),
                     example(QStringLiteral("bind %1 --module /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so "
                                            "--token-label 'PIV Card' --pin-stdin --remember-pin"))};
    registry.add(std::move(bind));

    CommandSpec status = hsmSpec(QStringLiteral("status"),
                                 QStringLiteral("Show the bound token, whether it can be used now, and what it "
                                                "supports."),
                                 tokenStatus);
    status.details = QStringLiteral("With a PIN, also logs in (\"loggedIn\"). \"orphans\" lists objects of purged "
                                    "keys still on the token (it was absent at purge time).");
    addPin(status, false);
    status.examples = {example(QStringLiteral("status %1 --pin-file pin.txt"))};
    registry.add(std::move(status));

    CommandSpec unbind
            = hsmSpec(QStringLiteral("unbind"),
                      QStringLiteral("Forget the vault's token (refused while HSM keys are not purged)."), unbindToken);
    registry.add(std::move(unbind));

    CommandSpec login = hsmSpec(QStringLiteral("login"),
                                QStringLiteral("Check the token PIN and store it in the OS keychain for later "
                                               "commands."),
                                loginToken);
    login.details = QStringLiteral("Key commands then use the token without --hsm-pin-file; 'vault hsm forget-pin' "
                                   "removes the PIN from the keychain.");
    addPin(login, true);
    login.examples = {example(QStringLiteral("login %1 --pin-stdin"))};
    registry.add(std::move(login));

    registry.add(hsmSpec(QStringLiteral("forget-pin"), QStringLiteral("Remove the token PIN from the OS keychain."),
                         forgetPin));

    CommandSpec trust;
    trust.path = {QStringLiteral("vault"), QStringLiteral("hsm"), QStringLiteral("trust-module")};
    trust.summary = QStringLiteral("Trust a PKCS#11 module on this machine (for vaults bound to it by someone else).");
    trust.details = QStringLiteral(
            "A module is a library that runs inside Coffer with your rights and sees the token PIN, so Coffer loads "
            "the module a vault names only when this machine trusts it: registered with p11-kit, listed in "
            "COFFER_TRUSTED_PKCS11_MODULES, bound by you ('vault hsm bind' trusts its module), or trusted with this "
            "command. Needs no vault; writes the path to your own list of trusted modules.");
    trust.options.append({kModule, QStringLiteral("PATH"), QStringLiteral("the module's path")});
    trust.required += {kModule};
    trust.examples = {QStringLiteral("coffer-cli vault hsm trust-module --module /opt/vendor/lib/libvendorpkcs11.so")};
    trust.run = trustModule;
    registry.add(std::move(trust));

    CommandSpec modules;
    modules.path = {QStringLiteral("vault"), QStringLiteral("hsm"), QStringLiteral("modules")};
    modules.summary = QStringLiteral("List the PKCS#11 modules p11-kit has registered and the tokens each offers.");
    modules.details = QStringLiteral("Needs no vault. --module lists the tokens of one module (registered or not).");
    modules.options.append({kModule, QStringLiteral("PATH"), QStringLiteral("only this module")});
    modules.examples = {QStringLiteral("coffer-cli vault hsm modules"),
                        QStringLiteral("coffer-cli vault hsm modules --module /usr/lib/softhsm/libsofthsm2.so")};
    modules.run = listModules;
    registry.add(std::move(modules));
}

} // namespace coffer::cli
