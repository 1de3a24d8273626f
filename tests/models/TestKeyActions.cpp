// The Keys page's action rules without widgets: selection rules, access gating with the reason shown, and when the
// HSM protection can be chosen (no token bound, module missing, token absent, PIN not given, ready).

#include "core/access/Operation.h"
#include "models/KeyActions.h"
#include "tests/support/TestUtil.h"

#include <QTest>

using namespace coffer;
using namespace coffer::models::actions;

namespace {
// Allows everything except `denied`, as AccessControl::can would answer.
AccessCheck allowAllBut(access::Operation denied, QList<access::Resource> *asked = nullptr)
{
    return [denied, asked](access::Operation operation, const access::Resource &resource) {
        if (asked)
            asked->append(resource);
        access::Decision decision;
        decision.operation = operation;
        decision.allowed = operation != denied;
        return decision;
    };
}

HsmStatus bound()
{
    HsmStatus status;
    status.bound = true;
    status.binding.modulePath = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
    status.binding.tokenLabel = QStringLiteral("coffer-test");
    status.binding.tokenSerial = QStringLiteral("6f1d2c3b4a59");
    status.moduleLoads = true;
    status.tokenPresent = true;
    status.loggedIn = true;
    return status;
}
} // namespace

class TestKeyActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void selectionRules_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("unlocked");
        QTest::addColumn<bool>("selected");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("expected");
        const int rsa = int(KeyType::Rsa);
        const int oct = int(KeyType::Oct);
        QTest::newRow("create unlocked") << int(KeyPageAction::Create) << true << false << rsa << true;
        QTest::newRow("create locked") << int(KeyPageAction::Create) << false << false << rsa << false;
        QTest::newRow("import") << int(KeyPageAction::Import) << true << false << rsa << true;
        QTest::newRow("restore") << int(KeyPageAction::Restore) << true << false << rsa << true;
        QTest::newRow("rotate none") << int(KeyPageAction::Rotate) << true << false << rsa << false;
        QTest::newRow("rotate selected") << int(KeyPageAction::Rotate) << true << true << rsa << true;
        QTest::newRow("rotate locked") << int(KeyPageAction::Rotate) << false << true << rsa << false;
        QTest::newRow("delete") << int(KeyPageAction::Delete) << true << true << oct << true;
        QTest::newRow("public rsa") << int(KeyPageAction::DownloadPublic) << true << true << rsa << true;
        QTest::newRow("public oct") << int(KeyPageAction::DownloadPublic) << true << true << oct << false;
        QTest::newRow("edit none") << int(KeyPageAction::EditProperties) << true << false << rsa << false;
        QTest::newRow("backup") << int(KeyPageAction::Backup) << true << true << rsa << true;
    }
    void selectionRules()
    {
        QFETCH(int, action);
        QFETCH(bool, unlocked);
        QFETCH(bool, selected);
        QFETCH(int, type);
        QFETCH(bool, expected);
        const KeySelection selection {selected, true, KeyType(type), selected ? QStringLiteral("k") : QString()};
        QCOMPARE(keyActionAllowedBySelection(KeyPageAction(action), unlocked, selection), expected);
        QCOMPARE(keyActionState(KeyPageAction(action), unlocked, selection, {}).enabled, expected);
    }

    void accessGatesWithTheReason()
    {
        const KeySelection selection {true, true, KeyType::Rsa, QStringLiteral("payments-signing")};
        QList<access::Resource> asked;
        const ActionState rotate = keyActionState(KeyPageAction::Rotate, true, selection,
                                                  allowAllBut(access::Operation::KeyRotate, &asked));
        QVERIFY(!rotate.enabled);
        QVERIFY2(!rotate.reason.isEmpty(), "a refused action says why");
        QCOMPARE(asked.last().scope.toString(),
                 access::Resource::object(ObjectKind::Key, QStringLiteral("payments-signing")).scope.toString());
        QVERIFY(keyActionState(KeyPageAction::Delete, true, selection, allowAllBut(access::Operation::KeyRotate))
                        .enabled);
        // Create is asked at the kind (the name is not known yet); the public half as an asymmetric key's.
        QVERIFY(!keyActionState(KeyPageAction::Create, true, {}, allowAllBut(access::Operation::KeyCreate, &asked))
                         .enabled);
        QCOMPARE(asked.last().scope.toString(), access::Resource::kind(ObjectKind::Key).scope.toString());
        QVERIFY(keyActionState(KeyPageAction::DownloadPublic, true, selection,
                               allowAllBut(access::Operation::KeyCreate, &asked))
                        .enabled);
        QVERIFY(asked.last().asymmetricKey);
        QCOMPARE(keyOperationOf(KeyPageAction::DownloadPublic), access::Operation::KeyGet);
        QCOMPARE(keyOperationOf(KeyPageAction::Import), access::Operation::KeyImport);
        // A rule of the selection first: nothing selected is no reason to name a permission.
        const ActionState none
                = keyActionState(KeyPageAction::Rotate, true, {}, allowAllBut(access::Operation::KeyRotate));
        QVERIFY(!none.enabled);
        QVERIFY(none.reason.isEmpty());
    }

    void hsmChoiceSaysWhy()
    {
        const HsmChoice unknown = hsmChoice(std::nullopt);
        QVERIFY(!unknown.available);
        QVERIFY(!unknown.reason.isEmpty());

        HsmStatus unbound;
        const HsmChoice none = hsmChoice(unbound);
        QVERIFY(!none.available && !none.needsPin);
        QVERIFY2(none.reason.contains(u"No PKCS#11 token is bound"), qPrintable(none.reason));

        HsmStatus module = bound();
        module.moduleLoads = false;
        QVERIFY(hsmChoice(module).reason.contains(u"libsofthsm2.so"));
        QVERIFY(!hsmChoice(module).available);

        HsmStatus absent = bound();
        absent.tokenPresent = false;
        QVERIFY(hsmChoice(absent).reason.contains(u"6f1d2c3b4a59"));
        QVERIFY(!hsmChoice(absent).needsPin);

        HsmStatus noPin = bound();
        noPin.loggedIn = false;
        const HsmChoice pin = hsmChoice(noPin);
        QVERIFY(!pin.available);
        QVERIFY(pin.needsPin);
        QVERIFY(pin.reason.contains(u"PIN"));

        const HsmChoice ready = hsmChoice(bound());
        QVERIFY(ready.available);
        QVERIFY(!ready.needsPin);
        QVERIFY(ready.reason.isEmpty());
    }

    void offeredOpsFollowTheType()
    {
        QCOMPARE(offeredOps(KeyType::Ec), KeyOps(KeyOp::Sign | KeyOp::Verify));
        QCOMPARE(offeredOps(KeyType::Oct), KeyOps(KeyOp::Encrypt | KeyOp::Decrypt | KeyOp::WrapKey | KeyOp::UnwrapKey));
        QVERIFY(offeredOps(KeyType::Rsa).testFlag(KeyOp::Sign) && offeredOps(KeyType::Rsa).testFlag(KeyOp::UnwrapKey));
        QCOMPARE(checkedOps(KeyType::Ec) & ~offeredOps(KeyType::Ec), KeyOps());
    }
};

QTEST_GUILESS_MAIN(TestKeyActions)
#include "TestKeyActions.moc"
