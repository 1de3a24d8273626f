#include "app/cli/SecretCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ObjectJson.h"
#include "app/cli/SecretSupport.h"
#include "app/cli/SecretValueIo.h"
#include "app/cli/Utf8.h"
#include "app/cli/VaultAccess.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"

#include <QFileInfo>

namespace coffer::cli {

namespace {

using namespace secretcli;

const QString kValue = QStringLiteral("value");
const QString kValueStdin = QStringLiteral("value-stdin");
const QString kEncoding = QStringLiteral("encoding");
const QString kContentType = QStringLiteral("content-type");
const QString kTags = QStringLiteral("tags");
const QString kExpires = QStringLiteral("expires");
const QString kNotBefore = QStringLiteral("not-before");
const QString kDisabled = QStringLiteral("disabled");
const QString kEnabled = QStringLiteral("enabled");

Outcome<ValueEncoding> encodingOption(const CommandContext &ctx, ValueEncoding fallback)
{
    if (!ctx.has(kEncoding))
        return fallback;
    const auto encoding = encodingFromName(ctx.value(kEncoding));
    if (!encoding)
        return CliError::usage(
                QStringLiteral("--encoding must be utf-8, base64 or hex, not '%1'").arg(ctx.value(kEncoding)));
    return *encoding;
}

CliError emptyValue(const QString &source)
{
    return CliError {ExitCode::Invalid, QStringLiteral("%1 is empty; a secret value cannot be empty").arg(source), {}};
}

// The new value from --value, --file or --value-stdin, and the encoding a file was read with.
Outcome<SecureBytes> readNewValue(CommandContext &ctx, const QString &name, NewVersionAttributes &attributes)
{
    const qsizetype max = ObjectLimits::kMaxSecretValueBytes;
    if (ctx.has(kFile)) {
        auto encoding = encodingOption(ctx, ValueEncoding::Utf8);
        COFFER_CLI_CHECK(encoding);
        const QString path = ctx.value(kFile);
        auto bytes = readValueFile(path, max);
        COFFER_CLI_CHECK(bytes);
        const QString source = QStringLiteral("the value file '%1'").arg(path);
        if (bytes->isEmpty())
            return emptyValue(source);
        auto value = encodeValue(*bytes, *encoding, source);
        COFFER_CLI_CHECK(value);
        // As az does: the encoding is kept in a tag so that `secret download` decodes the value again.
        attributes.tags.insert(kFileEncodingTag, encodingName(*encoding));
        COFFER_CLI_TRY(objects::validateTags(attributes.tags));
        return std::move(*value);
    }
    if (ctx.has(kEncoding))
        return CliError::usage(QStringLiteral("--encoding is only for --file"));
    if (ctx.has(kValueStdin)) {
        auto value = readValueStdin(max);
        COFFER_CLI_CHECK(value);
        if (value->isEmpty())
            return emptyValue(QStringLiteral("the value read from standard input"));
        return std::move(*value);
    }
    ctx.console().warning(QStringLiteral("a value given with --value is visible to other local users (process list) "
                                         "and may stay in the shell history; prefer --file or --value-stdin"));
    SecureBytes value = ctx.takeSecret(kValue);
    if (value.isEmpty())
        return emptyValue(QStringLiteral("the value given with --value"));
    if (!utf8::isValid(value.view()))
        return CliError {ExitCode::Invalid, QStringLiteral("the value of secret '%1' is not UTF-8 text").arg(name), {}};
    return value;
}

Outcome<CommandOutput> setSecret(CommandContext &ctx)
{
    auto name = secretcli::name(ctx);
    COFFER_CLI_CHECK(name);
    NewVersionAttributes attributes;
    attributes.enabled = !ctx.has(kDisabled);
    attributes.contentType = ctx.value(kContentType);
    COFFER_CLI_TRY(objects::validateContentType(attributes.contentType));
    auto tags = tagsOption(ctx);
    COFFER_CLI_CHECK(tags);
    attributes.tags = tags->value_or(Tags());
    auto expires = dateOption(ctx, kExpires, false);
    COFFER_CLI_CHECK(expires);
    auto notBefore = dateOption(ctx, kNotBefore, false);
    COFFER_CLI_CHECK(notBefore);
    attributes.expires = *expires;
    attributes.notBefore = *notBefore;
    COFFER_CLI_TRY(objects::validateDates(attributes.notBefore, attributes.expires));

    auto value = readNewValue(ctx, *name, attributes);
    COFFER_CLI_CHECK(value);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->secrets().set(*name, *value, attributes);
    if (!info)
        return failure(info.error(), *name);
    return bundleOutput(*info);
}

Outcome<CommandOutput> showSecret(CommandContext &ctx)
{
    auto name = secretcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto bundle = (*vault)->secrets().get(*name, ctx.value(kVersion));
    if (!bundle)
        return failure(bundle.error(), *name);
    if (!utf8::isValid(bundle->value.view()))
        ctx.console().note(QStringLiteral("the value is not UTF-8 text; bytes that are not are shown as U+FFFD. "
                                          "'coffer-cli secret download' writes the exact bytes to a file."));
    CommandOutput out = bundleOutput(bundle->info);
    out.columns.append({QStringLiteral("Value"), kValue});
    out.secrets.push_back({kValue, SecureString(std::move(bundle->value))});
    return out;
}

Outcome<CommandOutput> listSecrets(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto infos = (*vault)->secrets().list();
    COFFER_CLI_CHECK(infos);
    return objectjson::listOutput(*infos, objectjson::item, objectjson::itemColumns());
}

Outcome<CommandOutput> listVersions(CommandContext &ctx)
{
    auto name = secretcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto infos = (*vault)->secrets().listVersions(*name);
    if (!infos)
        return failure(infos.error(), *name);
    return objectjson::listOutput(*infos, objectjson::versionItem, objectjson::versionColumns());
}

Outcome<CommandOutput> setAttributes(CommandContext &ctx)
{
    auto name = secretcli::name(ctx);
    COFFER_CLI_CHECK(name);
    AttributeUpdate update;
    if (ctx.has(kEnabled)) {
        auto enabled = ctx.boolValue(kEnabled, true);
        COFFER_CLI_CHECK(enabled);
        update.enabled = *enabled;
    }
    if (ctx.has(kExpires)) {
        auto expires = dateOption(ctx, kExpires, true);
        COFFER_CLI_CHECK(expires);
        update.expires = *expires;
    }
    if (ctx.has(kNotBefore)) {
        auto notBefore = dateOption(ctx, kNotBefore, true);
        COFFER_CLI_CHECK(notBefore);
        update.notBefore = *notBefore;
    }
    if (ctx.has(kContentType)) {
        update.contentType = ctx.value(kContentType);
        COFFER_CLI_TRY(objects::validateContentType(*update.contentType));
    }
    auto tags = tagsOption(ctx);
    COFFER_CLI_CHECK(tags);
    update.tags = *tags;
    if (!update.enabled && !update.expires && !update.notBefore && !update.contentType && !update.tags)
        return CliError::usage(QStringLiteral("nothing to change: give --enabled, --expires, --not-before, "
                                              "--content-type or --tags"),
                               QStringLiteral("run 'coffer-cli secret set-attributes --help' to see the options"));
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->secrets().updateAttributes(*name, ctx.value(kVersion), update);
    if (!info)
        return failure(info.error(), *name);
    return bundleOutput(*info);
}

Outcome<CommandOutput> downloadSecret(CommandContext &ctx)
{
    auto name = secretcli::name(ctx);
    COFFER_CLI_CHECK(name);
    const QString path = ctx.value(kFile);
    if (QFileInfo::exists(path)) // checked again when the file is made; this spares the unlock
        return CliError {ExitCode::Conflict,
                         QStringLiteral("the file '%1' already exists; it is not overwritten").arg(path),
                         QStringLiteral("choose another file name or remove the file first")};
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto bundle = (*vault)->secrets().get(*name, ctx.value(kVersion));
    if (!bundle)
        return failure(bundle.error(), *name);
    auto tagged = encodingFromName(bundle->info.tags.value(kFileEncodingTag));
    auto encoding = encodingOption(ctx, tagged.value_or(ValueEncoding::Utf8));
    COFFER_CLI_CHECK(encoding);
    auto bytes = decodeValue(bundle->value, *encoding, bundle->info.name);
    COFFER_CLI_CHECK(bytes);
    COFFER_CLI_TRY(writeNewFile(path, bytes->view(), false, QStringLiteral("secret file")));
    // A certificate's secret holds its PFX as base64 text: as az does, only --encoding base64 writes the binary.
    if (!ctx.has(kEncoding) && !tagged && bundle->info.contentType == u"application/x-pkcs12")
        ctx.console().note(QStringLiteral("'%1' holds the PFX as base64 text (as stored); pass --encoding base64 to "
                                          "write the binary PFX file")
                                   .arg(path));
    return CommandOutput {};
}

void addDateOptions(CommandSpec &spec, bool clearable)
{
    const QString clear = clearable ? QStringLiteral("; \"\" removes it") : QString();
    spec.options += {
            {kExpires, QStringLiteral("ISO"),
             QStringLiteral("expiry date-time, e.g. 2027-01-31T12:00:00Z (informational for secrets)") + clear, false,
             false, clearable},
            {kNotBefore, QStringLiteral("ISO"),
             QStringLiteral("not-before date-time (informational for secrets)") + clear, false, false, clearable},
    };
}

void addMetadataOptions(CommandSpec &spec, bool update)
{
    spec.options += {
            {kContentType, QStringLiteral("T"),
             QStringLiteral("a content type hint such as text/plain (255 "
                            "characters at most)"),
             false, false, update},
            {kTags, QStringLiteral("k=v [k=v ...]"),
             update ? QStringLiteral("replace the tags (up to 15; \"\" removes them all)")
                    : QStringLiteral("space-separated tags (up to 15, names and values up to 256 characters)"),
             false, true},
    };
}

CommandSpec setSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("secret"), QStringLiteral("set")};
    spec.summary = QStringLiteral("Create a secret, or add a new version that becomes current.");
    spec.details = QStringLiteral(
            "The value comes from --value, --file or standard input (--value-stdin, one trailing newline removed). "
            "--file with --encoding base64 or hex stores the file's bytes as base64 or hex text, and records the "
            "encoding in the tag file-encoding so that 'secret download' writes the original bytes back. Values "
            "may be up to 10 MiB. The value is never printed.");
    options::addUnlock(spec);
    addName(spec);
    spec.options += {
            {kValue, QStringLiteral("V"),
             QStringLiteral("the value (visible to other local users: prefer --file or --value-stdin)"), false, false,
             true, true},
            {kFile, QStringLiteral("FILE"), QStringLiteral("read the value from FILE")},
            {kEncoding, QStringLiteral("utf-8|base64|hex"), QStringLiteral("how to store --file (default utf-8)")},
            {kValueStdin, {}, QStringLiteral("read the value from standard input"), true},
    };
    addMetadataOptions(spec, false);
    addDateOptions(spec, false);
    spec.options.append({kDisabled, {}, QStringLiteral("create the version disabled")});
    spec.groups.append({{kValue, kFile, kValueStdin}, true});
    spec.examples = {QStringLiteral("coffer-cli secret set --vault team-kv.coffer --passphrase-file pass.txt --name "
                                    "db-password --file pw.txt --tags env=prod owner=ops"),
                     QStringLiteral("coffer-cli secret set --vault team-kv.coffer --passphrase-file pass.txt --name "
                                    "tls-key --file key.der --encoding base64")};
    spec.run = setSecret;
    return spec;
}

