// cli.AccessCommands: principals, groups and role assignments through the real binary, and each principal limited
// to what its roles allow when it unlocks with its own passphrase or client secret.
#include "tests/cli/AccessTestSupport.h"
#include "tests/cli/VaultGuard.h"
#include "tests/support/TestUtil.h"

#include <QRegularExpression>

using namespace coffer::test;

namespace {
const char kSecretsUserId[] = "4633458b-17de-408a-b874-0445c86b69e6";
}

class TestAccessCommands : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    AccessCli m_access {m_cli};
    VaultGuard m_guard {m_cli}; // a refusal changes nothing but the audit log
    QString m_alicePass;
    QString m_danaPass;
    QString m_ciSecret; // file with the app's client secret
    QString m_aliceId;
    QString m_ownerId;
    QByteArray m_dbValue = "db-value-7Hq2";
    QByteArray m_tokenValue = "api-token-Zr81";

    QStringList alice() const { return AccessCli::passphrase(m_alicePass); }
    QStringList ci() const { return AccessCli::clientSecret(m_ciSecret); }
    static QStringList name(const char *secret) { return {QStringLiteral("--name"), QString::fromUtf8(secret)}; }
    static QStringList file(const QString &path) { return {QStringLiteral("--file"), path}; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        m_access.ownerPass = m_cli.writePassphrase(QStringLiteral("owner.txt"), "owner passphrase 1");
        m_alicePass = m_cli.writePassphrase(QStringLiteral("alice.txt"), "alice passphrase 2");
        m_danaPass = m_cli.writePassphrase(QStringLiteral("dana.txt"), "dana passphrase 3");
        const auto created = m_cli.createVault(m_cli.dir(), QStringLiteral("access-kv"), m_access.ownerPass,
                                               {QStringLiteral("--owner"), QStringLiteral("Olivia")});
        QCOMPARE(created.run.exitCode, 0);
        m_cli.addSecret(created.recoveryKey);
        m_access.bundle = created.bundle;
        m_ownerId = created.run.json().value(u"properties").toObject().value(u"ownerPrincipalId").toString();
        QVERIFY(!m_ownerId.isEmpty());
        m_cli.addSecret(m_dbValue);
        m_cli.addSecret(m_tokenValue);
        const QString db = m_cli.writeFile(QStringLiteral("db.txt"), m_dbValue);
        const QString token = m_cli.writeFile(QStringLiteral("token.txt"), m_tokenValue);
        AccessCli::ok(m_access.run("secret set", m_access.owner(), name("db-password") + file(db)));
        AccessCli::ok(m_access.run("secret set", m_access.owner(), name("api-token") + file(token)));
    }
    void init() { failOnAnyWarning(); }

    void createPrincipals()
    {
        const QJsonObject user = m_access.createUser(QStringLiteral("alice"), m_alicePass);
        m_aliceId = user.value(u"id").toString();
        QCOMPARE(user.value(u"name").toString(), QStringLiteral("alice"));
        QCOMPARE(user.value(u"type").toString(), QStringLiteral("user"));
        QCOMPARE(user.value(u"principalType").toString(), QStringLiteral("User"));
        QCOMPARE(user.value(u"createdBy").toString(), m_ownerId);
        const QJsonArray userSlots = user.value(u"keyslots").toArray();
        QCOMPARE(userSlots.size(), 1);
        QCOMPARE(userSlots.at(0).toObject().value(u"type").toString(), QStringLiteral("passphrase"));
        QCOMPARE(user.value(u"keyslotId").toString(), userSlots.at(0).toObject().value(u"id").toString());

        const CliRun app = m_access.createApp(QStringLiteral("ci"), QStringLiteral("ci-secret.txt"), &m_ciSecret);
        const QJsonObject appJson = AccessCli::ok(app);
        QVERIFY2(appJson.value(u"clientSecret").toString().startsWith(QStringLiteral("coffer-cs1.")), app.out);
        QCOMPARE(appJson.value(u"principalType").toString(), QStringLiteral("ServicePrincipal"));
        QCOMPARE(appJson.value(u"keyslots").toArray().at(0).toObject().value(u"type").toString(),
                 QStringLiteral("clientSecret"));
        COFFER_VERIFY_STDERR(app, "shown only this once");
        COFFER_VERIFY_STDERR(app, "--client-secret-file");

        const QJsonObject group
                = AccessCli::ok(m_access.run("principal create", m_access.owner(),
                                             AccessCli::words("--name ops --type group --member alice --member ci")));
        QCOMPARE(AccessCli::column(group.value(u"members").toArray(), "name"),
                 (QStringList {QStringLiteral("alice"), QStringLiteral("ci")}));

        const QJsonArray all = AccessCli::okArray(m_access.run("principal list", m_access.owner()));
        QStringList names = AccessCli::column(all, "name");
        names.sort();
        QCOMPARE(names, AccessCli::words("Olivia alice ci ops vault-system")); // sorted case-sensitively; the vault's
        // own principal for scheduled actions is listed like any other
        const CliRun table
                = m_access.run("principal list", m_access.owner(), {QStringLiteral("-o"), QStringLiteral("table")});
        COFFER_VERIFY_EXIT(table, 0);
        QVERIFY2(table.out.startsWith("Name          Type   Id"), table.out.constData());
        QCOMPARE(table.out.count('\n'), 7);

        const QJsonObject shown = AccessCli::ok(
                m_access.run("principal show", m_access.owner(), AccessCli::words("--principal alice")));
        QCOMPARE(AccessCli::column(shown.value(u"memberOf").toArray(), "name"), QStringList {QStringLiteral("ops")});
        // Without --principal: whoever unlocked.
        QCOMPARE(AccessCli::ok(m_access.run("principal show", alice())).value(u"id").toString(), m_aliceId);
        QCOMPARE(AccessCli::ok(m_access.run("principal show", ci())).value(u"name").toString(), QStringLiteral("ci"));
    }

    void newUserHasNoAccess()
    {
        m_guard.reset(m_access.bundle, m_access.owner());
        const CliRun run = m_access.run("secret show", alice(), name("db-password"));
        COFFER_VERIFY_EXIT(run, 8);
        COFFER_VERIFY_STDERR(run, "Microsoft.KeyVault/vaults/secrets/getSecret/action");
        COFFER_VERIFY_STDERR(run, "alice holds no role");
        COFFER_VERIFY_STDERR(run, "hint: ask someone with Owner or Key Vault Data Access Administrator");
        COFFER_VERIFY_STDERR(run, "role assignment create");
        COFFER_VERIFY_UNCHANGED(m_guard);
        const QJsonArray denied = m_guard.newRecords();
        QCOMPARE(denied.size(), 1);
        QCOMPARE(denied.at(0).toObject().value(u"operationName").toString(), QStringLiteral("SecretGet"));
        QCOMPARE(denied.at(0).toObject().value(u"resultType").toString(), QStringLiteral("Forbidden"));
        QCOMPARE(denied.at(0).toObject().value(u"principal").toObject().value(u"name").toString(),
                 QStringLiteral("alice"));
    }

    void objectScopedSecretsUser()
    {
        const QJsonObject assignment = m_access.assign("Key Vault Secrets User", QStringLiteral("alice"),
                                                       QStringLiteral("/secrets/db-password"));
        QStringList keys = assignment.keys();
        QCOMPARE(keys,
                 AccessCli::words("createdBy createdOn id name principalId principalName principalType "
                                  "roleDefinitionId roleDefinitionName scope type"));
        QCOMPARE(assignment.value(u"principalName").toString(), QStringLiteral("alice"));
        QCOMPARE(assignment.value(u"principalType").toString(), QStringLiteral("User"));
        QCOMPARE(assignment.value(u"roleDefinitionName").toString(), QStringLiteral("Key Vault Secrets User"));
        QCOMPARE(assignment.value(u"roleDefinitionId").toString(),
                 QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/")
                         + QLatin1StringView(kSecretsUserId));
        QCOMPARE(assignment.value(u"scope").toString(), QStringLiteral("/secrets/db-password"));
        QCOMPARE(assignment.value(u"createdBy").toString(), m_ownerId);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT"))
                        .match(assignment.value(u"createdOn").toString())
                        .hasMatch());

        // She reads the value of that one secret, and does nothing else with it.
        const CliRun show = m_access.revealing("secret show", alice(), name("db-password"));
        QCOMPARE(AccessCli::ok(show).value(u"value").toString().toUtf8(), m_dbValue);
        m_guard.reset(m_access.bundle, m_access.owner());
        const std::pair<const char *, const char *> refused[] = {
                {"secret delete", "Microsoft.KeyVault/vaults/secrets/delete"},
                {"secret purge", "Microsoft.KeyVault/vaults/secrets/purge/action"},
                {"secret recover", "Microsoft.KeyVault/vaults/secrets/recover/action"},
                {"secret set-attributes", "Microsoft.KeyVault/vaults/secrets/update/action"},
        };
        for (const auto &[command, action] : refused) {
            QStringList more = name("db-password");
            if (QByteArrayView(command) == "secret set-attributes")
                more += AccessCli::words("--enabled false");
            const CliRun run = m_access.run(command, alice(), more);
            COFFER_VERIFY_EXIT(run, 8);
            QVERIFY2(run.err.contains(action), qPrintable(run.describe()));
        }
        const QString other = m_cli.writeFile(QStringLiteral("other.txt"), "x");
        CliRun run = m_access.run("secret set", alice(), name("db-password") + file(other));
        COFFER_VERIFY_EXIT(run, 8);
        COFFER_VERIFY_STDERR(run, "secrets/setSecret/action");
        // Another secret, and the list (checked at /secrets), are out of reach.
        COFFER_VERIFY_EXIT(m_access.run("secret show", alice(), name("api-token")), 8);
        run = m_access.run("secret list", alice());
        COFFER_VERIFY_EXIT(run, 8);
        COFFER_VERIFY_STDERR(run, "SecretList on /secrets");
        COFFER_VERIFY_STDERR(run, "secrets/readMetadata/action");
        COFFER_VERIFY_UNCHANGED(m_guard);

        // A kind-scope assignment lets her list; deleting it takes that away again.
        const QString kindAssignment
                = m_access.assign("Secrets User", QStringLiteral("alice"), QStringLiteral("/secrets"))
                          .value(u"id")
                          .toString();
        const QJsonArray listed = AccessCli::okArray(m_access.run("secret list", alice()));
        QCOMPARE(listed.size(), 2);
        COFFER_VERIFY_EXIT(
                m_access.run("role assignment delete", m_access.owner(), {QStringLiteral("--id"), kindAssignment}), 0);
        COFFER_VERIFY_EXIT(m_access.run("secret list", alice()), 8);
        run = m_access.run("role assignment delete", m_access.owner(), {QStringLiteral("--id"), kindAssignment});
        COFFER_VERIFY_EXIT(run, 4);
        COFFER_VERIFY_STDERR(run, "role assignment list");
    }

    void applicationUnlocksWithClientSecret()
    {
        COFFER_VERIFY_EXIT(m_access.run("secret show", ci(), name("api-token")), 8);
        m_access.assign("Key Vault Secrets User", QStringLiteral("ci"), QStringLiteral("/secrets/api-token"));
        const CliRun show = m_access.revealing("secret show", ci(), name("api-token"));
        QCOMPARE(AccessCli::ok(show).value(u"value").toString().toUtf8(), m_tokenValue);
        COFFER_VERIFY_EXIT(m_access.run("secret show", ci(), name("db-password")), 8);
        const QString value = m_cli.writeFile(QStringLiteral("new.txt"), "y");
        const CliRun set = m_access.run("secret set", ci(), name("api-token") + file(value));
        COFFER_VERIFY_EXIT(set, 8);
        COFFER_VERIFY_STDERR(set, "ci may not perform SecretSet");

        // The secret from standard input works too.
        QFile file(m_ciSecret);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray secret = file.readAll();
        const CliRun viaStdin = m_cli.runRevealing(
                m_access.line("secret show", {QStringLiteral("--client-secret-stdin")}, name("api-token")), secret);
        COFFER_VERIFY_EXIT(viaStdin, 0);

        // A wrong secret (right shape, other characters) and a malformed one are credential errors.
        QByteArray wrong = secret.trimmed();
        wrong[wrong.size() - 2] = wrong.at(wrong.size() - 2) == 'a' ? 'b' : 'a';
        m_cli.addSecret(wrong);
        const CliRun bad = m_access.run("secret show",
                                        AccessCli::clientSecret(m_cli.writeFile(QStringLiteral("wrong.txt"), wrong)),
                                        name("api-token"));
        COFFER_VERIFY_EXIT(bad, 3);
        COFFER_VERIFY_STDERR(bad, "client secret does not unlock");
        COFFER_VERIFY_STDERR(bad, "principal credential add");
        const CliRun garbage = m_access.run(
                "secret show", AccessCli::clientSecret(m_cli.writeFile(QStringLiteral("junk.txt"), "junk\n")),
                name("api-token"));
        COFFER_VERIFY_EXIT(garbage, 3);
        COFFER_VERIFY_STDERR(garbage, "not a Coffer client secret");

        // A second client secret; both unlock.
        const CliRun second = m_cli.run(
                m_access.line("principal credential add", m_access.owner(), AccessCli::words("--principal ci")));
        const QJsonObject added = AccessCli::ok(second);
        const QByteArray secret2 = added.value(u"clientSecret").toString().toUtf8();
        QVERIFY(secret2.startsWith("coffer-cs1.") && secret2 != secret.trimmed());
        m_cli.addSecret(secret2);
        QCOMPARE(added.value(u"keyslots").toArray().size(), 2);
        COFFER_VERIFY_STDERR(second, "shown only this once");
        const QString file2 = m_cli.writeFile(QStringLiteral("ci-secret2.txt"), secret2);
        COFFER_VERIFY_EXIT(m_access.revealing("secret show", AccessCli::clientSecret(file2), name("api-token")), 0);
        COFFER_VERIFY_EXIT(m_access.revealing("secret show", ci(), name("api-token")), 0);
    }

    void groupRoleReachesMembers()
    {
        const QJsonObject viaGroup = m_access.assign("Key Vault Secrets Officer", QStringLiteral("ops"),
                                                     QStringLiteral("/secrets/api-token"));
        QCOMPARE(viaGroup.value(u"principalType").toString(), QStringLiteral("Group"));
        const QString value = m_cli.writeFile(QStringLiteral("rotated.txt"), "rotated-token");
        m_cli.addSecret("rotated-token");
        COFFER_VERIFY_EXIT(m_access.run("secret set", alice(), name("api-token") + file(value)), 0);
        COFFER_VERIFY_EXIT(m_access.run("secret set", ci(), name("api-token") + file(value)), 0);

        const QJsonArray rows = AccessCli::okArray(m_access.run(
                "access check", m_access.owner(), AccessCli::words("--assignee alice --scope /secrets/api-token")));
        const QJsonObject set = AccessCli::find(rows, "operation", QStringLiteral("SecretSet"));
        QVERIFY(set.value(u"allowed").toBool());
        const QJsonObject grant = set.value(u"grantedBy").toObject();
        QCOMPARE(grant.value(u"source").toString(), QStringLiteral("roleAssignment"));
        QCOMPARE(grant.value(u"roleDefinitionName").toString(), QStringLiteral("Key Vault Secrets Officer"));
        QCOMPARE(grant.value(u"viaGroupName").toString(), QStringLiteral("ops"));
        QCOMPARE(grant.value(u"scope").toString(), QStringLiteral("/secrets/api-token"));
    }

    void dataAccessAdministratorIsLimited()
    {
        const QString danaId = m_access.createUser(QStringLiteral("dana"), m_danaPass).value(u"id").toString();
        m_access.assign("Key Vault Data Access Administrator", QStringLiteral("dana"), QStringLiteral("/"));
        const QStringList dana = AccessCli::passphrase(m_danaPass);
        const QJsonObject granted
                = m_access.assign("Key Vault Reader", QStringLiteral("ci"), QStringLiteral("/"), dana);
        QCOMPARE(granted.value(u"createdBy").toString(), danaId);

        m_guard.reset(m_access.bundle, m_access.owner());
        CliRun run = m_access.run(
                "role assignment create", dana,
                AccessCli::words("--assignee ci --scope /")
                        + QStringList {QStringLiteral("--role"), QStringLiteral("Key Vault Certificate User")});
        COFFER_VERIFY_EXIT(run, 8);
        COFFER_VERIFY_STDERR(run, "Data Access Administrator may assign and remove only");
        COFFER_VERIFY_STDERR(run, "not Key Vault Certificate User");
        COFFER_VERIFY_STDERR(run, "hint: only someone with Owner or User Access Administrator");
        // Only Owner manages principals.
        run = m_access.run("principal create", dana, AccessCli::words("--name eve --type app"));
        COFFER_VERIFY_EXIT(run, 8);
        COFFER_VERIFY_STDERR(run, "PrincipalCreate");
        COFFER_VERIFY_STDERR(run, "Owner or User Access Administrator");
        COFFER_VERIFY_UNCHANGED(m_guard);
    }

    void accessCheckExplains()
    {
        const QJsonArray rows = AccessCli::okArray(m_access.run(
                "access check", m_access.owner(), AccessCli::words("--assignee alice --scope /secrets/db-password")));
        QVERIFY(rows.size() >= 10);
        const QJsonObject get = AccessCli::find(rows, "operation", QStringLiteral("SecretGet"));
        QVERIFY(get.value(u"allowed").toBool());
        QCOMPARE(get.value(u"grantedBy").toObject().value(u"roleDefinitionName").toString(),
                 QStringLiteral("Key Vault Secrets User"));
        QCOMPARE(get.value(u"permissionModel").toString(), QStringLiteral("rbac"));
        QVERIFY(get.value(u"reason").isNull());
        const QJsonObject purge = AccessCli::find(rows, "operation", QStringLiteral("SecretPurge"));
        QCOMPARE(purge.value(u"allowed").toBool(), false);
        QVERIFY(purge.value(u"grantedBy").isNull());
        const QString reason = purge.value(u"reason").toString();
        QVERIFY2(reason.contains(QStringLiteral("secrets/purge/action"))
                         && reason.contains(QStringLiteral("Secrets User")),
                 qPrintable(reason));
        QVERIFY(AccessCli::strings(purge.value(u"rolesThatGrant"))
                        .contains(QStringLiteral("Key Vault Secrets Officer")));

        const CliRun table = m_access.run("access check", m_access.owner(),
                                          AccessCli::words("--assignee alice --scope /secrets/db-password -o table"));
        COFFER_VERIFY_EXIT(table, 0);
        const QStringList lines = QString::fromUtf8(table.out).split(u'\n');
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Operation "))
                         && lines.at(0).contains(QStringLiteral("Allowed")),
                 table.out.constData());
        const QRegularExpression purgeLine(QStringLiteral("^SecretPurge +false +.*purge/action"));
        const QRegularExpression getLine(
                QStringLiteral("^SecretGet +true +Key Vault Secrets User +/secrets/db-password"));
        QVERIFY2(lines.filter(purgeLine).size() == 1 && lines.filter(getLine).size() == 1, table.out.constData());

        // Alice may check her own access without any role that reads assignments.
        const QJsonArray own = AccessCli::okArray(
                m_access.run("access check", alice(), AccessCli::words("--scope /secrets/db-password")));
        QCOMPARE(own.size(), rows.size());
        COFFER_VERIFY_EXIT(m_access.run("access check", alice(), AccessCli::words("--assignee ci")), 8);
    }

    void accessWhoListsReaders()
    {
        const QJsonArray rows = AccessCli::okArray(
                m_access.run("access who", m_access.owner(), AccessCli::words("--scope /secrets/db-password")));
        QStringList who = AccessCli::column(rows, "principalName");
        who.sort();
        QCOMPARE(who, AccessCli::words("Olivia alice vault-system")); // the system principal rotates secrets
        const QJsonObject viaRole = AccessCli::find(rows, "principalName", QStringLiteral("alice"));
        QCOMPARE(viaRole.value(u"operation").toString(), QStringLiteral("SecretGet"));
        QCOMPARE(viaRole.value(u"grantedBy").toObject().value(u"roleDefinitionName").toString(),
                 QStringLiteral("Key Vault Secrets User"));
        // Purging: the owner's Administrator role, and vault-system's Secrets Officer role (it holds Azure's
        // built-in officer roles; no one signs in as it and scheduled actions never purge).
        const QJsonArray purgers = AccessCli::okArray(
                m_access.run("access who", m_access.owner(),
                             AccessCli::words("--scope /secrets/db-password --operation SecretPurge")));
        QCOMPARE(AccessCli::column(purgers, "principalName"), AccessCli::words("Olivia vault-system"));
        const CliRun table
                = m_access.run("access who", m_access.owner(), AccessCli::words("--scope /secrets/api-token -o table"));
        COFFER_VERIFY_EXIT(table, 0);
        QVERIFY2(table.out.contains("ops ") && table.out.contains("Key Vault Secrets Officer"), table.out.constData());
    }

    void deletingPrincipals()
    {
        COFFER_VERIFY_EXIT(m_access.run("principal delete", m_access.owner(), AccessCli::words("--principal alice")),
                           0);
        const CliRun gone = m_access.run("vault show", alice());
        COFFER_VERIFY_EXIT(gone, 3);
        const QJsonArray slots = AccessCli::okArray(m_access.run("vault keyslot list", m_access.owner()));
        QVERIFY(!AccessCli::column(slots, "principal").contains(m_aliceId));
        QVERIFY(!AccessCli::column(AccessCli::okArray(m_access.run("role assignment list", m_access.owner())),
                                   "principalId")
                         .contains(m_aliceId));
        CliRun run = m_access.run("principal show", m_access.owner(), AccessCli::words("--principal alice"));
        COFFER_VERIFY_EXIT(run, 4);
        COFFER_VERIFY_STDERR(run, "principal list");

        // The creator cannot delete herself, nor drop the vault's last Owner assignment.
        m_guard.reset(m_access.bundle, m_access.owner());
        run = m_access.run("principal delete", m_access.owner(), AccessCli::words("--principal Olivia"));
        COFFER_VERIFY_EXIT(run, 7);
        COFFER_VERIFY_STDERR(run, "another principal must delete it");
        const QJsonArray owners = AccessCli::okArray(m_access.run("role assignment list", m_access.owner(),
                                                                  AccessCli::words("--assignee Olivia --role Owner")));
        QCOMPARE(owners.size(), 1);
        run = m_access.run("role assignment delete", m_access.owner(),
                           {QStringLiteral("--id"), owners.at(0).toObject().value(u"id").toString()});
        COFFER_VERIFY_EXIT(run, 6);
        COFFER_VERIFY_STDERR(run, "would leave no user or application able to manage access");
        COFFER_VERIFY_UNCHANGED(m_guard);
        COFFER_VERIFY_EXIT(m_access.run("vault show", m_access.owner()), 0);
    }

    void lastAccessManagerIsKept()
    {
        // Owner through a group only: the creator may then give up her own Owner assignment.
        QString botSecret;
        AccessCli::ok(m_access.createApp(QStringLiteral("root-bot"), QStringLiteral("bot.txt"), &botSecret));
        AccessCli::ok(m_access.run("principal create", m_access.owner(),
                                   AccessCli::words("--name admins --type group --member root-bot")));
        m_access.assign("Owner", QStringLiteral("admins"), QStringLiteral("/"));
        const QJsonArray owners = AccessCli::okArray(m_access.run("role assignment list", m_access.owner(),
                                                                  AccessCli::words("--assignee Olivia --role Owner")));
        COFFER_VERIFY_EXIT(m_access.run("role assignment delete", m_access.owner(),
                                        {QStringLiteral("--id"), owners.at(0).toObject().value(u"id").toString()}),
                           0);
        CliRun run = m_access.run("principal create", m_access.owner(), AccessCli::words("--name late --type app"));
        COFFER_VERIFY_EXIT(run, 8);

        // The bot may not delete the group that makes it (and so anyone) an Owner, nor leave it.
        const QStringList bot = AccessCli::clientSecret(botSecret);
        m_guard.reset(m_access.bundle, bot);
        run = m_access.run("principal delete", bot, AccessCli::words("--principal admins"));
        COFFER_VERIFY_EXIT(run, 6);
        COFFER_VERIFY_STDERR(run, "deleting 'admins' would leave no user or application able to manage access");
        run = m_access.run("group member remove", bot, AccessCli::words("--group admins --member root-bot"));
        COFFER_VERIFY_EXIT(run, 6);
        COFFER_VERIFY_STDERR(run, "able to manage access");
        COFFER_VERIFY_UNCHANGED(m_guard);
        // It may delete the creator: it stays an Owner.
        COFFER_VERIFY_EXIT(m_access.run("principal delete", bot, AccessCli::words("--principal Olivia")), 0);
        COFFER_VERIFY_EXIT(m_access.run("vault show", m_access.owner()), 3);
    }
};

QTEST_GUILESS_MAIN(TestAccessCommands)
#include "TestAccessCommands.moc"
