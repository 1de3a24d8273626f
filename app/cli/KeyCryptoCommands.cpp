#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/KeyCommands.h"
#include "app/cli/KeyJson.h"
#include "app/cli/KeySupport.h"
#include "app/cli/SecretValueIo.h"
#include "app/cli/VaultAccess.h"
#include "core/crypto/KeyEncoding.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace coffer::cli {

namespace {

using namespace keycli;

const QString kAlgorithm = QStringLiteral("algorithm");
const QString kDigest = QStringLiteral("digest");
const QString kDigestFile = QStringLiteral("digest-file");
const QString kSignature = QStringLiteral("signature");
const QString kSignatureFile = QStringLiteral("signature-file");
const QString kValue = QStringLiteral("value");
const QString kValueFile = QStringLiteral("value-file");
const QString kIv = QStringLiteral("iv");
const QString kTag = QStringLiteral("tag");
const QString kAad = QStringLiteral("aad");
const QString kResultFile = QStringLiteral("result-file");
const QString kOverwrite = QStringLiteral("overwrite");

enum class Op { Encrypt, Decrypt, Wrap, Unwrap };

QString opCommand(Op op)
{
    switch (op) {
    case Op::Encrypt: return QStringLiteral("encrypt");
    case Op::Decrypt: return QStringLiteral("decrypt");
    case Op::Wrap: return QStringLiteral("wrap");
    case Op::Unwrap: return QStringLiteral("unwrap");
    }
    return {};
}

bool isWrap(Op op)
{
    return op == Op::Wrap || op == Op::Unwrap;
}

Outcome<SignAlg> signAlgorithm(const CommandContext &ctx)
{
    const auto alg = crypto::signAlgFromName(ctx.value(kAlgorithm));
    if (!alg)
        return CliError::usage(QStringLiteral("--algorithm '%1' is not a signature algorithm; use one of %2")
                                       .arg(ctx.value(kAlgorithm), crypto::signAlgNames().join(QStringLiteral(", "))));
    return *alg;
}

Outcome<EncAlg> encAlgorithm(const CommandContext &ctx, Op op)
{
    const auto alg = crypto::encAlgFromName(ctx.value(kAlgorithm));
    QStringList names;
    for (const QString &name : crypto::encAlgNames()) {
        const auto candidate = crypto::encAlgFromName(name);
        if (candidate && (isWrap(op) ? !crypto::isGcmAlg(*candidate) : !crypto::isKeyWrapAlg(*candidate)))
            names.append(name);
    }
    if (!alg || !names.contains(crypto::encAlgName(*alg)))
        return CliError::usage(QStringLiteral("--algorithm '%1' is not an algorithm of '%2'; use one of %3")
                                       .arg(ctx.value(kAlgorithm), opCommand(op), names.join(QStringLiteral(", "))));
    return *alg;
}

Outcome<QByteArray> requiredBytes(const CommandContext &ctx, const QString &option, const QString &fileOption,
                                  const QString &what)
{
    auto bytes = bytesOption(ctx, option, fileOption, what);
    COFFER_CLI_CHECK(bytes);
    if (!*bytes)
        return CliError::usage(QStringLiteral("give the %1 with --%2 or --%3").arg(what, option, fileOption));
    return std::move(**bytes);
}

// --iv, --tag (decrypt) and --aad, which only AES-GCM takes.
Outcome<CipherInput> gcmOptions(const CommandContext &ctx, EncAlg alg, bool decrypting)
{
    CipherInput input;
    const bool gcm = crypto::isGcmAlg(alg);
    for (const QString &option : {kIv, kTag, kAad}) {
        if (!ctx.has(option))
            continue;
        if (!gcm)
            return CliError::usage(QStringLiteral("--%1 is for the AES-GCM algorithms (A128GCM, A192GCM, A256GCM), "
                                                  "not %2")
                                           .arg(option, crypto::encAlgName(alg)));
        if (!decrypting && option != kAad)
            return CliError::usage(
                    QStringLiteral("encrypt makes a fresh --%1 itself; it is given to decrypt").arg(option));
        auto bytes = bytesOption(ctx, option, QString(),
                                 option == kAad          ? QStringLiteral("additional data")
                                         : option == kIv ? QStringLiteral("iv")
                                                         : QStringLiteral("tag"));
        COFFER_CLI_CHECK(bytes);
        (option == kIv ? input.iv : option == kTag ? input.tag : input.aad) = std::move(**bytes);
    }
    if (gcm && decrypting && (input.iv.isEmpty() || input.tag.isEmpty()))
        return CliError::usage(QStringLiteral("%1 decryption needs --iv and --tag, as encrypt printed them "
                                              "(\"iv\", \"authenticationTag\")")
                                       .arg(crypto::encAlgName(alg)));
    return input;
}

// What sign and verify read first: --name, --algorithm and the digest.
struct SignCall
{
    QString name;
    SignAlg alg;
    QByteArray digest;
};

Outcome<SignCall> signCall(const CommandContext &ctx)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto alg = signAlgorithm(ctx);
    COFFER_CLI_CHECK(alg);
    auto digest = requiredBytes(ctx, kDigest, kDigestFile, QStringLiteral("digest"));
    COFFER_CLI_CHECK(digest);
    // sha256sum prints hex, which also reads as base64 (of the wrong length): say so rather than "got 48 bytes".
    const int expected = crypto::digestLength(crypto::signDigest(*alg));
    const QString text = ctx.value(kDigest).trimmed();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    if (ctx.has(kDigest) && text.size() == 2 * expected && hex.match(text).hasMatch())
        return CliError {ExitCode::Invalid,
                         QStringLiteral("--digest looks like hex (%1 hex digits); it must be base64").arg(text.size()),
                         QStringLiteral("convert it with: echo %1 | xxd -r -p | base64, or give the raw digest with "
                                        "--digest-file (openssl dgst -%2 -binary FILE > digest.bin)")
                                 .arg(text, QStringLiteral("sha%1").arg(expected * 8))};
    return SignCall {std::move(*name), *alg, std::move(*digest)};
}