CommandSpec showSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("secret"), QStringLiteral("show")};
    spec.summary = QStringLiteral("Show a secret version with its value (refused when the version is disabled).");
    options::addUnlock(spec);
    addName(spec, true);
    spec.run = showSecret;
    return spec;
}

CommandSpec listSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("secret"), QStringLiteral("list")};
    spec.summary = QStringLiteral("List the secrets (attributes of the current versions, never values).");
    options::addUnlock(spec);
    spec.run = listSecrets;
    return spec;
}

CommandSpec listVersionsSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("secret"), QStringLiteral("list-versions")};
    spec.summary = QStringLiteral("List the versions of a secret, oldest first (never values).");
    options::addUnlock(spec);
    addName(spec);
    spec.run = listVersions;
    return spec;
}

CommandSpec setAttributesSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("secret"), QStringLiteral("set-attributes")};
    spec.summary = QStringLiteral("Change the attributes of a secret version (the current one by default).");
    options::addUnlock(spec);
    addName(spec, true);
    spec.options.append({kEnabled, QStringLiteral("true|false"), QStringLiteral("enable or disable the version")});
    addMetadataOptions(spec, true);
    addDateOptions(spec, true);
    spec.examples = {QStringLiteral("coffer-cli secret set-attributes --vault team-kv.coffer --passphrase-file "
                                    "pass.txt --name db-password --enabled false"),
                     QStringLiteral("coffer-cli secret set-attributes --vault team-kv.coffer --passphrase-file "
                                    "pass.txt --name db-password --expires \"\"")};
    spec.run = setAttributes;
    return spec;
}

