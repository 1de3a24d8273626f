#include "app/cli/CertificateSupport.h"

#include "app/cli/CertificateJson.h"
#include "app/cli/CommandContext.h"
#include "app/cli/CredentialReader.h"
#include "app/cli/KeySupport.h"
#include "app/cli/ObjectLifecycle.h"
#include "app/cli/SecretSupport.h"
#include "app/cli/SecretValueIo.h"
#include "app/cli/VaultAccess.h"
#include "core/crypto/CertificateFile.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>

namespace coffer::cli::certcli {

namespace {
constexpr qsizetype kMaxPolicyBytes = 64 * 1024;
const QString kUnlockExample = QStringLiteral("--vault team-kv.coffer --passphrase-file pass.txt");
} // namespace

void addName(CommandSpec &spec, bool version)
{
    spec.options.append({kName, QStringLiteral("NAME"),
                         QStringLiteral("the certificate's name: 1-127 letters, digits and dashes")});
    spec.required.append(kName);
    if (version)
        spec.options.append({kVersion, QStringLiteral("V"), QStringLiteral("the version (default: the current one)")});
}

QString example(const QString &words)
{
    return QStringLiteral("coffer-cli certificate ") + words.arg(kUnlockExample);
}

void addDefaultExample(CommandSpec &spec)
{
    if (!spec.examples.isEmpty())
        return;
    QString line = QStringLiteral("coffer-cli ") + spec.displayName();
    if (spec.option(QStringLiteral("vault")))
        line += u' ' + kUnlockExample;
    if (spec.option(kName))
        line += QStringLiteral(" --name www-example");
    spec.examples.append(line);
}

CommandSpec commandSpec(const QStringList &words, const QString &summary, CommandHandler run, NameOption name)
{
    CommandSpec spec;
    spec.path = QStringList {QStringLiteral("certificate")} + words;
    spec.summary = summary;
    keycli::addUnlockWithToken(spec);
    if (name != NameOption::None)
        addName(spec, name == NameOption::NameAndVersion);
    spec.run = std::move(run);
    return spec;
}

Outcome<QString> name(const CommandContext &ctx)
{
    const QString text = ctx.value(kName);
    COFFER_CLI_TRY(objects::validateName(ObjectKind::Certificate, text));
    return text;
}

Outcome<std::unique_ptr<Vault>> openVault(CommandContext &ctx)
{
    return keycli::openVault(ctx);
}

CliError failure(const Error &error, const QString &name)
{
    CliError out = CliError::fromCore(error);
    const QString &message = error.context();
    switch (error.code()) {
    case ErrorCode::NotFound:
        if (message.contains(QStringLiteral("pending"), Qt::CaseInsensitive))
            out.hint = QStringLiteral("'coffer-cli certificate create' with a policy whose issuer is Unknown makes a "
                                      "pending request; 'coffer-cli certificate list --include-pending' lists them");
        else
            lifecycle::addHint(out, error, name, QStringLiteral("certificate"), QStringLiteral("certificates"));
        break;
    case ErrorCode::Conflict:
        if (message.contains(QStringLiteral("pending"), Qt::CaseInsensitive))
            out.hint = QStringLiteral("merge the signed certificate with 'coffer-cli certificate pending merge --name "
                                      "%1 --file signed.pem', or remove the request with 'coffer-cli certificate "
                                      "pending delete --name %1'")
                               .arg(name);
        else if (message.contains(QStringLiteral("cancel"), Qt::CaseInsensitive))
            out.hint = QStringLiteral("remove the cancelled request with 'coffer-cli certificate pending delete --name "
                                      "%1' and create a new one")
                               .arg(name);
        else
            lifecycle::addHint(out, error, name, QStringLiteral("certificate"), QStringLiteral("certificates"));
        break;
    case ErrorCode::WrongCredential:
        if (message.contains(QStringLiteral("PIN")))
            out.hint = QStringLiteral("check the token's user PIN given with --hsm-pin-file or --hsm-pin-stdin");
        else if (message.contains(QStringLiteral("password")))
            out.hint = QStringLiteral("give the file's password with --password-file FILE or --password-stdin");
        else
            out.hint.clear();
        break;
    case ErrorCode::Forbidden:
        if (message.contains(QStringLiteral("disabled")))
            out.hint = QStringLiteral("enable it with 'coffer-cli certificate set-attributes --name %1 --enabled "
                                      "true'")
                               .arg(name);
        else if (message.contains(QStringLiteral("cannot be exported")))
            out.hint = QStringLiteral("only certificates whose policy says exportable (software keys) give out their "
                                      "private key; add --without-key for the certificates alone, or use "
                                      "'coffer-cli certificate download' for the public certificate");
        else if (message.contains(QStringLiteral("purge protection")))
            out.hint = QStringLiteral("a deleted certificate can still be recovered with 'coffer-cli certificate "
                                      "recover'");
        break;
    case ErrorCode::HsmUnavailable:
        out.hint = QStringLiteral("run 'coffer-cli vault hsm status' to see the token's state; give the PIN with "
                                  "--hsm-pin-file or --hsm-pin-stdin, or store it with 'coffer-cli vault hsm login'");
        break;
    default: break;
    }
    return out;
}

Outcome<SecureBytes> readCertificateFile(const QString &path)
{
    const QFileInfo info(path);
    const QString source = QStringLiteral("the certificate file '%1'").arg(path);
    if (!info.exists())
        return CliError::fromCore(Error(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(source)));
    if (info.isDir())
        return CliError {ExitCode::Invalid, QStringLiteral("%1 is a folder, not a file").arg(source), {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return CliError {ExitCode::Failure, QStringLiteral("cannot open %1: %2").arg(source, file.errorString()), {}};
    // One byte more than the engine takes: a larger file reaches it (it refuses and records that) without being
    // read whole.
    const std::size_t limit = std::size_t(crypto::kMaxCertificateFileBytes) + 1;
    SecureBytes data;
    std::array<char, 16384> chunk {};
    while (data.size() < limit) {
        const qint64 n = file.read(chunk.data(), qint64(std::min(chunk.size(), limit - data.size())));
        if (n < 0) {
            wipeMemory(chunk.data(), chunk.size());
            return CliError {
                    ExitCode::Failure, QStringLiteral("cannot read %1: %2").arg(source, file.errorString()), {}};
        }
        if (n == 0)
            break;
        data.append(chunk.data(), std::size_t(n));
    }
    wipeMemory(chunk.data(), chunk.size());
    return data;
}

Outcome<std::optional<SecureString>> passwordOption(CommandContext &ctx, const QString &what)
{
    if (ctx.has(kPasswordFile)) {
        auto password = readSecretFile(ctx.value(kPasswordFile), what);
        COFFER_CLI_CHECK(password);
        return std::optional<SecureString>(std::move(*password));
    }
    if (ctx.has(kPasswordStdin)) {
        auto password = readSecretStdin(what);
        COFFER_CLI_CHECK(password);
        return std::optional<SecureString>(std::move(*password));
    }
    if (!ctx.has(kPassword))
        return std::optional<SecureString>();
    ctx.console().warning(QStringLiteral("a password given with --password is visible to other local users (process "
                                         "list) and may stay in the shell history; prefer --password-file or "
                                         "--password-stdin"));
    SecureBytes password = ctx.takeSecret(kPassword);
    // An empty --password "" is the blank password of a PFX (Azure's exports have one).
    return std::optional<SecureString>(SecureString(std::move(password)));
}

Outcome<QJsonObject> policyJsonOption(const CommandContext &ctx)
{
    const QString value = ctx.value(kPolicy);
    QByteArray text;
    QString source = QStringLiteral("the policy given with --policy");
    if (value.startsWith(u'@')) {
        const QString path = value.mid(1);
        auto bytes = readValueFile(path, kMaxPolicyBytes);
        if (!bytes) {
            if (bytes.error().code() == ErrorCode::NotFound)
                return CliError::fromCore(
                        Error(ErrorCode::NotFound, QStringLiteral("the policy file '%1' does not exist").arg(path)));
            return CliError::fromCore(bytes.error());
        }
        text = QByteArray(bytes->constChar(), qsizetype(bytes->size()));
        source = QStringLiteral("the policy file '%1'").arg(path);
    } else {
        text = value.toUtf8();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return CliError {ExitCode::Invalid,
                         QStringLiteral("%1 is not JSON: %2 at offset %3")
                                 .arg(source, parseError.errorString())
                                 .arg(parseError.offset),
                         QStringLiteral("'coffer-cli certificate get-default-policy' prints a policy to start from")};
    if (!document.isObject())
        return CliError {ExitCode::Invalid, QStringLiteral("%1 is not a JSON object").arg(source), {}};
    // Syntax and unknown fields are reported here, naming the source.
    auto policy = CertificatePolicy::fromJson(document.object());
    if (!policy)
        return CliError {ExitCode::Invalid, QStringLiteral("%1: %2").arg(source, policy.error().context()), {}};
    return document.object();
}

Outcome<CertificatePolicy> policyOption(const CommandContext &ctx, bool validate)
{
    auto json = policyJsonOption(ctx);
    COFFER_CLI_CHECK(json);
    const QString value = ctx.value(kPolicy);
    const QString source = value.startsWith(u'@') ? QStringLiteral("the policy file '%1'").arg(value.mid(1))
                                                  : QStringLiteral("the policy given with --policy");
    auto policy = CertificatePolicy::fromJson(*json);
    if (!policy)
        return CliError {ExitCode::Invalid, QStringLiteral("%1: %2").arg(source, policy.error().context()), {}};
    if (!validate)
        return std::move(*policy);
    auto valid = policy->validate();
    if (!valid)
        return CliError {ExitCode::Invalid, QStringLiteral("%1: %2").arg(source, valid.error().context()), {}};
    return std::move(*policy);
}

Outcome<std::optional<Tags>> tagsOption(const CommandContext &ctx)
{
    return secretcli::tagsOption(ctx);
}

Outcome<NewVersionAttributes> newAttributes(const CommandContext &ctx)
{
    NewVersionAttributes attributes;
    attributes.enabled = !ctx.has(kDisabled);
    auto tags = tagsOption(ctx);
    COFFER_CLI_CHECK(tags);
    attributes.tags = tags->value_or(Tags());
    return attributes;
}

CommandOutput bundleOutput(const CertificateInfo &info, const std::optional<CertificatePolicy> &policy)
{
    CommandOutput out;
    out.value = certjson::bundle(info, policy);
    out.columns = certjson::bundleColumns();
    return out;
}

Outcome<CommandOutput> bundleWithPolicy(Vault &vault, const CertificateInfo &info)
{
    auto policy = vault.certificates().policy(info.info.name);
    if (!policy)
        return failure(policy.error(), info.info.name);
    return bundleOutput(info, *policy);
}

CommandOutput operationOutput(const CertificateOperationInfo &operation)
{
    CommandOutput out;
    out.value = certjson::operation(operation);
    out.columns = certjson::operationColumns();
    return out;
}

void printWarnings(CommandContext &ctx, const QList<ImportIssue> &warnings)
{
    for (const ImportIssue &issue : warnings)
        ctx.console().warning(issue.message);
}

} // namespace coffer::cli::certcli
