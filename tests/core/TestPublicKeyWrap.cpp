#include "core/crypto/Digest.h"
#include "core/crypto/PublicKeyWrap.h"
#include "core/crypto/Random.h"
#include "tests/support/TestUtil.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <map>
#include <memory>

using namespace coffer;

namespace {

using Pkey = std::shared_ptr<EVP_PKEY>;
using CtxPtr = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

constexpr QByteArrayView kAad("vault:6f1c/keyslot:certificate-1");

// Known-answer data (see knownAnswer()): keys made once with the openssl tool, base64 DER.
constexpr char kKatEcKey[]
        = "MHcCAQEEINnbPxraIaJvIRMr8dXkfMIBae8gkPSmzSVwGxAUqk/5oAoGCCqGSM49AwEHoUQDQgAEmIK30H+cEpahQKR9UxteiGH1kh3BG+1O"
          "AcME06diiDiJSx0c/Yrz3E7Q4bTyKPK8gSCJQ5YCqi9uc/xOhediDw==";
constexpr char kKatEcWrapped[]
        = "43504b570102f8e6ef65e9db7b7858a00050e0cdccdb986af9e272977b86e2cb45972bc07a7a0411d93c24cda97a16ec1f63aed11afd"
          "4474f297da3d40db25b50fc1169a3917cd9bd9d257ebf2be6e7bee96c10345b70a74a7279479955015e6e888afc442da42853ba2fe7a"
          "3d39b90a93feaf50e5da0329415f96aa0ef9f6745f18a5b13c06d2f94bfddae020964c3b4d4eb30d39cdad42125278449b945b167e6d"
          "6b";
constexpr char kKatRsaKey[]
        = "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDYmwY5rjdvuvDWQVVRsIPfelpGUO8UGalikRnQeHpJfar0JnSkP6cV957I"
          "ZnUuTMGAEWJHLZkApMkLAE6ZvHjYXQk6Q3k8N4S+LBbsirdJNEReikdMWMdZO/KCnZssYKijOYPgvr6eDRiczyJszPOrZPxXkl9a+VYGi5ID"
          "iKlDZ9r8m4ZzCxMYPPmGqRdNhJ+ujc7uCziTteGLpZ31glf1RyYny+H1fhwkpj3c1YCKHSmbIw5epy2kQok1l+xfl6nEulX3x/KqxCLxjYa7"
          "E0x32YbYSC+YUFng3n8ZHElAR4OxAewS83lHIuGxvRrGywWj36ma1TymlQ1bJhI/zdNVAgMBAAECggEAGHKe6EG+phC+gCBNpfO7XqzrpYYb"
          "BfTDhomEFWCTxNm3QulYPvWkQTl6pXnS/g/Rw0ezBP+jhkwTGPfG51k7dohBs17MPzyw8dn+GGKrv0pz8QvAcmCO14aJn650RjT+s7WZKfO9"
          "hg9KWOCULR2Q3yZ9yNCPjLAZwpFcQKPbHu1Tw/yHLtQIClqteUHOB9MdvmxyryGD6FgbwpUCa5Ynp/Azh8965eIQjte7kQUfbXGD6VCJZAHx"
          "X/jB2Y6AdLfMp0UFbguiJCbw8D5NegGlsnWWtbIvHzKf3ihjDk7+vWS9zVNkddNFOe8aghCKc/Cl1OH14Bhlr9c1l1W8vLjTgQKBgQDuXz6+"
          "svsp24g6+icJVxg+qYpkkIA1Ns5bIJ/S9NACw32w6rW9R8Z3gtfdHZdakfd0yAgwz22+gblOuvW70ehxlyFqS4yyL30mvM7chvrrHC3ap3nr"
          "mLvTS2RmVCt0sRCVRusUyCP8lOfQa4EEpKc6CVCjDY3oVR+fZoAQKrQG4QKBgQDon7SlTWV32I71Kd0ibdpGu6LsRCIlzaijOR/921WBClaK"
          "hcOlerSd69Luncl3l2sMvIZNA9gIPxVmSF6iGMSGh5dN7KLLX5Zoqb+KLgjREi/ElHKX+vOPCTMJsMMcUwN2JalHCTOtYitouXrQYV3FzkVr"
          "4k12bx80WRsfCLD+9QKBgEcSNs785k3wmombFBCA20WznwOk4dT75kLdU0m+nFZ2mv8ou88Xm2D+rgXLUNk8NB+plGeZMQtf+jQzIhlB2KAl"
          "g10B8Y0fA52NJdAynpWC7VkIHh3UiAvTqren2N0N/ffEEUs88R3Z99P4eZs8zG9NX7F91RW0a51HHl+zm8GBAoGBAMTrXQqJyBl50xqqg62/"
          "fIVgFX0X+Cg0Pktd8jz9TRZdYAEHVyVgCEGe/gJMw91e6pnvhWjwlhH1BPJ+1M03VjXj1it65BxxIGwdNi2M5p3FXXZ1i8QoBcHRscjEP4Zc"
          "p5N+MhwWKA7gCYsvaE25/p2SDaZT/esCClJQE+tjeiF5AoGBAM5w8Ydhc0483WrIOnwB+NtJ5y4qmYvIon4HIME0s64Ozv8FBYDw7+GXfE5A"
          "xqLmMiZLdOKBkobs3wEjL9Qr2nhemP9sziDc2Gs4xNSDD6mplyBFtXYfJVXuop4jqSfzoZLyq0AAoIZ6OMFkzwRCmh2urJDpQSIfXJz/s+EA"
          "Iw8E";
constexpr char kKatRsaWrapped[]
        = "43504b570101de495d0a86193f30c8fcac4f8aa6ef1902ed50283a462e80e9e1c59614ffddfd4de8622a92a806bd522ab58fcfdf6baf"
          "a7eb5763cc80cc8cb9546b8b34b8fb0c5e8434d4c9cc76f818d432358b3a66f5e180837d86315eaecc4984ee8d3cb2c489ab48082a72"
          "e53105014b1f1cfc461e6a07e4d4d8a1a4d64abf1cadc12c2ad99fb969b4afe88b31da7d4703483228905ee69d05d423a997e3e73ca7"
          "9bef810fb5c4a7d90b640727be8974629553dddb818bb8f5ad17b186e0f9e16e69badefdd9c5b6fb912ffd9977679ca8e1863eac1190"
          "989fa088c7536e7e8dd9b133277d0857cfe0a6e48cbb26edc3ce1b0b0b729b86f4e3e00f3505fb45def221b09560e277bb0562a97b1f"
          "6a3849f4646d1ee605d04c732367a5e4fd781b74fc914346";

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC);
}

