#include "core/crypto/SelfTest.h"

#include "core/common/Log.h"
#include "core/crypto/Aead.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Random.h"

#include <argon2.h>

#include <mutex>

namespace coffer::crypto {

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

Error failed(const char *what)
{
    return Error(
            ErrorCode::SelfTestFailed,
            QStringLiteral("crypto self-test failed: %1; Coffer refuses to open vaults with a broken crypto library")
                    .arg(QLatin1StringView(what)));
}

Result<void> runAll()
{
    // FIPS 180-2: SHA-256("abc")
    if (sha256("abc") != hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
        return failed("SHA-256");

    // RFC 4231 test case 2
    if (hmacSha256(SecureBytes(QByteArrayView("Jefe")), "what do ya want for nothing?")
        != hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"))
        return failed("HMAC-SHA256");

    // RFC 5869 test case 1
    {
        const QByteArray ikm(22, '\x0b');
        auto okm = hkdfSha256(SecureBytes(ikm), hex("000102030405060708090a0b0c"), hex("f0f1f2f3f4f5f6f7f8f9"), 42);
        if (!okm
            || okm->view().toByteArray()
                    != hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"))
            return failed("HKDF-SHA256");
    }

    // McGrew & Viega GCM test case 14 (AES-256, zero key and IV, one zero block)
    {
        const SecureBytes key(32);
        auto sealed = sealAes256GcmWithNonce(key, QByteArray(12, '\0'), QByteArray(16, '\0'), {});
        if (!sealed || sealed->ciphertext != hex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919"))
            return failed("AES-256-GCM encrypt");
        auto opened = openAes256Gcm(key, *sealed, {});
        if (!opened || opened->view().toByteArray() != QByteArray(16, '\0'))
            return failed("AES-256-GCM decrypt");
        Sealed altered = *sealed;
        altered.ciphertext[0] = char(altered.ciphertext[0] ^ 1);
        if (openAes256Gcm(key, altered, {}))
            return failed("AES-256-GCM tag check");
    }

    // RFC 9106 section 5.3: Argon2id with secret and associated data
    {
        QByteArray pwd(32, '\x01');
        QByteArray salt(16, '\x02');
        QByteArray secret(8, '\x03');
        QByteArray ad(12, '\x04');
        QByteArray out(32, '\0');
        argon2_context ctx {};
        ctx.out = reinterpret_cast<uint8_t *>(out.data());
        ctx.outlen = 32;
        ctx.pwd = reinterpret_cast<uint8_t *>(pwd.data());
        ctx.pwdlen = 32;
        ctx.salt = reinterpret_cast<uint8_t *>(salt.data());
        ctx.saltlen = 16;
        ctx.secret = reinterpret_cast<uint8_t *>(secret.data());
        ctx.secretlen = 8;
        ctx.ad = reinterpret_cast<uint8_t *>(ad.data());
        ctx.adlen = 12;
        ctx.t_cost = 3;
        ctx.m_cost = 32;
        ctx.lanes = 4;
        ctx.threads = 4;
        ctx.version = ARGON2_VERSION_13;
        ctx.flags = ARGON2_DEFAULT_FLAGS;
        if (argon2_ctx(&ctx, Argon2_id) != ARGON2_OK
            || out != hex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"))
            return failed("Argon2id");
    }

    // The CSPRNG answers and does not repeat itself.
    if (randomBytes(32) == randomBytes(32))
        return failed("random generator");
    return {};
}

} // namespace

Result<void> runSelfTests()
{
    static std::once_flag once;
    static std::optional<Error> failure;
    std::call_once(once, [] {
        auto result = runAll();
        if (!result) {
            failure = result.error();
            qCCritical(lcCrypto) << result.error().toString();
        }
    });
    if (failure)
        return *failure;
    return {};
}

} // namespace coffer::crypto
