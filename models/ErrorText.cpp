#include "models/ErrorText.h"

#include "models/AccessText.h"

namespace coffer::models {

QString ErrorText::forCode(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return tr("The value entered is not valid.");
    case ErrorCode::NotFound: return tr("The vault folder, file or keyslot was not found.");
    case ErrorCode::Conflict:
        return tr("The name is already in use, or belongs to a deleted item that has not been purged yet.");
    case ErrorCode::Forbidden: return tr("You do not have permission to do this.");
    case ErrorCode::WrongCredential: return tr("The credential is wrong: it does not unlock this vault.");
    case ErrorCode::Corrupted:
        return tr("The vault database (vault.db) is damaged or truncated. Restore it from a backup.");
    case ErrorCode::HeaderTampered:
        return tr("The vault header (header.json) is damaged or was changed outside Coffer. Restore it from a "
                  "backup of this vault.");
    case ErrorCode::HeaderMismatch:
        return tr("The vault header (header.json) belongs to a different vault than the database (vault.db) in "
                  "this folder.");
    case ErrorCode::HeaderRolledBack:
        return tr("The vault header (header.json) is an older copy than this vault expects: keyslots were changed "
                  "since. Put back the current header.json.");
    case ErrorCode::UnsupportedFormat:
        return tr("This vault was made by a newer version of Coffer. Open it with that version or a later one.");
    case ErrorCode::NotAVault: return tr("This folder is not a Coffer vault.");
    case ErrorCode::MissingFile:
        return tr("Part of the vault is missing (header.json or vault.db). Restore the missing file from a "
                  "backup.");
    case ErrorCode::AlreadyExists:
        return tr("A vault or file with this name already exists there. Choose another name or folder.");
    case ErrorCode::Io: return tr("Reading or writing a file failed. Check the disk and the folder permissions.");
    case ErrorCode::Busy: return tr("Another program is using this vault. Try again in a moment.");
    case ErrorCode::ReadOnly: return tr("The vault folder is read-only. Coffer needs write access to it.");
    case ErrorCode::HsmUnavailable:
        return tr("The hardware security module (PKCS#11 token) cannot be used. Check that it is connected.");
    case ErrorCode::KeychainUnavailable: return tr("The OS keychain cannot be reached, is locked, or refused access.");
    case ErrorCode::Crypto: return tr("A cryptographic operation failed.");
    case ErrorCode::SelfTestFailed:
        return tr("The cryptographic self-tests failed. Coffer refuses to work with vaults on this system.");
    case ErrorCode::Cancelled: return tr("The operation was cancelled.");
    case ErrorCode::Internal: return tr("An internal error occurred in Coffer. Please report it.");
    }
    return tr("An unknown error occurred.");
}

QString ErrorText::forUnlock(const Error &error, Credential::Kind kind)
{
    switch (error.code()) {
    case ErrorCode::WrongCredential:
        switch (kind) {
        case Credential::Kind::Passphrase:
            return tr("Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.");
        case Credential::Kind::RecoveryKey:
            return tr("This recovery key is well-formed but does not unlock this vault. It may belong to another "
                      "vault.");
        case Credential::Kind::Keychain:
            return tr("The key stored in the OS keychain does not unlock this vault (it belongs to another copy).");
        case Credential::Kind::ClientSecret: return tr("This client secret does not unlock this vault.");
        case Credential::Kind::Certificate:
            return tr("This private key does not belong to a certificate credential of this vault.");
        }
        break;
    case ErrorCode::InvalidArgument:
        if (kind == Credential::Kind::RecoveryKey)
            return tr("The recovery key is mistyped: a character is wrong or missing (its checksum does not match). "
                      "Compare each group with your saved copy.");
        break;
    case ErrorCode::NotFound:
        if (kind == Credential::Kind::Keychain)
            return tr("The OS keychain holds no key for this vault.");
        return tr("The vault folder was not found. It may have been moved, renamed or deleted.");
    default: break;
    }
    return forCode(error.code());
}

