#include "app/cli/KeyCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/CredentialReader.h"
#include "app/cli/KeyJson.h"
#include "app/cli/KeySupport.h"
#include "app/cli/ObjectJson.h"
#include "app/cli/SecretSupport.h"
#include "app/cli/SecretValueIo.h"
#include "app/cli/VaultAccess.h"
#include "core/crypto/KeyEncoding.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace coffer::cli {

namespace {

using namespace keycli;

const QString kKty = QStringLiteral("kty");
const QString kSize = QStringLiteral("size");
const QString kCurve = QStringLiteral("curve");
const QString kExportable = QStringLiteral("exportable");
const QString kTags = QStringLiteral("tags");
const QString kExpires = QStringLiteral("expires");
const QString kNotBefore = QStringLiteral("not-before");
const QString kDisabled = QStringLiteral("disabled");
const QString kEnabled = QStringLiteral("enabled");
const QString kPemFile = QStringLiteral("pem-file");
const QString kDerFile = QStringLiteral("der-file");
const QString kJwkFile = QStringLiteral("jwk-file");
const QString kPemPassword = QStringLiteral("pem-password");
const QString kPemPasswordFile = QStringLiteral("pem-password-file");
const QString kProtection = QStringLiteral("protection");
const QString kEncoding = QStringLiteral("encoding");
const QString kIncludePrivate = QStringLiteral("include-private");
const QString kOverwrite = QStringLiteral("overwrite");

const QString kUnlockExample = QStringLiteral("--vault team-kv.coffer --passphrase-file pass.txt");

QString example(const QString &words)
{
    return QStringLiteral("coffer-cli key ") + words.arg(kUnlockExample);
}

// --disabled, --expires, --not-before, --tags of a new version.
Outcome<NewVersionAttributes> newAttributes(const CommandContext &ctx)
{
    NewVersionAttributes attributes;
    attributes.enabled = !ctx.has(kDisabled);
    auto tags = secretcli::tagsOption(ctx);
    COFFER_CLI_CHECK(tags);
    attributes.tags = tags->value_or(Tags());
    auto expires = secretcli::dateOption(ctx, kExpires, false);
    COFFER_CLI_CHECK(expires);
    auto notBefore = secretcli::dateOption(ctx, kNotBefore, false);
    COFFER_CLI_CHECK(notBefore);
    attributes.expires = *expires;
    attributes.notBefore = *notBefore;
    COFFER_CLI_TRY(objects::validateDates(attributes.notBefore, attributes.expires));
    return attributes;
}

Outcome<std::pair<KeySpec, Protection>> specOption(const CommandContext &ctx)
{
    const auto kty = crypto::keyTypeFromName(ctx.value(kKty));
    if (!kty)
        return CliError::usage(QStringLiteral("--kty must be RSA, RSA-HSM, EC, EC-HSM, oct or oct-HSM, not '%1'")
                                       .arg(ctx.value(kKty)));
    KeySpec spec;
    switch (kty->first) {
    case KeyType::Ec: {
        if (ctx.has(kSize))
            return CliError::usage(QStringLiteral("EC keys take --curve (P-256, P-256K, P-384, P-521), not --size"));
        const QString curveText = ctx.has(kCurve) ? ctx.value(kCurve) : QStringLiteral("P-256");
        const auto curve = crypto::curveFromName(curveText);
        if (!curve)
            return CliError {ExitCode::Invalid,
                             QStringLiteral("--curve must be P-256, P-256K, P-384 or P-521, not '%1'").arg(curveText),
                             {}};
        spec = KeySpec::ec(*curve);
        break;
    }
    case KeyType::Rsa:
    case KeyType::Oct: {
        if (ctx.has(kCurve))
            return CliError::usage(QStringLiteral("--curve is for EC keys; %1 keys take --size").arg(ctx.value(kKty)));
        auto size = ctx.intValue(kSize, kty->first == KeyType::Rsa ? 2048 : 256);
        COFFER_CLI_CHECK(size);
        spec = kty->first == KeyType::Rsa ? KeySpec::rsa(*size) : KeySpec::oct(*size);
        break;
    }
    }
    COFFER_CLI_TRY(crypto::validateSpec(spec));
    return std::pair {spec, kty->second};
}

Outcome<CommandOutput> createKey(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto spec = specOption(ctx);
    COFFER_CLI_CHECK(spec);
    auto ops = opsOption(ctx);
    COFFER_CLI_CHECK(ops);
    auto attributes = newAttributes(ctx);
    COFFER_CLI_CHECK(attributes);
    KeyCreateRequest request;
    request.spec = spec->first;
    request.protection = spec->second;
    request.ops = *ops;
    request.exportable = ctx.has(kExportable);
    request.attributes = std::move(*attributes);

    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->keys().create(*name, request);
    if (!info)
        return failure(info.error(), *name);
    return bundleOutput(*info);
}

// The key file of --pem-file, --der-file or --jwk-file, checked against the option's format.
Outcome<SecureBytes> readKeyFile(const CommandContext &ctx)
{
    const QString option = ctx.has(kPemFile) ? kPemFile : ctx.has(kDerFile) ? kDerFile : kJwkFile;
    const QString path = ctx.value(option);
    auto bytes = readValueFile(path, crypto::keyencoding::kMaxKeyFileBytes);
    COFFER_CLI_CHECK(bytes);
    const QByteArrayView view = bytes->view().trimmed();
    if (view.isEmpty())
        return CliError {ExitCode::Invalid, QStringLiteral("the key file '%1' is empty").arg(path), {}};
    const bool json = view.startsWith('{');
    const bool pem = view.startsWith("-----BEGIN");
    if (option == kJwkFile && !json)
        return CliError {
                ExitCode::Invalid,
                QStringLiteral("the file '%1' given to --jwk-file is not a JSON web key (a JSON object)").arg(path),
                QStringLiteral("use --pem-file for PEM and --der-file for DER")};
    if (option == kDerFile && (pem || json))
        return CliError {ExitCode::Invalid,
                         QStringLiteral("the file '%1' given to --der-file is text (%2), not DER")
                                 .arg(path, pem ? QStringLiteral("PEM") : QStringLiteral("JSON")),
                         QStringLiteral("use --pem-file for PEM and --jwk-file for a JSON web key")};
    if (option == kPemFile && json)
        return CliError {ExitCode::Invalid,
                         QStringLiteral("the file '%1' given to --pem-file is JSON, not PEM").arg(path),
                         QStringLiteral("import a JSON web key with --jwk-file")};
    return std::move(*bytes);
}

Outcome<std::optional<SecureString>> pemPassword(CommandContext &ctx)
{
    if (ctx.has(kPemPasswordFile)) {
        auto password = readSecretFile(ctx.value(kPemPasswordFile), QStringLiteral("PEM password"));
        COFFER_CLI_CHECK(password);
        return std::optional<SecureString>(std::move(*password));
    }
    if (!ctx.has(kPemPassword))
        return std::optional<SecureString>();
    ctx.console().warning(QStringLiteral("a password given with --pem-password is visible to other local users "
                                         "(process list) and may stay in the shell history; prefer "
                                         "--pem-password-file"));
    SecureBytes password = ctx.takeSecret(kPemPassword);
    if (password.isEmpty())
        return CliError {ExitCode::Invalid, QStringLiteral("--pem-password is empty"), {}};
    return std::optional<SecureString>(SecureString(std::move(password)));
}

Outcome<CommandOutput> importKey(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    KeyImportRequest request;
    if (ctx.has(kProtection)) {
        const auto protection = crypto::protectionFromName(ctx.value(kProtection));
        if (!protection)
            return CliError::usage(
                    QStringLiteral("--protection must be software or hsm, not '%1'").arg(ctx.value(kProtection)));
        request.protection = *protection;
    }
    if ((ctx.has(kPemPassword) || ctx.has(kPemPasswordFile)) && !ctx.has(kPemFile) && !ctx.has(kDerFile))
        return CliError::usage(QStringLiteral("--pem-password and --pem-password-file are for an encrypted PEM or DER "
                                              "key file (--pem-file, --der-file)"));
    auto ops = opsOption(ctx);
    COFFER_CLI_CHECK(ops);
    request.ops = *ops;
    request.exportable = ctx.has(kExportable);
    auto attributes = newAttributes(ctx);
    COFFER_CLI_CHECK(attributes);
    request.attributes = std::move(*attributes);
    auto data = readKeyFile(ctx);
    COFFER_CLI_CHECK(data);
    request.data = std::move(*data);
    auto password = pemPassword(ctx);
    COFFER_CLI_CHECK(password);
    request.password = std::move(*password);

    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->keys().importKey(*name, request);
    if (!info) {
        CliError error = failure(info.error(), *name);
        if (info.error().code() == ErrorCode::WrongCredential && !info.error().context().contains(u"PIN"))
            error.hint = QStringLiteral("give the PEM's password with --pem-password-file FILE");
        return error;
    }
    return bundleOutput(*info);
}

Outcome<CommandOutput> showKey(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->keys().show(*name, ctx.value(kVersion));
    if (!info)
        return failure(info.error(), *name);
    return bundleOutput(*info);
}

Outcome<CommandOutput> listKeys(CommandContext &ctx)
{
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto infos = (*vault)->keys().list();
    COFFER_CLI_CHECK(infos);
    return objectjson::listOutput(*infos, keyjson::item, keyjson::itemColumns());
}

Outcome<CommandOutput> listVersions(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto infos = (*vault)->keys().listVersions(*name);
    if (!infos)
        return failure(infos.error(), *name);
    return objectjson::listOutput(*infos, keyjson::versionItem, keyjson::versionColumns());
}

Outcome<CommandOutput> setAttributes(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    KeyUpdate update;
    if (ctx.has(kEnabled)) {
        auto enabled = ctx.boolValue(kEnabled, true);
        COFFER_CLI_CHECK(enabled);
        update.attributes.enabled = *enabled;
    }
    if (ctx.has(kExpires)) {
        auto expires = secretcli::dateOption(ctx, kExpires, true);
        COFFER_CLI_CHECK(expires);
        update.attributes.expires = *expires;
    }
    if (ctx.has(kNotBefore)) {
        auto notBefore = secretcli::dateOption(ctx, kNotBefore, true);
        COFFER_CLI_CHECK(notBefore);
        update.attributes.notBefore = *notBefore;
    }
    auto tags = secretcli::tagsOption(ctx);
    COFFER_CLI_CHECK(tags);
    update.attributes.tags = *tags;
    auto ops = opsOption(ctx);
    COFFER_CLI_CHECK(ops);
    update.ops = *ops;
    const AttributeUpdate &a = update.attributes;
    if (!a.enabled && !a.expires && !a.notBefore && !a.tags && !update.ops)
        return CliError::usage(QStringLiteral("nothing to change: give --enabled, --expires, --not-before, --tags or "
                                              "--ops"),
                               QStringLiteral("run 'coffer-cli key set-attributes --help' to see the options"));
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->keys().update(*name, ctx.value(kVersion), update);
    if (!info)
        return failure(info.error(), *name);
    return bundleOutput(*info);
}

Outcome<CommandOutput> downloadKey(CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    const QString encodingText = ctx.has(kEncoding) ? ctx.value(kEncoding).toUpper() : QStringLiteral("PEM");
    PublicFormat format = PublicFormat::Pem;
    if (encodingText == u"DER")
        format = PublicFormat::Der;
    else if (encodingText == u"JWK")
        format = PublicFormat::Jwk;
    else if (encodingText != u"PEM")
        return CliError::usage(
                QStringLiteral("--encoding must be PEM, DER or JWK, not '%1'").arg(ctx.value(kEncoding)));
    const bool includePrivate = ctx.has(kIncludePrivate);
    if (includePrivate && format != PublicFormat::Pem)
        return CliError::usage(QStringLiteral("--include-private writes PKCS#8 PEM (RSA, EC) or the raw key bytes "
                                              "(oct); leave out --encoding or pass PEM"));
    const QString path = ctx.value(kFile);
    const bool overwrite = ctx.has(kOverwrite);
    if (!overwrite && QFileInfo::exists(path)) // checked again when the file is made; this spares the unlock
        return CliError {ExitCode::Conflict,
                         QStringLiteral("the file '%1' already exists; it is not overwritten").arg(path),
                         QStringLiteral("pass --overwrite to replace it, or choose another file name")};
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    KeyStore &keys = (*vault)->keys();
    const QString version = ctx.value(kVersion);
    if (includePrivate) {
        auto material = keys.exportPrivate(*name, version);
        if (!material)
            return failure(material.error(), *name);
        COFFER_CLI_TRY(writeNewFile(path, material->view(), overwrite, QStringLiteral("private key file")));
        ctx.console().warning(QStringLiteral("'%1' holds the key's private part, unencrypted (file mode 0600): keep "
                                             "it safe and delete it when done")
                                      .arg(path));
        return CommandOutput {};
    }
    QByteArray bytes;
    if (format == PublicFormat::Jwk) {
        auto jwk = keys.publicJwk(*name, version);
        if (!jwk)
            return failure(jwk.error(), *name);
        bytes = QJsonDocument(*jwk).toJson(QJsonDocument::Indented);
    } else {
        auto exported = keys.exportPublic(*name, version, format);
        if (!exported) {
            CliError error = failure(exported.error(), *name);
            if (exported.error().code() == ErrorCode::InvalidArgument)
                error.hint = QStringLiteral("an oct (AES) key has no public half; --encoding JWK gives its kid, kty "
                                            "and key_ops");
            return error;
        }
        bytes = std::move(*exported);
    }
    COFFER_CLI_TRY(writeNewFile(path, bytes, overwrite, QStringLiteral("public key file")));
    return CommandOutput {};
}

void addNewVersionOptions(CommandSpec &spec)
{
    spec.options += {
            {kOps, QStringLiteral("OP [OP ...]"),
             QStringLiteral("permitted operations, space or comma separated: encrypt decrypt sign verify wrapKey "
                            "unwrapKey (default: all the key type supports)"),
             false, true},
            {kExportable, {}, QStringLiteral("software keys: the private part may be downloaded later")},
            {kExpires, QStringLiteral("ISO"),
             QStringLiteral("expiry date-time, e.g. 2027-01-31T12:00:00Z (after it: no sign, encrypt or wrap)")},
            {kNotBefore, QStringLiteral("ISO"),
             QStringLiteral("not-before date-time (before it: no sign, encrypt or "
                            "wrap)")},
            {kTags, QStringLiteral("k=v [k=v ...]"),
             QStringLiteral("space-separated tags (up to 15, names and values up to 256 characters)"), false, true},
            {kDisabled, {}, QStringLiteral("create the version disabled")},
    };
}

CommandSpec createSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("key"), QStringLiteral("create")};
    spec.summary = QStringLiteral("Create a key, or a new version of one, with new key material.");
    spec.details = QStringLiteral(
            "RSA 2048/3072/4096, EC P-256/P-256K/P-384/P-521 or oct (AES) 128/192/256. A -HSM type is generated on "
            "the vault's PKCS#11 token (bind one with 'vault hsm bind'); its private part never leaves the token. "
            "Software keys are kept in the encrypted vault database. The output is the key bundle with the public "
            "key (never the private part).");
    addUnlockWithToken(spec);
    addName(spec);
    spec.options += {
            {kKty, QStringLiteral("RSA|RSA-HSM|EC|EC-HSM|oct|oct-HSM"), QStringLiteral("the key type")},
            {kSize, QStringLiteral("BITS"),
             QStringLiteral("RSA: 2048 (default), 3072, 4096; oct: 128, 192, 256 "
                            "(default)")},
            {kCurve, QStringLiteral("CURVE"), QStringLiteral("EC: P-256 (default), P-256K, P-384, P-521")},
    };
    spec.required.append(kKty);
    addNewVersionOptions(spec);
    spec.examples = {
            example(QStringLiteral("create %1 --name signing --kty EC --curve P-256 --ops sign verify")),
            example(QStringLiteral("create %1 --name data-kek --kty RSA-HSM --size 3072 --hsm-pin-file pin.txt "
                                   "--expires 2027-01-31T00:00:00Z")),
    };
    spec.run = createKey;
    return spec;
}

