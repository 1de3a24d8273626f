#include "models/PropertiesModel.h"
#include "models/TimeFormat.h"
#include "tests/support/TestUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace coffer;
using coffer::models::PropertiesModel;

namespace {
VaultProperties sample()
{
    VaultProperties p;
    p.id = QStringLiteral("6f1c2d4e-0000-4000-8000-000000000001");
    p.name = QStringLiteral("payments-prod");
    p.path = QStringLiteral("/srv/vaults/payments-prod.coffer");
    p.created = test::fixedStart();
    p.retentionDays = 30;
    p.purgeProtection = true;
    p.permissionModel = PermissionModel::Rbac;
    p.ownerPrincipalId = QStringLiteral("owner-id");
    p.ownerName = QStringLiteral("alice");
    p.fileFormat = 1;
    p.schemaVersion = 2;
    return p;
}
} // namespace

class TestPropertiesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void rows()
    {
        PropertiesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setProperties(sample());
        QCOMPARE(model.rowCount(), int(PropertiesModel::RowCount));
        auto value = [&model](PropertiesModel::Row row) {
            return model.index(row, PropertiesModel::ValueColumn).data().toString();
        };
        auto label = [&model](PropertiesModel::Row row) {
            return model.index(row, PropertiesModel::NameColumn).data().toString();
        };
        QCOMPARE(label(PropertiesModel::RetentionRow), QStringLiteral("Soft-delete retention"));
        QCOMPARE(value(PropertiesModel::VaultNameRow), QStringLiteral("payments-prod"));
        QCOMPARE(value(PropertiesModel::VaultIdRow), sample().id);
        QCOMPARE(value(PropertiesModel::LocationRow), sample().path);
        QCOMPARE(value(PropertiesModel::CreatedRow), models::formatTime(test::fixedStart()));
        QCOMPARE(value(PropertiesModel::RetentionRow), QStringLiteral("30 days"));
        QCOMPARE(value(PropertiesModel::PurgeProtectionRow), QStringLiteral("On (cannot be turned off)"));
        QCOMPARE(value(PropertiesModel::PermissionModelRow), QStringLiteral("Role-based access control (RBAC)"));
        QCOMPARE(value(PropertiesModel::OwnerRow), QStringLiteral("alice (owner-id)"));
        QCOMPARE(value(PropertiesModel::FormatRow), QStringLiteral("Format 1, schema 2"));
        QCOMPARE(value(PropertiesModel::RecoveryLevelRow), sample().recoveryLevel());
        QVERIFY(!value(PropertiesModel::RecoveryLevelRow).isEmpty());
    }

    void singularAndOff()
    {
        PropertiesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VaultProperties p = sample();
        p.retentionDays = 7;
        p.purgeProtection = false;
        p.permissionModel = PermissionModel::AccessPolicy;
        model.setProperties(p);
        QCOMPARE(model.value(PropertiesModel::RetentionRow), QStringLiteral("7 days"));
        QCOMPARE(model.value(PropertiesModel::PurgeProtectionRow), QStringLiteral("Off"));
        QCOMPARE(model.value(PropertiesModel::PermissionModelRow), QStringLiteral("Vault access policy"));
    }

    void updateIsADataChangeNotAReset()
    {
        PropertiesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProperties(sample());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        VaultProperties p = sample();
        p.purgeProtection = false;
        model.setProperties(p);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.value(PropertiesModel::PurgeProtectionRow), QStringLiteral("Off"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasProperties());
    }
};

QTEST_GUILESS_MAIN(TestPropertiesModel)
#include "TestPropertiesModel.moc"
