#include "tests/support/SoftHsm.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace coffer::test {

namespace {

QString confPath()
{
    return qEnvironmentVariable("SOFTHSM2_CONF");
}

} // namespace

QString softHsmSkipReason()
{
    const QString module = qEnvironmentVariable("COFFER_TEST_HSM_MODULE");
    if (module.isEmpty() || confPath().isEmpty())
        return QStringLiteral("no SoftHSM2 token: run this test through CTest (coffer_add_test ... SOFTHSM)");
    if (!QFileInfo::exists(module))
        return QStringLiteral("SoftHSM2 module %1 is not installed (apt install softhsm2)").arg(module);
    if (!QFileInfo::exists(confPath()))
        return QStringLiteral("no SoftHSM2 token folder (%1): softhsm2-util missing or the softhsm.Tokens fixture "
                              "did not run")
                .arg(confPath());
    return QString();
}

std::optional<TestToken> testToken()
{
    if (!softHsmSkipReason().isEmpty())
        return std::nullopt;
    TestToken token;
    token.module = qEnvironmentVariable("COFFER_TEST_HSM_MODULE");
    token.label = qEnvironmentVariable("COFFER_TEST_HSM_LABEL");
    token.pin = SecureString::fromUtf8(qgetenv("COFFER_TEST_HSM_PIN"));
    token.soPin = SecureString::fromUtf8(qgetenv("COFFER_TEST_HSM_SO_PIN"));
    if (token.label.isEmpty() || token.pin.isEmpty())
        return std::nullopt;
    return token;
}

std::optional<TestToken> makeExtraToken(const QString &label)
{
    auto base = testToken();
    const QString util = QStandardPaths::findExecutable(QStringLiteral("softhsm2-util"));
    if (!base || util.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(util,
                  {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), label,
                   QStringLiteral("--pin"), base->pin.toQStringForDisplay(), QStringLiteral("--so-pin"),
                   base->soPin.toQStringForDisplay()});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    base->label = label;
    return base;
}

} // namespace coffer::test
