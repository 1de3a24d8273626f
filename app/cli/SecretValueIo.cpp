#include "app/cli/SecretValueIo.h"

#include "app/cli/CredentialReader.h"
#include "app/cli/Utf8.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <array>
#include <cstring>

namespace coffer::cli {

namespace {

constexpr char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

QString limitText(qsizetype bytes)
{
    return bytes % (1024 * 1024) == 0 ? QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024))
                                      : QStringLiteral("%1 bytes").arg(bytes);
}

// Reads `device` to its end into secure memory through a wiped stack buffer, growing by doubling.
Result<SecureBytes> readAll(QFile &device, qsizetype maxBytes, const QString &source, std::size_t sizeHint)
{
    SecureBytes buffer(std::max<std::size_t>(sizeHint + 1, 4096));
    std::size_t used = 0;
    std::array<char, 16384> chunk {};
    Result<SecureBytes> result = SecureBytes();
    for (;;) {
        const qint64 n = device.read(chunk.data(), qint64(chunk.size()));
        if (n < 0) {
            result = Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(source, device.errorString()));
            break;
        }
        if (n == 0) {
            result = SecureBytes(buffer.data(), used);
            break;
        }
        if (qint64(used) + n > maxBytes) {
            result = Error(
                    ErrorCode::InvalidArgument,
                    QStringLiteral("%1 is larger than a secret value may be (%2)").arg(source, limitText(maxBytes)));
            break;
        }
        if (used + std::size_t(n) > buffer.size()) {
            SecureBytes grown(std::max(buffer.size() * 2, used + std::size_t(n)));
            std::memcpy(grown.data(), buffer.data(), used);
            buffer = std::move(grown);
        }
        std::memcpy(buffer.data() + used, chunk.data(), std::size_t(n));
        used += std::size_t(n);
    }
    wipeMemory(chunk.data(), chunk.size());
    return result;
}

int base64Index(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

int hexIndex(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

SecureBytes encodeBase64(const SecureBytes &in)
{
    SecureBytes out((in.size() + 2) / 3 * 4);
    const std::uint8_t *src = in.data();
    std::uint8_t *dst = out.data();
    std::size_t i = 0;
    for (; i + 3 <= in.size(); i += 3) {
        const std::uint32_t v = (std::uint32_t(src[i]) << 16) | (std::uint32_t(src[i + 1]) << 8) | src[i + 2];
        *dst++ = std::uint8_t(kBase64Alphabet[(v >> 18) & 63]);
        *dst++ = std::uint8_t(kBase64Alphabet[(v >> 12) & 63]);
        *dst++ = std::uint8_t(kBase64Alphabet[(v >> 6) & 63]);
        *dst++ = std::uint8_t(kBase64Alphabet[v & 63]);
    }
    const std::size_t rest = in.size() - i;
    if (rest > 0) {
        const std::uint32_t v = (std::uint32_t(src[i]) << 16) | (rest == 2 ? std::uint32_t(src[i + 1]) << 8 : 0);
        *dst++ = std::uint8_t(kBase64Alphabet[(v >> 18) & 63]);
        *dst++ = std::uint8_t(kBase64Alphabet[(v >> 12) & 63]);
        *dst++ = rest == 2 ? std::uint8_t(kBase64Alphabet[(v >> 6) & 63]) : std::uint8_t('=');
        *dst++ = '=';
    }
    return out;
}

// Standard or URL-safe base64; whitespace is skipped, padding optional. nullopt for anything else.
std::optional<SecureBytes> decodeBase64(const SecureBytes &in)
{
    SecureBytes out(in.size() / 4 * 3 + 3);
    std::size_t used = 0;
    std::uint32_t bits = 0;
    int count = 0;
    int padding = 0;
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = char(in.data()[i]);
        if (isSpace(c))
            continue;
        if (c == '=') {
            ++padding;
            continue;
        }
        const int index = base64Index(c);
        if (index < 0 || padding > 0)
            return std::nullopt;
        bits = (bits << 6) | std::uint32_t(index);
        if (++count == 4) {
            out.data()[used++] = std::uint8_t(bits >> 16);
            out.data()[used++] = std::uint8_t(bits >> 8);
            out.data()[used++] = std::uint8_t(bits);
            bits = 0;
            count = 0;
        }
    }
    if (count == 1 || padding > 2)
        return std::nullopt;
    if (count == 2) {
        out.data()[used++] = std::uint8_t(bits >> 4);
    } else if (count == 3) {
        out.data()[used++] = std::uint8_t(bits >> 10);
        out.data()[used++] = std::uint8_t(bits >> 2);
    }
    bits = 0;
    return SecureBytes(out.data(), used);
}

std::optional<SecureBytes> decodeHex(const SecureBytes &in)
{
    SecureBytes out(in.size() / 2 + 1);
    std::size_t used = 0;
    int high = -1;
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = char(in.data()[i]);
        if (isSpace(c))
            continue;
        const int nibble = hexIndex(c);
        if (nibble < 0)
            return std::nullopt;
        if (high < 0) {
            high = nibble;
        } else {
            out.data()[used++] = std::uint8_t((high << 4) | nibble);
            high = -1;
        }
    }
    if (high >= 0)
        return std::nullopt;
    return SecureBytes(out.data(), used);
}

} // namespace

