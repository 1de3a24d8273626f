// HsmToken's token handling against fresh SoftHSM2 tokens: finding tokens, PINs, missing modules and labels,
// mechanism reports, destroy, threads, recovery after the token's sessions vanish; and the CKR -> ErrorCode table.
#include "core/hsm/HsmToken.h"
#include "core/hsm/HsmTokenTesting.h"
#include "core/hsm/Pkcs11Encoding.h"
#include "core/hsm/Pkcs11Error.h"
#include "tests/core/TestPkcs11Helpers.h"
#include "tests/support/SoftHsm.h"
#include "tests/support/TestUtil.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <atomic>
#include <thread>

using namespace coffer;
using namespace coffer::crypto;
using namespace coffer::test::p11;

namespace {

const QString kSecondLabel = QStringLiteral("coffer-second");

QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, '\0');
    for (char &c : out)
        c = char(QRandomGenerator::global()->bounded(256));
    return out;
}

} // namespace

class TestPkcs11Token : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { coffer::test::failOnAnyWarning(); }

    void errorTable();
    void ecPointForms();
    void listsTokensAndInfo();
    void mechanismReport();
    void wrongPinIsWrongCredential();
    void wrongPinWhileLoggedInIsWrongCredential();
    void missingModuleIsHsmUnavailable();
    void wrongLabelOrSerialNamesIt();
    void secondTokenIsSeparate();
    void destroyRemovesTheKey();
    void unsupportedOpsAreRefused();
    void twoThreadsSignConcurrently();
    void recoversWhenSessionsVanish();

private:
    std::optional<coffer::test::TestToken> m_testToken;
    std::optional<coffer::test::TestToken> m_second;
    std::unique_ptr<hsm::HsmToken> m_token;
};

void TestPkcs11Token::initTestCase()
{
    m_testToken = coffer::test::testToken();
    if (!m_testToken)
        QSKIP(qPrintable(coffer::test::softHsmSkipReason()));
    // Before the module is loaded: SoftHSM reads its token folder once.
    m_second = coffer::test::makeExtraToken(kSecondLabel);
    QVERIFY(m_second);
    auto token = hsm::HsmToken::open(m_testToken->ref(), m_testToken->pin);
    COFFER_VERIFY_OK(token);
    m_token = std::move(*token);
}

void TestPkcs11Token::errorTable()
{
    const struct
    {
        unsigned long rv;
        const char *name;
        ErrorCode code;
    } rows[] = {
            {0xa0, "CKR_PIN_INCORRECT", ErrorCode::WrongCredential},
            {0xa2, "CKR_PIN_LEN_RANGE", ErrorCode::WrongCredential},
            {0xa4, "CKR_PIN_LOCKED", ErrorCode::HsmUnavailable},
            {0xe0, "CKR_TOKEN_NOT_PRESENT", ErrorCode::HsmUnavailable},
            {0x32, "CKR_DEVICE_REMOVED", ErrorCode::HsmUnavailable},
            {0xb3, "CKR_SESSION_HANDLE_INVALID", ErrorCode::HsmUnavailable},
            {0x70, "CKR_MECHANISM_INVALID", ErrorCode::InvalidArgument},
            {0x140, "CKR_CURVE_NOT_SUPPORTED", ErrorCode::InvalidArgument},
            {0x62, "CKR_KEY_SIZE_RANGE", ErrorCode::InvalidArgument},
            {0x21, "CKR_DATA_LEN_RANGE", ErrorCode::InvalidArgument},
            {0x68, "CKR_KEY_FUNCTION_NOT_PERMITTED", ErrorCode::Forbidden},
            {0x6a, "CKR_KEY_UNEXTRACTABLE", ErrorCode::Forbidden},
            {0x40, "CKR_ENCRYPTED_DATA_INVALID", ErrorCode::Crypto},
            {0x110, "CKR_WRAPPED_KEY_INVALID", ErrorCode::Crypto},
            {0x5, "CKR_GENERAL_ERROR", ErrorCode::HsmUnavailable},
            {0x60, "CKR_KEY_HANDLE_INVALID", ErrorCode::NotFound},
    };
    for (const auto &row : rows) {
        QCOMPARE(hsm::ckrName(row.rv), QLatin1StringView(row.name));
        const Error error = hsm::ckrError(row.rv, QStringLiteral("C_Test"));
        QVERIFY2(error.code() == row.code, qPrintable(error.toString()));
        QVERIFY2(error.context().startsWith(QStringLiteral("C_Test: ") + QLatin1StringView(row.name)),
                 qPrintable(error.context()));
    }
    QCOMPARE(hsm::ckrName(0x80000001UL), QStringLiteral("CKR_0x80000001"));
    QVERIFY(hsm::isSessionLost(0xb3));
    QVERIFY(hsm::isSessionLost(0xe0));
    QVERIFY(hsm::isSessionLost(0x32));
    QVERIFY(hsm::isSessionLost(0xb0));
    QVERIFY(!hsm::isSessionLost(0xa0));
    QVERIFY(!hsm::isSessionLost(0x68));
}

