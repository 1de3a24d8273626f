// coffer-bench: how much Coffer costs on top of bare SQLCipher, measured in one run on this machine.
// Run on demand (`coffer-bench --help`); CTest only runs a tiny smoke pass (bench.Smoke).
#include "core/common/Clock.h"
#include "core/crypto/SelfTest.h"
#include "core/vault/Credential.h"
#include "core/vault/Vault.h"
#include "tests/benchmarks/BareSqlcipher.h"
#include "tests/benchmarks/BenchVault.h"
#include "tests/benchmarks/MachineInfo.h"
#include "tests/benchmarks/OpenBreakdown.h"
#include "tests/benchmarks/ResultTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <optional>

using namespace coffer;
using namespace coffer::bench;

namespace {

constexpr int kWarmupRounds = 3;
constexpr double kOpenGoal = 1.5;

struct Options
{
    QList<qint64> rows {10000, 100000};
    int repeat = 20;
    QString dir;
    bool keep = false;
    bool json = false;
    bool breakdown = false;
};

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

void progress(const QString &text)
{
    std::fputs((text + u'\n').toUtf8().constData(), stderr);
    std::fflush(stderr);
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

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Times opening an unlocked Coffer vault against bare SQLCipher on the same file."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Vault sizes in rows, comma-separated (default 10000,100000)."),
                                        QStringLiteral("N[,N...]"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Timed repetitions of each measurement (default 20)."),
                                          QStringLiteral("N"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for the vaults (default: a temporary folder)."),
                                       QStringLiteral("D"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the vaults afterwards."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print JSON instead of the table (progress stays on stderr)."));
    const QCommandLineOption breakdownOption(
            QStringLiteral("breakdown"),
            QStringLiteral("Also time each step of Vault::open (replayed with core's functions)."));
    parser.addOptions({rowsOption, repeatOption, dirOption, keepOption, jsonOption, breakdownOption});
    parser.process(app);

    Options options;
    auto fail = [](const QString &why) -> std::optional<Options> {
        progress(QStringLiteral("coffer-bench: ") + why);
        return std::nullopt;
    };
    if (parser.isSet(rowsOption)) {
        options.rows.clear();
        for (const QString &part : parser.value(rowsOption).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 n = part.trimmed().toLongLong(&ok);
            if (!ok || n < 1 || n > 100'000'000)
                return fail(QStringLiteral("--rows takes positive row counts, e.g. 10000,100000; not '%1'").arg(part));
            options.rows.append(n);
        }
        if (options.rows.isEmpty())
            return fail(QStringLiteral("--rows needs at least one row count"));
    }
    if (parser.isSet(repeatOption)) {
        bool ok = false;
        options.repeat = parser.value(repeatOption).toInt(&ok);
        if (!ok || options.repeat < 1 || options.repeat > 100'000)
            return fail(QStringLiteral("--repeat takes a positive number, not '%1'").arg(parser.value(repeatOption)));
    }
    options.dir = parser.value(dirOption);
    if (!options.dir.isEmpty() && !QDir(options.dir).exists())
        return fail(QStringLiteral("--dir %1 does not exist; create it first").arg(options.dir));
    options.keep = parser.isSet(keepOption);
    options.json = parser.isSet(jsonOption);
    options.breakdown = parser.isSet(breakdownOption);
    return options;
}

// One timed operation: returns its wall-clock duration in nanoseconds. Setup and teardown happen outside.
struct Measurement
{
    QString name;
    std::function<Result<qint64>()> run;
    QList<qint64> samples;
    std::function<void()> warmupDone = [] {};
};

// Warms up, then runs every measurement `repeat` times, interleaved and in a rotating order so that drift
// (other jobs on the machine, CPU frequency) falls on all of them alike.
Result<void> measure(QList<Measurement> &measurements, int repeat)
{
    for (int round = 0; round < kWarmupRounds; ++round)
        for (Measurement &m : measurements) {
            auto ns = m.run();
            if (!ns)
                return ns.error();
        }
    for (Measurement &m : measurements)
        m.warmupDone();
    for (int round = 0; round < repeat; ++round)
        for (qsizetype k = 0; k < measurements.size(); ++k) {
            Measurement &m = measurements[(k + round) % measurements.size()];
            auto ns = m.run();
            if (!ns)
                return ns.error();
            m.samples.append(*ns);
        }
    return {};
}

Result<qint64> timeVaultOpen(const BenchVault &vault, const Credential &credential, const Clock &clock)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = Vault::open(vault.bundle, credential, clock);
    const qint64 ns = timer.nsecsElapsed();
    if (!opened)
        return opened.error();
    return ns; // destroying the Vault (close, checkpoint) is not timed
}

Result<qint64> timeBareOpen(const BenchVault &vault, const SecureBytes &key, qint64 rowId)
{
    QElapsedTimer timer;
    timer.start();
    auto db = BareSqlcipher::open(vault.databaseFile, key);
    if (!db)
        return db.error();
    auto name = (*db)->readRow(rowId);
    const qint64 ns = timer.nsecsElapsed();
    if (!name)
        return name.error();
    if (*name != BenchVault::rowName(rowId))
        return Error(ErrorCode::Internal, QStringLiteral("the bare read returned the wrong row"));
    return ns;
}

Result<void> benchOneSize(const QString &parent, qint64 rows, const Options &options, const Clock &clock,
                          ResultTable &table)
{
    QElapsedTimer made;
    made.start();
    auto vault = BenchVault::make(parent, rows, clock);
    if (!vault)
        return vault.error();
    progress(QStringLiteral("made %1 (%2 rows, %3 bytes) in %4 s")
                     .arg(vault->bundle)
                     .arg(rows)
                     .arg(vault->fileBytes)
                     .arg(double(made.elapsed()) / 1000.0, 0, 'f', 1));
    auto key = vault->masterKey();
    if (!key)
        return key.error();

    const qint64 rowId = (rows + 1) / 2;
    const Credential recovery = Credential::recoveryKey(vault->recoveryKey.clone());
    const Credential passphrase = Credential::passphrase(vault->passphrase.clone());
    const QString bareName = QStringLiteral("bare SQLCipher open+key+read");
    constexpr qsizetype kBareIndex = 2;
    QList<Measurement> measurements {
            {QStringLiteral("Vault::open (recovery key)"), [&] { return timeVaultOpen(*vault, recovery, clock); }, {}},
            {QStringLiteral("Vault::open (passphrase, fast Argon2)"),
             [&] { return timeVaultOpen(*vault, passphrase, clock); },
             {}},
            {bareName, [&] { return timeBareOpen(*vault, *key, rowId); }, {}},
    };
    OpenBreakdown breakdown(*vault, clock);
    const QString replayName = QStringLiteral("Vault::open replayed: sum of steps");
    if (options.breakdown)
        measurements.append(
                {replayName, [&breakdown] { return breakdown.run(); }, {}, [&breakdown] { breakdown.clearSamples(); }});
    COFFER_TRY(measure(measurements, options.repeat));

    const Stats bare = summarize(measurements[kBareIndex].samples);
    auto add = [&](const QString &name, const QList<qint64> &samples, std::optional<double> goal) {
        ResultRow row;
        row.rows = rows;
        row.measurement = name;
        row.stats = summarize(samples);
        row.fileBytes = vault->fileBytes;
        if (name != bareName && bare.medianMs > 0) {
            row.ratio = row.stats.medianMs / bare.medianMs;
            row.baseline = bareName;
            row.goal = goal;
        }
        table.add(std::move(row));
    };
    for (const Measurement &m : measurements)
        add(m.name, m.samples, m.name == replayName ? std::nullopt : std::optional<double>(kOpenGoal));
    if (options.breakdown) {
        const QStringList steps = OpenBreakdown::stepNames();
        for (qsizetype i = 0; i < steps.size(); ++i)
            add(QStringLiteral("  step: ") + steps[i], breakdown.samples()[i], std::nullopt);
    }
    return {};
}

QString methodNotes(const Options &options)
{
    const QStringList lines = {
            QStringLiteral(
                    "Each vault is made through core (Vault::create, fastForTests Argon2), filled with ~100-byte"),
            QStringLiteral("names and values in bench_rows through Vault::database() in one transaction, then closed."),
            QStringLiteral("Vault::open is timed with the recovery-key credential: its derivation is one HKDF"),
            QStringLiteral(
                    "(microseconds), so the KDF is out of the measurement without touching core. The passphrase"),
            QStringLiteral("row uses a slot made with Argon2Params::fastForTests() (8 KiB, 1 pass), for comparison."),
            QStringLiteral(
                    "Crypto self-tests run once per process, in the warm-up. Closing is not timed on either side."),
            QStringLiteral("Core's info log line per open is formatted (timed) but not written out (%1 lines dropped).")
                    .arg(g_droppedInfo),
            QStringLiteral(
                    "Bare: sqlite3_open_v2 + sqlite3_key(x'<64 hex>', the key unwrapped from the recovery keyslot"),
            QStringLiteral("by the bench) + PRAGMA cipher_page_size = 4096 + SELECT of one bench row, same vault.db."),
            QStringLiteral(
                    "%1 warm-up rounds, then %2 timed rounds, interleaved in rotating order; files in the OS page")
                    .arg(kWarmupRounds)
                    .arg(options.repeat),
            QStringLiteral("cache. ratio = median / median of bare in the same run; goal for Vault::open <= %1.")
                    .arg(kOpenGoal, 0, 'f', 1),
    };
    QString text;
    for (const QString &line : lines)
        text += QStringLiteral("# ") + line + u'\n';
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("coffer-bench"));
    const auto options = parseOptions(app);
    if (!options)
        return 2;
    g_previousHandler = qInstallMessageHandler(quietCoreInfo);

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
    ResultTable table;
    QList<QString> madeBundles;
    for (qint64 rows : options->rows) {
        auto done = benchOneSize(parent, rows, *options, clock, table);
        if (!done) {
            progress(QStringLiteral("coffer-bench: %1 rows: %2").arg(rows).arg(done.error().toString()));
            return 1;
        }
        madeBundles.append(Vault::bundlePath(parent, QStringLiteral("bench-%1").arg(rows)));
    }
    const QString loadAfter = MachineInfo::loadAverage();

    if (options->json) {
        QJsonObject json = table.toJson();
        json.insert(QStringLiteral("machine"), before.toJson());
        json.insert(QStringLiteral("loadAverageAfter"), loadAfter);
        json.insert(QStringLiteral("repeat"), options->repeat);
        json.insert(QStringLiteral("warmupRounds"), kWarmupRounds);
        json.insert(QStringLiteral("timer"), QStringLiteral("QElapsedTimer (monotonic), wall-clock"));
        json.insert(QStringLiteral("vaultOpenCredential"), QStringLiteral("recovery key (HKDF, no Argon2)"));
        out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    } else {
        out(QStringLiteral("# coffer-bench %1: Vault::open vs bare SQLCipher\n").arg(QStringLiteral(COFFER_VERSION)));
        out(before.toText());
        out(QStringLiteral("# load average at the end: %1\n").arg(loadAfter));
        out(methodNotes(*options));
        out(QStringLiteral("#\n"));
        out(table.toText());
    }
    if (options->keep)
        progress(QStringLiteral("kept: %1").arg(madeBundles.join(QStringLiteral(", "))));
    return 0;
}
