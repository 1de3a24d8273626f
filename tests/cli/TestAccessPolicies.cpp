// cli.AccessPolicies: switching a vault to access policies (confirmed), set-policy / delete-policy / policy list,
// and principals limited by their policy (or their group's) when they unlock with their own credential.
#include "tests/cli/AccessTestSupport.h"
#include "tests/cli/VaultGuard.h"
#include "tests/support/TestUtil.h"

#include <QRegularExpression>

using namespace coffer::test;

class TestAccessPolicies : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    AccessCli m_access {m_cli};
    VaultGuard m_guard {m_cli}; // a refusal changes nothing but the audit log
    QString m_alicePass;
    QString m_ciSecret;
    QString m_aliceId;
    QString m_valueFile;

    QStringList alice() const { return AccessCli::passphrase(m_alicePass); }
    QStringList ci() const { return AccessCli::clientSecret(m_ciSecret); }
    static QStringList name(const char *secret) { return {QStringLiteral("--name"), QString::fromUtf8(secret)}; }
    QStringList setValue(const char *secret) const
    {
        return name(secret) + QStringList {QStringLiteral("--file"), m_valueFile};
    }
    QJsonObject setPolicy(const QStringList &args)
    {
        return AccessCli::ok(m_access.run("set-policy", m_access.owner(), args));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        m_access.ownerPass = m_cli.writePassphrase(QStringLiteral("owner.txt"), "owner passphrase 1");
        m_alicePass = m_cli.writePassphrase(QStringLiteral("alice.txt"), "alice passphrase 2");
        const auto created = m_cli.createVault(m_cli.dir(), QStringLiteral("policy-kv"), m_access.ownerPass,
                                               {QStringLiteral("--owner"), QStringLiteral("Olivia")});
        QCOMPARE(created.run.exitCode, 0);
        m_cli.addSecret(created.recoveryKey);
        m_access.bundle = created.bundle;
        m_cli.addSecret("policy-value-5Tz");
        m_valueFile = m_cli.writeFile(QStringLiteral("value.txt"), "policy-value-5Tz");
        AccessCli::ok(m_access.run("secret set", m_access.owner(), setValue("db-password")));

        m_aliceId = m_access.createUser(QStringLiteral("alice"), m_alicePass).value(u"id").toString();
        AccessCli::ok(m_access.createApp(QStringLiteral("ci"), QStringLiteral("ci.txt"), &m_ciSecret));
        AccessCli::ok(m_access.run("principal create", m_access.owner(),
                                   AccessCli::words("--name team --type group --member ci")));
        m_access.assign("Key Vault Secrets User", QStringLiteral("alice"), QStringLiteral("/"));
        COFFER_VERIFY_EXIT(m_access.revealing("secret show", alice(), name("db-password")), 0);
    }
    void init() { failOnAnyWarning(); }

    void switchNeedsConfirmationAndOwner()
    {
        m_guard.reset(m_access.bundle, m_access.owner());
        CliRun run = m_access.run("vault permission-model set", m_access.owner(),
                                  AccessCli::words("--model access-policy"));
        COFFER_VERIFY_EXIT(run, 2);
        COFFER_VERIFY_STDERR(run, "needs --yes");
        COFFER_VERIFY_STDERR(run, "role assignments then stop granting access");
        run = m_access.run("vault permission-model set", m_access.owner(), AccessCli::words("--model rbac"));
        COFFER_VERIFY_EXIT(run, 2);
        COFFER_VERIFY_STDERR(run, "access policies then stop counting");
        run = m_access.run("vault permission-model set", m_access.owner(), AccessCli::words("--model legacy --yes"));
        COFFER_VERIFY_EXIT(run, 2);
        COFFER_VERIFY_STDERR(run, "--model needs rbac or access-policy");
        // Only Owner (or User Access Administrator) may switch.
        run = m_access.run("vault permission-model set", alice(), AccessCli::words("--model access-policy --yes"));
        COFFER_VERIFY_EXIT(run, 8);
        COFFER_VERIFY_STDERR(run, "VaultSetPermissionModel");
        COFFER_VERIFY_STDERR(run, "hint: ask someone with Owner or User Access Administrator");
        COFFER_VERIFY_UNCHANGED(m_guard);
    }

    void switchToAccessPolicies()
    {
        const QJsonObject vault = AccessCli::ok(m_access.run("vault permission-model set", m_access.owner(),
                                                             AccessCli::words("--model access-policy --yes")));
        QCOMPARE(vault.value(u"properties").toObject().value(u"enableRbacAuthorization").toBool(true), false);
        // Alice's role no longer counts for data.
        const CliRun run = m_access.run("secret show", alice(), name("db-password"));
        COFFER_VERIFY_EXIT(run, 8);
        COFFER_VERIFY_STDERR(run, "Caller was not found on any access policy");
        COFFER_VERIFY_STDERR(run, "coffer-cli set-policy");
    }

    void setPolicyAllIsEverythingButPurge()
    {
        const QJsonObject policy = setPolicy(AccessCli::words("--assignee alice --secret-permissions all"));
        QCOMPARE(policy.value(u"objectId").toString(), m_aliceId);
        QCOMPARE(policy.value(u"principalName").toString(), QStringLiteral("alice"));
        const QJsonObject permissions = policy.value(u"permissions").toObject();
        QCOMPARE(AccessCli::strings(permissions.value(u"secrets")),
                 AccessCli::words("get list set delete recover backup restore"));
        QVERIFY(AccessCli::strings(permissions.value(u"keys")).isEmpty());
        QVERIFY(AccessCli::strings(permissions.value(u"certificates")).isEmpty());

        COFFER_VERIFY_EXIT(m_access.revealing("secret show", alice(), name("db-password")), 0);
        COFFER_VERIFY_EXIT(m_access.run("secret list", alice()), 0);
        COFFER_VERIFY_EXIT(m_access.run("secret set", alice(), setValue("alice-secret")), 0);
        COFFER_VERIFY_EXIT(m_access.run("secret delete", alice(), name("alice-secret")), 0);
        m_guard.reset(m_access.bundle, m_access.owner());
        const CliRun purge = m_access.run("secret purge", alice(), name("alice-secret"));
        COFFER_VERIFY_EXIT(purge, 8);
        COFFER_VERIFY_STDERR(purge, "Operation \"secrets: purge\" is not allowed by vault policy");
        COFFER_VERIFY_STDERR(purge, "grant the permission in an access policy");
        COFFER_VERIFY_UNCHANGED(m_guard);
    }

    void groupPolicyWithCommaAndSpaceSeparatedLists()
    {
        COFFER_VERIFY_EXIT(m_access.run("secret list", ci()), 8);
        QJsonObject policy = setPolicy(AccessCli::words("--assignee team --secret-permissions get,list "
                                                        "--key-permissions GET, list --certificate-permissions get"));
        QJsonObject permissions = policy.value(u"permissions").toObject();
        QCOMPARE(AccessCli::strings(permissions.value(u"secrets")), AccessCli::words("get list"));
        QCOMPARE(AccessCli::strings(permissions.value(u"keys")), AccessCli::words("get list"));
        QCOMPARE(AccessCli::strings(permissions.value(u"certificates")), AccessCli::words("get"));
        COFFER_VERIFY_EXIT(m_access.run("secret list", ci()), 0);
        COFFER_VERIFY_EXIT(m_access.run("secret set", ci(), setValue("db-password")), 8);

        // A list given empty is emptied; the others are kept.
        policy = setPolicy(
                {QStringLiteral("--assignee"), QStringLiteral("team"), QStringLiteral("--key-permissions"), QString()});
        permissions = policy.value(u"permissions").toObject();
        QVERIFY(AccessCli::strings(permissions.value(u"keys")).isEmpty());
        QCOMPARE(AccessCli::strings(permissions.value(u"secrets")), AccessCli::words("get list"));

        const QJsonArray rows = AccessCli::okArray(m_access.run(
                "access check", m_access.owner(), AccessCli::words("--assignee ci --scope /secrets/db-password")));
        const QJsonObject get = AccessCli::find(rows, "operation", QStringLiteral("SecretGet"));
        QVERIFY(get.value(u"allowed").toBool());
        QCOMPARE(get.value(u"permissionModel").toString(), QStringLiteral("accessPolicy"));
        const QJsonObject grant = get.value(u"grantedBy").toObject();
        QCOMPARE(grant.value(u"source").toString(), QStringLiteral("accessPolicy"));
        QCOMPARE(grant.value(u"viaGroupName").toString(), QStringLiteral("team"));
        QCOMPARE(grant.value(u"permission").toString(), QStringLiteral("secrets: get"));
    }

    void accessCheckListsPurgeDenied()
    {
        const QJsonArray rows = AccessCli::okArray(m_access.run(
                "access check", m_access.owner(), AccessCli::words("--assignee alice --scope /secrets/db-password")));
        const QJsonObject purge = AccessCli::find(rows, "operation", QStringLiteral("SecretPurge"));
        QCOMPARE(purge.value(u"allowed").toBool(true), false);
        QVERIFY2(purge.value(u"reason").toString().contains(QStringLiteral("not allowed by vault policy")),
                 qPrintable(purge.value(u"reason").toString()));
        QCOMPARE(AccessCli::find(rows, "operation", QStringLiteral("SecretDelete")).value(u"allowed").toBool(), true);

        const CliRun table
                = m_access.run("access check", m_access.owner(),
                               AccessCli::words("--assignee alice --scope /secrets/db-password --output table"));
        COFFER_VERIFY_EXIT(table, 0);
        const QStringList lines = QString::fromUtf8(table.out).split(u'\n');
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^SecretPurge +false +.*not allowed by vault policy")))
                         .size(),
                 1);
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^SecretGet +true +access policy +/( |$)"))).size(), 1);

        // The reverse view: who may read db-password now.
        const QJsonArray who = AccessCli::okArray(
                m_access.run("access who", m_access.owner(), AccessCli::words("--scope /secrets/db-password")));
        QStringList names = AccessCli::column(who, "principalName");
        names.sort();
        QCOMPARE(names, AccessCli::words("alice ci team vault-system"));
    }

    void policyListAndDelete()
    {
        QJsonArray policies = AccessCli::okArray(m_access.run("policy list", m_access.owner()));
        QStringList names = AccessCli::column(policies, "principalName");
        names.sort();
        QCOMPARE(names, AccessCli::words("alice team vault-system")); // its policy for scheduled actions
        // Every principal may read the policies, as Azure shows them with the vault.
        COFFER_VERIFY_EXIT(m_access.run("policy list", ci()), 0);
        // Only Owner (or Key Vault Contributor) may change them.
        CliRun run
                = m_access.run("set-policy", alice(), AccessCli::words("--assignee alice --secret-permissions purge"));
        COFFER_VERIFY_EXIT(run, 8);
        COFFER_VERIFY_STDERR(run, "accessPolicies/write");

        COFFER_VERIFY_EXIT(m_access.run("delete-policy", m_access.owner(), AccessCli::words("--assignee team")), 0);
        policies = AccessCli::okArray(m_access.run("policy list", m_access.owner()));
        QStringList remaining = AccessCli::column(policies, "principalName");
        remaining.sort();
        QCOMPARE(remaining, AccessCli::words("alice vault-system"));
        COFFER_VERIFY_EXIT(m_access.run("secret list", ci()), 8);
        run = m_access.run("delete-policy", m_access.owner(), AccessCli::words("--assignee team"));
        COFFER_VERIFY_EXIT(run, 4);
        COFFER_VERIFY_STDERR(run, "'team' has no access policy");
        COFFER_VERIFY_STDERR(run, "policy list");
    }

    void purgeOnlyWhenGranted()
    {
        const QJsonObject policy = setPolicy(AccessCli::words("--assignee alice --secret-permissions all purge"));
        QVERIFY(AccessCli::strings(policy.value(u"permissions").toObject().value(u"secrets"))
                        .contains(QStringLiteral("purge")));
        COFFER_VERIFY_EXIT(m_access.run("secret purge", alice(), name("alice-secret")), 0);
        COFFER_VERIFY_EXIT(m_access.run("secret show-deleted", alice(), name("alice-secret")), 4);
    }

    void switchBackToRoles()
    {
        const QJsonObject vault = AccessCli::ok(
                m_access.run("vault permission-model set", m_access.owner(), AccessCli::words("--model rbac --yes")));
        QCOMPARE(vault.value(u"properties").toObject().value(u"enableRbacAuthorization").toBool(), true);
        // Alice's role counts again; her policy (kept) does not: purge is refused.
        COFFER_VERIFY_EXIT(m_access.revealing("secret show", alice(), name("db-password")), 0);
        COFFER_VERIFY_EXIT(m_access.run("secret delete", alice(), name("db-password")), 8);
        // Setting a policy on a vault using roles works, with a note that it grants nothing now.
        const CliRun run = m_access.run("set-policy", m_access.owner(),
                                        AccessCli::words("--assignee ci --secret-permissions get"));
        COFFER_VERIFY_EXIT(run, 0);
        COFFER_VERIFY_STDERR(run, "grant nothing until");
        COFFER_VERIFY_EXIT(m_access.run("secret show", ci(), name("db-password")), 8);
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicies)
#include "TestAccessPolicies.moc"