void TestPkcs11Token::ecPointForms()
{
    Pkey pkey = opensslGenerate(KeySpec::ec(Curve::P256));
    QByteArray point(65, '\0');
    std::size_t length = 0;
    QVERIFY(EVP_PKEY_get_octet_string_param(pkey.get(), "pub", reinterpret_cast<unsigned char *>(point.data()), 65,
                                            &length));
    QCOMPARE(int(length), 65);
    const QByteArray wrapped = QByteArray::fromHex("0441") + point;
    QCOMPARE(hsm::encoding::ecPointAttribute(point), wrapped);
    QCOMPARE(hsm::encoding::ecPointFromAttribute(wrapped, Curve::P256).value_or(QByteArray()), point);
    QCOMPARE(hsm::encoding::ecPointFromAttribute(point, Curve::P256).value_or(QByteArray()), point); // bare
    QVERIFY(!hsm::encoding::ecPointFromAttribute(point.left(64), Curve::P256));
    QVERIFY(!hsm::encoding::ecPointFromAttribute(QByteArray(wrapped + QByteArray(1, 0)), Curve::P256));
    QVERIFY(!hsm::encoding::ecPointFromAttribute(wrapped, Curve::P384)); // a P-256 point is not a P-384 one
    // P-521: 133-byte point, two-byte DER length.
    const QByteArray big = QByteArray(1, '\x04') + randomBytes(132);
    QCOMPARE(hsm::encoding::ecPointAttribute(big).left(3), QByteArray::fromHex("048185"));
    QCOMPARE(hsm::encoding::ecPointFromAttribute(hsm::encoding::ecPointAttribute(big), Curve::P521)
                     .value_or(QByteArray()),
             big);
    auto spki = hsm::encoding::ecSpki(Curve::P256, point);
    COFFER_VERIFY_OK(spki);
    QCOMPARE(spki->toHex(), spkiOf(pkey.get()).toHex());
    QCOMPARE(hsm::encoding::curveFromEcParams(QByteArray::fromHex("06082a8648ce3d030107")), Curve::P256);
    QCOMPARE(hsm::encoding::curveFromEcParams(QByteArray::fromHex("06052b8104000a")), Curve::P256K);
    QVERIFY(!hsm::encoding::curveFromEcParams(QByteArray::fromHex("06052b81040021"))); // secp224r1
}

void TestPkcs11Token::listsTokensAndInfo()
{
    auto tokens = hsm::listTokens(m_testToken->module);
    COFFER_VERIFY_OK(tokens);
    QStringList labels;
    for (const hsm::TokenInfo &info : *tokens) {
        if (info.initialized)
            labels.append(info.label);
    }
    labels.sort();
    QCOMPARE(labels, QStringList({kSecondLabel, m_testToken->label}));
    const hsm::TokenInfo info = m_token->info();
    QCOMPARE(info.label, m_testToken->label);
    QCOMPARE(info.serial, m_token->ref().serial);
    QCOMPARE(info.manufacturer, QStringLiteral("SoftHSM project"));
    QVERIFY(info.initialized);
    QVERIFY(info.loginRequired);
    QVERIFY(info.present);
    QCOMPARE(m_token->ref().modulePath, QFileInfo(m_testToken->module).canonicalFilePath());
    // registeredModules() lists existing files only (p11-kit's module configuration).
    for (const QString &module : hsm::registeredModules())
        QVERIFY2(QFileInfo::exists(module), qPrintable(module));
}

