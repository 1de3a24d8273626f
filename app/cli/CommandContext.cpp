#include "app/cli/CommandContext.h"

#include "core/vault/KeychainStore.h"

namespace coffer::cli {

CommandContext::CommandContext(const ParsedArgs &args, const Clock &clock, Console &console)
    : m_args(args)
    , m_clock(clock)
    , m_console(console)
{ }

CommandContext::~CommandContext() = default;

Outcome<int> CommandContext::intValue(const QString &option, int fallback) const
{
    if (!has(option))
        return fallback;
    bool ok = false;
    const int number = value(option).toInt(&ok);
    if (!ok)
        return CliError::usage(QStringLiteral("option --%1 needs a whole number, not '%2'").arg(option, value(option)));
    return number;
}

Outcome<bool> CommandContext::boolValue(const QString &option, bool fallback) const
{
    if (!has(option))
        return fallback;
    const QString text = value(option).toLower();
    if (text == u"true")
        return true;
    if (text == u"false")
        return false;
    return CliError::usage(QStringLiteral("option --%1 needs true or false, not '%2'").arg(option, value(option)));
}

KeychainStore &CommandContext::keychain()
{
    if (!m_keychain)
        m_keychain = std::make_unique<QtKeychainStore>();
    return *m_keychain;
}

} // namespace coffer::cli
