#include "tests/support/CertFixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <tuple>

namespace coffer::test {

namespace {

QString g_workDir; // the fixture folder once made: openssl() runs there

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "CertFixtures: %s\n", qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

QByteArray run(const QString &program, const QStringList &args, const QByteArray &stdinData, int *exitCode,
               bool mergeStderr)
{
    QProcess process;
    if (!g_workDir.isEmpty())
        process.setWorkingDirectory(g_workDir);
    process.setProcessChannelMode(mergeStderr ? QProcess::MergedChannels : QProcess::SeparateChannels);
    process.start(program, args);
    if (!process.waitForStarted(30000)) {
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    const QByteArray out = process.readAllStandardOutput();
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (exitCode)
        *exitCode = code;
    else if (code != 0)
        fail(QStringLiteral("%1 %2 failed (%3): %4")
                     .arg(program, args.join(u' '))
                     .arg(code)
                     .arg(QString::fromLocal8Bit(process.readAllStandardError() + out)));
    return out;
}

} // namespace

struct CertFixtures::Impl
{
    QTemporaryDir temp;
    QString dir;
    bool keytool = false;

    QString at(const QString &name) const { return dir + u'/' + name; }
    void ossl(const QString &args) const { CertFixtures::openssl(args.split(u' ', Qt::SkipEmptyParts)); }
    void osslList(const QStringList &args) const { CertFixtures::openssl(args); }
    QByteArray read(const QString &name) const
    {
        QFile file(at(name));
        if (!file.open(QIODevice::ReadOnly))
            fail(QStringLiteral("cannot read ") + name);
        return file.readAll();
    }
    void write(const QString &name, const QByteArray &data) const
    {
        QFile file(at(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
            fail(QStringLiteral("cannot write ") + name);
    }
    void concat(const QString &name, const QStringList &parts) const
    {
        QByteArray out;
        for (const QString &part : parts)
            out += read(part);
        write(name, out);
    }
    void patch(const QString &from, const QString &to, qsizetype offset, const QByteArray &bytes) const
    {
        QByteArray data = read(from);
        if (offset + bytes.size() > data.size())
            fail(QStringLiteral("%1 is too short to patch").arg(from));
        data.replace(offset, bytes.size(), bytes);
        write(to, data);
    }

    void generate();
    void makeCas() const;
    void makeLeaves() const;
    void makePfx() const;
    void makePem() const;
    void makeBad() const;
    void makeJava();
};

void CertFixtures::Impl::makeCas() const
{
    write(QStringLiteral("req.cnf"), "[req]\ndistinguished_name = dn\nprompt = no\n[dn]\n");
    write(QStringLiteral("ca.ext"),
          "basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n"
          "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
    write(QStringLiteral("leaf.ext"),
          "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
          "extendedKeyUsage=serverAuth,clientAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
          "subjectAltName=DNS:www.example.test,DNS:example.test,email:admin@example.test,IP:192.0.2.7,"
          "IP:2001:db8::7,otherName:1.3.6.1.4.1.311.20.2.3;UTF8:upn@example.test,URI:https://example.test/\n");
    write(QStringLiteral("ec.ext"),
          "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
          "extendedKeyUsage=serverAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
    osslList({QStringLiteral("req"),
              QStringLiteral("-config"),
              QStringLiteral("req.cnf"),
              QStringLiteral("-x509"),
              QStringLiteral("-newkey"),
              QStringLiteral("rsa:2048"),
              QStringLiteral("-nodes"),
              QStringLiteral("-keyout"),
              QStringLiteral("root.key"),
              QStringLiteral("-out"),
              QStringLiteral("root.pem"),
              QStringLiteral("-subj"),
              QStringLiteral("/CN=Test Root CA"),
              QStringLiteral("-days"),
              QStringLiteral("3650"),
              QStringLiteral("-addext"),
              QStringLiteral("basicConstraints=critical,CA:TRUE"),
              QStringLiteral("-addext"),
              QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
              QStringLiteral("-addext"),
              QStringLiteral("subjectKeyIdentifier=hash")});
    osslList({QStringLiteral("req"), QStringLiteral("-config"), QStringLiteral("req.cnf"), QStringLiteral("-newkey"),
              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
              QStringLiteral("inter.key"), QStringLiteral("-out"), QStringLiteral("inter.csr"), QStringLiteral("-subj"),
              QStringLiteral("/CN=Test Intermediate CA")});
    ossl(QStringLiteral("x509 -req -in inter.csr -CA root.pem -CAkey root.key -CAcreateserial -days 1825 "
                        "-extfile ca.ext -out inter.pem"));
    // openssl ca for explicit validity dates (req has no -not_before in 3.0).
    QDir(dir).mkpath(QStringLiteral("newcerts"));
    write(QStringLiteral("index.txt"), {});
    write(QStringLiteral("serial.txt"), "1000\n");
    write(QStringLiteral("ca.cnf"),
          "[ca]\ndefault_ca = CA_default\n[CA_default]\ndatabase = index.txt\nserial = serial.txt\n"
          "new_certs_dir = newcerts\ncertificate = inter.pem\nprivate_key = inter.key\ndefault_md = sha256\n"
          "policy = policy_any\nunique_subject = no\ncopy_extensions = none\nx509_extensions = leaf_ext\n"
          "[policy_any]\ncommonName = supplied\n"
          "[leaf_ext]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n");
}

void CertFixtures::Impl::makeLeaves() const
{
    auto csr = [&](const QString &name, const QString &newkey, const QString &subject) {
        osslList({QStringLiteral("req"), QStringLiteral("-config"), QStringLiteral("req.cnf"),
                  QStringLiteral("-newkey"), newkey, QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                  name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
                  QStringLiteral("-subj"), subject});
    };
    auto sign = [&](const QString &name, const QString &ext, const QString &md) {
        ossl(QStringLiteral("x509 -req -in %1.csr -CA inter.pem -CAkey inter.key -CAcreateserial -days 365 -%3 "
                            "-extfile %2 -out %1.pem")
                     .arg(name, ext, md));
    };
    csr(QStringLiteral("leaf"), QStringLiteral("rsa:2048"), QStringLiteral("/CN=www.example.test/O=Coffer Test"));
    sign(QStringLiteral("leaf"), QStringLiteral("leaf.ext"), QStringLiteral("sha256"));
    ossl(QStringLiteral("x509 -in leaf.pem -outform DER -out leaf.der"));
    ossl(QStringLiteral("pkey -in leaf.key -traditional -out leaf-traditional.key"));
    ossl(QStringLiteral("pkcs8 -topk8 -in leaf.key -passout pass:pw -v2 aes-256-cbc -out leaf-enc.key"));

    osslList({QStringLiteral("req"), QStringLiteral("-config"), QStringLiteral("req.cnf"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
              QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ec256.key"), QStringLiteral("-out"),
              QStringLiteral("ec256.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=ec256.example.test")});
    sign(QStringLiteral("ec256"), QStringLiteral("ec.ext"), QStringLiteral("sha256"));
    osslList({QStringLiteral("req"), QStringLiteral("-config"), QStringLiteral("req.cnf"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-384"),
              QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ec384.key"), QStringLiteral("-out"),
              QStringLiteral("ec384.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=ec384.example.test")});
    sign(QStringLiteral("ec384"), QStringLiteral("ec.ext"), QStringLiteral("sha384"));
    ossl(QStringLiteral("ec -in ec256.key -out ec256-traditional.key"));

    osslList({QStringLiteral("req"), QStringLiteral("-config"), QStringLiteral("req.cnf"), QStringLiteral("-x509"),
              QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), QStringLiteral("other.key"), QStringLiteral("-out"),
              QStringLiteral("other.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=Unrelated"),
              QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-addext"),
              QStringLiteral("basicConstraints=critical,CA:FALSE")});

    // Outside the vault's key table.
    ossl(QStringLiteral("genpkey -algorithm ed25519 -out ed25519.key"));
    osslList({QStringLiteral("req"), QStringLiteral("-config"), QStringLiteral("req.cnf"), QStringLiteral("-x509"),
              QStringLiteral("-key"), QStringLiteral("ed25519.key"), QStringLiteral("-out"),
              QStringLiteral("ed25519.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=Ed25519 Leaf"),
              QStringLiteral("-days"), QStringLiteral("365")});
    ossl(QStringLiteral("genpkey -algorithm EC -pkeyopt ec_paramgen_curve:brainpoolP256r1 -out brainpool.key"));
    osslList({QStringLiteral("req"), QStringLiteral("-config"), QStringLiteral("req.cnf"), QStringLiteral("-x509"),
              QStringLiteral("-key"), QStringLiteral("brainpool.key"), QStringLiteral("-out"),
              QStringLiteral("brainpool.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=Brainpool Leaf"),
              QStringLiteral("-days"), QStringLiteral("365")});
    csr(QStringLiteral("rsa1024"), QStringLiteral("rsa:1024"), QStringLiteral("/CN=Weak Leaf"));
    sign(QStringLiteral("rsa1024"), QStringLiteral("ec.ext"), QStringLiteral("sha1"));

    for (const auto &[name, start, end] :
         {std::tuple {QStringLiteral("expired"), QStringLiteral("20200101000000Z"), QStringLiteral("20210101000000Z")},
          std::tuple {QStringLiteral("notyet"), QStringLiteral("20400101000000Z"),
                      QStringLiteral("20410101000000Z")}}) {
        csr(name, QStringLiteral("rsa:2048"), QStringLiteral("/CN=%1.example.test").arg(name));
        osslList({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"), QStringLiteral("-config"),
                  QStringLiteral("ca.cnf"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                  QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-startdate"), start,
                  QStringLiteral("-enddate"), end});
    }
}

void CertFixtures::Impl::makePfx() const
{
    concat(QStringLiteral("cas.pem"), {QStringLiteral("inter.pem"), QStringLiteral("root.pem")});
    const QString base = QStringLiteral("pkcs12 -export -in leaf.pem -inkey leaf.key -certfile cas.pem -name leaf ");
    ossl(base + QStringLiteral("-passout pass:secret -out aes.pfx"));
    ossl(base + QStringLiteral("-legacy -passout pass:secret -out legacy.pfx"));
    ossl(base
         + QStringLiteral("-keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1 -passout pass:secret "
                          "-out win3des.pfx"));
    osslList(base.split(u' ', Qt::SkipEmptyParts)
             + QStringList {QStringLiteral("-passout"), QStringLiteral("pass:"), QStringLiteral("-out"),
                            QStringLiteral("blank.pfx")});
    osslList(base.split(u' ', Qt::SkipEmptyParts)
             + QStringList {QStringLiteral("-keypbe"), QStringLiteral("NONE"), QStringLiteral("-certpbe"),
                            QStringLiteral("NONE"), QStringLiteral("-nomac"), QStringLiteral("-passout"),
                            QStringLiteral("pass:"), QStringLiteral("-out"), QStringLiteral("nomac.pfx")});
    ossl(QStringLiteral("pkcs12 -export -nokeys -in leaf.pem -certfile inter.pem -passout pass:secret "
                        "-out certonly.pfx"));
    ossl(QStringLiteral("pkcs12 -export -in ec256.pem -inkey ec256.key -certfile cas.pem -passout pass:secret "
                        "-out ec256.pfx"));
    ossl(QStringLiteral("pkcs12 -export -in ed25519.pem -inkey ed25519.key -passout pass:secret -out ed25519.pfx"));
}

void CertFixtures::Impl::makePem() const
{
    concat(QStringLiteral("chain.pem"),
           {QStringLiteral("leaf.pem"), QStringLiteral("inter.pem"), QStringLiteral("root.pem")});
    concat(QStringLiteral("ec256-bundle.pem"),
           {QStringLiteral("ec256-traditional.key"), QStringLiteral("ec256.pem"), QStringLiteral("inter.pem")});
    concat(QStringLiteral("bundle-mixed.pem"),
           {QStringLiteral("inter.pem"), QStringLiteral("leaf-enc.key"), QStringLiteral("root.pem"),
            QStringLiteral("leaf.pem")});
    concat(QStringLiteral("bundle-plain.pem"),
           {QStringLiteral("root.pem"), QStringLiteral("leaf.key"), QStringLiteral("leaf.pem"),
            QStringLiteral("inter.pem")});
    concat(QStringLiteral("bundle-traditional.pem"),
           {QStringLiteral("leaf-traditional.key"), QStringLiteral("leaf.pem"), QStringLiteral("inter.pem"),
            QStringLiteral("root.pem")});
    ossl(QStringLiteral("ecparam -name prime256v1 -out ecparams.pem"));
    concat(QStringLiteral("bundle-ecparams.pem"),
           {QStringLiteral("ecparams.pem"), QStringLiteral("ec256.key"), QStringLiteral("ec256.pem"),
            QStringLiteral("inter.pem"), QStringLiteral("root.pem")});
    concat(QStringLiteral("expired-bundle.pem"), {QStringLiteral("expired.pem"), QStringLiteral("expired.key")});
}

void CertFixtures::Impl::makeBad() const
{
    patch(QStringLiteral("aes.pfx"), QStringLiteral("corrupt-header.pfx"), 4, "XXXX");
    patch(QStringLiteral("aes.pfx"), QStringLiteral("corrupt-safe.pfx"), 700, "XXXX");
    write(QStringLiteral("truncated.pfx"), read(QStringLiteral("aes.pfx")).left(1500));
    concat(QStringLiteral("key-only.pem"), {QStringLiteral("leaf.key")});
    concat(QStringLiteral("two-unrelated.pem"), {QStringLiteral("leaf.pem"), QStringLiteral("other.pem")});
    concat(QStringLiteral("gap.pem"),
           {QStringLiteral("leaf.pem"), QStringLiteral("root.pem"), QStringLiteral("leaf.key")});
    concat(QStringLiteral("mismatch.pem"),
           {QStringLiteral("leaf.pem"), QStringLiteral("inter.pem"), QStringLiteral("other.key")});
    concat(QStringLiteral("two-keys.pem"),
           {QStringLiteral("leaf.pem"), QStringLiteral("leaf.key"), QStringLiteral("other.key")});
    concat(QStringLiteral("ed25519-bundle.pem"), {QStringLiteral("ed25519.pem"), QStringLiteral("ed25519.key")});
    concat(QStringLiteral("brainpool-bundle.pem"), {QStringLiteral("brainpool.pem"), QStringLiteral("brainpool.key")});
    concat(QStringLiteral("rsa1024-bundle.pem"),
           {QStringLiteral("rsa1024.pem"), QStringLiteral("rsa1024.key"), QStringLiteral("inter.pem"),
            QStringLiteral("root.pem")});
    concat(QStringLiteral("rsa1024-certonly.pem"),
           {QStringLiteral("rsa1024.pem"), QStringLiteral("inter.pem"), QStringLiteral("root.pem")});
    ossl(QStringLiteral("rand -out big.bin 11000000"));
    QByteArray random = CertFixtures::openssl({QStringLiteral("rand"), QStringLiteral("300")});
    if (random.size() != 300)
        fail(QStringLiteral("openssl rand gave %1 bytes").arg(random.size()));
    if (quint8(random[0]) == 0x30)
        random[0] = '\x04';
    write(QStringLiteral("random.der"), random);
    ossl(QStringLiteral("req -in leaf.csr -outform DER -out csr.der"));
    concat(QStringLiteral("csr.pem"), {QStringLiteral("leaf.csr")});
}

void CertFixtures::Impl::makeJava()
{
    keytool = !QStandardPaths::findExecutable(QStringLiteral("keytool")).isEmpty();
    if (!keytool)
        return;
    const QStringList common {QStringLiteral("-genkeypair"),
                              QStringLiteral("-storetype"),
                              QStringLiteral("PKCS12"),
                              QStringLiteral("-storepass"),
                              QStringLiteral("changeit"),
                              QStringLiteral("-alias"),
                              QStringLiteral("coffer"),
                              QStringLiteral("-keyalg"),
                              QStringLiteral("RSA"),
                              QStringLiteral("-keysize"),
                              QStringLiteral("2048"),
                              QStringLiteral("-dname"),
                              QStringLiteral("CN=java.example.test"),
                              QStringLiteral("-ext"),
                              QStringLiteral("SAN=dns:java.example.test"),
                              QStringLiteral("-validity"),
                              QStringLiteral("365")};
    CertFixtures::keytool(common + QStringList {QStringLiteral("-keystore"), at(QStringLiteral("java.p12"))});
    CertFixtures::keytool(QStringList {QStringLiteral("-J-Dkeystore.pkcs12.legacy")} + common
                          + QStringList {QStringLiteral("-keystore"), at(QStringLiteral("javalegacy.p12"))});
}

void CertFixtures::Impl::generate()
{
    if (!temp.isValid())
        fail(QStringLiteral("no temporary folder"));
    dir = temp.path();
    g_workDir = dir;
    makeCas();
    makeLeaves();
    makePfx();
    makePem();
    makeBad();
    makeJava();
}

CertFixtures::CertFixtures()
    : d(std::make_unique<Impl>())
{
    d->generate();
}

CertFixtures::~CertFixtures() = default;

const CertFixtures &CertFixtures::instance()
{
    static const CertFixtures fixtures;
    return fixtures;
}

QString CertFixtures::path(QStringView name) const
{
    const QString file = d->at(name.toString());
    if (!QFile::exists(file))
        fail(QStringLiteral("no fixture named ") + name.toString());
    return file;
}

QByteArray CertFixtures::bytes(QStringView name) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read fixture ") + name.toString());
    return file.readAll();
}

QString CertFixtures::dir() const
{
    return d->dir;
}

bool CertFixtures::hasKeytool() const
{
    return d->keytool;
}

QString CertFixtures::rootPem() const
{
    return path(u"root.pem");
}

QByteArray CertFixtures::openssl(const QStringList &args, const QByteArray &stdinData, int *exitCode, bool mergeStderr)
{
    return run(QStringLiteral("openssl"), args, stdinData, exitCode, mergeStderr);
}

QByteArray CertFixtures::keytool(const QStringList &args, int *exitCode)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("keytool"));
    if (program.isEmpty()) {
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    return run(program, args, {}, exitCode, true);
}

} // namespace coffer::test