void TestPkcs11Token::mechanismReport()
{
    const hsm::MechanismReport report = m_token->mechanisms();
    for (const char *name : {"RSA-2048", "RSA-3072", "RSA-4096", "EC-P-256",     "EC-P-256K", "EC-P-384", "EC-P-521",
                             "oct-128",  "oct-192",  "oct-256",  "RS256",        "PS512",     "ES256",    "ES256K",
                             "ES512",    "RSA1_5",   "RSA-OAEP", "RSA-OAEP-256", "A128GCM",   "A256GCM",  "import"})
        QVERIFY2(report.supported.contains(QLatin1StringView(name)), name);
    QVERIFY(report.missing.contains(QStringLiteral("A256KW (this token cannot AES-key-wrap caller data)")));
    QCOMPARE(report.missing.size(), 3); // A128KW, A192KW, A256KW
}

void TestPkcs11Token::wrongPinIsWrongCredential()
{
    // The second token was never logged in by this process: the token itself says CKR_PIN_INCORRECT.
    auto wrong = hsm::HsmToken::open(m_second->ref(), SecureString::fromUtf8("not-the-pin"));
    COFFER_VERIFY_ERROR(wrong, ErrorCode::WrongCredential);
    QVERIFY2(wrong.error().context().contains(QLatin1StringView("CKR_PIN_INCORRECT")),
             qPrintable(wrong.error().context()));
    QVERIFY(!wrong.error().context().contains(QLatin1StringView("not-the-pin")));
    auto right = hsm::HsmToken::open(m_second->ref(), m_second->pin);
    COFFER_VERIFY_OK(right);
}

void TestPkcs11Token::wrongPinWhileLoggedInIsWrongCredential()
{
    // m_token logged this token in: C_Login says CKR_USER_ALREADY_LOGGED_IN whatever the PIN; open() still checks.
    auto wrong = hsm::HsmToken::open(m_testToken->ref(), SecureString::fromUtf8("not-the-pin"));
    COFFER_VERIFY_ERROR(wrong, ErrorCode::WrongCredential);
    auto right = hsm::HsmToken::open(m_testToken->ref(), m_testToken->pin);
    COFFER_VERIFY_OK(right);
    // Two HsmTokens on one token share the login; closing one leaves the other working.
    auto key = (*right)->generate(KeySpec::ec(Curve::P256), KeyOp::Sign | KeyOp::Verify, QStringLiteral("shared"));
    COFFER_VERIFY_OK(key);
    right->reset();
    COFFER_VERIFY_OK(m_token->sign(*key, SignAlg::ES256, randomBytes(32)));
    COFFER_VERIFY_OK(m_token->destroy(*key));
}