// What encrypt, decrypt, wrap and unwrap read first: --name, --algorithm (one of the op's) and the AES-GCM options.
struct CipherCall
{
    QString name;
    EncAlg alg;
    CipherInput input;
};

Outcome<CipherCall> cipherCall(const CommandContext &ctx, Op op)
{
    auto name = keycli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto alg = encAlgorithm(ctx, op);
    COFFER_CLI_CHECK(alg);
    auto input = gcmOptions(ctx, *alg, op == Op::Decrypt || op == Op::Unwrap);
    COFFER_CLI_CHECK(input);
    return CipherCall {std::move(*name), *alg, std::move(*input)};
}

Outcome<CommandOutput> signDigest(CommandContext &ctx)
{
    auto call = signCall(ctx);
    COFFER_CLI_CHECK(call);
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto signed_ = (*vault)->keys().sign(call->name, ctx.value(kVersion), call->alg, call->digest);
    if (!signed_)
        return failure(signed_.error(), call->name);
    CommandOutput out;
    out.value = QJsonObject {
            {QStringLiteral("kid"), signed_->kid},
            {QStringLiteral("signature"), QString::fromLatin1(crypto::jwk::base64Url(signed_->signature))},
            {QStringLiteral("algorithm"), crypto::signAlgName(call->alg)},
    };
    return out;
}

Outcome<CommandOutput> verifySignature(CommandContext &ctx)
{
    auto call = signCall(ctx);
    COFFER_CLI_CHECK(call);
    auto signature = requiredBytes(ctx, kSignature, kSignatureFile, QStringLiteral("signature"));
    COFFER_CLI_CHECK(signature);
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto valid = (*vault)->keys().verify(call->name, ctx.value(kVersion), call->alg, call->digest, *signature);
    if (!valid)
        return failure(valid.error(), call->name);
    CommandOutput out;
    out.value = QJsonObject {{QStringLiteral("isValid"), *valid}};
    return out;
}

