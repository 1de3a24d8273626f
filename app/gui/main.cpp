// The console's composition root: the only place that picks concrete implementations (system clock, OS
// keychain, widget prompter) and hands them to the models and windows.

#include "app/SystemClock.h"
#include "core/common/Process.h"
#include "core/common/SecureBytes.h"
#include "core/crypto/SelfTest.h"
#include "core/vault/KeychainStore.h"
#include "models/AppSettings.h"
#include "models/ErrorText.h"
#include "models/Services.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/WidgetPrompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(coffer::app::Main)
};

void installTranslations(QApplication &app, const QString &language)
{
    if (language == u"en")
        return; // the source texts are English
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/coffer_") + language))
        QCoreApplication::installTranslator(translator);
    else
        qWarning("coffer: no translation for language %s", qPrintable(language));
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can hold a secret: no core dumps, and the secure heap for SecureBytes.
    const bool dumpsOff = coffer::process::disableCoreDumps();
    coffer::initSecureHeap();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Coffer"));
    QApplication::setApplicationName(QStringLiteral("Coffer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Coffer"));
    QApplication::setApplicationVersion(QStringLiteral(COFFER_VERSION));
    QApplication::setWindowIcon(coffer::ui::icons::application());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.coffer.Coffer")); // packaging/linux/*.desktop
    QApplication::setQuitOnLastWindowClosed(true);

    coffer::models::AppSettings settings;
    installTranslations(app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Coffer: a desktop key vault and its administration console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption openOption(QStringList {QStringLiteral("open")},
                                        Tr::tr("Lists the vault BUNDLE_DIR, selects it and asks to unlock it."),
                                        QStringLiteral("BUNDLE_DIR"));
    parser.addOption(openOption);
    parser.process(app);

    if (!dumpsOff)
        qWarning("coffer: core dumps could not be disabled");

    // Known-answer tests before any vault can be unlocked; refuse to work when they fail.
    if (auto selfTest = coffer::crypto::runSelfTests(); !selfTest) {
        QMessageBox::critical(nullptr, Tr::tr("Coffer"),
                              coffer::models::ErrorText::forCode(coffer::ErrorCode::SelfTestFailed) + u"\n\n"
                                      + selfTest.error().context());
        return 1;
    }

    coffer::app::SystemClock clock;
    coffer::QtKeychainStore keychain;
    coffer::models::Services services;
    services.clock = &clock;
    services.keychain = &keychain;
    // services.kdf stays unset: Argon2 cost is calibrated on this machine.

    coffer::ui::WidgetPrompter prompter;
    coffer::ui::MainWindow window(services, &settings, &prompter);
    prompter.setParentWidget(&window);
    window.show();

    if (parser.isSet(openOption))
        window.openVault(parser.value(openOption), true);

    return app.exec();
}
