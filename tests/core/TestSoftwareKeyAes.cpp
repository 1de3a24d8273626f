// SoftwareKey with oct (AES) keys: AES-GCM against the GCM specification's test cases, AES key wrap against
// RFC 3394 §4, and the refusals.

#include "core/crypto/KeyEncoding.h"
#include "core/crypto/Random.h"
#include "core/crypto/SoftwareKey.h"
#include "tests/support/TestUtil.h"

#include <QTest>

using namespace coffer;
using namespace coffer::crypto;
using namespace Qt::StringLiterals;

namespace {

SoftwareKey octKey(const QByteArray &hex)
{
    auto key = SoftwareKey::fromOctBytes(SecureBytes(QByteArray::fromHex(hex)));
    return key ? std::move(*key) : SoftwareKey();
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes[at] ^ 0x01);
    return bytes;
}

} // namespace

class TestSoftwareKeyAes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { coffer::test::failOnAnyWarning(); }

    // "The Galois/Counter Mode of Operation (GCM)", McGrew & Viega, appendix B, test cases 4, 10 and 16.
    void gcmKnownAnswer_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("ciphertext");
        QTest::addColumn<QByteArray>("tag");
        QTest::newRow("A128GCM") << u"A128GCM"_s << QByteArray("feffe9928665731c6d6a8f9467308308")
                                 << QByteArray(
                                            "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b2"
                                            "5466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091")
                                 << QByteArray("5bc94fbc3221a5db94fae95ae7121a47");
        QTest::newRow("A192GCM") << u"A192GCM"_s << QByteArray("feffe9928665731c6d6a8f9467308308feffe9928665731c")
                                 << QByteArray(
                                            "3980ca0b3c00e841eb06fac4872a2757859e1ceaa6efd984628593b40ca1e19c7d773d00"
                                            "c144c525ac619d18c84a3f4718e2448b2fe324d9ccda2710")
                                 << QByteArray("2519498e80f1478f37ba55bd6d27618c");
        QTest::newRow("A256GCM") << u"A256GCM"_s
                                 << QByteArray("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
                                 << QByteArray(
                                            "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48"
                                            "590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
                                 << QByteArray("76fc6ece0f4e1768cddf8853bb2d551b");
    }
    void gcmKnownAnswer()
    {
        QFETCH(QString, alg);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, ciphertext);
        QFETCH(QByteArray, tag);
        const QByteArray plaintext = QByteArray::fromHex(
                "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16ae"
                "df5aa0de657ba637b39");
        const Ciphertext known {QByteArray::fromHex(ciphertext), QByteArray::fromHex("cafebabefacedbaddecaf888"),
                                QByteArray::fromHex(tag),
                                QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2")};
        const SoftwareKey k = octKey(key);
        QVERIFY(!k.isNull());
        const EncAlg encAlg = *encAlgFromName(alg);
        auto opened = k.decrypt(encAlg, known);
        COFFER_VERIFY_OK(opened);
        QCOMPARE(opened->view(), QByteArrayView(plaintext));

        // Any change to data, tag, aad or iv: Crypto "decryption failed", the same every time.
        QList<Ciphertext> tampered;
        for (int part = 0; part < 4; ++part) {
            Ciphertext c = known;
            QByteArray &bytes = part == 0 ? c.data : part == 1 ? c.tag : part == 2 ? c.aad : c.iv;
            bytes = flipped(bytes, bytes.size() - 1);
            tampered << c;
        }
        Ciphertext shortTag = known;
        shortTag.tag.chop(4);
        Ciphertext longIv = known;
        longIv.iv += '\0';
        Ciphertext noAad = known;
        noAad.aad.clear();
        tampered << shortTag << longIv << noAad;
        for (const Ciphertext &c : tampered) {
            const auto failed = k.decrypt(encAlg, c);
            COFFER_VERIFY_ERROR(failed, ErrorCode::Crypto);
            QCOMPARE(failed.error().context(), u"decryption failed"_s);
        }
    }

    void gcmRoundTrip_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("aad");
        for (int bits : {128, 192, 256}) {
            QTest::addRow("%d empty", bits) << bits << QByteArray() << QByteArray();
            QTest::addRow("%d aad only", bits) << bits << QByteArray() << QByteArray("header");
            QTest::addRow("%d text", bits) << bits << QByteArray("attack at dawn") << QByteArray();
            QTest::addRow("%d 1000 bytes + aad", bits) << bits << randomBytes(1000) << randomBytes(33);
        }
    }
    void gcmRoundTrip()
    {
        QFETCH(int, bits);
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, aad);
        auto k = SoftwareKey::generate(KeySpec::oct(bits));
        COFFER_VERIFY_OK(k);
        QCOMPARE(k->octBytes().size(), std::size_t(bits / 8));
        QVERIFY(k->hasPrivate());
        const EncAlg alg = encryptAlgsFor(k->spec()).constFirst();
        QCOMPARE(aesAlgKeyBits(alg), bits);
        QVERIFY(isGcmAlg(alg));
        auto a = k->encrypt(alg, plaintext, aad);
        auto b = k->encrypt(alg, plaintext, aad);
        COFFER_VERIFY_OK(a);
        COFFER_VERIFY_OK(b);
        QCOMPARE(a->iv.size(), 12);
        QCOMPARE(a->tag.size(), 16);
        QCOMPARE(a->aad, aad);
        QCOMPARE(a->data.size(), plaintext.size());
        QVERIFY(a->iv != b->iv); // a fresh iv each time
        auto opened = k->decrypt(alg, *b);
        COFFER_VERIFY_OK(opened);
        QCOMPARE(opened->view(), QByteArrayView(plaintext));
        // The same bytes under another key of the same size do not open.
        auto other = SoftwareKey::generate(KeySpec::oct(bits));
        COFFER_VERIFY_ERROR(other->decrypt(alg, *a), ErrorCode::Crypto);
        // The raw bytes round-trip.
        auto raw = k->privateMaterial();
        COFFER_VERIFY_OK(raw);
        auto again = SoftwareKey::fromOctBytes(*raw);
        COFFER_VERIFY_OK(again);
        COFFER_VERIFY_OK(again->decrypt(alg, *a));
    }

    // RFC 3394 §4.1-4.6.
    void keyWrapKnownAnswer_data()
    {
        QTest::addColumn<QByteArray>("kek");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("wrapped");
        const QByteArray kek128("000102030405060708090A0B0C0D0E0F");
        const QByteArray kek192("000102030405060708090A0B0C0D0E0F1011121314151617");
        const QByteArray kek256("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F");
        const QByteArray data128("00112233445566778899AABBCCDDEEFF");
        const QByteArray data192("00112233445566778899AABBCCDDEEFF0001020304050607");
        const QByteArray data256("00112233445566778899AABBCCDDEEFF000102030405060708090A0B0C0D0E0F");
        QTest::newRow("4.1") << kek128 << data128 << QByteArray("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5");
        QTest::newRow("4.2") << kek192 << data128 << QByteArray("96778B25AE6CA435F92B5B97C050AED2468AB8A17AD84E5D");
        QTest::newRow("4.3") << kek256 << data128 << QByteArray("64E8C3F9CE0F5BA263E9777905818A2A93C8191E7D6E8AE7");
        QTest::newRow("4.4") << kek192 << data192
                             << QByteArray("031D33264E15D33268F24EC260743EDCE1C6C7DDEE725A936BA814915C6762D2");
        QTest::newRow("4.5") << kek256 << data192
                             << QByteArray("A8F9BC1612C68B3FF6E6F4FBE30E71E4769C8B80A32CB8958CD5D17D6B254DA1");
        QTest::newRow("4.6") << kek256 << data256
                             << QByteArray(
                                        "28C9F404C4B810F4CBCCB35CFB87F8263F5786E2D80ED326CBC7F0E71A99F43BFB988B9B7A02"
                                        "DD21");
    }
    void keyWrapKnownAnswer()
    {
        QFETCH(QByteArray, kek);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, wrapped);
        const SoftwareKey k = octKey(kek);
        QVERIFY(!k.isNull());
        const EncAlg alg = wrapAlgsFor(k.spec()).constFirst();
        QVERIFY(isKeyWrapAlg(alg));
        auto out = k.wrapKey(alg, QByteArray::fromHex(data));
        COFFER_VERIFY_OK(out);
        QCOMPARE(out->toHex().toUpper(), wrapped);
        auto back = k.unwrapKey(alg, QByteArray::fromHex(wrapped));
        COFFER_VERIFY_OK(back);
        QCOMPARE(back->view(), QByteArrayView(QByteArray::fromHex(data)));

        const QByteArray raw = QByteArray::fromHex(wrapped);
        for (const QByteArray &bad : {flipped(raw, 0), flipped(raw, raw.size() - 1), raw.left(raw.size() - 8),
                                      raw.left(16), QByteArray(raw + QByteArray(8, '\0')), raw.left(raw.size() - 1)}) {
            const auto failed = k.unwrapKey(alg, bad);
            COFFER_VERIFY_ERROR(failed, ErrorCode::Crypto);
            QCOMPARE(failed.error().context(), u"decryption failed"_s);
        }
    }

    void keyWrapInputRules()
    {
        auto k = SoftwareKey::generate(KeySpec::oct(256));
        COFFER_VERIFY_OK(k);
        for (int size : {0, 8, 15, 17, 31}) {
            const auto refused = k->wrapKey(EncAlg::A256KW, QByteArray(size, 'k'));
            COFFER_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
            QVERIFY2(refused.error().context().contains(u"multiple of 8 bytes, at least 16"),
                     qPrintable(refused.error().context()));
        }
        for (int size : {16, 24, 40, 64}) {
            auto wrapped = k->wrapKey(EncAlg::A256KW, QByteArray(size, 'k'));
            COFFER_VERIFY_OK(wrapped);
            QCOMPARE(wrapped->size(), size + 8);
        }
    }

    void wrongAlgorithm()
    {
        auto k128 = SoftwareKey::generate(KeySpec::oct(128));
        COFFER_VERIFY_OK(k128);
        const auto wrongSize = k128->encrypt(EncAlg::A256GCM, "x");
        COFFER_VERIFY_ERROR(wrongSize, ErrorCode::InvalidArgument);
        QCOMPARE(wrongSize.error().context(),
                 u"algorithm A256GCM needs a 256-bit oct (AES) key; the key is oct 128-bit (use A128GCM)"_s);
        COFFER_VERIFY_ERROR(k128->encrypt(EncAlg::A128KW, "x"), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(k128->wrapKey(EncAlg::A128GCM, QByteArray(16, 'k')), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(k128->encrypt(EncAlg::RsaOaep, "x"), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(k128->sign(SignAlg::RS256, QByteArray(32, 'd')), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(k128->decrypt(EncAlg::A192GCM, Ciphertext {}), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(k128->unwrapKey(EncAlg::A256KW, QByteArray(24, 'w')), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(k128->publicDer(), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(k128->publicKey(), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(keyencoding::publicPem(*k128), ErrorCode::InvalidArgument);
    }

    void octSizes()
    {
        for (int size : {0, 8, 15, 20, 33, 64}) {
            const auto refused = SoftwareKey::fromOctBytes(SecureBytes(std::size_t(size)));
            COFFER_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
            QCOMPARE(refused.error().context(), QStringLiteral("an AES key is 16, 24 or 32 bytes; got %1").arg(size));
        }
        auto a = SoftwareKey::generate(KeySpec::oct(192));
        auto b = SoftwareKey::generate(KeySpec::oct(192));
        COFFER_VERIFY_OK(a);
        COFFER_VERIFY_OK(b);
        QCOMPARE(a->spec(), KeySpec::oct(192));
        QVERIFY(!a->octBytes().equals(b->octBytes()));
        QCOMPARE(a->evpPkey(), nullptr);
        QVERIFY(!a->isNull());
        QVERIFY(SoftwareKey().isNull());
    }
};

QTEST_GUILESS_MAIN(TestSoftwareKeyAes)
#include "TestSoftwareKeyAes.moc"
