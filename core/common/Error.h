#pragma once

#include <QList>
#include <QString>

namespace coffer {

// What went wrong, as a code callers can branch on. User-facing text is made from the code in models (tr());
// the context is English for logs and the CLI and never holds secret material.
enum class ErrorCode {
    InvalidArgument, // a malformed name, date, option or value
    NotFound, // the object, version, file or slot does not exist
    Conflict, // the name is taken or is in the deleted list
    Forbidden, // the principal lacks the permission
    WrongCredential, // passphrase, recovery key or keychain secret does not unlock
    Corrupted, // vault.db failed its authentication or structure checks
    HeaderTampered, // header.json was changed outside Coffer (checksum or MAC mismatch)
    HeaderMismatch, // header.json belongs to a different vault.db
    HeaderRolledBack, // header.json is an older copy than the database expects
    UnsupportedFormat, // made by a newer Coffer
    NotAVault, // the folder holds no vault
    MissingFile, // part of the bundle is missing
    AlreadyExists, // the target file or folder already exists
    Io, // reading or writing a file failed
    Busy, // another process holds the vault past the busy timeout
    ReadOnly, // the vault folder or file is not writable
    HsmUnavailable, // the PKCS#11 module or token cannot be used
    KeychainUnavailable, // the OS keychain cannot be reached or refused
    Crypto, // a cryptographic primitive failed
    SelfTestFailed, // crypto known-answer tests failed: refuse to work
    Cancelled, // the user or caller cancelled
    Internal, // a bug: an invariant did not hold (keep last: allCodes() counts up to it)
};

class Error
{
public:
    Error(ErrorCode code, QString context)
        : m_code(code)
        , m_context(std::move(context))
    { }

    ErrorCode code() const { return m_code; }
    const QString &context() const { return m_context; }

    // "WrongCredential: the passphrase does not unlock any passphrase keyslot"
    QString toString() const;

    static QString codeName(ErrorCode code);
    // Every code, in declaration order: for completeness checks (translated texts, CLI exit codes).
    static QList<ErrorCode> allCodes();

private:
    ErrorCode m_code;
    QString m_context;
};

} // namespace coffer
