#pragma once

#include "core/common/SecureBytes.h"

#include <QString>

namespace coffer {

// How a person or a script proves they may open a vault.
struct Credential
{
    enum class Kind { Passphrase, RecoveryKey, Keychain };

    Kind kind = Kind::Passphrase;
    SecureString secret; // the passphrase or the recovery key text; empty for the keychain
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
};

} // namespace coffer
