// KeysModel and KeyFilterProxy over a real vault's keys (software RSA, EC and oct keys made by KeyStore, FakeClock):
// what each column shows, the HSM badge, the expiry colours, precise refreshes (rotate = dataChanged on one row),
// the filter words, and a refresh after another process added a key (rowsInserted, not modelReset). Every model
// runs under QAbstractItemModelTester.

#include "core/vault/HsmBinding.h"
#include "core/vault/KeyStore.h"
#include "core/vault/ObjectFilter.h"
#include "core/vault/Vault.h"
#include "models/ExternalChangeWatcher.h"
#include "models/KeyFilterProxy.h"
#include "models/KeyOperations.h"
#include "models/KeyVersionsModel.h"
#include "models/KeysModel.h"
#include "models/VaultSession.h"
#include "tests/support/SoftHsm.h"
#include "tests/support/TestUtil.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using coffer::models::KeysModel;

namespace {
const QByteArray kPassphrase = "keys model test passphrase";

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, col).data().toString();
    return out;
}

KeyCreateRequest request(const KeySpec &spec)
{
    KeyCreateRequest r;
    r.spec = spec;
    return r;
}

QHash<QString, int> versionCounts(KeyStore &store, const QList<KeyInfo> &keys)
{
    QHash<QString, int> counts;
    for (const KeyInfo &key : keys)
        if (auto versions = store.listVersions(key.info.name))
            counts.insert(objects::nameKey(key.info.name), int(versions->size()));
    return counts;
}
} // namespace

