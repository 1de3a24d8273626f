#include "core/common/Ids.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "tests/support/TestUtil.h"

#include <QTemporaryDir>

using namespace coffer;

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {test::fixedStart()};
    int m_counter = 0;

    std::unique_ptr<Vault> makeVault(int retentionDays = 90, bool purgeProtection = false)
    {
        VaultCreateOptions o;
        o.parentFolder = m_dir.path();
        o.name = QStringLiteral("V%1").arg(++m_counter, 3, 10, QLatin1Char('0'));
        o.retentionDays = retentionDays;
        o.purgeProtection = purgeProtection;
        o.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(o, SecureString::fromUtf8("pw"), m_clock);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        return std::move(created->vault);
    }
    static SecureBytes bytes(const char *text) { return SecureBytes(QByteArrayView(text)); }
    static QString value(const SecretBundle &bundle) { return QString::fromUtf8(bundle.value.view()); }

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void setGetAndVersions()
    {
        auto vault = makeVault();
        SecretStore &secrets = vault->secrets();
        NewVersionAttributes attrs;
        attrs.contentType = QStringLiteral("text/plain");
        attrs.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
        auto v1 = secrets.set(QStringLiteral("Db-Password"), bytes("first"), attrs);
        COFFER_VERIFY_OK(v1);
        QVERIFY(ids::isVersionId(v1->version));
        QCOMPARE(v1->attributes.created, m_clock.now());
        QCOMPARE(v1->id(),
                 QStringLiteral("coffer://%1/secrets/Db-Password/%2").arg(vault->properties().name, v1->version));
        QCOMPARE(v1->attributes.recoveryLevel, QStringLiteral("Recoverable+Purgeable"));
        QCOMPARE(v1->attributes.recoverableDays, 90);

        m_clock.advanceSecs(60);
        auto v2 = secrets.set(QStringLiteral("DB-PASSWORD"), bytes("second")); // same secret, any case
        COFFER_VERIFY_OK(v2);
        QCOMPARE(v2->name, QStringLiteral("Db-Password"));
        QVERIFY(v2->version != v1->version);

        auto current = secrets.get(QStringLiteral("db-password"));
        COFFER_VERIFY_OK(current);
        QCOMPARE(value(*current), QStringLiteral("second"));
        QCOMPARE(current->info.version, v2->version);
        QVERIFY(current->info.contentType.isEmpty()); // each version has its own attributes

        auto old = secrets.get(QStringLiteral("Db-Password"), v1->version.toUpper());
        COFFER_VERIFY_OK(old);
        QCOMPARE(value(*old), QStringLiteral("first"));
        QCOMPARE(old->info.tags.value(QStringLiteral("env")), QStringLiteral("prod"));

        auto versions = secrets.listVersions(QStringLiteral("db-password"));
        COFFER_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).version, v1->version);
        QCOMPARE(versions->at(1).version, v2->version);

        COFFER_VERIFY_OK(secrets.set(QStringLiteral("api-key"), bytes("k")));
        auto all = secrets.list();
        COFFER_VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, QStringLiteral("api-key"));
        QCOMPARE(all->at(1).version, v2->version);

        COFFER_VERIFY_ERROR(secrets.get(QStringLiteral("Db-Password"), ids::newVersionId()), ErrorCode::NotFound);
        COFFER_VERIFY_ERROR(secrets.get(QStringLiteral("nope")), ErrorCode::NotFound);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("tagCount");
        QTest::addColumn<int>("tagLength");
        QTest::addColumn<int>("contentTypeLength");
        QTest::addColumn<bool>("nbfAfterExp");
        QTest::newRow("empty name") << QString() << QByteArray("v") << 0 << 1 << 0 << false;
        QTest::newRow("underscore") << QStringLiteral("db_password") << QByteArray("v") << 0 << 1 << 0 << false;
        QTest::newRow("space") << QStringLiteral("db password") << QByteArray("v") << 0 << 1 << 0 << false;
        QTest::newRow("128 characters") << QString(128, u'a') << QByteArray("v") << 0 << 1 << 0 << false;
        QTest::newRow("non-ASCII") << QStringLiteral("pässword") << QByteArray("v") << 0 << 1 << 0 << false;
        QTest::newRow("empty value") << QStringLiteral("ok") << QByteArray() << 0 << 1 << 0 << false;
        QTest::newRow("16 tags") << QStringLiteral("ok") << QByteArray("v") << 16 << 1 << 0 << false;
        QTest::newRow("tag of 257") << QStringLiteral("ok") << QByteArray("v") << 1 << 257 << 0 << false;
        QTest::newRow("content type of 256") << QStringLiteral("ok") << QByteArray("v") << 0 << 1 << 256 << false;
        QTest::newRow("nbf after exp") << QStringLiteral("ok") << QByteArray("v") << 0 << 1 << 0 << true;
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, value);
        QFETCH(int, tagCount);
        QFETCH(int, tagLength);
        QFETCH(int, contentTypeLength);
        QFETCH(bool, nbfAfterExp);
        auto vault = makeVault();
        NewVersionAttributes attrs;
        for (int i = 0; i < tagCount; ++i)
            attrs.tags.insert(QStringLiteral("t%1").arg(i) + QString(tagLength - 1, u'x'), QStringLiteral("v"));
        attrs.contentType = QString(contentTypeLength, u'c');
        if (nbfAfterExp) {
            attrs.notBefore = m_clock.now().addDays(10);
            attrs.expires = m_clock.now().addDays(1);
        }
        COFFER_VERIFY_ERROR(vault->secrets().set(name, SecureBytes(value), attrs), ErrorCode::InvalidArgument);
        QCOMPARE(vault->secrets().list()->size(), 0);
    }

    void limitsAccepted()
    {
        auto vault = makeVault();
        NewVersionAttributes attrs;
        for (int i = 0; i < 15; ++i)
            attrs.tags.insert(QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')) + QString(253, u'x'),
                              QString(256, u'v'));
        attrs.contentType = QString(255, u'c');
        COFFER_VERIFY_OK(vault->secrets().set(QString(127, u'a'), bytes("v"), attrs));
        QByteArray big(1024 * 1024 + 17, '\0');
        for (int i = 0; i < big.size(); ++i)
            big[i] = char(i * 7);
        COFFER_VERIFY_OK(vault->secrets().set(QStringLiteral("big"), SecureBytes(big)));
        QCOMPARE(vault->secrets().get(QStringLiteral("big"))->value.view().toByteArray(), big);
        COFFER_VERIFY_ERROR(
                vault->secrets().set(QStringLiteral("huge"), SecureBytes(std::size_t(10 * 1024 * 1024 + 1))),
                ErrorCode::InvalidArgument);
    }

    void attributesAndDisabledVersions()
    {
        auto vault = makeVault();
        SecretStore &secrets = vault->secrets();
        auto v1 = secrets.set(QStringLiteral("s"), bytes("one"));
        COFFER_VERIFY_OK(v1);
        m_clock.advanceSecs(5);
        AttributeUpdate disable;
        disable.enabled = false;
        auto updated = secrets.updateAttributes(QStringLiteral("s"), v1->version, disable);
        COFFER_VERIFY_OK(updated);
        QVERIFY(!updated->attributes.enabled);
        QCOMPARE(updated->attributes.updated, m_clock.now());
        QCOMPARE(updated->attributes.created, v1->attributes.created);
        COFFER_VERIFY_ERROR(secrets.get(QStringLiteral("s")), ErrorCode::Forbidden);
        COFFER_VERIFY_OK(secrets.show(QStringLiteral("s"))); // metadata still readable

        AttributeUpdate expire;
        expire.enabled = true;
        expire.expires = std::optional<QDateTime>(m_clock.now().addDays(-1));
        expire.tags = Tags {{QStringLiteral("owner"), QStringLiteral("ops")}};
        COFFER_VERIFY_OK(secrets.updateAttributes(QStringLiteral("s"), QString(), expire));
        auto expired = secrets.get(QStringLiteral("s"));
        COFFER_VERIFY_OK(expired); // expired secrets can be read, as in Azure
        QVERIFY(expired->info.attributes.isExpiredAt(m_clock.now()));
        QCOMPARE(expired->info.tags.value(QStringLiteral("owner")), QStringLiteral("ops"));

        AttributeUpdate badDates;
        badDates.notBefore = std::optional<QDateTime>(m_clock.now());
        COFFER_VERIFY_ERROR(secrets.updateAttributes(QStringLiteral("s"), QString(), badDates),
                            ErrorCode::InvalidArgument);
        AttributeUpdate clear;
        clear.expires = std::optional<QDateTime>();
        auto cleared = secrets.updateAttributes(QStringLiteral("s"), QString(), clear);
        COFFER_VERIFY_OK(cleared);
        QVERIFY(!cleared->attributes.expires);
    }

    void softDeleteRecoverPurge()
    {
        auto vault = makeVault(30);
        SecretStore &secrets = vault->secrets();
        auto v1 = secrets.set(QStringLiteral("Gone"), bytes("one"));
        auto v2 = secrets.set(QStringLiteral("Gone"), bytes("two"));
        COFFER_VERIFY_OK(v2);
        m_clock.advanceDays(1);
        auto deleted = secrets.remove(QStringLiteral("gone"));
        COFFER_VERIFY_OK(deleted);
        QCOMPARE(deleted->deletedDate, m_clock.now());
        QCOMPARE(deleted->scheduledPurgeDate, m_clock.now().addDays(30));
        QCOMPARE(deleted->recoveryId(),
                 QStringLiteral("coffer://%1/deletedsecrets/Gone").arg(vault->properties().name));

        // While deleted: only list, show, recover, purge.
        COFFER_VERIFY_ERROR(secrets.get(QStringLiteral("Gone")), ErrorCode::NotFound);
        COFFER_VERIFY_ERROR(secrets.listVersions(QStringLiteral("Gone")), ErrorCode::NotFound);
        COFFER_VERIFY_ERROR(secrets.updateAttributes(QStringLiteral("Gone"), QString(), {}), ErrorCode::NotFound);
        COFFER_VERIFY_ERROR(secrets.backup(QStringLiteral("Gone")), ErrorCode::NotFound);
        COFFER_VERIFY_ERROR(secrets.remove(QStringLiteral("Gone")), ErrorCode::NotFound);
        auto conflict = secrets.set(QStringLiteral("GONE"), bytes("three"));
        COFFER_VERIFY_ERROR(conflict, ErrorCode::Conflict);
        QVERIFY(conflict.error().context().contains(QStringLiteral("recovered or purged")));
        QCOMPARE(secrets.list()->size(), 0);
        QCOMPARE(secrets.listDeleted()->size(), 1);
        COFFER_VERIFY_OK(secrets.getDeleted(QStringLiteral("gone")));
        COFFER_VERIFY_ERROR(secrets.getDeleted(QStringLiteral("other")), ErrorCode::NotFound);

        auto recovered = secrets.recover(QStringLiteral("Gone"));
        COFFER_VERIFY_OK(recovered);
        QCOMPARE(recovered->version, v2->version);
        QCOMPARE(secrets.listVersions(QStringLiteral("Gone"))->size(), 2);
        QCOMPARE(value(*secrets.get(QStringLiteral("Gone"), v1->version)), QStringLiteral("one"));
        COFFER_VERIFY_ERROR(secrets.recover(QStringLiteral("Gone")), ErrorCode::NotFound);
        COFFER_VERIFY_ERROR(secrets.purge(QStringLiteral("Gone")), ErrorCode::NotFound); // purge only deleted ones

        COFFER_VERIFY_OK(secrets.remove(QStringLiteral("Gone")));
        COFFER_VERIFY_OK(secrets.purge(QStringLiteral("Gone")));
        QCOMPARE(secrets.listDeleted()->size(), 0);
        COFFER_VERIFY_OK(secrets.set(QStringLiteral("Gone"), bytes("fresh"))); // the name is free again
        QCOMPARE(secrets.listVersions(QStringLiteral("Gone"))->size(), 1);
    }

    void purgeProtectionWaitsForTheDate()
    {
        auto vault = makeVault(7, true);
        SecretStore &secrets = vault->secrets();
        COFFER_VERIFY_OK(secrets.set(QStringLiteral("kept"), bytes("v")));
        COFFER_VERIFY_OK(secrets.remove(QStringLiteral("kept")));
        auto early = secrets.purge(QStringLiteral("kept"));
        COFFER_VERIFY_ERROR(early, ErrorCode::Forbidden);
        QVERIFY(early.error().context().contains(QStringLiteral("purge protection")));
        m_clock.advanceDays(6);
        COFFER_VERIFY_ERROR(secrets.purge(QStringLiteral("kept")), ErrorCode::Forbidden);
        m_clock.advanceDays(1);
        COFFER_VERIFY_OK(secrets.purge(QStringLiteral("kept")));
    }

    void duePurgesHappenOnOpen()
    {
        auto vault = makeVault(7);
        const QString path = vault->path();
        COFFER_VERIFY_OK(vault->secrets().set(QStringLiteral("a"), bytes("v")));
        COFFER_VERIFY_OK(vault->secrets().set(QStringLiteral("b"), bytes("v")));
        COFFER_VERIFY_OK(vault->secrets().remove(QStringLiteral("a")));
        m_clock.advanceDays(3);
        COFFER_VERIFY_OK(vault->secrets().remove(QStringLiteral("b")));
        vault.reset();

        m_clock.advanceDays(4); // a is due, b is not
        auto reopened = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("pw")), m_clock);
        COFFER_VERIFY_OK(reopened);
        QCOMPARE((*reopened)->purgedOnOpen(), 1);
        auto deleted = (*reopened)->secrets().listDeleted();
        QCOMPARE(deleted->size(), 1);
        QCOMPARE(deleted->at(0).current.name, QStringLiteral("b"));
        COFFER_VERIFY_OK((*reopened)->secrets().set(QStringLiteral("a"), bytes("reused")));
    }

    void createOnlyForNewNames()
    {
        auto vault = makeVault();
        SecretStore &secrets = vault->secrets();
        COFFER_VERIFY_OK(secrets.create(QStringLiteral("fresh"), bytes("1")));
        COFFER_VERIFY_ERROR(secrets.create(QStringLiteral("FRESH"), bytes("2")), ErrorCode::AlreadyExists);
        QCOMPARE(secrets.listVersions(QStringLiteral("fresh"))->size(), 1);
        COFFER_VERIFY_OK(secrets.remove(QStringLiteral("fresh")));
        COFFER_VERIFY_ERROR(secrets.create(QStringLiteral("fresh"), bytes("3")), ErrorCode::Conflict);
        COFFER_VERIFY_ERROR(secrets.create(QStringLiteral("bad name"), bytes("3")), ErrorCode::InvalidArgument);
    }

    void setManyIsAllOrNothing()
    {
        auto vault = makeVault();
        std::vector<SecretSetRequest> batch;
        batch.push_back({QStringLiteral("one"), bytes("1"), {}});
        batch.push_back({QStringLiteral("two"), bytes("2"), {}});
        batch.push_back({QStringLiteral("bad name"), bytes("3"), {}});
        COFFER_VERIFY_ERROR(vault->secrets().setMany(batch), ErrorCode::InvalidArgument);
        QCOMPARE(vault->secrets().list()->size(), 0);
        batch.pop_back();
        QCOMPARE(*vault->secrets().setMany(batch), 2);
        QCOMPARE(vault->secrets().list()->size(), 2);
    }

    void backupAndRestore()
    {
        auto vault = makeVault();
        SecretStore &secrets = vault->secrets();
        NewVersionAttributes attrs;
        attrs.contentType = QStringLiteral("application/json");
        attrs.tags = {{QStringLiteral("app"), QStringLiteral("billing")}};
        auto v1 = secrets.set(QStringLiteral("Conn"), bytes("v-one"), attrs);
        auto v2 = secrets.set(QStringLiteral("Conn"), bytes("v-two"));
        COFFER_VERIFY_OK(v2);
        auto file = secrets.backup(QStringLiteral("conn"));
        COFFER_VERIFY_OK(file);
        QVERIFY(!file->contains("v-one"));
        QVERIFY(!file->contains("v-two"));
        QVERIFY(!file->contains("billing"));

        COFFER_VERIFY_ERROR(secrets.restore(*file), ErrorCode::Conflict); // exists
        COFFER_VERIFY_OK(secrets.remove(QStringLiteral("Conn")));
        COFFER_VERIFY_ERROR(secrets.restore(*file), ErrorCode::Conflict); // deleted, not purged
        COFFER_VERIFY_OK(secrets.purge(QStringLiteral("Conn")));
        auto restored = secrets.restore(*file);
        COFFER_VERIFY_OK(restored);
        QCOMPARE(restored->version, v2->version);
        auto versions = secrets.listVersions(QStringLiteral("Conn"));
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).version, v1->version);
        QCOMPARE(versions->at(0).contentType, QStringLiteral("application/json"));
        QCOMPARE(versions->at(0).attributes.created, v1->attributes.created);
        QCOMPARE(value(*secrets.get(QStringLiteral("Conn"), v1->version)), QStringLiteral("v-one"));

        // Tampered, truncated, foreign: each its own error, nothing restored.
        COFFER_VERIFY_OK(secrets.remove(QStringLiteral("Conn")));
        COFFER_VERIFY_OK(secrets.purge(QStringLiteral("Conn")));
        QByteArray tampered = *file;
        const qsizetype at = tampered.indexOf("\"ciphertext\": \"") + 20;
        tampered[at] = tampered[at] == 'A' ? 'B' : 'A';
        COFFER_VERIFY_ERROR(secrets.restore(tampered), ErrorCode::Corrupted);
        COFFER_VERIFY_ERROR(secrets.restore(file->left(file->size() / 2)), ErrorCode::Corrupted);
        COFFER_VERIFY_ERROR(secrets.restore(QByteArray("hello, world")), ErrorCode::InvalidArgument);
        QCOMPARE(secrets.list()->size(), 0);

        // Another vault refuses the backup until it holds this vault's backup key.
        auto other = makeVault();
        auto refused = other->secrets().restore(*file);
        COFFER_VERIFY_ERROR(refused, ErrorCode::NotFound);
        QVERIFY(refused.error().context().contains(QStringLiteral("another family")));
        auto keyFile = vault->backupKeys().exportOwnKey(SecureString::fromUtf8("family secret"),
                                                        Argon2Params::fastForTests());
        COFFER_VERIFY_OK(keyFile);
        COFFER_VERIFY_ERROR(other->backupKeys().importKey(*keyFile, SecureString::fromUtf8("wrong")),
                            ErrorCode::WrongCredential);
        auto imported = other->backupKeys().importKey(*keyFile, SecureString::fromUtf8("family secret"));
        COFFER_VERIFY_OK(imported);
        QCOMPARE(*imported, *vault->backupKeys().ownKeyId());
        COFFER_VERIFY_OK(other->secrets().restore(*file));
        QCOMPARE(value(*other->secrets().get(QStringLiteral("conn"))), QStringLiteral("v-two"));
    }

    void anotherConnectionSeesChanges()
    {
        auto vault = makeVault();
        const QString path = vault->path();
        auto second = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("pw")), m_clock);
        COFFER_VERIFY_OK(second);
        const qint64 before = *(*second)->externalChangeCounter();
        COFFER_VERIFY_OK(vault->secrets().set(QStringLiteral("from-cli"), bytes("v")));
        QVERIFY(*(*second)->externalChangeCounter() != before);
        QCOMPARE(value(*(*second)->secrets().get(QStringLiteral("from-cli"))), QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
