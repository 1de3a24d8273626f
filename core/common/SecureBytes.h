#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace coffer {

// Move-only bytes on OpenSSL's secure heap (mlocked, never swapped, wiped on free). When the secure heap is
// full it falls back to the normal heap, still wiped on free. Holds keys, passphrases and revealed values.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    SecureBytes(const void *data, std::size_t size);
    explicit SecureBytes(QByteArrayView bytes)
        : SecureBytes(bytes.data(), std::size_t(bytes.size()))
    { }
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    SecureBytes clone() const { return SecureBytes(m_data, m_size); }

    std::uint8_t *data() { return m_data; }
    const std::uint8_t *data() const { return m_data; }
    const char *constChar() const { return reinterpret_cast<const char *>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(m_data, qsizetype(m_size)); }

    // Constant-time comparison of content (sizes are not secret).
    bool equals(const SecureBytes &other) const;

    // Lowercase hex of the content, itself in secure memory.
    SecureBytes toHex() const;
    // Amortised O(1): grows the capacity geometrically (the spare capacity is wiped with the rest).
    void append(const void *data, std::size_t size);
    void reserve(std::size_t capacity);
    void append(QByteArrayView bytes) { append(bytes.data(), std::size_t(bytes.size())); }

    void clear();

private:
    void allocate(std::size_t size);
    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
    bool m_secureHeap = false;
};

// A passphrase or other secret text, kept as UTF-8 in secure memory.
class SecureString
{
public:
    SecureString() = default;
    explicit SecureString(SecureBytes utf8)
        : m_utf8(std::move(utf8))
    { }
    // Copies the text and overwrites the caller's QString buffer. If the buffer is shared (e.g. a copy of
    // QLineEdit::text()), only the caller's detached copy is wiped; clear the source widget yourself.
    static SecureString fromQString(QString &text);
    static SecureString fromUtf8(QByteArrayView utf8) { return SecureString(SecureBytes(utf8)); }

    const SecureBytes &utf8() const { return m_utf8; }
    bool isEmpty() const { return m_utf8.isEmpty(); }
    std::size_t size() const { return m_utf8.size(); }
    SecureString clone() const { return SecureString(m_utf8.clone()); }
    bool equals(const SecureString &other) const { return m_utf8.equals(other.m_utf8); }

    // Decoded text for display, made only at the edge where a person asked to see it.
    QString toQStringForDisplay() const;

private:
    SecureBytes m_utf8;
};

// Sets up OpenSSL's secure heap once per process. Safe to call more than once.
void initSecureHeap();

} // namespace coffer