std::optional<ValueEncoding> encodingFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"utf-8" || lower == u"utf8")
        return ValueEncoding::Utf8;
    if (lower == u"base64")
        return ValueEncoding::Base64;
    if (lower == u"hex")
        return ValueEncoding::Hex;
    return std::nullopt;
}

QString encodingName(ValueEncoding encoding)
{
    switch (encoding) {
    case ValueEncoding::Utf8: return QStringLiteral("utf-8");
    case ValueEncoding::Base64: return QStringLiteral("base64");
    case ValueEncoding::Hex: return QStringLiteral("hex");
    }
    return {};
}

Result<SecureBytes> readValueFile(const QString &path, qsizetype maxBytes)
{
    const QFileInfo info(path);
    const QString source = QStringLiteral("the value file '%1'").arg(path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(source));
    if (info.isDir())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 is a folder, not a file").arg(source));
    if (info.size() > maxBytes)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 is larger than a secret value may be (%2)").arg(source, limitText(maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error(ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(source, file.errorString()));
    return readAll(file, maxBytes, source, std::size_t(info.size()));
}

Result<SecureBytes> readValueStdin(qsizetype maxBytes)
{
    QFile in;
    if (!in.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle))
        return Error(ErrorCode::Io, QStringLiteral("cannot read standard input: %1").arg(in.errorString()));
    auto data = readAll(in, maxBytes + 2, QStringLiteral("the value read from standard input"), 0);
    if (!data)
        return data;
    std::size_t size = data->size();
    if (size > 0 && data->data()[size - 1] == '\n') {
        --size;
        if (size > 0 && data->data()[size - 1] == '\r')
            --size;
    }
    if (size == data->size())
        return data;
    return SecureBytes(data->data(), size); // the longer copy is wiped as it is freed
}

Result<SecureBytes> encodeValue(const SecureBytes &fileBytes, ValueEncoding encoding, const QString &source)
{
    switch (encoding) {
    case ValueEncoding::Utf8:
        if (!utf8::isValid(fileBytes.view()))
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not UTF-8 text; store a binary file with --encoding base64 or hex")
                                 .arg(source));
        return fileBytes.clone();
    case ValueEncoding::Base64: return encodeBase64(fileBytes);
    case ValueEncoding::Hex: return fileBytes.toHex();
    }
    return Error(ErrorCode::Internal, QStringLiteral("unknown encoding"));
}

Result<SecureBytes> decodeValue(const SecureBytes &value, ValueEncoding encoding, const QString &secretName)
{
    std::optional<SecureBytes> decoded;
    switch (encoding) {
    case ValueEncoding::Utf8: return value.clone();
    case ValueEncoding::Base64: decoded = decodeBase64(value); break;
    case ValueEncoding::Hex: decoded = decodeHex(value); break;
    }
    if (!decoded)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the value of secret '%1' is not %2 text, so it cannot be decoded as %2; download "
                                    "it with --encoding utf-8 to get it as stored")
                             .arg(secretName, encodingName(encoding)));
    return std::move(*decoded);
}

Result<void> writeNewFile(const QString &path, QByteArrayView bytes, bool overwrite, const QString &what)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error(ErrorCode::AlreadyExists,
                     QStringLiteral("'%1' is a folder; give a file name for the %2").arg(path, what));
    if (info.exists() && !overwrite)
        return Error(ErrorCode::AlreadyExists,
                     QStringLiteral("the file '%1' already exists; it is not overwritten").arg(path));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (info.exists()) {
        // Replace atomically, so a failure leaves the old file as it was.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error(ErrorCode::Io,
                         QStringLiteral("cannot write the %1 '%2': %3").arg(what, path, file.errorString()));
        (void)file.setPermissions(ownerOnly);
        if (file.write(bytes.data(), bytes.size()) != bytes.size() || !file.commit())
            return Error(ErrorCode::Io,
                         QStringLiteral("cannot write the %1 '%2': %3").arg(what, path, file.errorString()));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered, ownerOnly)) {
        if (QFileInfo::exists(path))
            return Error(ErrorCode::AlreadyExists,
                         QStringLiteral("the file '%1' already exists; it is not overwritten").arg(path));
        return Error(ErrorCode::Io,
                     QStringLiteral("cannot create the %1 '%2': %3").arg(what, path, file.errorString()));
    }
    const bool written = file.write(bytes.data(), bytes.size()) == bytes.size() && file.flush();
    const QString reason = file.errorString();
    file.close();
    if (!written) {
        (void)QFile::remove(path);
        return Error(ErrorCode::Io, QStringLiteral("cannot write the %1 '%2': %3").arg(what, path, reason));
    }
    return {};
}

} // namespace coffer::cli
