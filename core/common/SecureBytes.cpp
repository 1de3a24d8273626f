#include "core/common/SecureBytes.h"

#include <openssl/crypto.h>

#include <cstring>
#include <mutex>

namespace coffer {

void initSecureHeap()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // 4 MiB, smallest block 32 bytes. A return of 2 means "not locked into RAM" (RLIMIT_MEMLOCK);
        // the heap still works and is still wiped, so that is accepted.
        if (!CRYPTO_secure_malloc_initialized())
            CRYPTO_secure_malloc_init(4 * 1024 * 1024, 32);
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
    , m_secureHeap(other.m_secureHeap)
{
    other.m_data = nullptr;
    other.m_size = 0;
    other.m_secureHeap = false;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        m_secureHeap = other.m_secureHeap;
        other.m_data = nullptr;
        other.m_size = 0;
        other.m_secureHeap = false;
    }
    return *this;
}

void SecureBytes::allocate(std::size_t size)
{
    m_size = size;
    if (size == 0)
        return;
    initSecureHeap();
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
            OPENSSL_secure_clear_free(m_data, m_size);
        else
            OPENSSL_clear_free(m_data, m_size);
    }
    m_data = nullptr;
    m_size = 0;
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

void SecureBytes::append(const void *data, std::size_t size)
{
    if (size == 0)
        return;
    SecureBytes grown(m_size + size);
    if (m_size)
        std::memcpy(grown.m_data, m_data, m_size);
    std::memcpy(grown.m_data + m_size, data, size);
    *this = std::move(grown);
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
