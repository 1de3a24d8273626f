// SoftwareKey with RSA and EC keys, checked against the openssl command line: every key size and curve x every
// algorithm it supports, in both directions (Coffer -> openssl and openssl -> Coffer).

#include "core/crypto/KeyEncoding.h"
#include "core/crypto/Random.h"
#include "core/crypto/SoftwareKey.h"
#include "tests/support/TestUtil.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

#include <map>
#include <type_traits>

using namespace coffer;
using namespace coffer::crypto;
using namespace Qt::StringLiterals;

static_assert(!std::is_copy_constructible_v<SoftwareKey> && std::is_nothrow_move_constructible_v<SoftwareKey>);

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};

Run openssl(const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, args);
    Run run;
    if (!process.waitForFinished(30000)) {
        run.output = "openssl did not finish: " + process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = process.readAll();
    return run;
}

bool writeFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes.data(), bytes.size()) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString digestOpt(SignAlg alg)
{
    return QStringLiteral("digest:sha%1").arg(digestLength(signDigest(alg)) * 8);
}

bool isPss(SignAlg alg)
{
    return alg == SignAlg::PS256 || alg == SignAlg::PS384 || alg == SignAlg::PS512;
}

QStringList rsaEncOpts(EncAlg alg)
{
    switch (alg) {
    case EncAlg::Rsa1_5: return {u"-pkeyopt"_s, u"rsa_padding_mode:pkcs1"_s};
    case EncAlg::RsaOaep:
        return {u"-pkeyopt"_s, u"rsa_padding_mode:oaep"_s, u"-pkeyopt"_s, u"rsa_oaep_md:sha1"_s,
                u"-pkeyopt"_s, u"rsa_mgf1_md:sha1"_s};
    case EncAlg::RsaOaep256:
        return {u"-pkeyopt"_s, u"rsa_padding_mode:oaep"_s, u"-pkeyopt"_s, u"rsa_oaep_md:sha256"_s,
                u"-pkeyopt"_s, u"rsa_mgf1_md:sha256"_s};
    default: return {};
    }
}

} // namespace

