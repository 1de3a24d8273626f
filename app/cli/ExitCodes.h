#pragma once

#include "core/common/Error.h"

#include <QList>
#include <QString>

namespace coffer::cli {

// The process exit codes of coffer-cli, one per family of failure, so scripts can branch on them.
// Documented in `coffer-cli --help` and app/cli/README-exit-codes.md; never renumber one.
enum class ExitCode : int {
    Ok = 0,
    Failure = 1, // anything else: I/O, read-only folder, internal error, crypto self-test
    Usage = 2, // the command line is not understood
    Credential = 3, // wrong passphrase, recovery key or keychain secret; mistyped recovery key
    NotFound = 4, // no such vault, file, folder or keyslot; not a vault; part of the bundle missing
    Damaged = 5, // damaged, tampered, mismatched, rolled back, or a newer unsupported format
    Conflict = 6, // already exists
    Invalid = 7, // a value the vault's rules do not allow, or a refused change
    Forbidden = 8, // the principal lacks the permission
    Unavailable = 9, // the OS keychain or HSM cannot be used, or the vault is busy
};

struct ExitCodeInfo
{
    ExitCode code;
    QString meaning;
};

ExitCode exitCodeFor(ErrorCode code);
// A one-line suggestion for the user, or empty when the error's own text already says what to do.
QString hintFor(ErrorCode code);
// As above, refined by the error's text (a denial by an access policy points to set-policy, not to roles).
QString hintFor(const Error &error);
QList<ExitCodeInfo> exitCodeTable();

} // namespace coffer::cli