class TestKeysModel : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    QString m_path;

    KeyStore &keys() { return m_vault->keys(); }
    QList<KeyInfo> listed()
    {
        auto list = keys().list();
        if (!list)
            qFatal("list failed: %s", qPrintable(list.error().toString()));
        return *list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Keys-Vault");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        m_vault = std::move(created->vault);
        m_path = m_vault->path();

        KeyCreateRequest rsa = request(KeySpec::rsa(2048));
        rsa.attributes.expires = m_clock.now().addDays(10); // expiring soon
        rsa.attributes.tags = {{QStringLiteral("team"), QStringLiteral("payments")}};
        COFFER_VERIFY_OK(keys().create(QStringLiteral("payments-signing"), rsa));
        KeyCreateRequest ec = request(KeySpec::ec(Curve::P256));
        ec.attributes.expires = m_clock.now().addDays(-1); // expired
        COFFER_VERIFY_OK(keys().create(QStringLiteral("Api-Token-EC"), ec));
        KeyCreateRequest oct = request(KeySpec::oct(256));
        oct.attributes.enabled = false;
        COFFER_VERIFY_OK(keys().create(QStringLiteral("db-wrap"), oct));
    }
    void init() { test::failOnAnyWarning(); }
    void cleanupTestCase() { m_vault.reset(); }

    void columnsShowWhatTheKeysAre()
    {
        KeysModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<KeyInfo> list = listed();
        model.setKeys(list, versionCounts(keys(), list));
        QCOMPARE(model.columnCount(), 9);
        QCOMPARE(column(model, KeysModel::NameColumn),
                 (QStringList {QStringLiteral("Api-Token-EC"), QStringLiteral("db-wrap"),
                               QStringLiteral("payments-signing")}));
        QCOMPARE(column(model, KeysModel::TypeColumn),
                 (QStringList {QStringLiteral("EC"), QStringLiteral("oct"), QStringLiteral("RSA")}));
        QCOMPARE(column(model, KeysModel::SizeColumn),
                 (QStringList {QStringLiteral("P-256"), QStringLiteral("256 bits"), QStringLiteral("2048 bits")}));
        QCOMPARE(column(model, KeysModel::ProtectionColumn),
                 (QStringList {QStringLiteral("Software"), QStringLiteral("Software"), QStringLiteral("Software")}));
        // Azure's default ops: all the type supports.
        QCOMPARE(model.index(0, KeysModel::OperationsColumn).data().toString(), QStringLiteral("sign, verify"));
        QCOMPARE(model.index(1, KeysModel::OperationsColumn).data().toString(),
                 QStringLiteral("encrypt, decrypt, wrapKey, unwrapKey"));
        QCOMPARE(model.index(2, KeysModel::OperationsColumn).data().toString(),
                 QStringLiteral("encrypt, decrypt, sign, verify, wrapKey, unwrapKey"));
        QCOMPARE(column(model, KeysModel::StatusColumn),
                 (QStringList {QStringLiteral("Expired"), QStringLiteral("Disabled"), QStringLiteral("Enabled")}));
        QCOMPARE(column(model, KeysModel::VersionsColumn),
                 (QStringList {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")}));
        QCOMPARE(model.headerData(KeysModel::SizeColumn, Qt::Horizontal).toString(), QStringLiteral("Size/curve"));
        QCOMPARE(model.headerData(KeysModel::ProtectionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Protection"));

        // Expired red, expiring amber, none uncoloured.
        const QVariant red = model.index(0, KeysModel::ExpiresColumn).data(Qt::BackgroundRole);
        const QVariant amber = model.index(2, KeysModel::ExpiresColumn).data(Qt::BackgroundRole);
        QVERIFY(red.isValid() && amber.isValid() && red != amber);
        QVERIFY(!model.index(1, KeysModel::ExpiresColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(0, 0).data(KeysModel::ExpiryStateRole).toInt(), int(ExpiryState::Expired));
        QCOMPARE(model.index(2, 0).data(KeysModel::ExpiryStateRole).toInt(), int(ExpiryState::ExpiringSoon));
        QVERIFY(model.index(2, KeysModel::ExpiresColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(u"Expires in 10 days"));
        // The name's tooltip is the key identifier; software keys carry no badge.
        auto rsa = keys().show(QStringLiteral("payments-signing"));
        COFFER_VERIFY_OK(rsa);
        QCOMPARE(model.index(2, KeysModel::NameColumn).data(Qt::ToolTipRole).toString(), rsa->kid());
        QVERIFY(model.index(2, KeysModel::NameColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(u"/keys/payments-signing/"));
        QVERIFY(!model.index(0, KeysModel::ProtectionColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.index(0, 0).data(KeysModel::IsHsmRole).toBool(), false);
        // Case-insensitive ids, sorting by size within type.
        QCOMPARE(model.indexOf(QStringLiteral("API-TOKEN-ec")).row(), 0);
        QCOMPARE(model.idAt(model.index(1, 4)), QStringLiteral("db-wrap"));
        QVERIFY(!model.indexOf(QStringLiteral("nope")).isValid());
        QVERIFY(model.index(0, KeysModel::ExpiresColumn).data(KeysModel::SortRole).toLongLong()
                < model.index(2, KeysModel::ExpiresColumn).data(KeysModel::SortRole).toLongLong());
        QVERIFY(model.index(1, KeysModel::ExpiresColumn).data(KeysModel::SortRole).toLongLong()
                > model.index(2, KeysModel::ExpiresColumn).data(KeysModel::SortRole).toLongLong());
    }

    void hsmBadge()
    {
        // An HSM key as KeyStore lists it (protection and token serial); the real SoftHSM key is TestKeysPage's.
        auto shown = keys().show(QStringLiteral("payments-signing"));
        COFFER_VERIFY_OK(shown);
        KeyInfo hsm = *shown;
        hsm.info.name = QStringLiteral("hsm-signing");
        hsm.protection = Protection::Hsm;
        hsm.hsmSerial = QStringLiteral("6f1d2c3b4a59");
        hsm.hsmLocal = true;
        KeysModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeys(listed() << hsm);
        const QModelIndex badge
                = model.indexOf(QStringLiteral("hsm-signing")).siblingAtColumn(KeysModel::ProtectionColumn);
        QCOMPARE(badge.data().toString(), QStringLiteral("HSM"));
        QCOMPARE(badge.data(KeysModel::IsHsmRole).toBool(), true);
        QCOMPARE(badge.data(KeysModel::HsmSerialRole).toString(), QStringLiteral("6f1d2c3b4a59"));
        QCOMPARE(badge.data(Qt::DecorationRole).value<QColor>(), KeysModel::hsmColor());
        QCOMPARE(badge.data(Qt::ForegroundRole).value<QBrush>().color(), KeysModel::hsmColor());
        QVERIFY2(badge.data(Qt::ToolTipRole).toString().contains(u"6f1d2c3b4a59"),
                 qPrintable(badge.data(Qt::ToolTipRole).toString()));
        const QModelIndex software
                = model.indexOf(QStringLiteral("db-wrap")).siblingAtColumn(KeysModel::ProtectionColumn);
        QVERIFY(software.data(Qt::ForegroundRole) != badge.data(Qt::ForegroundRole));
        QVERIFY(!software.data(Qt::ToolTipRole).toString().contains(u"token"));
        QCOMPARE(model.indexOf(QStringLiteral("hsm-signing"))
                         .siblingAtColumn(KeysModel::TypeColumn)
                         .data(Qt::ToolTipRole)
                         .toString(),
                 QStringLiteral("RSA-HSM"));
    }

    void refreshesArePrecise()
    {
        KeysModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeys(listed(), versionCounts(keys(), listed()));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.setKeys(listed(), versionCounts(keys(), listed()));
        QCOMPARE(inserted.count() + removed.count() + changed.count() + reset.count(), 0);

        // Rotate: one row changes (a new current version; two versions).
        m_clock.advanceSecs(60);
        auto rotated = keys().rotate(QStringLiteral("payments-signing"));
        COFFER_VERIFY_OK(rotated);
        model.setKeys(listed(), versionCounts(keys(), listed()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
        QCOMPARE(model.index(2, KeysModel::VersionsColumn).data().toInt(), 2);
        QCOMPARE(model.index(2, 0).data(KeysModel::VersionRole).toString(), rotated->info.version);

        // A new key between the others: one insert at its sorted row; a delete: one removal.
        COFFER_VERIFY_OK(keys().create(QStringLiteral("cache-key"), request(KeySpec::oct(128))));
        model.setKeys(listed(), versionCounts(keys(), listed()));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        COFFER_VERIFY_OK(keys().remove(QStringLiteral("cache-key")));
        model.setKeys(listed(), versionCounts(keys(), listed()));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(reset.count(), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filterWords_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        const QString ec = QStringLiteral("Api-Token-EC");
        const QString oct = QStringLiteral("db-wrap");
        const QString rsa = QStringLiteral("payments-signing");
        QTest::newRow("empty") << QString() << QStringList {ec, oct, rsa};
        QTest::newRow("type rsa") << QStringLiteral("rsa") << QStringList {rsa};
        QTest::newRow("type ec") << QStringLiteral("EC") << QStringList {ec};
        QTest::newRow("curve") << QStringLiteral("p-256") << QStringList {ec};
        QTest::newRow("size") << QStringLiteral("256") << QStringList {ec, oct}; // P-256's field and AES-256
        QTest::newRow("op") << QStringLiteral("wrapkey") << QStringList {oct, rsa};
        QTest::newRow("op and type") << QStringLiteral("sign rsa") << QStringList {rsa};
        QTest::newRow("software") << QStringLiteral("software") << QStringList {ec, oct, rsa};
        QTest::newRow("hsm") << QStringLiteral("hsm") << QStringList {};
        QTest::newRow("state") << QStringLiteral("expired") << QStringList {ec};
        QTest::newRow("disabled") << QStringLiteral("disabled") << QStringList {oct};
        QTest::newRow("tag") << QStringLiteral("payments") << QStringList {rsa};
        QTest::newRow("name part") << QStringLiteral("token") << QStringList {ec};
        QTest::newRow("nothing") << QStringLiteral("rsa disabled") << QStringList {};
    }
    void filterWords()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        KeysModel model(&m_clock);
        models::KeyFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeys(listed());
        proxy.sort(KeysModel::NameColumn);
        proxy.setFilterText(filter);
        QCOMPARE(column(proxy, KeysModel::NameColumn), expected);
        if (!expected.isEmpty()) {
            QCOMPARE(proxy.idAt(proxy.index(0, 3)), expected.first());
            QCOMPARE(proxy.indexOf(expected.first()).row(), 0);
        }
    }

    void versionsNewestFirst()
    {
        models::KeyVersionsModel versions(&m_clock);
        QAbstractItemModelTester tester(&versions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto list = keys().listVersions(QStringLiteral("payments-signing"));
        COFFER_VERIFY_OK(list);
        QCOMPARE(list->size(), 2);
        versions.setVersions(QStringLiteral("payments-signing"), *list);
        QCOMPARE(versions.rowCount(), 2);
        QCOMPARE(versions.idAt(versions.index(0, 0)), list->last().info.version);
        QVERIFY(versions.index(0, 0).data().toString().startsWith(u"(current) "));
        QCOMPARE(versions.index(1, 0).data().toString(), list->first().info.version);
        QCOMPARE(versions.index(0, 0).data(models::KeyVersionsModel::IsCurrentRole).toBool(), true);
        QCOMPARE(versions.index(1, 0).data(models::KeyVersionsModel::IsCurrentRole).toBool(), false);
    }

    void hsmKeyOnSoftHsm()
    {
        const auto token = test::testToken();
        if (!token)
            QSKIP(qPrintable(test::softHsmSkipReason()));
        auto bound = m_vault->hsm().bind(token->module, token->label, token->pin);
        COFFER_VERIFY_OK(bound);
        KeyCreateRequest hsm = request(KeySpec::ec(Curve::P256));
        hsm.protection = Protection::Hsm;
        auto created = keys().create(QStringLiteral("hsm-signing"), hsm);
        COFFER_VERIFY_OK(created);
        QCOMPARE(created->hsmSerial, bound->tokenSerial);

        KeysModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeys(listed());
        const QModelIndex badge
                = model.indexOf(QStringLiteral("hsm-signing")).siblingAtColumn(KeysModel::ProtectionColumn);
        QCOMPARE(badge.data().toString(), QStringLiteral("HSM"));
        QCOMPARE(badge.data(KeysModel::IsHsmRole).toBool(), true);
        QCOMPARE(badge.data(Qt::DecorationRole).value<QColor>(), KeysModel::hsmColor());
        QVERIFY2(badge.data(Qt::ToolTipRole).toString().contains(bound->tokenSerial),
                 qPrintable(badge.data(Qt::ToolTipRole).toString()));
        QCOMPARE(badge.siblingAtColumn(KeysModel::TypeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("EC-HSM"));
        models::KeyFilterProxy proxy(&model);
        proxy.setFilterText(QStringLiteral("hsm"));
        QCOMPARE(column(proxy, KeysModel::NameColumn), QStringList {QStringLiteral("hsm-signing")});
        // Leave the vault as the next test expects: no live HSM key.
        COFFER_VERIFY_OK(keys().remove(QStringLiteral("hsm-signing")));
    }

    void refreshAfterAnotherProcessAddedAKey()
    {
        m_vault.reset(); // a session of its own, as the console holds it
        models::Services services;
        services.clock = &m_clock;
        models::VaultSession session(m_path, services);
        auto mine = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
        COFFER_VERIFY_OK(mine);
        session.adopt(std::move(*mine));
        models::KeyOperations operations;
        operations.setSession(&session);
        KeysModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto first = operations.list();
        COFFER_VERIFY_OK(first);
        model.setKeys(*first);
        const int before = model.rowCount();
        QCOMPARE(before, 3);

        models::ExternalChangeWatcher watcher;
        watcher.setInterval(std::chrono::milliseconds(20));
        watcher.setSession(&session);
        QObject::connect(&watcher, &models::ExternalChangeWatcher::externalChange, &model, [&] {
            if (auto again = operations.list())
                model.setKeys(*again);
        });
        // Our own write through KeyOperations: keysChanged, and no external change.
        QSignalSpy changedSignal(&operations, &models::KeyOperations::keysChanged);
        COFFER_VERIFY_OK(operations.create(QStringLiteral("mine"), request(KeySpec::ec(Curve::P384))));
        QCOMPARE(changedSignal.count(), 1);
        QSignalSpy external(&watcher, &models::ExternalChangeWatcher::externalChange);
        watcher.check();
        QCOMPARE(external.count(), 0);
        model.setKeys(*operations.list());
        QCOMPARE(model.rowCount(), before + 1);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        {
            auto other = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
            COFFER_VERIFY_OK(other);
            COFFER_VERIFY_OK((*other)->keys().create(QStringLiteral("from-cli"), request(KeySpec::oct(256))));
        }
        QTRY_COMPARE_WITH_TIMEOUT(external.count(), 1, 5000);
        QCOMPARE(model.rowCount(), before + 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(inserted.first().at(1).toInt(), 0).data().toString(), QStringLiteral("from-cli"));
        session.lock();
        COFFER_VERIFY_ERROR(operations.list(), ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestKeysModel)
#include "TestKeysModel.moc"
