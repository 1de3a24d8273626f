#include "core/common/Ids.h"

#include <QByteArray>

#include <openssl/rand.h>

namespace coffer::ids {

namespace {
QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("coffer: the random number generator failed");
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