CommandSpec importSpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("key"), QStringLiteral("import")};
    spec.summary = QStringLiteral("Import a private key made elsewhere (PEM, encrypted PKCS#8, DER or JWK).");
    spec.details = QStringLiteral(
            "PEM: PRIVATE KEY, ENCRYPTED PRIVATE KEY (give its password), RSA PRIVATE KEY or EC PRIVATE KEY; DER: "
            "PKCS#8 or traditional; JWK: a JSON web key with its private members (RSA n,e,d,p,q,dp,dq,qi; EC "
            "crv,x,y,d; oct k), whose key_ops are kept unless --ops is given. --protection hsm puts the key onto "
            "the vault's token where the token allows it.");
    addUnlockWithToken(spec);
    addName(spec);
    spec.options += {
            {kPemFile, QStringLiteral("FILE"), QStringLiteral("the key as PEM")},
            {kDerFile, QStringLiteral("FILE"), QStringLiteral("the key as DER")},
            {kJwkFile, QStringLiteral("FILE"), QStringLiteral("the key as a JSON web key")},
            {kPemPassword, QStringLiteral("P"),
             QStringLiteral("the password of an encrypted key (visible to other local users: prefer "
                            "--pem-password-file)"),
             false, false, false, true},
            {kPemPasswordFile, QStringLiteral("FILE"), QStringLiteral("the password of an encrypted key, from FILE")},
            {kProtection, QStringLiteral("software|hsm"), QStringLiteral("where the key is kept (default software)")},
    };
    spec.groups.append({{kPemFile, kDerFile, kJwkFile}, true});
    spec.groups.append({{kPemPassword, kPemPasswordFile}, false});
    addNewVersionOptions(spec);
    spec.examples = {
            example(QStringLiteral("import %1 --name legacy-rsa --pem-file key.pem --pem-password-file pw.txt")),
            example(QStringLiteral("import %1 --name from-jwk --jwk-file key.jwk --protection hsm "
                                   "--hsm-pin-file pin.txt")),
    };
    spec.run = importKey;
    return spec;
}

