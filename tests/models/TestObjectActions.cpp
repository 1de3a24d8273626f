#include "core/access/Authorizer.h"
#include "core/access/Roles.h"
#include "models/ObjectActions.h"
#include "tests/support/TestUtil.h"

#include <QTest>

using namespace coffer;
using namespace coffer::models;
using actions::ObjectAction;

namespace {
// alice holds Key Vault Secrets User on db-password only; bob is Key Vault Secrets Officer on all secrets.
access::AccessState accessState()
{
    access::AccessState s;
    for (const char *name : {"alice", "bob"}) {
        access::Principal p;
        p.id = QLatin1StringView(name);
        p.name = p.id;
        s.principals << p;
    }
    access::RoleAssignment user;
    user.id = QStringLiteral("a1");
    user.roleId = QLatin1StringView(access::roles::kSecretsUser);
    user.principalId = QStringLiteral("alice");
    user.scope = access::Scope::object(ObjectKind::Secret, QStringLiteral("db-password"));
    access::RoleAssignment officer = user;
    officer.id = QStringLiteral("a2");
    officer.roleId = QLatin1StringView(access::roles::kSecretsOfficer);
    officer.principalId = QStringLiteral("bob");
    officer.scope = access::Scope::kind(ObjectKind::Secret);
    s.assignments << user << officer;
    return s;
}

actions::AccessCheck checkFor(const access::AccessState &state, const QString &principal)
{
    return [&state, principal](access::Operation op, const access::Resource &resource) {
        return access::Authorizer(state).decide(principal, op, resource);
    };
}
} // namespace

class TestObjectActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void perSelection_data()
    {
        QTest::addColumn<bool>("selected");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("newVersion");
        QTest::addColumn<bool>("edit");
        QTest::addColumn<bool>("enable");
        QTest::addColumn<bool>("disable");
        QTest::addColumn<bool>("read");
        QTest::addColumn<bool>("remove");
        QTest::addColumn<bool>("backup");
        //                                     sel    enab   newV   edit   enable disable read   delete backup
        QTest::newRow("nothing selected")
                << false << false << false << false << false << false << false << false << false;
        QTest::newRow("enabled secret") << true << true << true << true << false << true << true << true << true;
        QTest::newRow("disabled secret") << true << false << true << true << true << false << false << true << true;
    }
    void perSelection()
    {
        QFETCH(bool, selected);
        QFETCH(bool, enabled);
        const actions::ObjectSelection selection {selected, enabled};
        QFETCH(bool, newVersion);
        QFETCH(bool, edit);
        QFETCH(bool, enable);
        QFETCH(bool, disable);
        QFETCH(bool, read);
        QFETCH(bool, remove);
        QFETCH(bool, backup);
        QCOMPARE(actions::canNewVersion(selection), newVersion);
        QCOMPARE(actions::canEditAttributes(selection), edit);
        QCOMPARE(actions::canEnable(selection), enable);
        QCOMPARE(actions::canDisable(selection), disable);
        QCOMPARE(actions::canReadValue(selection), read);
        QCOMPARE(actions::canDelete(selection), remove);
        QCOMPARE(actions::canBackup(selection), backup);
    }

    void vaultLevel()
    {
        QVERIFY(actions::canCreateObject(true));
        QVERIFY(!actions::canCreateObject(false));
        QVERIFY(actions::canRestoreBackup(true));
        QVERIFY(!actions::canRestoreBackup(false));
    }

    void deleted_data()
    {
        QTest::addColumn<bool>("selected");
        QTest::addColumn<bool>("protection");
        QTest::addColumn<qint64>("secondsToPurgeDate");
        QTest::addColumn<bool>("recover");
        QTest::addColumn<int>("block");
        const int none = int(actions::PurgeBlock::None);
        const int nothing = int(actions::PurgeBlock::NothingSelected);
        const int protectedBlock = int(actions::PurgeBlock::PurgeProtection);
        QTest::newRow("nothing selected") << false << false << qint64(100) << false << nothing;
        QTest::newRow("no protection") << true << false << qint64(90 * 86400) << true << none;
        QTest::newRow("protection, long before") << true << true << qint64(90 * 86400) << true << protectedBlock;
        QTest::newRow("protection, one second before") << true << true << qint64(1) << true << protectedBlock;
        QTest::newRow("protection, at the date") << true << true << qint64(0) << true << none;
        QTest::newRow("protection, after the date") << true << true << qint64(-3600) << true << none;
    }
    void deleted()
    {
        QFETCH(bool, selected);
        QFETCH(bool, protection);
        QFETCH(qint64, secondsToPurgeDate);
        QFETCH(bool, recover);
        QFETCH(int, block);
        const QDateTime now = test::fixedStart();
        const actions::DeletedSelection selection {selected, protection, now.addSecs(secondsToPurgeDate)};
        QCOMPARE(actions::canRecover(selection), recover);
        QCOMPARE(int(actions::purgeBlock(selection, now)), block);
        QCOMPARE(actions::canPurge(selection, now), block == int(actions::PurgeBlock::None));
        const QString reason = actions::purgeBlockedReason(selection, now);
        QCOMPARE(reason.isEmpty(), block != int(actions::PurgeBlock::PurgeProtection));
        if (!reason.isEmpty())
            QVERIFY(reason.contains(u"Purge protection"));
    }

    void gatedByAccess_data()
    {
        QTest::addColumn<QString>("principal");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("secret"); // the selected secret; empty: nothing selected
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("reason"); // a part of the reason; empty: no reason
        const QString db = QStringLiteral("db-password");
        const QString other = QStringLiteral("api-key");
        const auto row = [&](const char *name, const char *who, ObjectAction action, const QString &secret,
                             bool enabled, const char *reason) {
            QTest::newRow(name) << QString::fromLatin1(who) << int(action) << secret << enabled
                                << QString::fromLatin1(reason);
        };
        row("user: create", "alice", ObjectAction::Create, {}, false,
            "Needs Microsoft.KeyVault/vaults/secrets/setSecret/action (Key Vault Secrets Officer or Administrator)");
        row("user: read hers", "alice", ObjectAction::ReadValue, db, true, "");
        row("user: read another", "alice", ObjectAction::ReadValue, other, false, "secrets/getSecret/action");
        row("user: new version", "alice", ObjectAction::NewVersion, db, false, "secrets/setSecret/action");
        row("user: edit", "alice", ObjectAction::EditAttributes, db, false, "secrets/update/action");
        row("user: delete", "alice", ObjectAction::Delete, db, false, "secrets/delete");
        row("user: backup", "alice", ObjectAction::Backup, db, false, "secrets/backup/action");
        row("user: restore", "alice", ObjectAction::Restore, {}, false, "secrets/restore/action");
        row("user: who has access", "alice", ObjectAction::WhoHasAccess, db, false, "roleAssignments/read");
        row("user: nothing selected", "alice", ObjectAction::Delete, {}, false, "");
        row("officer: create", "bob", ObjectAction::Create, {}, true, "");
        row("officer: delete", "bob", ObjectAction::Delete, other, true, "");
        row("officer: restore", "bob", ObjectAction::Restore, {}, true, "");
    }
    void gatedByAccess()
    {
        QFETCH(QString, principal);
        QFETCH(int, action);
        QFETCH(QString, secret);
        QFETCH(bool, enabled);
        QFETCH(QString, reason);
        const access::AccessState state = accessState();
        const actions::ObjectContext context {true, {!secret.isEmpty(), true}, secret};
        const actions::ActionState result = actions::objectActionState(ObjectAction(action), ObjectKind::Secret,
                                                                       context, checkFor(state, principal));
        QCOMPARE(result.enabled, enabled);
        if (reason.isEmpty())
            QVERIFY2(result.reason.isEmpty(), qPrintable(result.reason));
        else
            QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
        // Without access control to ask, only the selection counts.
        QCOMPARE(actions::objectActionState(ObjectAction(action), ObjectKind::Secret, context, {}).enabled,
                 !secret.isEmpty() || ObjectAction(action) == ObjectAction::Create
                         || ObjectAction(action) == ObjectAction::Restore);
    }

    void purgeGatedByProtectionThenAccess()
    {
        const access::AccessState state = accessState();
        const QDateTime now = test::fixedStart();
        const QString db = QStringLiteral("db-password");
        const actions::DeletedSelection open {true, false, now.addDays(30)};
        const actions::DeletedSelection locked {true, true, now.addDays(30)};
        const auto purge = [&](const actions::DeletedSelection &selection, const char *who) {
            return actions::deletedActionState(ObjectAction::Purge, ObjectKind::Secret, db, selection, now,
                                               checkFor(state, QLatin1StringView(who)));
        };
        QVERIFY(purge(open, "bob").enabled);
        const actions::ActionState refused = purge(open, "alice");
        QVERIFY(!refused.enabled);
        QVERIFY(refused.reason.contains(u"secrets/purge/action"));
        // Purge protection stops everyone, and says so rather than naming a role.
        const actions::ActionState protectedPurge = purge(locked, "bob");
        QVERIFY(!protectedPurge.enabled);
        QCOMPARE(protectedPurge.reason, actions::purgeBlockedReason(locked, now));
        QVERIFY(actions::deletedActionState(ObjectAction::Recover, ObjectKind::Secret, db, locked, now,
                                            checkFor(state, QStringLiteral("bob")))
                        .enabled);
        QVERIFY(!actions::deletedActionState(ObjectAction::Recover, ObjectKind::Secret, db, locked, now,
                                             checkFor(state, QStringLiteral("alice")))
                         .enabled);
    }

    void operationsOfActions()
    {
        QCOMPARE(actions::operationOf(ObjectAction::ReadValue, ObjectKind::Secret), access::Operation::SecretGet);
        QCOMPARE(actions::operationOf(ObjectAction::Purge, ObjectKind::Key), access::Operation::KeyPurge);
        QCOMPARE(actions::operationOf(ObjectAction::Enable, ObjectKind::Certificate),
                 access::Operation::CertificateUpdate);
        QCOMPARE(actions::resourceOf(ObjectAction::Create, ObjectKind::Secret, QStringLiteral("x")).scope,
                 access::Scope::kind(ObjectKind::Secret));
        QCOMPARE(actions::resourceOf(ObjectAction::Delete, ObjectKind::Secret, QStringLiteral("x")).scope,
                 access::Scope::object(ObjectKind::Secret, QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestObjectActions)
#include "TestObjectActions.moc"
