// CertificateStore on real vaults with software keys: self-signed creation (RSA, EC), imports of every file kind
// (each bad input stores nothing), CSR + merge with a certificate signed by `openssl x509 -req`, cancel/delete of
// the pending request, the managed key and secret (their use and the write guards), delete/recover/purge of all
// three, backup/restore and the export with the private key (checked with `openssl pkcs12 -info`). Renewal:
// TestCertificateRenewal.

#include "core/vault/KeyStore.h"
#include "core/vault/SecretStore.h"
#include "tests/core/CertificateStoreFixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace coffer;
using test::CertFixtures;
using namespace test::certstore;

class TestCertificateStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_files;
    FakeClock m_clock {test::fixedStart()};
    int m_counter = 0;

    std::unique_ptr<Vault> makeVault(bool purgeProtection = false)
    {
        return test::certstore::makeVault(m_dir.path(), m_counter, m_clock, purgeProtection);
    }

    void verifyNothingStored(Vault &vault)
    {
        auto certs = vault.certificates().list();
        COFFER_VERIFY_OK(certs);
        QVERIFY(certs->isEmpty());
        auto keys = vault.keys().list();
        COFFER_VERIFY_OK(keys);
        QVERIFY(keys->isEmpty());
        auto secrets = vault.secrets().list();
        COFFER_VERIFY_OK(secrets);
        QVERIFY(secrets->isEmpty());
    }

    // The managed secret's PFX (base64 text in the secret) written to a file.
    QString managedPfx(Vault &vault, const QString &fileName)
    {
        auto secret = vault.secrets().get(kName);
        if (!secret)
            qFatal("%s", qPrintable(secret.error().toString()));
        return writeFile(m_files, fileName, QByteArray::fromBase64(secret->value.view().toByteArray()));
    }