QString ErrorText::forObject(const Error &error, ObjectOp op, ObjectKind kind, const QString &name)
{
    const bool secret = kind == ObjectKind::Secret;
    switch (error.code()) {
    case ErrorCode::AlreadyExists:
        if (op == ObjectOp::Create)
            return secret ? tr("A secret named %1 already exists. Select it and use New version to change its "
                               "value.")
                                    .arg(name)
                          : tr("An object named %1 already exists.").arg(name);
        break;
    case ErrorCode::Conflict:
        if (op == ObjectOp::Create || op == ObjectOp::AddVersion)
            return tr("%1 is the name of a deleted item that has not been purged yet, so it cannot be reused. "
                      "Recover it in Manage deleted (and add a new version), or purge it there first.")
                    .arg(name);
        if (op == ObjectOp::Restore)
            return tr("This vault already has an item with the name in the backup (live or deleted). Delete and "
                      "purge it first, or restore into another vault.");
        if (op == ObjectOp::Recover)
            return tr("%1 cannot be recovered: an item of that name exists again.").arg(name);
        break;
    case ErrorCode::Forbidden:
        if (isAccessDenial(error))
            return forForbidden(error);
        if (op == ObjectOp::Read)
            return tr("This version of %1 is disabled, and a disabled version cannot be read. Enable it first.")
                    .arg(name);
        if (op == ObjectOp::Purge)
            return tr("%1 cannot be purged yet: purge protection is on for this vault, so deleted items are kept "
                      "until their scheduled purge date. It can still be recovered.")
                    .arg(name);
        break;
    case ErrorCode::NotFound:
        if (op == ObjectOp::Restore)
            return tr("This vault does not hold the backup key the file was sealed with. Import the backup key of "
                      "the vault that made the backup first.");
        if (op == ObjectOp::Recover || op == ObjectOp::Purge)
            return tr("%1 is no longer in the deleted list: another program may have recovered or purged it.")
                    .arg(name);
        return tr("%1 no longer exists: another program may have deleted it. The list was refreshed.").arg(name);
    case ErrorCode::InvalidArgument:
        if (op == ObjectOp::Restore)
            return tr("The file is not a Coffer backup of a secret.");
        break;
    case ErrorCode::Corrupted:
        if (op == ObjectOp::Restore)
            return tr("The backup file is damaged or truncated.");
        break;
    default: break;
    }
    return forCode(error.code());
}

bool ErrorText::isAccessDenial(const Error &error)
{
    return error.code() == ErrorCode::Forbidden && !AccessText::missingPermission(error.context()).isEmpty();
}

QString ErrorText::forForbidden(const Error &error)
{
    const QString permission = AccessText::missingPermission(error.context());
    if (error.code() != ErrorCode::Forbidden || permission.isEmpty())
        return forCode(error.code());
    return tr("You do not have permission to do this: it needs %1. Ask someone who manages access to this vault "
              "for a role that grants it.")
            .arg(permission);
}

QString ErrorText::forAccess(const Error &error, AccessOp op, const QString &name)
{
    switch (error.code()) {
    case ErrorCode::Forbidden:
        if (isAccessDenial(error))
            return forForbidden(error);
        if (op == AccessOp::DeletePrincipal || op == AccessOp::Unassign || op == AccessOp::RemoveMember)
            return tr("This would leave nobody able to manage access to this vault. Give another user or "
                      "application the Owner or User Access Administrator role first.");
        break;
    case ErrorCode::AlreadyExists:
    case ErrorCode::Conflict:
        switch (op) {
        case AccessOp::CreatePrincipal: return tr("A principal named %1 exists already.").arg(name);
        case AccessOp::Assign: return tr("%1 holds this role at this scope already.").arg(name);
        case AccessOp::AddMember: return tr("%1 is a member of this group already.").arg(name);
        case AccessOp::DeletePrincipal:
        case AccessOp::Unassign:
        case AccessOp::RemoveMember:
            return tr("This would leave nobody able to manage access to this vault. Give another user or "
                      "application the Owner or User Access Administrator role first.");
        default: break;
        }
        break;
    case ErrorCode::NotFound:
        return tr("%1 no longer exists: another program may have changed access control. The lists were "
                  "refreshed.")
                .arg(name.isEmpty() ? tr("The item") : name);
    case ErrorCode::InvalidArgument:
        if (op == AccessOp::CreatePrincipal)
            return tr("A name has 1 to 64 characters: letters, digits, spaces and . _ - @. A new user also needs a "
                      "passphrase.");
        if (op == AccessOp::AddMember)
            return tr("Groups contain users and applications only; groups do not nest.");
        if (op == AccessOp::DeletePrincipal)
            return tr("You cannot delete the principal you are signed in as; another principal must do it.");
        break;
    default: break;
    }
    return forCode(error.code());
}

QList<ErrorCode> ErrorText::allCodes()
{
    return Error::allCodes();
}

} // namespace coffer::models
