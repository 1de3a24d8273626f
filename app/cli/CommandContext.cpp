#include "app/cli/CommandContext.h"

#include "app/cli/CredentialReader.h"
#include "core/vault/KeychainStore.h"

namespace coffer::cli {

CommandContext::CommandContext(ParsedArgs &args, const Clock &clock, Console &console)
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

SecureBytes CommandContext::takeSecret(const QString &option)
{
    auto it = m_args.values.find(option);
    if (it == m_args.values.end())
        return {};
    QByteArray utf8 = it.value().toUtf8();
    SecureBytes out(utf8);
    wipeMemory(utf8.data(), std::size_t(utf8.size()));
    QString &text = it.value();
    if (!text.isEmpty())
        wipeMemory(text.data(), std::size_t(text.size()) * sizeof(QChar));
    m_args.values.erase(it);
    return out;
}

KeychainStore &CommandContext::keychain()
{
    if (!m_keychain)
        m_keychain = std::make_unique<QtKeychainStore>();
    return *m_keychain;
}

} // namespace coffer::cli
