#include "app/cli/DocCommands.h"

#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/DocGenerator.h"

namespace coffer::cli {

namespace {

Outcome<CommandOutput> printManPage(CommandContext &)
{
    CommandOutput output;
    output.text = manPage(commandRegistry());
    return output;
}

Outcome<CommandOutput> printBashCompletion(CommandContext &)
{
    CommandOutput output;
    output.text = bashCompletion(commandRegistry());
    return output;
}

} // namespace

void registerDocCommands(CommandRegistry &registry)
{
    CommandSpec man;
    man.path = {QStringLiteral("manpage")};
    man.summary = QStringLiteral("Print the manual page coffer-cli(1) (roff), made from these commands.");
    man.details = QStringLiteral("The package installs it; to read it from a build: coffer-cli manpage | man -l -");
    man.examples = {QStringLiteral("coffer-cli manpage > coffer-cli.1")};
    man.run = printManPage;
    registry.add(std::move(man));

    registry.addGroup({QStringLiteral("completion")}, QStringLiteral("Shell completion scripts."));
    CommandSpec bash;
    bash.path = {QStringLiteral("completion"), QStringLiteral("bash")};
    bash.summary = QStringLiteral("Print the bash completion script for coffer-cli.");
    bash.details = QStringLiteral(
            "It completes groups and commands, a command's options, the choices of options such as --kind, and "
            "file and folder names where an option takes a FILE or DIR. The package installs it; without the "
            "package: source <(coffer-cli completion bash)");
    bash.examples = {QStringLiteral("source <(coffer-cli completion bash)"),
                     QStringLiteral("coffer-cli completion bash > ~/.local/share/bash-completion/completions/"
                                    "coffer-cli")};
    bash.run = printBashCompletion;
    registry.add(std::move(bash));
}

} // namespace coffer::cli