Pkey adopt(EVP_PKEY *key)
{
    return Pkey(key, &EVP_PKEY_free);
}

// Generates a key of a named type: "RSA-<bits>", "RSA-PSS-2048", "EC-P256/P384/P521", "EC-P256-compressed" (public
// point encoded compressed), "EC-secp256k1", "Ed25519", "Ed448", "DSA-2048".
Pkey generate(const QString &type)
{
    const auto generated = [](EVP_PKEY_CTX *ctx) {
        EVP_PKEY *key = nullptr;
        return ctx && EVP_PKEY_keygen(ctx, &key) == 1 ? adopt(key) : Pkey();
    };
    if (type == u"RSA-PSS-2048") {
        CtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA-PSS", nullptr), &EVP_PKEY_CTX_free);
        if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), 2048) != 1)
            return {};
        return generated(ctx.get());
    }
    if (type == u"DSA-2048") {
        CtxPtr paramCtx(EVP_PKEY_CTX_new_from_name(nullptr, "DSA", nullptr), &EVP_PKEY_CTX_free);
        EVP_PKEY *params = nullptr;
        if (!paramCtx || EVP_PKEY_paramgen_init(paramCtx.get()) != 1
            || EVP_PKEY_CTX_set_dsa_paramgen_bits(paramCtx.get(), 2048) != 1
            || EVP_PKEY_paramgen(paramCtx.get(), &params) != 1)
            return {};
        const Pkey ownParams = adopt(params);
        CtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, params, nullptr), &EVP_PKEY_CTX_free);
        if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1)
            return {};
        return generated(ctx.get());
    }
    if (type.startsWith(u"RSA-"))
        return adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t(type.sliced(4).toUInt())));
    if (type == u"EC-P256-compressed") {
        Pkey pkey = adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        if (!pkey
            || EVP_PKEY_set_utf8_string_param(pkey.get(), OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT, "compressed")
                    != 1)
            return {};
        return pkey;
    }
    if (type.startsWith(u"EC-")) {
        QByteArray curve = type.sliced(3).toLatin1();
        if (curve.startsWith('P'))
            curve.insert(1, '-');
        return adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve.data()));
    }
    if (type == u"Ed25519" || type == u"Ed448")
        return adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, type == u"Ed25519" ? "ED25519" : "ED448"));
    return {};
}

// Key generation is the slow part (RSA-4096): each (type, index) is made once per run.
Pkey key(const QString &type, int index = 0)
{
    static std::map<QString, Pkey> cache;
    Pkey &slot = cache[type + u'#' + QString::number(index)];
    if (!slot)
        slot = generate(type);
    return slot;
}

// What `write` puts into a memory BIO.
template<typename Writer>
QByteArray pemOf(Writer write)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    write(bio.get());
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

template<typename Writer>
QByteArray derOf(Writer write)
{
    unsigned char *der = nullptr;
    const int length = write(&der);
    QByteArray out(reinterpret_cast<const char *>(der), qMax(length, 0));
    OPENSSL_free(der);
    return out;
}

// A self-signed certificate, DER. Subject in DER order O then CN, so RFC 2253 shows "CN=...,O=...".
QByteArray selfSigned(EVP_PKEY *pkey, const QString &commonName = QStringLiteral("ci-pipeline"),
                      const QDateTime &notBefore = utc(2026, 1, 1), const QDateTime &notAfter = utc(2027, 1, 1))
{
    std::unique_ptr<X509, decltype(&X509_free)> x509(X509_new(), &X509_free);
    X509_set_version(x509.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(x509.get()), 4242);
    ASN1_TIME_set(X509_getm_notBefore(x509.get()), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(x509.get()), time_t(notAfter.toSecsSinceEpoch()));
    X509_NAME *name = X509_get_subject_name(x509.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Example"), -1, -1, 0);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(x509.get(), name);
    X509_set_pubkey(x509.get(), pkey);
    const bool edwards = EVP_PKEY_is_a(pkey, "ED25519") || EVP_PKEY_is_a(pkey, "ED448");
    if (X509_sign(x509.get(), pkey, edwards ? nullptr : EVP_sha256()) <= 0)
        return {};
    return derOf([&](unsigned char **out) { return i2d_X509(x509.get(), out); });
}

QByteArray certificatePem(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &p, long(der.size())), &X509_free);
    return pemOf([&](BIO *bio) { PEM_write_bio_X509(bio, x509.get()); });
}

