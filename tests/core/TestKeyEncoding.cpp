// Reading keys made by the openssl tool (PEM, DER, PKCS#8, encrypted, traditional, legacy-encrypted), refusing
// everything else with its own error; JWK import/export (RFC 7515/7517/7518); ECDSA raw <-> DER.

#include "core/crypto/Digest.h"
#include "core/crypto/KeyEncoding.h"
#include "core/crypto/Random.h"
#include "core/crypto/SoftwareKey.h"
#include "tests/support/TestUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/core_names.h>
#include <openssl/evp.h>

using namespace coffer;
using namespace coffer::crypto;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(coffer::crypto::KeySpec)
Q_DECLARE_METATYPE(coffer::ErrorCode)

namespace {

const QString kPassword = u"correct horse battery"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run openssl(const QStringList &args, const QString &workDir)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.start(u"openssl"_s, args);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    if (run.exitCode != 0)
        run.out += process.readAllStandardError();
    return run;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes.data(), bytes.size()) == bytes.size();
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(jwk::base64Url(bytes));
}

QByteArray bnParam(const SoftwareKey &key, const char *name, int width = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(static_cast<EVP_PKEY *>(key.evpPkey()), name, &bn) != 1)
        return {};
    QByteArray out(width ? width : BN_num_bytes(bn), '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), int(out.size()));
    BN_clear_free(bn);
    return out;
}

// A private JWK built here, from OpenSSL's view of the key (independent of Jwk.cpp).
QJsonObject privateJwkOf(const SoftwareKey &key)
{
    QJsonObject jwk;
    if (key.spec().type == KeyType::Rsa) {
        jwk[u"kty"_s] = u"RSA"_s;
        const QList<std::pair<QString, const char *>> members = {
                {u"n"_s, OSSL_PKEY_PARAM_RSA_N},          {u"e"_s, OSSL_PKEY_PARAM_RSA_E},
                {u"d"_s, OSSL_PKEY_PARAM_RSA_D},          {u"p"_s, OSSL_PKEY_PARAM_RSA_FACTOR1},
                {u"q"_s, OSSL_PKEY_PARAM_RSA_FACTOR2},    {u"dp"_s, OSSL_PKEY_PARAM_RSA_EXPONENT1},
                {u"dq"_s, OSSL_PKEY_PARAM_RSA_EXPONENT2}, {u"qi"_s, OSSL_PKEY_PARAM_RSA_COEFFICIENT1},
        };
        for (const auto &[name, param] : members)
            jwk[name] = b64(bnParam(key, param));
        return jwk;
    }
    const int n = curveFieldBytes(*key.spec().curve);
    jwk[u"kty"_s] = u"EC"_s;
    jwk[u"crv"_s] = curveName(*key.spec().curve);
    jwk[u"x"_s] = b64(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_X, n));
    jwk[u"y"_s] = b64(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, n));
    jwk[u"d"_s] = b64(bnParam(key, OSSL_PKEY_PARAM_PRIV_KEY, n));
    return jwk;
}

// RFC 7515 appendix A.2 (RS256) and A.3 (ES256): keys, signing input and signatures.
const char kRfcSigningInputRs[] = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leG"
                                  "FtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
const char kRfcSigningInputEs[] = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leG"
                                  "FtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
const char kRfcRsSignature[]
        = "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_"
          "O8W2Fp5jujGbds9uJdbF9CUAr"
          "7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO-"
          "-x"
          "i12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_"
          "IoypG"
          "lUPQGe77Rw";
const char kRfcEsSignature[] = "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

