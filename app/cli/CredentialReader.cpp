#include "app/cli/CredentialReader.h"

#include <QFile>
#include <QFileInfo>

#include <array>

namespace coffer::cli {

namespace {
constexpr qint64 kMaxSecretBytes = 64 * 1024;

Result<SecureString> readAll(QFile &file, const QString &source, const QString &what)
{
    SecureBytes data;
    std::array<char, 1024> chunk {};
    for (;;) {
        const qint64 n = file.read(chunk.data(), qint64(chunk.size()));
        if (n < 0) {
            wipeMemory(chunk.data(), chunk.size());
            return Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(source, file.errorString()));
        }
        if (n == 0)
            break;
        data.append(chunk.data(), std::size_t(n));
        if (qint64(data.size()) > kMaxSecretBytes) {
            wipeMemory(chunk.data(), chunk.size());
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is larger than 64 KiB; that is not a %2").arg(source, what));
        }
    }
    wipeMemory(chunk.data(), chunk.size());

    std::size_t size = data.size();
    if (size > 0 && data.data()[size - 1] == '\n') {
        --size;
        if (size > 0 && data.data()[size - 1] == '\r')
            --size;
    }
    if (size == 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 is empty; it must hold the %2").arg(source, what));
    if (size == data.size())
        return SecureString(std::move(data));
    return SecureString(SecureBytes(data.data(), size)); // `data` is wiped when it goes out of scope
}
} // namespace

void wipeMemory(void *data, std::size_t size)
{
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    while (size--)
        *p++ = 0;
}

Result<SecureString> readSecretFile(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    const QString source = QStringLiteral("the %1 file '%2'").arg(what, path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(source));
    if (info.isDir())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 is a folder, not a file").arg(source));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error(ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(source, file.errorString()));
    return readAll(file, source, what);
}

Result<SecureString> readSecretStdin(const QString &what)
{
    QFile in;
    if (!in.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle))
        return Error(ErrorCode::Io, QStringLiteral("cannot read standard input: %1").arg(in.errorString()));
    return readAll(in, QStringLiteral("the %1 read from standard input").arg(what), what);
}

} // namespace coffer::cli