void TestPkcs11Token::missingModuleIsHsmUnavailable()
{
    const QString missing = QStringLiteral("/nonexistent/libno-such-pkcs11.so");
    auto opened = hsm::HsmToken::open({missing, m_testToken->label, {}}, m_testToken->pin);
    COFFER_VERIFY_ERROR(opened, ErrorCode::HsmUnavailable);
    QVERIFY2(opened.error().context().contains(missing), qPrintable(opened.error().context()));
    COFFER_VERIFY_ERROR(hsm::listTokens(missing), ErrorCode::HsmUnavailable);
    COFFER_VERIFY_ERROR(hsm::listTokens(QString()), ErrorCode::HsmUnavailable);
    // A library that is not a PKCS#11 module.
    const QString notAModule = QStringLiteral("/usr/lib/x86_64-linux-gnu/libz.so.1");
    if (QFileInfo::exists(notAModule)) {
        auto wrong = hsm::listTokens(notAModule);
        COFFER_VERIFY_ERROR(wrong, ErrorCode::HsmUnavailable);
        QVERIFY2(wrong.error().context().contains(QLatin1StringView("C_GetFunctionList")),
                 qPrintable(wrong.error().context()));
    }
    // A file that is no library at all.
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("libfake-pkcs11.so"));
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a shared library");
    file.close();
    auto garbage = hsm::listTokens(fake);
    COFFER_VERIFY_ERROR(garbage, ErrorCode::HsmUnavailable);
    QVERIFY2(garbage.error().context().contains(QLatin1StringView("cannot load")),
             qPrintable(garbage.error().context()));
}

void TestPkcs11Token::wrongLabelOrSerialNamesIt()
{
    auto opened = hsm::HsmToken::open({m_testToken->module, QStringLiteral("no-such-token"), {}}, m_testToken->pin);
    COFFER_VERIFY_ERROR(opened, ErrorCode::HsmUnavailable);
    QVERIFY2(opened.error().context().contains(QLatin1StringView("'no-such-token'")),
             qPrintable(opened.error().context()));
    QVERIFY(opened.error().context().contains(m_testToken->label)); // what is there instead
    auto wrongSerial = hsm::HsmToken::open(
            {m_testToken->module, m_testToken->label, QStringLiteral("0000000000000000")}, m_testToken->pin);
    COFFER_VERIFY_ERROR(wrongSerial, ErrorCode::HsmUnavailable);
    QVERIFY(wrongSerial.error().context().contains(QLatin1StringView("0000000000000000")));
    // The right label and serial find it.
    COFFER_VERIFY_OK(hsm::HsmToken::open(m_token->ref(), m_testToken->pin));
}

void TestPkcs11Token::secondTokenIsSeparate()
{
    auto second = hsm::HsmToken::open(m_second->ref(), m_second->pin);
    COFFER_VERIFY_OK(second);
    QVERIFY((*second)->ref().serial != m_token->ref().serial);
    auto key = (*second)->generate(KeySpec::ec(Curve::P384), KeyOp::Sign | KeyOp::Verify, QStringLiteral("2nd"));
    COFFER_VERIFY_OK(key);
    auto here = m_token->exists(*key);
    COFFER_VERIFY_OK(here);
    QVERIFY(!*here);
    COFFER_VERIFY_ERROR(m_token->sign(*key, SignAlg::ES384, randomBytes(48)), ErrorCode::NotFound);
    auto there = (*second)->exists(*key);
    COFFER_VERIFY_OK(there);
    QVERIFY(*there);
}

void TestPkcs11Token::destroyRemovesTheKey()
{
    for (const KeySpec &spec : {KeySpec::rsa(2048), KeySpec::ec(Curve::P256), KeySpec::oct(128)}) {
        auto key = m_token->generate(spec, supportedKeyOps(spec.type), QStringLiteral("to-destroy"));
        COFFER_VERIFY_OK(key);
        auto before = m_token->exists(*key);
        COFFER_VERIFY_OK(before);
        QVERIFY(*before);
        COFFER_VERIFY_OK(m_token->destroy(*key));
        auto after = m_token->exists(*key);
        COFFER_VERIFY_OK(after);
        QVERIFY(!*after);
        COFFER_VERIFY_OK(m_token->destroy(*key)); // already gone: still success
        COFFER_VERIFY_ERROR(m_token->attributes(*key), ErrorCode::NotFound);
        if (spec.type != KeyType::Oct)
            COFFER_VERIFY_ERROR(m_token->publicDer(*key), ErrorCode::NotFound);
    }
}

