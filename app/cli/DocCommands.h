#pragma once

namespace coffer::cli {

class CommandRegistry;

// `coffer-cli manpage` and `coffer-cli completion bash`: documents made from the registry (DocGenerator.h). The
// package build runs both; neither opens a vault.
void registerDocCommands(CommandRegistry &registry);

} // namespace coffer::cli