// encrypt and wrap: plaintext (or a key) in, KeyOperationResult out.
Outcome<CommandOutput> protect(CommandContext &ctx, Op op)
{
    auto call = cipherCall(ctx, op);
    COFFER_CLI_CHECK(call);
    const QString what = op == Op::Wrap ? QStringLiteral("key to wrap") : QStringLiteral("plaintext");
    if (ctx.has(kValue))
        ctx.console().warning(QStringLiteral("a value given with --value is visible to other local users (process "
                                             "list); prefer --value-file"));
    auto value = secretBytesOption(ctx, kValue, kValueFile, what);
    COFFER_CLI_CHECK(value);
    if (!*value)
        return CliError::usage(QStringLiteral("give the %1 with --value or --value-file").arg(what));
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    KeyStore &keys = (*vault)->keys();
    auto result = op == Op::Wrap
            ? keys.wrapKey(call->name, ctx.value(kVersion), call->alg, (*value)->view())
            : keys.encrypt(call->name, ctx.value(kVersion), call->alg, (*value)->view(), call->input.aad);
    if (!result)
        return failure(result.error(), call->name);
    CommandOutput out;
    out.value = keyjson::cipherResult(*result);
    return out;
}

// decrypt and unwrap: ciphertext in, plaintext out (printed from secure memory, or written to --result-file).
Outcome<CommandOutput> unprotect(CommandContext &ctx, Op op)
{
    auto call = cipherCall(ctx, op);
    COFFER_CLI_CHECK(call);
    CipherInput &input = call->input;
    auto data = requiredBytes(ctx, kValue, kValueFile,
                              op == Op::Unwrap ? QStringLiteral("wrapped key") : QStringLiteral("ciphertext"));
    COFFER_CLI_CHECK(data);
    input.data = std::move(*data);
    const QString resultFile = ctx.value(kResultFile);
    const bool overwrite = ctx.has(kOverwrite);
    if (overwrite && !ctx.has(kResultFile))
        return CliError::usage(QStringLiteral("--overwrite goes with --result-file"));
    if (ctx.has(kResultFile) && !overwrite && QFileInfo::exists(resultFile))
        return CliError {ExitCode::Conflict,
                         QStringLiteral("the file '%1' already exists; it is not overwritten").arg(resultFile),
                         QStringLiteral("pass --overwrite to replace it, or choose another file name")};
    auto vault = keycli::openVault(ctx);
    COFFER_CLI_CHECK(vault);
    KeyStore &keys = (*vault)->keys();
    auto plain = op == Op::Unwrap ? keys.unwrapKey(call->name, ctx.value(kVersion), call->alg, input)
                                  : keys.decrypt(call->name, ctx.value(kVersion), call->alg, input);
    if (!plain)
        return failure(plain.error(), call->name);
    CommandOutput out;
    QJsonObject json {
            {QStringLiteral("kid"), plain->kid},
            {QStringLiteral("algorithm"), crypto::encAlgName(call->alg)},
    };
    if (crypto::isGcmAlg(call->alg))
        keyjson::addGcmFields(json, input.iv, input.tag, input.aad);
    if (ctx.has(kResultFile)) {
        COFFER_CLI_TRY(writeNewFile(resultFile, plain->result.view(), overwrite,
                                    op == Op::Unwrap ? QStringLiteral("unwrapped key file")
                                                     : QStringLiteral("plaintext file")));
        json.insert(QStringLiteral("resultFile"), resultFile);
    } else {
        out.secrets.push_back({QStringLiteral("result"), base64UrlSecure(plain->result)});
    }
    out.value = json;
    return out;
}

CommandSpec cryptoSpec(const QString &command, const QString &summary, bool token)
{
    return commandSpec({command}, summary, {}, NameOption::NameAndVersion,
                       token ? TokenOption::Pin : TokenOption::None);
}

// --algorithm of encrypt/decrypt (RSA and AES-GCM) or wrap/unwrap (RSA and AES key wrap).
OptionSpec algorithmOption(Op op)
{
    return {kAlgorithm, QStringLiteral("ALG"),
            isWrap(op) ? QStringLiteral("RSA-OAEP|RSA-OAEP-256|RSA1_5|A128KW|A192KW|A256KW")
                       : QStringLiteral("RSA-OAEP|RSA-OAEP-256|RSA1_5|A128GCM|A192GCM|A256GCM")};
}

