#pragma once

// What the certificate command tests share: a vault to run `certificate …` against, and the test inputs made by
// the openssl command line in the scratch folder (a root and an intermediate CA, an RSA and an EC leaf, PFX files
// with AES and legacy encryption, PEM bundles, and the bad files of issue 7).
#include "tests/cli/KeyTestSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coffer::test {

// The passwords of the test files (registered with the runner: no run may print them).
inline const QByteArray kPfxPassword = "pfx secret pw 7";
inline const QByteArray kPemPassword = "pem key secret 7";

// Makes every test input in `dir` with the openssl command line. Returns the script's run (exit 0 on success).
inline ToolRun makeCertificateInputs(const QString &dir)
{
    static const char script[] = R"SH(
set -e
exec 2>>fixtures.log
cat > ca.ext <<'X'
basicConstraints=critical,CA:TRUE,pathlen:0
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
X
cat > leaf.ext <<'X'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth,clientAuth
subjectAltName=DNS:www.example.test,DNS:example.test,email:admin@example.test,IP:192.0.2.7
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
X
openssl req -x509 -newkey rsa:2048 -nodes -keyout root.key -out root.pem -subj "/CN=Test Root CA" -days 3650 \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
openssl req -newkey rsa:2048 -nodes -keyout inter.key -out inter.csr -subj "/CN=Test Intermediate CA"
openssl x509 -req -in inter.csr -CA root.pem -CAkey root.key -CAcreateserial -days 1825 -extfile ca.ext -out inter.pem
openssl req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr -subj "/CN=www.example.test/O=Coffer Test"
openssl x509 -req -in leaf.csr -CA inter.pem -CAkey inter.key -CAcreateserial -days 365 -extfile leaf.ext -out leaf.pem
cat inter.pem root.pem > cachain.pem
openssl pkcs12 -export -in leaf.pem -inkey leaf.key -certfile cachain.pem -passout file:pfx.pass -out aes.pfx
openssl pkcs12 -export -legacy -in leaf.pem -inkey leaf.key -certfile cachain.pem -passout file:pfx.pass -out legacy.pfx
openssl pkcs12 -export -in leaf.pem -inkey leaf.key -certfile cachain.pem -passout pass: -out blank.pfx
openssl pkcs8 -topk8 -in leaf.key -passout file:pem.pass -v2 aes-256-cbc -out leaf.enc.key
cat inter.pem leaf.enc.key root.pem leaf.pem > bundle-enc.pem
cat leaf.pem inter.pem root.pem leaf.key > bundle.pem
openssl x509 -in leaf.pem -outform DER -out leaf.der
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ec.key -out ec.csr -subj "/CN=ec.example.test"
openssl x509 -req -in ec.csr -CA inter.pem -CAkey inter.key -CAcreateserial -days 365 -extfile leaf.ext -out ec.pem
cat ec.key ec.pem root.pem inter.pem > ec-bundle.pem
openssl req -x509 -newkey rsa:2048 -nodes -keyout other.key -out other.pem -subj "/CN=Unrelated" -days 30 \
  -addext basicConstraints=critical,CA:FALSE
cat leaf.pem other.pem > two-unrelated.pem
cat leaf.pem root.pem leaf.key > gap.pem
cat leaf.pem inter.pem other.key > mismatched.pem
cp leaf.key key-only.pem
openssl genpkey -algorithm ed25519 -out ed.key
openssl req -x509 -key ed.key -out ed.pem -subj "/CN=Edwards" -days 30
cat ed.pem ed.key > ed25519.pem
head -c 11000000 /dev/zero > huge.pem
printf '\x04\x82\x01\x00' > random.der
head -c 256 /dev/urandom >> random.der
openssl req -in leaf.csr -outform DER -out leaf-csr.der
head -c 1500 aes.pfx > truncated.pfx
cp aes.pfx corrupt.pfx
printf '\xde\xad\xbe\xef' | dd of=corrupt.pfx bs=1 seek=4 conv=notrunc status=none
)SH";
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("bash"), {QStringLiteral("-c"), QString::fromUtf8(script)});
    ToolRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    process.waitForFinished(300000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = readFileBytes(dir + QStringLiteral("/fixtures.log"));
    return run;
}

