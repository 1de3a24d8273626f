#include "app/cli/CertificateCommands.h"

#include "app/cli/CertificateJson.h"
#include "app/cli/CertificateSupport.h"
#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ObjectJson.h"
#include "app/cli/SecretValueIo.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coffer::cli {

namespace {

using namespace certcli;

const QString kProtection = QStringLiteral("protection");
const QString kExportable = QStringLiteral("exportable");
const QString kDryRun = QStringLiteral("dry-run");
const QString kScaffold = QStringLiteral("scaffold");
const QString kIncludePending = QStringLiteral("include-pending");
const QString kEnabled = QStringLiteral("enabled");
const QString kEncoding = QStringLiteral("encoding");
const QString kFormat = QStringLiteral("format");
const QString kCompatible = QStringLiteral("compatible");
const QString kWithoutKey = QStringLiteral("without-key");

CliError fileExists(const QString &path)
{
    return CliError {ExitCode::Conflict,
                     QStringLiteral("the file '%1' already exists; it is not overwritten").arg(path),
                     QStringLiteral("choose another file name or remove the file first")};
}

Outcome<CommandOutput> importCertificate(CommandContext &ctx)
{
    auto name = certcli::name(ctx);
    COFFER_CLI_CHECK(name);
    const bool dryRun = ctx.has(kDryRun);
    CertificateImportRequest request;
    if (ctx.has(kProtection)) {
        const auto protection = crypto::protectionFromName(ctx.value(kProtection));
        if (!protection)
            return CliError::usage(
                    QStringLiteral("--protection must be software or hsm, not '%1'").arg(ctx.value(kProtection)));
        request.protection = *protection;
    }
    if (ctx.has(kExportable))
        request.exportable = true;
    if (ctx.has(kPolicy)) {
        // Only the fields the JSON names replace those read from the certificate.
        auto policy = policyJsonOption(ctx);
        COFFER_CLI_CHECK(policy);
        request.policyJson = std::move(*policy);
    }
    auto attributes = newAttributes(ctx);
    COFFER_CLI_CHECK(attributes);
    request.attributes = std::move(*attributes);
    auto data = readCertificateFile(ctx.value(kFile));
    COFFER_CLI_CHECK(data);
    request.data = std::move(*data);
    auto password = passwordOption(ctx, QStringLiteral("certificate file password"));
    COFFER_CLI_CHECK(password);
    request.password = std::move(*password);

    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    CertificateStore &store = (*vault)->certificates();
    if (dryRun) {
        auto parsed = store.inspect(request.data.view(), request.password ? &*request.password : nullptr);
        if (!parsed)
            return failure(parsed.error(), *name);
        printWarnings(ctx, parsed->warnings);
        ctx.console().note(QStringLiteral("dry run: nothing was stored"));
        CommandOutput out;
        out.value = certjson::parsedFile(*parsed);
        return out;
    }
    auto imported = store.importCertificate(*name, request);
    if (!imported)
        return failure(imported.error(), *name);
    printWarnings(ctx, imported->warnings);
    return bundleWithPolicy(**vault, imported->certificate);
}

Outcome<CommandOutput> createOutput(Vault &vault, const CertificateStore::CreateResult &created)
{
    if (const auto *operation = std::get_if<CertificateOperationInfo>(&created))
        return operationOutput(*operation);
    return bundleWithPolicy(vault, std::get<CertificateInfo>(created));
}

Outcome<CommandOutput> createCertificate(CommandContext &ctx)
{
    auto name = certcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto policy = policyOption(ctx);
    COFFER_CLI_CHECK(policy);
    auto attributes = newAttributes(ctx);
    COFFER_CLI_CHECK(attributes);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto created = (*vault)->certificates().create(*name, *policy, *attributes);
    if (!created)
        return failure(created.error(), *name);
    if (std::holds_alternative<CertificateOperationInfo>(*created))
        ctx.console().note(QStringLiteral("the certificate signing request is pending: write it with 'coffer-cli "
                                          "certificate pending show --name %1 --csr-file request.csr', have it "
                                          "signed, then 'coffer-cli certificate pending merge --name %1 --file "
                                          "signed.pem'")
                                   .arg(*name));
    return createOutput(**vault, *created);
}

Outcome<CommandOutput> defaultPolicy(CommandContext &ctx)
{
    CommandOutput out;
    out.value = CertificatePolicy::defaultPolicy(ctx.has(kScaffold)).toJson();
    return out;
}

Outcome<CommandOutput> showCertificate(CommandContext &ctx)
{
    auto name = certcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto info = (*vault)->certificates().show(*name, ctx.value(kVersion));
    if (!info)
        return failure(info.error(), *name);
    return bundleWithPolicy(**vault, *info);
}

Outcome<CommandOutput> listCertificates(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    CertificateStore &store = (*vault)->certificates();
    auto infos = store.list();
    COFFER_CLI_CHECK(infos);
    CommandOutput out = objectjson::listOutput(*infos, certjson::item, certjson::itemColumns());
    if (ctx.has(kIncludePending)) {
        auto pending = store.listPending();
        COFFER_CLI_CHECK(pending);
        QJsonArray items = out.value.toArray();
        for (const CertificateOperationInfo &operation : *pending)
            items.append(certjson::pendingItem(operation));
        out.value = items;
    }
    return out;
}

Outcome<CommandOutput> listVersions(CommandContext &ctx)
{
    auto name = certcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto infos = (*vault)->certificates().listVersions(*name);
    if (!infos)
        return failure(infos.error(), *name);
    return objectjson::listOutput(*infos, certjson::versionItem, certjson::versionColumns());
}

Outcome<CommandOutput> setAttributes(CommandContext &ctx)
{
    auto name = certcli::name(ctx);
    COFFER_CLI_CHECK(name);
    AttributeUpdate update;
    if (ctx.has(kEnabled)) {
        auto enabled = ctx.boolValue(kEnabled, true);
        COFFER_CLI_CHECK(enabled);
        update.enabled = *enabled;
    }
    auto tags = tagsOption(ctx);
    COFFER_CLI_CHECK(tags);
    update.tags = *tags;
    std::optional<CertificatePolicy> policy;
    if (ctx.has(kPolicy)) {
        auto parsed = policyOption(ctx);
        COFFER_CLI_CHECK(parsed);
        policy = std::move(*parsed);
    }
    if (!update.enabled && !update.tags && !policy)
        return CliError::usage(QStringLiteral("nothing to change: give --enabled, --tags or --policy"),
                               QStringLiteral("run 'coffer-cli certificate set-attributes --help' to see the options"));
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    CertificateStore &store = (*vault)->certificates();
    std::optional<CertificatePolicy> stored;
    if (policy) {
        auto updated = store.updatePolicy(*name, *policy);
        if (!updated)
            return failure(updated.error(), *name);
        stored = std::move(*updated);
    }
    auto info = update.enabled || update.tags ? store.update(*name, ctx.value(kVersion), update)
                                              : store.show(*name, ctx.value(kVersion));
    if (!info)
        return failure(info.error(), *name);
    if (stored)
        return bundleOutput(*info, stored);
    return bundleWithPolicy(**vault, *info);
}

Outcome<CommandOutput> downloadCertificate(CommandContext &ctx)
{
    auto name = certcli::name(ctx);
    COFFER_CLI_CHECK(name);
    const QString encoding = ctx.has(kEncoding) ? ctx.value(kEncoding).toUpper() : QStringLiteral("PEM");
    if (encoding != u"PEM" && encoding != u"DER")
        return CliError::usage(QStringLiteral("--encoding must be PEM or DER, not '%1'").arg(ctx.value(kEncoding)));
    const QString path = ctx.value(kFile);
    if (QFileInfo::exists(path)) // checked again when the file is made; this spares the unlock
        return fileExists(path);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto bytes = (*vault)->certificates().downloadPublic(*name, ctx.value(kVersion), encoding == u"PEM");
    if (!bytes)
        return failure(bytes.error(), *name);
    COFFER_CLI_TRY(writeNewFile(path, *bytes, false, QStringLiteral("certificate file")));
    return CommandOutput {};
}

Outcome<CommandOutput> exportCertificate(CommandContext &ctx)
{
    auto name = certcli::name(ctx);
    COFFER_CLI_CHECK(name);
    CertificateExportRequest request;
    request.version = ctx.value(kVersion);
    const QString format = ctx.has(kFormat) ? ctx.value(kFormat).toLower() : QStringLiteral("pfx");
    if (format == u"pem")
        request.format = CertificateExportFormat::Pem;
    else if (format != u"pfx")
        return CliError::usage(QStringLiteral("--format must be pfx or pem, not '%1'").arg(ctx.value(kFormat)));
    const bool pem = request.format == CertificateExportFormat::Pem;
    if (pem && (ctx.has(kPasswordFile) || ctx.has(kPasswordStdin)))
        return CliError::usage(QStringLiteral("a PEM export is not encrypted; --password-file and --password-stdin "
                                              "are for --format pfx"));
    if (pem && ctx.has(kCompatible))
        return CliError::usage(QStringLiteral("--compatible chooses the PFX encryption (3DES, SHA-1 MAC); it is for "
                                              "--format pfx"));
    request.compatible = ctx.has(kCompatible);
    request.requirePrivateKey = !ctx.has(kWithoutKey);
    const QString path = ctx.value(kFile);
    if (QFileInfo::exists(path))
        return fileExists(path);
    auto password = passwordOption(ctx, QStringLiteral("PFX password"));
    COFFER_CLI_CHECK(password);
    if (*password)
        request.password = std::move(**password);

    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto exported = (*vault)->certificates().exportWithKey(*name, request);
    if (!exported)
        return failure(exported.error(), *name);
    COFFER_CLI_TRY(writeNewFile(path, exported->view(), false, QStringLiteral("certificate file")));
    if (pem && exported->view().contains("PRIVATE KEY"))
        ctx.console().warning(QStringLiteral("'%1' holds the certificate's private key, unencrypted (file mode 0600): "
                                             "keep it safe and delete it when done")
                                      .arg(path));
    else if (!pem && request.password.isEmpty())
        ctx.console().note(QStringLiteral("the PFX has a blank password (as Azure's exports); give one with "
                                          "--password-file to encrypt it under your own"));
    return CommandOutput {};
}

void addPasswordOptions(CommandSpec &spec, bool withArgv, const QString &what)
{
    if (withArgv)
        spec.options.append({kPassword, QStringLiteral("P"),
                             QStringLiteral("%1 (visible to other local users: prefer --password-file)").arg(what),
                             false, false, true, true});
    spec.options += {
            {kPasswordFile, QStringLiteral("FILE"), QStringLiteral("%1, from FILE").arg(what)},
            {kPasswordStdin, {}, QStringLiteral("%1, from standard input").arg(what), true},
    };
    QStringList group {kPasswordFile, kPasswordStdin};
    if (withArgv)
        group.prepend(kPassword);
    spec.groups.append({group, false});
}

void addNewVersionOptions(CommandSpec &spec)
{
    spec.options += {
            {kTags, QStringLiteral("k=v [k=v ...]"),
             QStringLiteral("space-separated tags (up to 15, names and values up to 256 characters)"), false, true},
            {kDisabled, {}, QStringLiteral("create the version disabled")},
    };
}

CommandSpec importSpec()
{
    CommandSpec spec = commandSpec({QStringLiteral("import")},
                                   QStringLiteral("Import a certificate with its private key and chain (PFX/PKCS#12, "
                                                  "PEM bundle or DER)."),
                                   importCertificate, NameOption::Name);
    spec.details = QStringLiteral(
            "PFX files with or without a password (also old RC2/3DES ones, read with OpenSSL's legacy provider), PEM "
            "bundles holding the certificate, its chain and the private key in any order (PKCS#8, encrypted PKCS#8, "
            "traditional RSA/EC keys), and DER certificates. The chain is ordered leaf to root and checked; the key "
            "must belong to the leaf. A file without a private key is stored public-only (no managed key). RSA "
            "2048-4096 and EC P-256, P-256K, P-384, P-521 keys. Files up to 10 MiB. The policy is read from the "
            "certificate (issuer Self when self-signed, else Unknown; EmailContacts at 80% of the lifetime); "
            "--policy overrides it. The key is not exportable unless --exportable (or the policy) says so. Warnings "
            "(expired, chain incomplete, weak key, ...) go to stderr, one per line. --dry-run prints what the file "
            "holds (certificates, key, warnings) and stores nothing.");
    spec.options += {
            {kFile, QStringLiteral("FILE"), QStringLiteral("the PFX, PEM or DER file")},
            {kPolicy, QStringLiteral("@FILE|JSON"),
             QStringLiteral("a certificate policy (Azure's JSON) over the one read from the certificate")},
            {kProtection, QStringLiteral("software|hsm"),
             QStringLiteral("where the key is kept: software (default) or the vault's token")},
            {kExportable, {}, QStringLiteral("the private key may be exported later (software keys only)")},
            {kDryRun, {}, QStringLiteral("only show what the file holds; store nothing")},
    };
    spec.required.append(kFile);
    addPasswordOptions(spec, true, QStringLiteral("the file's password (PFX, or an encrypted PEM key)"));
    addNewVersionOptions(spec);
    spec.examples = {
            example(QStringLiteral("import %1 --name www-example --file www.pfx --password-file pfx-pass.txt")),
            example(QStringLiteral("import %1 --name www-example --file bundle.pem --protection hsm "
                                   "--hsm-pin-file pin.txt")),
            example(QStringLiteral("import %1 --name www-example --file www.pfx --password-stdin --dry-run")),
    };
    return spec;
}

CommandSpec createSpec()
{
    CommandSpec spec = commandSpec({QStringLiteral("create")},
                                   QStringLiteral("Create a certificate (self-signed) or a signing request (issuer "
                                                  "Unknown) from a policy; a new version when the name exists."),
                                   createCertificate, NameOption::Name);
    spec.details = QStringLiteral(
            "The policy is Azure's JSON (see 'get-default-policy'): key_props {kty RSA|RSA-HSM|EC|EC-HSM, key_size, "
            "crv, exportable, reuse_key}, secret_props {contentType application/x-pkcs12|application/x-pem-file}, "
            "x509_props {subject, sans {dns_names, emails, upns, ip_addresses}, ekus, key_usage, validity_months}, "
            "lifetime_actions, issuer {name Self|Unknown}. Issuer Self makes the key and the certificate now and "
            "prints the certificate. Issuer Unknown makes the key and a certificate signing request and prints the "
            "pending operation: write the CSR with 'pending show --csr-file', have a CA sign it, then 'pending "
            "merge'. Other issuers are not available offline.");
    spec.options.append({kPolicy, QStringLiteral("@FILE|JSON"), QStringLiteral("the certificate policy")});
    spec.required.append(kPolicy);
    addNewVersionOptions(spec);
    spec.examples = {
            example(QStringLiteral("create %1 --name www-example --policy @policy.json")),
            example(QStringLiteral("create %1 --name ca-signed --policy '{\"x509_props\": {\"subject\": "
                                   "\"CN=ca-signed.example\"}, \"issuer\": {\"name\": \"Unknown\"}}'")),
    };
    return spec;
}

CommandSpec defaultPolicySpec()
{
    CommandSpec spec;
    spec.path = {QStringLiteral("certificate"), QStringLiteral("get-default-policy")};
    spec.summary = QStringLiteral("Print the default certificate policy (a starting point for create).");
    spec.details = QStringLiteral("The same as az's: RSA 2048, exportable, reuse_key, PFX, subject "
                                  "CN=CLIGetDefaultPolicy, 12 months, AutoRenew 90 days before expiry, issuer Self. "
                                  "--scaffold fills every field with an example value. Needs no vault.");
    spec.options.append({kScaffold, {}, QStringLiteral("a template with every field filled in")});
    spec.examples = {QStringLiteral("coffer-cli certificate get-default-policy > policy.json"),
                     QStringLiteral("coffer-cli certificate get-default-policy --scaffold")};
    spec.run = defaultPolicy;
    return spec;
}

CommandSpec setAttributesSpec()
{
    CommandSpec spec = commandSpec({QStringLiteral("set-attributes")},
                                   QStringLiteral("Enable or disable a certificate version, change its tags, or "
                                                  "replace the certificate's policy."),
                                   setAttributes, NameOption::NameAndVersion);
    spec.details = QStringLiteral(
            "--enabled and --tags change the version (the current one by default) and its managed key and secret. "
            "--policy replaces the certificate's policy (as az does); it applies to the versions made from now on "
            "(renewals). The validity dates are the certificate's own and cannot be changed.");
    spec.options += {
            {kEnabled, QStringLiteral("true|false"), QStringLiteral("enable or disable the version")},
            {kTags, QStringLiteral("k=v [k=v ...]"),
             QStringLiteral("replace the tags (up to 15; \"\" removes them all)"), false, true},
            {kPolicy, QStringLiteral("@FILE|JSON"), QStringLiteral("the new certificate policy")},
    };
    spec.examples = {example(QStringLiteral("set-attributes %1 --name www-example --enabled false")),
                     example(QStringLiteral("set-attributes %1 --name www-example --policy @policy.json"))};
    return spec;
}

CommandSpec downloadSpec()
{
    CommandSpec spec = commandSpec({QStringLiteral("download")},
                                   QStringLiteral("Write a certificate version's public certificate to a new file."),
                                   downloadCertificate, NameOption::NameAndVersion);
    spec.details = QStringLiteral(
            "PEM (default): one \"-----BEGIN CERTIFICATE-----\" block; DER: the certificate's bytes (a .cer file). "
            "The private key never: 'certificate export' or 'secret download' give it for exportable certificates.");
    spec.options += {
            {kFile, QStringLiteral("FILE"), QStringLiteral("the file to create")},
            {kEncoding, QStringLiteral("PEM|DER"), QStringLiteral("the file's format (default PEM)")},
    };
    spec.required.append(kFile);
    spec.examples = {example(QStringLiteral("download %1 --name www-example --file www.pem")),
                     example(QStringLiteral("download %1 --name www-example --file www.cer --encoding DER"))};
    return spec;
}

CommandSpec exportSpec()
{
    CommandSpec spec
            = commandSpec({QStringLiteral("export")},
                          QStringLiteral("Write a certificate with its chain and (when exportable) its private "
                                         "key as a PFX or PEM file."),
                          exportCertificate, NameOption::NameAndVersion);
    spec.details = QStringLiteral(
            "Coffer's extension. The private key is included only when the certificate's policy says exportable "
            "and the key is a software key (never for HSM keys); otherwise the export is refused, unless "
            "--without-key asks for the certificates alone. Checked as reading the secret /secrets/NAME, as in "
            "Azure (the certificate roles alone do not allow it). PFX: AES-256 with a SHA-256 MAC under the "
            "password given (blank without one, as Azure's); --compatible uses 3DES and a SHA-1 MAC for old Windows "
            "and Java. PEM: the unencrypted PKCS#8 key, then the certificates leaf to root. 'secret download --name "
            "NAME --encoding base64' gives Azure's blank-password PFX as stored.");
    spec.options += {
            {kFile, QStringLiteral("FILE"), QStringLiteral("the file to create (mode 0600)")},
            {kFormat, QStringLiteral("pfx|pem"), QStringLiteral("the file's format (default pfx)")},
            {kCompatible, {}, QStringLiteral("PFX encrypted with 3DES and a SHA-1 MAC (old Windows, old Java)")},
            {kWithoutKey, {}, QStringLiteral("the certificates only (for a certificate whose key is not exportable)")},
    };
    spec.required.append(kFile);
    addPasswordOptions(spec, false, QStringLiteral("the PFX's password"));
    spec.examples = {
            example(QStringLiteral("export %1 --name www-example --file www.pfx --password-file pfx-pass.txt")),
            example(QStringLiteral("export %1 --name www-example --file www-legacy.pfx --password-stdin --compatible")),
            example(QStringLiteral("export %1 --name www-example --file www-with-key.pem --format pem")),
    };
    return spec;
}

} // namespace