// PKCS#8 ("BEGIN PRIVATE KEY") or traditional ("BEGIN RSA/EC PRIVATE KEY") PEM.
SecureString privatePem(EVP_PKEY *pkey, bool traditional = false)
{
    return SecureString::fromUtf8(pemOf([&](BIO *bio) {
        (traditional ? PEM_write_bio_PrivateKey_traditional : PEM_write_bio_PrivateKey)(bio, pkey, nullptr, nullptr, 0,
                                                                                        nullptr, nullptr);
    }));
}

QByteArray publicPem(EVP_PKEY *pkey)
{
    return pemOf([&](BIO *bio) { PEM_write_bio_PUBKEY(bio, pkey); });
}

// A certificate signing request for the key: {PEM, DER}.
std::pair<QByteArray, QByteArray> csr(EVP_PKEY *pkey)
{
    std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)> req(X509_REQ_new(), &X509_REQ_free);
    X509_NAME *name = X509_REQ_get_subject_name(req.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("csr"), -1, -1, 0);
    X509_REQ_set_pubkey(req.get(), pkey);
    X509_REQ_sign(req.get(), pkey, EVP_sha256());
    return {pemOf([&](BIO *bio) { PEM_write_bio_X509_REQ(bio, req.get()); }),
            derOf([&](unsigned char **out) { return i2d_X509_REQ(req.get(), out); })};
}

QByteArray flipped(QByteArray data, qsizetype offset, char mask = 0x01)
{
    data[offset] = char(data[offset] ^ mask);
    return data;
}

// Fails when the error text holds a piece of the private key PEM's base64 body or of a secret.
bool leaksNothing(const Error &error, const SecureString &pem, const SecureBytes &secret)
{
    const QString text = error.toString();
    const QByteArray secretHex = QByteArray(secret.constChar(), qsizetype(secret.size())).toHex();
    if (!secretHex.isEmpty() && text.contains(QString::fromLatin1(secretHex.left(16)), Qt::CaseInsensitive))
        return false;
    for (const QByteArray &line : pem.utf8().view().toByteArray().split('\n')) {
        if (line.size() >= 16 && !line.startsWith("-----") && text.contains(QString::fromLatin1(line.left(16))))
            return false;
    }
    return true;
}

// Runs `openssl <args>` in `dir`; on failure returns false with the reason in *output.
bool runOpenssl(const QString &dir, const QString &commandLine, QByteArray *output)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStandardPaths::findExecutable(QStringLiteral("openssl")),
                  commandLine.split(u' ', Qt::SkipEmptyParts));
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *output = "openssl " + commandLine.toUtf8() + " failed: " + process.readAllStandardError();
        return false;
    }
    *output = process.readAllStandardOutput();
    return true;
}

QByteArray readFile(const QTemporaryDir &dir, const char *name)
{
    QFile file(dir.filePath(QString::fromLatin1(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first value after '=' of an `openssl x509 -noout -<field>` output line starting with `prefix`.
QString fieldValue(const QByteArray &output, QByteArrayView prefix)
{
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.sliced(line.indexOf('=') + 1).trimmed());
    }
    return {};
}

} // namespace

// Runs the openssl command lines of a row (separated by ';') in a fresh temporary folder (QSKIP without the tool).
#define RUN_OPENSSL_STEPS(dir, steps) \
    do { \
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) \
            QSKIP("the openssl command-line tool is not installed"); \
        QVERIFY((dir).isValid()); \
        for (const QString &step : (steps).split(u';')) { \
            QByteArray stepOutput; \
            QVERIFY2(runOpenssl((dir).path(), step, &stepOutput), stepOutput.constData()); \
        } \
    } while (false)

// Asserts that a Result failed with `expectedCode` and that its message mentions each of the strings that follow.
#define VERIFY_REFUSED(result, expectedCode, ...) \
    do { \
        const auto &refused_ = (result); \
        QVERIFY2(!refused_, "expected an error, got success"); \
        const QString text_ = refused_.error().toString(); \
        QVERIFY2(refused_.error().code() == (expectedCode), qPrintable(text_)); \
        for (const QString &mention_ : QStringList {__VA_ARGS__}) \
            QVERIFY2(text_.contains(mention_), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(mention_, text_))); \
    } while (false)

