#include "core/crypto/Aead.h"
#include "core/crypto/Argon2Kdf.h"
#include "core/crypto/Base32.h"
#include "core/crypto/Digest.h"
#include "core/crypto/SelfTest.h"
#include "tests/support/TestUtil.h"

using namespace coffer;

class TestCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void selfTestsPass() { COFFER_VERIFY_OK(crypto::runSelfTests()); }

    void sha256Vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                  << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }
    void sha256Vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(crypto::sha256(input).toHex(), digest);
    }

    void aesGcmRoundTripAndTamper()
    {
        const SecureBytes key(QByteArrayView("0123456789abcdef0123456789abcdef"));
        auto sealed = crypto::sealAes256Gcm(key, "attack at dawn", "context");
        COFFER_VERIFY_OK(sealed);
        QCOMPARE(sealed->nonce.size(), 12);
        QCOMPARE(sealed->ciphertext.size(), 14 + 16);
        auto opened = crypto::openAes256Gcm(key, *sealed, "context");
        COFFER_VERIFY_OK(opened);
        QCOMPARE(opened->view().toByteArray(), QByteArray("attack at dawn"));

        COFFER_VERIFY_ERROR(crypto::openAes256Gcm(key, *sealed, "other context"), ErrorCode::WrongCredential);
        crypto::Sealed flipped = *sealed;
        flipped.ciphertext[2] = char(flipped.ciphertext[2] ^ 0x80);
        COFFER_VERIFY_ERROR(crypto::openAes256Gcm(key, flipped, "context"), ErrorCode::WrongCredential);
        const SecureBytes otherKey(QByteArrayView("fedcba9876543210fedcba9876543210"));
        COFFER_VERIFY_ERROR(crypto::openAes256Gcm(otherKey, *sealed, "context"), ErrorCode::WrongCredential);
        crypto::Sealed shortOne {sealed->nonce, QByteArray(10, 'x')};
        COFFER_VERIFY_ERROR(crypto::openAes256Gcm(key, shortOne, "context"), ErrorCode::Corrupted);
        // Two seals of the same plaintext differ (fresh nonces).
        QVERIFY(crypto::sealAes256Gcm(key, "same", {})->ciphertext
                != crypto::sealAes256Gcm(key, "same", {})->ciphertext);
    }

    void base32Vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("encoded");
        // RFC 4648 section 10, without padding.
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
    }
    void base32Vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, encoded);
        QCOMPARE(crypto::base32Encode(input), encoded);
        QCOMPARE(crypto::base32Decode(encoded).value(), input);
        QCOMPARE(crypto::base32Decode(encoded.toLower()).value(), input);
    }
    void base32RejectsForeignCharacters()
    {
        QVERIFY(!crypto::base32Decode(u"MZXW1").has_value());
        QVERIFY(!crypto::base32Decode(u"MZ!W").has_value());
        QCOMPARE(crypto::base32Decode(u"MZ-XW 6").value(), QByteArray("foo"));
    }

    void argon2DependsOnEveryInput()
    {
        const Argon2Params p = Argon2Params::fastForTests();
        const QByteArray salt(16, 's');
        auto a = crypto::argon2id(SecureString::fromUtf8("pw"), salt, p);
        COFFER_VERIFY_OK(a);
        QCOMPARE(a->size(), std::size_t(32));
        QVERIFY(a->equals(*crypto::argon2id(SecureString::fromUtf8("pw"), salt, p)));
        QVERIFY(!a->equals(*crypto::argon2id(SecureString::fromUtf8("pW"), salt, p)));
        QVERIFY(!a->equals(*crypto::argon2id(SecureString::fromUtf8("pw"), QByteArray(16, 't'), p)));
        QVERIFY(!a->equals(*crypto::argon2id(SecureString::fromUtf8("pw"), salt, Argon2Params {16, 1, 1})));
        QVERIFY(!a->equals(*crypto::argon2id(SecureString::fromUtf8("pw"), salt, Argon2Params {8, 2, 1})));
    }

    void argon2RefusesHostileParameters_data()
    {
        QTest::addColumn<quint32>("memory");
        QTest::addColumn<quint32>("iterations");
        QTest::addColumn<quint32>("lanes");
        QTest::newRow("zero iterations") << 64u << 0u << 1u;
        QTest::newRow("zero lanes") << 64u << 1u << 0u;
        QTest::newRow("8 TiB memory") << (8u << 30) << 1u << 1u;
        QTest::newRow("memory below 8 per lane") << 8u << 1u << 4u;
        QTest::newRow("a million iterations") << 64u << 1000000u << 1u;
    }
    void argon2RefusesHostileParameters()
    {
        QFETCH(quint32, memory);
        QFETCH(quint32, iterations);
        QFETCH(quint32, lanes);
        COFFER_VERIFY_ERROR(crypto::argon2id(SecureString::fromUtf8("pw"), QByteArray(16, 's'),
                                             Argon2Params {memory, iterations, lanes}),
                            ErrorCode::InvalidArgument);
    }

    void hkdfSeparatesContexts()
    {
        const SecureBytes ikm(QByteArrayView("input keying material, 32 bytes"));
        auto a = crypto::hkdfSha256(ikm, "salt", "info-a", 32);
        auto b = crypto::hkdfSha256(ikm, "salt", "info-b", 32);
        COFFER_VERIFY_OK(a);
        COFFER_VERIFY_OK(b);
        QVERIFY(!a->equals(*b));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"
