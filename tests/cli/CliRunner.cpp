#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace coffer::test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QString CliRun::describe() const
{
    return QStringLiteral("exit code %1\n--- stdout ---\n%2\n--- stderr ---\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

CliRunner::CliRunner() = default;

QString CliRunner::path(const QString &name) const
{
    return m_dir.filePath(name);
}

CliRun CliRunner::run(const QStringList &args, const QByteArray &stdinData, const QProcessEnvironment &env)
{
    return runChecked(args, stdinData, env, false);
}

CliRun CliRunner::runRevealing(const QStringList &args, const QByteArray &stdinData)
{
    return runChecked(args, stdinData, QProcessEnvironment::systemEnvironment(), true);
}

CliRun CliRunner::runChecked(const QStringList &args, const QByteArray &stdinData, const QProcessEnvironment &env,
                             bool stdoutMayReveal)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(COFFER_CLI_PATH), args);
    CliRun result;
    if (!process.waitForStarted(10000)) {
        QTest::qFail("coffer-cli did not start", __FILE__, __LINE__);
        return result;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        QTest::qFail(qPrintable(QStringLiteral("coffer-cli timed out: ") + args.join(u' ')), __FILE__, __LINE__);
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (process.exitStatus() != QProcess::NormalExit)
        QTest::qFail(qPrintable(QStringLiteral("coffer-cli crashed: ") + args.join(u' ')), __FILE__, __LINE__);
    for (const QByteArray &secret : std::as_const(m_secrets))
        if ((!stdoutMayReveal && result.out.contains(secret)) || result.err.contains(secret))
            QTest::qFail(qPrintable(QStringLiteral("coffer-cli printed a registered secret: ") + args.join(u' ')),
                         __FILE__, __LINE__);
    return result;
}

QString CliRunner::writeFile(const QString &fileName, const QByteArray &bytes)
{
    const QString file = path(fileName);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file));
    return file;
}

QString CliRunner::writePassphrase(const QString &fileName, const QByteArray &text)
{
    addSecret(text);
    return writeFile(fileName, text + '\n');
}

QStringList CliRunner::fastKdf()
{
    return {QStringLiteral("--kdf-memory-kib"),  QStringLiteral("8"),
            QStringLiteral("--kdf-iterations"),  QStringLiteral("1"),
            QStringLiteral("--kdf-parallelism"), QStringLiteral("1")};
}

CliRunner::Created CliRunner::createVault(const QString &parent, const QString &name, const QString &passphraseFile,
                                          const QStringList &extra)
{
    QDir().mkpath(parent);
    Created created;
    created.run = run(QStringList {QStringLiteral("vault"), QStringLiteral("create"), QStringLiteral("--path"), parent,
                                   QStringLiteral("--name"), name, QStringLiteral("--passphrase-file"), passphraseFile}
                      + fastKdf() + extra);
    created.bundle = QDir(parent).filePath(name + QStringLiteral(".coffer"));
    created.recoveryKey = created.run.json().value(u"recoveryKey").toString().toLatin1();
    return created;
}

} // namespace coffer::test
