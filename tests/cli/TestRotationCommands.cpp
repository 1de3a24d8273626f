// cli.RotationCommands: the schedule of every kind through the real binary: `secret rotation-policy show|update`,
// `secret rotate`, `rotate --due [--dry-run]`, `rotation plan`, `notifications list`, their usage errors and help.
// The CLI runs on the system clock, so objects are made due by their dates: an expiry 3 days ahead with a policy
// that rotates 7 days before expiry is due now; 10 days ahead is within the default 30-day notice; yesterday is
// expired. Margins are days, so nothing depends on how long a step takes.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestUtil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace coffer::test;

namespace {

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

QString daysFromNow(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODate);
}

const QString kRotateBeforeExpiry = QStringLiteral(
        R"({"lifetimeActions": [{"trigger": {"timeBeforeExpiry": "P7D"}, "action": {"type": "Rotate"}}],
            "attributes": {"expiryTime": "P28D"}%1})");
const QString kPasswordGenerator = QStringLiteral(
        R"(, "generator": {"kind": "password", "length": 24, "classes": ["lower", "upper", "digits"]})");

} // namespace

class TestRotationCommands : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    QString m_pass;
    QString m_bundle;

    QStringList withVault(const QStringList &args) const
    {
        return args + QStringList {QStringLiteral("--vault"), m_bundle, QStringLiteral("--passphrase-file"), m_pass};
    }
    CliRun run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return m_cli.run(withVault(args), {}, env);
    }
    // A run that must succeed; stdout as JSON.
    QJsonDocument ok(const QStringList &args)
    {
        const CliRun result = run(args);
        if (result.exitCode != 0)
            QTest::qFail(qPrintable(result.describe()), __FILE__, __LINE__);
        return QJsonDocument::fromJson(result.out);
    }
    int versionCount(const QString &kind, const QString &name)
    {
        return int(ok({kind, QStringLiteral("list-versions"), QStringLiteral("--name"), name}).array().size());
    }
    QStringList versionIds(const QString &name)
    {
        QStringList out;
        for (const QJsonValue &item :
             ok({QStringLiteral("secret"), QStringLiteral("list-versions"), QStringLiteral("--name"), name}).array())
            out.append(item.toObject().value(u"id").toString().section(u'/', -1));
        return out;
    }
    QJsonArray notices(const QStringList &extra = {})
    {
        return ok(QStringList {QStringLiteral("notifications"), QStringLiteral("list")} + extra).array();
    }
    // The current value of a secret (registered so that no later run may print it).
    QByteArray revealValue(const QString &name)
    {
        const CliRun shown = m_cli.runRevealing(
                withVault({QStringLiteral("secret"), QStringLiteral("show"), QStringLiteral("--name"), name}));
        if (shown.exitCode != 0)
            QTest::qFail(qPrintable(shown.describe()), __FILE__, __LINE__);
        return shown.json().value(u"value").toString().toUtf8();
    }
    static QJsonObject outcomeFor(const QJsonArray &outcomes, const QString &name)
    {
        for (const QJsonValue &value : outcomes)
            if (value.toObject().value(u"name").toString() == name)
                return value.toObject();
        return {};
    }
    static QJsonObject entryFor(const QJsonDocument &plan, const QString &name)
    {
        return outcomeFor(plan.object().value(u"entries").toArray(), name);
    }
    static bool hasNotice(const QJsonArray &list, const QString &name, const QString &type)
    {
        for (const QJsonValue &value : list)
            if (value.toObject().value(u"name").toString() == name
                && value.toObject().value(u"type").toString() == type)
                return true;
        return false;
    }
    void setSecret(const char *name, const QString &expires)
    {
        QStringList args {QStringLiteral("secret"),         QStringLiteral("set"),
                          QStringLiteral("--name"),         QString::fromLatin1(name),
                          QStringLiteral("--file"),         m_cli.path(QStringLiteral("v.txt")),
                          QStringLiteral("--content-type"), QStringLiteral("text/plain"),
                          QStringLiteral("--tags"),         QStringLiteral("team=ops")};
        if (!expires.isEmpty())
            args += {QStringLiteral("--expires"), expires};
        ok(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        m_pass = m_cli.writePassphrase(QStringLiteral("pass.txt"), "rotation commands passphrase");
        const auto created = m_cli.createVault(m_cli.dir(), QStringLiteral("rot-kv"), m_pass);
        COFFER_VERIFY_EXIT(created.run, 0);
        m_cli.addSecret(created.recoveryKey);
        m_bundle = created.bundle;
        m_cli.writeFile(QStringLiteral("v.txt"), "first value");
        m_cli.addSecret("first value");

        setSecret("api-token", daysFromNow(3)); // rotates 7 days before expiry: due now
        ok({QStringLiteral("secret"), QStringLiteral("rotation-policy"), QStringLiteral("update"),
            QStringLiteral("--name"), QStringLiteral("api-token"), QStringLiteral("--value"),
            kRotateBeforeExpiry.arg(kPasswordGenerator)});
        ok({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("signer"),
            QStringLiteral("--kty"), QStringLiteral("EC"), QStringLiteral("--expires"), daysFromNow(3)});
        ok({QStringLiteral("key"), QStringLiteral("rotation-policy"), QStringLiteral("update"),
            QStringLiteral("--name"), QStringLiteral("signer"), QStringLiteral("--value"),
            kRotateBeforeExpiry.arg(QString())});
        setSecret("near", daysFromNow(10)); // default policy: notice 30 days before expiry
        setSecret("gone", daysFromNow(-1)); // expired yesterday
        setSecret("calm", {}); // no expiry, no policy: nothing ever due
        setSecret("manual", {}); // a generator, rotated by hand only
        ok({QStringLiteral("secret"), QStringLiteral("rotation-policy"), QStringLiteral("update"),
            QStringLiteral("--name"), QStringLiteral("manual"), QStringLiteral("--value"),
            QStringLiteral(R"({"generator": {"kind": "bytes", "length": 16, "encoding": "hex"}})")});
    }
    void init() { failOnAnyWarning(); }

    void help_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"secret rotate", "secret rotation-policy show", "secret rotation-policy update",
                                    "rotate", "rotation plan", "notifications list"})
            QTest::newRow(command) << QString::fromUtf8(command);
    }
    void help()
    {
        QFETCH(QString, command);
        const CliRun result = m_cli.run(command.split(u' ') + QStringList {QStringLiteral("--help")});
        COFFER_VERIFY_EXIT(result, 0);
        QVERIFY2(result.out.contains(QString(QStringLiteral("coffer-cli ") + command).toUtf8()),
                 qPrintable(result.describe()));
        QVERIFY2(result.out.contains("--vault") && result.out.contains("Examples:"), qPrintable(result.describe()));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("rotate without --due") << "rotate" << 2 << "needs --due";
        QTest::newRow("bad shift") << "rotation plan --shift P3X" << 2 << "--shift";
        QTest::newRow("shift and at") << "rotation plan --shift P1M --at 2099-01-01" << 2 << "--at";
        QTest::newRow("bad kind") << "rotation plan --kind widget" << 2 << "widget";
        QTest::newRow("bad date") << "rotation plan --from yesterday" << 2 << "--from";
        QTest::newRow("from after to") << "rotation plan --from 2030-02-01 --to 2030-01-01" << 2 << "not before";
        QTest::newRow("at in the past") << "rotation plan --at 2001-01-01" << 7 << "in the past";
        QTest::newRow("window over 10 years") << "rotation plan --from 2030-01-01 --to 2045-01-01" << 7 << "year";
        QTest::newRow("bad type") << "notifications list --type sent" << 2 << "near_expiry";
        QTest::newRow("bad limit") << "notifications list --limit 0" << 2 << "--limit";
        QTest::newRow("bad since") << "notifications list --since 31.01.2026" << 2 << "--since";
    }
    void usageErrors()
    {
        QFETCH(QString, line);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun result = run(line.split(u' '));
        COFFER_VERIFY_EXIT(result, exitCode);
        QVERIFY2(QString::fromUtf8(result.err).contains(message, Qt::CaseInsensitive), qPrintable(result.describe()));
    }

    void defaultPolicy()
    {
        const QJsonObject policy = ok(words("secret rotation-policy show --name near")).object();
        QCOMPARE(policy.value(u"id").toString(), QStringLiteral("coffer://rot-kv/secrets/near/rotationpolicy"));
        const QJsonArray actions = policy.value(u"lifetimeActions").toArray();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.at(0).toObject().value(u"action").toObject().value(u"type").toString(),
                 QStringLiteral("Notify"));
        QCOMPARE(actions.at(0).toObject().value(u"trigger").toObject().value(u"timeBeforeExpiry").toString(),
                 QStringLiteral("P30D"));
        QVERIFY(!policy.contains(u"generator"));
        const QJsonObject stored = ok(words("secret rotation-policy show --name api-token")).object();
        QCOMPARE(stored.value(u"generator").toObject().value(u"length").toInt(), 24);
    }

    void badPolicy_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QStringList>("paths"); // each must appear in stderr
        QTest::newRow("rotate without generator")
                << R"({"lifetimeActions": [{"trigger": {"timeAfterCreate": "P30D"}, "action": {"type": "Rotate"}}]})"
                << QStringList {QStringLiteral("lifetimeActions[0].action.type")};
        QTest::newRow("two problems at once")
                << R"({"lifetimeActions": [{"trigger": {"timeAfterCreate": "P1D"}, "action": {"type": "Rotate"}}],
                      "generator": {"kind": "password", "length": 4}})"
                << QStringList {QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate"),
                                QStringLiteral("generator.length")};
        QTest::newRow("unknown field") << R"({"lifetimeActions": [], "rotateEvery": "P1D"})"
                                       << QStringList {QStringLiteral("rotateEvery")};
        QTest::newRow("bytes encoding") << R"({"generator": {"kind": "bytes", "length": 32, "encoding": "base32"}})"
                                        << QStringList {QStringLiteral("generator.encoding")};
        QTest::newRow("not JSON") << R"({"lifetimeActions": [)" << QStringList {QStringLiteral("not JSON")};
    }
    void badPolicy()
    {
        QFETCH(QString, policy);
        QFETCH(QStringList, paths);
        const CliRun result
                = run({QStringLiteral("secret"), QStringLiteral("rotation-policy"), QStringLiteral("update"),
                       QStringLiteral("--name"), QStringLiteral("near"), QStringLiteral("--value"), policy});
        COFFER_VERIFY_EXIT(result, 7);
        for (const QString &path : paths)
            QVERIFY2(QString::fromUtf8(result.err).contains(path), qPrintable(path + u'\n' + result.describe()));
        // Nothing was stored: still the default.
        QVERIFY(!ok(words("secret rotation-policy show --name near")).object().contains(u"generator"));
    }

    void rotateByHand()
    {
        // No generator: refused, naming the fix.
        const CliRun refused = run(words("secret rotate --name calm"));
        COFFER_VERIFY_EXIT(refused, 7);
        COFFER_VERIFY_STDERR(refused, "generator");
        QCOMPARE(versionCount(QStringLiteral("secret"), QStringLiteral("calm")), 1);

        const CliRun rotated = run(words("secret rotate --name manual"));
        COFFER_VERIFY_EXIT(rotated, 0);
        const QJsonObject bundle = rotated.json();
        QVERIFY2(!bundle.contains(u"value"), qPrintable(rotated.describe()));
        QCOMPARE(bundle.value(u"contentType").toString(), QStringLiteral("text/plain"));
        QCOMPARE(bundle.value(u"tags").toObject().value(u"team").toString(), QStringLiteral("ops"));
        const QStringList versions = versionIds(QStringLiteral("manual"));
        QCOMPARE(versions.size(), 2);
        QVERIFY(bundle.value(u"id").toString().endsWith(u'/' + versions.last()));
        const QByteArray value = revealValue(QStringLiteral("manual"));
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(QString::fromLatin1(value)).hasMatch(),
                 value.constData());
        QVERIFY(!rotated.out.contains(value) && !rotated.err.contains(value));
        m_cli.addSecret(value); // from here on no run may print it
        QVERIFY(hasNotice(notices(words("--name manual")), QStringLiteral("manual"), QStringLiteral("rotated")));
    }

    void planChangesNothing()
    {
        const int before = int(notices().size());
        const QJsonDocument plan = ok(words("rotation plan"));
        QCOMPARE(plan.object().value(u"shifted").toBool(), false);
        QCOMPARE(plan.object().value(u"hiddenKinds").toArray().size(), 0);

        const QJsonObject token = entryFor(plan, QStringLiteral("api-token"));
        QCOMPARE(token.value(u"kind").toString(), QStringLiteral("secret"));
        QCOMPARE(token.value(u"hasPolicy").toBool(), true);
        QVERIFY(!token.value(u"policySummary").toString().isEmpty());
        QStringList kinds;
        for (const QJsonValue &event : token.value(u"events").toArray())
            kinds.append(event.toObject().value(u"kind").toString());
        QVERIFY2(kinds.contains(QStringLiteral("Rotate")) && kinds.contains(QStringLiteral("VersionValid")),
                 qPrintable(kinds.join(u' ')));
        QCOMPARE(token.value(u"versions").toArray().size(), 1);
        QCOMPARE(token.value(u"state").toString(), QStringLiteral("overdue")); // due 4 days ago, not run yet
        QCOMPARE(entryFor(plan, QStringLiteral("signer")).value(u"kind").toString(), QStringLiteral("key"));
        QCOMPARE(entryFor(plan, QStringLiteral("near")).value(u"state").toString(), QStringLiteral("soon"));
        QCOMPARE(entryFor(plan, QStringLiteral("gone")).value(u"state").toString(), QStringLiteral("expired"));
        QCOMPARE(entryFor(plan, QStringLiteral("calm")).value(u"state").toString(), QStringLiteral("ok"));

        // Two months on, nothing having run: "near" has expired too.
        const QJsonDocument later = ok(words("rotation plan --shift P2M --kind secret"));
        QCOMPARE(later.object().value(u"shifted").toBool(), true);
        QCOMPARE(entryFor(later, QStringLiteral("near")).value(u"state").toString(), QStringLiteral("expired"));
        QVERIFY(entryFor(later, QStringLiteral("signer")).isEmpty()); // --kind secret

        const CliRun table = run(words("rotation plan -o table"));
        COFFER_VERIFY_EXIT(table, 0);
        QVERIFY2(table.out.contains("Event") && table.out.contains("api-token") && table.out.contains("Rotate"),
                 qPrintable(table.describe()));

        QCOMPARE(versionCount(QStringLiteral("secret"), QStringLiteral("api-token")), 1);
        QCOMPARE(versionCount(QStringLiteral("key"), QStringLiteral("signer")), 1);
        QCOMPARE(int(notices().size()), before);
    }

    void dryRun()
    {
        const int before = int(notices().size());
        const QJsonObject result = ok(words("rotate --due --dry-run")).object();
        QCOMPARE(result.value(u"dryRun").toBool(), true);
        const QJsonArray outcomes = result.value(u"outcomes").toArray();
        QCOMPARE(outcomeFor(outcomes, QStringLiteral("api-token")).value(u"action").toString(),
                 QStringLiteral("would-rotate"));
        QCOMPARE(outcomeFor(outcomes, QStringLiteral("signer")).value(u"action").toString(),
                 QStringLiteral("would-rotate"));
        QCOMPARE(outcomeFor(outcomes, QStringLiteral("near")).value(u"action").toString(),
                 QStringLiteral("would-notify"));
        QVERIFY(outcomeFor(outcomes, QStringLiteral("calm")).isEmpty());
        QCOMPARE(result.value(u"counts").toObject().value(u"would-rotate").toInt(), 2);
        QCOMPARE(result.value(u"counts").toObject().value(u"rotated").toInt(), 0);
        QVERIFY(!result.contains(u"runner"));

        QCOMPARE(versionCount(QStringLiteral("secret"), QStringLiteral("api-token")), 1);
        QCOMPARE(versionCount(QStringLiteral("key"), QStringLiteral("signer")), 1);
        QCOMPARE(int(notices().size()), before);
    }

    void runDue()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString invocation = QStringLiteral("0123456789abcdef0123456789abcdef");
        env.insert(QStringLiteral("INVOCATION_ID"), invocation);
        const CliRun result = run(words("rotate --due"), env);
        COFFER_VERIFY_EXIT(result, 0);
        const QJsonObject json = result.json();
        QCOMPARE(json.value(u"dryRun").toBool(), false);
        QCOMPARE(json.value(u"runner").toObject().value(u"name").toString(), QStringLiteral("systemd"));
        QCOMPARE(json.value(u"runner").toObject().value(u"invocationId").toString(), invocation);
        const QJsonArray outcomes = json.value(u"outcomes").toArray();

        const QJsonObject token = outcomeFor(outcomes, QStringLiteral("api-token"));
        QCOMPARE(token.value(u"action").toString(), QStringLiteral("rotated"));
        QCOMPARE(token.value(u"kind").toString(), QStringLiteral("secret"));
        const QStringList versions = versionIds(QStringLiteral("api-token"));
        QCOMPARE(versions.size(), 2);
        QCOMPARE(token.value(u"newVersion").toString(), versions.last());
        const QJsonObject signer = outcomeFor(outcomes, QStringLiteral("signer"));
        QCOMPARE(signer.value(u"action").toString(), QStringLiteral("rotated"));
        QCOMPARE(signer.value(u"kind").toString(), QStringLiteral("key"));
        QCOMPARE(versionCount(QStringLiteral("key"), QStringLiteral("signer")), 2);
        QCOMPARE(outcomeFor(outcomes, QStringLiteral("near")).value(u"action").toString(), QStringLiteral("notified"));
        QStringList goneActions;
        for (const QJsonValue &value : outcomes)
            if (value.toObject().value(u"name").toString() == u"gone")
                goneActions.append(value.toObject().value(u"action").toString());
        QVERIFY2(goneActions.contains(QStringLiteral("expired-notice")), qPrintable(goneActions.join(u' ')));
        QCOMPARE(json.value(u"counts").toObject().value(u"failed").toInt(), 0);
        QCOMPARE(json.value(u"counts").toObject().value(u"rotated").toInt(), 2);

        // The generated value follows the generator, and neither the run's output nor the audit log holds it.
        const QByteArray value = revealValue(QStringLiteral("api-token"));
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9]{24}$")).match(QString::fromLatin1(value)).hasMatch(),
                 value.constData());
        QVERIFY(!result.out.contains(value) && !result.err.contains(value));
        m_cli.addSecret(value);
        const CliRun audit = run(words("audit list"));
        COFFER_VERIFY_EXIT(audit, 0);
        QVERIFY(audit.out.contains("SecretRotateIfDue") && audit.out.contains("VaultRunDue"));
    }

    void secondRunFindsNothing()
    {
        const CliRun result = run(words("rotate --due"));
        COFFER_VERIFY_EXIT(result, 0);
        QCOMPARE(result.json().value(u"outcomes").toArray().size(), 0);
        COFFER_VERIFY_STDERR(result, "nothing was due");
        QCOMPARE(versionCount(QStringLiteral("secret"), QStringLiteral("api-token")), 2);
        QCOMPARE(versionCount(QStringLiteral("key"), QStringLiteral("signer")), 2);
    }

    void notificationFilters()
    {
        const QJsonArray all = notices();
        QVERIFY(hasNotice(all, QStringLiteral("api-token"), QStringLiteral("rotated")));
        QVERIFY(hasNotice(all, QStringLiteral("signer"), QStringLiteral("rotated")));
        QVERIFY(hasNotice(all, QStringLiteral("near"), QStringLiteral("near_expiry")));
        QVERIFY(hasNotice(all, QStringLiteral("gone"), QStringLiteral("expired")));
        for (qsizetype i = 1; i < all.size(); ++i) // newest first
            QVERIFY(all.at(i - 1).toObject().value(u"at").toString() >= all.at(i).toObject().value(u"at").toString());

        const QJsonArray rotated = notices(words("--type rotated"));
        QVERIFY(rotated.size() >= 3); // api-token, signer, manual
        for (const QJsonValue &notice : rotated)
            QCOMPARE(notice.toObject().value(u"type").toString(), QStringLiteral("rotated"));
        const QJsonArray keys = notices(words("--kind key"));
        QVERIFY(hasNotice(keys, QStringLiteral("signer"), QStringLiteral("rotated")));
        for (const QJsonValue &notice : keys)
            QCOMPARE(notice.toObject().value(u"kind").toString(), QStringLiteral("key"));
        const QJsonArray near = notices(words("--name near"));
        QCOMPARE(near.size(), 1);
        QCOMPARE(near.at(0).toObject().value(u"type").toString(), QStringLiteral("near_expiry"));
        QVERIFY(!near.at(0).toObject().value(u"due").isNull());
        const QJsonArray expiry = notices(words("--type near-expiry expired --kind secret"));
        QVERIFY(hasNotice(expiry, QStringLiteral("near"), QStringLiteral("near_expiry")));
        QVERIFY(hasNotice(expiry, QStringLiteral("gone"), QStringLiteral("expired")));
        for (const QJsonValue &notice : expiry)
            QVERIFY(notice.toObject().value(u"type").toString() != u"rotated");
        QCOMPARE(notices(words("--limit 1")).size(), 1);
        QCOMPARE(notices(words("--since 2099-01-01")).size(), 0);
        const CliRun table = run(words("notifications list -o table"));
        COFFER_VERIFY_EXIT(table, 0);
        QVERIFY2(table.out.contains("near_expiry") && table.out.contains("Type"), qPrintable(table.describe()));
    }

    // Last: takes the system principal's roles away. Each due action is then refused for it: exit code 1, the
    // outcome says why, nothing rotates.
    void failedActionExitsOne()
    {
        setSecret("late", daysFromNow(2));
        ok({QStringLiteral("secret"), QStringLiteral("rotation-policy"), QStringLiteral("update"),
            QStringLiteral("--name"), QStringLiteral("late"), QStringLiteral("--value"),
            kRotateBeforeExpiry.arg(kPasswordGenerator)});
        const QJsonArray assignments = ok(words("role assignment list --assignee vault-system")).array();
        QVERIFY(!assignments.isEmpty());
        for (const QJsonValue &assignment : assignments)
            ok({QStringLiteral("role"), QStringLiteral("assignment"), QStringLiteral("delete"), QStringLiteral("--id"),
                assignment.toObject().value(u"id").toString()});

        const CliRun result = run(words("rotate --due"));
        COFFER_VERIFY_EXIT(result, 1);
        COFFER_VERIFY_STDERR(result, "failed");
        const QJsonObject json = result.json();
        QVERIFY2(json.value(u"counts").toObject().value(u"failed").toInt() >= 1, qPrintable(result.describe()));
        bool secretFailed = false;
        for (const QJsonValue &value : json.value(u"outcomes").toArray())
            secretFailed = secretFailed
                    || (value.toObject().value(u"kind").toString() == u"secret"
                        && value.toObject().value(u"action").toString() == u"failed"
                        && !value.toObject().value(u"reason").toString().isEmpty());
        QVERIFY2(secretFailed, qPrintable(result.describe()));
        QCOMPARE(versionCount(QStringLiteral("secret"), QStringLiteral("late")), 1);
    }
};

QTEST_GUILESS_MAIN(TestRotationCommands)
#include "TestRotationCommands.moc"
