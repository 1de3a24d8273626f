// KeyStore with HSM keys on a fresh SoftHSM2 token (CTest fixture): binding, PIN from the keychain, every key
// type x algorithm checked against OpenSSL in the test, what the token really holds, purge removing the token
// objects (also when the token was away), import onto the token, rotation, backup limits.

#include "core/audit/AuditService.h"
#include "core/vault/HsmBinding.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "tests/support/FakeKeychainStore.h"
#include "tests/support/SoftHsm.h"
#include "tests/support/TestUtil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace coffer;

namespace {

const EVP_MD *mdOf(qsizetype length)
{
    return length == 32 ? EVP_sha256() : length == 48 ? EVP_sha384() : EVP_sha512();
}

bool opensslVerifies(const QByteArray &spki, SignAlg alg, const QByteArray &digest, QByteArray signature)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(spki.constData());
    EVP_PKEY *pkey = d2i_PUBKEY(nullptr, &p, long(spki.size()));
    if (!pkey)
        return false;
    const QString name = crypto::signAlgName(alg);
    if (name.startsWith(u"ES")) {
        const int n = int(signature.size() / 2);
        ECDSA_SIG *sig = ECDSA_SIG_new();
        const auto *raw = reinterpret_cast<const unsigned char *>(signature.constData());
        ECDSA_SIG_set0(sig, BN_bin2bn(raw, n, nullptr), BN_bin2bn(raw + n, n, nullptr));
        unsigned char *der = nullptr;
        const int len = i2d_ECDSA_SIG(sig, &der);
        signature = QByteArray(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
        ECDSA_SIG_free(sig);
    }
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(pkey, nullptr);
    bool ok = EVP_PKEY_verify_init(ctx) == 1 && EVP_PKEY_CTX_set_signature_md(ctx, mdOf(digest.size())) == 1;
    if (name.startsWith(u"PS"))
        ok = ok && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) == 1
                && EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, int(digest.size())) == 1;
    ok = ok
            && EVP_PKEY_verify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                               std::size_t(signature.size()),
                               reinterpret_cast<const unsigned char *>(digest.constData()), std::size_t(digest.size()))
                    == 1;
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    return ok;
}

QByteArray digestOf(QByteArrayView data, int length)
{
    return QCryptographicHash::hash(data,
                                    length == 32           ? QCryptographicHash::Sha256
                                            : length == 48 ? QCryptographicHash::Sha384
                                                           : QCryptographicHash::Sha512);
}

KeyCreateRequest hsmRequest(const KeySpec &spec, std::optional<KeyOps> ops = std::nullopt)
{
    KeyCreateRequest r;
    r.spec = spec;
    r.protection = Protection::Hsm;
    r.ops = ops;
    return r;
}

} // namespace