class TestPublicKeyWrap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("wrappedSize");
        QTest::newRow("RSA-2048") << QStringLiteral("RSA-2048") << QStringLiteral("RSA-2048") << 1 << 38 + 256;
        QTest::newRow("RSA-3072") << QStringLiteral("RSA-3072") << QStringLiteral("RSA-3072") << 1 << 38 + 384;
        QTest::newRow("RSA-4096") << QStringLiteral("RSA-4096") << QStringLiteral("RSA-4096") << 1 << 38 + 512;
        QTest::newRow("EC-P256") << QStringLiteral("EC-P256") << QStringLiteral("EC-P256") << 2 << 38 + 65 + 12 + 48;
        QTest::newRow("EC-P384") << QStringLiteral("EC-P384") << QStringLiteral("EC-P384") << 3 << 38 + 97 + 12 + 48;
        QTest::newRow("EC-P521") << QStringLiteral("EC-P521") << QStringLiteral("EC-P521") << 4 << 38 + 133 + 12 + 48;
        QTest::newRow("EC-P256, compressed point in the certificate")
                << QStringLiteral("EC-P256-compressed") << QStringLiteral("EC-P256") << 2 << 38 + 65 + 12 + 48;
    }
    void roundTrip()
    {
        QFETCH(QString, type);
        QFETCH(QString, keyType);
        QFETCH(int, scheme);
        QFETCH(int, wrappedSize);
        const Pkey pkey = key(type);
        QVERIFY(pkey);
        const QByteArray der = selfSigned(pkey.get());
        QVERIFY(!der.isEmpty());
        if (type.endsWith(u"compressed")) {
            // The certificate really carries a compressed point (0x02/0x03), else this row tests nothing new.
            const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
            std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &p, long(der.size())), &X509_free);
            const unsigned char *point = nullptr;
            int pointLength = 0;
            X509_PUBKEY_get0_param(nullptr, &point, &pointLength, nullptr, X509_get_X509_PUBKEY(x509.get()));
            QCOMPARE(pointLength, 33);
            QVERIFY(point[0] == 0x02 || point[0] == 0x03);
        }
        const auto info = crypto::inspectCertificate(der);
        COFFER_VERIFY_OK(info);
        QCOMPARE(info->keyType, keyType);

        const SecureBytes secret = crypto::randomSecret(32);
        const auto wrapped = crypto::wrapToCertificate(der, secret, kAad);
        COFFER_VERIFY_OK(wrapped);
        QCOMPARE(wrapped->size(), wrappedSize);
        QCOMPARE(wrapped->first(5), QByteArray("CPKW\x01"));
        QCOMPARE(int(quint8(wrapped->at(5))), scheme);
        QVERIFY(!wrapped->contains(QByteArrayView(secret.view())));

        for (const bool traditional : {false, true}) {
            const SecureString pem = privatePem(pkey.get(), traditional);
            QVERIFY(pem.utf8().view().contains(traditional ? "-----BEGIN " + keyType.section(u'-', 0, 0).toLatin1()
                                                               + " PRIVATE KEY-----"
                                                           : QByteArray("-----BEGIN PRIVATE KEY-----")));
            const auto unwrapped = crypto::unwrapWithPrivateKey(pem, *wrapped, kAad);
            COFFER_VERIFY_OK(unwrapped);
            QVERIFY(unwrapped->equals(secret));
            const auto matches = crypto::privateKeyMatches(pem, der);
            COFFER_VERIFY_OK(matches);
            QVERIFY(*matches);
        }

        // Fresh randomness each time; both open.
        const auto again = crypto::wrapToCertificate(der, secret, kAad);
        COFFER_VERIFY_OK(again);
        QVERIFY(*again != *wrapped);
        QVERIFY(crypto::unwrapWithPrivateKey(privatePem(pkey.get()), *again, kAad)->equals(secret));

        // The aad is bound: any other (shorter, longer, empty) fails.
        const QByteArray withNul = kAad.toByteArray() + '\0';
        for (const QByteArrayView aad : {QByteArrayView("vault:6f1c/keyslot:certificate-2"), QByteArrayView(),
                                         QByteArrayView(withNul), kAad.chopped(1)})
            COFFER_VERIFY_ERROR(crypto::unwrapWithPrivateKey(privatePem(pkey.get()), *wrapped, aad),
                                ErrorCode::WrongCredential);
        // An empty aad is allowed and still bound: it is not interchangeable with a non-empty one.
        const auto noAad = crypto::wrapToCertificate(der, secret, {});
        COFFER_VERIFY_OK(noAad);
        QVERIFY(crypto::unwrapWithPrivateKey(privatePem(pkey.get()), *noAad, {})->equals(secret));
        COFFER_VERIFY_ERROR(crypto::unwrapWithPrivateKey(privatePem(pkey.get()), *noAad, kAad),
                            ErrorCode::WrongCredential);
    }

    void wrongKey_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("otherFamily"); // a key of another type or curve
        for (const auto &[type, other] : {std::pair {"RSA-2048", "EC-P256"},
                                          {"RSA-3072", "EC-P521"},
                                          {"EC-P256", "EC-P384"},
                                          {"EC-P384", "RSA-2048"},
                                          {"EC-P521", "EC-P256"}})
            QTest::newRow(type) << QString::fromLatin1(type) << QString::fromLatin1(other);
    }
    void wrongKey()
    {
        QFETCH(QString, type);
        QFETCH(QString, otherFamily);
        const Pkey mine = key(type);
        const Pkey another = key(type, 1); // same type, different key
        QVERIFY(mine && another);
        const QByteArray der = selfSigned(mine.get());
        const SecureBytes secret = crypto::randomSecret(32);
        const auto wrapped = crypto::wrapToCertificate(der, secret, kAad);
        COFFER_VERIFY_OK(wrapped);

        for (const Pkey &wrong : {another, key(otherFamily)}) {
            const SecureString pem = privatePem(wrong.get());
            const auto result = crypto::unwrapWithPrivateKey(pem, *wrapped, kAad);
            COFFER_VERIFY_ERROR(result, ErrorCode::WrongCredential);
            QVERIFY(leaksNothing(result.error(), pem, secret));
            const auto matches = crypto::privateKeyMatches(pem, der);
            COFFER_VERIFY_OK(matches);
            QVERIFY(!*matches);
        }

        // The key id is only a hint: data wrapped to one key but relabelled with another key's id still fails
        // cryptographically (OAEP / ECDH+GCM), with the same code.
        const auto toAnother = crypto::wrapToCertificate(selfSigned(another.get()), secret, kAad);
        COFFER_VERIFY_OK(toAnother);
        QByteArray relabelled = *wrapped;
        relabelled.replace(6, 32, toAnother->sliced(6, 32));
        const SecureString anotherPem = privatePem(another.get());
        const auto forged = crypto::unwrapWithPrivateKey(anotherPem, relabelled, kAad);
        COFFER_VERIFY_ERROR(forged, ErrorCode::WrongCredential);
        QVERIFY(leaksNothing(forged.error(), anotherPem, secret));
    }

    void alteredBytes_data()
    {
        QTest::addColumn<QString>("type");
        for (const char *type : {"RSA-2048", "RSA-3072", "RSA-4096", "EC-P256", "EC-P384", "EC-P521"})
            QTest::newRow(type) << QString::fromLatin1(type);
    }
    void alteredBytes()
    {
        QFETCH(QString, type);
        const Pkey pkey = key(type);
        const QByteArray der = selfSigned(pkey.get());
        const SecureString pem = privatePem(pkey.get());
        const SecureBytes secret = crypto::randomSecret(32);
        const auto wrapped = crypto::wrapToCertificate(der, secret, kAad);
        COFFER_VERIFY_OK(wrapped);
        // Every byte of the header (magic, version, scheme, key id) and of EC bodies (point, nonce, ciphertext, GCM
        // tag); every 8th byte of an RSA ciphertext (each RSA decryption is slow, and OAEP fails on any change).
        const bool rsa = type.startsWith(u"RSA-");
        for (qsizetype offset = 0; offset < wrapped->size(); offset += (rsa && offset >= 38) ? 8 : 1) {
            const auto result = crypto::unwrapWithPrivateKey(pem, flipped(*wrapped, offset), kAad);
            QVERIFY2(!result, qPrintable(QStringLiteral("a flip at offset %1 went unnoticed").arg(offset)));
            QVERIFY2(result.error().code() == ErrorCode::WrongCredential,
                     qPrintable(QStringLiteral("offset %1: %2").arg(offset).arg(result.error().toString())));
        }
        // A high bit in the middle of the body and in the last (tag) byte, too.
        for (const qsizetype offset : {wrapped->size() / 2, wrapped->size() - 1})
            COFFER_VERIFY_ERROR(crypto::unwrapWithPrivateKey(pem, flipped(*wrapped, offset, char(0x80)), kAad),
                                ErrorCode::WrongCredential);
        // Truncated, extended, empty.
        for (const QByteArray &damaged : {wrapped->chopped(1), wrapped->first(38), wrapped->first(10), QByteArray(),
                                          QByteArray(*wrapped + '\0'), QByteArray(*wrapped + *wrapped)})
            COFFER_VERIFY_ERROR(crypto::unwrapWithPrivateKey(pem, damaged, kAad), ErrorCode::WrongCredential);
        // A later format version is reported as such, not as a wrong key.
        QByteArray newer = *wrapped;
        newer[4] = 2;
        COFFER_VERIFY_ERROR(crypto::unwrapWithPrivateKey(pem, newer, kAad), ErrorCode::UnsupportedFormat);
        // The untouched data still opens (the loop above worked on copies).
        QVERIFY(crypto::unwrapWithPrivateKey(pem, *wrapped, kAad)->equals(secret));
    }

    void secretMustBe32Bytes()
    {
        const QByteArray der = selfSigned(key(QStringLiteral("EC-P256")).get());
        for (const std::size_t size : {0, 16, 31, 33, 64})
            COFFER_VERIFY_ERROR(crypto::wrapToCertificate(der, crypto::randomSecret(size), kAad),
                                ErrorCode::InvalidArgument);
    }

    void unsupportedKeyTypes_data()
    {
        QTest::addColumn<QString>("type"); // as generate() takes it and as the message names it
        for (const char *type : {"RSA-1024", "RSA-PSS-2048", "DSA-2048", "Ed25519", "Ed448", "EC-secp256k1"})
            QTest::newRow(type) << QString::fromLatin1(type);
    }
    void unsupportedKeyTypes()
    {
        QFETCH(QString, type);
        const Pkey pkey = key(type);
        QVERIFY(pkey);
        const QByteArray der = selfSigned(pkey.get());
        QVERIFY(!der.isEmpty());
        // Names the type and says what is accepted.
#define VERIFY_TYPE_REFUSED(result) \
    VERIFY_REFUSED(result, ErrorCode::InvalidArgument, type, QStringLiteral("P-256"), QStringLiteral("2048"))
        VERIFY_TYPE_REFUSED(crypto::certificateDer(der));
        VERIFY_TYPE_REFUSED(crypto::certificateDer(certificatePem(der)));
        VERIFY_TYPE_REFUSED(crypto::inspectCertificate(der));
        VERIFY_TYPE_REFUSED(crypto::wrapToCertificate(der, crypto::randomSecret(32), kAad));
        // The same key as a private key: unwrap refuses it by type, privateKeyMatches says no.
        const QByteArray rsaDer = selfSigned(key(QStringLiteral("RSA-2048")).get());
        const auto toRsa = crypto::wrapToCertificate(rsaDer, crypto::randomSecret(32), kAad);
        COFFER_VERIFY_OK(toRsa);
        VERIFY_TYPE_REFUSED(crypto::unwrapWithPrivateKey(privatePem(pkey.get()), *toRsa, kAad));
#undef VERIFY_TYPE_REFUSED
        const auto matches = crypto::privateKeyMatches(privatePem(pkey.get()), rsaDer);
        COFFER_VERIFY_OK(matches);
        QVERIFY(!*matches);
    }

    void notACertificate_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        const Pkey rsa = key(QStringLiteral("RSA-2048"));
        const Pkey ec = key(QStringLiteral("EC-P256"));
        const QByteArray der = selfSigned(ec.get());
        const QByteArray pem = certificatePem(der);
        const auto [csrPem, csrDer] = csr(ec.get());
        QByteArray randomBytes = crypto::randomBytes(300);
        randomBytes[0] = 'x';
        QByteArray derLooking = crypto::randomBytes(300);
        derLooking[0] = 0x30;
        derLooking[1] = char(0x82);
        QByteArray damagedBase64 = pem;
        damagedBase64.replace(pem.indexOf('\n') + 20, 8, "!!!!!!!!");

        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("text") << QByteArray("just some text, not a certificate") << QStringLiteral("not a certificate");
        QTest::newRow("random bytes") << randomBytes << QStringLiteral("not a certificate");
        QTest::newRow("random bytes after a DER SEQUENCE tag") << derLooking << QStringLiteral("not a certificate");
        QTest::newRow("private key PEM (PKCS#8)")
                << privatePem(rsa.get()).utf8().view().toByteArray() << QStringLiteral("private key");
        QTest::newRow("private key PEM (traditional EC)")
                << privatePem(ec.get(), true).utf8().view().toByteArray() << QStringLiteral("private key");
        QTest::newRow("private key DER") << derOf([&](unsigned char **out) { return i2d_PrivateKey(rsa.get(), out); })
                                         << QStringLiteral("private key");
        QTest::newRow("certificate followed by its private key")
                << QByteArray(pem + privatePem(ec.get()).utf8().view().toByteArray()) << QStringLiteral("private key");
        QTest::newRow("CSR PEM") << csrPem << QStringLiteral("signing request");
        QTest::newRow("CSR DER") << csrDer << QStringLiteral("signing request");
        QTest::newRow("public key PEM") << publicPem(ec.get()) << QStringLiteral("public key");
        QTest::newRow("public key DER") << derOf([&](unsigned char **out) { return i2d_PUBKEY(ec.get(), out); })
                                        << QStringLiteral("public key");
        QTest::newRow("two certificates")
                << QByteArray(pem + certificatePem(selfSigned(rsa.get()))) << QStringLiteral("2 certificates");
        QTest::newRow("other PEM block") << QByteArray("-----BEGIN X509 CRL-----\nMIIB\n-----END X509 CRL-----\n")
                                         << QStringLiteral("X509 CRL");
        QTest::newRow("PEM with damaged base64") << damagedBase64 << QStringLiteral("damaged");
        QTest::newRow("PEM without its END line") << pem.first(pem.indexOf("-----END")) << QStringLiteral("damaged");
        QTest::newRow("truncated DER") << der.chopped(20) << QStringLiteral("not a certificate");
        QTest::newRow("DER with a trailing byte") << QByteArray(der + '\0') << QStringLiteral("1 unexpected bytes");
    }
    void notACertificate()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        const auto result = crypto::certificateDer(input);
        VERIFY_REFUSED(result, ErrorCode::InvalidArgument, says);
        // Nothing of the input (a private key, maybe) is echoed back.
        QVERIFY(leaksNothing(result.error(), SecureString::fromUtf8(input), SecureBytes()));
        COFFER_VERIFY_ERROR(crypto::inspectCertificate(input), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(crypto::wrapToCertificate(input, crypto::randomSecret(32), kAad),
                            ErrorCode::InvalidArgument);
    }

    void pemAndDerGiveTheSameDer()
    {
        const QByteArray der = selfSigned(key(QStringLiteral("EC-P384")).get());
        const QByteArray pem = certificatePem(der);
        QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----"));
        QByteArray crlf = pem;
        crlf.replace("\n", "\r\n");
        const QByteArray withText = "Subject: CN=ci-pipeline,O=Example\nIssuer: the same\n" + pem + "\n\n";
        for (const QByteArray &input : {der, pem, crlf, withText}) {
            const auto out = crypto::certificateDer(input);
            COFFER_VERIFY_OK(out);
            QCOMPARE(*out, der);
        }
    }

    void inspectReportsFields()
    {
        const QByteArray der = selfSigned(key(QStringLiteral("EC-P384")).get(), QStringLiteral("ci-pipeline"),
                                          utc(2026, 1, 1), utc(2060, 6, 30)); // 2060: GeneralizedTime, not UTCTime
        const auto info = crypto::inspectCertificate(der);
        COFFER_VERIFY_OK(info);
        QCOMPARE(info->subject, QStringLiteral("CN=ci-pipeline,O=Example"));
        QCOMPARE(info->thumbprint, QString::fromLatin1(crypto::sha256(der).toHex().toUpper()));
        QCOMPARE(info->thumbprint.size(), 64);
        QCOMPARE(info->notBefore, utc(2026, 1, 1));
        QCOMPARE(info->notAfter, utc(2060, 6, 30));
        QCOMPARE(info->notAfter.timeSpec(), Qt::UTC);
        QCOMPARE(info->keyType, QStringLiteral("EC-P384"));

        const auto unicode = crypto::inspectCertificate(
                selfSigned(key(QStringLiteral("EC-P256")).get(), QStringLiteral("Zürich Büro, 1")));
        COFFER_VERIFY_OK(unicode);
        QCOMPARE(unicode->subject, QStringLiteral("CN=Zürich Büro\\, 1,O=Example"));
    }

    void privateKeyInputErrors_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("says");
        const Pkey ec = key(QStringLiteral("EC-P256"));
        const QByteArray keyPem = privatePem(ec.get()).utf8().view().toByteArray();
        QByteArray damaged = keyPem;
        damaged.replace(keyPem.indexOf('\n') + 10, 6, "!!!!!!");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("text") << QByteArray("not a key") << QStringLiteral("not a PEM private key");
        QTest::newRow("certificate instead of the key")
                << certificatePem(selfSigned(ec.get())) << QStringLiteral("certificate, not a private key");
        QTest::newRow("public key") << publicPem(ec.get()) << QStringLiteral("not a PEM private key");
        QTest::newRow("two private keys")
                << QByteArray(keyPem + privatePem(key(QStringLiteral("EC-P256"), 1).get()).utf8().view().toByteArray())
                << QStringLiteral("2 private keys");
        QTest::newRow("damaged base64") << damaged << QStringLiteral("damaged");
        QTest::newRow("OpenSSH key") << QByteArray(
                "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n-----END OPENSSH PRIVATE "
                "KEY-----\n") << QStringLiteral("ssh-keygen -p -m PKCS8");
        QTest::newRow("encrypted PKCS#8 header only")
                << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n")
                << QStringLiteral("openssl pkey -in K -out K2");
    }
    void privateKeyInputErrors()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, says);
        const SecureString secretPem = SecureString::fromUtf8(pem);
        const QByteArray der = selfSigned(key(QStringLiteral("EC-P256")).get());
        const SecureBytes secret = crypto::randomSecret(32);
        const auto wrapped = crypto::wrapToCertificate(der, secret, kAad);
        COFFER_VERIFY_OK(wrapped);
        const auto unwrapped = crypto::unwrapWithPrivateKey(secretPem, *wrapped, kAad);
        VERIFY_REFUSED(unwrapped, ErrorCode::InvalidArgument, says);
        QVERIFY(leaksNothing(unwrapped.error(), secretPem, secret));
        COFFER_VERIFY_ERROR(crypto::privateKeyMatches(secretPem, der), ErrorCode::InvalidArgument);
    }

    // Data wrapped by this version keeps opening: fixed keys (made once with the openssl tool) and wrapped bytes of
    // the secret 00 01 .. 1f with aad "coffer-kat". Fails when the byte layout or the derivations change.
    void knownAnswer_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QByteArray>("keyBase64");
        QTest::addColumn<QByteArray>("wrappedHex");
        QTest::newRow("EC-P256, traditional key")
                << QByteArray("EC PRIVATE KEY") << QByteArray(kKatEcKey) << QByteArray(kKatEcWrapped);
        QTest::newRow("RSA-2048, PKCS#8 key")
                << QByteArray("PRIVATE KEY") << QByteArray(kKatRsaKey) << QByteArray(kKatRsaWrapped);
    }
    void knownAnswer()
    {
        QFETCH(QByteArray, label);
        QFETCH(QByteArray, keyBase64);
        QFETCH(QByteArray, wrappedHex);
        QByteArray pem = "-----BEGIN " + label + "-----\n";
        for (qsizetype at = 0; at < keyBase64.size(); at += 64)
            pem += keyBase64.mid(at, 64) + '\n';
        pem += "-----END " + label + "-----\n";
        SecureBytes expected(32);
        for (std::size_t i = 0; i < expected.size(); ++i)
            expected.data()[i] = std::uint8_t(i);
        const QByteArray wrapped = QByteArray::fromHex(wrappedHex);
        const auto unwrapped = crypto::unwrapWithPrivateKey(SecureString::fromUtf8(pem), wrapped, "coffer-kat");
        COFFER_VERIFY_OK(unwrapped);
        QVERIFY(unwrapped->equals(expected));
        COFFER_VERIFY_ERROR(crypto::unwrapWithPrivateKey(SecureString::fromUtf8(pem), wrapped, "coffer-kat2"),
                            ErrorCode::WrongCredential);
    }

    // Files made by the openssl tool: certificates, PKCS#8 and traditional keys, DER; fingerprints and subjects as
    // openssl prints them.
    void opensslToolFiles_data()
    {
        QTest::addColumn<QString>(
                "steps"); // ';'-separated; SIGN: self-sign key.pem into cert.pem; SUBJ: validity, name
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<QByteArray>("keyMarker");
        const auto row = [](const char *name, const char *steps, const char *keyType, const char *marker) {
            QTest::newRow(name) << QString::fromLatin1(steps) << QString::fromLatin1(keyType) << QByteArray(marker);
        };
        row("req -newkey rsa:3072 (PKCS#8)", "req -x509 -newkey rsa:3072 -nodes -keyout key.pem -out cert.pem SUBJ",
            "RSA-3072", "-----BEGIN PRIVATE KEY-----");
        row("req -newkey ec P-384 (PKCS#8)",
            "req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-384 -nodes -keyout key.pem -out cert.pem SUBJ",
            "EC-P384", "-----BEGIN PRIVATE KEY-----");
        row("genrsa -traditional 2048", "genrsa -traditional -out key.pem 2048;SIGN", "RSA-2048",
            "-----BEGIN RSA PRIVATE KEY-----");
        row("pkcs8 -topk8 -nocrypt",
            "genrsa -traditional -out rsa.pem 2048;pkcs8 -topk8 -nocrypt -in rsa.pem -out key.pem;SIGN", "RSA-2048",
            "-----BEGIN PRIVATE KEY-----");
        row("ecparam -genkey P-256 (EC PARAMETERS + EC PRIVATE KEY)",
            "ecparam -name prime256v1 -genkey -out key.pem;SIGN", "EC-P256", "-----BEGIN EC PRIVATE KEY-----");
        row("ec -conv_form compressed P-256",
            "ecparam -name prime256v1 -genkey -noout -out plain.pem;ec -in plain.pem -conv_form compressed -out "
            "key.pem;"
            "SIGN",
            "EC-P256", "-----BEGIN EC PRIVATE KEY-----");
        row("genpkey EC P-521", "genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-521 -out key.pem;SIGN", "EC-P521",
            "-----BEGIN PRIVATE KEY-----");
    }
    void opensslToolFiles()
    {
        QFETCH(QString, steps);
        QFETCH(QString, keyType);
        QFETCH(QByteArray, keyMarker);
        QTemporaryDir dir;
        steps.replace(QStringLiteral("SIGN"), QStringLiteral("req -x509 -new -key key.pem -out cert.pem SUBJ"))
                .replace(QStringLiteral("SUBJ"), QStringLiteral("-days 30 -subj /O=Example/CN=ci-pipeline"))
                .append(u";x509 -in cert.pem -outform DER -out cert.der");
        RUN_OPENSSL_STEPS(dir, steps);
        QByteArray printed;
        QVERIFY2(runOpenssl(dir.path(),
                            QStringLiteral("x509 -in cert.pem -noout -fingerprint -sha256 -subject -nameopt RFC2253 "
                                           "-startdate -enddate -dateopt iso_8601"),
                            &printed),
                 printed.constData());
        const QByteArray certPem = readFile(dir, "cert.pem");
        const QByteArray certDerFile = readFile(dir, "cert.der");
        const SecureString keyPem = SecureString::fromUtf8(readFile(dir, "key.pem"));
        QVERIFY(keyPem.utf8().view().contains(keyMarker));

        const auto fromPem = crypto::certificateDer(certPem);
        COFFER_VERIFY_OK(fromPem);
        QCOMPARE(*fromPem, certDerFile);
        const auto fromDer = crypto::certificateDer(certDerFile);
        COFFER_VERIFY_OK(fromDer);
        QCOMPARE(*fromDer, certDerFile);

        const auto info = crypto::inspectCertificate(*fromPem);
        COFFER_VERIFY_OK(info);
        const QString fingerprint = fieldValue(printed, "sha256 Fingerprint").remove(u':');
        QCOMPARE(fingerprint.size(), 64);
        QCOMPARE(info->thumbprint, fingerprint);
        QCOMPARE(info->subject, fieldValue(printed, "subject"));
        QCOMPARE(info->subject, QStringLiteral("CN=ci-pipeline,O=Example"));
        const auto isoUtc = [](const QString &text) {
            QDateTime parsed = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
            parsed.setTimeSpec(Qt::UTC);
            return parsed;
        };
        QCOMPARE(info->notBefore, isoUtc(fieldValue(printed, "notBefore")));
        QCOMPARE(info->notAfter, isoUtc(fieldValue(printed, "notAfter")));
        QCOMPARE(info->notBefore.secsTo(info->notAfter), qint64(30) * 24 * 3600);
        QCOMPARE(info->keyType, keyType);

        const SecureBytes secret = crypto::randomSecret(32);
        const auto wrapped = crypto::wrapToCertificate(*fromDer, secret, kAad);
        COFFER_VERIFY_OK(wrapped);
        const auto unwrapped = crypto::unwrapWithPrivateKey(keyPem, *wrapped, kAad);
        COFFER_VERIFY_OK(unwrapped);
        QVERIFY(unwrapped->equals(secret));
        const auto matches = crypto::privateKeyMatches(keyPem, *fromDer);
        COFFER_VERIFY_OK(matches);
        QVERIFY(*matches);
    }

    void opensslToolEncryptedKeys_data()
    {
        QTest::addColumn<QString>("steps"); // ';'-separated; SIGN: self-sign plain.pem into cert.pem
        QTest::addColumn<QByteArray>("keyMarker");
        const auto row = [](const char *name, const char *steps, const char *marker) {
            QTest::newRow(name) << QString::fromLatin1(steps) << QByteArray(marker);
        };
        row("pkey -aes256 (encrypted PKCS#8)",
            "genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out plain.pem;"
            "pkey -in plain.pem -aes256 -passout pass:x -out key.pem;SIGN",
            "-----BEGIN ENCRYPTED PRIVATE KEY-----");
        row("rsa -traditional -aes256 (Proc-Type header)",
            "genrsa -traditional -out plain.pem 2048;rsa -in plain.pem -traditional -aes256 -passout pass:x -out "
            "key.pem;"
            "SIGN",
            "Proc-Type: 4,ENCRYPTED");
        row("ec -aes256 (traditional, Proc-Type header)",
            "ecparam -name secp384r1 -genkey -noout -out plain.pem;ec -in plain.pem -aes256 -passout pass:x -out "
            "key.pem;"
            "SIGN",
            "Proc-Type: 4,ENCRYPTED");
    }
    void opensslToolEncryptedKeys()
    {
        QFETCH(QString, steps);
        QFETCH(QByteArray, keyMarker);
        QTemporaryDir dir;
        steps.replace(QStringLiteral("SIGN"),
                      QStringLiteral("req -x509 -new -key plain.pem -out cert.pem -days 1 -subj /CN=enc"));
        RUN_OPENSSL_STEPS(dir, steps);
        const SecureString encrypted = SecureString::fromUtf8(readFile(dir, "key.pem"));
        const SecureString plain = SecureString::fromUtf8(readFile(dir, "plain.pem"));
        QVERIFY(encrypted.utf8().view().contains(keyMarker));
        const auto der = crypto::certificateDer(readFile(dir, "cert.pem"));
        COFFER_VERIFY_OK(der);
        const SecureBytes secret = crypto::randomSecret(32);
        const auto wrapped = crypto::wrapToCertificate(*der, secret, kAad);
        COFFER_VERIFY_OK(wrapped);

        const auto refused = crypto::unwrapWithPrivateKey(encrypted, *wrapped, kAad);
        COFFER_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QCOMPARE(refused.error().context(),
                 QStringLiteral("the private key is encrypted; decrypt it first, e.g. openssl pkey -in K -out K2"));
        COFFER_VERIFY_ERROR(crypto::privateKeyMatches(encrypted, *der), ErrorCode::InvalidArgument);
        // The same key decrypted works.
        const auto unwrapped = crypto::unwrapWithPrivateKey(plain, *wrapped, kAad);
        COFFER_VERIFY_OK(unwrapped);
        QVERIFY(unwrapped->equals(secret));
    }
};

QTEST_GUILESS_MAIN(TestPublicKeyWrap)
#include "TestPublicKeyWrap.moc"
