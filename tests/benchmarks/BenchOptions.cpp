#include "tests/benchmarks/BenchOptions.h"

#include "tests/benchmarks/Measure.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <functional>

namespace coffer::bench {

namespace {
std::optional<qint64> positive(const QString &text, qint64 max)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n < 1 || n > max)
        return std::nullopt;
    return n;
}
} // namespace

const QStringList &BenchOptions::allGroups()
{
    static const QStringList groups {QStringLiteral("open"),     QStringLiteral("get"),
                                     QStringLiteral("set"),      QStringLiteral("list"),
                                     QStringLiteral("rss"),      QStringLiteral("keys-sign"),
                                     QStringLiteral("keys-hsm"), QStringLiteral("certificates")};
    return groups;
}

std::optional<BenchOptions> BenchOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Measures Coffer against bare SQLCipher on the same files: Vault::open, and secret get, set (import),\n"
            "list and the peak memory of a list; key sign throughput against bare OpenSSL EVP and bare PKCS#11;\n"
            "and certificate import, list and create against bare OpenSSL PKCS#12/X509 and SQLCipher."));
    parser.addHelpOption();
    const QCommandLineOption onlyOption(
            QStringLiteral("only"),
            QStringLiteral(
                    "Groups to run, comma-separated: open, get, set, list, rss, keys-sign, keys-hsm, certificates,\n"
                    "or secrets (= get,set,list,rss) and keys (= keys-sign,keys-hsm). Default: all."),
            QStringLiteral("G[,G...]"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Vault sizes (secrets) for open, comma-separated (default "
                                                       "10000,100000)."),
                                        QStringLiteral("N[,N...]"));
    const QCommandLineOption secretsOption(QStringLiteral("secrets"),
                                           QStringLiteral("Secrets in the vault for get, set, list, rss (default "
                                                          "100000)."),
                                           QStringLiteral("N"));
    const QCommandLineOption getsOption(QStringLiteral("gets"), QStringLiteral("Gets per sample (default 20000)."),
                                        QStringLiteral("N"));
    const QCommandLineOption repeatOption(
            QStringLiteral("repeat"),
            QStringLiteral("Timed samples of open, get, list, keys-sign and keys-hsm (default 20)."),
            QStringLiteral("N"));
    const QCommandLineOption signsOption(
            QStringLiteral("signs"), QStringLiteral("Signatures per sample for keys-sign and keys-hsm (default 100)."),
            QStringLiteral("N"));
    const QCommandLineOption setRepeatOption(QStringLiteral("set-repeat"),
                                             QStringLiteral("Timed samples of set, each into a fresh vault "
                                                            "(default 5)."),
                                             QStringLiteral("N"));
    const QCommandLineOption certificatesOption(
            QStringLiteral("certificates"),
            QStringLiteral("Certificates in the vault the certificates group lists (default 1000)."),
            QStringLiteral("N"));
    const QCommandLineOption certOpsOption(
            QStringLiteral("cert-ops"),
            QStringLiteral("Imports and creates per sample in the certificates group (default 1)."),
            QStringLiteral("N"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for the vaults (default: a temporary folder)."),
                                       QStringLiteral("D"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the vaults afterwards."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print JSON instead of the table (progress stays on stderr)."));
    const QCommandLineOption breakdownOption(
            QStringLiteral("breakdown"),
            QStringLiteral("Also time Vault::open's steps (core's functions, called in Vault::open's order)."));
    const QCommandLineOption cacheOption(
            QStringLiteral("cache-kib"),
            QStringLiteral(
                    "What-if for get and list: set PRAGMA cache_size = -N (KiB) on Coffer's connection and the bare\n"
                    "one alike (default: SQLite's default, which core keeps)."),
            QStringLiteral("N"));
    QCommandLineOption rssOption(QStringLiteral("measure-list-rss"),
                                 QStringLiteral("Internal: list the vault at PATH and print the peak RSS."),
                                 QStringLiteral("PATH"));
    rssOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({onlyOption, rowsOption, secretsOption, getsOption, repeatOption, signsOption, setRepeatOption,
                       certificatesOption, certOpsOption, dirOption, keepOption, jsonOption, breakdownOption,
                       cacheOption, rssOption});
    parser.process(app);

    BenchOptions options;
    auto fail = [](const QString &why) -> std::optional<BenchOptions> {
        progress(QStringLiteral("coffer-bench: ") + why);
        return std::nullopt;
    };
    if (parser.isSet(onlyOption)) {
        options.groups.clear();
        for (const QString &part : parser.value(onlyOption).split(u',', Qt::SkipEmptyParts)) {
            const QString group = part.trimmed().toLower();
            if (group == u"secrets")
                options.groups << QStringLiteral("get") << QStringLiteral("set") << QStringLiteral("list")
                               << QStringLiteral("rss");
            else if (group == u"keys")
                options.groups << QStringLiteral("keys-sign") << QStringLiteral("keys-hsm");
            else if (allGroups().contains(group))
                options.groups << group;
            else
                return fail(QStringLiteral("--only takes open, get, set, list, rss, keys-sign, keys-hsm, certificates,"
                                           " secrets or keys; not '%1'")
                                    .arg(part));
        }
        if (options.groups.isEmpty())
            return fail(QStringLiteral("--only needs at least one group"));
        options.groups.removeDuplicates();
    }
    if (parser.isSet(rowsOption)) {
        options.rows.clear();
        for (const QString &part : parser.value(rowsOption).split(u',', Qt::SkipEmptyParts)) {
            const auto n = positive(part, 100'000'000);
            if (!n)
                return fail(QStringLiteral("--rows takes positive row counts, e.g. 10000,100000; not '%1'").arg(part));
            options.rows.append(*n);
        }
        if (options.rows.isEmpty())
            return fail(QStringLiteral("--rows needs at least one row count"));
    }
    struct Count
    {
        const QCommandLineOption &option;
        qint64 max;
        std::function<void(qint64)> store;
    };
    const QList<Count> counts {
            {secretsOption, 10'000'000, [&](qint64 n) { options.secrets = n; }},
            {getsOption, 100'000'000, [&](qint64 n) { options.gets = int(n); }},
            {repeatOption, 100'000, [&](qint64 n) { options.repeat = int(n); }},
            {signsOption, 1'000'000, [&](qint64 n) { options.signs = int(n); }},
            {setRepeatOption, 1'000, [&](qint64 n) { options.setRepeat = int(n); }},
            {cacheOption, 4'000'000, [&](qint64 n) { options.cacheKib = int(n); }},
            {certificatesOption, 1'000'000, [&](qint64 n) { options.certificates = n; }},
            {certOpsOption, 1'000, [&](qint64 n) { options.certOps = int(n); }},
    };
    for (const Count &count : counts) {
        if (!parser.isSet(count.option))
            continue;
        const auto n = positive(parser.value(count.option), count.max);
        if (!n)
            return fail(QStringLiteral("--%1 takes a positive number up to %2, not '%3'")
                                .arg(count.option.names().first())
                                .arg(count.max)
                                .arg(parser.value(count.option)));
        count.store(*n);
    }
    options.dir = parser.value(dirOption);
    if (!options.dir.isEmpty() && !QDir(options.dir).exists())
        return fail(QStringLiteral("--dir %1 does not exist; create it first").arg(options.dir));
    options.keep = parser.isSet(keepOption);
    options.json = parser.isSet(jsonOption);
    options.breakdown = parser.isSet(breakdownOption);
    options.measureListRss = parser.value(rssOption);
    return options;
}

} // namespace coffer::bench
