#pragma once

namespace coffer::cli {

class CommandRegistry;

// `vault create|show|update|change-passphrase|check`.
void registerVaultCommands(CommandRegistry &registry);

} // namespace coffer::cli