QJsonObject rfcRsaJwk()
{
    return QJsonObject {
            {u"kty"_s, u"RSA"_s},
            {u"n"_s,
             u"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-"
             u"yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-"
             u"KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-"
             u"DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ"_s},
            {u"e"_s, u"AQAB"_s},
            {u"d"_s,
             u"Eq5xpGnNCivDflJsRQBXHx1hdR1k6Ulwe2JZD50LpXyWPEAeP88vLNO97IjlA7_GQ5sLKMgvfTeXZx9SE-"
             u"7YwVol2NXOoAJe46sui395IW_GO-pWJ1O0BkTGoVEn2bKVRUCgu-GjBVaYLU6f3l9kJfFNS3E0QbVdxzubSu3Mkqzjkn439X0M_"
             u"V51gfpRLI9JYanrC4D4qAdGcopV_0ZHHzQlBjudU2QvXt4ehNYTCBr6XCLQUShb1juUO1ZdiYoFaFQT5Tw8bGUl_x_"
             u"jTj3ccPDVZFD9pIuhLhBOneufuBiB4cS98l2SR_RQyGWSeWjnczT0QU91p1DhOVRuOopznQ"_s},
            {u"p"_s,
             u"4BzEEOtIpmVdVEZNCqS7baC4crd0pqnRH_5IB3jw3bcxGn6QLvnEtfdUdiYrqBdss1l58BQ3KhooKeQTa9AB0Hw_"
             u"Py5PJdTJNPY8cQn7ouZ2KKDcmnPGBY5t7yLc1QlQ5xHdwW1VhvKn-nXqhJTBgIPgtldC-KDV5z-y2XDwGUc"_s},
            {u"q"_s,
             u"uQPEfgmVtjL0Uyyx88GZFF1fOunH3-7cepKmtH4pxhtCoHqpWmT8YAmZxaewHgHAjLYsp1ZSe7zFYHj7C6ul7TjeLQeZD_"
             u"YwD66t62wDmpe_HlB-TnBA-njbglfIsRLtXlnDzQkv5dTltRJ11BKBBypeeF6689rjcJIDEz9RWdc"_s},
            {u"dp"_s,
             u"BwKfV3Akq5_MFZDFZCnW-wzl-CCo83WoZvnLQwCTeDv8uzluRSnm71I3QCLdhrqE2e9YkxvuxdBfpT_PI7Yz-"
             u"FOKnu1R6HsJeDCjn12Sk3vmAktV2zb34MCdy7cpdTh_YVr7tss2u6vneTwrA86rZtu5Mbr1C1XsmvkxHQAdYo0"_s},
            {u"dq"_s,
             u"h_96-mK1R_7glhsum81dZxjTnYynPbZpHziZjeeHcXYsXaaMwkOlODsWa7I9xXDoRwbKgB719rrmI2oKr6N3Do9U0ajaHF-"
             u"NKJnwgjMd2w9cjz3_-kyNlxAr2v4IKhGNpmM5iIgOS1VZnOZ68m6_pbLBSp3nssTdlqvd0tIiTHU"_s},
            {u"qi"_s,
             u"IYd7DHOhrWvxkwPQsRM2tOgrjbcrfvtQJipd-DlcxyVuuM9sQLdgjVk2oy26F0EmpScGLq2MowX7fhd_"
             u"QJQ3ydy5cY7YIBi87w93IKLEdfnbJtoOPLUW0ITrJReOgo1cq9SbsxYawBgfp_gh6A5603k2-ZQwVK0JKSHuLFkuQ3U"_s},
    };
}

QJsonObject rfcEcJwk()
{
    return QJsonObject {
            {u"kty"_s, u"EC"_s},
            {u"crv"_s, u"P-256"_s},
            {u"x"_s, u"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"_s},
            {u"y"_s, u"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"_s},
            {u"d"_s, u"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"_s},
    };
}

// Changes the last base64url character of a member (keeps it valid base64url, changes the number).
QJsonObject tamper(QJsonObject jwk, const QString &member)
{
    QString value = jwk.value(member).toString();
    QChar &last = value[value.size() - 2];
    last = last == u'A' ? u'B' : u'A';
    jwk[member] = value;
    return jwk;
}

QJsonObject without(QJsonObject jwk, const QStringList &members)
{
    for (const QString &m : members)
        jwk.remove(m);
    return jwk;
}

QJsonObject with(QJsonObject jwk, const QString &member, const QJsonValue &value)
{
    jwk[member] = value;
    return jwk;
}

} // namespace

