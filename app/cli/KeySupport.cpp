#include "app/cli/KeySupport.h"

#include "app/cli/CommandContext.h"
#include "app/cli/CredentialReader.h"
#include "app/cli/KeyJson.h"
#include "app/cli/ObjectLifecycle.h"
#include "app/cli/SecretValueIo.h"
#include "app/cli/VaultAccess.h"
#include "core/crypto/KeyEncoding.h"
#include "core/vault/HsmBinding.h"
#include "core/vault/Vault.h"

#include <QRegularExpression>

namespace coffer::cli::keycli {

namespace {
// Digests, signatures, ciphertexts and wrapped keys are small; a plaintext for RSA is at most 512 bytes and one for
// AES-GCM has no inherent limit, so the cap only keeps a mistaken path from being read whole.
constexpr qsizetype kMaxValueFileBytes = 16 * 1024 * 1024;

CliError notBase64(const QString &option, const QString &what)
{
    return CliError {
            ExitCode::Invalid,
            QStringLiteral("--%1: the %2 is not base64 (standard or url-safe, padding optional)").arg(option, what),
            QStringLiteral("pass the bytes base64-encoded, or their file with --%1-file").arg(option)};
}

CliError emptyValue(const QString &option, const QString &what)
{
    return CliError {ExitCode::Invalid, QStringLiteral("--%1: the %2 is empty").arg(option, what), {}};
}
} // namespace

void addName(CommandSpec &spec, bool version)
{
    spec.options.append(
            {kName, QStringLiteral("NAME"), QStringLiteral("the key's name: 1-127 letters, digits and dashes")});
    spec.required.append(kName);
    if (version)
        spec.options.append({kVersion, QStringLiteral("V"), QStringLiteral("the version (default: the current one)")});
}

CommandSpec commandSpec(const QStringList &words, const QString &summary, CommandHandler run, NameOption name,
                        TokenOption token)
{
    CommandSpec spec;
    spec.path = QStringList {QStringLiteral("key")} + words;
    spec.summary = summary;
    if (token == TokenOption::Pin)
        addUnlockWithToken(spec);
    else
        options::addUnlock(spec);
    if (name != NameOption::None)
        addName(spec, name == NameOption::NameAndVersion);
    spec.run = std::move(run);
    addDefaultExample(spec);
    return spec;
}

void addUnlockWithToken(CommandSpec &spec)
{
    options::addUnlock(spec);
    spec.options += {
            {kHsmPinFile, QStringLiteral("FILE"),
             QStringLiteral("HSM keys: log in to the vault's token with the PIN in FILE (default: the PIN stored by "
                            "'vault hsm login')")},
            {kHsmPinStdin, {}, QStringLiteral("HSM keys: read the token PIN from standard input"), true},
    };
    spec.groups.append({{kHsmPinFile, kHsmPinStdin}, false});
}

void addDefaultExample(CommandSpec &spec)
{
    if (!spec.examples.isEmpty())
        return;
    QString line = QStringLiteral("coffer-cli ") + spec.displayName();
    if (spec.option(QStringLiteral("vault")))
        line += QStringLiteral(" --vault team-kv.coffer --passphrase-file pass.txt");
    if (spec.option(kName))
        line += QStringLiteral(" --name signing");
    spec.examples.append(line);
}

Outcome<QString> name(const CommandContext &ctx)
{
    const QString text = ctx.value(kName);
    COFFER_CLI_TRY(objects::validateName(ObjectKind::Key, text));
    return text;
}

Outcome<std::optional<SecureString>> readPin(CommandContext &ctx, const QString &fileOption, const QString &stdinOption)
{
    const QString what = QStringLiteral("token PIN");
    if (ctx.has(fileOption)) {
        auto pin = readSecretFile(ctx.value(fileOption), what);
        COFFER_CLI_CHECK(pin);
        return std::optional<SecureString>(std::move(*pin));
    }
    if (ctx.has(stdinOption)) {
        auto pin = readSecretStdin(what);
        COFFER_CLI_CHECK(pin);
        return std::optional<SecureString>(std::move(*pin));
    }
    return std::optional<SecureString>();
}

Outcome<void> loginToken(Vault &vault, const SecureString &pin, bool remember)
{
    auto login = vault.hsm().login(pin, remember);
    if (login)
        return {};
    CliError error = CliError::fromCore(login.error());
    switch (login.error().code()) {
    case ErrorCode::WrongCredential:
        error.hint = QStringLiteral("check the token's user PIN (a token locks after too many wrong PINs)");
        break;
    case ErrorCode::HsmUnavailable:
        error.hint = QStringLiteral("run 'coffer-cli vault hsm status' to see what the token lacks");
        break;
    default: break;
    }
    return error;
}

Outcome<std::unique_ptr<Vault>> openVault(CommandContext &ctx)
{
    // The PIN is read before the unlock, so a missing PIN file is reported without a KDF run.
    auto pin = readPin(ctx, kHsmPinFile, kHsmPinStdin);
    COFFER_CLI_CHECK(pin);
    auto vault = cli::openVault(ctx, SlotOption::RestrictsUnlock, true);
    COFFER_CLI_CHECK(vault);
    if (*pin)
        COFFER_CLI_TRY(loginToken(**vault, **pin, false));
    return std::move(*vault);
}

Outcome<CommandOutput> bundleOutput(const KeyInfo &info)
{
    auto json = keyjson::bundle(info);
    COFFER_CLI_CHECK(json);
    CommandOutput out;
    out.value = *json;
    out.columns = keyjson::bundleColumns();
    return out;
}

CliError failure(const Error &error, const QString &name)
{
    CliError out = CliError::fromCore(error);
    const QString &message = error.context();
    switch (error.code()) {
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
        lifecycle::addHint(out, error, name, QStringLiteral("key"), QStringLiteral("keys"));
        break;
    case ErrorCode::Forbidden:
        if (message.contains(QStringLiteral("disabled")))
            out.hint = QStringLiteral("enable it with 'coffer-cli key set-attributes --name %1 --enabled true'")
                               .arg(name);
        else if (message.contains(QStringLiteral("expired")) || message.contains(QStringLiteral("not valid")))
            out.hint = QStringLiteral("decrypt, unwrap and verify still work; to sign or encrypt, move the dates with "
                                      "'coffer-cli key set-attributes --name %1 --expires/--not-before' or rotate "
                                      "the key")
                               .arg(name);
        else if (message.contains(QStringLiteral("purge protection")))
            out.hint = QStringLiteral("a deleted key can still be recovered with 'coffer-cli key recover'");
        else if (message.contains(QStringLiteral("exportable")) || message.contains(QStringLiteral("HSM")))
            out.hint = QStringLiteral("only software keys created or imported with --exportable give out their "
                                      "private part; download the public key without --include-private");
        break;
    case ErrorCode::InvalidArgument:
        if (message.contains(QStringLiteral("key_ops")))
            out.hint = QStringLiteral("'coffer-cli key set-attributes --name %1 --ops ...' changes them, within what "
                                      "the key type can do (RSA: all six; EC: sign, verify; oct: encrypt, decrypt, "
                                      "wrapKey, unwrapKey); HSM keys can only narrow them")
                               .arg(name);
        break;
    case ErrorCode::WrongCredential:
        if (message.contains(QStringLiteral("PIN")))
            out.hint = QStringLiteral("check the token's user PIN given with --hsm-pin-file or --hsm-pin-stdin");
        else
            out.hint.clear(); // the message says what to do (an encrypted PEM's password)
        break;
    case ErrorCode::HsmUnavailable:
        out.hint = QStringLiteral("run 'coffer-cli vault hsm status' to see the token's state; give the PIN with "
                                  "--hsm-pin-file or --hsm-pin-stdin, or store it with 'coffer-cli vault hsm login'");
        break;
    case ErrorCode::Crypto:
        // Decryption and unwrap failures: the input does not belong to this key (or was altered). That is a value
        // the user passed, not a failure of the machine.
        if (message.contains(QStringLiteral("decryption failed")) || message.contains(QStringLiteral("unwrap"))) {
            out.exitCode = ExitCode::Invalid;
            out.hint = QStringLiteral("check that the value, iv, tag and aad are the ones encrypt or wrap returned, "
                                      "and the key version (--version) that made them");
        }
        break;
    default: break;
    }
    return out;
}

Outcome<std::optional<KeyOps>> opsOption(const CommandContext &ctx)
{
    if (!ctx.has(kOps))
        return std::optional<KeyOps>();
    QStringList names;
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    for (const QString &value : ctx.values(kOps))
        names += value.split(separators, Qt::SkipEmptyParts);
    if (names.isEmpty())
        return CliError {ExitCode::Invalid,
                         QStringLiteral("--ops needs at least one operation: encrypt, decrypt, sign, verify, wrapKey, "
                                        "unwrapKey"),
                         {}};
    auto ops = crypto::keyOpsFromNames(names);
    if (!ops)
        return CliError {ExitCode::Invalid, QStringLiteral("--ops: %1").arg(ops.error().context()), {}};
    return std::optional<KeyOps>(*ops);
}

Outcome<std::optional<QByteArray>> bytesOption(const CommandContext &ctx, const QString &option,
                                               const QString &fileOption, const QString &what)
{
    if (ctx.has(fileOption)) {
        auto bytes = readValueFile(ctx.value(fileOption), kMaxValueFileBytes);
        COFFER_CLI_CHECK(bytes);
        if (bytes->isEmpty())
            return emptyValue(fileOption, what);
        return std::optional<QByteArray>(QByteArray(bytes->constChar(), qsizetype(bytes->size())));
    }
    if (!ctx.has(option))
        return std::optional<QByteArray>();
    const QString text = ctx.value(option).trimmed();
    if (text.isEmpty())
        return emptyValue(option, what);
    auto bytes = crypto::jwk::fromBase64Any(text.toLatin1());
    if (!bytes || text.size() != text.toLatin1().size())
        return notBase64(option, what);
    return std::optional<QByteArray>(std::move(*bytes));
}

Outcome<std::optional<SecureBytes>> secretBytesOption(CommandContext &ctx, const QString &option,
                                                      const QString &fileOption, const QString &what)
{
    if (ctx.has(fileOption)) {
        auto bytes = readValueFile(ctx.value(fileOption), kMaxValueFileBytes);
        COFFER_CLI_CHECK(bytes);
        if (bytes->isEmpty())
            return emptyValue(fileOption, what);
        return std::optional<SecureBytes>(std::move(*bytes));
    }
    if (!ctx.has(option))
        return std::optional<SecureBytes>();
    SecureBytes text = ctx.takeSecret(option);
    if (text.isEmpty())
        return emptyValue(option, what);
    // fromBase64Any works on a QByteArray; the copies are wiped right after.
    QByteArray encoded(text.constChar(), qsizetype(text.size()));
    auto decoded = crypto::jwk::fromBase64Any(encoded.trimmed());
    wipeMemory(encoded.data(), std::size_t(encoded.size()));
    if (!decoded)
        return notBase64(option, what);
    SecureBytes out(*decoded);
    wipeMemory(decoded->data(), std::size_t(decoded->size()));
    if (out.isEmpty())
        return emptyValue(option, what);
    return std::optional<SecureBytes>(std::move(out));
}

SecureString base64UrlSecure(const SecureBytes &bytes)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const std::size_t n = bytes.size();
    SecureBytes out((n + 2) / 3 * 4);
    std::size_t o = 0;
    const std::uint8_t *in = bytes.data();
    std::size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        const std::uint32_t v = (std::uint32_t(in[i]) << 16) | (std::uint32_t(in[i + 1]) << 8) | in[i + 2];
        out.data()[o++] = std::uint8_t(alphabet[(v >> 18) & 63]);
        out.data()[o++] = std::uint8_t(alphabet[(v >> 12) & 63]);
        out.data()[o++] = std::uint8_t(alphabet[(v >> 6) & 63]);
        out.data()[o++] = std::uint8_t(alphabet[v & 63]);
    }
    if (n - i == 1) {
        const std::uint32_t v = std::uint32_t(in[i]) << 16;
        out.data()[o++] = std::uint8_t(alphabet[(v >> 18) & 63]);
        out.data()[o++] = std::uint8_t(alphabet[(v >> 12) & 63]);
    } else if (n - i == 2) {
        const std::uint32_t v = (std::uint32_t(in[i]) << 16) | (std::uint32_t(in[i + 1]) << 8);
        out.data()[o++] = std::uint8_t(alphabet[(v >> 18) & 63]);
        out.data()[o++] = std::uint8_t(alphabet[(v >> 12) & 63]);
        out.data()[o++] = std::uint8_t(alphabet[(v >> 6) & 63]);
    }
    return SecureString(SecureBytes(out.data(), o));
}

} // namespace coffer::cli::keycli
