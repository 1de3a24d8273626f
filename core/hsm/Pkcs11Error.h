#pragma once

#include "core/common/Error.h"

#include <QString>

namespace coffer::hsm {

// PKCS#11 return values (CK_RV) as names and as coffer errors. `rv` is an unsigned long (CK_RV) so that this
// header does not need the PKCS#11 header.

// "CKR_PIN_INCORRECT", or "CKR_0x80000001" for a value the table does not know (vendor-defined codes).
QString ckrName(unsigned long rv);

// The coffer error for a failed call (research keys-pkcs11.md §5): WrongCredential (wrong PIN), HsmUnavailable
// (token missing or removed, PIN locked, module problems), InvalidArgument (mechanism, parameter, key size or
// curve the token does not support), Forbidden (the key's attributes do not allow the use), Crypto (data the
// token rejects, everything else). The context names the function and the CKR: "C_Sign: CKR_... (...)".
// It never carries data, keys or PINs.
Error ckrError(unsigned long rv, const QString &function);

// Return values after which the session (or every session of the token) is gone: the pool is reset, the token
// found again and logged in again before one retry.
bool isSessionLost(unsigned long rv);

} // namespace coffer::hsm
