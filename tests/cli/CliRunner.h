#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace coffer::test {

// One run of the real coffer-cli binary.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const; // stdout parsed as a JSON object (empty when it is not one)
    QString describe() const; // exit code and both streams, for failure messages
};

// Runs build/app/cli/coffer-cli in a scratch folder and checks that no run ever prints a registered secret
// (the test fails when one does). Passphrases are registered by writePassphrase().
class CliRunner
{
public:
    CliRunner();

    bool isValid() const { return m_dir.isValid(); }
    QString dir() const { return m_dir.path(); }
    QString path(const QString &name) const;

    CliRun run(const QStringList &args, const QByteArray &stdinData = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // For commands that print a secret on request (`secret show`): registered secrets may appear on stdout,
    // never on stderr.
    CliRun runRevealing(const QStringList &args, const QByteArray &stdinData = {});

    // Writes `text` (plus a newline) to a file in the scratch folder and registers it as a secret.
    QString writePassphrase(const QString &fileName, const QByteArray &text);
    QString writeFile(const QString &fileName, const QByteArray &bytes);
    void addSecret(const QByteArray &secret) { m_secrets.append(secret); }

    // `vault create` with fast Argon2 parameters; returns the bundle path and the recovery key.
    struct Created
    {
        QString bundle;
        QByteArray recoveryKey;
        CliRun run;
    };
    Created createVault(const QString &parent, const QString &name, const QString &passphraseFile,
                        const QStringList &extra = {});

    static QStringList fastKdf();

private:
    CliRun runChecked(const QStringList &args, const QByteArray &stdinData, const QProcessEnvironment &env,
                      bool stdoutMayReveal);
    QTemporaryDir m_dir;
    QList<QByteArray> m_secrets;
};

} // namespace coffer::test

// Asserts the exit code of a CliRun, printing the run on failure. `run` is evaluated once, so it may be a call.
#define COFFER_VERIFY_EXIT(run, code) \
    do { \
        const ::coffer::test::CliRun &cofferRun_ = (run); \
        QVERIFY2(cofferRun_.exitCode == (code), qPrintable(cofferRun_.describe())); \
    } while (false)
// Asserts that stderr mentions `text` (case-insensitive).
#define COFFER_VERIFY_STDERR(run, text) \
    QVERIFY2(QString::fromUtf8((run).err).contains(QStringLiteral(text), Qt::CaseInsensitive), \
             qPrintable(QStringLiteral("stderr lacks \"" text "\": ") + (run).describe()))