class TestSoftwareKey : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::map<QString, SoftwareKey> m_keys; // generated once per class: RSA-4096 takes seconds

    QString path(const QString &name) const { return m_dir.filePath(name); }
    const SoftwareKey &key(const QString &name) const { return m_keys.at(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(openssl({u"version"_s}).exitCode == 0, "the openssl command line tool is needed");
        const QList<std::pair<QString, KeySpec>> specs = {
                {u"RSA-2048"_s, KeySpec::rsa(2048)},      {u"RSA-3072"_s, KeySpec::rsa(3072)},
                {u"RSA-4096"_s, KeySpec::rsa(4096)},      {u"P-256"_s, KeySpec::ec(Curve::P256)},
                {u"P-256K"_s, KeySpec::ec(Curve::P256K)}, {u"P-384"_s, KeySpec::ec(Curve::P384)},
                {u"P-521"_s, KeySpec::ec(Curve::P521)},
        };
        for (const auto &[name, spec] : specs) {
            auto generated = SoftwareKey::generate(spec);
            COFFER_VERIFY_OK(generated);
            QCOMPARE(generated->spec(), spec);
            QVERIFY(generated->hasPrivate());
            auto pub = keyencoding::publicPem(*generated);
            auto priv = keyencoding::privatePem(*generated);
            COFFER_VERIFY_OK(pub);
            COFFER_VERIFY_OK(priv);
            QVERIFY(writeFile(path(name + u".pub.pem"_s), *pub));
            QVERIFY(writeFile(path(name + u".key.pem"_s), priv->view()));
            m_keys.emplace(name, std::move(*generated));
        }
        // The keys are what openssl thinks they are.
        const Run text
                = openssl({u"pkey"_s, u"-pubin"_s, u"-in"_s, path(u"RSA-3072.pub.pem"_s), u"-noout"_s, u"-text"_s});
        QVERIFY2(text.output.contains("3072 bit"), text.output.constData());
        const Run ec = openssl({u"pkey"_s, u"-pubin"_s, u"-in"_s, path(u"P-256K.pub.pem"_s), u"-noout"_s, u"-text"_s});
        QVERIFY2(ec.output.contains("secp256k1"), ec.output.constData());
    }

    void init() { coffer::test::failOnAnyWarning(); }

    void sign_data()
    {
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<QString>("alg");
        for (const auto &[name, k] : m_keys) {
            for (SignAlg alg : signAlgsFor(k.spec()))
                QTest::addRow("%s %s", qPrintable(name), qPrintable(signAlgName(alg))) << name << signAlgName(alg);
        }
    }
    void sign()
    {
        QFETCH(QString, keyName);
        QFETCH(QString, alg);
        const SoftwareKey &k = key(keyName);
        const SignAlg signAlg = *signAlgFromName(alg);
        const bool ec = k.spec().type == KeyType::Ec;
        const QByteArray digest = randomBytes(digestLength(signDigest(signAlg)));

        auto signature = k.sign(signAlg, digest);
        COFFER_VERIFY_OK(signature);
        QCOMPARE(signature->size(), ec ? 2 * curveFieldBytes(*k.spec().curve) : k.spec().bits / 8);
        QCOMPARE(k.verify(signAlg, digest, *signature).value_or(false), true);

        // Verify through the public half alone (what HSM keys do), and the failures.
        auto publicHalf = k.publicKey();
        COFFER_VERIFY_OK(publicHalf);
        QVERIFY(!publicHalf->hasPrivate());
        QCOMPARE(publicHalf->verify(signAlg, digest, *signature).value_or(false), true);
        COFFER_VERIFY_ERROR(publicHalf->sign(signAlg, digest), ErrorCode::InvalidArgument);
        QByteArray tampered = *signature;
        tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x01);
        QCOMPARE(k.verify(signAlg, digest, tampered).value_or(true), false);
        QByteArray otherDigest = digest;
        otherDigest[0] = char(otherDigest[0] ^ 0x80);
        QCOMPARE(k.verify(signAlg, otherDigest, *signature).value_or(true), false);
        QCOMPARE(k.verify(signAlg, digest, signature->left(signature->size() - 1)).value_or(true), false);
        QCOMPARE(k.verify(signAlg, digest, QByteArray()).value_or(true), false);

        // openssl verifies Coffer's signature (ES*: converted to DER here).
        const QString digestFile = path(u"digest.bin"_s);
        const QString sigFile = path(u"sig.bin"_s);
        QVERIFY(writeFile(digestFile, digest));
        QByteArray forOpenSsl = *signature;
        if (ec) {
            auto der = keyencoding::ecdsaRawToDer(*signature, *k.spec().curve);
            COFFER_VERIFY_OK(der);
            forOpenSsl = *der;
            // ES* verify takes raw r||s only: the DER form is refused (false, not an error).
            QCOMPARE(k.verify(signAlg, digest, forOpenSsl).value_or(true), false);
        }
        QVERIFY(writeFile(sigFile, forOpenSsl));
        QStringList args = {u"pkeyutl"_s,      u"-verify"_s, u"-pubin"_s,   u"-inkey"_s, path(keyName + u".pub.pem"_s),
                            u"-in"_s,          digestFile,   u"-sigfile"_s, sigFile,     u"-pkeyopt"_s,
                            digestOpt(signAlg)};
        if (isPss(signAlg))
            args << u"-pkeyopt"_s << u"rsa_padding_mode:pss"_s << u"-pkeyopt"_s << u"rsa_pss_saltlen:digest"_s;
        const Run verified = openssl(args);
        QVERIFY2(verified.exitCode == 0 && verified.output.contains("Signature Verified Successfully"),
                 verified.output.constData());
        // ... and the same command refuses it for another digest (so it is able to fail).
        QVERIFY(writeFile(digestFile, otherDigest));
        const Run refused = openssl(args);
        QVERIFY2(refused.exitCode != 0, refused.output.constData());

        // openssl signs, Coffer verifies.
        QVERIFY(writeFile(digestFile, digest));
        const QString theirSig = path(u"their.sig"_s);
        QStringList signArgs = {u"pkeyutl"_s,  u"-sign"_s,        u"-inkey"_s, path(keyName + u".key.pem"_s),
                                u"-in"_s,      digestFile,        u"-out"_s,   theirSig,
                                u"-pkeyopt"_s, digestOpt(signAlg)};
        if (isPss(signAlg))
            signArgs << u"-pkeyopt"_s << u"rsa_padding_mode:pss"_s << u"-pkeyopt"_s << u"rsa_pss_saltlen:digest"_s;
        const Run signedRun = openssl(signArgs);
        QVERIFY2(signedRun.exitCode == 0, signedRun.output.constData());
        QByteArray theirs = readFile(theirSig);
        if (ec) {
            auto raw = keyencoding::ecdsaDerToRaw(theirs, *k.spec().curve);
            COFFER_VERIFY_OK(raw);
            theirs = *raw;
        }
        QCOMPARE(k.verify(signAlg, digest, theirs).value_or(false), true);

        // PSS with a salt length other than the digest length does not verify (P15).
        if (isPss(signAlg)) {
            signArgs.replace(signArgs.size() - 1, u"rsa_pss_saltlen:20"_s);
            const Run salted = openssl(signArgs);
            QVERIFY2(salted.exitCode == 0, salted.output.constData());
            QCOMPARE(k.verify(signAlg, digest, readFile(theirSig)).value_or(true), false);
        }
    }

    void signRefusals()
    {
        const SoftwareKey &rsa = key(u"RSA-2048"_s);
        const SoftwareKey &ec = key(u"P-384"_s);
        const QByteArray digest32 = randomBytes(32);
        const auto wrongAlg = rsa.sign(SignAlg::ES256, digest32);
        COFFER_VERIFY_ERROR(wrongAlg, ErrorCode::InvalidArgument);
        QVERIFY2(wrongAlg.error().context().contains(u"needs an EC P-256 key; the key is RSA 2048"),
                 qPrintable(wrongAlg.error().context()));
        COFFER_VERIFY_ERROR(ec.sign(SignAlg::ES256, digest32), ErrorCode::InvalidArgument);
        const auto shortDigest = ec.sign(SignAlg::ES384, digest32);
        COFFER_VERIFY_ERROR(shortDigest, ErrorCode::InvalidArgument);
        QCOMPARE(shortDigest.error().context(),
                 u"ES384 signs a 48-byte SHA-384 digest (give the digest, not the data); got 32 bytes"_s);
        COFFER_VERIFY_ERROR(rsa.verify(SignAlg::RS512, digest32, QByteArray(256, 'x')), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(rsa.encrypt(EncAlg::A256GCM, "x"), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(ec.encrypt(EncAlg::RsaOaep, "x"), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(ec.wrapKey(EncAlg::RsaOaep256, QByteArray(32, 'k')), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(SoftwareKey::generate(KeySpec::rsa(1024)), ErrorCode::InvalidArgument);
    }

    void ecdsaIsRandomized()
    {
        const SoftwareKey &k = key(u"P-256"_s);
        const QByteArray digest = randomBytes(32);
        const auto a = k.sign(SignAlg::ES256, digest);
        const auto b = k.sign(SignAlg::ES256, digest);
        COFFER_VERIFY_OK(a);
        COFFER_VERIFY_OK(b);
        QVERIFY(*a != *b);
        QCOMPARE(k.verify(SignAlg::ES256, digest, *b).value_or(false), true);
    }

    void encrypt_data()
    {
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<QString>("alg");
        for (const QString &name : {u"RSA-2048"_s, u"RSA-3072"_s, u"RSA-4096"_s}) {
            for (EncAlg alg : encryptAlgsFor(key(name).spec()))
                QTest::addRow("%s %s", qPrintable(name), qPrintable(encAlgName(alg))) << name << encAlgName(alg);
        }
    }
    void encrypt()
    {
        QFETCH(QString, keyName);
        QFETCH(QString, alg);
        const SoftwareKey &k = key(keyName);
        const EncAlg encAlg = *encAlgFromName(alg);
        const int max = maxRsaPlaintext(encAlg, k.spec());
        const QByteArray plaintext = randomBytes(max);

        // Coffer encrypts the longest plaintext the key takes; openssl decrypts it.
        auto ciphertext = k.encrypt(encAlg, plaintext);
        COFFER_VERIFY_OK(ciphertext);
        QCOMPARE(ciphertext->data.size(), k.spec().bits / 8);
        QVERIFY(ciphertext->iv.isEmpty() && ciphertext->tag.isEmpty());
        QVERIFY(writeFile(path(u"ct.bin"_s), ciphertext->data));
        const Run decrypted
                = openssl(QStringList {u"pkeyutl"_s, u"-decrypt"_s, u"-inkey"_s, path(keyName + u".key.pem"_s),
                                       u"-in"_s, path(u"ct.bin"_s), u"-out"_s, path(u"pt.bin"_s)}
                          + rsaEncOpts(encAlg));
        QVERIFY2(decrypted.exitCode == 0, decrypted.output.constData());
        QCOMPARE(readFile(path(u"pt.bin"_s)), plaintext);

        // openssl encrypts with the public key; Coffer decrypts, also through wrapKey's inverse.
        const QByteArray secret = randomBytes(32);
        QVERIFY(writeFile(path(u"pt2.bin"_s), secret));
        const Run encrypted = openssl(QStringList {u"pkeyutl"_s, u"-encrypt"_s, u"-pubin"_s, u"-inkey"_s,
                                                   path(keyName + u".pub.pem"_s), u"-in"_s, path(u"pt2.bin"_s),
                                                   u"-out"_s, path(u"ct2.bin"_s)}
                                      + rsaEncOpts(encAlg));
        QVERIFY2(encrypted.exitCode == 0, encrypted.output.constData());
        const QByteArray theirs = readFile(path(u"ct2.bin"_s));
        auto opened = k.decrypt(encAlg, Ciphertext {theirs, {}, {}, {}});
        COFFER_VERIFY_OK(opened);
        QCOMPARE(opened->view(), QByteArrayView(secret));
        auto unwrapped = k.unwrapKey(encAlg, theirs);
        COFFER_VERIFY_OK(unwrapped);
        QCOMPARE(unwrapped->view(), QByteArrayView(secret));
        auto wrapped = k.wrapKey(encAlg, secret);
        COFFER_VERIFY_OK(wrapped);
        auto back = k.unwrapKey(encAlg, *wrapped);
        COFFER_VERIFY_OK(back);
        QCOMPARE(back->view(), QByteArrayView(secret));

        // One byte too many: refused, naming the maximum.
        const auto tooLong = k.encrypt(encAlg, randomBytes(max + 1));
        COFFER_VERIFY_ERROR(tooLong, ErrorCode::InvalidArgument);
        QCOMPARE(tooLong.error().context(),
                 QStringLiteral("%1 with an RSA %2 key takes at most %3 bytes; got %4")
                         .arg(alg)
                         .arg(k.spec().bits)
                         .arg(max)
                         .arg(max + 1));
        COFFER_VERIFY_ERROR(k.wrapKey(encAlg, randomBytes(max + 1)), ErrorCode::InvalidArgument);

        // Every decryption failure is the same Crypto "decryption failed".
        QByteArray tampered = theirs;
        tampered[10] = char(tampered[10] ^ 0x01);
        const EncAlg other = encAlg == EncAlg::RsaOaep ? EncAlg::RsaOaep256 : EncAlg::RsaOaep;
        const QList<std::pair<EncAlg, QByteArray>> failures = {
                {encAlg, theirs.left(theirs.size() - 1)},
                {encAlg, QByteArray(theirs + '\0')},
                {encAlg, QByteArray()},
                {other, theirs},
        };
        for (const auto &[failAlg, bytes] : failures) {
            const auto failed = k.decrypt(failAlg, Ciphertext {bytes, {}, {}, {}});
            COFFER_VERIFY_ERROR(failed, ErrorCode::Crypto);
            QCOMPARE(failed.error().context(), u"decryption failed"_s);
            const auto failedUnwrap = k.unwrapKey(failAlg, bytes);
            COFFER_VERIFY_ERROR(failedUnwrap, ErrorCode::Crypto);
            QCOMPARE(failedUnwrap.error().context(), u"decryption failed"_s);
        }
        // OAEP detects any change; a changed PKCS#1 v1.5 ciphertext can have valid padding by chance (~2^-16).
        if (encAlg != EncAlg::Rsa1_5) {
            const auto failed = k.decrypt(encAlg, Ciphertext {tampered, {}, {}, {}});
            COFFER_VERIFY_ERROR(failed, ErrorCode::Crypto);
            QCOMPARE(failed.error().context(), u"decryption failed"_s);
        }

        // The public half encrypts but cannot decrypt.
        auto publicHalf = k.publicKey();
        COFFER_VERIFY_OK(publicHalf);
        auto sealed = publicHalf->encrypt(encAlg, secret);
        COFFER_VERIFY_OK(sealed);
        auto reopened = k.decrypt(encAlg, *sealed);
        COFFER_VERIFY_OK(reopened);
        QCOMPARE(reopened->view(), QByteArrayView(secret));
        COFFER_VERIFY_ERROR(publicHalf->decrypt(encAlg, *sealed), ErrorCode::InvalidArgument);
    }

    void rsaRefusesAad()
    {
        COFFER_VERIFY_ERROR(key(u"RSA-2048"_s).encrypt(EncAlg::RsaOaep256, "data", "aad"), ErrorCode::InvalidArgument);
    }

    void pkcs8RoundTrip_data()
    {
        QTest::addColumn<QString>("keyName");
        for (const auto &[name, k] : m_keys)
            QTest::newRow(qPrintable(name)) << name;
    }
    void pkcs8RoundTrip()
    {
        QFETCH(QString, keyName);
        const SoftwareKey &k = key(keyName);
        auto der = k.privateMaterial();
        COFFER_VERIFY_OK(der);
        auto again = SoftwareKey::fromPkcs8(*der);
        COFFER_VERIFY_OK(again);
        QCOMPARE(again->spec(), k.spec());
        QVERIFY(again->hasPrivate());
        QCOMPARE(again->publicDer().value_or(QByteArray()), k.publicDer().value_or(QByteArray("x")));
        // openssl reads the same bytes as a PKCS#8 DER private key and derives the same public key.
        QVERIFY(writeFile(path(u"key.der"_s), der->view()));
        const Run pub = openssl({u"pkey"_s, u"-inform"_s, u"DER"_s, u"-in"_s, path(u"key.der"_s), u"-pubout"_s,
                                 u"-outform"_s, u"DER"_s});
        QCOMPARE(pub.exitCode, 0);
        QCOMPARE(pub.output, *k.publicDer());
        // The public half round-trips through SPKI and has no private material.
        auto publicHalf = SoftwareKey::fromPublicDer(*k.publicDer());
        COFFER_VERIFY_OK(publicHalf);
        QCOMPARE(publicHalf->spec(), k.spec());
        QVERIFY(!publicHalf->hasPrivate());
        COFFER_VERIFY_ERROR(publicHalf->privateMaterial(), ErrorCode::InvalidArgument);
    }

    void storedBytesDamaged()
    {
        COFFER_VERIFY_ERROR(SoftwareKey::fromPkcs8(SecureBytes(QByteArrayView("not a key"))), ErrorCode::Corrupted);
        COFFER_VERIFY_ERROR(SoftwareKey::fromPkcs8(SecureBytes()), ErrorCode::Corrupted);
        auto der = key(u"P-256"_s).privateMaterial();
        COFFER_VERIFY_OK(der);
        SecureBytes truncated(der->data(), der->size() - 5);
        COFFER_VERIFY_ERROR(SoftwareKey::fromPkcs8(truncated), ErrorCode::Corrupted);
        COFFER_VERIFY_ERROR(SoftwareKey::fromPublicDer("\x30\x03\x02\x01\x01"), ErrorCode::Corrupted);
        const QByteArray spki = *key(u"P-256"_s).publicDer();
        COFFER_VERIFY_ERROR(SoftwareKey::fromPublicDer(QByteArray(spki + '\0')), ErrorCode::Corrupted);
    }

    void adoptRefusesOtherTypes()
    {
        EVP_PKEY *ed = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        QVERIFY(ed);
        const auto adopted = SoftwareKey::adoptEvpPkey(ed); // takes ownership even when refusing
        COFFER_VERIFY_ERROR(adopted, ErrorCode::InvalidArgument);
        QVERIFY2(adopted.error().context().contains(u"ED25519"), qPrintable(adopted.error().context()));
        EVP_PKEY *weak = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(1024));
        QVERIFY(weak);
        const auto refused = SoftwareKey::adoptEvpPkey(weak);
        COFFER_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QCOMPARE(refused.error().context(),
                 u"an RSA 1024-bit key is not supported (RSA keys are 2048, 3072 or 4096 bits)"_s);
    }
};

QTEST_GUILESS_MAIN(TestSoftwareKey)
#include "TestSoftwareKey.moc"
