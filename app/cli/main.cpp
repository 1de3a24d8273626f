#include "app/SystemClock.h"
#include "app/cli/Cli.h"
#include "core/common/Process.h"
#include "core/common/SecureBytes.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Before anything holds a secret: no core dumps, and the secure heap for passphrases and keys.
    const bool dumpsDisabled = coffer::process::disableCoreDumps();
    coffer::initSecureHeap();

    QCoreApplication app(argc, argv); // QtKeychain needs an event loop
    QCoreApplication::setOrganizationName(QStringLiteral("Coffer"));
    QCoreApplication::setApplicationName(QStringLiteral("coffer-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COFFER_VERSION));
    if (!dumpsDisabled)
        qWarning("could not disable core dumps; a crash could write secrets to disk");

    const coffer::app::SystemClock clock;
    return coffer::cli::run(QCoreApplication::arguments().mid(1), clock);
}
