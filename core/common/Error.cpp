#include "core/common/Error.h"

namespace coffer {

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("InvalidArgument");
    case ErrorCode::NotFound: return QStringLiteral("NotFound");
    case ErrorCode::Conflict: return QStringLiteral("Conflict");
    case ErrorCode::Forbidden: return QStringLiteral("Forbidden");
    case ErrorCode::WrongCredential: return QStringLiteral("WrongCredential");
    case ErrorCode::Corrupted: return QStringLiteral("Corrupted");
    case ErrorCode::HeaderTampered: return QStringLiteral("HeaderTampered");
    case ErrorCode::HeaderMismatch: return QStringLiteral("HeaderMismatch");
    case ErrorCode::HeaderRolledBack: return QStringLiteral("HeaderRolledBack");
    case ErrorCode::UnsupportedFormat: return QStringLiteral("UnsupportedFormat");
    case ErrorCode::NotAVault: return QStringLiteral("NotAVault");
    case ErrorCode::MissingFile: return QStringLiteral("MissingFile");
    case ErrorCode::AlreadyExists: return QStringLiteral("AlreadyExists");
    case ErrorCode::Io: return QStringLiteral("Io");
    case ErrorCode::Busy: return QStringLiteral("Busy");
    case ErrorCode::ReadOnly: return QStringLiteral("ReadOnly");
    case ErrorCode::HsmUnavailable: return QStringLiteral("HsmUnavailable");
    case ErrorCode::KeychainUnavailable: return QStringLiteral("KeychainUnavailable");
    case ErrorCode::Crypto: return QStringLiteral("Crypto");
    case ErrorCode::SelfTestFailed: return QStringLiteral("SelfTestFailed");
    case ErrorCode::Cancelled: return QStringLiteral("Cancelled");
    case ErrorCode::Internal: return QStringLiteral("Internal");
    }
    return QStringLiteral("Unknown");
}

QList<ErrorCode> Error::allCodes()
{
    QList<ErrorCode> codes;
    for (int i = 0; i <= int(ErrorCode::Internal); ++i)
        codes.append(ErrorCode(i));
    return codes;
}

QString Error::toString() const
{
    return codeName(m_code) + QStringLiteral(": ") + m_context;
}

} // namespace coffer
