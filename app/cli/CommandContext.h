#pragma once

#include "app/cli/ArgParser.h"
#include "app/cli/CliError.h"
#include "app/cli/Console.h"

#include <QString>

#include <memory>

namespace coffer {
class Clock;
class KeychainStore;
} // namespace coffer

namespace coffer::cli {

// What a command handler gets: its parsed options, the console, the injected clock and the OS keychain.
class CommandContext
{
public:
    CommandContext(const ParsedArgs &args, const Clock &clock, Console &console);
    ~CommandContext();

    const CommandSpec &command() const { return *m_args.command; }
    bool has(const QString &option) const { return m_args.values.contains(option); }
    QString value(const QString &option) const { return m_args.values.value(option); }
    // A whole number; a malformed one is a usage error naming the option.
    Outcome<int> intValue(const QString &option, int fallback) const;
    // "true" or "false".
    Outcome<bool> boolValue(const QString &option, bool fallback) const;

    const Clock &clock() const { return m_clock; }
    Console &console() { return m_console; }
    // The real OS keychain (QtKeychain), made on first use.
    KeychainStore &keychain();

private:
    const ParsedArgs &m_args;
    const Clock &m_clock;
    Console &m_console;
    std::unique_ptr<KeychainStore> m_keychain;
};

} // namespace coffer::cli
