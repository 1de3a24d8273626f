#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/hsm/HsmToken.h"
#include "core/hsm/Pkcs11.h"
#include "core/hsm/Pkcs11Error.h"
#include "core/hsm/Pkcs11Module.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace coffer::hsm {

TokenInfo makeTokenInfo(CK_SLOT_ID slot, const CK_TOKEN_INFO &info);

// One session taken from the pool for one operation. Every PKCS#11 call goes through call(), which records the
// return value so that the pool can tell a lost session (retry) from a refusal (report).
class Session
{
public:
    Session(CK_FUNCTION_LIST_PTR functions, CK_SESSION_HANDLE handle)
        : m_f(functions)
        , m_handle(handle)
    { }

    CK_FUNCTION_LIST_PTR f() const { return m_f; }
    CK_SESSION_HANDLE handle() const { return m_handle; }

    // Records `rv`; true when CKR_OK.
    bool ok(CK_RV rv)
    {
        m_lastRv = rv;
        return rv == CKR_OK;
    }
    CK_RV lastRv() const { return m_lastRv; }
    // The error for the last failed call.
    Error error(const char *function) const { return ckrError(m_lastRv, QLatin1StringView(function)); }

    // Objects with this CKA_ID (and class, unless classOf is ~0). Two-call C_FindObjects* with Final always.
    Result<std::vector<CK_OBJECT_HANDLE>> find(QByteArrayView id, CK_OBJECT_CLASS objectClass);
    // One attribute's value (two-call pattern); NotFound-free: an empty optional for CK_UNAVAILABLE_INFORMATION.
    Result<QByteArray> attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type);
    // CK_BBOOL attributes in one call; false for the ones the object lacks.
    Result<std::vector<bool>> flags(CK_OBJECT_HANDLE object, const std::vector<CK_ATTRIBUTE_TYPE> &types);

private:
    CK_FUNCTION_LIST_PTR m_f;
    CK_SESSION_HANDLE m_handle;
    CK_RV m_lastRv = CKR_OK;
};

// The sessions of one logged-in token. Finds the token by label (and serial, once known), logs in once
// (CKR_USER_ALREADY_LOGGED_IN is success: login state is per token per process) and keeps idle read-write
// sessions for reuse. run() gives each operation a session of its own, so that threads never share one; when
// a call fails with a lost session (isSessionLost), the pool is dropped, the token found again by label and
// serial, logged in again and the operation retried once.
class SessionPool
{
public:
    static Result<std::unique_ptr<SessionPool>> open(std::shared_ptr<Pkcs11Module> module, TokenRef ref,
                                                     const SecureString &pin);
    ~SessionPool();

    CK_FUNCTION_LIST_PTR f() const { return m_module->functions(); }
    const TokenRef &ref() const { return m_ref; } // serial filled in
    TokenInfo info();
    bool hasMechanism(CK_MECHANISM_TYPE type, CK_FLAGS neededFlags = 0) const;
    std::optional<CK_MECHANISM_INFO> mechanismInfo(CK_MECHANISM_TYPE type) const;

    template<typename T>
    Result<T> run(const std::function<Result<T>(Session &)> &operation)
    {
        for (int attempt = 0;; ++attempt) {
            auto taken = take();
            if (!taken)
                return taken.error();
            Session session(f(), taken->handle);
            Result<T> result = operation(session);
            const bool lost = !result && isSessionLost(session.lastRv());
            giveBack(*taken, result.has_value());
            if (result || !lost || attempt > 0)
                return result;
            reset();
        }
    }

    // Closes every session of the token behind the pool's back (C_CloseAllSessions), as a token removal would:
    // for tests of the recovery path.
    void closeAllSessionsForTest();

private:
    struct Taken
    {
        CK_SESSION_HANDLE handle;
        quint64 generation;
    };
    SessionPool() = default;
    Result<Taken> take();
    void giveBack(const Taken &taken, bool reusable);
    void reset();
    // Under m_mutex.
    Result<void> bindLocked();
    Result<void> loginLocked();
    void closeLocked();

    std::shared_ptr<Pkcs11Module> m_module;
    TokenRef m_ref;
    SecureString m_pin;
    std::map<CK_MECHANISM_TYPE, CK_MECHANISM_INFO> m_mechanisms;

    std::mutex m_mutex;
    bool m_bound = false;
    bool m_loggedIn = false;
    CK_SLOT_ID m_slot = 0;
    TokenInfo m_info;
    quint64 m_generation = 0;
    std::vector<CK_SESSION_HANDLE> m_idle;
    // A session that stays open while the pool is bound: PKCS#11 logs the user out when the token's last session
    // of the process closes, and failed operations close their session.
    CK_SESSION_HANDLE m_keeper = CK_INVALID_HANDLE;
    static constexpr std::size_t kMaxIdle = 4;
};

} // namespace coffer::hsm
