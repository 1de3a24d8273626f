#include "core/vault/Vault.h"
#include "models/ErrorText.h"
#include "models/VaultListModel.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using coffer::models::VaultListModel;
using coffer::models::VaultSession;
using coffer::models::VaultState;

namespace {
const QByteArray kPassphrase = "correct horse battery staple";
}

class TestVaultListModel : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    QTemporaryDir m_dir;

    models::Services services()
    {
        models::Services s;
        s.clock = &m_clock;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }

    CreatedVault create(const QString &name)
    {
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = name;
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        if (!created)
            qFatal("cannot create a test vault: %s", qPrintable(created.error().toString()));
        return std::move(*created);
    }
    QString makeLockedVault(const QString &name) { return create(name).vault->path(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { test::failOnAnyWarning(); }

    void addExistingAndIds()
    {
        VaultListModel model(services());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy paths(&model, &VaultListModel::pathsChanged);
        const QString a = makeLockedVault(QStringLiteral("alpha"));
        const QString b = makeLockedVault(QStringLiteral("beta"));

        auto idA = model.addExisting(a);
        COFFER_VERIFY_OK(idA);
        auto idB = model.addExisting(b + u'/'); // same folder, other spelling
        COFFER_VERIFY_OK(idB);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(paths.count(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(model.index(1, 0).data(VaultListModel::NameRole).toString(), QStringLiteral("beta"));
        QCOMPARE(model.index(0, 0).data(VaultListModel::StateRole).value<VaultState>(), VaultState::Locked);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"Locked"));
        for (int row = 0; row < 2; ++row)
            QCOMPARE(model.indexOf(model.idAt(model.index(row, 0))).row(), row);
        QCOMPARE(model.indexOf(b).row(), 1);

        // Adding again keeps the row.
        auto again = model.addExisting(a);
        COFFER_VERIFY_OK(again);
        QCOMPARE(*again, *idA);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.paths(), (QStringList {*idA, *idB}));
    }

    void pinnedVaultsStayOnTop()
    {
        VaultListModel model(services());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pinnedSpy(&model, &VaultListModel::pinnedChanged);
        const QString p1 = makeLockedVault(QStringLiteral("pin-one"));
        const QString p2 = makeLockedVault(QStringLiteral("pin-two"));
        const QString p3 = makeLockedVault(QStringLiteral("pin-three"));
        const QString p4 = makeLockedVault(QStringLiteral("pin-four"));
        const QString one = *model.addExisting(p1);
        const QString two = *model.addExisting(p2);
        const QString three = *model.addExisting(p3);
        const QPersistentModelIndex selected = model.index(1, 0); // pin-two, as a view's current row

        model.setPinned(three, true);
        QCOMPARE(model.paths(), (QStringList {three, one, two}));
        QCOMPARE(selected.row(), 2); // the view's current row follows its vault
        QVERIFY(model.index(0, 0).data(VaultListModel::PinnedRole).toBool());
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"Pinned"));
        QVERIFY(!model.index(1, 0).data(VaultListModel::PinnedRole).toBool());
        model.setPinned(two, true);
        QCOMPARE(model.paths(), (QStringList {three, two, one})); // in pin order
        QCOMPARE(model.pinned(), (QStringList {three, two}));
        QCOMPARE(pinnedSpy.count(), 2);

        // A pinned id not listed yet takes its place when it is.
        model.setPinned(QStringList {three, two, VaultSession::normalizedPath(p4)});
        const QString four = *model.addExisting(p4);
        QCOMPARE(model.paths(), (QStringList {three, two, four, one}));

        model.setPinned(three, false); // back among the others, in the order they were added
        QCOMPARE(model.paths(), (QStringList {two, four, one, three}));
        model.remove(two);
        QCOMPARE(model.pinned(), QStringList {four});
        QCOMPARE(model.paths(), (QStringList {four, one, three}));
    }

    void sameNamesShowTheirFolders()
    {
        VaultListModel model(services());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString first = makeLockedVault(QStringLiteral("Demo"));
        QDir(m_dir.path()).mkdir(QStringLiteral("elsewhere"));
        VaultCreateOptions options;
        options.parentFolder = QDir(m_dir.path()).filePath(QStringLiteral("elsewhere"));
        options.name = QStringLiteral("Demo");
        options.kdf = Argon2Params::fastForTests();
        auto second = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(second);
        const QString secondPath = second->vault->path();
        second->vault.reset();

        COFFER_VERIFY_OK(model.addExisting(first));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Demo"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        COFFER_VERIFY_OK(model.addExisting(secondPath));
        QVERIFY(changed.count() >= 1); // the first row's shown name changed too
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Demo (in %1)").arg(QDir(m_dir.path()).dirName()));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Demo (in elsewhere)"));
        QCOMPARE(model.index(1, 0).data(VaultListModel::NameRole).toString(), QStringLiteral("Demo"));
    }

    void refusesWhatIsNotAVault()
    {
        VaultListModel model(services());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QDir(m_dir.path()).mkdir(QStringLiteral("plain-folder"));
        COFFER_VERIFY_ERROR(model.addExisting(QDir(m_dir.path()).filePath(QStringLiteral("plain-folder"))),
                            ErrorCode::NotAVault);
        COFFER_VERIFY_ERROR(model.addExisting(QDir(m_dir.path()).filePath(QStringLiteral("absent.coffer"))),
                            ErrorCode::NotFound);
        QCOMPARE(model.rowCount(), 0);
    }

    void restoreListsMissingVaultsWithTheirError()
    {
        VaultListModel model(services());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString good = makeLockedVault(QStringLiteral("gamma"));
        const QString gone = QDir(m_dir.path()).filePath(QStringLiteral("moved-away.coffer"));
        model.restore({good, gone, good});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(0, 0).data(VaultListModel::ErrorRole).toString().isEmpty());
        QCOMPARE(model.index(1, 0).data(VaultListModel::ErrorRole).toString(),
                 models::ErrorText::forCode(ErrorCode::NotFound));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("moved-away"));
    }

    void stateChangesAreDataChanges()
    {
        VaultListModel model(services());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStateIcons(QIcon(), QIcon(), QIcon());
        CreatedVault created = create(QStringLiteral("delta"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString id = model.addCreated(std::move(created.vault));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.indexOf(id).data(VaultListModel::StateRole).value<VaultState>(), VaultState::Unlocked);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.states(), QList<VaultState> {VaultState::Unlocked});

        changed.clear();
        model.lockAll();
        QCOMPARE(model.indexOf(id).data(VaultListModel::StateRole).value<VaultState>(), VaultState::Locked);
        QCOMPARE(changed.count(), 1);
        const auto roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(VaultListModel::StateRole));
        QVERIFY(roles.contains(Qt::DecorationRole));
        QCOMPARE(reset.count(), 0);

        // Unlock through the session: the row follows Locked → Unlocking → Unlocked.
        VaultSession *session = model.session(id);
        QVERIFY(session);
        changed.clear();
        session->unlock(Credential::passphrase(SecureString::fromUtf8(kPassphrase)));
        QCOMPARE(model.indexOf(id).data(VaultListModel::StateRole).value<VaultState>(), VaultState::Unlocking);
        QTRY_COMPARE_WITH_TIMEOUT(model.indexOf(id).data(VaultListModel::StateRole).value<VaultState>(),
                                  VaultState::Unlocked, 20000);
    }

    void removeForgetsButKeepsTheFolder()
    {
        VaultListModel model(services());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CreatedVault created = create(QStringLiteral("epsilon"));
        const QString path = created.vault->path();
        const QString id = model.addCreated(std::move(created.vault));
        QSignalSpy paths(&model, &VaultListModel::pathsChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.remove(id);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(paths.count(), 1);
        QVERIFY(QDir(path).exists());
        QVERIFY(!model.session(id));
        model.remove(id); // nothing left to remove
        QCOMPARE(removed.count(), 1);
    }
};

QTEST_MAIN(TestVaultListModel)
#include "TestVaultListModel.moc"
