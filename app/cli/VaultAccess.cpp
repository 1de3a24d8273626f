#include "app/cli/VaultAccess.h"

#include "app/cli/CommandContext.h"
#include "app/cli/CredentialReader.h"
#include "core/audit/AuditService.h"
#include "core/vault/Credential.h"
#include "core/vault/KeychainStore.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

namespace coffer::cli {

namespace {
const QString kVault = QStringLiteral("vault");
const QString kPassphraseFile = QStringLiteral("passphrase-file");
const QString kPassphraseStdin = QStringLiteral("passphrase-stdin");
const QString kRecoveryKeyFile = QStringLiteral("recovery-key-file");
const QString kKeychain = QStringLiteral("keychain");
const QString kSlot = QStringLiteral("slot");
const QString kClientSecretFile = QStringLiteral("client-secret-file");
const QString kClientSecretStdin = QStringLiteral("client-secret-stdin");
const QString kCertificateKeyFile = QStringLiteral("certificate-key-file");
const QString kNewPassphraseFile = QStringLiteral("new-passphrase-file");
const QString kNewPassphraseStdin = QStringLiteral("new-passphrase-stdin");
const QStringList kKdfOptions {QStringLiteral("kdf-memory-kib"), QStringLiteral("kdf-iterations"),
                               QStringLiteral("kdf-parallelism")};

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

Outcome<SecureString> readFromOptions(CommandContext &ctx, const QString &fileOption, const QString &stdinOption,
                                      const QString &what)
{
    if (ctx.has(fileOption))
        return readSecretFile(ctx.value(fileOption), what);
    if (ctx.has(stdinOption))
        return readSecretStdin(what);
    return CliError::usage(
            QStringLiteral("'%1' needs --%2 or --%3").arg(ctx.command().displayName(), fileOption, stdinOption));
}

// The credential named by the options, or the keychain slot when none is given and the vault has one.
Outcome<Credential> credentialFor(CommandContext &ctx, const QString &slot)
{
    if (ctx.has(kPassphraseFile) || ctx.has(kPassphraseStdin)) {
        auto text = readFromOptions(ctx, kPassphraseFile, kPassphraseStdin, QStringLiteral("passphrase"));
        if (!text)
            return text.error();
        return Credential::passphrase(std::move(*text), slot);
    }
    if (ctx.has(kRecoveryKeyFile)) {
        auto text = readSecretFile(ctx.value(kRecoveryKeyFile), QStringLiteral("recovery key"));
        if (!text)
            return text.error();
        return Credential::recoveryKey(std::move(*text), slot);
    }
    if (ctx.has(kKeychain))
        return Credential::keychain(slot);
    if (ctx.has(kClientSecretFile) || ctx.has(kClientSecretStdin)) {
        auto text = readFromOptions(ctx, kClientSecretFile, kClientSecretStdin, QStringLiteral("client secret"));
        if (!text)
            return text.error();
        Credential credential = Credential::clientSecret(std::move(*text));
        credential.slotId = slot;
        return credential;
    }
    if (ctx.has(kCertificateKeyFile)) {
        auto pem = readSecretFile(ctx.value(kCertificateKeyFile), QStringLiteral("certificate private key"));
        if (!pem)
            return pem.error();
        return Credential::certificate(std::move(*pem), slot);
    }

    // Nothing given: the keychain slot, if the header has one. Inspecting first also reports a missing or
    // damaged vault before asking for a credential.
    auto summary = Vault::inspect(ctx.value(kVault));
    if (!summary)
        return summary.error();
    for (const KeyslotInfo &info : summary->keyslots)
        if (info.type == KeyslotType::Keychain && (slot.isEmpty() || info.id == slot))
            return Credential::keychain(slot);
    return CliError::usage(QStringLiteral("no way to unlock the vault was given, and it has no keychain keyslot"),
                           QStringLiteral("pass one of --passphrase-file FILE, --passphrase-stdin, "
                                          "--recovery-key-file FILE or --keychain (an application: "
                                          "--client-secret-file FILE, --client-secret-stdin or "
                                          "--certificate-key-file KEY.pem)"));
}
} // namespace

namespace options {
void addUnlock(CommandSpec &spec)
{
    spec.options += {
            {kVault, QStringLiteral("DIR"), QStringLiteral("the vault folder (NAME.coffer)")},
            {kPassphraseFile, QStringLiteral("FILE"),
             QStringLiteral("unlock with the passphrase in FILE (one trailing newline is ignored)")},
            {kPassphraseStdin, {}, QStringLiteral("unlock with the passphrase read from standard input"), true},
            {kRecoveryKeyFile, QStringLiteral("FILE"), QStringLiteral("unlock with the recovery key in FILE")},
            {kKeychain,
             {},
             QStringLiteral("unlock with the key kept in the OS keychain (the default when the vault "
                            "has a keychain keyslot and no other option is given)")},
            {kClientSecretFile, QStringLiteral("FILE"),
             QStringLiteral("unlock as an application with its client secret in FILE (printed once by 'principal "
                            "create --type app' or 'principal credential add')")},
            {kClientSecretStdin,
             {},
             QStringLiteral("unlock as an application with its client secret read from "
                            "standard input"),
             true},
            {kCertificateKeyFile, QStringLiteral("KEY.pem"),
             QStringLiteral("unlock as an application with the PEM private key of its certificate credential")},
            {kSlot, QStringLiteral("ID"), QStringLiteral("unlock only through the keyslot with this id")},
    };
    spec.required.append(kVault);
    spec.groups.append({{kPassphraseFile, kPassphraseStdin, kRecoveryKeyFile, kKeychain, kClientSecretFile,
                         kClientSecretStdin, kCertificateKeyFile},
                        false});
}

void addNewPassphrase(CommandSpec &spec, bool required)
{
    spec.options += {
            {kNewPassphraseFile, QStringLiteral("FILE"),
             QStringLiteral("the new passphrase, from FILE (one trailing newline is ignored)")},
            {kNewPassphraseStdin, {}, QStringLiteral("the new passphrase, from standard input"), true},
    };
    spec.groups.append({{kNewPassphraseFile, kNewPassphraseStdin}, required});
}

void addKdf(CommandSpec &spec)
{
    spec.options += {
            {kKdfOptions.at(0), QStringLiteral("K"),
             QStringLiteral("Argon2id memory in KiB (with the other two --kdf options; default: calibrated to about "
                            "0.5 s on this machine)")},
            {kKdfOptions.at(1), QStringLiteral("I"), QStringLiteral("Argon2id iterations")},
            {kKdfOptions.at(2), QStringLiteral("P"), QStringLiteral("Argon2id parallelism")},
    };
}
} // namespace options

Outcome<std::unique_ptr<Vault>> openVault(CommandContext &ctx, SlotOption slotOption, bool withKeychain)
{
    const QString slot = slotOption == SlotOption::RestrictsUnlock ? ctx.value(kSlot) : QString();
    auto credential = credentialFor(ctx, slot);
    if (!credential)
        return credential.error();
    KeychainStore *keychain
            = withKeychain || credential->kind == Credential::Kind::Keychain ? &ctx.keychain() : nullptr;
    auto vault = Vault::open(ctx.value(kVault), *credential, ctx.clock(), keychain);
    if (vault) {
        // Every audit record of this session names the CLI, its process and the machine.
        (*vault)->setClientInfo(
                {QStringLiteral("cli"), QCoreApplication::applicationPid(), QSysInfo::machineHostName()});
        if (const int purged = (*vault)->purgedOnOpen(); purged > 0)
            ctx.console().note(purged == 1 ? QStringLiteral("1 deleted object reached its scheduled purge date and "
                                                            "was purged when the vault was opened")
                                           : QStringLiteral("%1 deleted objects reached their scheduled purge date "
                                                            "and were purged when the vault was opened")
                                                     .arg(purged));
        return std::move(*vault);
    }

    CliError error = CliError::fromCore(vault.error());
    const bool recovery = credential->kind == Credential::Kind::RecoveryKey;
    const bool app
            = credential->kind == Credential::Kind::ClientSecret || credential->kind == Credential::Kind::Certificate;
    if (recovery && vault.error().code() == ErrorCode::InvalidArgument) {
        // A mistyped recovery key (bad characters, length or checksum) is a credential problem too.
        error.exitCode = ExitCode::Credential;
        error.hint = QStringLiteral("a recovery key is 14 groups of 4 characters (A-Z, 2-7) separated by dashes; "
                                    "check each group");
    } else if (app && vault.error().code() == ErrorCode::InvalidArgument) {
        // So is a malformed client secret or a file that holds no private key.
        error.exitCode = ExitCode::Credential;
        error.hint = credential->kind == Credential::Kind::ClientSecret
                ? QStringLiteral("pass the client secret exactly as 'principal create --type app' or 'principal "
                                 "credential add' printed it")
                : QStringLiteral("--certificate-key-file needs the application's private key in PEM (-----BEGIN "
                                 "PRIVATE KEY-----)");
    } else if (vault.error().code() == ErrorCode::WrongCredential) {
        switch (credential->kind) {
        case Credential::Kind::Passphrase: break; // the general hint fits
        case Credential::Kind::RecoveryKey:
            error.hint = QStringLiteral("check the recovery key, or unlock with --passphrase-file");
            break;
        case Credential::Kind::Keychain:
            error.hint = QStringLiteral("unlock with --passphrase-file or --recovery-key-file instead");
            break;
        case Credential::Kind::ClientSecret:
            error.hint = QStringLiteral("check the client secret (it is printed once, by 'principal create --type app' "
                                        "or 'principal credential add'); someone who manages access can issue a new "
                                        "one with 'coffer-cli principal credential add --principal APP'");
            break;
        case Credential::Kind::Certificate:
            error.hint = QStringLiteral("--certificate-key-file needs the PEM private key of the certificate given "
                                        "to 'principal create --type app --certificate-file'");
            break;
        }
    } else if (vault.error().code() == ErrorCode::KeychainUnavailable) {
        error.hint += QStringLiteral("; or unlock with --passphrase-file or --recovery-key-file");
    } else if (vault.error().code() == ErrorCode::NotFound && !slot.isEmpty()) {
        error.hint = QStringLiteral("run 'coffer-cli vault keyslot list' to see the keyslot ids");
    }
    return error;
}

Outcome<SecureString> readPassphrase(CommandContext &ctx)
{
    return readFromOptions(ctx, kPassphraseFile, kPassphraseStdin, QStringLiteral("passphrase"));
}

Outcome<SecureString> readNewPassphrase(CommandContext &ctx)
{
    return readFromOptions(ctx, kNewPassphraseFile, kNewPassphraseStdin, QStringLiteral("new passphrase"));
}

Outcome<std::optional<Argon2Params>> kdfParams(const CommandContext &ctx)
{
    int given = 0;
    for (const QString &name : kKdfOptions)
        given += ctx.has(name) ? 1 : 0;
    if (given == 0)
        return std::optional<Argon2Params>();
    if (given != kKdfOptions.size())
        return CliError::usage(QStringLiteral("--kdf-memory-kib, --kdf-iterations and --kdf-parallelism go together; "
                                              "give all three or none"));
    Argon2Params params;
    quint32 *fields[] = {&params.memoryKiB, &params.iterations, &params.parallelism};
    for (qsizetype i = 0; i < kKdfOptions.size(); ++i) {
        bool ok = false;
        const uint number = ctx.value(kKdfOptions.at(i)).toUInt(&ok);
        if (!ok)
            return CliError::usage(QStringLiteral("option --%1 needs a positive whole number, not '%2'")
                                           .arg(kKdfOptions.at(i), ctx.value(kKdfOptions.at(i))));
        *fields[i] = number;
    }
    if (!params.isSane())
        return CliError::usage(QStringLiteral("these Argon2id parameters are outside the accepted bounds "
                                              "(parallelism 1-16, memory 8 KiB x parallelism to 4 GiB, "
                                              "iterations 1-1000)"));
    return std::optional<Argon2Params>(params);
}

QJsonObject vaultJson(const VaultProperties &p)
{
    const QJsonObject properties {
            {QStringLiteral("createdAt"), iso(p.created)},
            {QStringLiteral("enablePurgeProtection"), p.purgeProtection},
            {QStringLiteral("enableRbacAuthorization"), p.permissionModel == PermissionModel::Rbac},
            {QStringLiteral("enableSoftDelete"), true},
            {QStringLiteral("fileFormat"), p.fileFormat},
            {QStringLiteral("owner"), p.ownerName},
            {QStringLiteral("ownerPrincipalId"), p.ownerPrincipalId},
            {QStringLiteral("recoveryLevel"), p.recoveryLevel()},
            {QStringLiteral("schemaVersion"), p.schemaVersion},
            {QStringLiteral("softDeleteRetentionInDays"), p.retentionDays},
            {QStringLiteral("vaultUri"), QString(QStringLiteral("coffer://") + p.name)},
    };
    return QJsonObject {
            {QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("location"), QFileInfo(p.path).absoluteFilePath()},
            {QStringLiteral("type"), QStringLiteral("Coffer/vaults")},
            {QStringLiteral("properties"), properties},
    };
}

QJsonObject keyslotJson(const KeyslotInfo &slot)
{
    return QJsonObject {
            {QStringLiteral("id"), slot.id},
            {QStringLiteral("type"), keyslotTypeName(slot.type)},
            {QStringLiteral("label"), slot.label},
            {QStringLiteral("principal"), slot.principalId},
            {QStringLiteral("created"), iso(slot.created)},
    };
}

} // namespace coffer::cli
