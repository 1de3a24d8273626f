// SecretListModel: precise changes for each kind of refresh, never a value in any role, and a refresh after
// another process (a second coffer::Vault on the same path) changed the vault: rowsInserted, not modelReset.

#include "core/vault/ObjectFilter.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/ExternalChangeWatcher.h"
#include "models/ObjectOperations.h"
#include "models/SecretListModel.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using coffer::models::SecretListModel;

namespace {
const QByteArray kPassphrase = "model test passphrase";

VersionInfo secret(const QString &name, const QString &version = QStringLiteral("v1"))
{
    VersionInfo info;
    info.vaultName = QStringLiteral("Test-Vault");
    info.name = name;
    info.version = version;
    info.attributes.created = test::fixedStart();
    info.attributes.updated = test::fixedStart();
    return info;
}

QStringList names(const SecretListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, SecretListModel::NameColumn).data().toString();
    return out;
}
} // namespace

class TestSecretListModel : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void columnsAndRoles()
    {
        SecretListModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VersionInfo expired = secret(QStringLiteral("old-token"));
        expired.attributes.expires = m_clock.now().addDays(-1);
        VersionInfo soon = secret(QStringLiteral("api-key"));
        soon.attributes.expires = m_clock.now().addDays(10);
        soon.contentType = QStringLiteral("text/plain");
        soon.tags = {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), QString()}};
        VersionInfo off = secret(QStringLiteral("Db-Password"));
        off.attributes.enabled = false;
        model.setSecrets({expired, soon, off});
        QCOMPARE(names(model),
                 (QStringList {QStringLiteral("api-key"), QStringLiteral("Db-Password"), QStringLiteral("old-token")}));
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.headerData(SecretListModel::ExpiresColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Expires"));
        QCOMPARE(model.index(0, SecretListModel::TagsColumn).data().toString(), QStringLiteral("env=prod, team"));
        QCOMPARE(model.index(0, SecretListModel::ContentTypeColumn).data().toString(), QStringLiteral("text/plain"));
        QCOMPARE(model.index(1, SecretListModel::EnabledColumn).data().toString(), QStringLiteral("Disabled"));
        QCOMPARE(model.index(0, 0).data(SecretListModel::ExpiryStateRole).toInt(), int(ExpiryState::ExpiringSoon));
        QCOMPARE(model.index(2, 0).data(SecretListModel::ExpiryStateRole).toInt(), int(ExpiryState::Expired));
        QCOMPARE(model.index(1, 0).data(SecretListModel::ExpiryStateRole).toInt(), int(ExpiryState::None));
        // Expired and expiring are coloured differently; no expiry is not coloured.
        const QVariant red = model.index(2, SecretListModel::ExpiresColumn).data(Qt::BackgroundRole);
        const QVariant amber = model.index(0, SecretListModel::ExpiresColumn).data(Qt::BackgroundRole);
        QVERIFY(red.isValid() && amber.isValid() && red != amber);
        QVERIFY(!model.index(1, SecretListModel::ExpiresColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(0, SecretListModel::ExpiresColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(u"Expires in 10 days"));
        QVERIFY(model.index(2, SecretListModel::ExpiresColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(u"Expired on"));
        // Case-insensitive ids.
        QCOMPARE(model.indexOf(QStringLiteral("DB-PASSWORD")).row(), 1);
        QCOMPARE(model.idAt(model.index(1, 3)), QStringLiteral("Db-Password"));
        QVERIFY(model.idAt({}).isEmpty());
        QVERIFY(!model.indexOf(QStringLiteral("nope")).isValid());
        // Sorting: no expiry after every date.
        QVERIFY(model.index(1, SecretListModel::ExpiresColumn).data(SecretListModel::SortRole).toLongLong()
                > model.index(0, SecretListModel::ExpiresColumn).data(SecretListModel::SortRole).toLongLong());
    }

    void refreshesArePrecise()
    {
        SecretListModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSecrets({secret(QStringLiteral("b")), secret(QStringLiteral("d"))});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // The same listing: nothing.
        model.setSecrets({secret(QStringLiteral("d")), secret(QStringLiteral("b"))});
        QCOMPARE(inserted.count() + removed.count() + changed.count(), 0);

        // One new secret between the others: one insert at its sorted row.
        model.setSecrets({secret(QStringLiteral("b")), secret(QStringLiteral("c")), secret(QStringLiteral("d"))});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(inserted.first().at(2).toInt(), 1);

        // A new version of one: one dataChanged on its row only.
        model.setSecrets({secret(QStringLiteral("b")), secret(QStringLiteral("c"), QStringLiteral("v2")),
                          secret(QStringLiteral("d"))});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);

        // Two removed, one added at the front.
        model.setSecrets({secret(QStringLiteral("a")), secret(QStringLiteral("c"), QStringLiteral("v2"))});
        QCOMPARE(removed.count(), 2);
        QCOMPARE(names(model), (QStringList {QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(reset.count(), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void noRoleReturnsAValue()
    {
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("No-Values");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        const QByteArray value = "s3cr3t-VALUE-xyzzy";
        COFFER_VERIFY_OK(created->vault->secrets().set(QStringLiteral("probe"), SecureBytes(value)));
        auto listed = created->vault->secrets().list();
        COFFER_VERIFY_OK(listed);
        SecretListModel model(&m_clock);
        model.setSecrets(*listed);
        for (int column = 0; column < model.columnCount(); ++column)
            for (int role = 0; role < Qt::UserRole + 20; ++role) {
                const QVariant data = model.index(0, column).data(role);
                QVERIFY2(!data.toString().contains(QString::fromLatin1(value)), qPrintable(QString::number(role)));
                QVERIFY(!data.toByteArray().contains(value));
            }
    }

    void refreshAfterAnotherProcessChangedTheVault()
    {
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Shared-Vault");
        options.kdf = Argon2Params::fastForTests();
        QString path;
        {
            auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
            COFFER_VERIFY_OK(created);
            path = created->vault->path();
            COFFER_VERIFY_OK(created->vault->secrets().set(QStringLiteral("first"), SecureBytes(QByteArray("1"))));
        }
        models::Services services;
        services.clock = &m_clock;
        models::VaultSession session(path, services);
        auto mine = Vault::open(path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
        COFFER_VERIFY_OK(mine);
        session.adopt(std::move(*mine));

        models::ObjectOperations operations;
        operations.setSession(&session);
        SecretListModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto listed = operations.listSecrets();
        COFFER_VERIFY_OK(listed);
        model.setSecrets(*listed);
        QCOMPARE(model.rowCount(), 1);

        models::ExternalChangeWatcher watcher;
        watcher.setInterval(std::chrono::milliseconds(20));
        watcher.setSession(&session);
        QVERIFY(watcher.isPolling());
        QSignalSpy external(&watcher, &models::ExternalChangeWatcher::externalChange);
        QObject::connect(&watcher, &models::ExternalChangeWatcher::externalChange, &model, [&] {
            if (auto again = operations.listSecrets())
                model.setSecrets(*again);
        });

        // Our own write does not count as external.
        COFFER_VERIFY_OK(operations.createSecret(QStringLiteral("mine"), SecureBytes(QByteArray("2")), {}));
        watcher.check();
        QCOMPARE(external.count(), 0);
        model.setSecrets(*operations.listSecrets());
        QCOMPARE(model.rowCount(), 2);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        {
            // Another process: a second Vault on the same path, as coffer-cli would be.
            auto other = Vault::open(path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
            COFFER_VERIFY_OK(other);
            COFFER_VERIFY_OK((*other)->secrets().set(QStringLiteral("from-cli"), SecureBytes(QByteArray("3"))));
        }
        QTRY_COMPARE_WITH_TIMEOUT(external.count(), 1, 5000);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(inserted.first().at(1).toInt(), 0).data().toString(), QStringLiteral("from-cli"));

        // Locking stops the polling.
        session.lock();
        QVERIFY(!watcher.isPolling());
    }
};

QTEST_GUILESS_MAIN(TestSecretListModel)
#include "TestSecretListModel.moc"