void addDigest(CommandSpec &spec)
{
    spec.options += {
            {kAlgorithm, QStringLiteral("ALG"),
             QStringLiteral("RS256|RS384|RS512|PS256|PS384|PS512 (RSA), ES256 (P-256), ES256K (P-256K), ES384 "
                            "(P-384), ES512 (P-521)")},
            {kDigest, QStringLiteral("B64"),
             QStringLiteral("the digest (SHA-256/384/512 as the algorithm says), base64 or base64url")},
            {kDigestFile, QStringLiteral("FILE"), QStringLiteral("read the digest's raw bytes from FILE")},
    };
    spec.required.append(kAlgorithm);
    spec.groups.append({{kDigest, kDigestFile}, true});
}

CommandSpec signSpec()
{
    CommandSpec spec
            = cryptoSpec(QStringLiteral("sign"), QStringLiteral("Sign a digest: {\"kid\", \"signature\"}."), true);
    spec.details = QStringLiteral(
            "Azure signs a digest, not the data: hash first (openssl dgst -sha256 -binary). ES* signatures are raw "
            "r||s (JWS form); convert to DER for OpenSSL. PS* use a salt as long as the digest. The signature is "
            "base64url. Refused for a disabled key, outside its not-before/expires window, or when 'sign' is not "
            "in its key_ops.");
    addDigest(spec);
    spec.examples = {
            QStringLiteral("openssl dgst -sha256 -binary data.bin > data.sha256 && coffer-cli key sign --vault "
                           "team-kv.coffer --passphrase-file pass.txt --name signing --algorithm ES256 --digest-file "
                           "data.sha256"),
            QStringLiteral("coffer-cli key sign --vault team-kv.coffer --passphrase-file pass.txt --name hsm-rsa "
                           "--algorithm PS256 --digest $DIGEST_B64 --hsm-pin-file pin.txt"),
    };
    spec.run = signDigest;
    return spec;
}

CommandSpec verifySpec()
{
    CommandSpec spec
            = cryptoSpec(QStringLiteral("verify"),
                         QStringLiteral("Verify a signature over a digest: {\"isValid\": true|false}."), false);
    spec.details = QStringLiteral("Works outside the key's not-before/expires window, as Azure's does. A signature "
                                  "that does not verify is {\"isValid\": false} with exit code 0.");
    addDigest(spec);
    spec.options += {
            {kSignature, QStringLiteral("B64"), QStringLiteral("the signature, base64 or base64url (ES*: raw r||s)")},
            {kSignatureFile, QStringLiteral("FILE"), QStringLiteral("read the signature's raw bytes from FILE")},
    };
    spec.groups.append({{kSignature, kSignatureFile}, true});
    spec.examples = {QStringLiteral("coffer-cli key verify --vault team-kv.coffer --passphrase-file pass.txt --name "
                                    "signing --algorithm ES256 --digest-file data.sha256 --signature $SIG")};
    spec.run = verifySignature;
    return spec;
}

