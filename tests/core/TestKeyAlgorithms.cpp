#include "core/crypto/KeyAlgorithms.h"
#include "tests/support/TestUtil.h"

#include <QTest>

using namespace coffer;
using namespace coffer::crypto;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(coffer::crypto::KeySpec)
Q_DECLARE_METATYPE(coffer::crypto::Curve)

namespace {

// Every key Coffer makes, with the names messages use for it.
QList<std::pair<QByteArray, KeySpec>> allSpecs()
{
    return {
            {"RSA 2048", KeySpec::rsa(2048)},         {"RSA 3072", KeySpec::rsa(3072)},
            {"RSA 4096", KeySpec::rsa(4096)},         {"EC P-256", KeySpec::ec(Curve::P256)},
            {"EC P-256K", KeySpec::ec(Curve::P256K)}, {"EC P-384", KeySpec::ec(Curve::P384)},
            {"EC P-521", KeySpec::ec(Curve::P521)},   {"oct 128-bit", KeySpec::oct(128)},
            {"oct 192-bit", KeySpec::oct(192)},       {"oct 256-bit", KeySpec::oct(256)},
    };
}

// The table of RFC 7518 / Azure as the test states it independently: which key each algorithm needs.
bool signFits(SignAlg alg, const KeySpec &spec)
{
    switch (alg) {
    case SignAlg::RS256:
    case SignAlg::RS384:
    case SignAlg::RS512:
    case SignAlg::PS256:
    case SignAlg::PS384:
    case SignAlg::PS512: return spec.type == KeyType::Rsa;
    case SignAlg::ES256: return spec.curve == Curve::P256;
    case SignAlg::ES256K: return spec.curve == Curve::P256K;
    case SignAlg::ES384: return spec.curve == Curve::P384;
    case SignAlg::ES512: return spec.curve == Curve::P521;
    }
    return false;
}

} // namespace

