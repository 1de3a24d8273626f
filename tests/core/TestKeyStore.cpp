// KeyStore with software keys on real vaults: every type x algorithm checked against OpenSSL EVP in the test,
// key_ops and the nbf/exp window, import/export, lifecycle, backup/restore, access checks and audit records.

#include "core/access/AccessControl.h"
#include "core/audit/AuditService.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Notifications.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "tests/support/TestUtil.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace coffer;

namespace {

QByteArray digestOf(QByteArrayView data, int length)
{
    const auto alg = length == 32 ? QCryptographicHash::Sha256
            : length == 48        ? QCryptographicHash::Sha384
                                  : QCryptographicHash::Sha512;
    return QCryptographicHash::hash(data, alg);
}

const EVP_MD *mdOf(int length)
{
    return length == 32 ? EVP_sha256() : length == 48 ? EVP_sha384() : EVP_sha512();
}

// An independent check with OpenSSL: the signature over `digest` verifies with the exported public key.
bool opensslVerifies(const QByteArray &spki, SignAlg alg, const QByteArray &digest, QByteArray signature)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(spki.constData());
    EVP_PKEY *pkey = d2i_PUBKEY(nullptr, &p, long(spki.size()));
    if (!pkey)
        return false;
    const QString name = crypto::signAlgName(alg);
    if (name.startsWith(u"ES")) { // raw r||s -> DER
        const int n = int(signature.size() / 2);
        ECDSA_SIG *sig = ECDSA_SIG_new();
        ECDSA_SIG_set0(sig, BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()), n, nullptr),
                       BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()) + n, n, nullptr));
        unsigned char *der = nullptr;
        const int len = i2d_ECDSA_SIG(sig, &der);
        signature = QByteArray(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
        ECDSA_SIG_free(sig);
    }
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(pkey, nullptr);
    bool ok = EVP_PKEY_verify_init(ctx) == 1 && EVP_PKEY_CTX_set_signature_md(ctx, mdOf(int(digest.size()))) == 1;
    if (name.startsWith(u"PS"))
        ok = ok && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) == 1
                && EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, int(digest.size())) == 1;
    else if (name.startsWith(u"RS"))
        ok = ok && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1;
    ok = ok
            && EVP_PKEY_verify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                               std::size_t(signature.size()),
                               reinterpret_cast<const unsigned char *>(digest.constData()), std::size_t(digest.size()))
                    == 1;
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    return ok;
}

// OpenSSL encrypts with RSA-OAEP-256 to the exported public key.
QByteArray opensslOaep256(const QByteArray &spki, const QByteArray &plaintext)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(spki.constData());
    EVP_PKEY *pkey = d2i_PUBKEY(nullptr, &p, long(spki.size()));
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(pkey, nullptr);
    EVP_PKEY_encrypt_init(ctx);
    EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING);
    EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256());
    EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256());
    std::size_t len = 0;
    EVP_PKEY_encrypt(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(plaintext.constData()),
                     std::size_t(plaintext.size()));
    QByteArray out(qsizetype(len), '\0');
    EVP_PKEY_encrypt(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                     reinterpret_cast<const unsigned char *>(plaintext.constData()), std::size_t(plaintext.size()));
    out.resize(qsizetype(len));
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    return out;
}

// A PEM made by OpenSSL (not by Coffer): PKCS#8, optionally encrypted with `password`.
QByteArray opensslPem(const char *type, const char *password = nullptr)
{
    EVP_PKEY *pkey = nullptr;
    if (qstrcmp(type, "RSA") == 0)
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t(2048));
    else
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
    BIO *bio = BIO_new(BIO_s_mem());
    if (password)
        PEM_write_bio_PKCS8PrivateKey(bio, pkey, EVP_aes_256_cbc(), password, int(qstrlen(password)), nullptr, nullptr);
    else
        PEM_write_bio_PKCS8PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, len);
    BIO_free(bio);
    EVP_PKEY_free(pkey);
    return out;
}

