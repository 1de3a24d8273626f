#include "core/vault/HsmBinding.h"

#include "core/access/Engine.h"
#include "core/common/Log.h"
#include "core/hsm/HsmToken.h"
#include "core/storage/Database.h"
#include "core/vault/KeychainStore.h"
#include "core/vault/Meta.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <mutex>

namespace coffer {

using access::Operation;

namespace {

constexpr char kModule[] = "hsm_module";
constexpr char kLabel[] = "hsm_label";
constexpr char kSerial[] = "hsm_serial";
constexpr char kManufacturer[] = "hsm_manufacturer";
constexpr char kModel[] = "hsm_model";
const QString kKeychainService = QStringLiteral("Coffer");

// HSM key versions the vault holds (deleted ones included until purged).
Result<qint64> hsmKeyCount(storage::Database &db)
{
    auto stmt = db.prepare("SELECT count(*) FROM key_versions WHERE protection = 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->int64(0) : 0;
}

QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(path) : resolved;
}

QStringList trustedByUser()
{
    QFile file(HsmBinding::trustedModulesFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(QString::fromUtf8(line.trimmed()));
    return out;
}

Error untrustedModule(const QString &modulePath)
{
    return Error(ErrorCode::HsmUnavailable,
                 QStringLiteral("the vault names PKCS#11 module %1, which this machine does not trust (it is not "
                                "registered with p11-kit): a module runs with your rights and sees the token PIN. If "
                                "you trust it, run 'coffer-cli vault hsm trust-module --module %1' (or set "
                                "COFFER_TRUSTED_PKCS11_MODULES)")
                         .arg(modulePath));
}

} // namespace

QString HsmBinding::trustedModulesFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
            .filePath(QStringLiteral("Coffer/trusted-pkcs11-modules"));
}

bool HsmBinding::isTrustedModule(const QString &modulePath)
{
    if (modulePath.isEmpty())
        return false;
    const QString wanted = canonical(modulePath);
    QStringList trusted = hsm::registeredModules();
    trusted += QString::fromLocal8Bit(qgetenv("COFFER_TRUSTED_PKCS11_MODULES")).split(u':', Qt::SkipEmptyParts);
    trusted += trustedByUser();
    for (const QString &path : std::as_const(trusted))
        if (canonical(path) == wanted)
            return true;
    return false;
}

Result<void> HsmBinding::trustModule(const QString &modulePath)
{
    if (!QFileInfo(modulePath).isFile())
        return Error(ErrorCode::NotFound, QStringLiteral("there is no PKCS#11 module at %1").arg(modulePath));
    if (isTrustedModule(modulePath))
        return {};
    const QString path = trustedModulesFile();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the folder of %1").arg(path));
    QStringList lines = trustedByUser();
    lines.append(canonical(modulePath));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(lines.join(u'\n').toUtf8() + '\n');
    if (!file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

struct HsmBinding::Impl
{
    Impl(access::Engine &e, QString id, KeychainStore *k)
        : engine(e)
        , vaultId(std::move(id))
        , keychain(k)
    { }
    access::Engine &engine;
    QString vaultId;
    KeychainStore *keychain = nullptr;
    std::unique_ptr<hsm::HsmToken> token;
    std::mutex mutex;

    QString keychainAccount() const { return vaultId + QStringLiteral("/hsm-pin"); }

    Result<std::optional<HsmBindingInfo>> load()
    {
        auto settings = meta::all(engine.database());
        if (!settings)
            return settings.error();
        const QString module = settings->value(QLatin1StringView(kModule));
        if (module.isEmpty())
            return std::optional<HsmBindingInfo>();
        return std::optional<HsmBindingInfo>(HsmBindingInfo {
                module, settings->value(QLatin1StringView(kLabel)), settings->value(QLatin1StringView(kSerial)),
                settings->value(QLatin1StringView(kManufacturer)), settings->value(QLatin1StringView(kModel))});
    }

    Result<void> open(const HsmBindingInfo &binding, const SecureString &pin)
    {
        if (!HsmBinding::isTrustedModule(binding.modulePath))
            return untrustedModule(binding.modulePath);
        auto opened = hsm::HsmToken::open({binding.modulePath, binding.tokenLabel, binding.tokenSerial}, pin);
        if (!opened)
            return opened.error();
        token = std::move(*opened);
        return {};
    }
};

HsmBinding::HsmBinding(access::Engine &engine, QString vaultId, KeychainStore *keychain)
    : d(std::make_unique<Impl>(engine, std::move(vaultId), keychain))
{ }

HsmBinding::~HsmBinding() = default;

QStringList HsmBinding::registeredModules()
{
    return hsm::registeredModules();
}

Result<QList<HsmTokenChoice>> HsmBinding::tokens(const QString &modulePath)
{
    auto tokens = hsm::listTokens(modulePath);
    if (!tokens)
        return tokens.error();
    QList<HsmTokenChoice> out;
    for (const hsm::TokenInfo &t : *tokens)
        out.append({t.label, t.serial, t.manufacturer, t.model, t.initialized});
    return out;
}

std::optional<HsmBindingInfo> HsmBinding::binding()
{
    auto loaded = d->load();
    return loaded ? *loaded : std::nullopt;
}

Result<HsmBindingInfo> HsmBinding::bind(const QString &modulePath, const QString &tokenLabel, const SecureString &pin,
                                        bool rememberPin)
{
    const auto vault = access::Resource::vault();
    return d->engine.guard(Operation::VaultPatch, vault, [&]() -> Result<HsmBindingInfo> {
        if (modulePath.isEmpty() || tokenLabel.isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("binding a token needs a module path and a token "
                                        "label"));
        COFFER_TRY(d->engine.authorize(Operation::VaultPatch, vault));
        // The token is opened (module, label, PIN) before anything is recorded: a wrong PIN binds nothing.
        auto opened = hsm::HsmToken::open({modulePath, tokenLabel, QString()}, pin);
        if (!opened)
            return opened.error();
        const hsm::TokenInfo info = (*opened)->info();
        HsmBindingInfo binding {(*opened)->ref().modulePath, info.label, info.serial, info.manufacturer, info.model};
        auto stored = d->engine.run(Operation::VaultPatch, vault, [&]() -> Result<HsmBindingInfo> {
            auto keys = hsmKeyCount(d->engine.database());
            if (!keys)
                return keys.error();
            auto current = d->load();
            if (!current)
                return current.error();
            if (*keys > 0 && *current && (*current)->tokenSerial != binding.tokenSerial)
                return Error(ErrorCode::Conflict,
                             QStringLiteral("the vault holds %1 HSM key versions on the token with serial %2; it "
                                            "cannot move to token %3 (purge those keys first)")
                                     .arg(*keys)
                                     .arg((*current)->tokenSerial, binding.tokenSerial));
            auto &db = d->engine.database();
            COFFER_TRY(meta::set(db, kModule, binding.modulePath));
            COFFER_TRY(meta::set(db, kLabel, binding.tokenLabel));
            COFFER_TRY(meta::set(db, kSerial, binding.tokenSerial));
            COFFER_TRY(meta::set(db, kManufacturer, binding.manufacturer));
            COFFER_TRY(meta::set(db, kModel, binding.model));
            d->engine.noteDetail(QStringLiteral("hsmModule"), binding.modulePath);
            d->engine.noteDetail(QStringLiteral("hsmToken"), binding.tokenLabel);
            d->engine.noteDetail(QStringLiteral("hsmSerial"), binding.tokenSerial);
            return binding;
        });
        if (!stored)
            return stored.error();
        {
            std::lock_guard lock(d->mutex);
            d->token = std::move(*opened);
        }
        // The person binding named this module: this machine trusts it from now on.
        COFFER_TRY(trustModule(binding.modulePath));
        if (d->keychain) {
            // A PIN kept for an earlier token would be tried (and count against the new token's retries).
            if (rememberPin)
                COFFER_TRY(d->keychain->write(kKeychainService, d->keychainAccount(), pin.utf8().clone()));
            else
                (void)forgetPin(); // best effort: a keychain that cannot be reached has no PIN to try either
        }
        return *stored;
    });
}

Result<void> HsmBinding::unbind()
{
    return d->engine.run(Operation::VaultPatch, access::Resource::vault(), [&]() -> Result<void> {
        auto keys = hsmKeyCount(d->engine.database());
        if (!keys)
            return keys.error();
        if (*keys > 0)
            return Error(ErrorCode::Conflict,
                         QStringLiteral("the vault holds %1 HSM key versions (deleted ones included until purged); "
                                        "purge them before unbinding the token")
                                 .arg(*keys));
        auto stmt = d->engine.database().prepare("DELETE FROM meta WHERE key = ?");
        if (!stmt)
            return stmt.error();
        for (const char *key : {kModule, kLabel, kSerial, kManufacturer, kModel}) {
            stmt->bind(1, QString::fromLatin1(key));
            COFFER_TRY(stmt->run());
        }
        d->engine.noteDetail(QStringLiteral("hsm"), QStringLiteral("unbound"));
        {
            std::lock_guard lock(d->mutex);
            d->token.reset();
        }
        (void)forgetPin(); // best effort, as in bind()
        return {};
    });
}

Result<HsmStatus> HsmBinding::status()
{
    auto base = d->engine.run(Operation::VaultGet, access::Resource::vault(), [&]() -> Result<HsmStatus> {
        HsmStatus status;
        auto binding = d->load();
        if (!binding)
            return binding.error();
        if (!*binding)
            return status;
        status.bound = true;
        status.binding = **binding;
        auto keys = hsmKeyCount(d->engine.database());
        if (!keys)
            return keys.error();
        status.keyCount = int(*keys);
        auto orphans = d->engine.database().prepare("SELECT hsm_id FROM hsm_pending_destroy ORDER BY hsm_id");
        if (!orphans)
            return orphans.error();
        COFFER_TRY(orphans->forEachRow(
                [&](const storage::Statement &s) { status.orphans.append(QString::fromLatin1(s.blob(0).toHex())); }));
        return status;
    });
    if (!base || !base->bound)
        return base;
    HsmStatus status = std::move(*base);
    if (d->keychain) {
        auto stored = d->keychain->read(kKeychainService, d->keychainAccount());
        status.pinInKeychain = bool(stored);
    }
    status.moduleTrusted = isTrustedModule(status.binding.modulePath);
    if (!status.moduleTrusted) {
        status.problem = untrustedModule(status.binding.modulePath).context();
        return status;
    }
    auto tokens = hsm::listTokens(status.binding.modulePath);
    status.moduleLoads = bool(tokens);
    if (!tokens) {
        status.problem = tokens.error().context();
        return status;
    }
    for (const hsm::TokenInfo &t : *tokens)
        if (t.label == status.binding.tokenLabel && t.serial == status.binding.tokenSerial)
            status.tokenPresent = true;
    if (!status.tokenPresent) {
        status.problem = QStringLiteral("token '%1' (serial %2) is not present in module %3")
                                 .arg(status.binding.tokenLabel, status.binding.tokenSerial, status.binding.modulePath);
        return status;
    }
    auto token = this->token();
    status.loggedIn = bool(token);
    if (!token) {
        status.problem = token.error().context();
        return status;
    }
    const hsm::MechanismReport report = (*token)->mechanisms();
    status.supported = report.supported;
    status.missing = report.missing;
    return status;
}

Result<void> HsmBinding::login(const SecureString &pin, bool rememberPin)
{
    auto binding = d->load();
    if (!binding)
        return binding.error();
    if (!*binding)
        return Error(ErrorCode::HsmUnavailable,
                     QStringLiteral("no PKCS#11 token is bound to this vault: bind one first (vault hsm bind)"));
    {
        std::lock_guard lock(d->mutex);
        COFFER_TRY(d->open(**binding, pin));
    }
    if (rememberPin) {
        if (!d->keychain)
            return Error(ErrorCode::KeychainUnavailable,
                         QStringLiteral("no keychain is available to remember the token's PIN"));
        COFFER_TRY(d->keychain->write(kKeychainService, d->keychainAccount(), pin.utf8().clone()));
    }
    return {};
}

Result<void> HsmBinding::forgetPin()
{
    if (!d->keychain)
        return {};
    auto removed = d->keychain->remove(kKeychainService, d->keychainAccount());
    if (!removed && removed.error().code() != ErrorCode::NotFound)
        return removed;
    return {};
}

Result<hsm::HsmToken *> HsmBinding::token()
{
    std::lock_guard lock(d->mutex);
    if (d->token)
        return d->token.get();
    auto binding = d->load();
    if (!binding)
        return binding.error();
    if (!*binding)
        return Error(ErrorCode::HsmUnavailable,
                     QStringLiteral("no PKCS#11 token is bound to this vault: bind one first (vault hsm bind, or the "
                                    "console's vault properties)"));
    if (!d->keychain)
        return Error(ErrorCode::HsmUnavailable,
                     QStringLiteral("the PIN of token '%1' is needed: give it (--hsm-pin-file or --hsm-pin-stdin, or "
                                    "the console's prompt), or remember it in the keychain")
                             .arg((*binding)->tokenLabel));
    auto stored = d->keychain->read(kKeychainService, d->keychainAccount());
    if (!stored)
        return Error(ErrorCode::HsmUnavailable,
                     QStringLiteral("the PIN of token '%1' is needed and the keychain has none for this vault: give it "
                                    "(--hsm-pin-file or --hsm-pin-stdin, or the console's prompt)")
                             .arg((*binding)->tokenLabel));
    const SecureString pin(std::move(*stored));
    auto opened = d->open(**binding, pin);
    if (!opened) {
        if (opened.error().code() != ErrorCode::WrongCredential)
            return opened.error();
        // A PIN that no longer opens the token is not tried again: each try counts against its retry limit.
        (void)d->keychain->remove(kKeychainService, d->keychainAccount());
        return Error(ErrorCode::WrongCredential,
                     QStringLiteral("the PIN kept in the keychain for token '%1' is wrong (was it changed?); it was "
                                    "removed from the keychain: give the PIN again (vault hsm login)")
                             .arg((*binding)->tokenLabel));
    }
    return d->token.get();
}

} // namespace coffer