CommandSpec simpleSpec(const QString &command, const QString &summary, bool withName, bool version, CommandHandler run)
{
    const NameOption name = !withName ? NameOption::None : version ? NameOption::NameAndVersion : NameOption::Name;
    return commandSpec({command}, summary, std::move(run), name);
}

CommandSpec setAttributesSpec()
{
    CommandSpec spec = simpleSpec(QStringLiteral("set-attributes"),
                                  QStringLiteral("Change the attributes or permitted operations of a key version (the "
                                                 "current one by default)."),
                                  true, true, setAttributes);
    spec.details = QStringLiteral("HSM keys can only narrow --ops: the token's usage attributes are fixed when the "
                                  "key is made.");
    spec.options += {
            {kEnabled, QStringLiteral("true|false"), QStringLiteral("enable or disable the version")},
            {kOps, QStringLiteral("OP [OP ...]"),
             QStringLiteral("replace the permitted operations (space or comma separated)"), false, true},
            {kExpires, QStringLiteral("ISO"), QStringLiteral("expiry date-time; \"\" removes it"), false, false, true},
            {kNotBefore, QStringLiteral("ISO"), QStringLiteral("not-before date-time; \"\" removes it"), false, false,
             true},
            {kTags, QStringLiteral("k=v [k=v ...]"),
             QStringLiteral("replace the tags (up to 15; \"\" removes them "
                            "all)"),
             false, true},
    };
    spec.examples = {example(QStringLiteral("set-attributes %1 --name signing --enabled false")),
                     example(QStringLiteral("set-attributes %1 --name signing --ops verify"))};
    return spec;
}

