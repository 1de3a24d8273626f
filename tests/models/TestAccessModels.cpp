// The access-control models over a real vault (fast Argon2, fake clock): principals, role assignments, access
// policies, effective access and who-can, each under QAbstractItemModelTester; the user-creation job off the GUI
// thread; and a session signed in as a limited user.

#include "core/access/AccessControl.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AccessHoldersModel.h"
#include "models/AccessOperations.h"
#include "models/AccessPolicyModel.h"
#include "models/AccessText.h"
#include "models/CreateUserJob.h"
#include "models/EffectiveAccessModel.h"
#include "models/ObjectOperations.h"
#include "models/PrincipalListModel.h"
#include "models/RoleAssignmentModel.h"
#include "models/TimeFormat.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::models;

namespace {
const QByteArray kOwnerPassphrase = "owner passphrase for access models";
const QByteArray kAlicePassphrase = "alice has her own passphrase";
const QString kSecret = QStringLiteral("db-password");

QString purgeReason()
{
    return QStringLiteral("No: alice holds Key Vault Secrets User here, which grants only get and list on secrets; "
                          "this needs Microsoft.KeyVault/vaults/secrets/purge/action (Key Vault Secrets Officer or "
                          "Administrator).");
}
} // namespace

class TestAccessModels : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<AccessOperations> m_access;
    QString m_ownerId;

    Services services()
    {
        Services s;
        s.clock = &m_clock;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }
    access::AccessControl &control() { return m_session->vault()->access(); }
    QString idOf(const QString &name)
    {
        auto p = control().principal(name);
        return p ? p->id : QString();
    }
    QList<access::Principal> principals()
    {
        auto list = m_access->principals();
        return list ? *list : QList<access::Principal>();
    }
    static QString cell(const QAbstractItemModel &, const QModelIndex &row, int column, int role = Qt::DisplayRole)
    {
        return row.siblingAtColumn(column).data(role).toString();
    }
    // Waits for a user-creation job; returns its outcome.
    Result<void> runJob(CreateUserJob &job)
    {
        QSignalSpy finished(&job, &CreateUserJob::finished);
        job.start();
        if (!finished.wait(20000))
            return Error(ErrorCode::Internal, QStringLiteral("no result"));
        return finished.first().first().value<Result<void>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Team-Vault");
        options.ownerName = QStringLiteral("owner");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kOwnerPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        m_path = created->vault->path();
        m_session = std::make_unique<VaultSession>(m_path, services());
        m_session->adopt(std::move(created->vault));
        m_access = std::make_unique<AccessOperations>();
        m_access->setSession(m_session.get());
        m_ownerId = m_access->principalId();
        QCOMPARE(m_session->principal()->name, QStringLiteral("owner"));

        COFFER_VERIFY_OK(m_session->vault()->secrets().set(kSecret, SecureBytes(QByteArrayView("s3cret"))));
        COFFER_VERIFY_OK(
                m_session->vault()->secrets().set(QStringLiteral("api-key"), SecureBytes(QByteArrayView("k"))));
        // alice through the job (as the console creates users), carol and the app directly.
        CreateUserJob job(m_access.get(), QStringLiteral("alice"), SecureString::fromUtf8(kAlicePassphrase),
                          services());
        COFFER_VERIFY_OK(runJob(job));
        QCOMPARE(job.created().name, QStringLiteral("alice"));
        COFFER_VERIFY_OK(control().createUser(QStringLiteral("carol"), SecureString::fromUtf8("carol's passphrase"),
                                              Argon2Params::fastForTests()));
        COFFER_VERIFY_OK(m_access->createApp(QStringLiteral("ci-bot")));
        COFFER_VERIFY_OK(m_access->createGroup(QStringLiteral("ops"), {QStringLiteral("carol")}));
        COFFER_VERIFY_OK(m_access->assign(QStringLiteral("Key Vault Secrets User"), QStringLiteral("alice"),
                                          access::Scope::object(ObjectKind::Secret, kSecret)));
        COFFER_VERIFY_OK(m_access->assign(QStringLiteral("Key Vault Secrets Officer"), QStringLiteral("ops"),
                                          access::Scope::kind(ObjectKind::Secret)));
    }
    void init() { test::failOnAnyWarning(); }

    void principalList()
    {
        PrincipalListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPrincipals(principals(), m_ownerId);
        QCOMPARE(model.rowCount(), 6); // with vault-system, the principal of scheduled actions
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, PrincipalListModel::NameColumn).data().toString();
        QCOMPARE(names,
                 (QStringList {QStringLiteral("alice"), QStringLiteral("carol"), QStringLiteral("ci-bot"),
                               QStringLiteral("ops"), QStringLiteral("owner"), QStringLiteral("vault-system")}));
        const QModelIndex ops = model.indexOf(idOf(QStringLiteral("ops")));
        QCOMPARE(cell(model, ops, PrincipalListModel::TypeColumn), QStringLiteral("Group"));
        QCOMPARE(cell(model, ops, PrincipalListModel::MembershipColumn), QStringLiteral("Members: carol"));
        const QModelIndex carol = model.indexOf(idOf(QStringLiteral("carol")));
        QCOMPARE(cell(model, carol, PrincipalListModel::MembershipColumn), QStringLiteral("In: ops"));
        QCOMPARE(cell(model, model.indexOf(idOf(QStringLiteral("ci-bot"))), PrincipalListModel::TypeColumn),
                 QStringLiteral("Application"));
        const QModelIndex owner = model.indexOf(m_ownerId);
        QVERIFY(owner.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!carol.data(Qt::FontRole).isValid());
        QVERIFY(cell(model, owner, PrincipalListModel::NameColumn, Qt::ToolTipRole).contains(u"(you)"));

        // A change is applied precisely: one row in, no reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        COFFER_VERIFY_OK(m_access->createApp(QStringLiteral("deploy")));
        model.setPrincipals(principals(), m_ownerId);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.idAt(model.index(inserted.first().at(1).toInt(), 0)), idOf(QStringLiteral("deploy")));
        COFFER_VERIFY_OK(m_access->deletePrincipal(QStringLiteral("deploy")));
        model.setPrincipals(principals(), m_ownerId);
        QCOMPARE(model.rowCount(), 6);
    }

    void roleAssignments()
    {
        RoleAssignmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto assignments = m_access->assignments();
        COFFER_VERIFY_OK(assignments);
        model.setAssignments(*assignments, principals());
        QCOMPARE(model.rowCount(), 8); // the owner's three, vault-system's three, alice's, the group's
        int aliceRow = -1;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, RoleAssignmentModel::PrincipalColumn).data().toString() == u"alice")
                aliceRow = row;
        QVERIFY(aliceRow >= 0);
        const QModelIndex alice = model.index(aliceRow, 0);
        QCOMPARE(cell(model, alice, RoleAssignmentModel::TypeColumn), QStringLiteral("User"));
        QCOMPARE(cell(model, alice, RoleAssignmentModel::RoleColumn), QStringLiteral("Key Vault Secrets User"));
        QCOMPARE(cell(model, alice, RoleAssignmentModel::ScopeColumn), QStringLiteral("/secrets/db-password"));
        QCOMPARE(cell(model, alice, RoleAssignmentModel::ScopeColumn, Qt::ToolTipRole),
                 QStringLiteral("Secret db-password"));
        QVERIFY(cell(model, alice, RoleAssignmentModel::RoleColumn, Qt::ToolTipRole).startsWith(u"Read secret"));
        QCOMPARE(cell(model, alice, RoleAssignmentModel::CreatedColumn, Qt::ToolTipRole),
                 formatTimeUtc(test::fixedStart()));

        // Removing one assignment removes one row.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const QString id = model.idAt(alice);
        COFFER_VERIFY_OK(m_access->unassign(id));
        model.setAssignments(*m_access->assignments(), principals());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(!model.indexOf(id).isValid());
        COFFER_VERIFY_OK(m_access->assign(QStringLiteral("Key Vault Secrets User"), QStringLiteral("alice"),
                                          access::Scope::object(ObjectKind::Secret, kSecret)));
    }

    void effectiveAccessExplainsItself()
    {
        EffectiveAccessModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto decisions
                = m_access->checkAccess(QStringLiteral("alice"), access::Scope::object(ObjectKind::Secret, kSecret));
        COFFER_VERIFY_OK(decisions);
        model.setDecisions(*decisions);
        QVERIFY(model.rowCount() >= 10);
        const QModelIndex get = model.indexOf(QStringLiteral("SecretGet"));
        QCOMPARE(cell(model, get, EffectiveAccessModel::OperationColumn), QStringLiteral("Read a secret's value"));
        QCOMPARE(cell(model, get, EffectiveAccessModel::AccessColumn), QStringLiteral("Allowed"));
        QCOMPARE(cell(model, get, EffectiveAccessModel::ReasonColumn),
                 QStringLiteral("Yes: Key Vault Secrets User at /secrets/db-password"));
        const QModelIndex purge = model.indexOf(QStringLiteral("SecretPurge"));
        QCOMPARE(cell(model, purge, EffectiveAccessModel::AccessColumn), QStringLiteral("Denied"));
        QVERIFY(!purge.data(EffectiveAccessModel::AllowedRole).toBool());
        QCOMPARE(cell(model, purge, EffectiveAccessModel::ReasonColumn), purgeReason());
        // Listing needs a grant on all secrets (as in Azure): the object-scoped role does not give it.
        QCOMPARE(cell(model, model.indexOf(QStringLiteral("SecretList")), EffectiveAccessModel::AccessColumn),
                 QStringLiteral("Denied"));

        // Through a group; another scope is a precise change of the same rows.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        decisions = m_access->checkAccess(QStringLiteral("carol"), access::Scope::object(ObjectKind::Secret, kSecret));
        COFFER_VERIFY_OK(decisions);
        model.setDecisions(*decisions);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(cell(model, model.indexOf(QStringLiteral("SecretPurge")), EffectiveAccessModel::ReasonColumn),
                 QStringLiteral("Yes: Key Vault Secrets Officer at /secrets, via group ops"));
        QCOMPARE(model.allowedCount(), model.rowCount()); // Secrets Officer may do everything to secrets
    }

    void whoCanReadASecret()
    {
        AccessHoldersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto holders
                = m_access->whoCan(access::Operation::SecretGet, access::Resource::object(ObjectKind::Secret, kSecret));
        COFFER_VERIFY_OK(holders);
        model.setHolders(*holders, principals());
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, AccessHoldersModel::PrincipalColumn).data().toString();
        QCOMPARE(names,
                 (QStringList {QStringLiteral("alice"), QStringLiteral("carol"), QStringLiteral("ops"),
                               QStringLiteral("owner"), QStringLiteral("vault-system")}));
        QCOMPARE(cell(model, model.indexOf(idOf(QStringLiteral("carol"))), AccessHoldersModel::ThroughColumn),
                 QStringLiteral("Key Vault Secrets Officer at /secrets, via group ops"));
        QCOMPARE(cell(model, model.indexOf(m_ownerId), AccessHoldersModel::ThroughColumn),
                 QStringLiteral("Key Vault Administrator at /"));
        QCOMPARE(cell(model, model.indexOf(idOf(QStringLiteral("ops"))), AccessHoldersModel::TypeColumn),
                 QStringLiteral("Group"));
        // On another secret alice has nothing.
        holders = m_access->whoCan(access::Operation::SecretGet,
                                   access::Resource::object(ObjectKind::Secret, QStringLiteral("api-key")));
        COFFER_VERIFY_OK(holders);
        model.setHolders(*holders, principals());
        QVERIFY(!model.indexOf(idOf(QStringLiteral("alice"))).isValid());
        QCOMPARE(model.rowCount(), 4);
    }

    void accessPolicies()
    {
        COFFER_VERIFY_OK(m_access->setPermissionModel(PermissionModel::AccessPolicy));
        QCOMPARE(m_access->permissionModel(), PermissionModel::AccessPolicy);
        COFFER_VERIFY_OK(
                m_access->setPolicy(QStringLiteral("alice"), {}, {QStringLiteral("get"), QStringLiteral("list")}, {}));
        COFFER_VERIFY_OK(m_access->setPolicy(QStringLiteral("ci-bot"), {}, {QStringLiteral("all")}, {}));
        AccessPolicyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto policies = m_access->policies();
        COFFER_VERIFY_OK(policies);
        model.setPolicies(*policies, principals());
        const QModelIndex alice = model.indexOf(idOf(QStringLiteral("alice")));
        QVERIFY(alice.isValid());
        QCOMPARE(cell(model, alice, AccessPolicyModel::SecretsColumn), QStringLiteral("get, list"));
        QCOMPARE(cell(model, alice, AccessPolicyModel::KeysColumn), QStringLiteral("None"));
        const QModelIndex bot = model.indexOf(idOf(QStringLiteral("ci-bot")));
        QCOMPARE(cell(model, bot, AccessPolicyModel::SecretsColumn), QStringLiteral("All except purge"));
        QCOMPARE(cell(model, bot, AccessPolicyModel::TypeColumn), QStringLiteral("Application"));
        QVERIFY(!bot.siblingAtColumn(AccessPolicyModel::SecretsColumn)
                         .data(AccessPolicyModel::PermissionsRole)
                         .toStringList()
                         .contains(QStringLiteral("purge")));

        // The checker speaks of the policy now.
        auto decisions
                = m_access->checkAccess(QStringLiteral("alice"), access::Scope::object(ObjectKind::Secret, kSecret));
        COFFER_VERIFY_OK(decisions);
        EffectiveAccessModel effective;
        effective.setDecisions(*decisions);
        QCOMPARE(cell(effective, effective.indexOf(QStringLiteral("SecretPurge")), EffectiveAccessModel::ReasonColumn),
                 QStringLiteral("No: the access policy of alice grants only get and list on secrets; this needs "
                                "purge."));
        QCOMPARE(cell(effective, effective.indexOf(QStringLiteral("SecretGet")), EffectiveAccessModel::ReasonColumn),
                 QStringLiteral("Yes: its access policy grants secrets: get"));

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        COFFER_VERIFY_OK(m_access->deletePolicy(QStringLiteral("ci-bot")));
        model.setPolicies(*m_access->policies(), principals());
        QCOMPARE(removed.count(), 1);
        COFFER_VERIFY_OK(m_access->setPermissionModel(PermissionModel::Rbac));
    }

    void creatingAUserKeepsTheVaultToItself()
    {
        // A second console session on the same vault, so that locking it leaves the main one alone.
        auto vault = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(kOwnerPassphrase)), m_clock);
        COFFER_VERIFY_OK(vault);
        VaultSession session(m_path, services());
        session.adopt(std::move(*vault));
        AccessOperations access;
        access.setSession(&session);
        ObjectOperations objects;
        objects.setSession(&session);
        QSignalSpy changed(&access, &AccessOperations::accessChanged);
        QSignalSpy busy(&session, &VaultSession::busyChanged);

        CreateUserJob job(&access, QStringLiteral("dave"), SecureString::fromUtf8("dave's own passphrase"), services());
        QSignalSpy finished(&job, &CreateUserJob::finished);
        job.start();
        QVERIFY(!session.isBusy()); // start() is queued
        QTRY_VERIFY(session.isBusy() || finished.count() > 0);
        if (session.isBusy()) {
            // Nothing else touches the Vault meanwhile, and a lock waits for the end.
            COFFER_VERIFY_ERROR(objects.listSecrets(), ErrorCode::Busy);
            QVERIFY(!objects.can(access::Operation::SecretList, access::Resource::kind(ObjectKind::Secret)).allowed);
            session.lock();
            QVERIFY(session.isUnlocked());
        }
        QVERIFY(finished.wait(20000) || finished.count() == 1);
        COFFER_VERIFY_OK(finished.first().first().value<Result<void>>());
        QCOMPARE(job.created().name, QStringLiteral("dave"));
        QVERIFY(!session.isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!session.isUnlocked()); // the deferred lock
        // dave has a keyslot of his own, labelled for the unlock dialog's choice.
        auto summary = Vault::inspect(m_path);
        COFFER_VERIFY_OK(summary);
        QVERIFY(std::any_of(summary->keyslots.cbegin(), summary->keyslots.cend(),
                            [](const KeyslotInfo &slot) { return slot.label.contains(u"dave"); }));
    }

    void signedInAsALimitedUser()
    {
        QString aliceSlot;
        for (const KeyslotInfo &slot : m_session->vault()->keyslots())
            if (slot.principalId == idOf(QStringLiteral("alice")))
                aliceSlot = slot.id;
        QVERIFY(!aliceSlot.isEmpty());
        auto vault = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(kAlicePassphrase), aliceSlot),
                                 m_clock);
        COFFER_VERIFY_OK(vault);
        VaultSession session(m_path, services());
        session.adopt(std::move(*vault));
        QCOMPARE(session.principal()->name, QStringLiteral("alice"));
        QCOMPARE(AccessText::signedInAs(*session.principal()), QStringLiteral("Signed in as alice (user)"));
        ObjectOperations objects;
        objects.setSession(&session);

        using actions::ObjectAction;
        const actions::ObjectContext nothing {true, {}, {}};
        const actions::ActionState create
                = actions::objectActionState(ObjectAction::Create, ObjectKind::Secret, nothing, objects.accessCheck());
        QVERIFY(!create.enabled);
        QCOMPARE(create.reason,
                 QStringLiteral("Needs Microsoft.KeyVault/vaults/secrets/setSecret/action (Key Vault "
                                "Secrets Officer or Administrator)"));
        const actions::ObjectContext hers {true, {true, true}, kSecret};
        QVERIFY(actions::objectActionState(ObjectAction::ReadValue, ObjectKind::Secret, hers, objects.accessCheck())
                        .enabled);
        QVERIFY(!actions::objectActionState(ObjectAction::Delete, ObjectKind::Secret, hers, objects.accessCheck())
                         .enabled);

        // She may not list the vault's secrets, but sees the one shared with her, and can read it.
        auto listed = objects.listSecrets();
        COFFER_VERIFY_ERROR(listed, ErrorCode::Forbidden);
        QCOMPARE(AccessText::missingPermission(listed.error().context()),
                 QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action"));
        auto shared = objects.listSecretsSharedWithMe();
        COFFER_VERIFY_OK(shared);
        QCOMPARE(shared->size(), 1);
        QCOMPARE(shared->first().name, kSecret);
        auto value = objects.readSecretValue(kSecret);
        COFFER_VERIFY_OK(value);
        QCOMPARE(value->value.view().toByteArray(), QByteArray("s3cret"));
        COFFER_VERIFY_ERROR(objects.createSecret(QStringLiteral("hers"), SecureBytes(QByteArrayView("x")), {}),
                            ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestAccessModels)
#include "TestAccessModels.moc"
