// coffer-bench-console (issue 9), run on demand: the console with a big vault, offscreen.
//   coffer-bench-console [--secrets N] (default 100000)
// Makes a vault of N secrets (every 10th tagged env=prod), then measures, each against its limit in the same run:
//   window   unlock → main window shown with the Secrets page listing all N rows, against SecretStore::list alone
//            (the same rows read by core); goal < 1 s after unlock;
//   filter   each keystroke of "secret-09999" typed into the Secrets page's filter field (the table re-filtered),
//            against a bare loop of QString::contains over the N names; goal < 30 ms per keystroke;
//   memory   peak RSS of the whole process (ru_maxrss); goal < 200 MB.
// Settings go to QStandardPaths' test location, never the user's own.

#include "core/common/Clock.h"
#include "core/crypto/SelfTest.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/SecretFilterProxy.h"
#include "models/SecretListModel.h"
#include "models/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/SecretsPage.h"
#include "ui/VaultWorkspace.h"
#include "ui/WidgetPrompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace coffer;

namespace {

class BenchClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC); }
};

void line(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

qint64 peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The console with a big vault, offscreen (issue 9)."));
    parser.addHelpOption();
    const QCommandLineOption secretsOption(QStringLiteral("secrets"), QStringLiteral("secrets in the vault"),
                                           QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(secretsOption);
    parser.process(app);
    const int count = std::max(1, parser.value(secretsOption).toInt());
    if (auto selfTest = crypto::runSelfTests(); !selfTest) {
        line(selfTest.error().toString());
        return 1;
    }
    models::AppSettings().setRunDueActions(false); // nothing runs in the background while measuring

    QTemporaryDir dir;
    const BenchClock clock;
    const SecureString passphrase = SecureString::fromUtf8("console bench passphrase");
    QString path;
    {
        VaultCreateOptions options;
        options.parentFolder = dir.path();
        options.name = QStringLiteral("Big");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, passphrase, clock);
        if (!created) {
            line(created.error().toString());
            return 1;
        }
        QElapsedTimer making;
        making.start();
        constexpr int kBatch = 10000;
        for (int first = 0; first < count; first += kBatch) {
            std::vector<SecretSetRequest> batch;
            for (int i = first; i < std::min(count, first + kBatch); ++i) {
                SecretSetRequest request;
                request.name = QStringLiteral("secret-%1").arg(i, 6, 10, QLatin1Char('0'));
                request.value = SecureBytes(QByteArrayView("bench value"));
                if (i % 10 == 0)
                    request.attributes.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
                batch.push_back(std::move(request));
            }
            if (auto set = created->vault->secrets().setMany(batch); !set) {
                line(set.error().toString());
                return 1;
            }
        }
        path = created->vault->path();
        line(QStringLiteral("made a vault of %1 secrets in %2 s").arg(count).arg(making.elapsed() / 1000.0, 0, 'f', 1));
    }

    // The limit of the window row: core reading the same rows.
    double listMs = 0;
    {
        auto vault = Vault::open(path, Credential::passphrase(passphrase.clone()), clock);
        if (!vault) {
            line(vault.error().toString());
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        auto listed = (*vault)->secrets().list();
        listMs = timer.nsecsElapsed() / 1e6;
        if (!listed || listed->size() != count) {
            line(QStringLiteral("SecretStore::list did not return %1 secrets").arg(count));
            return 1;
        }
    }

    models::Services services;
    services.clock = &clock;
    services.kdf = Argon2Params::fastForTests();
    models::AppSettings settings;
    ui::WidgetPrompter prompter;
    QElapsedTimer timer;
    timer.start();
    auto vault = Vault::open(path, Credential::passphrase(passphrase.clone()), clock);
    if (!vault) {
        line(vault.error().toString());
        return 1;
    }
    const double unlockMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    ui::MainWindow window(services, &settings, &prompter);
    prompter.setParentWidget(&window);
    window.resize(1280, 800);
    window.show();
    window.openVault(path, false);
    window.currentSession()->adopt(std::move(*vault));
    window.workspace()->showPage(QStringLiteral("secrets"));
    ui::SecretsPage *page = window.workspace()->secretsPage();
    while (page->secretModel()->rowCount() < count && timer.elapsed() < 60000)
        QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const double windowMs = timer.nsecsElapsed() / 1e6;

    // Filter as you type.
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    const QString typed = QStringLiteral("secret-09999");
    QList<double> keystrokes;
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        timer.restart();
        filter->setText(typed.left(n));
        QCoreApplication::processEvents();
        keystrokes << timer.nsecsElapsed() / 1e6;
    }
    const double worstKeystroke = *std::max_element(keystrokes.cbegin(), keystrokes.cend());
    QStringList names;
    names.reserve(count);
    for (int i = 0; i < count; ++i)
        names << QStringLiteral("secret-%1").arg(i, 6, 10, QLatin1Char('0'));
    QList<double> bare;
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        timer.restart();
        int hits = 0;
        for (const QString &name : std::as_const(names))
            hits += name.contains(typed.left(n), Qt::CaseInsensitive) ? 1 : 0;
        bare << timer.nsecsElapsed() / 1e6;
        if (hits < 0)
            return 1;
    }
    const qint64 rss = peakRssKiB();

    line(QStringLiteral("coffer-bench-console %1, %2 secrets, offscreen")
                 .arg(QStringLiteral(COFFER_VERSION))
                 .arg(count));
    line(QStringLiteral("%1 %2 %3 %4")
                 .arg(QStringLiteral("measurement"), -34)
                 .arg(QStringLiteral("value"), 12)
                 .arg(QStringLiteral("limit"), 12)
                 .arg(QStringLiteral("goal"), 10));
    const auto row = [](const QString &name, const QString &value, const QString &limit, const QString &goal) {
        line(QStringLiteral("%1 %2 %3 %4").arg(name, -34).arg(value, 12).arg(limit, 12).arg(goal, 10));
    };
    row(QStringLiteral("unlock (fast KDF)"), QStringLiteral("%1 ms").arg(unlockMs, 0, 'f', 1), QString(), QString());
    row(QStringLiteral("unlock → window with all rows"), QStringLiteral("%1 ms").arg(windowMs, 0, 'f', 1),
        QStringLiteral("%1 ms").arg(listMs, 0, 'f', 1), QStringLiteral("< 1000 ms"));
    row(QStringLiteral("  ratio to SecretStore::list"),
        QStringLiteral("%1×").arg(windowMs / std::max(listMs, 0.001), 0, 'f', 2), QString(), QString());
    row(QStringLiteral("filter keystroke, median"), QStringLiteral("%1 ms").arg(median(keystrokes), 0, 'f', 1),
        QStringLiteral("%1 ms").arg(median(bare), 0, 'f', 1), QStringLiteral("< 30 ms"));
    row(QStringLiteral("filter keystroke, worst"), QStringLiteral("%1 ms").arg(worstKeystroke, 0, 'f', 1),
        QStringLiteral("%1 ms").arg(*std::max_element(bare.cbegin(), bare.cend()), 0, 'f', 1),
        QStringLiteral("< 30 ms"));
    row(QStringLiteral("peak RSS"), QStringLiteral("%1 MB").arg(rss / 1024.0, 0, 'f', 1), QString(),
        QStringLiteral("< 200 MB"));
    const qsizetype expected = std::count_if(names.cbegin(), names.cend(), [&typed](const QString &name) {
        return name.contains(typed, Qt::CaseInsensitive);
    });
    line(QStringLiteral("rows shown after typing \"%1\": %2 (expected %3)")
                 .arg(typed)
                 .arg(page->proxy()->rowCount())
                 .arg(expected));
    if (page->secretModel()->rowCount() != count || page->proxy()->rowCount() != expected) {
        line(QStringLiteral("FAILED: the page did not list and filter the vault's secrets"));
        return 1;
    }
    window.currentSession()->lock();
    return 0;
}
