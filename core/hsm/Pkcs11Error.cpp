#include "core/hsm/Pkcs11Error.h"

#include "core/hsm/Pkcs11.h"

namespace coffer::hsm {

namespace {

struct CkrEntry
{
    CK_RV rv;
    const char *name;
};

#define COFFER_CKR(name) \
    { \
        name, #name \
    }
constexpr CkrEntry kCkrNames[] = {
        COFFER_CKR(CKR_OK),
        COFFER_CKR(CKR_CANCEL),
        COFFER_CKR(CKR_HOST_MEMORY),
        COFFER_CKR(CKR_SLOT_ID_INVALID),
        COFFER_CKR(CKR_GENERAL_ERROR),
        COFFER_CKR(CKR_FUNCTION_FAILED),
        COFFER_CKR(CKR_ARGUMENTS_BAD),
        COFFER_CKR(CKR_NO_EVENT),
        COFFER_CKR(CKR_NEED_TO_CREATE_THREADS),
        COFFER_CKR(CKR_CANT_LOCK),
        COFFER_CKR(CKR_ATTRIBUTE_READ_ONLY),
        COFFER_CKR(CKR_ATTRIBUTE_SENSITIVE),
        COFFER_CKR(CKR_ATTRIBUTE_TYPE_INVALID),
        COFFER_CKR(CKR_ATTRIBUTE_VALUE_INVALID),
        COFFER_CKR(CKR_ACTION_PROHIBITED),
        COFFER_CKR(CKR_DATA_INVALID),
        COFFER_CKR(CKR_DATA_LEN_RANGE),
        COFFER_CKR(CKR_DEVICE_ERROR),
        COFFER_CKR(CKR_DEVICE_MEMORY),
        COFFER_CKR(CKR_DEVICE_REMOVED),
        COFFER_CKR(CKR_ENCRYPTED_DATA_INVALID),
        COFFER_CKR(CKR_ENCRYPTED_DATA_LEN_RANGE),
        COFFER_CKR(CKR_FUNCTION_CANCELED),
        COFFER_CKR(CKR_FUNCTION_NOT_PARALLEL),
        COFFER_CKR(CKR_FUNCTION_NOT_SUPPORTED),
        COFFER_CKR(CKR_KEY_HANDLE_INVALID),
        COFFER_CKR(CKR_KEY_SIZE_RANGE),
        COFFER_CKR(CKR_KEY_TYPE_INCONSISTENT),
        COFFER_CKR(CKR_KEY_NOT_NEEDED),
        COFFER_CKR(CKR_KEY_CHANGED),
        COFFER_CKR(CKR_KEY_NEEDED),
        COFFER_CKR(CKR_KEY_INDIGESTIBLE),
        COFFER_CKR(CKR_KEY_FUNCTION_NOT_PERMITTED),
        COFFER_CKR(CKR_KEY_NOT_WRAPPABLE),
        COFFER_CKR(CKR_KEY_UNEXTRACTABLE),
        COFFER_CKR(CKR_MECHANISM_INVALID),
        COFFER_CKR(CKR_MECHANISM_PARAM_INVALID),
        COFFER_CKR(CKR_OBJECT_HANDLE_INVALID),
        COFFER_CKR(CKR_OPERATION_ACTIVE),
        COFFER_CKR(CKR_OPERATION_NOT_INITIALIZED),
        COFFER_CKR(CKR_PIN_INCORRECT),
        COFFER_CKR(CKR_PIN_INVALID),
        COFFER_CKR(CKR_PIN_LEN_RANGE),
        COFFER_CKR(CKR_PIN_EXPIRED),
        COFFER_CKR(CKR_PIN_LOCKED),
        COFFER_CKR(CKR_SESSION_CLOSED),
        COFFER_CKR(CKR_SESSION_COUNT),
        COFFER_CKR(CKR_SESSION_HANDLE_INVALID),
        COFFER_CKR(CKR_SESSION_PARALLEL_NOT_SUPPORTED),
        COFFER_CKR(CKR_SESSION_READ_ONLY),
        COFFER_CKR(CKR_SESSION_EXISTS),
        COFFER_CKR(CKR_SESSION_READ_ONLY_EXISTS),
        COFFER_CKR(CKR_SESSION_READ_WRITE_SO_EXISTS),
        COFFER_CKR(CKR_SIGNATURE_INVALID),
        COFFER_CKR(CKR_SIGNATURE_LEN_RANGE),
        COFFER_CKR(CKR_TEMPLATE_INCOMPLETE),
        COFFER_CKR(CKR_TEMPLATE_INCONSISTENT),
        COFFER_CKR(CKR_TOKEN_NOT_PRESENT),
        COFFER_CKR(CKR_TOKEN_NOT_RECOGNIZED),
        COFFER_CKR(CKR_TOKEN_WRITE_PROTECTED),
        COFFER_CKR(CKR_UNWRAPPING_KEY_HANDLE_INVALID),
        COFFER_CKR(CKR_UNWRAPPING_KEY_SIZE_RANGE),
        COFFER_CKR(CKR_UNWRAPPING_KEY_TYPE_INCONSISTENT),
        COFFER_CKR(CKR_USER_ALREADY_LOGGED_IN),
        COFFER_CKR(CKR_USER_NOT_LOGGED_IN),
        COFFER_CKR(CKR_USER_PIN_NOT_INITIALIZED),
        COFFER_CKR(CKR_USER_TYPE_INVALID),
        COFFER_CKR(CKR_USER_ANOTHER_ALREADY_LOGGED_IN),
        COFFER_CKR(CKR_USER_TOO_MANY_TYPES),
        COFFER_CKR(CKR_WRAPPED_KEY_INVALID),
        COFFER_CKR(CKR_WRAPPED_KEY_LEN_RANGE),
        COFFER_CKR(CKR_WRAPPING_KEY_HANDLE_INVALID),
        COFFER_CKR(CKR_WRAPPING_KEY_SIZE_RANGE),
        COFFER_CKR(CKR_WRAPPING_KEY_TYPE_INCONSISTENT),
        COFFER_CKR(CKR_RANDOM_SEED_NOT_SUPPORTED),
        COFFER_CKR(CKR_RANDOM_NO_RNG),
        COFFER_CKR(CKR_DOMAIN_PARAMS_INVALID),
        COFFER_CKR(CKR_CURVE_NOT_SUPPORTED),
        COFFER_CKR(CKR_BUFFER_TOO_SMALL),
        COFFER_CKR(CKR_SAVED_STATE_INVALID),
        COFFER_CKR(CKR_INFORMATION_SENSITIVE),
        COFFER_CKR(CKR_STATE_UNSAVEABLE),
        COFFER_CKR(CKR_CRYPTOKI_NOT_INITIALIZED),
        COFFER_CKR(CKR_CRYPTOKI_ALREADY_INITIALIZED),
        COFFER_CKR(CKR_MUTEX_BAD),
        COFFER_CKR(CKR_MUTEX_NOT_LOCKED),
        COFFER_CKR(CKR_NEW_PIN_MODE),
        COFFER_CKR(CKR_NEXT_OTP),
        COFFER_CKR(CKR_EXCEEDED_MAX_ITERATIONS),
        COFFER_CKR(CKR_FIPS_SELF_TEST_FAILED),
        COFFER_CKR(CKR_LIBRARY_LOAD_FAILED),
        COFFER_CKR(CKR_PIN_TOO_WEAK),
        COFFER_CKR(CKR_PUBLIC_KEY_INVALID),
        COFFER_CKR(CKR_FUNCTION_REJECTED),
};
#undef COFFER_CKR

} // namespace

QString ckrName(unsigned long rv)
{
    for (const CkrEntry &entry : kCkrNames) {
        if (entry.rv == rv)
            return QLatin1StringView(entry.name);
    }
    return QStringLiteral("CKR_0x") + QString::number(rv, 16);
}

Error ckrError(unsigned long rv, const QString &function)
{
    ErrorCode code = ErrorCode::Crypto;
    QString gist;
    switch (rv) {
    case CKR_PIN_INCORRECT:
    case CKR_PIN_INVALID:
    case CKR_PIN_LEN_RANGE:
        code = ErrorCode::WrongCredential;
        gist = QStringLiteral("wrong token PIN");
        break;
    case CKR_PIN_LOCKED:
    case CKR_PIN_EXPIRED:
    case CKR_USER_PIN_NOT_INITIALIZED:
        code = ErrorCode::HsmUnavailable;
        gist = QStringLiteral("the token's user PIN is locked, expired or not set: reset it with the SO PIN");
        break;
    case CKR_TOKEN_NOT_PRESENT:
    case CKR_DEVICE_REMOVED:
    case CKR_DEVICE_ERROR:
    case CKR_SLOT_ID_INVALID:
    case CKR_TOKEN_NOT_RECOGNIZED:
    case CKR_CRYPTOKI_NOT_INITIALIZED:
    case CKR_DEVICE_MEMORY:
    case CKR_SESSION_COUNT:
    case CKR_SESSION_HANDLE_INVALID:
    case CKR_SESSION_CLOSED:
    case CKR_USER_NOT_LOGGED_IN:
    case CKR_TOKEN_WRITE_PROTECTED:
        code = ErrorCode::HsmUnavailable;
        gist = QStringLiteral("the token is missing, removed or cannot be used");
        break;
    case CKR_MECHANISM_INVALID:
    case CKR_MECHANISM_PARAM_INVALID:
    case CKR_KEY_TYPE_INCONSISTENT:
    case CKR_KEY_SIZE_RANGE:
    case CKR_DOMAIN_PARAMS_INVALID:
    case CKR_CURVE_NOT_SUPPORTED:
    case CKR_TEMPLATE_INCONSISTENT:
    case CKR_ATTRIBUTE_VALUE_INVALID:
        code = ErrorCode::InvalidArgument;
        gist = QStringLiteral("the token does not support this mechanism, key size, curve or parameter");
        break;
    case CKR_DATA_LEN_RANGE:
    case CKR_DATA_INVALID:
        code = ErrorCode::InvalidArgument;
        gist = QStringLiteral("the input is too long or invalid for this algorithm");
        break;
    case CKR_KEY_FUNCTION_NOT_PERMITTED:
    case CKR_KEY_UNEXTRACTABLE:
    case CKR_ACTION_PROHIBITED:
        code = ErrorCode::Forbidden;
        gist = QStringLiteral("the token refuses this use of the key");
        break;
    case CKR_ENCRYPTED_DATA_INVALID:
    case CKR_ENCRYPTED_DATA_LEN_RANGE:
    case CKR_WRAPPED_KEY_INVALID:
    case CKR_WRAPPED_KEY_LEN_RANGE:
        code = ErrorCode::Crypto;
        gist = QStringLiteral("decryption failed");
        break;
    case CKR_GENERAL_ERROR: // AES-GCM decryption reports its tag failures itself ("decryption failed")
        code = ErrorCode::HsmUnavailable;
        gist = QStringLiteral("the token reported a general error");
        break;
    case CKR_KEY_HANDLE_INVALID:
    case CKR_OBJECT_HANDLE_INVALID:
        code = ErrorCode::NotFound;
        gist = QStringLiteral("the key is not on the token");
        break;
    default:
        code = ErrorCode::Crypto;
        gist = QStringLiteral("the token failed");
        break;
    }
    return Error(code,
                 function + QStringLiteral(": ") + ckrName(rv) + QStringLiteral(" (") + gist + QStringLiteral(")"));
}

bool isSessionLost(unsigned long rv)
{
    switch (rv) {
    case CKR_SESSION_HANDLE_INVALID:
    case CKR_SESSION_CLOSED:
    case CKR_DEVICE_REMOVED:
    case CKR_TOKEN_NOT_PRESENT:
    case CKR_USER_NOT_LOGGED_IN:
    case CKR_CRYPTOKI_NOT_INITIALIZED: return true;
    default: return false;
    }
}

} // namespace coffer::hsm
