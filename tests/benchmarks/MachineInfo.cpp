#include "tests/benchmarks/MachineInfo.h"

#include "tests/benchmarks/BareSqlcipher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStorageInfo>
#include <QThread>

#include <openssl/crypto.h>
#include <sys/utsname.h>

#ifndef COFFER_BENCH_BUILD_TYPE
#define COFFER_BENCH_BUILD_TYPE "unknown"
#endif

namespace coffer::bench {

namespace {
QString readCpuModel()
{
    // /proc files report size 0, so read them whole rather than testing atEnd().
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("unknown");
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown");
}

QString timerName()
{
    switch (QElapsedTimer::clockType()) {
    case QElapsedTimer::MonotonicClock: return QStringLiteral("QElapsedTimer, monotonic clock");
    case QElapsedTimer::SystemTime: return QStringLiteral("QElapsedTimer, system time (NOT monotonic)");
    default: return QStringLiteral("QElapsedTimer, clock type %1").arg(int(QElapsedTimer::clockType()));
    }
}
} // namespace

QString MachineInfo::loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("unknown");
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    return fields.size() >= 3 ? QString::fromLatin1(fields[0] + ' ' + fields[1] + ' ' + fields[2])
                              : QStringLiteral("unknown");
}

MachineInfo MachineInfo::collect(const QString &folder)
{
    MachineInfo info;
    info.cores = QThread::idealThreadCount();
    utsname names {};
    if (uname(&names) == 0) {
        info.machine = QString::fromLatin1(names.machine);
        info.kernel = QString::fromLatin1(names.sysname) + u' ' + QString::fromLatin1(names.release);
    }
    info.cpuModel = readCpuModel();
    info.loadAverageBefore = loadAverage();
    info.folder = folder;
    info.fileSystem = QString::fromLatin1(QStorageInfo(folder).fileSystemType());
    info.qtVersion = QString::fromLatin1(qVersion());
    info.sqliteVersion = BareSqlcipher::sqliteVersion();
    info.sqlcipherVersion = BareSqlcipher::cipherVersion();
    info.opensslVersion = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    info.buildType = QStringLiteral(COFFER_BENCH_BUILD_TYPE);
    info.timer = timerName();
    return info;
}

QString MachineInfo::toText() const
{
    return QStringLiteral("# machine: %1 logical cores, %2 (uname -m), %3, %4\n"
                          "# load average at the start: %5 (other jobs share this machine)\n"
                          "# vaults in: %6 (%7)\n"
                          "# Qt %8, SQLCipher %9 on SQLite %10, %11, build type %12\n"
                          "# times: wall-clock from %13, in milliseconds\n")
            .arg(QString::number(cores), machine, kernel, cpuModel, loadAverageBefore, folder, fileSystem, qtVersion,
                 sqlcipherVersion)
            .arg(sqliteVersion, opensslVersion, buildType, timer);
}

QJsonObject MachineInfo::toJson() const
{
    return QJsonObject {
            {QStringLiteral("cores"), cores},
            {QStringLiteral("machine"), machine},
            {QStringLiteral("kernel"), kernel},
            {QStringLiteral("cpuModel"), cpuModel},
            {QStringLiteral("loadAverageBefore"), loadAverageBefore},
            {QStringLiteral("folder"), folder},
            {QStringLiteral("fileSystem"), fileSystem},
            {QStringLiteral("qt"), qtVersion},
            {QStringLiteral("sqlite"), sqliteVersion},
            {QStringLiteral("sqlcipher"), sqlcipherVersion},
            {QStringLiteral("openssl"), opensslVersion},
            {QStringLiteral("buildType"), buildType},
            {QStringLiteral("timer"), timer},
    };
}

} // namespace coffer::bench
