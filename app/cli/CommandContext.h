#pragma once

#include "app/cli/ArgParser.h"
#include "app/cli/CliError.h"
#include "app/cli/Console.h"
#include "core/common/SecureBytes.h"

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
    CommandContext(ParsedArgs &args, const Clock &clock, Console &console);
    ~CommandContext();

    const CommandSpec &command() const { return *m_args.command; }
    bool has(const QString &option) const { return m_args.values.contains(option); }
    QString value(const QString &option) const { return m_args.values.value(option); }
    // The values of a multi-value option (empty when not given or given without values).
    QStringList values(const QString &option) const { return m_args.lists.value(option); }
    // The value of a sensitive option as bytes in secure memory; the parsed copy is overwritten and removed
    // (best effort: the process's own argument list still holds it, which is why such options warn).
    SecureBytes takeSecret(const QString &option);
    // A whole number; a malformed one is a usage error naming the option.
    Outcome<int> intValue(const QString &option, int fallback) const;
    // "true" or "false".
    Outcome<bool> boolValue(const QString &option, bool fallback) const;

    // -o json|table|tsv, for commands whose result takes another shape as a table (audit stats).
    OutputFormat outputFormat() const { return m_args.output; }

    const Clock &clock() const { return m_clock; }
    Console &console() { return m_console; }
    // The real OS keychain (QtKeychain), made on first use.
    KeychainStore &keychain();

private:
    ParsedArgs &m_args;
    const Clock &m_clock;
    Console &m_console;
    std::unique_ptr<KeychainStore> m_keychain;
};

} // namespace coffer::cli
