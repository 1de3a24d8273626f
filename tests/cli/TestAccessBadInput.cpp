// cli.AccessBadInput: what the access commands say, and which exit code they give, for unknown roles, principals,
// scopes, permissions and operations, duplicates and option mistakes; the help; role definitions without a vault;
// and an application with a certificate credential.
#include "tests/cli/AccessTestSupport.h"
#include "tests/cli/VaultGuard.h"
#include "tests/support/TestUtil.h"

#include <QProcess>
#include <QStandardPaths>

using namespace coffer::test;

namespace {
const QString kSecretsUserId = QStringLiteral("4633458b-17de-408a-b874-0445c86b69e6");
const QString kCertificateUserId = QStringLiteral("db79e9a7-68ee-4b58-9aeb-b90e7c24fcba");
} // namespace

class TestAccessBadInput : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    AccessCli m_access {m_cli};
    VaultGuard m_guard {m_cli};

    // Runs a command as the owner that must fail with `code`, print `text` on stderr and leave the vault alone (but for
    // the audit record of the refusal).
    void refused(const char *command, const QStringList &more, int code, const char *text)
    {
        const CliRun run = m_access.run(command, m_access.owner(), more);
        QVERIFY2(run.exitCode == code && run.err.contains(text), qPrintable(run.describe()));
        const QString changes = m_guard.changes();
        QVERIFY2(changes.isEmpty(), qPrintable(QString::fromUtf8(command) + QStringLiteral(": ") + changes));
    }
    CliRun openssl(const QStringList &args)
    {
        QProcess process;
        process.setWorkingDirectory(m_cli.dir());
        process.start(QStringLiteral("openssl"), args);
        process.waitForFinished(60000);
        return CliRun {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        m_access.ownerPass = m_cli.writePassphrase(QStringLiteral("owner.txt"), "owner passphrase 1");
        const auto created = m_cli.createVault(m_cli.dir(), QStringLiteral("bad-kv"), m_access.ownerPass);
        QCOMPARE(created.run.exitCode, 0);
        m_cli.addSecret(created.recoveryKey);
        m_access.bundle = created.bundle;
        QString secretFile;
        AccessCli::ok(m_access.createApp(QStringLiteral("ci"), QStringLiteral("ci.txt"), &secretFile));
        m_access.assign("Key Vault Reader", QStringLiteral("ci"), QStringLiteral("/"));
        AccessCli::ok(m_access.run("principal create", m_access.owner(), AccessCli::words("--name team --type group")));
        m_guard.reset(m_access.bundle, m_access.owner());
    }
    void init() { failOnAnyWarning(); }

    void helpListsTheAccessCommands()
    {
        const CliRun root = m_cli.run({QStringLiteral("--help")});
        COFFER_VERIFY_EXIT(root, 0);
        for (const char *word : {"\n    principal ", "\n    group ", "\n    role ", "\n    access ", "\n    policy ",
                                 "\n    set-policy ", "\n    delete-policy "})
            QVERIFY2(root.out.contains(word), word);
        const CliRun principal = m_cli.run(AccessCli::words("principal --help"));
        for (const char *word : {"create ", "list ", "show ", "delete ", "credential "})
            QVERIFY2(principal.out.contains(QByteArray(QByteArray("\n    ") + word)), word);
        QVERIFY(m_cli.run(AccessCli::words("vault --help")).out.contains("permission-model"));
        const CliRun create = m_cli.run(AccessCli::words("principal create --help"));
        QVERIFY(create.out.contains("--new-passphrase-file FILE      user: the NEW user's passphrase"));
        const CliRun show = m_cli.run(AccessCli::words("secret show --help"));
        QVERIFY(show.out.contains("--client-secret-file FILE") && show.out.contains("--client-secret-stdin")
                && show.out.contains("--certificate-key-file KEY.pem"));
    }

    void roleDefinitionsWithoutVault()
    {
        const QJsonArray roles = AccessCli::okArray(m_cli.run(AccessCli::words("role definition list")));
        QCOMPARE(roles.size(), 14);
        const QJsonObject user = AccessCli::find(roles, "roleName", QStringLiteral("Key Vault Secrets User"));
        QCOMPARE(user.value(u"name").toString(), kSecretsUserId);
        QCOMPARE(user.value(u"id").toString(),
                 QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") + kSecretsUserId);
        QCOMPARE(user.value(u"roleType").toString(), QStringLiteral("BuiltInRole"));
        const QJsonObject permissions = user.value(u"permissions").toArray().at(0).toObject();
        QCOMPARE(permissions.keys(),
                 AccessCli::words("actions condition conditionVersion dataActions notActions notDataActions"));
        QCOMPARE(AccessCli::strings(permissions.value(u"dataActions")),
                 (QStringList {QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action"),
                               QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action")}));
        const QString condition
                = AccessCli::find(roles, "roleName", QStringLiteral("Key Vault Data Access Administrator"))
                          .value(u"permissions")
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(u"condition")
                          .toString();
        QVERIFY2(condition.contains(kSecretsUserId) && !condition.contains(kCertificateUserId), qPrintable(condition));

        const QJsonArray one
                = AccessCli::okArray(m_cli.run(AccessCli::words("role definition list --name secrets-user")));
        QVERIFY(one.isEmpty()); // as az: an unknown name lists nothing
        const QJsonArray named = AccessCli::okArray(
                m_cli.run({QStringLiteral("role"), QStringLiteral("definition"), QStringLiteral("list"),
                           QStringLiteral("--name"), QStringLiteral("Secrets User")}));
        QCOMPARE(AccessCli::column(named, "name"), QStringList {kSecretsUserId});
        // Through the vault, as any principal.
        QCOMPARE(AccessCli::okArray(m_access.run("role definition list", m_access.owner())).size(), 14);
        const CliRun stray = m_cli.run(AccessCli::words("role definition list --passphrase-file owner.txt"));
        COFFER_VERIFY_EXIT(stray, 2);
        COFFER_VERIFY_STDERR(stray, "--passphrase-file needs --vault");
    }

    void unknownNames()
    {
        refused("role assignment create", AccessCli::words("--role Wizard --assignee ci"), 4,
                "there is no role 'Wizard'");
        const CliRun run = m_access.run("role assignment create", m_access.owner(),
                                        AccessCli::words("--role Wizard --assignee ci"));
        COFFER_VERIFY_STDERR(run, "role definition list");
        refused("role assignment create", AccessCli::words("--role Reader --assignee nobody"), 4,
                "this vault has no principal named 'nobody'");
        refused("principal show", AccessCli::words("--principal nobody"), 4, "hint: run 'coffer-cli principal list'");
        refused("group member add", AccessCli::words("--group nobody --member ci"), 4, "no principal named 'nobody'");
        refused("set-policy", AccessCli::words("--assignee nobody --secret-permissions get"), 4, "no principal named");
        refused("access check", AccessCli::words("--assignee nobody"), 4, "no principal named 'nobody'");
        refused("role assignment delete", AccessCli::words("--id 00000000-0000-0000-0000-000000000000"), 4,
                "role assignment list");
        refused("access who", AccessCli::words("--scope / --operation SecretFly"), 2,
                "there is no operation 'SecretFly'");
    }

    void badScopes()
    {
        refused("role assignment create", AccessCli::words("--role Reader --assignee ci --scope /foo"), 7,
                "'/foo' is not a scope: \"foo\" is not secrets, keys or certificates");
        refused("role assignment create", AccessCli::words("--role Reader --assignee ci --scope secrets"), 7,
                "does not start with \"/\"");
        refused("role assignment create", AccessCli::words("--role Reader --assignee ci --scope /secrets/a/b"), 7,
                "versions are not scopes");
        refused("access check", AccessCli::words("--assignee ci --scope /vaults"), 7, "is not a scope");
        refused("access who", AccessCli::words("--scope /"), 2, "needs --operation");
        refused("access who", AccessCli::words("--scope /secrets/db --operation KeyGet"), 2, "KeyGet acts on keys");
        refused("access who", AccessCli::words("--scope /secrets --operation SecretGet"), 2, "acts on one object");
        refused("access who", AccessCli::words("--scope /secrets/db --operation SecretList"), 2,
                "give --scope /secrets");
        refused("access who", AccessCli::words("--scope /secrets --operation VaultPatch"), 2, "acts on the vault");
    }

    void badPermissionsAndDuplicates()
    {
        refused("set-policy", AccessCli::words("--assignee ci --secret-permissions get fly"), 7,
                "'fly' is not a secrets permission");
        refused("set-policy", AccessCli::words("--assignee ci --key-permissions wrapkey,teleport"), 7, "teleport");
        refused("set-policy", AccessCli::words("--assignee ci"), 2, "nothing to set");
        refused("role assignment create", AccessCli::words("--role Reader --assignee ci --scope /"), 6,
                "already holds 'Key Vault Reader' at /");
        refused("principal create", AccessCli::words("--name CI --type user --new-passphrase-file owner.txt"), 6,
                "a principal named 'ci' already exists");
        refused("group member add", AccessCli::words("--group ci --member ci"), 7, "'ci' is not a group");
        refused("group member add", AccessCli::words("--group team --member team"), 7, "not other groups");
        refused("group member remove", AccessCli::words("--group team --member ci"), 4,
                "'ci' is not a member of 'team'");
        refused("principal credential add", AccessCli::words("--principal team"), 7,
                "only applications have client secrets");
        refused("vault keyslot add", AccessCli::words("--type clientSecret"), 2, "principal credential add");
    }

    void principalCreateUsage()
    {
        refused("principal create", AccessCli::words("--name x"), 2, "needs the option --type");
        refused("principal create", AccessCli::words("--name x --type robot"), 2, "--type needs user, app or group");
        refused("principal create", AccessCli::words("--name x --type user"), 2, "--new-passphrase-file");
        refused("principal create", AccessCli::words("--name x --type app --new-passphrase-file owner.txt"), 2,
                "only for --type user");
        refused("principal create", AccessCli::words("--name x --type group --certificate-file c.pem"), 2,
                "--certificate-file is only for --type app");
        refused("principal create", AccessCli::words("--name x --type user --member ci --new-passphrase-stdin"), 2,
                "--member is only for --type group");
        refused("principal create", AccessCli::words("--name a/b --type app"), 7,
                "'a/b' is not a valid principal name");
        refused("principal create", AccessCli::words("--name x --type app --certificate-file missing.pem"), 4,
                "'missing.pem' does not exist");
        refused("principal create", AccessCli::words("--name g --type group --member ci --member nobody"), 4,
                "no principal named 'nobody'");
    }

    void unlockOptionConflicts()
    {
        CliRun run = m_access.run("vault show", m_access.owner(), AccessCli::words("--client-secret-file ci.txt"));
        COFFER_VERIFY_EXIT(run, 2);
        COFFER_VERIFY_STDERR(run, "--passphrase-file and --client-secret-file cannot be used together");
        run = m_access.run("principal create", {QStringLiteral("--client-secret-stdin")},
                           AccessCli::words("--name x --type user --new-passphrase-stdin"));
        COFFER_VERIFY_EXIT(run, 2);
        COFFER_VERIFY_STDERR(run, "only one option may read standard input");
        run = m_cli.run(AccessCli::words(
                "vault permission-model set --model rbac --yes --vault bad-kv.coffer --client-secret-file nope.txt"));
        COFFER_VERIFY_EXIT(run, 4);
        COFFER_VERIFY_STDERR(run, "the client secret file 'nope.txt' does not exist");
    }

    void certificateApplication()
    {
        // openssl is a required package (packaging/dev.sh): a missing one fails here rather than skipping quietly.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
                 "the openssl command is not installed");
        for (const char *name : {"app", "other"}) {
            const CliRun made = openssl(
                    {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), QLatin1StringView(name) + QStringLiteral(".key"),
                     QStringLiteral("-out"), QLatin1StringView(name) + QStringLiteral(".crt"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=coffer-test"), QStringLiteral("-days"), QStringLiteral("2")});
            QVERIFY2(made.exitCode == 0, made.err.constData());
        }
        const QJsonObject app
                = AccessCli::ok(m_access.run("principal create", m_access.owner(),
                                             AccessCli::words("--name deploy --type app --certificate-file app.crt")));
        QVERIFY(!app.contains(QStringLiteral("clientSecret")));
        m_guard.reset();
        QCOMPARE(app.value(u"keyslots").toArray().at(0).toObject().value(u"type").toString(),
                 QStringLiteral("certificate"));
        const QStringList key = AccessCli::words("--certificate-key-file app.key");
        QCOMPARE(AccessCli::ok(m_access.run("principal show", key)).value(u"name").toString(),
                 QStringLiteral("deploy"));
        // It holds no role: it may read the directory, not the secrets.
        CliRun run = m_access.run("secret list", key);
        COFFER_VERIFY_EXIT(run, 8);
        COFFER_VERIFY_STDERR(run, "deploy may not perform SecretList");

        run = m_access.run("vault show", AccessCli::words("--certificate-key-file other.key"));
        COFFER_VERIFY_EXIT(run, 3);
        COFFER_VERIFY_STDERR(run, "belongs to no certificate keyslot");
        COFFER_VERIFY_STDERR(run, "--certificate-file");
        run = m_access.run("vault show", AccessCli::words("--certificate-key-file app.crt"));
        COFFER_VERIFY_EXIT(run, 3);
        COFFER_VERIFY_STDERR(run, "not a private key");
        run = m_access.run("vault show", AccessCli::words("--certificate-key-file none.key"));
        COFFER_VERIFY_EXIT(run, 4);
        COFFER_VERIFY_UNCHANGED(m_guard);
        // The reads and the denial are audited; failed unlocks have no session to record.
        const QJsonArray records = m_guard.newRecords();
        QVERIFY(AccessCli::column(records, "operationName").contains(QStringLiteral("PrincipalGet")));
        const QJsonObject denial = records.last().toObject();
        QCOMPARE(denial.value(u"operationName").toString(), QStringLiteral("SecretList"));
        QCOMPARE(denial.value(u"resultType").toString(), QStringLiteral("Forbidden"));
        QCOMPARE(denial.value(u"principal").toObject().value(u"name").toString(), QStringLiteral("deploy"));
    }
};

QTEST_GUILESS_MAIN(TestAccessBadInput)
#include "TestAccessBadInput.moc"