KeyCreateRequest request(const KeySpec &spec, std::optional<KeyOps> ops = std::nullopt)
{
    KeyCreateRequest r;
    r.spec = spec;
    r.ops = ops;
    return r;
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {test::fixedStart()};
    int m_counter = 0;

    std::unique_ptr<Vault> makeVault(bool purgeProtection = false)
    {
        VaultCreateOptions o;
        o.parentFolder = m_dir.path();
        o.name = QStringLiteral("K%1").arg(++m_counter, 3, 10, QLatin1Char('0'));
        o.purgeProtection = purgeProtection;
        o.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(o, SecureString::fromUtf8("pw"), m_clock);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        return std::move(created->vault);
    }

    int versionCount(Vault &vault, const QString &name)
    {
        auto versions = vault.keys().listVersions(name);
        return versions ? int(versions->size()) : -1;
    }

    // The notices of one key, newest first.
    static QList<Notification> noticesOf(Vault &vault, const QString &name)
    {
        NotificationFilter filter;
        filter.name = name;
        auto listed = notices::list(vault.database(), filter, {ObjectKind::Key});
        if (!listed)
            qFatal("%s", qPrintable(listed.error().toString()));
        return *listed;
    }

    static QList<audit::AuditRecord> records(Vault &vault, const QString &operation)
    {
        audit::AuditFilter filter;
        filter.operations = {operation};
        auto listed = vault.audit().list(filter);
        if (!listed)
            qFatal("%s", qPrintable(listed.error().toString()));
        return *listed;
    }

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void signAndVerifyEveryAlgorithm_data()
    {
        QTest::addColumn<KeySpec>("spec");
        QTest::addColumn<SignAlg>("alg");
        const QList<KeySpec> specs {KeySpec::rsa(2048),        KeySpec::rsa(3072),       KeySpec::ec(Curve::P256),
                                    KeySpec::ec(Curve::P256K), KeySpec::ec(Curve::P384), KeySpec::ec(Curve::P521)};
        for (const KeySpec &spec : specs)
            for (SignAlg alg : crypto::signAlgsFor(spec))
                QTest::addRow("%s-%d-%s", spec.type == KeyType::Rsa ? "RSA" : "EC", spec.bits,
                              qPrintable(crypto::signAlgName(alg)))
                        << spec << alg;
    }

    void signAndVerifyEveryAlgorithm()
    {
        QFETCH(KeySpec, spec);
        QFETCH(SignAlg, alg);
        auto vault = makeVault();
        KeyStore &keys = vault->keys();
        auto key = keys.create(QStringLiteral("signer"), request(spec));
        COFFER_VERIFY_OK(key);
        QCOMPARE(key->spec, spec);
        QCOMPARE(key->protection, Protection::Software);
        QVERIFY(!key->publicDer.isEmpty());
        const int length = crypto::digestLength(crypto::signDigest(alg));
        const QByteArray digest = digestOf("the data to sign", length);
        auto signed_ = keys.sign(QStringLiteral("signer"), {}, alg, digest);
        COFFER_VERIFY_OK(signed_);
        QCOMPARE(signed_->kid, key->kid());
        if (spec.type == KeyType::Ec)
            QCOMPARE(signed_->signature.size(), 2 * crypto::curveFieldBytes(*spec.curve));
        auto der = keys.exportPublic(QStringLiteral("signer"), {}, PublicFormat::Der);
        COFFER_VERIFY_OK(der);
        QCOMPARE(*der, key->publicDer);
        QVERIFY2(opensslVerifies(*der, alg, digest, signed_->signature), "OpenSSL does not verify the signature");

        auto valid = keys.verify(QStringLiteral("signer"), {}, alg, digest, signed_->signature);
        COFFER_VERIFY_OK(valid);
        QVERIFY(*valid);
        QByteArray tampered = signed_->signature;
        tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 1);
        valid = keys.verify(QStringLiteral("signer"), {}, alg, digest, tampered);
        COFFER_VERIFY_OK(valid);
        QVERIFY(!*valid);
        // A digest of the wrong length is refused before the key is touched.
        COFFER_VERIFY_ERROR(keys.sign(QStringLiteral("signer"), {}, alg, digest.left(20)), ErrorCode::InvalidArgument);
    }

    void wrongAlgorithmForKeyType()
    {
        auto vault = makeVault();
        KeyStore &keys = vault->keys();
        COFFER_VERIFY_OK(keys.create(QStringLiteral("rsa"), request(KeySpec::rsa(2048))));
        COFFER_VERIFY_OK(keys.create(QStringLiteral("ec"), request(KeySpec::ec(Curve::P256))));
        const QByteArray d32 = digestOf("x", 32);
        auto wrong = keys.sign(QStringLiteral("rsa"), {}, SignAlg::ES256, d32);
        COFFER_VERIFY_ERROR(wrong, ErrorCode::InvalidArgument);
        QVERIFY2(wrong.error().context().contains(u"ES256"), qPrintable(wrong.error().context()));
        COFFER_VERIFY_ERROR(keys.sign(QStringLiteral("ec"), {}, SignAlg::ES384, digestOf("x", 48)),
                            ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(keys.encrypt(QStringLiteral("ec"), {}, EncAlg::RsaOaep256, "data"),
                            ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(keys.encrypt(QStringLiteral("rsa"), {}, EncAlg::A256GCM, "data"),
                            ErrorCode::InvalidArgument);
    }

    void rsaEncryptionInteroperates_data()
    {
        QTest::addColumn<EncAlg>("alg");
        QTest::newRow("RSA-OAEP") << EncAlg::RsaOaep;
        QTest::newRow("RSA-OAEP-256") << EncAlg::RsaOaep256;
        QTest::newRow("RSA1_5") << EncAlg::Rsa1_5;
    }

    void rsaEncryptionInteroperates()
    {
        QFETCH(EncAlg, alg);
        auto vault = makeVault();
        KeyStore &keys = vault->keys();
        auto key = keys.create(QStringLiteral("enc"), request(KeySpec::rsa(2048)));
        COFFER_VERIFY_OK(key);
        const QByteArray plaintext("a data key of 32 bytes, exactly!");
        auto encrypted = keys.encrypt(QStringLiteral("enc"), {}, alg, plaintext);
        COFFER_VERIFY_OK(encrypted);
        QCOMPARE(encrypted->result.size(), 256);
        QVERIFY(encrypted->result != plaintext);
        auto decrypted = keys.decrypt(QStringLiteral("enc"), {}, alg, {encrypted->result, {}, {}, {}});
        COFFER_VERIFY_OK(decrypted);
        QCOMPARE(decrypted->result.view().toByteArray(), plaintext);
        // wrap/unwrap are the same operations under their own key_ops.
        auto wrapped = keys.wrapKey(QStringLiteral("enc"), {}, alg, plaintext);
        COFFER_VERIFY_OK(wrapped);
        auto unwrapped = keys.unwrapKey(QStringLiteral("enc"), {}, alg, {wrapped->result, {}, {}, {}});
        COFFER_VERIFY_OK(unwrapped);
        QCOMPARE(unwrapped->result.view().toByteArray(), plaintext);
        // Altered ciphertext: one message, no detail.
        QByteArray altered = encrypted->result;
        altered[10] = char(altered[10] ^ 0x40);
        auto failed = keys.decrypt(QStringLiteral("enc"), {}, alg, {altered, {}, {}, {}});
        if (failed) // RSA1_5 may "succeed" with garbage (implicit rejection); it must never give the plaintext
            QVERIFY(failed->result.view().toByteArray() != plaintext);
        else
            QCOMPARE(failed.error().code(), ErrorCode::Crypto);
        // Too long for the key.
        COFFER_VERIFY_ERROR(keys.encrypt(QStringLiteral("enc"), {}, alg, QByteArray(250, 'x')),
                            ErrorCode::InvalidArgument);
    }

    void opensslOaep256CiphertextDecrypts()
    {
        auto vault = makeVault();
        auto key = vault->keys().create(QStringLiteral("enc"), request(KeySpec::rsa(3072)));
        COFFER_VERIFY_OK(key);
        const QByteArray ct = opensslOaep256(key->publicDer, "from openssl");
        QCOMPARE(ct.size(), 384);
        auto plain = vault->keys().decrypt(QStringLiteral("enc"), {}, EncAlg::RsaOaep256, {ct, {}, {}, {}});
        COFFER_VERIFY_OK(plain);
        QCOMPARE(plain->result.view().toByteArray(), QByteArray("from openssl"));
    }

    void octKeys_data()
    {
        QTest::addColumn<int>("bits");
        QTest::newRow("128") << 128;
        QTest::newRow("192") << 192;
        QTest::newRow("256") << 256;
    }

    void octKeys()
    {
        QFETCH(int, bits);
        auto vault = makeVault();
        KeyStore &keys = vault->keys();
        auto key = keys.create(QStringLiteral("aes"), request(KeySpec::oct(bits)));
        COFFER_VERIFY_OK(key);
        QVERIFY(key->publicDer.isEmpty());
        QCOMPARE(key->kty(), QStringLiteral("oct"));
        const EncAlg gcm = crypto::encryptAlgsFor(KeySpec::oct(bits)).constFirst();
        const EncAlg kw = crypto::wrapAlgsFor(KeySpec::oct(bits)).constFirst();
        QCOMPARE(crypto::aesAlgKeyBits(gcm), bits);
        auto encrypted = keys.encrypt(QStringLiteral("aes"), {}, gcm, "secret payload", "header");
        COFFER_VERIFY_OK(encrypted);
        QCOMPARE(encrypted->iv.size(), 12);
        QCOMPARE(encrypted->tag.size(), 16);
        QCOMPARE(encrypted->aad, QByteArray("header"));
        auto decrypted = keys.decrypt(QStringLiteral("aes"), {}, gcm,
                                      {encrypted->result, encrypted->iv, encrypted->tag, encrypted->aad});
        COFFER_VERIFY_OK(decrypted);
        QCOMPARE(decrypted->result.view().toByteArray(), QByteArray("secret payload"));
        QByteArray tag = encrypted->tag;
        tag[0] = char(tag[0] ^ 1);
        COFFER_VERIFY_ERROR(keys.decrypt(QStringLiteral("aes"), {}, gcm, {encrypted->result, encrypted->iv, tag, {}}),
                            ErrorCode::Crypto);
        const QByteArray dataKey(32, 'k');
        auto wrapped = keys.wrapKey(QStringLiteral("aes"), {}, kw, dataKey);
        COFFER_VERIFY_OK(wrapped);
        QCOMPARE(wrapped->result.size(), 40);
        auto unwrapped = keys.unwrapKey(QStringLiteral("aes"), {}, kw, {wrapped->result, {}, {}, {}});
        COFFER_VERIFY_OK(unwrapped);
        QCOMPARE(unwrapped->result.view().toByteArray(), dataKey);
        // A symmetric key has no public half; its JWK never carries k.
        COFFER_VERIFY_ERROR(keys.exportPublic(QStringLiteral("aes"), {}, PublicFormat::Pem),
                            ErrorCode::InvalidArgument);
        auto jwk = keys.publicJwk(QStringLiteral("aes"));
        COFFER_VERIFY_OK(jwk);
        QVERIFY(!jwk->contains(u"k"));
        QCOMPARE(jwk->value(u"kty").toString(), QStringLiteral("oct"));
    }

    void keyOpsAreEnforced()
    {
        auto vault = makeVault();
        KeyStore &keys = vault->keys();
        auto key = keys.create(QStringLiteral("verify-only"), request(KeySpec::rsa(2048), KeyOps(KeyOp::Verify)));
        COFFER_VERIFY_OK(key);
        QCOMPARE(key->ops, KeyOps(KeyOp::Verify));
        auto denied = keys.sign(QStringLiteral("verify-only"), {}, SignAlg::RS256, digestOf("x", 32));
        COFFER_VERIFY_ERROR(denied, ErrorCode::InvalidArgument);
        QVERIFY2(denied.error().context().contains(u"sign"), qPrintable(denied.error().context()));
        COFFER_VERIFY_ERROR(keys.encrypt(QStringLiteral("verify-only"), {}, EncAlg::RsaOaep, "x"),
                            ErrorCode::InvalidArgument);
        // An EC key cannot be asked to encrypt at all.
        COFFER_VERIFY_ERROR(
                keys.create(QStringLiteral("ec"), request(KeySpec::ec(Curve::P256), KeyOps(KeyOp::Encrypt))),
                ErrorCode::InvalidArgument);
        // Narrowing later works; sign is then refused for the signer too.
        COFFER_VERIFY_OK(keys.create(QStringLiteral("signer"), request(KeySpec::ec(Curve::P256))));
        KeyUpdate narrow;
        narrow.ops = KeyOps(KeyOp::Verify);
        COFFER_VERIFY_OK(keys.update(QStringLiteral("signer"), {}, narrow));
        COFFER_VERIFY_ERROR(keys.sign(QStringLiteral("signer"), {}, SignAlg::ES256, digestOf("x", 32)),
                            ErrorCode::InvalidArgument);
    }

    void disabledExpiredAndNotYetValid()
    {
        auto vault = makeVault();
        KeyStore &keys = vault->keys();
        KeyCreateRequest r = request(KeySpec::rsa(2048));
        r.attributes.expires = m_clock.now().addDays(1);
        COFFER_VERIFY_OK(keys.create(QStringLiteral("k"), r));
        const QByteArray digest = digestOf("x", 32);
        auto signature = keys.sign(QStringLiteral("k"), {}, SignAlg::RS256, digest);
        COFFER_VERIFY_OK(signature);
        auto ct = keys.encrypt(QStringLiteral("k"), {}, EncAlg::RsaOaep256, "kept");
        COFFER_VERIFY_OK(ct);

        m_clock.advanceSecs(2 * 86400); // expired: sign, encrypt, wrap refused; verify, decrypt, unwrap work
        auto expired = keys.sign(QStringLiteral("k"), {}, SignAlg::RS256, digest);
        COFFER_VERIFY_ERROR(expired, ErrorCode::Forbidden);
        QVERIFY2(expired.error().context().contains(u"expired"), qPrintable(expired.error().context()));
        COFFER_VERIFY_ERROR(keys.encrypt(QStringLiteral("k"), {}, EncAlg::RsaOaep256, "x"), ErrorCode::Forbidden);
        COFFER_VERIFY_ERROR(keys.wrapKey(QStringLiteral("k"), {}, EncAlg::RsaOaep256, "x"), ErrorCode::Forbidden);
        auto valid = keys.verify(QStringLiteral("k"), {}, SignAlg::RS256, digest, signature->signature);
        COFFER_VERIFY_OK(valid);
        QVERIFY(*valid);
        auto plain = keys.decrypt(QStringLiteral("k"), {}, EncAlg::RsaOaep256, {ct->result, {}, {}, {}});
        COFFER_VERIFY_OK(plain);
        QCOMPARE(plain->result.view().toByteArray(), QByteArray("kept"));

        // Not yet valid.
        KeyCreateRequest later = request(KeySpec::ec(Curve::P256));
        later.attributes.notBefore = m_clock.now().addDays(3);
        COFFER_VERIFY_OK(keys.create(QStringLiteral("later"), later));
        COFFER_VERIFY_ERROR(keys.sign(QStringLiteral("later"), {}, SignAlg::ES256, digest), ErrorCode::Forbidden);

        // Disabled: nothing at all.
        KeyUpdate off;
        off.attributes.enabled = false;
        COFFER_VERIFY_OK(keys.update(QStringLiteral("k"), {}, off));
        COFFER_VERIFY_ERROR(keys.verify(QStringLiteral("k"), {}, SignAlg::RS256, digest, signature->signature),
                            ErrorCode::Forbidden);
        COFFER_VERIFY_ERROR(keys.decrypt(QStringLiteral("k"), {}, EncAlg::RsaOaep256, {ct->result, {}, {}, {}}),
                            ErrorCode::Forbidden);
    }

    void importPemDerAndJwk()
    {
        auto vault = makeVault();
        KeyStore &keys = vault->keys();
        KeyImportRequest pem;
        pem.data = SecureBytes(QByteArrayView(opensslPem("RSA")));
        pem.exportable = true;
        auto imported = keys.importKey(QStringLiteral("from-openssl"), pem);
        COFFER_VERIFY_OK(imported);
        QCOMPARE(imported->spec, KeySpec::rsa(2048));
        QVERIFY(imported->exportable);

        KeyImportRequest encrypted;
        encrypted.data = SecureBytes(QByteArrayView(opensslPem("EC", "pem-password")));
        encrypted.password = SecureString::fromUtf8("wrong");
        COFFER_VERIFY_ERROR(keys.importKey(QStringLiteral("ec"), encrypted), ErrorCode::WrongCredential);
        QCOMPARE(versionCount(*vault, QStringLiteral("ec")), -1); // nothing stored
        encrypted.password = SecureString::fromUtf8("pem-password");
        auto ec = keys.importKey(QStringLiteral("ec"), encrypted);
        COFFER_VERIFY_OK(ec);
        QCOMPARE(ec->spec, KeySpec::ec(Curve::P384));
        QVERIFY(!ec->exportable);

        // The exportable key's private PEM goes out (KeyRelease); it re-imports to the same public key.
        auto privatePem = keys.exportPrivate(QStringLiteral("from-openssl"));
        COFFER_VERIFY_OK(privatePem);
        QVERIFY(privatePem->view().startsWith("-----BEGIN PRIVATE KEY-----"));
        KeyImportRequest again;
        again.data = privatePem->clone();
        auto copy = keys.importKey(QStringLiteral("copy"), again);
        COFFER_VERIFY_OK(copy);
        QCOMPARE(copy->publicDer, imported->publicDer);
        COFFER_VERIFY_ERROR(keys.exportPrivate(QStringLiteral("ec")), ErrorCode::Forbidden);

        // A JWK with private members (RFC 7517 appendix A.2's EC key), key_ops taken from it.
        const QByteArray jwk = R"({"kty":"EC","crv":"P-256","key_ops":["sign"],
            "x":"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4","y":"4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM",
            "d":"870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE"})";
        KeyImportRequest fromJwk;
        fromJwk.data = SecureBytes(QByteArrayView(jwk));
        auto j = keys.importKey(QStringLiteral("jwk"), fromJwk);
        COFFER_VERIFY_OK(j);
        QCOMPARE(j->ops, KeyOps(KeyOp::Sign));
        auto pub = keys.publicJwk(QStringLiteral("jwk"));
        COFFER_VERIFY_OK(pub);
        QCOMPARE(pub->value(u"x").toString(), QStringLiteral("MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4"));
        QCOMPARE(pub->value(u"crv").toString(), QStringLiteral("P-256"));
        QVERIFY(!pub->contains(u"d"));
        QCOMPARE(pub->value(u"kid").toString(), j->kid());

        KeyImportRequest garbage;
        garbage.data = SecureBytes(QByteArrayView("not a key at all"));
        COFFER_VERIFY_ERROR(keys.importKey(QStringLiteral("bad"), garbage), ErrorCode::InvalidArgument);
        KeyImportRequest malformedJwk;
        malformedJwk.data = SecureBytes(QByteArrayView(R"({"kty":"RSA","n":"AQAB"})"));
        COFFER_VERIFY_ERROR(keys.importKey(QStringLiteral("bad"), malformedJwk), ErrorCode::InvalidArgument);
        QCOMPARE(versionCount(*vault, QStringLiteral("bad")), -1);
    }

    void lifecycleAndBackup()
    {
        auto vault = makeVault();
        KeyStore &keys = vault->keys();
        KeyCreateRequest r = request(KeySpec::ec(Curve::P256));
        r.attributes.tags = {{QStringLiteral("team"), QStringLiteral("payments")}};
        auto v1 = keys.create(QStringLiteral("life"), r);
        COFFER_VERIFY_OK(v1);
        m_clock.advanceSecs(60);
        auto v2 = keys.rotate(QStringLiteral("life"));
        COFFER_VERIFY_OK(v2);
        QVERIFY(v2->info.version != v1->info.version);
        QCOMPARE(v2->spec, v1->spec);
        QCOMPARE(v2->ops, v1->ops);
        QCOMPARE(v2->info.tags, r.attributes.tags);
        QVERIFY(v2->publicDer != v1->publicDer); // new material
        QCOMPARE(versionCount(*vault, QStringLiteral("life")), 2);
        auto listed = keys.list();
        COFFER_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().info.version, v2->info.version);
        QCOMPARE(listed->first().spec, KeySpec::ec(Curve::P256));
        QCOMPARE(listed->first().versionCount, 2);

        // The old version still signs and verifies by its id.
        const QByteArray digest = digestOf("x", 32);
        auto old = keys.sign(QStringLiteral("life"), v1->info.version, SignAlg::ES256, digest);
        COFFER_VERIFY_OK(old);
        QVERIFY(opensslVerifies(v1->publicDer, SignAlg::ES256, digest, old->signature));

        auto backup = keys.backup(QStringLiteral("life"));
        COFFER_VERIFY_OK(backup);
        QVERIFY(!backup->contains(v1->publicDer)); // sealed
        COFFER_VERIFY_OK(keys.remove(QStringLiteral("life")));
        COFFER_VERIFY_ERROR(keys.sign(QStringLiteral("life"), {}, SignAlg::ES256, digest), ErrorCode::NotFound);
        auto deleted = keys.listDeleted();
        COFFER_VERIFY_OK(deleted);
        QCOMPARE(deleted->size(), 1);
        COFFER_VERIFY_ERROR(keys.create(QStringLiteral("life"), r), ErrorCode::Conflict);
        COFFER_VERIFY_OK(keys.recover(QStringLiteral("life")));
        COFFER_VERIFY_OK(keys.sign(QStringLiteral("life"), {}, SignAlg::ES256, digest));
        COFFER_VERIFY_ERROR(keys.restore(*backup), ErrorCode::Conflict);
        COFFER_VERIFY_OK(keys.remove(QStringLiteral("life")));
        COFFER_VERIFY_OK(keys.purge(QStringLiteral("life")));
        auto restored = keys.restore(*backup);
        COFFER_VERIFY_OK(restored);
        QCOMPARE(restored->info.version, v2->info.version);
        QCOMPARE(versionCount(*vault, QStringLiteral("life")), 2);
        auto fromOld = keys.verify(QStringLiteral("life"), v1->info.version, SignAlg::ES256, digest, old->signature);
        COFFER_VERIFY_OK(fromOld);
        QVERIFY(*fromOld);
        // A secret's backup is not a key's.
        COFFER_VERIFY_OK(vault->secrets().set(QStringLiteral("s"), SecureBytes(QByteArrayView("v"))));
        auto secretBackup = vault->secrets().backup(QStringLiteral("s"));
        COFFER_VERIFY_OK(secretBackup);
        COFFER_VERIFY_ERROR(keys.restore(*secretBackup), ErrorCode::InvalidArgument);
    }

    void rotationPolicyAndDueRotations()
    {
        auto vault = makeVault();
        KeyStore &keys = vault->keys();
        KeyCreateRequest r = request(KeySpec::ec(Curve::P256));
        r.attributes.expires = m_clock.now().addDays(365);
        COFFER_VERIFY_OK(keys.create(QStringLiteral("rotating"), r));
        COFFER_VERIFY_OK(keys.create(QStringLiteral("static"), request(KeySpec::ec(Curve::P256))));

        // The default policy before any is set.
        auto policy = keys.rotationPolicy(QStringLiteral("rotating"));
        COFFER_VERIFY_OK(policy);
        QVERIFY(policy->id.endsWith(u"/keys/rotating/rotationpolicy"));

        const QJsonObject invalid = QJsonDocument::fromJson(R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":
            "P3D"},"action":{"type":"Rotate"}}]})")
                                            .object();
        auto bad = rotation::RotationPolicy::fromJson(invalid);
        COFFER_VERIFY_OK(bad);
        COFFER_VERIFY_ERROR(keys.setRotationPolicy(QStringLiteral("rotating"), *bad), ErrorCode::InvalidArgument);

        auto good = rotation::RotationPolicy::fromJson(QJsonDocument::fromJson(R"({"lifetimeActions":[
            {"trigger":{"timeAfterCreate":"P90D"},"action":{"type":"Rotate"}},
            {"trigger":{"timeBeforeExpiry":"P30D"},"action":{"type":"Notify"}}],
            "attributes":{"expiryTime":"P1Y"}})")
                                                               .object());
        COFFER_VERIFY_OK(good);
        auto stored = keys.setRotationPolicy(QStringLiteral("rotating"), *good);
        COFFER_VERIFY_OK(stored);
        QCOMPARE(stored->lifetimeActions.size(), 2);

        auto schedule = keys.rotationSchedule();
        COFFER_VERIFY_OK(schedule);
        QCOMPARE(schedule->size(), 2);
        const KeyRotationStatus &first = schedule->at(0);
        QCOMPARE(first.name, QStringLiteral("rotating"));
        QVERIFY(first.hasPolicy);
        QVERIFY(!first.rotationDue);
        QCOMPARE(first.nextRotations.size(), 3);
        QCOMPARE(first.nextRotations.first(), m_clock.now().addDays(90));

        auto none = keys.rotateDue(false);
        COFFER_VERIFY_OK(none);
        QVERIFY(none->isEmpty());

        m_clock.advanceSecs(91 * 86400);
        auto dry = keys.rotateDue(true);
        COFFER_VERIFY_OK(dry);
        QCOMPARE(dry->size(), 1);
        QCOMPARE(dry->first().action, KeyRotationOutcome::Action::WouldRotate);
        QCOMPARE(versionCount(*vault, QStringLiteral("rotating")), 1);
        auto ran = keys.rotateDue(false);
        COFFER_VERIFY_OK(ran);
        QCOMPARE(ran->size(), 1);
        QCOMPARE(ran->first().action, KeyRotationOutcome::Action::Rotated);
        QCOMPARE(versionCount(*vault, QStringLiteral("rotating")), 2);
        auto current = keys.show(QStringLiteral("rotating"));
        COFFER_VERIFY_OK(current);
        QCOMPARE(current->info.version, ran->first().newVersion);
        QCOMPARE(current->info.attributes.expires, std::optional<QDateTime>(m_clock.now().addYears(1)));
        auto again = keys.rotateDue(false);
        COFFER_VERIFY_OK(again);
        QVERIFY(again->isEmpty()); // one rotation per due time

        // Near expiry of the new version: one notification, then none.
        m_clock.advanceSecs(qint64(m_clock.now().daysTo(m_clock.now().addYears(1)) - 20) * 86400);
        // (90 days after creation comes first: rotated again, no notice for the old version.)
        auto later = keys.rotateDue(false);
        COFFER_VERIFY_OK(later);
        QCOMPARE(later->size(), 1);
        QCOMPARE(later->first().action, KeyRotationOutcome::Action::Rotated);

        // The audit log has KeyRotateIfDue records for the scheduled rotations, with why and from which version.
        const QList<audit::AuditRecord> rotations = records(*vault, QStringLiteral("KeyRotateIfDue"));
        QCOMPARE(rotations.size(), 2);
        for (const audit::AuditRecord &record : rotations) {
            QVERIFY2(record.details.value(u"reason").toString().startsWith(u"90 days after creation"),
                     QJsonDocument(record.details).toJson().constData());
            QVERIFY(!record.details.value(u"previousVersion").toString().isEmpty());
        }
        // Each rotation left a "rotated" notice on the version it made (none on the first version).
        const QList<Notification> notices = noticesOf(*vault, QStringLiteral("rotating"));
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices.at(0).version, later->first().newVersion);
        QCOMPARE(notices.at(1).version, ran->first().newVersion);
        for (const Notification &notice : notices) {
            QCOMPARE(notice.type, NotificationType::Rotated);
            QVERIFY2(notice.reason.startsWith(u"scheduled: 90 days after creation"), qPrintable(notice.reason));
        }
        // A rotation by hand too.
        auto byHand = keys.rotate(QStringLiteral("static"));
        COFFER_VERIFY_OK(byHand);
        const QList<Notification> manual = noticesOf(*vault, QStringLiteral("static"));
        QCOMPARE(manual.size(), 1);
        QCOMPARE(manual.first().version, byHand->info.version);
        QCOMPARE(manual.first().reason, QStringLiteral("rotated by hand"));
    }

    void dueRotationSkipsADisabledKey()
    {
        auto vault = makeVault();
        KeyStore &keys = vault->keys();
        COFFER_VERIFY_OK(keys.create(QStringLiteral("killed"), request(KeySpec::ec(Curve::P256))));
        auto policy = rotation::RotationPolicy::fromJson(
                QJsonDocument::fromJson(
                        R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P30D"},"action":{"type":"Rotate"}}]})")
                        .object());
        COFFER_VERIFY_OK(policy);
        COFFER_VERIFY_OK(keys.setRotationPolicy(QStringLiteral("killed"), *policy));
        KeyUpdate off;
        off.attributes.enabled = false; // an admin's kill switch
        COFFER_VERIFY_OK(keys.update(QStringLiteral("killed"), {}, off));
        m_clock.advanceSecs(31 * 86400);
        auto ran = keys.rotateDue(false);
        COFFER_VERIFY_OK(ran);
        QCOMPARE(ran->size(), 1);
        QCOMPARE(ran->first().action, KeyRotationOutcome::Action::Skipped);
        QVERIFY2(ran->first().reason.contains(u"disabled"), qPrintable(ran->first().reason));
        QCOMPARE(versionCount(*vault, QStringLiteral("killed")), 1); // no new enabled version behind the admin
    }

    void notifyOncePerVersion()
    {
        auto vault = makeVault();
        KeyStore &keys = vault->keys();
        KeyCreateRequest r = request(KeySpec::oct(256));
        r.attributes.expires = m_clock.now().addDays(40);
        COFFER_VERIFY_OK(keys.create(QStringLiteral("expiring"), r));
        // No policy: Azure's default (notify 30 days before expiry).
        m_clock.advanceSecs(11 * 86400);
        auto ran = keys.rotateDue(false);
        COFFER_VERIFY_OK(ran);
        QCOMPARE(ran->size(), 1);
        QCOMPARE(ran->first().action, KeyRotationOutcome::Action::Notified);
        auto again = keys.rotateDue(false);
        COFFER_VERIFY_OK(again);
        QVERIFY(again->isEmpty());
        QCOMPARE(versionCount(*vault, QStringLiteral("expiring")), 1);
        // Recorded with Azure's event name (not as a rotation), and as a near_expiry notice due 30 days before.
        QCOMPARE(records(*vault, QStringLiteral("KeyNearExpiryEventGridNotification")).size(), 1);
        QCOMPARE(records(*vault, QStringLiteral("KeyRotateIfDue")).size(), 0);
        QList<Notification> notices = noticesOf(*vault, QStringLiteral("expiring"));
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().type, NotificationType::NearExpiry);
        QCOMPARE(notices.first().at, m_clock.now());
        QCOMPARE(notices.first().due, std::optional<QDateTime>(r.attributes.expires->addDays(-30)));

        // Moving the expiry out re-arms the notice: due again 30 days before the new expiry, once.
        KeyUpdate later;
        later.attributes.expires = std::optional<QDateTime>(r.attributes.expires->addDays(60));
        COFFER_VERIFY_OK(keys.update(QStringLiteral("expiring"), {}, later));
        auto quiet = keys.rotateDue(false);
        COFFER_VERIFY_OK(quiet);
        QVERIFY(quiet->isEmpty());
        m_clock.advanceDays(60);
        auto rearmed = keys.rotateDue(false);
        COFFER_VERIFY_OK(rearmed);
        QCOMPARE(rearmed->size(), 1);
        QCOMPARE(rearmed->first().action, KeyRotationOutcome::Action::Notified);
        auto once = keys.rotateDue(false);
        COFFER_VERIFY_OK(once);
        QVERIFY(once->isEmpty());
        notices = noticesOf(*vault, QStringLiteral("expiring"));
        QCOMPARE(notices.size(), 1); // one row per version and type, moved
        QCOMPARE(notices.first().at, m_clock.now());
        QCOMPARE(notices.first().due, std::optional<QDateTime>(r.attributes.expires->addDays(30)));
        QCOMPARE(records(*vault, QStringLiteral("KeyNearExpiryEventGridNotification")).size(), 2);
    }

    void accessIsCheckedAndRecorded()
    {
        auto vault = makeVault();
        const QString path = vault->path();
        COFFER_VERIFY_OK(vault->keys().create(QStringLiteral("signing"), request(KeySpec::rsa(2048))));
        COFFER_VERIFY_OK(vault->keys().create(QStringLiteral("aes"), request(KeySpec::oct(256))));
        COFFER_VERIFY_OK(vault->access().createUser(QStringLiteral("carol"), SecureString::fromUtf8("carol-pw"),
                                                    Argon2Params::fastForTests()));
        COFFER_VERIFY_OK(vault->access().createUser(QStringLiteral("dave"), SecureString::fromUtf8("dave-pw"),
                                                    Argon2Params::fastForTests()));
        COFFER_VERIFY_OK(vault->access().assign(QStringLiteral("Key Vault Crypto User"), QStringLiteral("carol"),
                                                access::Scope::object(ObjectKind::Key, QStringLiteral("signing"))));
        COFFER_VERIFY_OK(vault->access().assign(QStringLiteral("Key Vault Reader"), QStringLiteral("dave"),
                                                access::Scope::vault()));
        vault.reset();

        const QByteArray digest = digestOf("x", 32);
        {
            auto carol = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("carol-pw")), m_clock);
            COFFER_VERIFY_OK(carol);
            KeyStore &keys = (*carol)->keys();
            COFFER_VERIFY_OK(keys.sign(QStringLiteral("signing"), {}, SignAlg::PS256, digest));
            COFFER_VERIFY_ERROR(keys.sign(QStringLiteral("aes"), {}, SignAlg::PS256, digest), ErrorCode::Forbidden);
            COFFER_VERIFY_ERROR(keys.create(QStringLiteral("new"), request(KeySpec::ec(Curve::P256))),
                                ErrorCode::Forbidden);
            COFFER_VERIFY_ERROR(keys.rotate(QStringLiteral("signing")), ErrorCode::Forbidden);
        }
        {
            auto dave = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("dave-pw")), m_clock);
            COFFER_VERIFY_OK(dave);
            KeyStore &keys = (*dave)->keys();
            // keys/read allows the public halves of asymmetric keys (Azure), not private operations.
            COFFER_VERIFY_OK(keys.encrypt(QStringLiteral("signing"), {}, EncAlg::RsaOaep256, "x"));
            COFFER_VERIFY_ERROR(keys.sign(QStringLiteral("signing"), {}, SignAlg::RS256, digest), ErrorCode::Forbidden);
            COFFER_VERIFY_ERROR(keys.encrypt(QStringLiteral("aes"), {}, EncAlg::A256GCM, "x"), ErrorCode::Forbidden);
            COFFER_VERIFY_OK(keys.exportPublic(QStringLiteral("signing"), {}, PublicFormat::Pem));
        }
        auto owner = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("pw")), m_clock);
        COFFER_VERIFY_OK(owner);
        audit::AuditFilter filter;
        filter.operations = {QStringLiteral("KeySign")};
        auto records = (*owner)->audit().list(filter);
        COFFER_VERIFY_OK(records);
        QCOMPARE(records->size(), 3); // carol's PS256, carol's denied aes, dave's denied RS256
        int denied = 0;
        for (const audit::AuditRecord &record : *records) {
            if (record.result != audit::AuditResult::Success)
                ++denied;
            QVERIFY(!QJsonDocument(record.details).toJson().contains(digest.toBase64()));
        }
        QCOMPARE(denied, 2);
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "TestKeyStore.moc"