CommandSpec protectSpec(Op op)
{
    const bool wrap = op == Op::Wrap;
    CommandSpec spec = cryptoSpec(opCommand(op),
                                  wrap ? QStringLiteral("Wrap a key with a key: {\"kid\", \"result\", \"algorithm\"}.")
                                       : QStringLiteral("Encrypt a value: {\"kid\", \"result\", \"algorithm\"} (and "
                                                        "\"iv\", \"authenticationTag\" for AES-GCM)."),
                                  true);
    spec.details = wrap ? QStringLiteral("RSA-OAEP, RSA-OAEP-256, RSA1_5 (RSA keys) or A128KW/A192KW/A256KW (oct "
                                         "keys; the key to wrap is a multiple of 8 bytes, at least 16).")
                        : QStringLiteral("RSA-OAEP, RSA-OAEP-256, RSA1_5 (RSA keys; one block: at most the key size "
                                         "minus 11/42/66 bytes) or A128GCM/A192GCM/A256GCM (oct keys, with a fresh "
                                         "iv). Refused for a disabled key, outside its window, or without the op in "
                                         "key_ops.");
    spec.options += {
            algorithmOption(op),
            {kValue, QStringLiteral("B64"),
             wrap ? QStringLiteral("the key to wrap, base64 (visible to other local users: prefer --value-file)")
                  : QStringLiteral("the plaintext, base64 (visible to other local users: prefer --value-file)"),
             false, false, false, true},
            {kValueFile, QStringLiteral("FILE"), QStringLiteral("read the raw bytes from FILE")},
    };
    if (!wrap)
        spec.options.append({kAad, QStringLiteral("B64"), QStringLiteral("AES-GCM: additional authenticated data")});
    spec.required.append(kAlgorithm);
    spec.groups.append({{kValue, kValueFile}, true});
    spec.examples = {wrap ? QStringLiteral("coffer-cli key wrap --vault team-kv.coffer --passphrase-file pass.txt "
                                           "--name kek --algorithm RSA-OAEP-256 --value-file dek.bin")
                          : QStringLiteral("coffer-cli key encrypt --vault team-kv.coffer --passphrase-file pass.txt "
                                           "--name aes --algorithm A256GCM --value-file plain.bin --aad aGVhZGVy")};
    spec.run = [op](CommandContext &ctx) { return protect(ctx, op); };
    return spec;
}

CommandSpec unprotectSpec(Op op)
{
    const bool unwrap = op == Op::Unwrap;
    CommandSpec spec = cryptoSpec(opCommand(op),
                                  unwrap ? QStringLiteral("Unwrap a wrapped key: {\"kid\", \"result\", \"algorithm\"}.")
                                         : QStringLiteral("Decrypt a value: {\"kid\", \"result\", \"algorithm\"}."),
                                  true);
    spec.details = QStringLiteral(
            "Works outside the key's not-before/expires window, as Azure's does. \"result\" is base64url; "
            "--result-file writes the raw bytes to a new file (mode 0600) instead of printing them. Any padding or "
            "tag failure is one message, 'decryption failed' (exit code 7).");
    spec.options += {
            algorithmOption(op),
            {kValue, QStringLiteral("B64"),
             unwrap ? QStringLiteral("the wrapped key, base64") : QStringLiteral("the ciphertext, base64")},
            {kValueFile, QStringLiteral("FILE"), QStringLiteral("read the raw bytes from FILE")},
            {kResultFile, QStringLiteral("FILE"), QStringLiteral("write the result's raw bytes to FILE")},
            {kOverwrite, {}, QStringLiteral("replace the --result-file when it exists")},
    };
    if (!unwrap)
        spec.options += {
                {kIv, QStringLiteral("B64"), QStringLiteral("AES-GCM: the iv encrypt printed")},
                {kTag, QStringLiteral("B64"), QStringLiteral("AES-GCM: the authenticationTag encrypt printed")},
                {kAad, QStringLiteral("B64"), QStringLiteral("AES-GCM: the additional authenticated data")},
        };
    spec.required.append(kAlgorithm);
    spec.groups.append({{kValue, kValueFile}, true});
    spec.examples = {unwrap ? QStringLiteral("coffer-cli key unwrap --vault team-kv.coffer --passphrase-file pass.txt "
                                             "--name kek --algorithm RSA-OAEP-256 --value $WRAPPED --result-file "
                                             "dek.bin")
                            : QStringLiteral("coffer-cli key decrypt --vault team-kv.coffer --passphrase-file pass.txt "
                                             "--name rsa --algorithm RSA-OAEP-256 --value-file cipher.bin")};
    spec.run = [op](CommandContext &ctx) { return unprotect(ctx, op); };
    return spec;
}

} // namespace

void registerKeyCryptoCommands(CommandRegistry &registry)
{
    registry.add(signSpec());
    registry.add(verifySpec());
    registry.add(protectSpec(Op::Encrypt));
    registry.add(unprotectSpec(Op::Decrypt));
    registry.add(protectSpec(Op::Wrap));
    registry.add(unprotectSpec(Op::Unwrap));
}

} // namespace coffer::cli
