#include "core/hsm/Pkcs11Session.h"

#include "core/crypto/Digest.h"
#include "core/crypto/Random.h"

namespace coffer::hsm {

// ---- Session ----

Result<std::vector<CK_OBJECT_HANDLE>> Session::find(QByteArrayView id, CK_OBJECT_CLASS objectClass)
{
    p11::Template query;
    query.addBytes(CKA_ID, id);
    if (objectClass != CK_OBJECT_CLASS(~0UL))
        query.add(CKA_CLASS, CK_ULONG(objectClass));
    if (!ok(m_f->C_FindObjectsInit(m_handle, query.data(), query.size())))
        return error("C_FindObjectsInit");
    std::vector<CK_OBJECT_HANDLE> out;
    CK_OBJECT_HANDLE batch[16];
    CK_ULONG count = 0;
    CK_RV rv = CKR_OK;
    do {
        rv = m_f->C_FindObjects(m_handle, batch, 16, &count);
        if (rv != CKR_OK)
            break;
        out.insert(out.end(), batch, batch + count);
    } while (count == 16);
    const CK_RV finalRv = m_f->C_FindObjectsFinal(m_handle);
    if (!ok(rv))
        return error("C_FindObjects");
    if (!ok(finalRv))
        return error("C_FindObjectsFinal");
    return out;
}

Result<QByteArray> Session::attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type)
{
    CK_ATTRIBUTE attr {type, nullptr, 0};
    if (!ok(m_f->C_GetAttributeValue(m_handle, object, &attr, 1)))
        return error("C_GetAttributeValue");
    if (attr.ulValueLen == CK_UNAVAILABLE_INFORMATION)
        return makeError(
                ErrorCode::Crypto,
                QStringLiteral("C_GetAttributeValue: attribute 0x%1 unavailable").arg(QString::number(type, 16)));
    QByteArray value(qsizetype(attr.ulValueLen), '\0');
    attr.pValue = value.data();
    if (!ok(m_f->C_GetAttributeValue(m_handle, object, &attr, 1)))
        return error("C_GetAttributeValue");
    value.truncate(qsizetype(attr.ulValueLen));
    return value;
}

Result<std::vector<bool>> Session::flags(CK_OBJECT_HANDLE object, const std::vector<CK_ATTRIBUTE_TYPE> &types)
{
    std::vector<CK_BBOOL> values(types.size(), CK_FALSE);
    std::vector<CK_ATTRIBUTE> attrs;
    for (std::size_t i = 0; i < types.size(); ++i)
        attrs.push_back({types[i], &values[i], sizeof(CK_BBOOL)});
    const CK_RV rv = m_f->C_GetAttributeValue(m_handle, object, attrs.data(), CK_ULONG(attrs.size()));
    // CKR_ATTRIBUTE_TYPE_INVALID: some attribute does not apply to this object; the others are filled in.
    if (rv != CKR_ATTRIBUTE_TYPE_INVALID && rv != CKR_ATTRIBUTE_SENSITIVE && !ok(rv))
        return error("C_GetAttributeValue");
    std::vector<bool> out;
    for (std::size_t i = 0; i < types.size(); ++i)
        out.push_back(attrs[i].ulValueLen == sizeof(CK_BBOOL) && values[i] == CK_TRUE);
    return out;
}

// ---- SessionPool ----

Result<std::unique_ptr<SessionPool>> SessionPool::open(std::shared_ptr<Pkcs11Module> module, TokenRef ref,
                                                       const SecureString &pin)
{
    std::unique_ptr<SessionPool> pool(new SessionPool);
    pool->m_module = std::move(module);
    pool->m_ref = std::move(ref);
    pool->m_ref.modulePath = pool->m_module->path();
    pool->m_pin = pin.clone();
    {
        const std::lock_guard lock(pool->m_mutex);
        COFFER_TRY(pool->bindLocked());
    }
    // Log in now so that a wrong PIN is reported by open().
    auto taken = pool->take();
    if (!taken)
        return taken.error();
    pool->giveBack(*taken, true);

    CK_FUNCTION_LIST_PTR f = pool->f();
    CK_ULONG count = 0;
    if (CK_RV rv = f->C_GetMechanismList(pool->m_slot, nullptr, &count); rv != CKR_OK)
        return ckrError(rv, QStringLiteral("C_GetMechanismList"));
    std::vector<CK_MECHANISM_TYPE> types(count);
    if (count > 0) {
        if (CK_RV rv = f->C_GetMechanismList(pool->m_slot, types.data(), &count); rv != CKR_OK)
            return ckrError(rv, QStringLiteral("C_GetMechanismList"));
        types.resize(count);
    }
    for (CK_MECHANISM_TYPE type : types) {
        CK_MECHANISM_INFO info {};
        if (f->C_GetMechanismInfo(pool->m_slot, type, &info) == CKR_OK)
            pool->m_mechanisms.emplace(type, info);
    }
    return pool;
}

