#include "app/cli/AccessCommands.h"
#include "app/cli/AccessSupport.h"
#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/VaultAccess.h"
#include "core/access/AccessControl.h"
#include "core/vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace coffer::cli {

namespace {

using namespace accesscli;
using access::CreatedPrincipal;
using access::Principal;
using access::PrincipalType;

const QString kName = QStringLiteral("name");
const QString kType = QStringLiteral("type");
const QString kPrincipal = QStringLiteral("principal");
const QString kGroup = QStringLiteral("group");
const QString kMember = QStringLiteral("member");
const QString kCertificateFile = QStringLiteral("certificate-file");
const QString kClientSecret = QStringLiteral("clientSecret");

bool newPassphraseGiven(const CommandContext &ctx)
{
    return ctx.has(QStringLiteral("new-passphrase-file")) || ctx.has(QStringLiteral("new-passphrase-stdin"));
}

CommandOutput principalOutput(Vault &vault, const Principal &principal)
{
    CommandOutput out;
    out.value = principalJson(principal, Directory(vault), vault.keyslots());
    out.columns = principalColumns();
    return out;
}

// The new principal, its new keyslot and (for an application) its client secret, shown this once.
CommandOutput createdOutput(CommandContext &ctx, Vault &vault, CreatedPrincipal &created)
{
    CommandOutput out = principalOutput(vault, created.principal);
    if (!created.keyslotId.isEmpty()) {
        QJsonObject object = out.value.toObject();
        object.insert(QStringLiteral("keyslotId"), created.keyslotId);
        out.value = object;
    }
    if (!created.clientSecret.isEmpty()) {
        out.columns.append({QStringLiteral("ClientSecret"), kClientSecret});
        out.secrets.push_back({kClientSecret, std::move(created.clientSecret)});
        ctx.console().note(QStringLiteral("the client secret (\"clientSecret\") is shown only this once. Store it "
                                          "now where only the application can read it; it unlocks the vault as '%1' "
                                          "with --client-secret-file FILE or --client-secret-stdin.")
                                   .arg(created.principal.name));
    }
    return out;
}

// The public certificate of --certificate-file (PEM or DER), read before unlocking.
Outcome<QByteArray> readCertificate(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return CliError {ExitCode::NotFound, QStringLiteral("the certificate file '%1' does not exist").arg(path), {}};
    if (info.size() > 1024 * 1024)
        return CliError {
                ExitCode::Invalid,
                QStringLiteral("the certificate file '%1' is larger than 1 MiB; that is not a certificate").arg(path),
                {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CliError {ExitCode::Failure,
                         QStringLiteral("cannot read the certificate file '%1': %2").arg(path, file.errorString()),
                         {}};
    return file.readAll();
}

// The combination of options for each --type, checked before anything is read or unlocked.
Outcome<void> checkCreateOptions(const CommandContext &ctx, PrincipalType type)
{
    const QString typeName = access::principalTypeName(type);
    const bool kdfGiven = ctx.has(QStringLiteral("kdf-memory-kib")) || ctx.has(QStringLiteral("kdf-iterations"))
            || ctx.has(QStringLiteral("kdf-parallelism"));
    if (type != PrincipalType::User && newPassphraseGiven(ctx))
        return CliError::usage(QStringLiteral("a new passphrase is only for --type user, not --type %1").arg(typeName),
                               type == PrincipalType::App ? QStringLiteral(
                                       "an application gets a generated client secret, or a certificate "
                                       "credential with --certificate-file")
                                                          : QString());
    if (type != PrincipalType::User && kdfGiven)
        return CliError::usage(QStringLiteral("the --kdf options are only for --type user"));
    if (type != PrincipalType::App && ctx.has(kCertificateFile))
        return CliError::usage(QStringLiteral("--certificate-file is only for --type app"));
    if (type != PrincipalType::Group && ctx.has(kMember))
        return CliError::usage(QStringLiteral("--member is only for --type group"),
                               QStringLiteral("add a %1 to a group with 'coffer-cli group member add'").arg(typeName));
    if (type == PrincipalType::User && !newPassphraseGiven(ctx))
        return CliError::usage(QStringLiteral("--type user needs the new user's passphrase: --new-passphrase-file "
                                              "FILE or --new-passphrase-stdin"),
                               QStringLiteral("--passphrase-file is the passphrase you unlock the vault with; the "
                                              "new user's own passphrase goes in --new-passphrase-file"));
    return {};
}

Outcome<CommandOutput> createPrincipal(CommandContext &ctx)
{
    const QString name = ctx.value(kName);
    const std::optional<PrincipalType> type = access::principalTypeFromName(ctx.value(kType));
    if (!type)
        return CliError::usage(
                QStringLiteral("option --type needs user, app or group, not '%1'").arg(ctx.value(kType)));
    COFFER_CLI_TRY(checkCreateOptions(ctx, *type));
    COFFER_CLI_TRY(access::validatePrincipalName(name));
    auto kdf = kdfParams(ctx);
    COFFER_CLI_CHECK(kdf);

    std::optional<SecureString> passphrase;
    if (*type == PrincipalType::User) {
        auto text = readNewPassphrase(ctx);
        COFFER_CLI_CHECK(text);
        passphrase = std::move(*text);
    }
    std::optional<QByteArray> certificate;
    if (ctx.has(kCertificateFile)) {
        auto bytes = readCertificate(ctx.value(kCertificateFile));
        COFFER_CLI_CHECK(bytes);
        certificate = std::move(*bytes);
    }

    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    access::AccessControl &accessControl = (*vault)->access();
    Result<CreatedPrincipal> created = Error(ErrorCode::Internal, QStringLiteral("unknown principal type"));
    switch (*type) {
    case PrincipalType::User: created = accessControl.createUser(name, *passphrase, *kdf); break;
    case PrincipalType::App:
        created = certificate ? accessControl.createAppWithCertificate(name, *certificate)
                              : accessControl.createApp(name);
        break;
    case PrincipalType::Group: created = accessControl.createGroup(name, ctx.values(kMember)); break;
    }
    if (!created)
        return failure(created.error(), Subject::Principal);
    return createdOutput(ctx, **vault, *created);
}

Outcome<CommandOutput> listPrincipals(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto principals = (*vault)->access().principals();
    COFFER_CLI_CHECK(principals);
    const Directory directory(**vault);
    const QList<KeyslotInfo> keyslots = (*vault)->keyslots();
    QJsonArray items;
    for (const Principal &principal : *principals)
        items.append(principalJson(principal, directory, keyslots));
    CommandOutput out;
    out.value = items;
    out.columns = principalColumns();
    return out;
}

Outcome<CommandOutput> showPrincipal(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    access::AccessControl &accessControl = (*vault)->access();
    auto principal = ctx.has(kPrincipal) ? accessControl.principal(ctx.value(kPrincipal)) : accessControl.me();
    if (!principal)
        return failure(principal.error(), Subject::Principal);
    return principalOutput(**vault, *principal);
}

Outcome<CommandOutput> deletePrincipal(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto deleted = (*vault)->access().deletePrincipal(ctx.value(kPrincipal));
    if (!deleted)
        return failure(deleted.error(), Subject::Principal);
    return CommandOutput {};
}

Outcome<CommandOutput> addCredential(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto created = (*vault)->access().addClientSecret(ctx.value(kPrincipal));
    if (!created)
        return failure(created.error(), Subject::Principal);
    return createdOutput(ctx, **vault, *created);
}

Outcome<CommandOutput> changeMember(CommandContext &ctx, bool add)
{
    const QString group = ctx.value(kGroup);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    access::AccessControl &accessControl = (*vault)->access();
    auto changed = add ? accessControl.addMember(group, ctx.value(kMember))
                       : accessControl.removeMember(group, ctx.value(kMember));
    if (!changed)
        return failure(changed.error(), Subject::Group);
    auto updated = accessControl.principal(group);
    if (!updated)
        return CommandOutput {};
    return principalOutput(**vault, *updated);
}

void addPrincipalOption(CommandSpec &spec, const QString &help, bool required = true)
{
    spec.options.append({kPrincipal, QStringLiteral("P"), help});
    if (required)
        spec.required.append(kPrincipal);
}

CommandSpec createSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("principal"), QStringLiteral("create")};
    spec.summary = QStringLiteral("Create a user, an application or a group.");
    spec.details = QStringLiteral(
            "A user gets a passphrase keyslot of their own: give the NEW user's passphrase with "
            "--new-passphrase-file or --new-passphrase-stdin (--passphrase-file is your own, to unlock). An "
            "application gets a generated client secret, printed once as \"clientSecret\"; with --certificate-file "
            "it unlocks with the certificate's private key instead (--certificate-key-file). A group may start "
            "with members (--member, repeated or space-separated). A new principal holds no role: assign one with "
            "'coffer-cli role assignment create'.");
    options::addUnlock(spec);
    spec.options += {
            {kName, QStringLiteral("N"), QStringLiteral("a unique name: 1-64 letters, digits, spaces and . _ - @")},
            {kType, QStringLiteral("user|app|group"), QStringLiteral("the kind of principal")},
            {kCertificateFile, QStringLiteral("CERT"),
             QStringLiteral("app: the application's X.509 certificate (PEM or DER, RSA or EC) instead of a client "
                            "secret")},
            {kMember, QStringLiteral("P [P ...]"),
             QStringLiteral("group: a user or application to add (name or id); may be repeated"), false, true, false,
             false, true},
    };
    options::addNewPassphrase(spec, false);
    for (OptionSpec &option : spec.options) {
        if (option.name == u"new-passphrase-file")
            option.help = QStringLiteral("user: the NEW user's passphrase, from FILE (one trailing newline is "
                                         "ignored)");
        else if (option.name == u"new-passphrase-stdin")
            option.help = QStringLiteral("user: the NEW user's passphrase, from standard input");
    }
    options::addKdf(spec);
    spec.required += {kName, kType};
    spec.examples = {
            QStringLiteral("coffer-cli principal create --vault team-kv.coffer --passphrase-file pass.txt --name "
                           "alice --type user --new-passphrase-file alice.txt"),
            QStringLiteral("coffer-cli principal create --vault team-kv.coffer --passphrase-file pass.txt --name ci "
                           "--type app > ci.json"),
            QStringLiteral("coffer-cli principal create --vault team-kv.coffer --passphrase-file pass.txt --name ops "
                           "--type group --member alice --member ci"),
    };
    spec.run = createPrincipal;
    return spec;
}

CommandSpec listSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("principal"), QStringLiteral("list")};
    spec.summary = QStringLiteral("List the users, applications and groups of a vault.");
    options::addUnlock(spec);
    spec.run = listPrincipals;
    return spec;
}

