// cli.SystemdUnits: the shipped packaging/systemd units. `systemd-analyze verify` (system mode, systemd 252) checks
// copies of them whose only change is ExecStart's /usr/bin/coffer-cli replaced by the built binary; the service's
// command line, with %h and %i filled in, then runs against a vault made here, unlocking as an application with
// its client secret file, as the timer would. Skipped when systemd-analyze is not installed.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestUtil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer::test;

namespace {

const QString kService = QStringLiteral("coffer-rotate-due@.service");
const QString kTimer = QStringLiteral("coffer-rotate-due@.timer");
const QString kInstalledCli = QStringLiteral("/usr/bin/coffer-cli");
const QString kInstance = QStringLiteral("test-kv");

QString shipped(const QString &name)
{
    return QDir(qEnvironmentVariable("COFFER_SOURCE_DIR")).filePath(QStringLiteral("packaging/systemd/") + name);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

// The value of `Key=` in the unit text (the last one, as systemd reads it), or a null string.
QString setting(const QString &unit, const QString &key)
{
    QString value;
    for (const QString &line : unit.split(u'\n'))
        if (line.startsWith(key + u'='))
            value = line.mid(key.size() + 1).trimmed();
    return value;
}

struct Verify
{
    int exitCode = -1;
    QString err;
};

} // namespace

class TestSystemdUnits : public QObject
{
    Q_OBJECT

private:
    QString m_analyze;
    QTemporaryDir m_units;

    // Copies of the shipped units named for the instance, ExecStart pointing at the built coffer-cli; `extra` is
    // appended to the service (only the self-check below uses it).
    QStringList instanceCopies(const QString &extra = {})
    {
        const QString service = readText(shipped(kService)).replace(kInstalledCli, QStringLiteral(COFFER_CLI_PATH));
        const QString servicePath = m_units.filePath(QStringLiteral("coffer-rotate-due@%1.service").arg(kInstance));
        const QString timerPath = m_units.filePath(QStringLiteral("coffer-rotate-due@%1.timer").arg(kInstance));
        if (!writeText(servicePath, service + extra) || !writeText(timerPath, readText(shipped(kTimer))))
            qFatal("cannot write the unit copies");
        return {servicePath, timerPath};
    }
    Verify verify(const QStringList &units)
    {
        QProcess process;
        process.setWorkingDirectory(m_units.path());
        process.start(m_analyze, QStringList {QStringLiteral("verify")} + units);
        Verify out;
        if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
            return out;
        out.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        out.err = QString::fromUtf8(process.readAllStandardError());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (m_analyze.isEmpty())
            QSKIP("systemd-analyze is not installed");
        QVERIFY(m_units.isValid());
        QVERIFY2(QFile::exists(shipped(kService)) && QFile::exists(shipped(kTimer)), qPrintable(shipped(kService)));
        QVERIFY(QFile::exists(QStringLiteral(COFFER_CLI_PATH)));
    }
    void init() { failOnAnyWarning(); }

    void settings()
    {
        const QString service = readText(shipped(kService));
        QCOMPARE(setting(service, QStringLiteral("Type")), QStringLiteral("oneshot"));
        QCOMPARE(setting(service, QStringLiteral("NoNewPrivileges")), QStringLiteral("yes"));
        QCOMPARE(setting(service, QStringLiteral("UMask")), QStringLiteral("0077"));
        QVERIFY2(setting(service, QStringLiteral("ExecStart"))
                         .startsWith(kInstalledCli + QStringLiteral(" rotate --due ")),
                 qPrintable(setting(service, QStringLiteral("ExecStart"))));
        const QString timer = readText(shipped(kTimer));
        QCOMPARE(setting(timer, QStringLiteral("Persistent")), QStringLiteral("true"));
        QVERIFY(!setting(timer, QStringLiteral("RandomizedDelaySec")).isEmpty());
        QCOMPARE(setting(timer, QStringLiteral("OnCalendar")), QStringLiteral("*-*-* 00/4:17:00"));
        QCOMPARE(setting(timer, QStringLiteral("WantedBy")), QStringLiteral("timers.target"));
    }

    void unitsVerify()
    {
        const Verify result = verify(instanceCopies());
        QVERIFY2(result.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.err)));
        // verify exits 0 on unknown or misspelt keys too, warning on stderr: any line about our units fails.
        QVERIFY2(!result.err.contains(QStringLiteral("coffer-rotate-due")), qPrintable(result.err));
    }

    // The check above can fail: a misspelt key in a copy is reported.
    void misspeltKeyIsReported()
    {
        const Verify result = verify(instanceCopies(QStringLiteral("NoNewPrivilege=yes\n")));
        QVERIFY2(result.err.contains(QStringLiteral("NoNewPrivilege")), qPrintable(result.err));
    }

    // The service's command line, %h and %i filled in, unlocks a vault as an application that holds no role and
    // runs the due actions (each checked for vault-system), exit code 0.
    void execStartRuns()
    {
        CliRunner cli;
        QVERIFY(cli.isValid());
        const QString home = cli.path(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/.config/coffer")));
        const QString pass = cli.writePassphrase(QStringLiteral("pass.txt"), "systemd unit test passphrase");
        const auto created = cli.createVault(home + QStringLiteral("/vaults"), kInstance, pass);
        COFFER_VERIFY_EXIT(created.run, 0);
        cli.addSecret(created.recoveryKey);
        const QStringList unlock {QStringLiteral("--vault"), created.bundle, QStringLiteral("--passphrase-file"), pass};
        const CliRun app = cli.runRevealing(QStringList {QStringLiteral("principal"), QStringLiteral("create"),
                                                         QStringLiteral("--name"), QStringLiteral("rotator"),
                                                         QStringLiteral("--type"), QStringLiteral("app")}
                                            + unlock);
        COFFER_VERIFY_EXIT(app, 0);
        const QByteArray secret = app.json().value(u"clientSecret").toString().toUtf8();
        QVERIFY(!secret.isEmpty());
        cli.addSecret(secret);
        cli.writeFile(QStringLiteral("home/.config/coffer/%1.rotator").arg(kInstance), secret + '\n');
        // Something due, so the run does something: a secret that expired yesterday gets its notice.
        cli.writeFile(QStringLiteral("value.txt"), "old value");
        COFFER_VERIFY_EXIT(
                cli.run(QStringList {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--name"),
                                     QStringLiteral("old"), QStringLiteral("--file"),
                                     cli.path(QStringLiteral("value.txt")), QStringLiteral("--expires"),
                                     QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)}
                        + unlock),
                0);

        QString execStart = setting(readText(shipped(kService)), QStringLiteral("ExecStart"));
        execStart.replace(QStringLiteral("%h"), home).replace(QStringLiteral("%i"), kInstance);
        QStringList args = execStart.split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(args.takeFirst(), kInstalledCli); // the binary; CliRunner runs the built one
        const CliRun run = cli.run(args);
        COFFER_VERIFY_EXIT(run, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"dryRun").toBool(), false);
        QVERIFY2(json.value(u"outcomes").toArray().size() >= 1, qPrintable(run.describe()));
        QCOMPARE(json.value(u"counts").toObject().value(u"failed").toInt(), 0);
        QCOMPARE(json.value(u"counts").toObject().value(u"expired-notice").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSystemdUnits)
#include "TestSystemdUnits.moc"
