#include "core/common/SecureBytes.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace coffer {

namespace {
constexpr std::size_t kSecureHeapBytes = 4 * 1024 * 1024;
// OpenSSL's own random generator allocates from the secure heap when it reseeds and fails (it does not fall
// back) when the heap is full; keep this much free for it and for OpenSSL's key objects.
constexpr std::size_t kOpenSslReserve = 512 * 1024;
} // namespace

void initSecureHeap()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Smallest block 32 bytes. A return of 2 means "not locked into RAM" (RLIMIT_MEMLOCK); the heap still
        // works and is still wiped, so that is accepted.
        if (!CRYPTO_secure_malloc_initialized())
            CRYPTO_secure_malloc_init(kSecureHeapBytes, 32);
    });
}

SecureBytes::SecureBytes(std::size_t size)
{
    allocate(size);
}

SecureBytes::SecureBytes(const void *data, std::size_t size)
{
    allocate(size);
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
    , m_capacity(other.m_capacity)
    , m_secureHeap(other.m_secureHeap)
{
    other.m_data = nullptr;
    other.m_size = 0;
    other.m_capacity = 0;
    other.m_secureHeap = false;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        m_capacity = other.m_capacity;
        m_secureHeap = other.m_secureHeap;
        other.m_data = nullptr;
        other.m_size = 0;
        other.m_capacity = 0;
        other.m_secureHeap = false;
    }
    return *this;
}

void SecureBytes::allocate(std::size_t size)
{
    m_size = size;
    m_capacity = size;
    if (size == 0)
        return;
    initSecureHeap();
    const std::size_t heap = CRYPTO_secure_malloc_initialized() ? kSecureHeapBytes : 0;
    if (CRYPTO_secure_used() + size + kOpenSslReserve <= heap)
        m_data = static_cast<std::uint8_t *>(OPENSSL_secure_zalloc(size));
    m_secureHeap = m_data != nullptr;
    if (!m_data) {
        // Secure heap exhausted (large values): the normal heap, wiped on free.
        m_data = static_cast<std::uint8_t *>(OPENSSL_zalloc(size));
        if (!m_data)
            qFatal("coffer: out of memory allocating %zu bytes", size);
    }
}

void SecureBytes::clear()
{
    if (m_data) {
        if (m_secureHeap)
            OPENSSL_secure_clear_free(m_data, m_capacity);
        else
            OPENSSL_clear_free(m_data, m_capacity);
    }
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
    m_secureHeap = false;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

SecureBytes SecureBytes::toHex() const
{
    static const char digits[] = "0123456789abcdef";
    SecureBytes out(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        out.m_data[2 * i] = std::uint8_t(digits[m_data[i] >> 4]);
        out.m_data[2 * i + 1] = std::uint8_t(digits[m_data[i] & 0x0f]);
    }
    return out;
}

void SecureBytes::reserve(std::size_t capacity)
{
    if (capacity <= m_capacity)
        return;
    SecureBytes grown(capacity);
    if (m_size)
        std::memcpy(grown.m_data, m_data, m_size);
    grown.m_size = m_size;
    *this = std::move(grown);
}

void SecureBytes::append(const void *data, std::size_t size)
{
    if (size == 0)
        return;
    if (m_size + size > m_capacity)
        reserve(std::max(m_size + size, m_capacity * 2));
    std::memcpy(m_data + m_size, data, size);
    m_size += size;
}
SecureString SecureString::fromQString(QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    SecureString result(SecureBytes(utf8.constData(), std::size_t(utf8.size())));
    // Wipe our temporary and the caller's buffer.
    OPENSSL_cleanse(const_cast<char *>(utf8.constData()), std::size_t(utf8.size()));
    text.detach();
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
    return result;
}

QString SecureString::toQStringForDisplay() const
{
    return QString::fromUtf8(m_utf8.constChar(), qsizetype(m_utf8.size()));
}

} // namespace coffer
