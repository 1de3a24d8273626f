#include "core/common/Ids.h"

#include <QByteArray>

#include <openssl/rand.h>

#include <mutex>

namespace coffer::ids {

namespace {
// Identifiers are public, not keys: they are drawn from the CSPRNG in 4 KiB batches (one RAND_bytes call per
// ~250 ids instead of one each; imports make hundreds of thousands).
QByteArray randomBytes(int count)
{
    static std::mutex mutex;
    static unsigned char pool[4096];
    static std::size_t used = sizeof(pool);
    std::lock_guard lock(mutex);
    if (used + std::size_t(count) > sizeof(pool)) {
        if (RAND_bytes(pool, int(sizeof(pool))) != 1)
            qFatal("coffer: the random number generator failed");
        used = 0;
    }
    QByteArray bytes(reinterpret_cast<const char *>(pool + used), count);
    used += std::size_t(count);
    return bytes;
}
} // namespace

QString newVersionId()
{
    return QString::fromLatin1(randomBytes(16).toHex());
}

QString newShortId()
{
    return QString::fromLatin1(randomBytes(4).toHex());
}

QString newUuid()
{
    QByteArray b = randomBytes(16);
    b[6] = char((b[6] & 0x0f) | 0x40);
    b[8] = char((b[8] & 0x3f) | 0x80);
    const QString hex = QString::fromLatin1(b.toHex());
    return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
            + hex.mid(20, 12);
}

bool isVersionId(const QString &text)
{
    if (text.size() != 32)
        return false;
    for (const QChar c : text) {
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

} // namespace coffer::ids