CommandSpec downloadSpec()
{
    CommandSpec spec = simpleSpec(QStringLiteral("download"),
                                  QStringLiteral("Write a key's public part (or, with --include-private, an exportable "
                                                 "software key's private part) to a new file."),
                                  true, true, downloadKey);
    spec.details = QStringLiteral(
            "PEM and DER hold the SubjectPublicKeyInfo, as 'openssl pkey -pubin' reads it; JWK holds Azure's JWK "
            "fields. --include-private writes an unencrypted PKCS#8 PEM (RSA, EC) or the raw AES bytes (oct) of a "
            "key created or imported with --exportable; never for HSM keys. Files are made with mode 0600 and "
            "never overwritten without --overwrite.");
    spec.options += {
            {kFile, QStringLiteral("FILE"), QStringLiteral("the file to create")},
            {kEncoding, QStringLiteral("PEM|DER|JWK"), QStringLiteral("the file's format (default PEM)")},
            {kIncludePrivate, {}, QStringLiteral("write the private part (exportable software keys only)")},
            {kOverwrite, {}, QStringLiteral("replace FILE when it exists")},
    };
    spec.required.append(kFile);
    spec.examples = {example(QStringLiteral("download %1 --name signing --file signing.pub.pem")),
                     example(QStringLiteral("download %1 --name signing --file signing.jwk --encoding JWK"))};
    return spec;
}

} // namespace

