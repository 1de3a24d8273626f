#pragma once

// What the key command tests share: a vault to run `key …` against, JSON helpers, base64url, the openssl command
// line and the DER form of an ECDSA signature (OpenSSL wants DER; Azure and Coffer give raw r||s).
#include "tests/cli/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace coffer::test {

inline QByteArray fromB64Url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

inline QString toB64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

inline QByteArray readFileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout ---\n%2\n--- stderr ---\n%3")
                .arg(exitCode)
                .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

// Runs the openssl command line in `dir`.
inline ToolRun openssl(const QString &dir, const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("openssl"), args);
    ToolRun run;
    if (!process.waitForStarted(10000))
        return run;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// One DER INTEGER of a big-endian unsigned number.
inline QByteArray derInteger(QByteArray value)
{
    while (value.size() > 1 && value.at(0) == 0 && !(quint8(value.at(1)) & 0x80))
        value.remove(0, 1);
    if (quint8(value.at(0)) & 0x80)
        value.prepend('\0');
    QByteArray out;
    out.append('\x02');
    out.append(char(value.size()));
    out.append(value);
    return out;
}

// Raw r||s (each half the signature) as DER ECDSA-Sig-Value.
inline QByteArray ecdsaRawToDer(const QByteArray &raw)
{
    const qsizetype half = raw.size() / 2;
    const QByteArray body = derInteger(raw.left(half)) + derInteger(raw.mid(half));
    QByteArray out;
    out.append('\x30');
    if (body.size() >= 128) {
        out.append('\x81');
        out.append(char(quint8(body.size())));
    } else {
        out.append(char(body.size()));
    }
    return out + body;
}

// A vault and the `key` command line against it.
class KeyVault
{
public:
    explicit KeyVault(CliRunner &cli)
        : m_cli(cli)
    { }

    bool create(const QString &name, const QByteArray &passphrase, const QStringList &extra = {})
    {
        m_pass = m_cli.writePassphrase(name + QStringLiteral(".pass"), passphrase);
        const auto created = m_cli.createVault(m_cli.dir(), name, m_pass, extra);
        m_cli.addSecret(created.recoveryKey);
        m_bundle = created.bundle;
        if (created.run.exitCode != 0)
            qWarning("%s", qPrintable(created.run.describe()));
        return created.run.exitCode == 0;
    }
    const QString &bundle() const { return m_bundle; }
    QStringList unlock() const
    {
        return {QStringLiteral("--vault"), m_bundle, QStringLiteral("--passphrase-file"), m_pass};
    }

    // `key <command words> --vault … --passphrase-file … <extra>`.
    QStringList key(const QString &command, const QStringList &extra = {}) const
    {
        QStringList out {QStringLiteral("key")};
        out += command.split(u' ', Qt::SkipEmptyParts);
        return out + unlock() + extra;
    }
    CliRun run(const QString &command, const QStringList &extra = {}, const QByteArray &stdinData = {})
    {
        return m_cli.run(key(command, extra), stdinData);
    }
    // A run that must succeed; its stdout as JSON (object or array).
    QJsonObject ok(const QString &command, const QStringList &extra = {})
    {
        const CliRun result = run(command, extra);
        if (result.exitCode != 0)
            QTest::qFail(qPrintable(result.describe()), __FILE__, __LINE__);
        return result.json();
    }
    QJsonArray okArray(const QString &command, const QStringList &extra = {})
    {
        const CliRun result = run(command, extra);
        if (result.exitCode != 0)
            QTest::qFail(qPrintable(result.describe()), __FILE__, __LINE__);
        return QJsonDocument::fromJson(result.out).array();
    }
    // The version ids of a key, oldest first.
    QStringList versions(const QString &name)
    {
        QStringList out;
        for (const QJsonValue &item : okArray(QStringLiteral("list-versions"), {QStringLiteral("--name"), name}))
            out.append(item.toObject().value(u"kid").toString().section(u'/', -1));
        return out;
    }

private:
    CliRunner &m_cli;
    QString m_pass;
    QString m_bundle;
};

inline QString versionOf(const QJsonObject &bundle)
{
    return bundle.value(u"key").toObject().value(u"kid").toString().section(u'/', -1);
}

} // namespace coffer::test