void TestPkcs11Token::unsupportedOpsAreRefused()
{
    COFFER_VERIFY_ERROR(m_token->generate(KeySpec::ec(Curve::P256), KeyOp::Sign | KeyOp::Encrypt, QStringLiteral("x")),
                        ErrorCode::InvalidArgument);
    COFFER_VERIFY_ERROR(m_token->generate(KeySpec::rsa(1024), KeyOps(KeyOp::Sign), QStringLiteral("x")),
                        ErrorCode::InvalidArgument);
    COFFER_VERIFY_ERROR(m_token->generate(KeySpec::oct(256), KeyOps(KeyOp::Sign), QStringLiteral("x")),
                        ErrorCode::InvalidArgument);
    // An EC key cannot use an RSA algorithm (checked before the token is asked).
    auto ec = m_token->generate(KeySpec::ec(Curve::P256), KeyOp::Sign | KeyOp::Verify, QStringLiteral("alg"));
    COFFER_VERIFY_OK(ec);
    COFFER_VERIFY_ERROR(m_token->sign(*ec, SignAlg::RS256, randomBytes(32)), ErrorCode::InvalidArgument);
    COFFER_VERIFY_ERROR(m_token->sign(*ec, SignAlg::ES384, randomBytes(48)), ErrorCode::InvalidArgument);
    COFFER_VERIFY_OK(m_token->destroy(*ec));
}

void TestPkcs11Token::twoThreadsSignConcurrently()
{
    auto rsa = m_token->generate(KeySpec::rsa(2048), KeyOp::Sign | KeyOp::Verify, QStringLiteral("threads-rsa"));
    auto ec = m_token->generate(KeySpec::ec(Curve::P256), KeyOp::Sign | KeyOp::Verify, QStringLiteral("threads-ec"));
    COFFER_VERIFY_OK(rsa);
    COFFER_VERIFY_OK(ec);
    auto rsaDer = m_token->publicDer(*rsa);
    auto ecDer = m_token->publicDer(*ec);
    COFFER_VERIFY_OK(rsaDer);
    COFFER_VERIFY_OK(ecDer);
    Pkey rsaPub = fromSpki(*rsaDer), ecPub = fromSpki(*ecDer);
    std::atomic<int> good {0}, bad {0};
    const auto worker = [&](const hsm::HsmKeyRef &key, SignAlg alg, EVP_PKEY *pub) {
        for (int i = 0; i < 40; ++i) {
            const QByteArray digest = randomBytes(32);
            auto signature = m_token->sign(key, alg, digest);
            if (signature && opensslVerify(pub, alg, digest, *signature))
                ++good;
            else
                ++bad;
        }
    };
    std::thread a(worker, *rsa, SignAlg::PS256, rsaPub.get());
    std::thread b(worker, *ec, SignAlg::ES256, ecPub.get());
    std::thread c(worker, *rsa, SignAlg::RS256, rsaPub.get());
    a.join();
    b.join();
    c.join();
    QCOMPARE(bad.load(), 0);
    QCOMPARE(good.load(), 120);
}

void TestPkcs11Token::recoversWhenSessionsVanish()
{
    auto key = m_token->generate(KeySpec::ec(Curve::P256), KeyOp::Sign | KeyOp::Verify, QStringLiteral("recover"));
    COFFER_VERIFY_OK(key);
    COFFER_VERIFY_OK(m_token->sign(*key, SignAlg::ES256, randomBytes(32)));
    // Every session closed and the user logged out, as when a token is pulled and put back.
    hsm::HsmTokenTestAccess::closeAllSessions(*m_token);
    auto der = m_token->publicDer(*key);
    COFFER_VERIFY_OK(der);
    Pkey pub = fromSpki(*der);
    hsm::HsmTokenTestAccess::closeAllSessions(*m_token);
    const QByteArray digest = randomBytes(32);
    auto signature = m_token->sign(*key, SignAlg::ES256, digest); // needs the login back
    COFFER_VERIFY_OK(signature);
    QVERIFY(opensslVerify(pub.get(), SignAlg::ES256, digest, *signature));
    QVERIFY(m_token->info().present);
}

QTEST_GUILESS_MAIN(TestPkcs11Token)
#include "TestPkcs11Token.moc"
