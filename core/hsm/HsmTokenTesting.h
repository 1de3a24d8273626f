#pragma once

#include "core/hsm/HsmToken.h"

namespace coffer::hsm {

// For tests only: reach into an HsmToken to simulate a token removal and to see which RSA-OAEP-256 path ran.
struct HsmTokenTestAccess
{
    // C_CloseAllSessions on the token behind the pool's back (the user is logged out too): the next operation
    // must recover by itself (reset the pool, find the token, log in again, retry once).
    static void closeAllSessions(HsmToken &token);
    // True once an RSA-OAEP-256 decryption went through CKM_RSA_X_509 and the software OAEP decode.
    static bool usesOaepFallback(const HsmToken &token);
};

} // namespace coffer::hsm
