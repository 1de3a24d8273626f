// The real OS keychain (Secret Service through QtKeychain), not the in-memory fake. CTest runs this through
// tests/support/keyring/with-keyring.sh, which starts a private D-Bus session with an unlocked gnome-keyring;
// without one the test skips and says why, and it never touches the keychain of the person running it.
#include "core/common/Clock.h"
#include "core/common/KdfParams.h"
#include "core/common/SecureBytes.h"
#include "core/vault/Credential.h"
#include "core/vault/KeychainStore.h"
#include "core/vault/Keyslot.h"
#include "core/vault/Vault.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace coffer;

class TestQtKeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void writeReadRemoveBinarySecret();
    void keychainSlotUnlocksVault();

private:
    // The entries this test can see through secret-tool, QtKeychain's libsecret attributes (service = "server").
    QString secretToolSearch(const QString &service) const;

    QtKeychainStore m_store;
    const QString m_service = QStringLiteral("Coffer test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void TestQtKeychainStore::initTestCase()
{
    const QString unavailable = qEnvironmentVariable("COFFER_KEYRING_UNAVAILABLE");
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no OS keychain could be started here: ") + unavailable));
    if (qEnvironmentVariable("COFFER_KEYRING_SESSION") != u"1")
        QSKIP("run this test through tests/support/keyring/with-keyring.sh (ctest does): it needs a private, "
              "unlocked keyring and never uses yours");
}

void TestQtKeychainStore::init()
{
    test::failOnAnyWarning();
}

QString TestQtKeychainStore::secretToolSearch(const QString &service) const
{
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        return QStringLiteral("(secret-tool is not installed)");
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    if (!tool.waitForFinished(20000))
        return QStringLiteral("(secret-tool did not answer)");
    return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
}

void TestQtKeychainStore::writeReadRemoveBinarySecret()
{
    // Every byte value, NUL and invalid UTF-8 included: the key-encryption keys are raw bytes.
    QByteArray raw;
    for (int i = 0; i < 256; ++i)
        raw.append(char(i));
    const SecureBytes secret(raw);
    const QString account = QStringLiteral("binary-secret");

    COFFER_VERIFY_ERROR(m_store.read(m_service, account), ErrorCode::NotFound);
    COFFER_VERIFY_OK(m_store.write(m_service, account, secret));

    // It is in the Secret Service for any client to see, not only in this process.
    const QString listed = secretToolSearch(m_service);
    QVERIFY2(listed.contains(account), qPrintable(QStringLiteral("secret-tool does not list the entry: ") + listed));

    // A second store object reads it back byte for byte.
    QtKeychainStore other;
    auto read = other.read(m_service, account);
    COFFER_VERIFY_OK(read);
    QCOMPARE(read->size(), std::size_t(256));
    QVERIFY(read->equals(secret));

    // Writing again replaces the value.
    const SecureBytes replacement(QByteArrayView("\x00\xff\x01replaced", 11));
    COFFER_VERIFY_OK(m_store.write(m_service, account, replacement));
    auto reread = m_store.read(m_service, account);
    COFFER_VERIFY_OK(reread);
    QVERIFY(reread->equals(replacement));

    COFFER_VERIFY_OK(m_store.remove(m_service, account));
    COFFER_VERIFY_ERROR(m_store.read(m_service, account), ErrorCode::NotFound);
    QVERIFY2(!secretToolSearch(m_service).contains(account), "the entry is still in the keyring after remove()");
    // Removing what is already gone is not an error.
    COFFER_VERIFY_OK(m_store.remove(m_service, account));
}

void TestQtKeychainStore::keychainSlotUnlocksVault()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    FakeClock clock(test::fixedStart());
    VaultCreateOptions options;
    options.parentFolder = parent.path();
    options.name = QStringLiteral("KeychainVault");
    options.ownerName = QStringLiteral("Keychain Tester");
    options.kdf = Argon2Params::fastForTests();

    auto created = Vault::create(options, SecureString::fromUtf8("correct horse battery"), clock);
    COFFER_VERIFY_OK(created);
    const QString path = created->vault->path();
    auto slotId = created->vault->addKeychainSlot(m_store, QStringLiteral("This computer"));
    COFFER_VERIFY_OK(slotId);
    created->vault.reset(); // lock

    // The header names the keychain entry; the entry holds the key-encryption key.
    QFile headerFile(QDir(path).filePath(QStringLiteral("header.json")));
    QVERIFY(headerFile.open(QIODevice::ReadOnly));
    QString service;
    QString account;
    const QJsonArray slots = QJsonDocument::fromJson(headerFile.readAll()).object().value(u"keyslots").toArray();
    for (const QJsonValue &slot : slots) {
        if (slot.toObject().value(u"id").toString() == *slotId) {
            QCOMPARE(slot.toObject().value(u"type").toString(), QStringLiteral("keychain"));
            service = slot.toObject().value(u"keychain").toObject().value(u"service").toString();
            account = slot.toObject().value(u"keychain").toObject().value(u"account").toString();
        }
    }
    QVERIFY2(!service.isEmpty() && !account.isEmpty(), "header.json does not name the keychain entry of the slot");
    auto kek = m_store.read(service, account);
    COFFER_VERIFY_OK(kek);
    QVERIFY(!kek->isEmpty());

    // Unlocks without typing anything.
    auto opened = Vault::open(path, Credential::keychain(), clock, &m_store);
    COFFER_VERIFY_OK(opened);
    QCOMPARE((*opened)->unlockedSlotId(), *slotId);
    bool listed = false;
    for (const KeyslotInfo &info : (*opened)->keyslots())
        listed = listed || (info.id == *slotId && info.type == KeyslotType::Keychain);
    QVERIFY2(listed, "the keychain slot is not among the vault's keyslots");

    // Removing the slot deletes its keychain entry too.
    COFFER_VERIFY_OK((*opened)->removeKeyslot(*slotId, &m_store));
    for (const KeyslotInfo &info : (*opened)->keyslots())
        QVERIFY(info.id != *slotId);
    opened->reset();
    COFFER_VERIFY_ERROR(m_store.read(service, account), ErrorCode::NotFound);
    COFFER_VERIFY_ERROR(Vault::open(path, Credential::keychain(), clock, &m_store), ErrorCode::NotFound);

    // The passphrase still opens it.
    COFFER_VERIFY_OK(Vault::open(path, Credential::passphrase(SecureString::fromUtf8("correct horse battery")), clock,
                                 &m_store));
}

QTEST_GUILESS_MAIN(TestQtKeychainStore)
#include "TestQtKeychainStore.moc"
