#include "app/cli/ExitCodes.h"

#include "core/access/Roles.h"

namespace coffer::cli {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongCredential: return ExitCode::Credential;
    case ErrorCode::NotFound:
    case ErrorCode::NotAVault:
    case ErrorCode::MissingFile: return ExitCode::NotFound;
    case ErrorCode::Corrupted:
    case ErrorCode::HeaderTampered:
    case ErrorCode::HeaderMismatch:
    case ErrorCode::HeaderRolledBack:
    case ErrorCode::UnsupportedFormat: return ExitCode::Damaged;
    case ErrorCode::AlreadyExists:
    case ErrorCode::Conflict: return ExitCode::Conflict;
    case ErrorCode::InvalidArgument: return ExitCode::Invalid;
    case ErrorCode::Forbidden: return ExitCode::Forbidden;
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::HsmUnavailable:
    case ErrorCode::Busy: return ExitCode::Unavailable;
    case ErrorCode::Io:
    case ErrorCode::ReadOnly:
    case ErrorCode::Crypto:
    case ErrorCode::SelfTestFailed:
    case ErrorCode::Cancelled:
    case ErrorCode::Internal: return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

QString hintFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongCredential: return QStringLiteral("check the passphrase, or unlock with --recovery-key-file");
    case ErrorCode::NotAVault:
        return QStringLiteral("a vault is a folder NAME.coffer holding header.json and vault.db; pass that folder "
                              "to --vault");
    case ErrorCode::NotFound: return QStringLiteral("check the path and the ids you passed");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager) needs "
                              "an unlocked desktop session");
    case ErrorCode::ReadOnly: return QStringLiteral("check that you may write to the vault folder");
    case ErrorCode::Forbidden:
        return QStringLiteral("ask someone with Owner or Key Vault Data Access Administrator to assign a role that "
                              "allows this (coffer-cli role assignment create)");
    case ErrorCode::SelfTestFailed:
        return QStringLiteral("this machine's crypto library failed its self-tests; do not use it for vaults");
    default: return {};
    }
}

QString hintFor(const Error &error)
{
    if (error.code() != ErrorCode::Forbidden)
        return hintFor(error.code());
    const QString &message = error.context();
    if (message.contains(QStringLiteral("access polic"), Qt::CaseInsensitive)
        || message.contains(QStringLiteral("vault policy"), Qt::CaseInsensitive))
        return QStringLiteral("ask someone with Owner or Key Vault Contributor to grant the permission in an access "
                              "policy (coffer-cli set-policy), or switch the vault to role-based access "
                              "(coffer-cli vault permission-model set)");
    // When only roles the Data Access Administrator may not hand out would do (Owner for identity and permission
    // model changes), say who can.
    const QString marker = QStringLiteral("roles that grant it: ");
    if (const qsizetype at = message.indexOf(marker); at >= 0) {
        const QStringList granting = message.mid(at + marker.size()).section(u')', 0, 0).split(QStringLiteral(", "));
        const access::RoleDefinition *dataAccessAdmin
                = access::roles::find(QLatin1StringView(access::roles::kDataAccessAdministrator));
        bool delegable = false;
        for (const QString &name : granting)
            if (const access::RoleDefinition *role = access::roles::find(name))
                delegable = delegable
                        || (dataAccessAdmin
                            && dataAccessAdmin->assignableRoleIds.contains(role->id, Qt::CaseInsensitive));
        if (!delegable)
            return QStringLiteral("ask someone with Owner or User Access Administrator to assign a role that allows "
                                  "this (coffer-cli role assignment create)");
    }
    return hintFor(error.code());
}

QList<ExitCodeInfo> exitCodeTable()
{
    return {
            {ExitCode::Ok, QStringLiteral("success")},
            {ExitCode::Failure, QStringLiteral("any other error (I/O, read-only folder, internal error)")},
            {ExitCode::Usage,
             QStringLiteral("usage: unknown command or option, missing or malformed value, "
                            "conflicting options")},
            {ExitCode::Credential,
             QStringLiteral("credential: wrong passphrase, recovery key, keychain secret, client secret or "
                            "certificate key; mistyped recovery key; wrong HSM token PIN or encrypted PEM password")},
            {ExitCode::NotFound,
             QStringLiteral("not found: no such vault, folder, file, keyslot, secret, version, principal, role, "
                            "assignment or policy, key or key version; not a vault; header.json or vault.db missing; a "
                            "backup from another vault family")},
            {ExitCode::Damaged,
             QStringLiteral(
                     "damaged: vault.db corrupted or truncated, header.json tampered, from "
                     "another vault or rolled back; newer unsupported format; backup file altered or cut short; an "
                     "audit export or audit log that fails verification")},
            {ExitCode::Conflict,
             QStringLiteral("conflict: the vault, object, file, principal or role assignment already exists; the "
                            "name is deleted but recoverable; no one would be left to manage access")},
            {ExitCode::Invalid,
             QStringLiteral(
                     "invalid value or refused change: bad vault or secret name, retention out of "
                     "range, empty passphrase or value, bad tags or dates, purge protection off, last keyslot, "
                     "bad scope or permission name; a key type, size, curve, operation or algorithm that does not "
                     "fit (key_ops), a "
                     "digest of the wrong length, a ciphertext that does not decrypt, a malformed key file or "
                     "rotation policy")},
            {ExitCode::Forbidden,
             QStringLiteral("forbidden: the principal lacks the permission (role or access policy); the secret "
                            "version or key is disabled; a key outside its not-before/expiry window; purge before the "
                            "scheduled date under purge protection")},
            {ExitCode::Unavailable,
             QStringLiteral("unavailable: the OS keychain or HSM cannot be used, or the vault "
                            "is busy in another process")},
    };
}

} // namespace coffer::cli