private Q_SLOTS:
    void initTestCase() { (void)CertFixtures::instance(); } // the openssl-made inputs, once
    void init() { test::failOnAnyWarning(); }

    void createSelfSigned_data()
    {
        QTest::addColumn<KeyType>("kty");
        QTest::addColumn<int>("curve"); // -1: RSA
        QTest::addColumn<QString>("keyText");
        QTest::newRow("RSA 2048") << KeyType::Rsa << -1 << QStringLiteral("RSA 2048");
        QTest::newRow("EC P-256") << KeyType::Ec << int(Curve::P256) << QStringLiteral("EC P-256");
        QTest::newRow("EC P-384") << KeyType::Ec << int(Curve::P384) << QStringLiteral("EC P-384");
    }

    void createSelfSigned()
    {
        QFETCH(KeyType, kty);
        QFETCH(int, curve);
        QFETCH(QString, keyText);
        auto vault = makeVault();
        const CertificatePolicy policy = selfPolicy(kty, curve < 0 ? std::nullopt : std::optional<Curve>(Curve(curve)));
        const CertificateInfo cert = createSelf(*vault, policy);
        QCOMPARE(cert.details.keyText(), keyText);
        QVERIFY(cert.details.selfSigned);
        QVERIFY2(cert.details.subject.contains(u"CN=web.example.test"), qPrintable(cert.details.subject));
        QCOMPARE(cert.details.notBefore, m_clock.now());
        QCOMPARE(cert.details.notAfter, m_clock.now().addMonths(12));
        QCOMPARE(cert.info.attributes.notBefore, std::optional<QDateTime>(cert.details.notBefore));
        QCOMPARE(cert.info.attributes.expires, std::optional<QDateTime>(cert.details.notAfter));
        QVERIFY(cert.hasPrivateKey);
        QVERIFY(cert.exportable);
        QCOMPARE(cert.issuer, IssuerKind::Self);
        QCOMPARE(cert.chainDer.size(), 1);
        QCOMPARE(cert.kid(),
                 QStringLiteral("coffer://%1/keys/web/%2").arg(vault->properties().name, cert.info.version));

        // The managed key and secret: same version id, managed, validity mirrored.
        auto key = vault->keys().show(kName);
        COFFER_VERIFY_OK(key);
        QCOMPARE(key->info.version, cert.info.version);
        QVERIFY(key->info.managed);
        QCOMPARE(key->info.attributes.expires, cert.info.attributes.expires);
        auto secret = vault->secrets().show(kName);
        COFFER_VERIFY_OK(secret);
        QCOMPARE(secret->version, cert.info.version);
        QVERIFY(secret->managed);
        QCOMPARE(secret->contentType, kContentTypePkcs12);

        // Checked with openssl: the public download's SHA-1 is the thumbprint; the PFX is Azure's blank-password
        // AES one with the key (exportable) and the certificate.
        auto pem = vault->certificates().downloadPublic(kName, {}, true);
        COFFER_VERIFY_OK(pem);
        const QString pemPath = writeFile(m_files, QStringLiteral("self-%1.pem").arg(keyText), *pem);
        QCOMPARE(opensslSha1(pemPath), cert.details.sha1Hex());
        int rc = -1;
        CertFixtures::openssl({QStringLiteral("verify"), QStringLiteral("-attime"),
                               QString::number(m_clock.now().toSecsSinceEpoch()), QStringLiteral("-CAfile"), pemPath,
                               pemPath},
                              {}, &rc);
        QCOMPARE(rc, 0);
        const QString info = pkcs12Info(managedPfx(*vault, QStringLiteral("self-%1.pfx").arg(keyText)), {}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(info.contains(u"AES-256-CBC"), qPrintable(info));
        QVERIFY2(info.contains(u"-----BEGIN PRIVATE KEY-----"), qPrintable(info));
        QCOMPARE(info.count(u"-----BEGIN CERTIFICATE-----"), 1);

        QCOMPARE(auditCount(*vault, QStringLiteral("CertificateCreate"), audit::AuditResult::Success), 1);
    }

    void managedKeySignsWithItsKeyUsage()
    {
        auto vault = makeVault();
        createSelf(*vault, selfPolicy()); // key usage digitalSignature only: sign, verify
        auto key = vault->keys().show(kName);
        COFFER_VERIFY_OK(key);
        QCOMPARE(crypto::keyOpNames(key->ops), (QStringList {QStringLiteral("sign"), QStringLiteral("verify")}));
        const QByteArray digest = QCryptographicHash::hash("to sign", QCryptographicHash::Sha256);
        auto signature = vault->keys().sign(kName, {}, SignAlg::RS256, digest);
        COFFER_VERIFY_OK(signature);
        // openssl checks the signature with the certificate's public key.
        auto pem = vault->certificates().downloadPublic(kName, {}, true);
        COFFER_VERIFY_OK(pem);
        const QString pemPath = writeFile(m_files, QStringLiteral("signer.pem"), *pem);
        const QString pubPath = writeFile(m_files, QStringLiteral("signer.pub"),
                                          CertFixtures::openssl({QStringLiteral("x509"), QStringLiteral("-in"), pemPath,
                                                                 QStringLiteral("-noout"), QStringLiteral("-pubkey")}));
        const QString sigPath = writeFile(m_files, QStringLiteral("signer.sig"), signature->signature);
        int rc = -1;
        const QByteArray out
                = CertFixtures::openssl({QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                                         QStringLiteral("-inkey"), pubPath, QStringLiteral("-sigfile"), sigPath,
                                         QStringLiteral("-pkeyopt"), QStringLiteral("digest:sha256")},
                                        digest, &rc, true);
        QVERIFY2(rc == 0 && out.contains("Signature Verified Successfully"), out.constData());
        // Key usage without dataEncipherment: no encrypt.
        auto refused = vault->keys().encrypt(kName, {}, EncAlg::RsaOaep256, "x");
        COFFER_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QVERIFY2(refused.error().context().contains(u"key_ops are sign, verify"),
                 qPrintable(refused.error().context()));
    }

    void importFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("hasKey");
        QTest::addColumn<int>("chain");
        QTest::newRow("PFX AES") << QStringLiteral("aes.pfx") << QStringLiteral("secret") << true << 3;
        QTest::newRow("PFX legacy RC2") << QStringLiteral("legacy.pfx") << QStringLiteral("secret") << true << 3;
        QTest::newRow("PFX blank") << QStringLiteral("blank.pfx") << QString() << true << 3;
        QTest::newRow("PEM encrypted key, any order")
                << QStringLiteral("bundle-mixed.pem") << QStringLiteral("pw") << true << 3;
        QTest::newRow("PEM EC traditional") << QStringLiteral("ec256-bundle.pem") << QString() << true << 2;
        QTest::newRow("DER certificate only") << QStringLiteral("leaf.der") << QString() << false << 1;
        QTest::newRow("PFX certificate only")
                << QStringLiteral("certonly.pfx") << QStringLiteral("secret") << false << 2;
    }

    void importFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(bool, hasKey);
        QFETCH(int, chain);
        const CertFixtures &fx = CertFixtures::instance();
        auto vault = makeVault();
        CertificateImportRequest request;
        request.data = SecureBytes(fx.bytes(file));
        if (!password.isEmpty())
            request.password = SecureString::fromUtf8(password.toUtf8());
        auto imported = vault->certificates().importCertificate(kName, request);
        COFFER_VERIFY_OK(imported);
        const CertificateInfo &cert = imported->certificate;
        QCOMPARE(cert.hasPrivateKey, hasKey);
        QCOMPARE(cert.chainDer.size(), chain);
        QVERIFY(!cert.exportable); // the import default
        QCOMPARE(cert.issuer, IssuerKind::Unknown); // leaves issued by the test CA
        const QString leafPem = fx.path(file.startsWith(u"ec256") ? u"ec256.pem" : u"leaf.pem");
        QCOMPARE(cert.details.sha1Hex(), opensslSha1(leafPem));
        auto key = vault->keys().show(kName);
        if (hasKey) {
            COFFER_VERIFY_OK(key);
            QCOMPARE(key->info.version, cert.info.version);
            QVERIFY(key->info.managed);
        } else {
            COFFER_VERIFY_ERROR(key, ErrorCode::NotFound); // a certificate-only import has no managed key
            QVERIFY(cert.kid().isEmpty());
        }
        // The managed secret: the chain, never the key (not exportable).
        int rc = -1;
        const QString info = pkcs12Info(managedPfx(*vault, QStringLiteral("imported.pfx")), {}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(!info.contains(u"PRIVATE KEY"), qPrintable(info));
        QCOMPARE(info.count(u"-----BEGIN CERTIFICATE-----"), chain);
        auto policy = vault->certificates().policy(kName);
        COFFER_VERIFY_OK(policy);
        QCOMPARE(policy->lifetimeActions.size(), 1);
        QCOMPARE(policy->lifetimeActions.first().lifetimePercentage, std::optional<int>(80));
        QCOMPARE(policy->lifetimeActions.first().action, LifetimeActionType::EmailContacts);
        if (file == u"legacy.pfx") {
            bool legacyWarned = false;
            for (const ImportIssue &issue : std::as_const(imported->warnings))
                legacyWarned = legacyWarned || issue.kind == ImportWarning::LegacyEncryption;
            QVERIFY(legacyWarned);
        }
        QCOMPARE(auditCount(*vault, QStringLiteral("CertificateImport"), audit::AuditResult::Success), 1);
    }

    void badImportsStoreNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("wrong password") << QStringLiteral("aes.pfx") << QStringLiteral("Not-The-Secret-42")
                                        << ErrorCode::WrongCredential << QStringLiteral("password is wrong");
        QTest::newRow("no password") << QStringLiteral("aes.pfx") << QString() << ErrorCode::WrongCredential
                                     << QStringLiteral("password");
        QTest::newRow("truncated") << QStringLiteral("truncated.pfx") << QStringLiteral("secret")
                                   << ErrorCode::Corrupted << QStringLiteral("truncated");
        QTest::newRow("key only") << QStringLiteral("key-only.pem") << QString() << ErrorCode::InvalidArgument
                                  << QStringLiteral("no certificate");
        QTest::newRow("two unrelated") << QStringLiteral("two-unrelated.pem") << QString() << ErrorCode::InvalidArgument
                                       << QStringLiteral("not part of the chain");
        QTest::newRow("gap") << QStringLiteral("gap.pem") << QString() << ErrorCode::InvalidArgument
                             << QStringLiteral("Test Intermediate CA");
        QTest::newRow("mismatch") << QStringLiteral("mismatch.pem") << QString() << ErrorCode::InvalidArgument
                                  << QStringLiteral("belongs to none");
        QTest::newRow("ed25519") << QStringLiteral("ed25519-bundle.pem") << QString() << ErrorCode::InvalidArgument
                                 << QStringLiteral("P-256");
        QTest::newRow("over 10 MiB") << QStringLiteral("big.bin") << QString() << ErrorCode::InvalidArgument
                                     << QStringLiteral("10 MiB");
        QTest::newRow("random DER") << QStringLiteral("random.der") << QString() << ErrorCode::InvalidArgument
                                    << QStringLiteral("not a certificate");
        QTest::newRow("CSR") << QStringLiteral("csr.der") << QString() << ErrorCode::InvalidArgument
                             << QStringLiteral("signing request");
    }

    void badImportsStoreNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(ErrorCode, code);
        QFETCH(QString, fragment);
        auto vault = makeVault();
        CertificateImportRequest request;
        request.data = SecureBytes(CertFixtures::instance().bytes(file));
        if (!password.isEmpty())
            request.password = SecureString::fromUtf8(password.toUtf8());
        auto imported = vault->certificates().importCertificate(kName, request);
        COFFER_VERIFY_ERROR(imported, code);
        QVERIFY2(imported.error().context().contains(fragment, Qt::CaseInsensitive),
                 qPrintable(imported.error().context()));
        verifyNothingStored(*vault);
        // The failure is recorded, without the password.
        audit::AuditFilter filter;
        filter.operations = {QStringLiteral("CertificateImport")};
        auto records = vault->audit().list(filter);
        COFFER_VERIFY_OK(records);
        QCOMPARE(records->size(), 1);
        QVERIFY(records->first().result != audit::AuditResult::Success);
        if (!password.isEmpty())
            QVERIFY(!QJsonDocument(records->first().details).toJson().contains(password.toUtf8()));
    }

    void nameRules()
    {
        auto vault = makeVault();
        COFFER_VERIFY_OK(vault->secrets().set(QStringLiteral("taken"), SecureBytes(QByteArrayView("v"))));
        auto refused = vault->certificates().create(QStringLiteral("taken"), selfPolicy());
        COFFER_VERIFY_ERROR(refused, ErrorCode::Conflict);
        QVERIFY2(refused.error().context().contains(u"secret named 'taken'"), qPrintable(refused.error().context()));
        auto keys = vault->keys().list();
        COFFER_VERIFY_OK(keys);
        QVERIFY(keys->isEmpty()); // the key generated for it went again
        CertificateImportRequest request;
        request.data = SecureBytes(CertFixtures::instance().bytes(u"leaf.der"));
        COFFER_VERIFY_ERROR(vault->certificates().importCertificate(QStringLiteral("taken"), request),
                            ErrorCode::Conflict);
    }

    void managedGuards()
    {
        auto vault = makeVault();
        createSelf(*vault, selfPolicy());
        SecretStore &secrets = vault->secrets();
        KeyStore &keys = vault->keys();
        auto set = secrets.set(kName, SecureBytes(QByteArrayView("x")));
        COFFER_VERIFY_ERROR(set, ErrorCode::Forbidden);
        QVERIFY2(set.error().context().startsWith(QStringLiteral(
                         "Operation \"set\" is not allowed as this object's lifetime is managed by Key Vault.")),
                 qPrintable(set.error().context()));
        auto del = secrets.remove(kName);
        COFFER_VERIFY_ERROR(del, ErrorCode::Forbidden);
        QVERIFY2(del.error().context().startsWith(u"Operation \"delete\""), qPrintable(del.error().context()));
        AttributeUpdate off;
        off.enabled = false;
        COFFER_VERIFY_ERROR(secrets.updateAttributes(kName, {}, off), ErrorCode::Forbidden);
        COFFER_VERIFY_ERROR(secrets.backup(kName), ErrorCode::Forbidden);
        COFFER_VERIFY_ERROR(keys.remove(kName), ErrorCode::Forbidden);
        COFFER_VERIFY_ERROR(keys.rotate(kName), ErrorCode::Forbidden);
        KeyUpdate keyOff;
        keyOff.attributes.enabled = false;
        COFFER_VERIFY_ERROR(keys.update(kName, {}, keyOff), ErrorCode::Forbidden);
        COFFER_VERIFY_ERROR(keys.setRotationPolicy(kName, rotation::RotationPolicy::defaultPolicy()),
                            ErrorCode::Forbidden);
        // The certificate's key lives as long as its certificate: the key schedule leaves it out, also when it
        // nears its expiry (a key of its own would get the default near-expiry notice then).
        const QDateTime madeAt = m_clock.now();
        m_clock.set(madeAt.addMonths(12).addDays(-10));
        auto schedule = keys.rotationSchedule();
        COFFER_VERIFY_OK(schedule);
        QVERIFY(schedule->isEmpty());
        auto due = keys.rotateDue(false);
        COFFER_VERIFY_OK(due);
        QVERIFY(due->isEmpty());
        QVERIFY(noticesOf(*vault, kName).isEmpty());
        m_clock.set(madeAt);
        KeyCreateRequest create;
        create.spec = KeySpec::ec(Curve::P256);
        auto created = keys.create(kName, create);
        COFFER_VERIFY_ERROR(created, ErrorCode::Forbidden);
        QVERIFY2(created.error().context().startsWith(u"Operation \"create\""), qPrintable(created.error().context()));
        // Reads and crypto stay allowed; still one version of each.
        COFFER_VERIFY_OK(secrets.get(kName));
        auto versions = keys.listVersions(kName);
        COFFER_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 1);
        // Disabling the certificate disables its key and secret (mirrored).
        auto disabled = vault->certificates().update(kName, {}, off);
        COFFER_VERIFY_OK(disabled);
        QVERIFY(!disabled->info.attributes.enabled);
        auto key = keys.show(kName);
        COFFER_VERIFY_OK(key);
        QVERIFY(!key->info.attributes.enabled);
        COFFER_VERIFY_ERROR(secrets.get(kName), ErrorCode::Forbidden);
        AttributeUpdate dates;
        dates.expires = std::optional<QDateTime>(m_clock.now().addDays(3));
        COFFER_VERIFY_ERROR(vault->certificates().update(kName, {}, dates), ErrorCode::InvalidArgument);
    }

    void deleteRecoverPurgeAllThree()
    {
        auto vault = makeVault();
        const CertificateInfo cert = createSelf(*vault, selfPolicy());
        auto deleted = vault->certificates().remove(kName);
        COFFER_VERIFY_OK(deleted);
        COFFER_VERIFY_ERROR(vault->keys().show(kName), ErrorCode::NotFound);
        COFFER_VERIFY_ERROR(vault->secrets().show(kName), ErrorCode::NotFound);
        auto certDeleted = vault->certificates().listDeleted();
        COFFER_VERIFY_OK(certDeleted);
        QCOMPARE(certDeleted->size(), 1);
        auto keyDeleted = vault->keys().listDeleted();
        COFFER_VERIFY_OK(keyDeleted);
        QVERIFY(keyDeleted->isEmpty()); // hidden: recovered and purged with the certificate
        auto secretDeleted = vault->secrets().listDeleted();
        COFFER_VERIFY_OK(secretDeleted);
        QVERIFY(secretDeleted->isEmpty());
        COFFER_VERIFY_ERROR(vault->secrets().getDeleted(kName), ErrorCode::NotFound);
        COFFER_VERIFY_ERROR(vault->secrets().recover(kName), ErrorCode::Forbidden);
        COFFER_VERIFY_ERROR(vault->keys().purge(kName), ErrorCode::Forbidden);
        // The name stays taken.
        COFFER_VERIFY_ERROR(vault->secrets().set(kName, SecureBytes(QByteArrayView("v"))), ErrorCode::Forbidden);

        auto recovered = vault->certificates().recover(kName);
        COFFER_VERIFY_OK(recovered);
        QCOMPARE(recovered->details.sha1Hex(), cert.details.sha1Hex());
        COFFER_VERIFY_OK(vault->keys().show(kName));
        COFFER_VERIFY_OK(vault->secrets().get(kName));

        COFFER_VERIFY_OK(vault->certificates().remove(kName));
        COFFER_VERIFY_OK(vault->certificates().purge(kName));
        verifyNothingStored(*vault);
        certDeleted = vault->certificates().listDeleted();
        COFFER_VERIFY_OK(certDeleted);
        QVERIFY(certDeleted->isEmpty());
        // The name is free for anything again.
        COFFER_VERIFY_OK(vault->secrets().set(kName, SecureBytes(QByteArrayView("v"))));
    }

    void purgeDueAtOpenTakesAllThree()
    {
        auto vault = makeVault();
        const QString path = vault->path();
        createSelf(*vault, selfPolicy());
        COFFER_VERIFY_OK(vault->certificates().remove(kName));
        vault.reset();
        m_clock.advanceDays(91);
        auto reopened = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("pw")), m_clock);
        COFFER_VERIFY_OK(reopened);
        verifyNothingStored(**reopened);
        auto deleted = (*reopened)->certificates().listDeleted();
        COFFER_VERIFY_OK(deleted);
        QVERIFY(deleted->isEmpty());
        COFFER_VERIFY_OK((*reopened)->keys().create(kName, KeyCreateRequest {}));
    }

    void csrMergeCancelDelete()
    {
        const CertFixtures &fx = CertFixtures::instance();
        auto vault = makeVault();
        CertificateStore &certs = vault->certificates();
        CertificatePolicy policy = selfPolicy();
        policy.issuer = IssuerKind::Unknown;
        auto created = certs.create(kName, policy);
        COFFER_VERIFY_OK(created);
        QVERIFY(std::holds_alternative<CertificateOperationInfo>(*created));
        const CertificateOperationInfo op = std::get<CertificateOperationInfo>(*created);
        QCOMPARE(op.status, PendingStatus::InProgress);
        QVERIFY(op.statusDetails.startsWith(u"Pending certificate created."));
        QCOMPARE(op.requestId.size(), 32);
        QCOMPARE(op.id(), QStringLiteral("coffer://%1/certificates/web/pending").arg(vault->properties().name));
        // The pending key is invisible until the merge; a second create is refused.
        COFFER_VERIFY_ERROR(vault->keys().show(kName), ErrorCode::NotFound);
        COFFER_VERIFY_ERROR(certs.show(kName), ErrorCode::NotFound);
        COFFER_VERIFY_ERROR(certs.create(kName, policy), ErrorCode::Conflict);
        COFFER_VERIFY_ERROR(vault->secrets().set(kName, SecureBytes(QByteArrayView("v"))), ErrorCode::Forbidden);

        auto csr = certs.pendingCsrPem(kName);
        COFFER_VERIFY_OK(csr);
        const QString csrPath = writeFile(m_files, QStringLiteral("web.csr"), *csr);
        int rc = -1;
        CertFixtures::openssl({QStringLiteral("req"), QStringLiteral("-in"), csrPath, QStringLiteral("-verify"),
                               QStringLiteral("-noout")},
                              {}, &rc);
        QCOMPARE(rc, 0);
        // A mismatched certificate is refused and the request stays.
        auto wrong = certs.merge(kName, fx.bytes(u"leaf.pem"));
        COFFER_VERIFY_ERROR(wrong, ErrorCode::InvalidArgument);
        QVERIFY2(wrong.error().context().contains(
                         u"the certificate's public key does not match the pending request's key"),
                 qPrintable(wrong.error().context()));
        COFFER_VERIFY_OK(certs.pending(kName));

        const QString signedPath = m_files.filePath(QStringLiteral("web-signed.pem"));
        CertFixtures::openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csrPath,
                               QStringLiteral("-CA"), fx.path(u"inter.pem"), QStringLiteral("-CAkey"),
                               fx.path(u"inter.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                               QStringLiteral("200"), QStringLiteral("-copy_extensions"), QStringLiteral("copyall"),
                               QStringLiteral("-out"), signedPath},
                              {}, &rc);
        QCOMPARE(rc, 0);
        const QByteArray bundle = fx.bytes(u"root.pem") + fileBytes(signedPath) + fx.bytes(u"inter.pem");
        auto merged = certs.merge(kName, bundle);
        COFFER_VERIFY_OK(merged);
        QCOMPARE(merged->chainDer.size(), 3);
        QCOMPARE(merged->info.version.size(), 32);
        QCOMPARE(merged->details.sha1Hex(), opensslSha1(signedPath));
        QCOMPARE(merged->issuer, IssuerKind::Unknown);
        QVERIFY(merged->details.sans.contains(
                crypto::SubjectAltName {SanType::Dns, QStringLiteral("web.example.test")}));
        auto key = vault->keys().show(kName);
        COFFER_VERIFY_OK(key);
        QCOMPARE(key->info.version, merged->info.version);
        COFFER_VERIFY_ERROR(certs.pending(kName), ErrorCode::NotFound);
        const QString info = pkcs12Info(managedPfx(*vault, QStringLiteral("merged.pfx")), {}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(info.count(u"-----BEGIN CERTIFICATE-----"), 3);
        QVERIFY(info.contains(u"-----BEGIN PRIVATE KEY-----"));

        // A renewal of an Unknown certificate is a new request; cancel, then merge is refused; delete removes it.
        auto renewed = certs.renew(kName);
        COFFER_VERIFY_OK(renewed);
        QVERIFY(std::holds_alternative<CertificateOperationInfo>(*renewed));
        QVERIFY(noticesOf(*vault, kName).isEmpty()); // no version yet, so no "renewed" notice
        auto cancelled = certs.cancelPending(kName);
        COFFER_VERIFY_OK(cancelled);
        QCOMPARE(cancelled->status, PendingStatus::Cancelled);
        QVERIFY(cancelled->cancellationRequested);
        COFFER_VERIFY_ERROR(certs.merge(kName, bundle), ErrorCode::Conflict);
        COFFER_VERIFY_OK(certs.deletePending(kName));
        COFFER_VERIFY_ERROR(certs.pending(kName), ErrorCode::NotFound);
        auto versions = certs.listVersions(kName);
        COFFER_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 1);
        QCOMPARE(auditCount(*vault, QStringLiteral("CertificatePendingMerge"), audit::AuditResult::Success), 1);
        QCOMPARE(auditCount(*vault, QStringLiteral("CertificateRenew"), audit::AuditResult::Success), 1);
        QCOMPARE(auditCount(*vault, QStringLiteral("CertificatePendingDelete"), audit::AuditResult::Success), 1);
    }

    void backupAndRestore()
    {
        auto vault = makeVault();
        const CertificateInfo cert = createSelf(*vault, selfPolicy());
        auto secretBefore = vault->secrets().get(kName);
        COFFER_VERIFY_OK(secretBefore);
        auto keyBefore = vault->keys().show(kName);
        COFFER_VERIFY_OK(keyBefore);
        auto backup = vault->certificates().backup(kName);
        COFFER_VERIFY_OK(backup);
        QVERIFY(!backup->contains(secretBefore->value.view().toByteArray().left(40)));
        COFFER_VERIFY_ERROR(vault->certificates().restore(*backup), ErrorCode::Conflict);
        COFFER_VERIFY_OK(vault->certificates().remove(kName));
        COFFER_VERIFY_OK(vault->certificates().purge(kName));
        auto restored = vault->certificates().restore(*backup);
        COFFER_VERIFY_OK(restored);
        QCOMPARE(restored->info.version, cert.info.version);
        QCOMPARE(restored->details.sha1Hex(), cert.details.sha1Hex());
        QVERIFY(restored->hasPrivateKey);
        auto keyAfter = vault->keys().show(kName);
        COFFER_VERIFY_OK(keyAfter);
        QCOMPARE(keyAfter->publicDer, keyBefore->publicDer);
        QVERIFY(keyAfter->info.managed);
        auto secretAfter = vault->secrets().get(kName);
        COFFER_VERIFY_OK(secretAfter);
        QVERIFY(secretAfter->value.equals(secretBefore->value));
        auto policy = vault->certificates().policy(kName);
        COFFER_VERIFY_OK(policy);
        QCOMPARE(policy->subject, selfPolicy().subject);
        COFFER_VERIFY_OK(vault->keys().sign(kName, {}, SignAlg::RS256,
                                            QCryptographicHash::hash("x", QCryptographicHash::Sha256)));
        COFFER_VERIFY_ERROR(vault->secrets().restore(*backup), ErrorCode::InvalidArgument); // not a secret backup
    }

    void exportWithKey()
    {
        auto vault = makeVault();
        createSelf(*vault, selfPolicy());
        CertificateExportRequest request;
        request.password = SecureString::fromUtf8("export-pw");
        auto pfx = vault->certificates().exportWithKey(kName, request);
        COFFER_VERIFY_OK(pfx);
        int rc = -1;
        QString info = pkcs12Info(writeFile(m_files, QStringLiteral("export.pfx"), pfx->view()),
                                  QStringLiteral("export-pw"), &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(info.contains(u"PBES2, PBKDF2, AES-256-CBC"), qPrintable(info));
        QVERIFY(info.contains(u"-----BEGIN PRIVATE KEY-----"));
        pkcs12Info(writeFile(m_files, QStringLiteral("export-wrong.pfx"), pfx->view()), QStringLiteral("nope"), &rc);
        QVERIFY(rc != 0);

        request.compatible = true;
        pfx = vault->certificates().exportWithKey(kName, request);
        COFFER_VERIFY_OK(pfx);
        info = pkcs12Info(writeFile(m_files, QStringLiteral("export-3des.pfx"), pfx->view()),
                          QStringLiteral("export-pw"), &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(info.contains(u"pbeWithSHA1And3-KeyTripleDES-CBC"), qPrintable(info));
        QVERIFY2(info.contains(u"MAC: sha1"), qPrintable(info));

        request.format = CertificateExportFormat::Pem;
        auto pem = vault->certificates().exportWithKey(kName, request);
        COFFER_VERIFY_OK(pem);
        const QByteArray text = pem->view().toByteArray();
        QVERIFY(text.startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(text.count("-----BEGIN CERTIFICATE-----"), 1);
        // The password never reaches the audit log.
        audit::AuditFilter filter;
        filter.operations = {QStringLiteral("SecretGet")};
        auto records = vault->audit().list(filter);
        COFFER_VERIFY_OK(records);
        QCOMPARE(records->size(), 3);
        for (const audit::AuditRecord &record : std::as_const(*records))
            QVERIFY(!QJsonDocument(record.details).toJson().contains("export-pw"));

        // Not exportable: the PFX holds the certificate only.
        CertificatePolicy closed = selfPolicy();
        closed.exportable = false;
        createSelf(*vault, closed, QStringLiteral("closed"));
        request = CertificateExportRequest {};
        pfx = vault->certificates().exportWithKey(QStringLiteral("closed"), request);
        COFFER_VERIFY_OK(pfx);
        info = pkcs12Info(writeFile(m_files, QStringLiteral("closed.pfx"), pfx->view()), {}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(!info.contains(u"PRIVATE KEY"), qPrintable(info));
    }
};

QTEST_GUILESS_MAIN(TestCertificateStore)
#include "TestCertificateStore.moc"
