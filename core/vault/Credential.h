#pragma once

#include "core/common/SecureBytes.h"

#include <QString>

namespace coffer {

// How a person or a script proves they may open a vault.
struct Credential
{
    enum class Kind { Passphrase, RecoveryKey, Keychain, ClientSecret, Certificate };

    Kind kind = Kind::Passphrase;
    // The passphrase, the recovery key text, an application's client secret, or the PEM private key of an
    // application's certificate credential; empty for the keychain.
    SecureString secret;
    QString slotId; // optional: try only this keyslot

    static Credential passphrase(SecureString text, QString slot = {})
    {
        return Credential {Kind::Passphrase, std::move(text), std::move(slot)};
    }
    static Credential recoveryKey(SecureString text, QString slot = {})
    {
        return Credential {Kind::RecoveryKey, std::move(text), std::move(slot)};
    }
    static Credential keychain(QString slot = {}) { return Credential {Kind::Keychain, {}, std::move(slot)}; }
    static Credential clientSecret(SecureString text) { return Credential {Kind::ClientSecret, std::move(text), {}}; }
    static Credential certificate(SecureString privateKeyPem, QString slot = {})
    {
        return Credential {Kind::Certificate, std::move(privateKeyPem), std::move(slot)};
    }
};

} // namespace coffer
