#include "core/vault/Vault.h"
#include "models/ErrorText.h"
#include "models/VaultSession.h"
#include "tests/support/FakeKeychainStore.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace coffer;
using coffer::models::VaultSession;
using coffer::models::VaultState;

namespace {
const QByteArray kPassphrase = "correct horse battery staple";
} // namespace

class TestVaultSession : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    test::FakeKeychainStore m_keychain;
    QTemporaryDir m_dir;
    QString m_recoveryKey;

    models::Services services()
    {
        models::Services s;
        s.clock = &m_clock;
        s.keychain = &m_keychain;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }

    // A fresh, locked vault; returns its path.
    QString makeVault(const QString &name)
    {
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = name;
        options.retentionDays = 14;
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        if (!created)
            qFatal("cannot create a test vault: %s", qPrintable(created.error().toString()));
        m_recoveryKey = created->recoveryKey.toQStringForDisplay();
        return created->vault->path();
    }

    // Unlocks and waits for the job; returns the result.
    Result<void> unlock(VaultSession &session, Credential credential)
    {
        QSignalSpy finished(&session, &VaultSession::unlockFinished);
        session.unlock(std::move(credential));
        if (session.state() != VaultState::Unlocking)
            return Error(ErrorCode::Internal, QStringLiteral("did not start"));
        if (!finished.wait(20000))
            return Error(ErrorCode::Internal, QStringLiteral("no result"));
        return finished.first().first().value<Result<void>>();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { test::failOnAnyWarning(); }

    void inspectReadsTheHeader()
    {
        const QString path = makeVault(QStringLiteral("inspect-me"));
        VaultSession session(path, services());
        QCOMPARE(session.displayName(), QStringLiteral("inspect-me")); // from the folder name
        COFFER_VERIFY_OK(session.inspect());
        QCOMPARE(session.displayName(), QStringLiteral("inspect-me"));
        QVERIFY(!session.vaultId().isEmpty());
        QCOMPARE(session.keyslots().size(), 2);
        QVERIFY(!session.hasKeychainSlot());
        QCOMPARE(session.state(), VaultState::Locked);
        QVERIFY(!session.properties());
    }

    void wrongThenRightPassphrase()
    {
        VaultSession session(makeVault(QStringLiteral("unlock-me")), services());
        QSignalSpy states(&session, &VaultSession::stateChanged);

        auto wrong = unlock(session, Credential::passphrase(SecureString::fromUtf8("not it")));
        COFFER_VERIFY_ERROR(wrong, ErrorCode::WrongCredential);
        QCOMPARE(session.state(), VaultState::Locked);
        QCOMPARE(session.lastErrorCode(), ErrorCode::WrongCredential);
        QCOMPARE(session.lastErrorText(), models::ErrorText::forUnlock(wrong.error(), Credential::Kind::Passphrase));
        QVERIFY(session.lastErrorText().contains(u"Wrong passphrase"));
        QVERIFY(!session.vault());

        COFFER_VERIFY_OK(unlock(session, Credential::passphrase(SecureString::fromUtf8(kPassphrase))));
        QCOMPARE(session.state(), VaultState::Unlocked);
        QVERIFY(session.lastErrorText().isEmpty());
        QVERIFY(session.vault());
        QCOMPARE(session.properties()->retentionDays, 14);
        QCOMPARE(session.properties()->name, QStringLiteral("unlock-me"));
        // Locked → Unlocking → Locked → Unlocking → Unlocked
        QCOMPARE(states.count(), 4);
        QCOMPARE(states.last().first().value<VaultState>(), VaultState::Unlocked);

        session.lock();
        QCOMPARE(session.state(), VaultState::Locked);
        QVERIFY(!session.vault());
        QVERIFY(!session.properties());
    }

    void recoveryKeyMistypedThenRight()
    {
        VaultSession session(makeVault(QStringLiteral("recover-me")), services());
        QString mistyped = m_recoveryKey;
        mistyped[0] = mistyped.at(0) == u'A' ? u'B' : u'A';
        auto bad = unlock(session, Credential::recoveryKey(SecureString::fromQString(mistyped)));
        COFFER_VERIFY_ERROR(bad, ErrorCode::InvalidArgument);
        QVERIFY(session.lastErrorText().contains(u"mistyped"));
        QCOMPARE(session.state(), VaultState::Locked);

        QString key = m_recoveryKey.toLower(); // any case
        COFFER_VERIFY_OK(unlock(session, Credential::recoveryKey(SecureString::fromQString(key))));
        QVERIFY(session.isUnlocked());
    }

    void keychainSlot()
    {
        const QString path = makeVault(QStringLiteral("keychain-me"));
        {
            auto vault = Vault::open(path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
            COFFER_VERIFY_OK(vault);
            COFFER_VERIFY_OK((*vault)->addKeychainSlot(m_keychain, QStringLiteral("This machine")));
        }
        VaultSession session(path, services());
        COFFER_VERIFY_OK(session.inspect());
        QVERIFY(session.hasKeychainSlot());
        m_keychain.setRefusing(true);
        auto refused = unlock(session, Credential::keychain());
        COFFER_VERIFY_ERROR(refused, ErrorCode::KeychainUnavailable);
        QCOMPARE(session.lastErrorText(), models::ErrorText::forCode(ErrorCode::KeychainUnavailable));
        m_keychain.setRefusing(false);
        COFFER_VERIFY_OK(unlock(session, Credential::keychain()));
        QCOMPARE(session.keyslots().size(), 3);
    }

    void damagedBundlesGiveTheirOwnErrors()
    {
        const QString missing = makeVault(QStringLiteral("missing-db"));
        QVERIFY(QFile::remove(QDir(missing).filePath(QStringLiteral("vault.db"))));
        VaultSession a(missing, services());
        auto r1 = unlock(a, Credential::passphrase(SecureString::fromUtf8(kPassphrase)));
        COFFER_VERIFY_ERROR(r1, ErrorCode::MissingFile);
        QCOMPARE(a.lastErrorText(), models::ErrorText::forCode(ErrorCode::MissingFile));

        const QString gone = QDir(m_dir.path()).filePath(QStringLiteral("nothing-here.coffer"));
        VaultSession b(gone, services());
        COFFER_VERIFY_ERROR(b.inspect(), ErrorCode::NotFound);
        QCOMPARE(b.lastErrorCode(), ErrorCode::NotFound);
        QCOMPARE(b.displayName(), QStringLiteral("nothing-here"));
    }

    void cancelDropsTheResult()
    {
        VaultSession session(makeVault(QStringLiteral("cancel-me")), services());
        QSignalSpy finished(&session, &VaultSession::unlockFinished);
        session.unlock(Credential::passphrase(SecureString::fromUtf8(kPassphrase)));
        QCOMPARE(session.state(), VaultState::Unlocking);
        session.cancelUnlock();
        QCOMPARE(finished.count(), 1);
        COFFER_VERIFY_ERROR(finished.first().first().value<Result<void>>(), ErrorCode::Cancelled);
        QCOMPARE(session.state(), VaultState::Locked);
        QVERIFY(session.lastErrorText().isEmpty()); // cancelling is not a failure
        // The worker may still finish; its vault must never arrive.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(session.state(), VaultState::Locked);
        QVERIFY(!session.vault());
        // And a new attempt works.
        COFFER_VERIFY_OK(unlock(session, Credential::passphrase(SecureString::fromUtf8(kPassphrase))));
    }

    void adoptTakesAnOpenVault()
    {
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("adopted");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        VaultSession session(created->vault->path(), services());
        session.adopt(std::move(created->vault));
        QVERIFY(session.isUnlocked());
        QCOMPARE(session.displayName(), QStringLiteral("adopted"));
        session.lock();
        QVERIFY(!session.isUnlocked());
    }
};

QTEST_GUILESS_MAIN(TestVaultSession)
#include "TestVaultSession.moc"
