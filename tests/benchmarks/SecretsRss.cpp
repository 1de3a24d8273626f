// Group "rss": the peak resident memory of a process that opens a vault and lists all its secrets, measured in
// a child (this binary re-run with --measure-list-rss) so the parent's own allocations do not count.
#include "core/vault/Credential.h"
#include "core/vault/Vault.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/Measure.h"
#include "tests/benchmarks/SecretsBench.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>
#include <sys/resource.h>

namespace coffer::bench {

namespace {
constexpr int kChildTimeoutMs = 300'000;

// A "Vm…:  1234 kB" line of /proc/self/status, in KiB; -1 when absent.
qint64 procStatusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return -1;
}

qint64 peakKiB()
{
    const qint64 hwm = procStatusKiB("VmHWM:");
    if (hwm >= 0)
        return hwm;
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}
} // namespace

int measureListRssChild(const QString &bundle)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 1;
    const SecureString recoveryKey = SecureString::fromUtf8(input.readAll().trimmed());
    const FakeClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    auto vault = Vault::open(bundle, Credential::recoveryKey(recoveryKey.clone()), clock);
    if (!vault) {
        progress(vault.error().toString());
        return 1;
    }
    const qint64 before = peakKiB();
    auto listed = (*vault)->secrets().list();
    if (!listed) {
        progress(listed.error().toString());
        return 1;
    }
    const QJsonObject result {{QStringLiteral("secrets"), listed->size()},
                              {QStringLiteral("hwmBeforeKiB"), before},
                              {QStringLiteral("hwmAfterKiB"), peakKiB()},
                              {QStringLiteral("rssAfterKiB"), procStatusKiB("VmRSS:")}};
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

Result<void> runRssGroup(BenchContext &context)
{
    const qint64 secrets = context.options.secrets;
    auto made = context.vault(secrets);
    if (!made)
        return made.error();
    const BenchVault &vault = **made;
    progress(QStringLiteral("rss: listing %1 secrets in a child process").arg(secrets));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure-list-rss"), vault.bundle});
    if (!child.waitForStarted())
        return Error(ErrorCode::Internal, QStringLiteral("cannot start the child: %1").arg(child.errorString()));
    child.write(vault.recoveryKey.utf8().constChar(), qint64(vault.recoveryKey.size())); // never on the command line
    child.closeWriteChannel();
    if (!child.waitForFinished(kChildTimeoutMs) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return Error(ErrorCode::Internal,
                     QStringLiteral("the list child failed: %1 %2")
                             .arg(child.errorString(), QString::fromUtf8(child.readAllStandardError())));
    const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    if (result.value(u"secrets").toInteger() != secrets)
        return Error(ErrorCode::Internal,
                     QStringLiteral("the list child listed %1 secrets, not %2")
                             .arg(result.value(u"secrets").toInteger())
                             .arg(secrets));
    const qint64 before = result.value(u"hwmBeforeKiB").toInteger() * 1024;
    const qint64 after = result.value(u"hwmAfterKiB").toInteger() * 1024;
    auto add = [&](const QString &name, qint64 bytes, bool withGoal) {
        ResultRow row;
        row.group = QStringLiteral("rss");
        row.rows = secrets;
        row.measurement = name;
        row.peakBytes = bytes;
        row.fileBytes = vault.fileBytes;
        if (withGoal)
            row.goal = Goal {GoalKind::BytesAtMost, kListRssGoalBytes};
        context.table.add(std::move(row));
    };
    add(QStringLiteral("peak RSS, child: open + list (VmHWM)"), after, true);
    add(QStringLiteral("  of which before list (after open)"), before, false);
    add(QStringLiteral("  growth during list"), after - before, false);
    return {};
}

} // namespace coffer::bench