// Writes the password files the fixture script reads (and registers the passwords as secrets).
inline void writeCertificatePasswords(CliRunner &cli)
{
    cli.writePassphrase(QStringLiteral("pfx.pass"), kPfxPassword);
    cli.writePassphrase(QStringLiteral("pem.pass"), kPemPassword);
    cli.writePassphrase(QStringLiteral("wrong.pass"), "not the password");
}

// SHA-1 of the DER as openssl prints it ("AB:CD:..."), and as Azure's x5t.
inline QString x5tOf(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The DER of a PEM certificate file (first block), via openssl.
inline QByteArray derOfPem(const QString &dir, const QString &pemFile)
{
    const ToolRun run = openssl(dir,
                                {QStringLiteral("x509"), QStringLiteral("-in"), pemFile, QStringLiteral("-outform"),
                                 QStringLiteral("DER")});
    return run.exitCode == 0 ? run.out : QByteArray();
}

// "SHA1 Fingerprint=AB:CD:..." of `openssl x509 -noout -fingerprint -sha1` as base64url (x5t).
inline QString opensslX5t(const QString &dir, const QStringList &inputArgs)
{
    const ToolRun run = openssl(dir,
                                QStringList {QStringLiteral("x509"), QStringLiteral("-noout"),
                                             QStringLiteral("-fingerprint"), QStringLiteral("-sha1")}
                                        + inputArgs);
    if (run.exitCode != 0)
        return QStringLiteral("openssl failed: ") + QString::fromUtf8(run.err);
    const QByteArray hex = run.out.trimmed().split('=').last().replace(':', QByteArray());
    return QString::fromLatin1(
            QByteArray::fromHex(hex).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A vault and the `certificate` command line against it.
class CertVault
{
public:
    explicit CertVault(CliRunner &cli)
        : m_cli(cli)
    { }

    bool create(const QString &name, const QByteArray &passphrase)
    {
        m_name = name;
        m_pass = m_cli.writePassphrase(name + QStringLiteral(".pass"), passphrase);
        const auto created = m_cli.createVault(m_cli.dir(), name, m_pass);
        m_cli.addSecret(created.recoveryKey);
        m_bundle = created.bundle;
        if (created.run.exitCode != 0)
            qWarning("%s", qPrintable(created.run.describe()));
        return created.run.exitCode == 0;
    }
    const QString &bundle() const { return m_bundle; }
    const QString &name() const { return m_name; }
    QStringList unlock() const
    {
        return {QStringLiteral("--vault"), m_bundle, QStringLiteral("--passphrase-file"), m_pass};
    }
    // `<group> <command words> --vault … --passphrase-file … <extra>`.
    QStringList args(const QString &group, const QString &command, const QStringList &extra = {}) const
    {
        QStringList out {group};
        out += command.split(u' ', Qt::SkipEmptyParts);
        return out + unlock() + extra;
    }
    CliRun run(const QString &command, const QStringList &extra = {}, const QByteArray &stdinData = {})
    {
        return m_cli.run(args(QStringLiteral("certificate"), command, extra), stdinData);
    }
    CliRun runGroup(const QString &group, const QString &command, const QStringList &extra = {})
    {
        return m_cli.run(args(group, command, extra));
    }
    // A run that must succeed; its stdout as JSON.
    QJsonObject ok(const QString &command, const QStringList &extra = {}, const QByteArray &stdinData = {})
    {
        const CliRun result = run(command, extra, stdinData);
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
    QString id(const QString &kind, const QString &name, const QString &version = {}) const
    {
        QString out = QStringLiteral("coffer://%1/%2/%3").arg(m_name, kind, name);
        if (!version.isEmpty())
            out += u'/' + version;
        return out;
    }
    // The audit records of one operation (all results), oldest first.
    QJsonArray auditRecords(const QString &operation)
    {
        const CliRun result = m_cli.run(args(QStringLiteral("audit"), QStringLiteral("list")));
        if (result.exitCode != 0)
            QTest::qFail(qPrintable(result.describe()), __FILE__, __LINE__);
        QJsonArray out;
        for (const QJsonValue &value : QJsonDocument::fromJson(result.out).array())
            if (value.toObject().value(u"operationName").toString() == operation)
                out.append(value);
        return out;
    }

private:
    CliRunner &m_cli;
    QString m_name;
    QString m_pass;
    QString m_bundle;
};

inline QString versionOfId(const QString &id)
{
    return id.section(u'/', -1);
}

} // namespace coffer::test
