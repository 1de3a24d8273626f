// The translated names and sentences of access control, checked against the authorizer's real decisions over an
// in-memory access state (no vault): reasons for allowed and denied operations, the "needs …" tooltips, and that
// every operation, role, permission group and template has its text.

#include "core/access/AccessPolicy.h"
#include "core/access/Authorizer.h"
#include "core/access/Roles.h"
#include "models/AccessNames.h"
#include "models/AccessText.h"
#include "tests/support/TestUtil.h"

#include <QSet>
#include <QTest>

using namespace coffer;
using namespace coffer::models;
using access::Operation;
using access::Resource;
using access::Scope;

namespace {
access::Principal principal(const QString &id, access::PrincipalType type)
{
    access::Principal p;
    p.id = id;
    p.name = id;
    p.type = type;
    return p;
}

access::RoleAssignment assignment(const QString &principalId, const char *roleId, const Scope &scope)
{
    access::RoleAssignment a;
    a.id = principalId + QLatin1StringView(roleId);
    a.roleId = QLatin1StringView(roleId);
    a.principalId = principalId;
    a.scope = scope;
    return a;
}

// alice: Secrets User on one secret; bob: in group ops, which is Secrets Officer on all secrets; eve: nothing;
// admin: Owner and Administrator at the vault.
access::AccessState state(PermissionModel model = PermissionModel::Rbac)
{
    access::AccessState s;
    s.model = model;
    s.principals << principal(QStringLiteral("alice"), access::PrincipalType::User)
                 << principal(QStringLiteral("bob"), access::PrincipalType::User)
                 << principal(QStringLiteral("eve"), access::PrincipalType::App)
                 << principal(QStringLiteral("admin"), access::PrincipalType::User)
                 << principal(QStringLiteral("ops"), access::PrincipalType::Group);
    s.principals[1].groupIds << QStringLiteral("ops");
    s.principals[4].memberIds << QStringLiteral("bob");
    namespace r = access::roles;
    s.assignments << assignment(QStringLiteral("alice"), r::kSecretsUser,
                                Scope::object(ObjectKind::Secret, QStringLiteral("db-password")))
                  << assignment(QStringLiteral("ops"), r::kSecretsOfficer, Scope::kind(ObjectKind::Secret))
                  << assignment(QStringLiteral("admin"), r::kOwner, Scope::vault())
                  << assignment(QStringLiteral("admin"), r::kAdministrator, Scope::vault());
    access::AccessPolicyEntry policy;
    policy.principalId = QStringLiteral("alice");
    policy.secrets = {QStringLiteral("get"), QStringLiteral("list")};
    s.policies << policy;
    access::AccessPolicyEntry keysOnly;
    keysOnly.principalId = QStringLiteral("eve");
    keysOnly.keys = {QStringLiteral("get")};
    s.policies << keysOnly;
    return s;
}

const Resource kDbPassword = Resource::object(ObjectKind::Secret, QStringLiteral("db-password"));
} // namespace

Q_DECLARE_METATYPE(coffer::access::Resource)

