#pragma once

namespace coffer::cli {

class CommandRegistry;

// `secret set|show|list|list-versions|set-attributes|download` (SecretCommands.cpp) and
// `secret delete|recover|purge|list-deleted|show-deleted|backup|restore` (SecretLifecycleCommands.cpp).
void registerSecretCommands(CommandRegistry &registry);
void registerSecretLifecycleCommands(CommandRegistry &registry);

} // namespace coffer::cli