SessionPool::~SessionPool()
{
    const std::lock_guard lock(m_mutex);
    closeLocked();
}

void SessionPool::closeLocked()
{
    for (CK_SESSION_HANDLE handle : m_idle)
        f()->C_CloseSession(handle);
    m_idle.clear();
    if (m_keeper != CK_INVALID_HANDLE)
        f()->C_CloseSession(m_keeper);
    m_keeper = CK_INVALID_HANDLE;
}

TokenInfo SessionPool::info()
{
    const std::lock_guard lock(m_mutex);
    CK_TOKEN_INFO info {};
    if (m_bound && f()->C_GetTokenInfo(m_slot, &info) == CKR_OK) {
        m_info = makeTokenInfo(m_slot, info);
    } else {
        m_info.present = false;
    }
    return m_info;
}

bool SessionPool::hasMechanism(CK_MECHANISM_TYPE type, CK_FLAGS neededFlags) const
{
    const auto it = m_mechanisms.find(type);
    return it != m_mechanisms.end() && (it->second.flags & neededFlags) == neededFlags;
}

std::optional<CK_MECHANISM_INFO> SessionPool::mechanismInfo(CK_MECHANISM_TYPE type) const
{
    const auto it = m_mechanisms.find(type);
    if (it == m_mechanisms.end())
        return std::nullopt;
    return it->second;
}

Result<void> SessionPool::bindLocked()
{
    CK_FUNCTION_LIST_PTR functions = f();
    CK_ULONG count = 0;
    if (CK_RV rv = functions->C_GetSlotList(CK_TRUE, nullptr, &count); rv != CKR_OK)
        return ckrError(rv, QStringLiteral("C_GetSlotList"));
    std::vector<CK_SLOT_ID> slots(count);
    if (count > 0) {
        if (CK_RV rv = functions->C_GetSlotList(CK_TRUE, slots.data(), &count); rv != CKR_OK)
            return ckrError(rv, QStringLiteral("C_GetSlotList"));
        slots.resize(count);
    }
    std::vector<TokenInfo> matches;
    QStringList present;
    for (CK_SLOT_ID slot : slots) {
        CK_TOKEN_INFO info {};
        if (functions->C_GetTokenInfo(slot, &info) != CKR_OK || !(info.flags & CKF_TOKEN_INITIALIZED))
            continue;
        TokenInfo token = makeTokenInfo(slot, info);
        present.append(QStringLiteral("'%1' (serial %2)").arg(token.label, token.serial));
        if (token.label == m_ref.label && (m_ref.serial.isEmpty() || token.serial == m_ref.serial))
            matches.push_back(token);
    }
    const QString wanted = m_ref.serial.isEmpty() ? QStringLiteral("'%1'").arg(m_ref.label)
                                                  : QStringLiteral("'%1' (serial %2)").arg(m_ref.label, m_ref.serial);
    if (matches.empty())
        return makeError(ErrorCode::HsmUnavailable,
                         QStringLiteral("no token %1 in PKCS#11 module '%2'; tokens present: %3")
                                 .arg(wanted, m_ref.modulePath,
                                      present.isEmpty() ? QStringLiteral("none") : present.join(u", ")));
    if (matches.size() > 1)
        return makeError(ErrorCode::HsmUnavailable,
                         QStringLiteral("several tokens match %1 in PKCS#11 module '%2': give the serial")
                                 .arg(wanted, m_ref.modulePath));
    m_slot = matches.front().slotId;
    m_info = matches.front();
    m_ref.serial = m_info.serial;
    m_bound = true;
    return {};
}

namespace {

// What logged each token in, per process. Login state is per token per process (PKCS#11): once one HsmToken
// logged in, C_Login answers CKR_USER_ALREADY_LOGGED_IN whatever PIN a second open() gives. Comparing with the
// PIN that did log in keeps open() a real PIN check. Kept as an HMAC under a random per-process key (never the
// PIN), and wrong guesses are counted: the token's own retry limit never sees them, so this one stands in for it.
struct LoginRegistry
{
    static constexpr int kMaxWrongGuesses = 3;
    struct Entry
    {
        QByteArray mac;
        int wrongGuesses = 0;
    };
    std::mutex mutex;
    SecureBytes key = crypto::randomSecret(32);
    std::map<QString, Entry> logins; // module path + '\n' + serial -> entry