class TestAccessText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void everyOperationHasItsOwnTitle()
    {
        QSet<QString> titles;
        for (const access::OperationInfo &info : access::allOperations()) {
            const QString title = AccessNames::operationTitle(info.operation);
            QVERIFY2(!title.isEmpty() && title != info.name, qPrintable(info.name));
            QVERIFY2(!titles.contains(title), qPrintable(info.name + u" repeats " + title));
            titles.insert(title);
        }
    }

    void rolesPermissionGroupsAndTemplatesHaveTheirTexts()
    {
        // The texts here are Azure's, as core has them: a change in core shows up here.
        for (const access::RoleDefinition &role : access::roles::builtIn())
            QCOMPARE(AccessNames::roleDescription(role), role.description);
        const QStringList titles = AccessNames::translatedPermissionGroupTitles();
        for (auto family :
             {access::PolicyFamily::Keys, access::PolicyFamily::Secrets, access::PolicyFamily::Certificates})
            for (const access::PermissionGroup &group : access::permissionGroups(family))
                QVERIFY2(titles.contains(group.title), qPrintable(group.title));
        const QStringList templates = AccessNames::translatedTemplateNames();
        for (const access::PolicyTemplate &t : access::policyTemplates())
            QVERIFY2(templates.contains(t.name), qPrintable(t.name));
    }

    void roleAlternatives_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("text");
        QTest::newRow("one") << QStringList {QStringLiteral("Owner")} << QStringLiteral("Owner");
        QTest::newRow("prefix once") << QStringList {QStringLiteral("Key Vault Secrets Officer"),
                                                     QStringLiteral("Key Vault Administrator")}
                                     << QStringLiteral("Key Vault Secrets Officer or Administrator");
        QTest::newRow("three") << QStringList {QStringLiteral("Key Vault Reader"),
                                               QStringLiteral("Key Vault Secrets User"), QStringLiteral("Owner")}
                               << QStringLiteral("Key Vault Reader, Secrets User or Owner");
    }
    void roleAlternatives()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, text);
        QCOMPARE(AccessNames::roleAlternatives(names), text);
    }

    void reasons_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<int>("operation");
        QTest::addColumn<Resource>("resource");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("reason");
        const int rbac = int(PermissionModel::Rbac);
        const int policies = int(PermissionModel::AccessPolicy);
        QTest::newRow("role on the object")
                << rbac << QStringLiteral("alice") << int(Operation::SecretGet) << kDbPassword << true
                << QStringLiteral("Yes: Key Vault Secrets User at /secrets/db-password");
        QTest::newRow("purge is not get or list")
                << rbac << QStringLiteral("alice") << int(Operation::SecretPurge) << kDbPassword << false
                << QStringLiteral("No: alice holds Key Vault Secrets User here, which grants only get and list on "
                                  "secrets; this needs Microsoft.KeyVault/vaults/secrets/purge/action (Key Vault "
                                  "Secrets Officer or Administrator).");
        QTest::newRow("another secret")
                << rbac << QStringLiteral("alice") << int(Operation::SecretGet)
                << Resource::object(ObjectKind::Secret, QStringLiteral("api-key")) << false
                << QStringLiteral("No: alice holds no role at /secrets/api-key or above; this needs "
                                  "Microsoft.KeyVault/vaults/secrets/getSecret/action (Key Vault Secrets Officer, "
                                  "Secrets User, Certificate User or Administrator).");
        QTest::newRow("via a group") << rbac << QStringLiteral("bob") << int(Operation::SecretPurge) << kDbPassword
                                     << true
                                     << QStringLiteral("Yes: Key Vault Secrets Officer at /secrets, via group ops");
        QTest::newRow("open to everyone")
                << rbac << QStringLiteral("eve") << int(Operation::VaultGet) << Resource::vault() << true
                << QStringLiteral("Yes: every principal of the vault may do this");
        QTest::newRow("own access") << rbac << QStringLiteral("eve") << int(Operation::AccessCheck)
                                    << Resource::principal(QStringLiteral("eve")) << true
                                    << QStringLiteral("Yes: it concerns the principal's own credentials or access");
        QTest::newRow("policy grants") << policies << QStringLiteral("alice") << int(Operation::SecretGet)
                                       << kDbPassword << true
                                       << QStringLiteral("Yes: its access policy grants secrets: get");
        QTest::newRow("policy lacks purge")
                << policies << QStringLiteral("alice") << int(Operation::SecretPurge) << kDbPassword << false
                << QStringLiteral("No: the access policy of alice grants only get and list on secrets; this needs "
                                  "purge.");
        QTest::newRow("policy of another family")
                << policies << QStringLiteral("eve") << int(Operation::SecretGet) << kDbPassword << false
                << QStringLiteral("No: the access policy of eve grants nothing on secrets; this needs get.");
        QTest::newRow("no policy") << policies << QStringLiteral("bob") << int(Operation::SecretGet) << kDbPassword
                                   << false
                                   << QStringLiteral("No: bob is not on any access policy; this needs get on "
                                                     "secrets.");
        QTest::newRow("control plane stays RBAC")
                << policies << QStringLiteral("alice") << int(Operation::PrincipalCreate) << Resource::vault() << false
                << QStringLiteral("No: alice holds no role at / or above; this needs Coffer/principals/write "
                                  "(Owner).");
    }
    void reasons()
    {
        QFETCH(int, model);
        QFETCH(QString, principal);
        QFETCH(int, operation);
        QFETCH(Resource, resource);
        QFETCH(bool, allowed);
        QFETCH(QString, reason);
        const access::AccessState s = state(PermissionModel(model));
        const access::Decision decision = access::Authorizer(s).decide(principal, Operation(operation), resource);
        QCOMPARE(decision.allowed, allowed);
        QCOMPARE(AccessText::reason(decision), reason);
        QCOMPARE(AccessText::needs(decision).isEmpty(), allowed);
    }

    void needsNamesThePermissionAndTheRoles()
    {
        const access::AccessState s = state();
        const access::Decision create = access::Authorizer(s).decide(QStringLiteral("alice"), Operation::SecretSet,
                                                                     Resource::kind(ObjectKind::Secret));
        QCOMPARE(AccessText::needs(create),
                 QStringLiteral("Needs Microsoft.KeyVault/vaults/secrets/setSecret/action "
                                "(Key Vault Secrets Officer or Administrator)"));
        const access::AccessState p = state(PermissionModel::AccessPolicy);
        const access::Decision purge
                = access::Authorizer(p).decide(QStringLiteral("alice"), Operation::SecretPurge, kDbPassword);
        QCOMPARE(AccessText::needs(purge), QStringLiteral("Needs the access-policy permission secrets: purge"));
        // A role's condition is the reason.
        Resource assign = Resource::vault();
        assign.roleId = QLatin1StringView(access::roles::kCertificateUser);
        access::AccessState daa = state();
        daa.assignments << assignment(QStringLiteral("eve"), access::roles::kDataAccessAdministrator, Scope::vault());
        const access::Decision refused
                = access::Authorizer(daa).decide(QStringLiteral("eve"), Operation::RoleAssignmentCreate, assign);
        QVERIFY(!refused.allowed);
        QVERIFY2(AccessText::reason(refused).startsWith(u"No: Key Vault Data Access Administrator may assign"),
                 qPrintable(AccessText::reason(refused)));
    }

    void heldGrantsAsVerbs()
    {
        const access::AccessState s = state();
        const access::Decision d
                = access::Authorizer(s).decide(QStringLiteral("alice"), Operation::SecretDelete, kDbPassword);
        QCOMPARE(AccessText::heldGrants(d), QStringLiteral("get and list"));
        QCOMPARE(AccessNames::joinAnd({QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("set")}),
                 QStringLiteral("get, list and set"));
    }

    void missingPermissionFromErrors_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("permission");
        QTest::newRow("rbac") << QStringLiteral("alice may not perform SecretSet on /secrets/x: it needs "
                                                "Microsoft.KeyVault/vaults/secrets/setSecret/action at /secrets/x or "
                                                "above; alice holds no role there")
                              << QStringLiteral("Microsoft.KeyVault/vaults/secrets/setSecret/action");
        QTest::newRow("policy") << QStringLiteral("bob may not perform SecretPurge: Operation \"secrets: purge\" is "
                                                  "not allowed by vault policy")
                                << QStringLiteral("secrets: purge");
        QTest::newRow("coffer action") << QStringLiteral("it needs Coffer/principals/write at / or above")
                                       << QStringLiteral("Coffer/principals/write");
        QTest::newRow("disabled version") << QStringLiteral("version abc of 'db' is disabled") << QString();
        QTest::newRow("purge protection")
                << QStringLiteral("secret 'db' cannot be purged before 2026-03-01: purge protection is on")
                << QString();
    }
    void missingPermissionFromErrors()
    {
        QFETCH(QString, context);
        QFETCH(QString, permission);
        QCOMPARE(AccessText::missingPermission(context), permission);
    }
};

QTEST_GUILESS_MAIN(TestAccessText)
#include "TestAccessText.moc"
