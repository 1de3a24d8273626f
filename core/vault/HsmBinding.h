#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace coffer::access {
class Engine;
}
namespace coffer::hsm {
class HsmToken;
}

namespace coffer {

class KeychainStore;

// Which PKCS#11 token holds the vault's HSM keys: module path, token label and serial (recorded in the vault).
struct HsmBindingInfo
{
    QString modulePath;
    QString tokenLabel;
    QString tokenSerial;
    QString manufacturer;
    QString model;
};

struct HsmStatus
{
    bool bound = false;
    HsmBindingInfo binding;
    bool moduleLoads = false;
    bool tokenPresent = false;
    bool loggedIn = false; // a PIN was given (or found in the keychain) and accepted
    bool pinInKeychain = false;
    QStringList supported; // what the token can serve ("RSA-2048", "ES256", "A256GCM", ...)
    QStringList missing;
    int keyCount = 0; // HSM key versions the vault holds
    QStringList orphans; // CKA_IDs (hex) of purged keys still on the token
    bool moduleTrusted = false; // registered with p11-kit or trusted on this machine (see HsmBinding::trustModule)
    QString problem; // why the token cannot be used now, when it cannot
};

// A token a module offers (for pickers).
struct HsmTokenChoice
{
    QString label;
    QString serial;
    QString manufacturer;
    QString model;
    bool initialized = false;
};

// The vault's PKCS#11 binding and the session's logged-in token. The PIN comes from login() (a prompt, a file,
// stdin) or from the OS keychain when it was remembered; it is never stored in the vault.
class HsmBinding
{
public:
    HsmBinding(access::Engine &engine, QString vaultId, KeychainStore *keychain);
    ~HsmBinding();

    // Modules p11-kit has registered on this machine, and the tokens one offers (no vault, no login).
    static QStringList registeredModules();
    static Result<QList<HsmTokenChoice>> tokens(const QString &modulePath);

    // A module is code that runs in this process with the user's rights and sees the token PIN. The path a vault
    // names is loaded only when this machine trusts it: registered with p11-kit, listed in
    // COFFER_TRUSTED_PKCS11_MODULES (':'-separated), or trusted by this OS user (bind does that for the module it
    // is given; trustModule() for a module another person bound). Paths compare after resolving links.
    static bool isTrustedModule(const QString &modulePath);
    static Result<void> trustModule(const QString &modulePath);
    // The file that holds this OS user's trusted modules (one path per line).
    static QString trustedModulesFile();

    // Checks module, token (found by label), PIN (C_Login) and mechanisms, then records the binding (VaultPatch).
    // Conflict when HSM keys exist on another token. rememberPin: store the PIN in the keychain.
    Result<HsmBindingInfo> bind(const QString &modulePath, const QString &tokenLabel, const SecureString &pin,
                                bool rememberPin = false);
    // Refused (Conflict) while the vault holds HSM keys that are not purged.
    Result<void> unbind();
    Result<HsmStatus> status(); // VaultGet
    std::optional<HsmBindingInfo> binding(); // no record, no check

    // Logs in for this session (WrongCredential for a wrong PIN). rememberPin: also store it in the keychain.
    Result<void> login(const SecureString &pin, bool rememberPin = false);
    Result<void> forgetPin();
    // The logged-in token, opening it with the keychain's PIN when needed. HsmUnavailable naming what to do
    // ("no token is bound: run vault hsm bind", "the token's PIN is needed: ...").
    Result<hsm::HsmToken *> token();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace coffer