class TestKeyEncoding : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool tool(const QString &command)
    {
        const Run run = openssl(command.split(u' '), m_dir.path());
        if (run.exitCode != 0)
            qWarning("openssl %s failed: %s", qPrintable(command), run.out.constData());
        return run.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString pass = u"pass:"_s + QString(kPassword).replace(u' ', u'_');
        const QStringList commands = {
                u"genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa.pem"_s,
                u"genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out rsa3072.pem"_s,
                u"ecparam -name prime256v1 -genkey -out ec.pem"_s, // EC PARAMETERS + EC PRIVATE KEY
                u"ecparam -name secp256k1 -genkey -noout -out k1.pem"_s,
                u"genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out p384.pem"_s,
                u"genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-521 -out p521.pem"_s,
                u"pkcs8 -topk8 -v2 aes-256-cbc -in rsa.pem -out enc.pem -passout "_s + pass,
                u"pkcs8 -topk8 -v2 aes-256-cbc -in p384.pem -out enc-ec.pem -passout "_s + pass,
                u"rsa -in rsa.pem -traditional -out trad.pem"_s,
                u"rsa -in rsa.pem -traditional -aes256 -out legacy.pem -passout "_s + pass,
                u"ec -in ec.pem -aes256 -out legacy-ec.pem -passout "_s + pass,
                u"pkcs8 -topk8 -nocrypt -in rsa.pem -outform DER -out rsa.der"_s,
                u"rsa -in rsa.pem -traditional -outform DER -out trad.der"_s,
                u"ec -in p521.pem -outform DER -out ec.der"_s,
                u"pkcs8 -topk8 -v2 aes-256-cbc -in rsa.pem -outform DER -out enc.der -passout "_s + pass,
                u"req -x509 -new -key rsa.pem -subj /CN=coffer-test -days 1 -out cert.pem"_s,
                u"x509 -in cert.pem -outform DER -out cert.der"_s,
                u"pkey -in rsa.pem -pubout -out pub.pem"_s,
                u"pkey -in p384.pem -pubout -outform DER -out pub.der"_s,
                u"rsa -in rsa.pem -RSAPublicKey_out -out rsapub.pem"_s,
                u"genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:1024 -out dsaparam.pem"_s,
                u"genpkey -paramfile dsaparam.pem -out dsa.pem"_s,
                u"genpkey -algorithm ED25519 -out ed25519.pem"_s,
                u"genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out rsa1024.pem"_s,
                u"genpkey -algorithm EC -pkeyopt ec_paramgen_curve:secp224r1 -out p224.pem"_s,
                u"ec -in p384.pem -param_enc explicit -out explicit.pem"_s,
        };
        for (const QString &command : commands)
            QVERIFY2(tool(command), qPrintable(command));
        const QByteArray rsaPem = readFile(path(u"rsa.pem"_s));
        QVERIFY(writeFile(path(u"truncated.pem"_s), rsaPem.left(rsaPem.size() / 2)));
        QList<QByteArray> lines = rsaPem.split('\n');
        lines[1] = QByteArray(lines[1].size(), 'A'); // breaks the DER header
        QVERIFY(writeFile(path(u"damaged.pem"_s), lines.join('\n')));
        QVERIFY(writeFile(path(u"random.bin"_s), randomBytes(2048)));
        QVERIFY(writeFile(path(u"empty.bin"_s), QByteArray()));
        QVERIFY(writeFile(path(u"big.pem"_s), QByteArray(rsaPem + QByteArray(keyencoding::kMaxKeyFileBytes, '\n'))));
        QVERIFY(writeFile(path(u"text.txt"_s), "just some notes, not a key\n"));
        QVERIFY(writeFile(path(u"array.json"_s), "[1, 2, 3]"));
    }

    void init() { coffer::test::failOnAnyWarning(); }

    void readPrivateKey_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password"); // "-": none given
        QTest::addColumn<KeySpec>("spec");
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("pubArgs"); // how openssl reads the same file (for the public key)
        const QStringList pem;
        const QStringList der = {u"-inform"_s, u"DER"_s};
        const QString pass = QString(kPassword).replace(u' ', u'_');
        const QStringList passArgs = {u"-passin"_s, u"pass:"_s + pass};
        auto row = [&](const char *name, const QString &file, const QString &password, KeySpec spec,
                       keyencoding::Format format, QStringList pubArgs) {
            QTest::newRow(name) << file << password << spec << int(format) << pubArgs;
        };
        using F = keyencoding::Format;
        row("PKCS#8 RSA 2048", u"rsa.pem"_s, u"-"_s, KeySpec::rsa(2048), F::Pem, pem);
        row("PKCS#8 RSA 3072", u"rsa3072.pem"_s, u"-"_s, KeySpec::rsa(3072), F::Pem, pem);
        row("SEC1 with EC PARAMETERS", u"ec.pem"_s, u"-"_s, KeySpec::ec(Curve::P256), F::Pem, pem);
        row("SEC1 secp256k1", u"k1.pem"_s, u"-"_s, KeySpec::ec(Curve::P256K), F::Pem, pem);
        row("PKCS#8 P-384", u"p384.pem"_s, u"-"_s, KeySpec::ec(Curve::P384), F::Pem, pem);
        row("PKCS#8 P-521", u"p521.pem"_s, u"-"_s, KeySpec::ec(Curve::P521), F::Pem, pem);
        row("encrypted PKCS#8 RSA", u"enc.pem"_s, pass, KeySpec::rsa(2048), F::Pem, passArgs);
        row("encrypted PKCS#8 EC", u"enc-ec.pem"_s, pass, KeySpec::ec(Curve::P384), F::Pem, passArgs);
        row("traditional RSA", u"trad.pem"_s, u"-"_s, KeySpec::rsa(2048), F::Pem, pem);
        row("legacy-encrypted RSA", u"legacy.pem"_s, pass, KeySpec::rsa(2048), F::Pem, passArgs);
        row("legacy-encrypted EC", u"legacy-ec.pem"_s, pass, KeySpec::ec(Curve::P256), F::Pem, passArgs);
        row("DER PKCS#8", u"rsa.der"_s, u"-"_s, KeySpec::rsa(2048), F::Der, der);
        row("DER traditional RSA", u"trad.der"_s, u"-"_s, KeySpec::rsa(2048), F::Der, der);
        row("DER SEC1 P-521", u"ec.der"_s, u"-"_s, KeySpec::ec(Curve::P521), F::Der, der);
        row("DER encrypted PKCS#8", u"enc.der"_s, pass, KeySpec::rsa(2048), F::Der, der + passArgs);
    }
    void readPrivateKey()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(KeySpec, spec);
        QFETCH(int, format);
        QFETCH(QStringList, pubArgs);
        QString passCopy = password;
        const SecureString secret = SecureString::fromQString(passCopy);
        keyencoding::Format detected = keyencoding::Format::Jwk;
        auto key = keyencoding::readPrivateKey(readFile(path(file)), password == u"-" ? nullptr : &secret, &detected);
        COFFER_VERIFY_OK(key);
        QCOMPARE(int(detected), format);
        QCOMPARE(key->spec(), spec);
        QVERIFY(key->hasPrivate());
        // Same key as openssl reads from the file.
        const Run pub = openssl(QStringList {u"pkey"_s, u"-in"_s, path(file), u"-pubout"_s} + pubArgs, m_dir.path());
        QVERIFY2(pub.exitCode == 0, pub.out.constData());
        QCOMPARE(keyencoding::publicPem(*key).value_or(QByteArray()), pub.out);
        // And it works: a signature verifies with the public half openssl derived.
        const SignAlg alg = signAlgsFor(spec).constFirst();
        const QByteArray digest = randomBytes(digestLength(signDigest(alg)));
        auto signature = key->sign(alg, digest);
        COFFER_VERIFY_OK(signature);
        auto fromOpenSsl = SoftwareKey::fromPublicDer(*keyencoding::publicDer(*key));
        COFFER_VERIFY_OK(fromOpenSsl);
        QCOMPARE(fromOpenSsl->verify(alg, digest, *signature).value_or(false), true);
    }

    void readErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");
        const QString pass = QString(kPassword).replace(u' ', u'_');
        const auto wrong = ErrorCode::WrongCredential;
        const auto invalid = ErrorCode::InvalidArgument;
        const QString wrongText = u"the PEM is encrypted and the password does not open it"_s;
        const QString askText = u"the PEM is encrypted; give its password"_s;
        QTest::newRow("PKCS#8 wrong password") << u"enc.pem"_s << u"wrong"_s << wrong << wrongText;
        QTest::newRow("PKCS#8 no password") << u"enc.pem"_s << u"-"_s << wrong << askText;
        QTest::newRow("PKCS#8 empty password") << u"enc.pem"_s << QString() << wrong << wrongText;
        QTest::newRow("legacy wrong password") << u"legacy.pem"_s << u"wrong"_s << wrong << wrongText;
        QTest::newRow("legacy no password") << u"legacy.pem"_s << u"-"_s << wrong << askText;
        QTest::newRow("legacy EC wrong password") << u"legacy-ec.pem"_s << QString(pass + u'x') << wrong << wrongText;
        QTest::newRow("DER wrong password") << u"enc.der"_s << u"wrong"_s << wrong
                                            << u"the DER key is encrypted and the password does not open it"_s;
        QTest::newRow("DER no password") << u"enc.der"_s << u"-"_s << wrong
                                         << u"the DER key is encrypted; give its password"_s;
        const QString cert = u"the file is a certificate, not a key (import it as a certificate)"_s;
        QTest::newRow("certificate PEM") << u"cert.pem"_s << u"-"_s << invalid << cert;
        QTest::newRow("certificate DER") << u"cert.der"_s << u"-"_s << invalid << cert;
        const QString pub = u"the file holds only a public key (import needs the private key)"_s;
        QTest::newRow("public PEM") << u"pub.pem"_s << u"-"_s << invalid << pub;
        QTest::newRow("RSA PUBLIC KEY PEM") << u"rsapub.pem"_s << u"-"_s << invalid << pub;
        QTest::newRow("public DER") << u"pub.der"_s << u"-"_s << invalid << pub;
        const QString supported
                = u"Coffer supports RSA 2048, 3072 or 4096 bits, or EC on P-256, P-256K, P-384 or P-521"_s;
        QTest::newRow("DSA") << u"dsa.pem"_s << u"-"_s << invalid
                             << QString(u"a DSA key is not supported ("_s + supported + u')');
        QTest::newRow("Ed25519") << u"ed25519.pem"_s << u"-"_s << invalid
                                 << QString(u"a ED25519 key is not supported ("_s + supported + u')');
        QTest::newRow("RSA 1024") << u"rsa1024.pem"_s << u"-"_s << invalid
                                  << u"an RSA 1024-bit key is not supported (RSA keys are 2048, 3072 or 4096 bits)"_s;
        QTest::newRow("secp224r1") << u"p224.pem"_s << u"-"_s << invalid
                                   << u"the EC curve secp224r1 is not supported (use P-256, P-256K, P-384 or P-521)"_s;
        QTest::newRow("truncated PEM") << u"truncated.pem"_s << u"-"_s << invalid
                                       << u"the PEM block 'PRIVATE KEY' is truncated or damaged"_s;
        QTest::newRow("damaged PEM") << u"damaged.pem"_s << u"-"_s << invalid
                                     << u"the PEM block 'PRIVATE KEY' is truncated or damaged"_s;
        const QString notKey = u"the file is not a key in PEM, DER or JWK form"_s;
        QTest::newRow("random bytes") << u"random.bin"_s << u"-"_s << invalid << notKey;
        QTest::newRow("text") << u"text.txt"_s << u"-"_s << invalid << notKey;
        QTest::newRow("JSON array") << u"array.json"_s << u"-"_s << invalid << notKey;
        QTest::newRow("DSA parameters only") << u"dsaparam.pem"_s << u"-"_s << invalid << notKey;
        QTest::newRow("empty") << u"empty.bin"_s << u"-"_s << invalid << u"the file is empty"_s;
        QTest::newRow("over 1 MiB") << u"big.pem"_s << u"-"_s << invalid
                                    << QStringLiteral("the file is over 1 MiB (%1 bytes); a key file is a few KB")
                                               .arg(QFileInfo(path(u"big.pem"_s)).size());
    }
    void readErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);
        QString passCopy = password;
        const SecureString secret = SecureString::fromQString(passCopy);
        const QByteArray data = readFile(path(file));
        QCOMPARE(data.isEmpty(), file == u"empty.bin");
        const auto key = keyencoding::readPrivateKey(data, password == u"-" ? nullptr : &secret);
        COFFER_VERIFY_ERROR(key, code);
        QCOMPARE(key.error().context(), message);
        if (password.size() > 1)
            QVERIFY(!key.error().context().contains(password)); // no secret in the message
    }

    // A key with explicit curve parameters equal to a named curve is that curve; Coffer writes it back with the
    // curve's name, as openssl does for the original key.
    void explicitParameters()
    {
        QVERIFY(readFile(path(u"explicit.pem"_s)).size() > readFile(path(u"p384.pem"_s)).size());
        auto key = keyencoding::readPrivateKey(readFile(path(u"explicit.pem"_s)));
        COFFER_VERIFY_OK(key);
        QCOMPARE(key->spec(), KeySpec::ec(Curve::P384));
        const Run named = openssl({u"pkey"_s, u"-in"_s, path(u"p384.pem"_s), u"-pubout"_s}, m_dir.path());
        QCOMPARE(named.exitCode, 0);
        QCOMPARE(keyencoding::publicPem(*key).value_or(QByteArray()), named.out);
    }

    void privatePemRoundTrip()
    {
        auto key = SoftwareKey::generate(KeySpec::ec(Curve::P521));
        COFFER_VERIFY_OK(key);
        auto pem = keyencoding::privatePem(*key);
        COFFER_VERIFY_OK(pem);
        QVERIFY(pem->view().startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(writeFile(path(u"mine.pem"_s), pem->view()));
        const Run check = openssl({u"pkey"_s, u"-in"_s, path(u"mine.pem"_s), u"-check"_s, u"-noout"_s}, m_dir.path());
        QVERIFY2(check.exitCode == 0 && check.out.contains("Key is valid"), check.out.constData());
        auto again = keyencoding::readPrivateKey(pem->view());
        COFFER_VERIFY_OK(again);
        QCOMPARE(*again->publicDer(), *key->publicDer());
        auto publicHalf = key->publicKey();
        COFFER_VERIFY_ERROR(keyencoding::privatePem(*publicHalf), ErrorCode::InvalidArgument);
        auto oct = SoftwareKey::generate(KeySpec::oct(256));
        COFFER_VERIFY_ERROR(keyencoding::privatePem(*oct), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(keyencoding::publicDer(*oct), ErrorCode::InvalidArgument);
    }

    void rfcExamples()
    {
        // RS256 is deterministic: the RFC's signature comes out byte for byte.
        std::optional<KeyOps> ops;
        auto rsa = jwk::fromJwk(rfcRsaJwk(), &ops);
        COFFER_VERIFY_OK(rsa);
        QVERIFY(!ops.has_value());
        QCOMPARE(rsa->spec(), KeySpec::rsa(2048));
        const QByteArray rsDigest = sha256(kRfcSigningInputRs);
        auto signature = rsa->sign(SignAlg::RS256, rsDigest);
        COFFER_VERIFY_OK(signature);
        QCOMPARE(jwk::base64Url(*signature), QByteArray(kRfcRsSignature));
        auto rsaPublic = jwk::publicJwk(*rsa, Protection::Software, KeyOps(KeyOp::Sign) | KeyOp::Verify, u"kid-1"_s);
        COFFER_VERIFY_OK(rsaPublic);
        QCOMPARE(rsaPublic->value(u"n"_s), rfcRsaJwk().value(u"n"_s));
        QCOMPARE(rsaPublic->value(u"e"_s).toString(), u"AQAB"_s);
        // ES256: the RFC's signature verifies; publicJwk gives back the RFC's x and y.
        auto ec = jwk::fromJwk(rfcEcJwk());
        COFFER_VERIFY_OK(ec);
        QCOMPARE(ec->spec(), KeySpec::ec(Curve::P256));
        const QByteArray esDigest = sha256(kRfcSigningInputEs);
        const QByteArray esSignature = *jwk::fromBase64Any(kRfcEsSignature);
        QCOMPARE(ec->verify(SignAlg::ES256, esDigest, esSignature).value_or(false), true);
        QCOMPARE(ec->verify(SignAlg::ES256, sha256(kRfcSigningInputRs), esSignature).value_or(true), false);
        auto ecPublic = jwk::publicJwk(*ec, Protection::Hsm, KeyOps(KeyOp::Verify), u"kid-2"_s);
        COFFER_VERIFY_OK(ecPublic);
        const QJsonObject expected {{u"kid"_s, u"kid-2"_s},
                                    {u"kty"_s, u"EC-HSM"_s},
                                    {u"key_ops"_s, QJsonArray {u"verify"_s}},
                                    {u"crv"_s, u"P-256"_s},
                                    {u"x"_s, rfcEcJwk().value(u"x"_s)},
                                    {u"y"_s, rfcEcJwk().value(u"y"_s)}};
        QCOMPARE(*ecPublic, expected);
    }

    void jwkRoundTrip_data()
    {
        QTest::addColumn<KeySpec>("spec");
        QTest::newRow("RSA 2048") << KeySpec::rsa(2048);
        QTest::newRow("P-256") << KeySpec::ec(Curve::P256);
        QTest::newRow("P-256K") << KeySpec::ec(Curve::P256K);
        QTest::newRow("P-384") << KeySpec::ec(Curve::P384);
        QTest::newRow("P-521") << KeySpec::ec(Curve::P521);
    }
    void jwkRoundTrip()
    {
        QFETCH(KeySpec, spec);
        auto original = SoftwareKey::generate(spec);
        COFFER_VERIFY_OK(original);
        QJsonObject privateJwk = privateJwkOf(*original);
        privateJwk[u"key_ops"_s] = QJsonArray {u"sign"_s, u"verify"_s};
        std::optional<KeyOps> ops;
        auto imported = jwk::fromJwk(privateJwk, &ops);
        COFFER_VERIFY_OK(imported);
        QCOMPARE(ops, std::optional<KeyOps>(KeyOps(KeyOp::Sign) | KeyOp::Verify));
        QCOMPARE(imported->spec(), spec);
        QCOMPARE(*imported->publicDer(), *original->publicDer());
        // Through readPrivateKey as a file, and with the -HSM kty spelling.
        privateJwk[u"kty"_s] = QString(privateJwk[u"kty"_s].toString() + u"-HSM"_s);
        keyencoding::Format format = keyencoding::Format::Pem;
        auto fromFile = keyencoding::readPrivateKey(QJsonDocument(privateJwk).toJson(), nullptr, &format);
        COFFER_VERIFY_OK(fromFile);
        QCOMPARE(format, keyencoding::Format::Jwk);
        QCOMPARE(*fromFile->publicDer(), *original->publicDer());
        // The imported key signs; the original verifies.
        const SignAlg alg = signAlgsFor(spec).constFirst();
        const QByteArray digest = randomBytes(digestLength(signDigest(alg)));
        QCOMPARE(original->verify(alg, digest, *imported->sign(alg, digest)).value_or(false), true);
        // publicJwk: exactly Azure's members, base64url without padding, fixed sizes.
        auto pub = jwk::publicJwk(*imported, Protection::Software, KeyOps(KeyOp::Verify), u"https://v/keys/k/1"_s);
        COFFER_VERIFY_OK(pub);
        QStringList keys = pub->keys();
        if (spec.type == KeyType::Rsa) {
            QCOMPARE(keys, QStringList({u"e"_s, u"key_ops"_s, u"kid"_s, u"kty"_s, u"n"_s}));
            const QByteArray n = *jwk::fromBase64Any(pub->value(u"n"_s).toString().toLatin1());
            QCOMPARE(n.size(), spec.bits / 8);
            QVERIFY(n.at(0) != 0);
            QCOMPARE(pub->value(u"n"_s), privateJwk.value(u"n"_s));
            // openssl's modulus is the same number.
            QVERIFY(writeFile(path(u"jwk.pub.pem"_s), *keyencoding::publicPem(*imported)));
            const Run modulus
                    = openssl({u"rsa"_s, u"-pubin"_s, u"-in"_s, path(u"jwk.pub.pem"_s), u"-noout"_s, u"-modulus"_s},
                              m_dir.path());
            QCOMPARE(modulus.out.trimmed(), QByteArray("Modulus=" + n.toHex().toUpper()));
        } else {
            QCOMPARE(keys, QStringList({u"crv"_s, u"key_ops"_s, u"kid"_s, u"kty"_s, u"x"_s, u"y"_s}));
            QCOMPARE(pub->value(u"crv"_s).toString(), curveName(*spec.curve));
            const QByteArray x = *jwk::fromBase64Any(pub->value(u"x"_s).toString().toLatin1());
            const QByteArray y = *jwk::fromBase64Any(pub->value(u"y"_s).toString().toLatin1());
            QCOMPARE(x.size(), curveFieldBytes(*spec.curve));
            QCOMPARE(y.size(), curveFieldBytes(*spec.curve));
            // The uncompressed point in the SPKI is 04 || x || y.
            QVERIFY(original->publicDer()->endsWith(QByteArray(QByteArray(1, '\x04') + x + y)));
        }
        for (const QString &key : keys)
            QVERIFY(!pub->value(key).toVariant().toString().contains(u'='));
    }

    void jwkCurveNames()
    {
        auto key = SoftwareKey::generate(KeySpec::ec(Curve::P256K));
        COFFER_VERIFY_OK(key);
        for (const QString &crv : {u"P-256K"_s, u"secp256k1"_s}) {
            auto imported = jwk::fromJwk(with(privateJwkOf(*key), u"crv"_s, crv));
            COFFER_VERIFY_OK(imported);
            QCOMPARE(imported->spec(), KeySpec::ec(Curve::P256K));
            QCOMPARE(jwk::publicJwk(*imported, Protection::Software, {}, {})->value(u"crv"_s).toString(), u"P-256K"_s);
        }
    }

    void jwkOct()
    {
        const QByteArray raw = randomBytes(24);
        std::optional<KeyOps> ops;
        auto key = jwk::fromJwk(QJsonObject {{u"kty"_s, u"oct-HSM"_s},
                                             {u"k"_s, b64(raw)},
                                             {u"key_ops"_s, QJsonArray {u"wrapKey"_s, u"unwrapKey"_s}}},
                                &ops);
        COFFER_VERIFY_OK(key);
        QCOMPARE(key->spec(), KeySpec::oct(192));
        QCOMPARE(key->octBytes().view(), QByteArrayView(raw));
        QCOMPARE(*ops, KeyOps(KeyOp::WrapKey) | KeyOp::UnwrapKey);
        auto pub = jwk::publicJwk(*key, Protection::Hsm, *ops, u"k1"_s);
        COFFER_VERIFY_OK(pub);
        const QJsonObject expected {{u"kid"_s, u"k1"_s},
                                    {u"kty"_s, u"oct-HSM"_s},
                                    {u"key_ops"_s, QJsonArray {u"wrapKey"_s, u"unwrapKey"_s}}};
        QCOMPARE(*pub, expected); // never k
    }

    void jwkErrors_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<QString>("message");
        const QJsonObject rsa = rfcRsaJwk();
        const QJsonObject ec = rfcEcJwk();
        const QString rsaInconsistent
                = u"the RSA JWK is inconsistent: d, p, q, dp, dq and qi do not belong to n and e"_s;
        const QString ecInconsistent = u"the EC JWK is inconsistent: x, y and d are not one key on P-256"_s;
        QTest::newRow("RSA tampered d") << tamper(rsa, u"d"_s) << rsaInconsistent;
        QTest::newRow("RSA tampered qi") << tamper(rsa, u"qi"_s) << rsaInconsistent;
        QTest::newRow("RSA tampered dp") << tamper(rsa, u"dp"_s) << rsaInconsistent;
        QTest::newRow("RSA tampered n") << tamper(rsa, u"n"_s) << rsaInconsistent;
        QTest::newRow("RSA partial CRT") << without(
                rsa, {u"dq"_s}) << u"the RSA JWK lacks dq (a private RSA JWK needs all of p, q, dp, dq and qi)"_s;
        QTest::newRow("RSA no CRT")
                << without(rsa, {u"p"_s, u"q"_s, u"dp"_s, u"dq"_s, u"qi"_s})
                << u"the RSA JWK lacks p, q, dp, dq, qi (a private RSA JWK needs all of p, q, dp, dq and qi)"_s;
        QTest::newRow("RSA public only")
                << without(rsa, {u"d"_s, u"p"_s, u"q"_s, u"dp"_s, u"dq"_s, u"qi"_s})
                << u"the JWK holds only a public key (a private key needs n, e, d, p, q, dp, dq and qi)"_s;
        QTest::newRow("RSA no n") << without(rsa, {u"n"_s}) << u"the RSA JWK lacks n"_s;
        QTest::newRow("RSA oth") << with(rsa, u"oth"_s, QJsonArray())
                                 << u"multi-prime RSA keys (JWK member 'oth') are not supported"_s;
        QTest::newRow("EC tampered d") << tamper(ec, u"d"_s) << ecInconsistent;
        QTest::newRow("EC point off the curve") << tamper(ec, u"y"_s) << ecInconsistent;
        QTest::newRow("EC public only") << without(ec, {u"d"_s})
                                        << u"the JWK holds only a public key (a private key needs crv, x, y and d)"_s;
        QTest::newRow("EC short x") << with(ec, u"x"_s, b64(QByteArray(31, '\x07')))
                                    << u"the EC JWK's x must be 32 bytes for P-256; got 31"_s;
        QTest::newRow("EC long d") << with(ec, u"d"_s, b64(QByteArray(33, '\x07')))
                                   << u"the EC JWK's d must be 32 bytes for P-256; got 33"_s;
        QTest::newRow("EC curve P-384 with P-256 sizes")
                << with(ec, u"crv"_s, u"P-384"_s) << u"the EC JWK's x must be 48 bytes for P-384; got 32"_s;
        QTest::newRow("EC unknown crv") << with(
                ec, u"crv"_s,
                u"P-192"_s) << u"the JWK curve 'P-192' is not supported (use P-256, P-256K, P-384 or P-521)"_s;
        QTest::newRow("EC no crv") << without(ec, {u"crv"_s})
                                   << u"the EC JWK has no crv (use P-256, P-256K, P-384 or P-521)"_s;
        QTest::newRow("not base64") << with(ec, u"x"_s, u"f83OJ3D2xF1Bg8vub9t*e1gHMzV76e8Tus9uPHvRVEU"_s)
                                    << u"the JWK member 'x' is not base64url"_s;
        QTest::newRow("member not a string") << with(ec, u"d"_s, 42) << u"the JWK member 'd' is not a string"_s;
        QTest::newRow("unknown kty") << with(ec, u"kty"_s, u"OKP"_s)
                                     << u"the JWK kty 'OKP' is not supported (use RSA, EC or oct)"_s;
        QTest::newRow("no kty") << without(ec, {u"kty"_s}) << u"the JWK has no kty (use RSA, EC or oct)"_s;
        QTest::newRow("unknown key op")
                << with(ec, u"key_ops"_s, QJsonArray {u"sign"_s, u"export"_s})
                << u"unknown key operation 'export' (use encrypt, decrypt, sign, verify, wrapKey or unwrapKey)"_s;
        QTest::newRow("key_ops not an array")
                << with(ec, u"key_ops"_s, u"sign"_s) << u"the JWK member 'key_ops' is not an array"_s;
        QTest::newRow("oct 20 bytes") << QJsonObject {{u"kty"_s, u"oct"_s}, {u"k"_s, b64(QByteArray(20, 'k'))}}
                                      << u"an oct JWK's k is 16, 24 or 32 bytes (AES-128/192/256); got 20"_s;
        QTest::newRow("oct no k") << QJsonObject {{u"kty"_s, u"oct"_s}} << u"the oct JWK lacks k"_s;
    }
    void jwkErrors()
    {
        QFETCH(QJsonObject, jwk);
        QFETCH(QString, message);
        std::optional<KeyOps> ops;
        const auto key = jwk::fromJwk(jwk, &ops);
        COFFER_VERIFY_ERROR(key, ErrorCode::InvalidArgument);
        QCOMPARE(key.error().context(), message);
    }

    void base64Forms()
    {
        const QByteArray bytes = QByteArray::fromHex("fbff00fe");
        QCOMPARE(jwk::base64Url(bytes), QByteArray("-_8A_g"));
        QCOMPARE(jwk::fromBase64Any("-_8A_g"), bytes);
        QCOMPARE(jwk::fromBase64Any("+/8A/g=="), bytes);
        QCOMPARE(jwk::fromBase64Any("+/8A/g"), bytes);
        QCOMPARE(jwk::fromBase64Any("AQAB"), QByteArray::fromHex("010001"));
        QVERIFY(!jwk::fromBase64Any("-/8A/g")); // both alphabets at once
        QVERIFY(!jwk::fromBase64Any("AQ*B"));
        QVERIFY(!jwk::fromBase64Any("AQ AB"));
    }

    void ecdsaForms_data()
    {
        QTest::addColumn<QByteArray>("derHex");
        QTest::addColumn<bool>("valid");
        QTest::newRow("r=1 s=1") << QByteArray("3006020101020101") << true;
        QTest::newRow("high bit padded") << QByteArray("30080202008002020080") << true;
        QTest::newRow("non-minimal integer") << QByteArray("300702020001020101") << false;
        QTest::newRow("long-form length") << QByteArray("308106020101020101") << false;
        QTest::newRow("negative r") << QByteArray("3006020181020101") << false;
        QTest::newRow("trailing byte") << QByteArray("300602010102010100") << false;
        QTest::newRow("truncated") << QByteArray("30060201010201") << false;
        QTest::newRow("r too large for P-256")
                << QByteArray("302602210101010101010101010101010101010101010101010101010101010101010101020101")
                << false;
        QTest::newRow("not a sequence") << QByteArray("3106020101020101") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void ecdsaForms()
    {
        QFETCH(QByteArray, derHex);
        QFETCH(bool, valid);
        const QByteArray der = QByteArray::fromHex(derHex);
        const auto raw = keyencoding::ecdsaDerToRaw(der, Curve::P256);
        if (!valid) {
            COFFER_VERIFY_ERROR(raw, ErrorCode::InvalidArgument);
            return;
        }
        COFFER_VERIFY_OK(raw);
        QCOMPARE(raw->size(), 64);
        const auto back = keyencoding::ecdsaRawToDer(*raw, Curve::P256);
        COFFER_VERIFY_OK(back);
        QCOMPARE(*back, der);
        COFFER_VERIFY_ERROR(keyencoding::ecdsaRawToDer(*raw, Curve::P384), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(keyencoding::ecdsaRawToDer(raw->left(63), Curve::P256), ErrorCode::InvalidArgument);
        // P-521: 66-byte halves.
        const auto wide = keyencoding::ecdsaDerToRaw(der, Curve::P521);
        COFFER_VERIFY_OK(wide);
        QCOMPARE(wide->size(), 132);
        QCOMPARE(wide->mid(66 - 32, 32), raw->left(32));
        QCOMPARE(wide->right(32), raw->right(32));
        QCOMPARE(wide->left(34), QByteArray(34, '\0'));
    }
};

QTEST_GUILESS_MAIN(TestKeyEncoding)
#include "TestKeyEncoding.moc"