CommandSpec showSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("principal"), QStringLiteral("show")};
    spec.summary = QStringLiteral("Show a principal: its groups or members and its keyslots.");
    options::addUnlock(spec);
    addPrincipalOption(spec, QStringLiteral("the principal (name or id; default: the one you unlocked as)"), false);
    spec.run = showPrincipal;
    return spec;
}

CommandSpec deleteSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("principal"), QStringLiteral("delete")};
    spec.summary = QStringLiteral("Delete a principal with its keyslots, role assignments, policy and memberships.");
    spec.details = QStringLiteral("Its keyslots are removed, so its passphrase or client secret no longer unlocks. "
                                  "Refused when no one would be left able to manage access.");
    options::addUnlock(spec);
    addPrincipalOption(spec, QStringLiteral("the principal to delete (name or id)"));
    spec.run = deletePrincipal;
    return spec;
}

CommandSpec credentialAddSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("principal"), QStringLiteral("credential"), QStringLiteral("add")};
    spec.summary = QStringLiteral("Give an application another client secret, printed once.");
    spec.details = QStringLiteral("The application's other client secrets keep working until their keyslots are "
                                  "removed ('coffer-cli vault keyslot remove').");
    options::addUnlock(spec);
    addPrincipalOption(spec, QStringLiteral("the application (name or id)"));
    spec.run = addCredential;
    return spec;
}

