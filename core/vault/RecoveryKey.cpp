#include "core/vault/RecoveryKey.h"

#include "core/crypto/Base32.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Random.h"

#include <QScopeGuard>

#include <openssl/crypto.h>

namespace coffer::recovery {

namespace {
constexpr int kKeyBytes = 32;
constexpr int kGroups = 14;

// 52 base32 characters carry the 256 key bits (plus 4 zero bits); 4 more carry 20 checksum bits.
QByteArray checksumChars(const SecureBytes &raw)
{
    const QByteArray digest = crypto::sha256(raw.view());
    return crypto::base32Encode(digest.left(3)).left(4).toLatin1();
}
} // namespace

SecureString generate(SecureBytes *rawOut)
{
    SecureBytes raw = crypto::randomSecret(kKeyBytes);
    QString body = crypto::base32Encode(raw.view()) + QString::fromLatin1(checksumChars(raw));
    QString grouped;
    for (int i = 0; i < kGroups; ++i) {
        if (i)
            grouped += u'-';
        grouped += body.mid(i * 4, 4);
    }
    OPENSSL_cleanse(body.data(), std::size_t(body.size()) * sizeof(QChar));
    if (rawOut)
        *rawOut = std::move(raw);
    return SecureString::fromQString(grouped);
}

Result<SecureBytes> parse(const SecureString &text)
{
    QString compact;
    for (const QChar c : text.toQStringForDisplay())
        if (c != u'-' && !c.isSpace())
            compact += c.toUpper();
    auto wipe = qScopeGuard([&compact] {
        if (!compact.isEmpty())
            OPENSSL_cleanse(compact.data(), std::size_t(compact.size()) * sizeof(QChar));
    });
    if (compact.size() != kGroups * 4)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("a recovery key has 56 characters in 14 groups of 4; this one has %1")
                             .arg(compact.size()));
    auto decoded = crypto::base32Decode(QStringView(compact).left(52));
    if (!decoded || decoded->size() < kKeyBytes)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the recovery key contains characters other than A-Z and 2-7"));
    SecureBytes raw(decoded->constData(), kKeyBytes);
    OPENSSL_cleanse(decoded->data(), std::size_t(decoded->size()));
    if (checksumChars(raw) != QStringView(compact).mid(52).toLatin1())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the recovery key is mistyped (its checksum does not match); check each group"));
    return raw;
}

} // namespace coffer::recovery
