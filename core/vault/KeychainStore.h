#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QString>

namespace coffer {

// The operating system's keychain (Secret Service, macOS Keychain, Windows Credential Manager), behind an
// interface so unit tests use an in-memory fake. Calls block until the keychain answers; call them off the
// GUI thread. Failures are ErrorCode::KeychainUnavailable (no keychain, locked, refused) or NotFound.
class KeychainStore
{
public:
    virtual ~KeychainStore() = default;
    virtual Result<void> write(const QString &service, const QString &account, const SecureBytes &secret) = 0;
    virtual Result<SecureBytes> read(const QString &service, const QString &account) = 0;
    virtual Result<void> remove(const QString &service, const QString &account) = 0;
};

// The real keychain through QtKeychain. Never uses QtKeychain's plaintext "insecure fallback".
class QtKeychainStore final : public KeychainStore
{
public:
    Result<void> write(const QString &service, const QString &account, const SecureBytes &secret) override;
    Result<SecureBytes> read(const QString &service, const QString &account) override;
    Result<void> remove(const QString &service, const QString &account) override;
};

} // namespace coffer