CommandSpec memberSpec(bool add)
{
    CommandSpec spec;
    spec.path = {kGroup, kMember, add ? QStringLiteral("add") : QStringLiteral("remove")};
    spec.summary = add ? QStringLiteral("Add a user or application to a group.")
                       : QStringLiteral("Remove a user or application from a group.");
    options::addUnlock(spec);
    spec.options += {
            {kGroup, QStringLiteral("G"), QStringLiteral("the group (name or id)")},
            {kMember, QStringLiteral("P"), QStringLiteral("the user or application (name or id)")},
    };
    spec.required += {kGroup, kMember};
    spec.run = [add](CommandContext &ctx) { return changeMember(ctx, add); };
    return spec;
}

} // namespace

void registerPrincipalCommands(CommandRegistry &registry)
{
    registry.addGroup({kPrincipal}, QStringLiteral("Manage the users, applications and groups of a vault."));
    registry.add(createSpec());
    registry.add(listSpec());
    registry.add(showSpec());
    registry.add(deleteSpec());
    registry.addGroup({kPrincipal, QStringLiteral("credential")},
                      QStringLiteral("Manage an application's credentials."));
    registry.add(credentialAddSpec());
    registry.addGroup({kGroup}, QStringLiteral("Manage groups of users and applications."));
    registry.addGroup({kGroup, kMember}, QStringLiteral("Add members to a group or remove them."));
    registry.add(memberSpec(true));
    registry.add(memberSpec(false));
}

} // namespace coffer::cli