class TestKeyAlgorithms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { coffer::test::failOnAnyWarning(); }

    void keyTypeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("hsm");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("RSA") << u"RSA"_s << int(KeyType::Rsa) << false << u"RSA"_s;
        QTest::newRow("rsa") << u"rsa"_s << int(KeyType::Rsa) << false << u"RSA"_s;
        QTest::newRow("RSA-HSM") << u"RSA-HSM"_s << int(KeyType::Rsa) << true << u"RSA-HSM"_s;
        QTest::newRow("ec-hsm") << u"ec-hsm"_s << int(KeyType::Ec) << true << u"EC-HSM"_s;
        QTest::newRow("EC") << u"EC"_s << int(KeyType::Ec) << false << u"EC"_s;
        QTest::newRow("oct") << u"oct"_s << int(KeyType::Oct) << false << u"oct"_s;
        QTest::newRow("OCT-hsm") << u"OCT-hsm"_s << int(KeyType::Oct) << true << u"oct-HSM"_s;
    }
    void keyTypeNames()
    {
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(bool, hsm);
        QFETCH(QString, canonical);
        const auto parsed = keyTypeFromName(name);
        QVERIFY(parsed.has_value());
        QCOMPARE(int(parsed->first), type);
        QCOMPARE(parsed->second, hsm ? Protection::Hsm : Protection::Software);
        QCOMPARE(keyTypeName(parsed->first, parsed->second), canonical);
    }

    void unknownNames()
    {
        for (const QString &name : {u"RSA2"_s, u""_s, u"EC-HSMX"_s, u"AES"_s})
            QVERIFY2(!keyTypeFromName(name), qPrintable(name));
        QVERIFY(!protectionFromName(u"HSM2"));
        QVERIFY(!curveFromName(u"P-224"));
        QVERIFY(!curveFromName(u"secp224r1"));
        QVERIFY(!curveFromName(u"P256"));
        QVERIFY(!signAlgFromName(u"HS256"));
        QVERIFY(!signAlgFromName(u"RSNULL"));
        QVERIFY(!encAlgFromName(u"A128CBC-HS256"));
        QVERIFY(!encAlgFromName(u"RSA-OAEP-384"));
        QVERIFY(!keyOpFromName(u"import"));
    }

    void protectionNames()
    {
        QCOMPARE(protectionName(Protection::Software), u"software"_s);
        QCOMPARE(protectionName(Protection::Hsm), u"hsm"_s);
        QCOMPARE(protectionFromName(u"HSM"), Protection::Hsm);
        QCOMPARE(protectionFromName(u"Software"), Protection::Software);
    }

    void curves_data()
    {
        QTest::addColumn<Curve>("curve");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("openSsl");
        QTest::addColumn<int>("fieldBytes");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QByteArray>("oidHex");
        QTest::newRow("P-256") << Curve::P256 << u"P-256"_s << QByteArray("prime256v1") << 32 << 256
                               << QByteArray("06082a8648ce3d030107");
        QTest::newRow("P-256K") << Curve::P256K << u"P-256K"_s << QByteArray("secp256k1") << 32 << 256
                                << QByteArray("06052b8104000a");
        QTest::newRow("P-384") << Curve::P384 << u"P-384"_s << QByteArray("secp384r1") << 48 << 384
                               << QByteArray("06052b81040022");
        QTest::newRow("P-521") << Curve::P521 << u"P-521"_s << QByteArray("secp521r1") << 66 << 521
                               << QByteArray("06052b81040023");
    }
    void curves()
    {
        QFETCH(Curve, curve);
        QFETCH(QString, name);
        QFETCH(QByteArray, openSsl);
        QFETCH(int, fieldBytes);
        QFETCH(int, bits);
        QFETCH(QByteArray, oidHex);
        QCOMPARE(curveName(curve), name);
        QCOMPARE(curveFromName(name), curve);
        QCOMPARE(curveFromName(name.toLower()), curve);
        QCOMPARE(QByteArray(curveOpenSslName(curve)), openSsl);
        QCOMPARE(curveFieldBytes(curve), fieldBytes);
        QCOMPARE(curveOidDer(curve).toHex(), oidHex);
        QCOMPARE(KeySpec::ec(curve).bits, bits);
        COFFER_VERIFY_OK(crypto::validateSpec(KeySpec::ec(curve)));
    }

    void secp256k1Alias()
    {
        QCOMPARE(curveFromName(u"secp256k1"), Curve::P256K);
        QCOMPARE(curveFromName(u"SECP256K1"), Curve::P256K);
        QCOMPARE(curveName(Curve::P256K), u"P-256K"_s); // emitted under Azure's name
    }

    void specRules_data()
    {
        QTest::addColumn<KeySpec>("spec");
        QTest::addColumn<QString>("error"); // empty: valid
        for (const auto &[name, spec] : allSpecs())
            QTest::newRow(name.constData()) << spec << QString();
        QTest::newRow("RSA 1024") << KeySpec::rsa(1024) << u"RSA keys are 2048, 3072 or 4096 bits; got 1024"_s;
        QTest::newRow("RSA 2047") << KeySpec::rsa(2047) << u"RSA keys are 2048, 3072 or 4096 bits; got 2047"_s;
        QTest::newRow("RSA 8192") << KeySpec::rsa(8192) << u"RSA keys are 2048, 3072 or 4096 bits; got 8192"_s;
        QTest::newRow("oct 64") << KeySpec::oct(64) << u"oct (AES) keys are 128, 192 or 256 bits; got 64"_s;
        QTest::newRow("oct 512") << KeySpec::oct(512) << u"oct (AES) keys are 128, 192 or 256 bits; got 512"_s;
        QTest::newRow("EC no curve") << KeySpec {KeyType::Ec, 256, std::nullopt}
                                     << u"an EC key needs a curve: P-256, P-256K, P-384 or P-521"_s;
        QTest::newRow("EC wrong bits") << KeySpec {KeyType::Ec, 256, Curve::P384}
                                       << u"curve P-384 is 384 bits; got 256"_s;
        QTest::newRow("RSA with curve") << KeySpec {KeyType::Rsa, 2048, Curve::P256} << u"an RSA key has no curve"_s;
    }
    void specRules()
    {
        QFETCH(KeySpec, spec);
        QFETCH(QString, error);
        const Result<void> result = crypto::validateSpec(spec);
        if (error.isEmpty()) {
            COFFER_VERIFY_OK(result);
            return;
        }
        COFFER_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
        QCOMPARE(result.error().context(), error);
    }

    void algorithmNames()
    {
        QCOMPARE(signAlgNames(),
                 QStringList({u"RS256"_s, u"RS384"_s, u"RS512"_s, u"PS256"_s, u"PS384"_s, u"PS512"_s, u"ES256"_s,
                              u"ES256K"_s, u"ES384"_s, u"ES512"_s}));
        QCOMPARE(encAlgNames(),
                 QStringList({u"RSA-OAEP"_s, u"RSA-OAEP-256"_s, u"RSA1_5"_s, u"A128GCM"_s, u"A192GCM"_s, u"A256GCM"_s,
                              u"A128KW"_s, u"A192KW"_s, u"A256KW"_s}));
        for (const QString &name : signAlgNames()) {
            QCOMPARE(signAlgName(*signAlgFromName(name)), name);
            QCOMPARE(signAlgFromName(name.toLower()), signAlgFromName(name));
        }
        for (const QString &name : encAlgNames()) {
            QCOMPARE(encAlgName(*encAlgFromName(name)), name);
            QCOMPARE(encAlgFromName(name.toLower()), encAlgFromName(name));
        }
    }

    void digests_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<int>("length");
        const QList<std::pair<const char *, int>> rows = {
                {"RS256", 32}, {"RS384", 48}, {"RS512", 64},  {"PS256", 32}, {"PS384", 48},
                {"PS512", 64}, {"ES256", 32}, {"ES256K", 32}, {"ES384", 48}, {"ES512", 64},
        };
        for (const auto &[alg, length] : rows)
            QTest::newRow(alg) << QString::fromLatin1(alg) << length;
    }
    void digests()
    {
        QFETCH(QString, alg);
        QFETCH(int, length);
        QCOMPARE(digestLength(signDigest(*signAlgFromName(alg))), length);
    }

    void keyOps()
    {
        QCOMPARE(keyOpNames(supportedKeyOps(KeyType::Rsa)),
                 QStringList({u"encrypt"_s, u"decrypt"_s, u"sign"_s, u"verify"_s, u"wrapKey"_s, u"unwrapKey"_s}));
        QCOMPARE(keyOpNames(supportedKeyOps(KeyType::Ec)), QStringList({u"sign"_s, u"verify"_s}));
        QCOMPARE(keyOpNames(supportedKeyOps(KeyType::Oct)),
                 QStringList({u"encrypt"_s, u"decrypt"_s, u"wrapKey"_s, u"unwrapKey"_s}));
        for (KeyType type : {KeyType::Rsa, KeyType::Ec, KeyType::Oct})
            QCOMPARE(defaultKeyOps(type), supportedKeyOps(type));
        // Order of the output does not depend on the order of the input; names parse case-insensitively.
        const auto parsed = keyOpsFromNames({u"verify"_s, u"SIGN"_s, u"unwrapkey"_s});
        COFFER_VERIFY_OK(parsed);
        QCOMPARE(keyOpNames(*parsed), QStringList({u"sign"_s, u"verify"_s, u"unwrapKey"_s}));
        const auto bad = keyOpsFromNames({u"sign"_s, u"export"_s});
        COFFER_VERIFY_ERROR(bad, ErrorCode::InvalidArgument);
        QVERIFY2(bad.error().context().contains(u"'export'"), qPrintable(bad.error().context()));
    }

    // Every key x every signature algorithm: allowed exactly where RFC 7518 says, with a message naming the key
    // and the algorithms that would work.
    void checkSignMatrix_data()
    {
        QTest::addColumn<KeySpec>("spec");
        QTest::addColumn<QString>("keyText");
        QTest::addColumn<QString>("alg");
        for (const auto &[name, spec] : allSpecs()) {
            for (const QString &alg : signAlgNames())
                QTest::addRow("%s %s", name.constData(), qPrintable(alg)) << spec << QString::fromLatin1(name) << alg;
        }
    }
    void checkSignMatrix()
    {
        QFETCH(KeySpec, spec);
        QFETCH(QString, keyText);
        QFETCH(QString, alg);
        const SignAlg signAlg = *signAlgFromName(alg);
        const int length = digestLength(signDigest(signAlg));
        const Result<void> result = checkSign(signAlg, spec, length);
        QCOMPARE(signAlgsFor(spec).contains(signAlg), signFits(signAlg, spec));
        if (signFits(signAlg, spec)) {
            COFFER_VERIFY_OK(result);
            // Right key, wrong digest length: refused before any key is touched (P16).
            const Result<void> shortDigest = checkSign(signAlg, spec, 20);
            COFFER_VERIFY_ERROR(shortDigest, ErrorCode::InvalidArgument);
            QCOMPARE(shortDigest.error().context(),
                     QStringLiteral("%1 signs a %2-byte SHA-%3 digest (give the digest, not the data); got 20 bytes")
                             .arg(alg)
                             .arg(length)
                             .arg(length * 8));
            return;
        }
        COFFER_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
        const QString message = result.error().context();
        QVERIFY2(message.startsWith(QStringLiteral("algorithm %1 needs ").arg(alg)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("the key is %1").arg(keyText)), qPrintable(message));
        if (spec.type == KeyType::Rsa)
            QVERIFY2(message.endsWith(u"(use RS256, RS384, RS512, PS256, PS384, PS512)"), qPrintable(message));
        else if (spec.type == KeyType::Ec)
            QVERIFY2(message.endsWith(QStringLiteral("(use %1)").arg(signAlgName(signAlgsFor(spec).constFirst()))),
                     qPrintable(message));
        else
            QVERIFY2(message.contains(u"cannot sign"), qPrintable(message));
    }

    void checkSignExample()
    {
        // The contract's example, word for word apart from the key name the caller adds.
        const Result<void> result = checkSign(SignAlg::ES384, KeySpec::rsa(2048), 48);
        COFFER_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
        QCOMPARE(result.error().context(),
                 u"algorithm ES384 needs an EC P-384 key; the key is RSA 2048 (use RS256, RS384, RS512, PS256, PS384, "
                 u"PS512)"_s);
        const Result<void> digest = checkSign(SignAlg::ES256, KeySpec::ec(Curve::P256), 20);
        QCOMPARE(digest.error().context(),
                 u"ES256 signs a 32-byte SHA-256 digest (give the digest, not the data); got 20 bytes"_s);
        // An invalid key spec is reported as such, not as an algorithm mismatch.
        const Result<void> weak = checkSign(SignAlg::RS256, KeySpec::rsa(1024), 32);
        QCOMPARE(weak.error().context(), u"RSA keys are 2048, 3072 or 4096 bits; got 1024"_s);
    }

    // Every key x every encryption algorithm, for encrypt/decrypt and for wrapKey/unwrapKey.
    void checkEncryptMatrix_data()
    {
        QTest::addColumn<KeySpec>("spec");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<bool>("encryptOk");
        QTest::addColumn<bool>("wrapOk");
        for (const auto &[name, spec] : allSpecs()) {
            for (const QString &alg : encAlgNames()) {
                const EncAlg encAlg = *encAlgFromName(alg);
                const bool rsa = alg.startsWith(u"RSA");
                const bool aesFits = spec.type == KeyType::Oct && alg.mid(1, 3).toInt() == spec.bits;
                const bool encryptOk = (rsa && spec.type == KeyType::Rsa) || (aesFits && alg.endsWith(u"GCM"));
                const bool wrapOk = (rsa && spec.type == KeyType::Rsa) || (aesFits && alg.endsWith(u"KW"));
                Q_UNUSED(encAlg)
                QTest::addRow("%s %s", name.constData(), qPrintable(alg)) << spec << alg << encryptOk << wrapOk;
            }
        }
    }
    void checkEncryptMatrix()
    {
        QFETCH(KeySpec, spec);
        QFETCH(QString, alg);
        QFETCH(bool, encryptOk);
        QFETCH(bool, wrapOk);
        const EncAlg encAlg = *encAlgFromName(alg);
        const Result<void> encrypt = checkEncrypt(encAlg, spec);
        const Result<void> wrap = checkWrap(encAlg, spec);
        QCOMPARE(bool(encrypt), encryptOk);
        QCOMPARE(bool(wrap), wrapOk);
        QCOMPARE(encryptAlgsFor(spec).contains(encAlg), encryptOk);
        QCOMPARE(wrapAlgsFor(spec).contains(encAlg), wrapOk);
        if (!encryptOk) {
            QCOMPARE(encrypt.error().code(), ErrorCode::InvalidArgument);
            QVERIFY2(encrypt.error().context().contains(alg), qPrintable(encrypt.error().context()));
        }
        if (!wrapOk) {
            QCOMPARE(wrap.error().code(), ErrorCode::InvalidArgument);
            QVERIFY2(wrap.error().context().contains(alg), qPrintable(wrap.error().context()));
        }
    }

    void checkEncryptMessages()
    {
        auto text = [](const Result<void> &r) { return r ? QString() : r.error().context(); };
        QCOMPARE(text(checkEncrypt(EncAlg::A128GCM, KeySpec::oct(256))),
                 u"algorithm A128GCM needs a 128-bit oct (AES) key; the key is oct 256-bit (use A256GCM)"_s);
        QCOMPARE(text(checkEncrypt(EncAlg::A128KW, KeySpec::oct(128))),
                 u"algorithm A128KW is for wrapKey/unwrapKey, not encrypt/decrypt (use A128GCM)"_s);
        QCOMPARE(text(checkWrap(EncAlg::A192GCM, KeySpec::oct(192))),
                 u"algorithm A192GCM is for encrypt/decrypt, not wrapKey/unwrapKey (use A192KW)"_s);
        QCOMPARE(text(checkEncrypt(EncAlg::RsaOaep, KeySpec::ec(Curve::P256))),
                 u"algorithm RSA-OAEP needs an RSA key; the key is EC P-256 (an EC P-256 key can only sign and "
                 u"verify)"_s);
        QCOMPARE(text(checkWrap(EncAlg::A256KW, KeySpec::rsa(3072))),
                 u"algorithm A256KW needs a 256-bit oct (AES) key; the key is RSA 3072 (use RSA-OAEP, RSA-OAEP-256, "
                 u"RSA1_5)"_s);
    }

    void algorithmKinds()
    {
        QCOMPARE(aesAlgKeyBits(EncAlg::A192GCM), 192);
        QCOMPARE(aesAlgKeyBits(EncAlg::A256KW), 256);
        QCOMPARE(aesAlgKeyBits(EncAlg::RsaOaep256), 0);
        QVERIFY(isRsaAlg(EncAlg::Rsa1_5) && !isGcmAlg(EncAlg::Rsa1_5) && !isKeyWrapAlg(EncAlg::Rsa1_5));
        QVERIFY(isGcmAlg(EncAlg::A128GCM) && !isRsaAlg(EncAlg::A128GCM) && !isKeyWrapAlg(EncAlg::A128GCM));
        QVERIFY(isKeyWrapAlg(EncAlg::A128KW) && !isGcmAlg(EncAlg::A128KW));
        QCOMPARE(signAlgsFor(KeySpec::oct(128)), QList<SignAlg>());
        QCOMPARE(encryptAlgsFor(KeySpec::ec(Curve::P384)), QList<EncAlg>());
        QCOMPARE(wrapAlgsFor(KeySpec::oct(192)), QList<EncAlg>({EncAlg::A192KW}));
        QCOMPARE(encryptAlgsFor(KeySpec::rsa(2048)),
                 QList<EncAlg>({EncAlg::RsaOaep, EncAlg::RsaOaep256, EncAlg::Rsa1_5}));
    }

    void maxPlaintext_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<int>("max");
        for (int bits : {2048, 3072, 4096}) {
            const int k = bits / 8;
            QTest::addRow("%d RSA1_5", bits) << bits << u"RSA1_5"_s << k - 11;
            QTest::addRow("%d RSA-OAEP", bits) << bits << u"RSA-OAEP"_s << k - 2 * 20 - 2;
            QTest::addRow("%d RSA-OAEP-256", bits) << bits << u"RSA-OAEP-256"_s << k - 2 * 32 - 2;
        }
    }
    void maxPlaintext()
    {
        QFETCH(int, bits);
        QFETCH(QString, alg);
        QFETCH(int, max);
        QCOMPARE(maxRsaPlaintext(*encAlgFromName(alg), KeySpec::rsa(bits)), max);
        QCOMPARE(maxRsaPlaintext(EncAlg::A128GCM, KeySpec::oct(128)), 0);
    }

    void digestInfo_data()
    {
        QTest::addColumn<int>("digest");
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QByteArray>("oidTail"); // last arc of 2.16.840.1.101.3.4.2.x
        QTest::newRow("SHA-256") << int(DigestAlg::Sha256) << QByteArray("3031300d060960864801650304020105000420")
                                 << QByteArray("01");
        QTest::newRow("SHA-384") << int(DigestAlg::Sha384) << QByteArray("3041300d060960864801650304020205000430")
                                 << QByteArray("02");
        QTest::newRow("SHA-512") << int(DigestAlg::Sha512) << QByteArray("3051300d060960864801650304020305000440")
                                 << QByteArray("03");
    }
    void digestInfo()
    {
        QFETCH(int, digest);
        QFETCH(QByteArray, hex);
        QFETCH(QByteArray, oidTail);
        const auto alg = DigestAlg(digest);
        const QByteArray prefix = digestInfoPrefix(alg);
        QCOMPARE(prefix.toHex(), hex);
        // Structure: SEQUENCE of length (prefix - 2 + digest), ending in OCTET STRING of the digest's length.
        QCOMPARE(int(quint8(prefix.at(1))), prefix.size() - 2 + digestLength(alg));
        QCOMPARE(int(quint8(prefix.at(prefix.size() - 1))), digestLength(alg));
        QVERIFY(prefix.toHex().contains(QByteArray(QByteArray("6086480165030402") + oidTail)));
    }
};

QTEST_GUILESS_MAIN(TestKeyAlgorithms)
#include "TestKeyAlgorithms.moc"