    QByteArray macOf(const SecureString &pin) const { return crypto::hmacSha256(key, pin.utf8().view()); }
};

LoginRegistry &logins()
{
    static LoginRegistry *instance = new LoginRegistry; // leaked: used until exit
    return *instance;
}

} // namespace

Result<void> SessionPool::loginLocked()
{
    if (m_keeper == CK_INVALID_HANDLE) {
        const CK_RV rv = f()->C_OpenSession(m_slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr, &m_keeper);
        if (rv != CKR_OK) {
            m_keeper = CK_INVALID_HANDLE;
            return ckrError(rv, QStringLiteral("C_OpenSession on token '%1'").arg(m_ref.label));
        }
    }
    if (!m_info.loginRequired) {
        m_loggedIn = true;
        return {};
    }
    auto *pin = const_cast<CK_UTF8CHAR *>(m_pin.utf8().data());
    const CK_RV rv = f()->C_Login(m_keeper, CKU_USER, pin, CK_ULONG(m_pin.size()));
    const QString key = m_ref.modulePath + u'\n' + m_ref.serial;
    LoginRegistry &registry = logins();
    const std::lock_guard lock(registry.mutex);
    if (rv == CKR_USER_ALREADY_LOGGED_IN) {
        const auto it = registry.logins.find(key);
        if (it == registry.logins.end())
            return makeError(ErrorCode::HsmUnavailable,
                             QStringLiteral("token '%1' is already logged in by another component of this process; "
                                            "Coffer cannot check the PIN: close it and try again")
                                     .arg(m_ref.label));
        if (it->second.wrongGuesses >= LoginRegistry::kMaxWrongGuesses)
            return makeError(ErrorCode::HsmUnavailable,
                             QStringLiteral("too many wrong PINs for token '%1' in this session; restart Coffer to "
                                            "try again")
                                     .arg(m_ref.label));
        if (!crypto::constantTimeEquals(it->second.mac, registry.macOf(m_pin))) {
            ++it->second.wrongGuesses;
            return makeError(ErrorCode::WrongCredential,
                             QStringLiteral("C_Login to token '%1': wrong token PIN").arg(m_ref.label));
        }
        it->second.wrongGuesses = 0;
    } else if (rv == CKR_OK) {
        registry.logins.insert_or_assign(key, LoginRegistry::Entry {registry.macOf(m_pin), 0});
    } else {
        return ckrError(rv, QStringLiteral("C_Login to token '%1'").arg(m_ref.label));
    }
    m_loggedIn = true;
    return {};
}

Result<SessionPool::Taken> SessionPool::take()
{
    const std::lock_guard lock(m_mutex);
    if (!m_bound)
        COFFER_TRY(bindLocked());
    CK_SESSION_HANDLE handle = CK_INVALID_HANDLE;
    if (!m_idle.empty()) {
        handle = m_idle.back();
        m_idle.pop_back();
    } else {
        const CK_RV rv = f()->C_OpenSession(m_slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr, &handle);
        if (rv != CKR_OK) {
            if (isSessionLost(rv) || rv == CKR_SLOT_ID_INVALID)
                m_bound = false; // find the token again next time
            return ckrError(rv, QStringLiteral("C_OpenSession on token '%1'").arg(m_ref.label));
        }
    }
    if (!m_loggedIn) {
        if (auto login = loginLocked(); !login) {
            f()->C_CloseSession(handle);
            return login.error();
        }
    }
    return Taken {handle, m_generation};
}

void SessionPool::giveBack(const Taken &taken, bool reusable)
{
    const std::lock_guard lock(m_mutex);
    // A session whose operation failed may still hold an active operation: close it rather than reuse it.
    if (reusable && taken.generation == m_generation && m_idle.size() < kMaxIdle)
        m_idle.push_back(taken.handle);
    else
        f()->C_CloseSession(taken.handle);
}

void SessionPool::reset()
{
    const std::lock_guard lock(m_mutex);
    closeLocked();
    ++m_generation;
    m_bound = false;
    m_loggedIn = false;
}

void SessionPool::closeAllSessionsForTest()
{
    const std::lock_guard lock(m_mutex);
    f()->C_CloseAllSessions(m_slot);
}

} // namespace coffer::hsm