void registerCertificateCommands(CommandRegistry &registry)
{
    registry.addGroup({QStringLiteral("certificate")},
                      QStringLiteral("Manage X.509 certificates: import, self-signed or CA-signed creation (CSR and "
                                     "merge), renewal and export, with a managed key and secret of the same name."));
    registry.add(importSpec());
    registry.add(createSpec());
    registry.add(defaultPolicySpec());
    CommandSpec show
            = commandSpec({QStringLiteral("show")}, QStringLiteral("Show a certificate version with its policy."),
                          showCertificate, NameOption::NameAndVersion);
    show.details = QStringLiteral(
            "Prints Azure's CertificateBundle: id, kid (the managed key; absent for a certificate-only import), sid "
            "(the managed secret), x5t (base64url SHA-1 thumbprint), cer (base64 DER), contentType, attributes "
            "(enabled, nbf and exp from the certificate, created, updated, recoveryLevel, recoverableDays), tags and "
            "policy. \"coffer\" is Coffer's extension: subject, issuer, serialNumber, x509ThumbprintHex, "
            "sha256ThumbprintHex, keyType, keyProtection, hasPrivateKey, exportable, issuerKind, sans, ekus, "
            "keyUsage and the chain (subject, issuer, x5t of each certificate, leaf first).");
    addDefaultExample(show);
    registry.add(std::move(show));
    CommandSpec list
            = commandSpec({QStringLiteral("list")}, QStringLiteral("List the certificates (current versions)."),
                          listCertificates, NameOption::None);
    list.options.append({kIncludePending, {}, QStringLiteral("also list the pending signing requests")});
    list.examples = {example(QStringLiteral("list %1 --include-pending"))};
    registry.add(std::move(list));
    CommandSpec versions = commandSpec({QStringLiteral("list-versions")},
                                       QStringLiteral("List the versions of a certificate, oldest first."),
                                       listVersions, NameOption::Name);
    addDefaultExample(versions);
    registry.add(std::move(versions));
    registry.add(setAttributesSpec());
    registry.add(downloadSpec());
    registry.add(exportSpec());
}

} // namespace coffer::cli