void registerKeyCommands(CommandRegistry &registry)
{
    registry.addGroup({QStringLiteral("key")},
                      QStringLiteral("Manage keys (RSA, EC, AES; software or HSM) and use them to sign, verify, "
                                     "encrypt, decrypt, wrap and unwrap."));
    registry.add(createSpec());
    registry.add(importSpec());
    CommandSpec show = simpleSpec(QStringLiteral("show"), QStringLiteral("Show a key version with its public key."),
                                  true, true, showKey);
    show.details = QStringLiteral(
            "Prints Azure's KeyBundle: \"key\" (the public JWK: kid, kty, key_ops, n and e or crv, x and y; never a "
            "private member), \"attributes\" (enabled, nbf, exp, created, updated, recoveryLevel, recoverableDays, "
            "exportable), \"tags\" and \"managed\". \"coffer\" is Coffer's extension: kty, protection (software or "
            "hsm), keySize in bits, and for HSM keys \"hsm\": tokenSerial, objectId (CKA_ID, hex) and local (made on "
            "the token rather than imported).");
    registry.add(std::move(show));
    registry.add(simpleSpec(QStringLiteral("list"),
                            QStringLiteral("List the keys (attributes of the current versions)."), false, false,
                            listKeys));
    registry.add(simpleSpec(QStringLiteral("list-versions"),
                            QStringLiteral("List the versions of a key, oldest first."), true, false, listVersions));
    registry.add(setAttributesSpec());
    registry.add(downloadSpec());
}

} // namespace coffer::cli