CommandSpec downloadSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("secret"), QStringLiteral("download")};
    spec.summary = QStringLiteral("Write a secret's value to a new file (mode 0600; never overwrites).");
    spec.details = QStringLiteral(
            "Without --encoding, the encoding recorded by 'secret set --file' (tag file-encoding) is used, else utf-8 "
            "(the value as stored). The secret of a certificate (contentType application/x-pkcs12) holds its PFX as "
            "base64 text, with a blank password and the private key only when the certificate is exportable: "
            "--encoding base64 writes the binary PFX, as az does; a PEM certificate (application/x-pem-file) is "
            "written as it is.");
    spec.examples = {QStringLiteral("coffer-cli secret download --vault team-kv.coffer --passphrase-file pass.txt "
                                    "--name db-password --file pw.txt"),
                     QStringLiteral("coffer-cli secret download --vault team-kv.coffer --passphrase-file pass.txt "
                                    "--name www-example --file www.pfx --encoding base64")};
    options::addUnlock(spec);
    addName(spec, true);
    spec.options += {
            {kFile, QStringLiteral("FILE"), QStringLiteral("the file to create")},
            {kEncoding, QStringLiteral("utf-8|base64|hex"),
             QStringLiteral("decode a base64 or hex value into bytes, or write it as stored (utf-8)")},
    };
    spec.required.append(kFile);
    spec.run = downloadSecret;
    return spec;
}

} // namespace

void registerSecretCommands(CommandRegistry &registry)
{
    registry.addGroup({QStringLiteral("secret")}, QStringLiteral("Manage secrets: values kept encrypted in a vault."));
    registry.add(setSpec());
    registry.add(showSpec());
    registry.add(listSpec());
    registry.add(listVersionsSpec());
    registry.add(setAttributesSpec());
    registry.add(downloadSpec());
}

} // namespace coffer::cli
