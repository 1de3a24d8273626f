#include "core/crypto/Argon2Kdf.h"

#include <QElapsedTimer>

#include <argon2.h>

#include <algorithm>
#include <cmath>

namespace coffer::crypto {

Result<SecureBytes> argon2id(const SecureString &passphrase, QByteArrayView salt, const Argon2Params &params)
{
    if (!params.isSane())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("Argon2id parameters out of bounds (memory %1 KiB, %2 iterations, %3 lanes)")
                             .arg(params.memoryKiB)
                             .arg(params.iterations)
                             .arg(params.parallelism));
    if (salt.size() < 16)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("Argon2id salt shorter than 16 bytes"));
    SecureBytes out(32);
    const int rc = argon2id_hash_raw(params.iterations, params.memoryKiB, params.parallelism, passphrase.utf8().data(),
                                     passphrase.utf8().size(), salt.data(), std::size_t(salt.size()), out.data(),
                                     out.size());
    if (rc != ARGON2_OK)
        return Error(ErrorCode::Crypto,
                     QStringLiteral("Argon2id failed: %1").arg(QLatin1StringView(argon2_error_message(rc))));
    return out;
}

Argon2Params calibrateArgon2(std::chrono::milliseconds target)
{
    Argon2Params params {65536, 1, 2};
    const SecureString probe = SecureString::fromUtf8("calibration");
    const QByteArray salt(16, '\x5a');
    QElapsedTimer timer;
    timer.start();
    (void)argon2id(probe, salt, params);
    const double oneIteration = std::max<qint64>(1, timer.elapsed());
    const double wanted = double(target.count()) / oneIteration;
    params.iterations = quint32(std::clamp(std::lround(wanted), 1L, 64L));
    return params;
}

} // namespace coffer::crypto
