#pragma once

namespace coffer::cli {

class CommandRegistry;

// `vault backup-key export|import|list`: the keys a vault's backup files are sealed with.
void registerBackupKeyCommands(CommandRegistry &registry);

} // namespace coffer::cli
