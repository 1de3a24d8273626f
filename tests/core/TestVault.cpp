#include "core/storage/Database.h"
#include "core/vault/Schema.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultBundle.h"
#include "tests/support/FakeKeychainStore.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace coffer;

class TestVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {test::fixedStart()};
    const Argon2Params m_fast = Argon2Params::fastForTests();

    VaultCreateOptions options(const QString &name)
    {
        VaultCreateOptions o;
        o.parentFolder = m_dir.path();
        o.name = name;
        o.ownerName = QStringLiteral("alice");
        o.kdf = m_fast;
        return o;
    }
    static SecureString pass(const char *text) { return SecureString::fromUtf8(text); }

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void createMakesBundle()
    {
        auto created = Vault::create(options(QStringLiteral("Team-Vault")), pass("correct horse"), m_clock);
        COFFER_VERIFY_OK(created);
        const QString path = m_dir.filePath(QStringLiteral("Team-Vault.coffer"));
        QCOMPARE(created->vault->path(), path);
        QVERIFY(QFile::exists(path + QStringLiteral("/header.json")));
        QVERIFY(QFile::exists(path + QStringLiteral("/vault.db")));

        const VaultProperties props = created->vault->properties();
        QCOMPARE(props.name, QStringLiteral("Team-Vault"));
        QCOMPARE(props.retentionDays, 90);
        QCOMPARE(props.purgeProtection, false);
        QCOMPARE(props.permissionModel, PermissionModel::Rbac);
        QCOMPARE(props.created, m_clock.now());
        QCOMPARE(props.ownerName, QStringLiteral("alice"));
        QCOMPARE(props.recoveryLevel(), QStringLiteral("Recoverable+Purgeable"));
        QCOMPARE(props.schemaVersion, schema::latestVersion());

        const auto slots = created->vault->keyslots();
        QCOMPARE(slots.size(), 2);
        QCOMPARE(slots[0].type, KeyslotType::Passphrase);
        QCOMPARE(slots[1].type, KeyslotType::Recovery);
        QCOMPARE(slots[0].principalId, props.ownerPrincipalId);

        // The recovery key: 14 groups of 4 base32 characters.
        const QString key = created->recoveryKey.toQStringForDisplay();
        QCOMPARE(key.size(), 14 * 4 + 13);
        QCOMPARE(key.count(u'-'), 13);

        // header.json holds no secret: neither the passphrase nor the recovery key.
        QFile header(path + QStringLiteral("/header.json"));
        QVERIFY(header.open(QIODevice::ReadOnly));
        const QByteArray headerBytes = header.readAll();
        QVERIFY(!headerBytes.contains("correct horse"));
        QVERIFY(!headerBytes.contains(key.toLatin1()));
        QVERIFY(headerBytes.contains("\"argon2id\""));

        // vault.db is encrypted: no SQLite magic, no plaintext vault name.
        QFile db(path + QStringLiteral("/vault.db"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray dbBytes = db.readAll();
        QVERIFY(!dbBytes.startsWith("SQLite format 3"));
        QVERIFY(!dbBytes.contains("Team-Vault"));
        QCOMPARE(dbBytes.size() % 4096, 0);
    }

    void createValidates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("retention");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<int>("code");
        QTest::newRow("too short") << QStringLiteral("ab") << 90 << QByteArray("p") << int(ErrorCode::InvalidArgument);
        QTest::newRow("too long") << QStringLiteral("a234567890123456789012345") << 90 << QByteArray("p")
                                  << int(ErrorCode::InvalidArgument);
        QTest::newRow("starts with digit")
                << QStringLiteral("1abc") << 90 << QByteArray("p") << int(ErrorCode::InvalidArgument);
        QTest::newRow("double dash") << QStringLiteral("ab--cd") << 90 << QByteArray("p")
                                     << int(ErrorCode::InvalidArgument);
        QTest::newRow("ends with dash") << QStringLiteral("abc-") << 90 << QByteArray("p")
                                        << int(ErrorCode::InvalidArgument);
        QTest::newRow("underscore") << QStringLiteral("ab_cd") << 90 << QByteArray("p")
                                    << int(ErrorCode::InvalidArgument);
        QTest::newRow("retention 6") << QStringLiteral("Okay") << 6 << QByteArray("p")
                                     << int(ErrorCode::InvalidArgument);
        QTest::newRow("retention 91") << QStringLiteral("Okay") << 91 << QByteArray("p")
                                      << int(ErrorCode::InvalidArgument);
        QTest::newRow("empty passphrase")
                << QStringLiteral("Okay") << 90 << QByteArray() << int(ErrorCode::InvalidArgument);
    }

    void createValidates()
    {
        QFETCH(QString, name);
        QFETCH(int, retention);
        QFETCH(QByteArray, passphrase);
        QFETCH(int, code);
        VaultCreateOptions o = options(name);
        o.retentionDays = retention;
        COFFER_VERIFY_ERROR(Vault::create(o, SecureString::fromUtf8(passphrase), m_clock), ErrorCode(code));
        QVERIFY(!QFileInfo::exists(Vault::bundlePath(m_dir.path(), name)));
    }

    void createEdgeRetentionAccepted()
    {
        VaultCreateOptions o = options(QStringLiteral("Seven"));
        o.retentionDays = 7;
        o.purgeProtection = true;
        auto created = Vault::create(o, pass("pw"), m_clock);
        COFFER_VERIFY_OK(created);
        QCOMPARE(created->vault->properties().retentionDays, 7);
        QCOMPARE(created->vault->properties().recoveryLevel(), QStringLiteral("CustomizedRecoverable"));
    }

    void createRefusesExistingBundleAndMissingFolder()
    {
        auto first = Vault::create(options(QStringLiteral("Twice")), pass("pw"), m_clock);
        COFFER_VERIFY_OK(first);
        const QString path = first->vault->path();
        first->vault.reset();
        const auto before = test::snapshotFolder(path);
        COFFER_VERIFY_ERROR(Vault::create(options(QStringLiteral("Twice")), pass("pw"), m_clock),
                            ErrorCode::AlreadyExists);
        QCOMPARE(test::snapshotFolder(Vault::bundlePath(m_dir.path(), QStringLiteral("Twice"))), before);

        VaultCreateOptions o = options(QStringLiteral("Nowhere"));
        o.parentFolder = m_dir.filePath(QStringLiteral("does/not/exist"));
        COFFER_VERIFY_ERROR(Vault::create(o, pass("pw"), m_clock), ErrorCode::NotFound);
    }

    void openWithEachCredential()
    {
        auto created = Vault::create(options(QStringLiteral("Opener")), pass("open sesame"), m_clock);
        COFFER_VERIFY_OK(created);
        const QString path = created->vault->path();
        const QString vaultId = created->vault->properties().id;
        const SecureString recoveryKey = created->recoveryKey.clone();
        created->vault.reset();

        m_clock.advanceDays(3);
        auto byPass = Vault::open(path, Credential::passphrase(pass("open sesame")), m_clock);
        COFFER_VERIFY_OK(byPass);
        QCOMPARE((*byPass)->properties().id, vaultId);
        QCOMPARE((*byPass)->keyslots().at(0).id, (*byPass)->unlockedSlotId());
        byPass->reset();

        auto byRecovery = Vault::open(path, Credential::recoveryKey(recoveryKey.clone()), m_clock);
        COFFER_VERIFY_OK(byRecovery);
        QCOMPARE((*byRecovery)->keyslots().at(1).id, (*byRecovery)->unlockedSlotId());
        byRecovery->reset();

        // Lower case, spaces instead of dashes: the same key.
        QString relaxed = recoveryKey.toQStringForDisplay().toLower().replace(u'-', u' ');
        COFFER_VERIFY_OK(Vault::open(path, Credential::recoveryKey(SecureString::fromQString(relaxed)), m_clock));

        // The vault has no keychain slot yet.
        test::FakeKeychainStore keychain;
        COFFER_VERIFY_ERROR(Vault::open(path, Credential::keychain(), m_clock, &keychain), ErrorCode::NotFound);
    }

    void inspectNeedsNoCredential()
    {
        auto created = Vault::create(options(QStringLiteral("Peek")), pass("pw"), m_clock);
        COFFER_VERIFY_OK(created);
        auto summary = Vault::inspect(created->vault->path());
        COFFER_VERIFY_OK(summary);
        QCOMPARE(summary->name, QStringLiteral("Peek"));
        QCOMPARE(summary->id, created->vault->properties().id);
        QCOMPARE(summary->keyslots.size(), 2);
    }

    void keyslotsAddRemoveChange()
    {
        auto created = Vault::create(options(QStringLiteral("Slots")), pass("first"), m_clock);
        COFFER_VERIFY_OK(created);
        Vault &vault = *created->vault;
        const QString path = vault.path();
        const auto saltBefore = bundle::readDatabaseSalt(path);
        COFFER_VERIFY_OK(saltBefore);

        auto second = vault.addPassphraseSlot(pass("second"), QStringLiteral("Bob's"), m_fast);
        COFFER_VERIFY_OK(second);
        auto recovery = vault.addRecoverySlot(QStringLiteral("Spare recovery key"));
        COFFER_VERIFY_OK(recovery);
        test::FakeKeychainStore keychain;
        auto chain = vault.addKeychainSlot(keychain, QStringLiteral("This computer"));
        COFFER_VERIFY_OK(chain);
        QCOMPARE(keychain.entryCount(), 1);
        QCOMPARE(vault.keyslots().size(), 5);
        const SecureString spareKey = recovery->recoveryKey.clone();
        created->vault.reset();

        // Adding slots never re-encrypts the database: its salt is the same and the first passphrase still opens it.
        QCOMPARE(*bundle::readDatabaseSalt(path), *saltBefore);

        COFFER_VERIFY_OK(Vault::open(path, Credential::passphrase(pass("first")), m_clock));
        COFFER_VERIFY_OK(Vault::open(path, Credential::passphrase(pass("second")), m_clock));
        COFFER_VERIFY_OK(Vault::open(path, Credential::recoveryKey(spareKey.clone()), m_clock));
        auto viaChain = Vault::open(path, Credential::keychain(), m_clock, &keychain);
        COFFER_VERIFY_OK(viaChain);
        QCOMPARE((*viaChain)->unlockedSlotId(), *chain);

        // Keychain refusing: its own error, not "wrong credential".
        keychain.setRefusing(true);
        COFFER_VERIFY_ERROR(Vault::open(path, Credential::keychain(), m_clock, &keychain),
                            ErrorCode::KeychainUnavailable);
        keychain.setRefusing(false);

        // Remove the keychain slot: its keychain entry goes too, and it no longer opens.
        COFFER_VERIFY_OK((*viaChain)->removeKeyslot(*chain, &keychain));
        QCOMPARE(keychain.entryCount(), 0);
        viaChain->reset();
        COFFER_VERIFY_ERROR(Vault::open(path, Credential::keychain(), m_clock, &keychain), ErrorCode::NotFound);

        // Change the second passphrase: old refused, new accepted, first untouched.
        auto asSecond = Vault::open(path, Credential::passphrase(pass("second")), m_clock);
        COFFER_VERIFY_OK(asSecond);
        COFFER_VERIFY_OK((*asSecond)->changePassphrase(QString(), pass("second, changed"), m_fast));
        COFFER_VERIFY_ERROR((*asSecond)->changePassphrase(QStringLiteral("nope1234"), pass("x"), m_fast),
                            ErrorCode::NotFound);
        asSecond->reset();
        COFFER_VERIFY_ERROR(Vault::open(path, Credential::passphrase(pass("second")), m_clock),
                            ErrorCode::WrongCredential);
        COFFER_VERIFY_OK(Vault::open(path, Credential::passphrase(pass("second, changed")), m_clock));
        COFFER_VERIFY_OK(Vault::open(path, Credential::passphrase(pass("first")), m_clock));
    }

    void lastSlotCannotBeRemoved()
    {
        auto created = Vault::create(options(QStringLiteral("Last")), pass("pw"), m_clock);
        COFFER_VERIFY_OK(created);
        Vault &vault = *created->vault;
        const auto slots = vault.keyslots();
        COFFER_VERIFY_OK(vault.removeKeyslot(slots[1].id));
        COFFER_VERIFY_ERROR(vault.removeKeyslot(slots[0].id), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(vault.removeKeyslot(QStringLiteral("00000000")), ErrorCode::NotFound);
        COFFER_VERIFY_ERROR(vault.changePassphrase(slots[0].id, SecureString(), m_fast), ErrorCode::InvalidArgument);
        QCOMPARE(vault.keyslots().size(), 1);
    }

    void purgeProtectionOnlyTurnsOn()
    {
        auto created = Vault::create(options(QStringLiteral("Protect")), pass("pw"), m_clock);
        COFFER_VERIFY_OK(created);
        const QString path = created->vault->path();
        COFFER_VERIFY_OK(created->vault->setPurgeProtection(false)); // already off: nothing to do
        COFFER_VERIFY_OK(created->vault->setPurgeProtection(true));
        COFFER_VERIFY_ERROR(created->vault->setPurgeProtection(false), ErrorCode::InvalidArgument);
        created->vault.reset();
        auto reopened = Vault::open(path, Credential::passphrase(pass("pw")), m_clock);
        COFFER_VERIFY_OK(reopened);
        QVERIFY((*reopened)->properties().purgeProtection);
        QCOMPARE((*reopened)->properties().recoveryLevel(), QStringLiteral("Recoverable"));
    }

    void headerRollbackRefused()
    {
        auto created = Vault::create(options(QStringLiteral("Rollback")), pass("old"), m_clock);
        COFFER_VERIFY_OK(created);
        const QString path = created->vault->path();
        const QString headerPath = bundle::headerPath(path);
        QFile::copy(headerPath, headerPath + QStringLiteral(".saved"));
        // The owner changes the passphrase; someone later puts the old header back.
        COFFER_VERIFY_OK(created->vault->changePassphrase(QString(), pass("new"), m_fast));
        created->vault.reset();
        QFile::remove(headerPath);
        QFile::rename(headerPath + QStringLiteral(".saved"), headerPath);
        const auto before = test::snapshotFolder(path);
        COFFER_VERIFY_ERROR(Vault::open(path, Credential::passphrase(pass("old")), m_clock),
                            ErrorCode::HeaderRolledBack);
        QCOMPARE(test::snapshotFolder(path), before);
    }

    void headerAheadOfDatabaseIsAccepted()
    {
        // A crash after header.json was written but before the database recorded its generation.
        auto created = Vault::create(options(QStringLiteral("Crashy")), pass("pw"), m_clock);
        COFFER_VERIFY_OK(created);
        const QString path = created->vault->path();
        COFFER_VERIFY_OK(created->vault->addPassphraseSlot(pass("two"), QStringLiteral("two"), m_fast));
        {
            auto stmt
                    = created->vault->database().prepare("UPDATE meta SET value = '1' WHERE key = 'header_generation'");
            COFFER_VERIFY_OK(stmt);
            COFFER_VERIFY_OK(stmt->run());
        }
        created->vault.reset();
        auto reopened = Vault::open(path, Credential::passphrase(pass("two")), m_clock);
        COFFER_VERIFY_OK(reopened);
        reopened->reset();
        // And having caught up, an older header would now be refused.
        COFFER_VERIFY_OK(Vault::open(path, Credential::passphrase(pass("pw")), m_clock));
    }

    void newerSchemaRefused()
    {
        auto created = Vault::create(options(QStringLiteral("Future")), pass("pw"), m_clock);
        COFFER_VERIFY_OK(created);
        const QString path = created->vault->path();
        {
            auto stmt = created->vault->database().prepare(
                    "INSERT INTO schema_version (version, description) VALUES (99, 'from the future')");
            COFFER_VERIFY_OK(stmt);
            COFFER_VERIFY_OK(stmt->run());
        }
        created->vault.reset();
        const auto before = test::snapshotFolder(path);
        auto opened = Vault::open(path, Credential::passphrase(pass("pw")), m_clock);
        COFFER_VERIFY_ERROR(opened, ErrorCode::UnsupportedFormat);
        QVERIFY(opened.error().context().contains(QStringLiteral("newer Coffer")));
        QCOMPARE(test::snapshotFolder(path), before);
    }

    void twoProcessesChangingKeyslotsLoseNothing()
    {
        // The console and the CLI both have the vault open; each adds a slot. Neither change may be lost.
        auto created = Vault::create(options(QStringLiteral("Shared")), pass("pw"), m_clock);
        COFFER_VERIFY_OK(created);
        const QString path = created->vault->path();
        auto cli = Vault::open(path, Credential::passphrase(pass("pw")), m_clock);
        COFFER_VERIFY_OK(cli);
        COFFER_VERIFY_OK((*cli)->addPassphraseSlot(pass("from-cli"), QStringLiteral("cli"), m_fast));
        COFFER_VERIFY_OK(created->vault->addPassphraseSlot(pass("from-gui"), QStringLiteral("gui"), m_fast));
        QCOMPARE(created->vault->keyslots().size(), 4);
        QCOMPARE((*cli)->keyslots().size(), 4);
        // Purge protection turned on elsewhere is seen here.
        COFFER_VERIFY_OK((*cli)->setPurgeProtection(true));
        QVERIFY(created->vault->properties().purgeProtection);
        COFFER_VERIFY_ERROR(created->vault->setPurgeProtection(false), ErrorCode::InvalidArgument);
        cli->reset();
        created->vault.reset();
        COFFER_VERIFY_OK(Vault::open(path, Credential::passphrase(pass("from-cli")), m_clock));
        COFFER_VERIFY_OK(Vault::open(path, Credential::passphrase(pass("from-gui")), m_clock));
    }

    void integrityCheckPassesOnHealthyVault()
    {
        auto created = Vault::create(options(QStringLiteral("Healthy")), pass("pw"), m_clock);
        COFFER_VERIFY_OK(created);
        COFFER_VERIFY_OK(created->vault->checkIntegrity());
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
