#include "core/crypto/Random.h"

#include <openssl/rand.h>

namespace coffer::crypto {

SecureBytes randomSecret(std::size_t count)
{
    SecureBytes out(count);
    if (count && RAND_priv_bytes(out.data(), int(count)) != 1)
        qFatal("coffer: the random number generator failed");
    return out;
}

QByteArray randomBytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), int(count)) != 1)
        qFatal("coffer: the random number generator failed");
    return out;
}

} // namespace coffer::crypto
