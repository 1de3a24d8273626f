#include "app/cli/Cli.h"

#include "app/cli/AccessCommands.h"
#include "app/cli/ArgParser.h"
#include "app/cli/AuditCommands.h"
#include "app/cli/BackupKeyCommands.h"
#include "app/cli/CertificateCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Console.h"
#include "app/cli/DocCommands.h"
#include "app/cli/HelpPrinter.h"
#include "app/cli/HsmCommands.h"
#include "app/cli/KeyCommands.h"
#include "app/cli/KeyslotCommands.h"
#include "app/cli/OutputFormatter.h"
#include "app/cli/RotationCommands.h"
#include "app/cli/SecretCommands.h"
#include "app/cli/VaultCommands.h"

#include <QLoggingCategory>

namespace coffer::cli {

// Every command group registers itself here; a new group is one header and one line.
CommandRegistry commandRegistry()
{
    CommandRegistry registry;
    registerVaultCommands(registry);
    registerKeyslotCommands(registry);
    registerBackupKeyCommands(registry);
    registerSecretCommands(registry);
    registerSecretLifecycleCommands(registry);
    registerKeyCommands(registry);
    registerKeyLifecycleCommands(registry);
    registerKeyCryptoCommands(registry);
    registerKeyRotationCommands(registry);
    registerSecretRotationCommands(registry);
    registerCertificateCommands(registry);
    registerCertificateLifecycleCommands(registry);
    registerCertificatePendingCommands(registry);
    registerCertificateContactCommands(registry);
    registerRotationCommands(registry);
    registerNotificationCommands(registry);
    registerHsmCommands(registry);
    registerPrincipalCommands(registry);
    registerRoleCommands(registry);
    registerPolicyCommands(registry);
    registerAccessCheckCommands(registry);
    registerAuditCommands(registry);
    registerAuditVerifyCommands(registry);
    registerAuditImportCommands(registry);
    registerDocCommands(registry);
    return registry;
}

namespace {

int report(Console &console, const CliError &error)
{
    console.error(error.message);
    if (!error.hint.isEmpty())
        console.hint(error.hint);
    return int(error.exitCode);
}

} // namespace

int run(const QStringList &arguments, const Clock &clock)
{
    Console console;
    const CommandRegistry registry = commandRegistry();
    auto parsed = parseArguments(arguments, registry);
    if (!parsed)
        return report(console, parsed.error());

    // The engine's informational log lines are for --verbose; warnings always show.
    qSetMessagePattern(QStringLiteral("coffer-cli: %{if-debug}debug%{endif}%{if-info}info%{endif}"
                                      "%{if-warning}warning%{endif}%{if-critical}error%{endif}"
                                      "%{if-fatal}fatal%{endif}: %{message}"));
    QLoggingCategory::setFilterRules(parsed->verbose ? QStringLiteral("coffer.*.info=true")
                                                     : QStringLiteral("coffer.*.info=false\ncoffer.*.debug=false"));

    if (parsed->version) {
        console.outLine(versionText());
        return int(ExitCode::Ok);
    }
    if (parsed->help) {
        console.out((parsed->command ? commandHelp(*parsed->command) : groupHelp(registry, parsed->path)).toUtf8());
        return int(ExitCode::Ok);
    }
    if (!parsed->command) {
        console.errLine(groupHelp(registry, parsed->path));
        return report(console,
                      CliError::usage(parsed->path.isEmpty()
                                              ? QStringLiteral("no command given")
                                              : QStringLiteral("'%1' needs a command").arg(parsed->path.join(u' '))));
    }

    CommandContext context(*parsed, clock, console);
    auto output = parsed->command->run(context);
    if (!output)
        return report(console, output.error());
    console.out(formatOutput(*output, parsed->output));
    return int(ExitCode::Ok);
}

} // namespace coffer::cli