class TestKeyStoreHsm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {test::fixedStart()};
    std::optional<test::TestToken> m_token;
    int m_counter = 0;

    std::unique_ptr<Vault> makeBoundVault()
    {
        VaultCreateOptions o;
        o.parentFolder = m_dir.path();
        o.name = QStringLiteral("H%1").arg(++m_counter, 3, 10, QLatin1Char('0'));
        o.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(o, SecureString::fromUtf8("pw"), m_clock);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        auto bound = created->vault->hsm().bind(m_token->module, m_token->label, m_token->pin);
        if (!bound)
            qFatal("%s", qPrintable(bound.error().toString()));
        return std::move(created->vault);
    }

    // The token as a second application sees it (what is really stored there).
    std::unique_ptr<hsm::HsmToken> directToken()
    {
        auto token = hsm::HsmToken::open(m_token->ref(), m_token->pin);
        if (!token)
            qFatal("%s", qPrintable(token.error().toString()));
        return std::move(*token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_token = test::testToken();
        if (!m_token)
            QSKIP(qPrintable(test::softHsmSkipReason()));
    }
    void init() { test::failOnAnyWarning(); }

    void bindingNeedsTheRightPin()
    {
        VaultCreateOptions o;
        o.parentFolder = m_dir.path();
        o.name = QStringLiteral("Unbound");
        o.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(o, SecureString::fromUtf8("pw"), m_clock);
        COFFER_VERIFY_OK(created);
        Vault &vault = *created->vault;
        auto none = vault.keys().create(QStringLiteral("k"), hsmRequest(KeySpec::ec(Curve::P256)));
        COFFER_VERIFY_ERROR(none, ErrorCode::HsmUnavailable);
        QVERIFY2(none.error().context().contains(u"vault hsm bind"), qPrintable(none.error().context()));
        COFFER_VERIFY_ERROR(vault.hsm().bind(m_token->module, m_token->label, SecureString::fromUtf8("0000")),
                            ErrorCode::WrongCredential);
        QVERIFY(!vault.hsm().binding());
        COFFER_VERIFY_ERROR(vault.hsm().bind(QStringLiteral("/nonexistent/libpkcs11.so"), m_token->label, m_token->pin),
                            ErrorCode::HsmUnavailable);
        auto wrongLabel = vault.hsm().bind(m_token->module, QStringLiteral("no-such-token"), m_token->pin);
        QVERIFY(!wrongLabel);
        QVERIFY2(wrongLabel.error().context().contains(u"no-such-token"), qPrintable(wrongLabel.error().context()));
        auto bound = vault.hsm().bind(m_token->module, m_token->label, m_token->pin);
        COFFER_VERIFY_OK(bound);
        QCOMPARE(bound->tokenLabel, m_token->label);
        QVERIFY(!bound->tokenSerial.isEmpty());
        auto status = vault.hsm().status();
        COFFER_VERIFY_OK(status);
        QVERIFY(status->bound);
        QVERIFY(status->tokenPresent);
        QVERIFY(status->loggedIn);
        QVERIFY2(status->supported.contains(u"ES256"), qPrintable(status->supported.join(u',')));
        QCOMPARE(status->keyCount, 0);
    }

    void everyTypeAndAlgorithm_data()
    {
        QTest::addColumn<KeySpec>("spec");
        QTest::newRow("RSA-HSM 2048") << KeySpec::rsa(2048);
        QTest::newRow("EC-HSM P-256") << KeySpec::ec(Curve::P256);
        QTest::newRow("EC-HSM P-256K") << KeySpec::ec(Curve::P256K);
        QTest::newRow("EC-HSM P-384") << KeySpec::ec(Curve::P384);
        QTest::newRow("EC-HSM P-521") << KeySpec::ec(Curve::P521);
        QTest::newRow("oct-HSM 128") << KeySpec::oct(128);
        QTest::newRow("oct-HSM 256") << KeySpec::oct(256);
    }

    void everyTypeAndAlgorithm()
    {
        QFETCH(KeySpec, spec);
        auto vault = makeBoundVault();
        KeyStore &keys = vault->keys();
        auto key = keys.create(QStringLiteral("hsm-key"), hsmRequest(spec));
        COFFER_VERIFY_OK(key);
        QCOMPARE(key->protection, Protection::Hsm);
        QVERIFY(key->kty().endsWith(u"-HSM"));
        QCOMPARE(key->hsmId.size(), 16);
        QVERIFY(key->hsmLocal);

        // What the token holds: sensitive, never extractable, generated there, exactly the asked usages.
        auto token = directToken();
        auto attributes = token->attributes({key->hsmId, spec});
        COFFER_VERIFY_OK(attributes);
        QVERIFY(attributes->sensitive);
        QVERIFY(!attributes->extractable);
        QVERIFY(attributes->neverExtractable);
        QVERIFY(attributes->local);
        QVERIFY(attributes->label.endsWith(QStringLiteral("/hsm-key/") + key->info.version));

        for (SignAlg alg : crypto::signAlgsFor(spec)) {
            const QByteArray digest = digestOf("hsm data", crypto::digestLength(crypto::signDigest(alg)));
            auto signature = keys.sign(QStringLiteral("hsm-key"), {}, alg, digest);
            COFFER_VERIFY_OK(signature);
            QVERIFY2(opensslVerifies(key->publicDer, alg, digest, signature->signature),
                     qPrintable(crypto::signAlgName(alg)));
            auto valid = keys.verify(QStringLiteral("hsm-key"), {}, alg, digest, signature->signature);
            COFFER_VERIFY_OK(valid);
            QVERIFY(*valid);
        }
        for (EncAlg alg : crypto::encryptAlgsFor(spec)) {
            const QByteArray aad = crypto::isGcmAlg(alg) ? QByteArray("aad") : QByteArray();
            auto encrypted = keys.encrypt(QStringLiteral("hsm-key"), {}, alg, "to the token", aad);
            COFFER_VERIFY_OK(encrypted);
            auto decrypted = keys.decrypt(QStringLiteral("hsm-key"), {}, alg,
                                          {encrypted->result, encrypted->iv, encrypted->tag, encrypted->aad});
            COFFER_VERIFY_OK(decrypted);
            QCOMPARE(decrypted->result.view().toByteArray(), QByteArray("to the token"));
        }
        if (spec.type == KeyType::Rsa) {
            for (EncAlg alg : crypto::wrapAlgsFor(spec)) {
                auto wrapped = keys.wrapKey(QStringLiteral("hsm-key"), {}, alg, QByteArray(32, 'w'));
                COFFER_VERIFY_OK(wrapped);
                auto unwrapped = keys.unwrapKey(QStringLiteral("hsm-key"), {}, alg, {wrapped->result, {}, {}, {}});
                COFFER_VERIFY_OK(unwrapped);
                QCOMPARE(unwrapped->result.view().toByteArray(), QByteArray(32, 'w'));
            }
        }
        if (spec.type == KeyType::Oct) // the token cannot AES-key-wrap caller data (SoftHSM 2.6)
            COFFER_VERIFY_ERROR(keys.wrapKey(QStringLiteral("hsm-key"), {}, crypto::wrapAlgsFor(spec).constFirst(),
                                             QByteArray(32, 'w')),
                                ErrorCode::InvalidArgument);
        // The private part never leaves the token.
        COFFER_VERIFY_ERROR(keys.exportPrivate(QStringLiteral("hsm-key")), ErrorCode::Forbidden);
    }

    void keyOpsAreUsageAttributes()
    {
        auto vault = makeBoundVault();
        KeyStore &keys = vault->keys();
        auto key = keys.create(QStringLiteral("verify-only"),
                               hsmRequest(KeySpec::rsa(2048), KeyOps(KeyOp::Verify) | KeyOp::Encrypt));
        COFFER_VERIFY_OK(key);
        auto attributes = directToken()->attributes({key->hsmId, key->spec});
        COFFER_VERIFY_OK(attributes);
        QCOMPARE(attributes->usages, KeyOps(KeyOp::Verify) | KeyOp::Encrypt);
        COFFER_VERIFY_ERROR(keys.sign(QStringLiteral("verify-only"), {}, SignAlg::RS256, digestOf("x", 32)),
                            ErrorCode::InvalidArgument);
        // Widening an HSM key's ops is refused (the token fixed them); narrowing works.
        KeyUpdate widen;
        widen.ops = KeyOps(KeyOp::Verify) | KeyOp::Sign;
        COFFER_VERIFY_ERROR(keys.update(QStringLiteral("verify-only"), {}, widen), ErrorCode::InvalidArgument);
        KeyUpdate narrow;
        narrow.ops = KeyOps(KeyOp::Verify);
        COFFER_VERIFY_OK(keys.update(QStringLiteral("verify-only"), {}, narrow));
        KeyCreateRequest exportable = hsmRequest(KeySpec::ec(Curve::P256));
        exportable.exportable = true;
        COFFER_VERIFY_ERROR(keys.create(QStringLiteral("x"), exportable), ErrorCode::InvalidArgument);
    }

    void pinFromTheKeychain()
    {
        auto vault = makeBoundVault();
        const QString path = vault->path();
        COFFER_VERIFY_OK(vault->keys().create(QStringLiteral("k"), hsmRequest(KeySpec::ec(Curve::P256))));
        vault.reset();
        test::FakeKeychainStore keychain;
        const QByteArray digest = digestOf("x", 32);
        {
            auto opened = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("pw")), m_clock, &keychain);
            COFFER_VERIFY_OK(opened);
            auto noPin = (*opened)->keys().sign(QStringLiteral("k"), {}, SignAlg::ES256, digest);
            COFFER_VERIFY_ERROR(noPin, ErrorCode::HsmUnavailable);
            QVERIFY2(noPin.error().context().contains(u"PIN"), qPrintable(noPin.error().context()));
            // Verify needs no token: it runs on the public half.
            COFFER_VERIFY_ERROR((*opened)->hsm().login(SecureString::fromUtf8("9999")), ErrorCode::WrongCredential);
            COFFER_VERIFY_OK((*opened)->hsm().login(m_token->pin, true));
            COFFER_VERIFY_OK((*opened)->keys().sign(QStringLiteral("k"), {}, SignAlg::ES256, digest));
            QCOMPARE(keychain.entryCount(), 1);
        }
        auto again = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("pw")), m_clock, &keychain);
        COFFER_VERIFY_OK(again);
        COFFER_VERIFY_OK((*again)->keys().sign(QStringLiteral("k"), {}, SignAlg::ES256, digest));
        auto status = (*again)->hsm().status();
        COFFER_VERIFY_OK(status);
        QVERIFY(status->pinInKeychain);
        COFFER_VERIFY_OK((*again)->hsm().forgetPin());
        QCOMPARE(keychain.entryCount(), 0);
    }

    void purgeRemovesTheTokenObjects()
    {
        auto vault = makeBoundVault();
        const QString path = vault->path();
        KeyStore &keys = vault->keys();
        auto present = keys.create(QStringLiteral("gone"), hsmRequest(KeySpec::ec(Curve::P384)));
        COFFER_VERIFY_OK(present);
        COFFER_VERIFY_OK(keys.remove(QStringLiteral("gone")));
        auto token = directToken();
        auto exists = token->exists({present->hsmId, present->spec});
        COFFER_VERIFY_OK(exists);
        QVERIFY(*exists); // soft-deleted: still recoverable, still on the token
        COFFER_VERIFY_OK(keys.purge(QStringLiteral("gone")));
        exists = token->exists({present->hsmId, present->spec});
        COFFER_VERIFY_OK(exists);
        QVERIFY(!*exists);

        // Purged while the session has no PIN: the rows go, the objects wait for the token.
        auto later = keys.create(QStringLiteral("later"), hsmRequest(KeySpec::ec(Curve::P256)));
        COFFER_VERIFY_OK(later);
        COFFER_VERIFY_OK(keys.remove(QStringLiteral("later")));
        vault.reset();
        auto noPin = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("pw")), m_clock);
        COFFER_VERIFY_OK(noPin);
        COFFER_VERIFY_OK((*noPin)->keys().purge(QStringLiteral("later")));
        exists = token->exists({later->hsmId, later->spec});
        COFFER_VERIFY_OK(exists);
        QVERIFY(*exists);
        auto status = (*noPin)->hsm().status();
        COFFER_VERIFY_OK(status);
        QCOMPARE(status->orphans, QStringList {QString::fromLatin1(later->hsmId.toHex())});
        COFFER_VERIFY_OK((*noPin)->hsm().login(m_token->pin));
        COFFER_VERIFY_OK((*noPin)->keys().create(QStringLiteral("next"), hsmRequest(KeySpec::ec(Curve::P256))));
        COFFER_VERIFY_OK((*noPin)->keys().sign(QStringLiteral("next"), {}, SignAlg::ES256, digestOf("x", 32)));
        exists = token->exists({later->hsmId, later->spec});
        COFFER_VERIFY_OK(exists);
        QVERIFY(!*exists);
        status = (*noPin)->hsm().status();
        COFFER_VERIFY_OK(status);
        QVERIFY(status->orphans.isEmpty());
        // Unbinding is refused while HSM keys remain.
        COFFER_VERIFY_ERROR((*noPin)->hsm().unbind(), ErrorCode::Conflict);
    }

    void importOntoTheToken()
    {
        auto vault = makeBoundVault();
        EVP_PKEY *pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t(2048));
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PKCS8PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr);
        char *data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        KeyImportRequest request;
        request.data = SecureBytes(data, std::size_t(len));
        request.protection = Protection::Hsm;
        BIO_free(bio);
        EVP_PKEY_free(pkey);
        auto imported = vault->keys().importKey(QStringLiteral("byok"), request);
        COFFER_VERIFY_OK(imported);
        QCOMPARE(imported->protection, Protection::Hsm);
        QVERIFY(!imported->hsmLocal); // not generated on the token
        auto attributes = directToken()->attributes({imported->hsmId, imported->spec});
        COFFER_VERIFY_OK(attributes);
        QVERIFY(attributes->sensitive);
        QVERIFY(!attributes->extractable);
        const QByteArray digest = digestOf("x", 32);
        auto signature = vault->keys().sign(QStringLiteral("byok"), {}, SignAlg::PS256, digest);
        COFFER_VERIFY_OK(signature);
        QVERIFY(opensslVerifies(imported->publicDer, SignAlg::PS256, digest, signature->signature));
    }

    void rotateAndBackup()
    {
        auto vault = makeBoundVault();
        KeyStore &keys = vault->keys();
        auto v1 = keys.create(QStringLiteral("rot"), hsmRequest(KeySpec::rsa(2048)));
        COFFER_VERIFY_OK(v1);
        auto v2 = keys.rotate(QStringLiteral("rot"));
        COFFER_VERIFY_OK(v2);
        QCOMPARE(v2->protection, Protection::Hsm);
        QVERIFY(v2->hsmId != v1->hsmId);
        QVERIFY(v2->publicDer != v1->publicDer);
        auto backup = keys.backup(QStringLiteral("rot"));
        COFFER_VERIFY_OK(backup);
        COFFER_VERIFY_OK(keys.remove(QStringLiteral("rot")));
        COFFER_VERIFY_OK(keys.purge(QStringLiteral("rot")));
        auto restored = keys.restore(*backup);
        COFFER_VERIFY_ERROR(restored, ErrorCode::NotFound);
        QVERIFY2(restored.error().context().contains(u"purged"), qPrintable(restored.error().context()));

        auto v3 = keys.create(QStringLiteral("kept"), hsmRequest(KeySpec::ec(Curve::P256)));
        COFFER_VERIFY_OK(v3);
        auto keptBackup = keys.backup(QStringLiteral("kept"));
        COFFER_VERIFY_OK(keptBackup);
        // The backup holds the token reference and public half only, never a private key.
        audit::AuditFilter filter;
        filter.operations = {QStringLiteral("KeyBackup")};
        auto records = vault->audit().list(filter);
        COFFER_VERIFY_OK(records);
        QCOMPARE(records->size(), 2);
    }

    void staleKeychainPinIsForgotten()
    {
        auto vault = makeBoundVault();
        const QString path = vault->path();
        const QString vaultId = vault->properties().id;
        COFFER_VERIFY_OK(vault->keys().create(QStringLiteral("k"), hsmRequest(KeySpec::ec(Curve::P256))));
        vault.reset();
        test::FakeKeychainStore keychain;
        // A PIN kept from before the token's PIN was changed.
        COFFER_VERIFY_OK(keychain.write(QStringLiteral("Coffer"), vaultId + QStringLiteral("/hsm-pin"),
                                        SecureBytes(QByteArrayView("old-pin"))));
        auto opened = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("pw")), m_clock, &keychain);
        COFFER_VERIFY_OK(opened);
        auto stale = (*opened)->keys().sign(QStringLiteral("k"), {}, SignAlg::ES256, digestOf("x", 32));
        COFFER_VERIFY_ERROR(stale, ErrorCode::WrongCredential);
        QVERIFY2(stale.error().context().contains(u"removed from the keychain"), qPrintable(stale.error().context()));
        QCOMPARE(keychain.entryCount(), 0); // not tried again: each try counts against the token's retries
        auto noPin = (*opened)->keys().sign(QStringLiteral("k"), {}, SignAlg::ES256, digestOf("x", 32));
        COFFER_VERIFY_ERROR(noPin, ErrorCode::HsmUnavailable);
    }

    void untrustedModuleIsNotLoaded()
    {
        // The vault names a module this machine does not trust (not registered with p11-kit): another principal
        // bound it. Nothing loads it, not even the status page; the person trusts it explicitly or not at all.
        QTemporaryDir libs;
        const QString copy = libs.filePath(QStringLiteral("libvendor-pkcs11.so"));
        QVERIFY(QFile::copy(QFileInfo(m_token->module).canonicalFilePath(), copy));
        QVERIFY(!HsmBinding::isTrustedModule(copy));
        QVERIFY(HsmBinding::isTrustedModule(m_token->module)); // SoftHSM2 is registered with p11-kit
        auto vault = makeBoundVault();
        const QString path = vault->path();
        // Bound to the copy by "someone": written as bind would on their machine.
        auto rebound = vault->hsm().bind(copy, m_token->label, m_token->pin);
        COFFER_VERIFY_OK(rebound);
        QVERIFY(HsmBinding::isTrustedModule(copy)); // the person who binds trusts the module they named
        QVERIFY(QFile::remove(HsmBinding::trustedModulesFile())); // another machine: nobody trusted it there
        vault.reset();
        auto other = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("pw")), m_clock);
        COFFER_VERIFY_OK(other);
        auto status = (*other)->hsm().status();
        COFFER_VERIFY_OK(status);
        QVERIFY(!status->moduleTrusted);
        QVERIFY(!status->moduleLoads);
        QVERIFY2(status->problem.contains(u"trust-module"), qPrintable(status->problem));
        auto login = (*other)->hsm().login(m_token->pin);
        COFFER_VERIFY_ERROR(login, ErrorCode::HsmUnavailable);
        COFFER_VERIFY_OK(HsmBinding::trustModule(copy));
        QVERIFY(HsmBinding::isTrustedModule(copy));
        QVERIFY(QFileInfo(HsmBinding::trustedModulesFile()).permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!QFileInfo(HsmBinding::trustedModulesFile()).permissions().testFlag(QFileDevice::ReadOther));
    }

    // Last: it leaves this process unable to log in to the token.
    void wrongPinGuessesAreLimited()
    {
        auto vault = makeBoundVault(); // the token is logged in: later PINs are checked by Coffer, not the token
        for (int i = 0; i < 3; ++i)
            COFFER_VERIFY_ERROR(vault->hsm().login(SecureString::fromUtf8("guess")), ErrorCode::WrongCredential);
        auto locked = vault->hsm().login(m_token->pin);
        COFFER_VERIFY_ERROR(locked, ErrorCode::HsmUnavailable);
        QVERIFY2(locked.error().context().contains(u"too many"), qPrintable(locked.error().context()));
    }
};

QTEST_GUILESS_MAIN(TestKeyStoreHsm)
#include "TestKeyStoreHsm.moc"
