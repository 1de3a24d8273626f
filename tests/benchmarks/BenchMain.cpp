// coffer-bench: how much Coffer costs on top of bare SQLCipher, measured in one run on this machine.
// Run on demand (`coffer-bench --help`); CTest only runs a tiny smoke pass (bench.Smoke).
#include "core/common/Clock.h"
#include "core/crypto/SelfTest.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/BenchOptions.h"
#include "tests/benchmarks/CertsBench.h"
#include "tests/benchmarks/KeysBench.h"
#include "tests/benchmarks/MachineInfo.h"
#include "tests/benchmarks/Measure.h"
#include "tests/benchmarks/MethodNotes.h"
#include "tests/benchmarks/OpenBench.h"
#include "tests/benchmarks/SecretsBench.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace coffer;
using namespace coffer::bench;

namespace {

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

// Core logs one info line per Vault::open. It is still formatted (that cost is measured) but not written to
// the terminal, so the timings do not depend on where stderr goes. Warnings and worse pass through.
QtMessageHandler g_previousHandler = nullptr;
int g_droppedInfo = 0;
void quietCoreInfo(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtInfoMsg || type == QtDebugMsg) && context.category
        && qstrncmp(context.category, "coffer.", 7) == 0) {
        ++g_droppedInfo;
        return;
    }
    g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("coffer-bench"));
    const auto options = BenchOptions::parse(app);
    if (!options)
        return 2;
    g_previousHandler = qInstallMessageHandler(quietCoreInfo);
    if (!options->measureListRss.isEmpty())
        return measureListRssChild(options->measureListRss);
    // OpenSSL's secure heap is core's own (4 MiB, sized on first use), as in the product: core keeps 512 KiB of it
    // free for OpenSSL, so a large setMany no longer starves RAND_bytes (the bench used to pre-size it to 32 MiB).

    std::optional<QTemporaryDir> temporary;
    QString parent = options->dir;
    if (parent.isEmpty()) {
        temporary.emplace(QDir::temp().filePath(QStringLiteral("coffer-bench-XXXXXX")));
        if (!temporary->isValid()) {
            progress(QStringLiteral("coffer-bench: cannot create a temporary folder: ") + temporary->errorString());
            return 1;
        }
        temporary->setAutoRemove(!options->keep);
        parent = temporary->path();
    }

    if (auto selfTests = crypto::runSelfTests(); !selfTests) {
        progress(QStringLiteral("coffer-bench: ") + selfTests.error().toString());
        return 1;
    }
    const MachineInfo before = MachineInfo::collect(parent);
    const FakeClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    BenchContext context(*options, parent, clock);
    const QList<std::pair<QString, Result<void> (*)(BenchContext &)>> groups {
            {QStringLiteral("open"), runOpenGroup},        {QStringLiteral("get"), runGetGroup},
            {QStringLiteral("set"), runSetGroup},          {QStringLiteral("list"), runListGroup},
            {QStringLiteral("rss"), runRssGroup},          {QStringLiteral("keys-sign"), runKeysSignGroup},
            {QStringLiteral("keys-hsm"), runKeysHsmGroup}, {QStringLiteral("certificates"), runCertificatesGroup},
    };
    for (const auto &[name, run] : groups) {
        if (!options->runs(name))
            continue;
        if (auto done = run(context); !done) {
            progress(QStringLiteral("coffer-bench: %1: %2").arg(name, done.error().toString()));
            return 1;
        }
    }
    const QString loadAfter = MachineInfo::loadAverage();
    QStringList notes = methodNotes(*options, g_droppedInfo);
    notes << context.notes;
    notes << QStringLiteral("OpenSSL secure heap: core's own (4 MiB, 512 KiB kept free for OpenSSL) in every process;")
          << QStringLiteral(
                     "  the bench no longer pre-sizes it (its 32 MiB workaround and --core-secure-heap are gone).");

    if (options->json) {
        QJsonObject json = context.table.toJson();
        json.insert(QStringLiteral("machine"), before.toJson());
        json.insert(QStringLiteral("loadAverageAfter"), loadAfter);
        json.insert(QStringLiteral("groups"), QJsonArray::fromStringList(options->groups));
        json.insert(QStringLiteral("repeat"), options->repeat);
        json.insert(QStringLiteral("setRepeat"), options->setRepeat);
        json.insert(QStringLiteral("secrets"), options->secrets);
        json.insert(QStringLiteral("getsPerSample"), options->gets);
        json.insert(QStringLiteral("signsPerSample"), options->signs);
        json.insert(QStringLiteral("certificates"), options->certificates);
        json.insert(QStringLiteral("certOpsPerSample"), options->certOps);
        json.insert(QStringLiteral("timer"), QStringLiteral("QElapsedTimer (monotonic), wall-clock"));
        json.insert(QStringLiteral("method"), QJsonArray::fromStringList(notes));
        out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    } else {
        out(QStringLiteral("# coffer-bench %1: Coffer vs bare SQLCipher, OpenSSL EVP/PKCS#12/X509, PKCS#11 (%2)\n")
                    .arg(QStringLiteral(COFFER_VERSION), options->groups.join(u',')));
        out(before.toText());
        out(QStringLiteral("# load average at the end: %1\n").arg(loadAfter));
        for (const QString &line : notes)
            out(QStringLiteral("# ") + line + u'\n');
        out(QStringLiteral("#\n"));
        out(context.table.toText());
    }
    if (options->keep)
        progress(QStringLiteral("kept the vaults in %1").arg(parent));
    return 0;
}
