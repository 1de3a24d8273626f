#pragma once

// Helpers shared by the access-control CLI tests (cli.AccessCommands, cli.AccessPolicies, cli.AccessBadInput).
#include "tests/cli/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace coffer::test {

// `coffer-cli GROUP COMMAND --vault BUNDLE <unlock options> <more>` with one runner and one vault.
class AccessCli
{
public:
    explicit AccessCli(CliRunner &cli)
        : m_cli(cli)
    { }

    QString bundle;
    QString ownerPass; // the vault creator's passphrase file

    // "principal create" → {"principal", "create"}.
    static QStringList words(const char *text) { return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts); }
    static QStringList passphrase(const QString &file) { return {QStringLiteral("--passphrase-file"), file}; }
    static QStringList clientSecret(const QString &file) { return {QStringLiteral("--client-secret-file"), file}; }
    QStringList owner() const { return passphrase(ownerPass); }

    QStringList line(const char *command, const QStringList &unlock, const QStringList &more = {}) const
    {
        return words(command) + QStringList {QStringLiteral("--vault"), bundle} + unlock + more;
    }
    CliRun run(const char *command, const QStringList &unlock, const QStringList &more = {})
    {
        return m_cli.run(line(command, unlock, more));
    }
    CliRun revealing(const char *command, const QStringList &unlock, const QStringList &more = {})
    {
        return m_cli.runRevealing(line(command, unlock, more));
    }

    // A run that must succeed; its stdout as JSON.
    static QJsonObject ok(const CliRun &run)
    {
        if (run.exitCode != 0)
            QTest::qFail(qPrintable(run.describe()), __FILE__, __LINE__);
        return run.json();
    }
    static QJsonArray okArray(const CliRun &run)
    {
        if (run.exitCode != 0)
            QTest::qFail(qPrintable(run.describe()), __FILE__, __LINE__);
        return QJsonDocument::fromJson(run.out).array();
    }
    // The first object of `rows` whose `key` is `value` (empty when none is).
    static QJsonObject find(const QJsonArray &rows, const char *key, const QString &value)
    {
        for (const QJsonValue &row : rows)
            if (row.toObject().value(QLatin1StringView(key)).toString() == value)
                return row.toObject();
        return {};
    }
    static QStringList strings(const QJsonValue &array)
    {
        QStringList out;
        for (const QJsonValue &v : array.toArray())
            out.append(v.toString());
        return out;
    }
    static QStringList column(const QJsonArray &rows, const char *key)
    {
        QStringList out;
        for (const QJsonValue &row : rows)
            out.append(row.toObject().value(QLatin1StringView(key)).toString());
        return out;
    }

    // `principal create --type user` with the new user's passphrase file and fast Argon2; returns the principal.
    QJsonObject createUser(const QString &name, const QString &passFile)
    {
        return ok(run("principal create", owner(),
                      QStringList {QStringLiteral("--name"), name, QStringLiteral("--type"), QStringLiteral("user"),
                                   QStringLiteral("--new-passphrase-file"), passFile}
                              + CliRunner::fastKdf()));
    }
    // `principal create --type app`: registers the printed client secret and writes it to FILE; returns the run.
    CliRun createApp(const QString &name, const QString &secretFileName, QString *secretFile)
    {
        const CliRun created
                = m_cli.run(line("principal create", owner(),
                                 {QStringLiteral("--name"), name, QStringLiteral("--type"), QStringLiteral("app")}));
        const QByteArray secret = created.json().value(u"clientSecret").toString().toUtf8();
        if (!secret.isEmpty()) {
            m_cli.addSecret(secret);
            *secretFile = m_cli.writeFile(secretFileName, secret + '\n');
        }
        return created;
    }
    QJsonObject assign(const char *role, const QString &assignee, const QString &scope, const QStringList &unlock = {})
    {
        return ok(run("role assignment create", unlock.isEmpty() ? owner() : unlock,
                      {QStringLiteral("--role"), QString::fromUtf8(role), QStringLiteral("--assignee"), assignee,
                       QStringLiteral("--scope"), scope}));
    }

private:
    CliRunner &m_cli;
};

} // namespace coffer::test
