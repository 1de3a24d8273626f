#pragma once

namespace coffer::cli {

class CommandRegistry;

// `key create|import|show|list|list-versions|set-attributes|download` (KeyCommands.cpp),
// `key delete|recover|purge|list-deleted|show-deleted|backup|restore` (KeyLifecycleCommands.cpp),
// `key sign|verify|encrypt|decrypt|wrap|unwrap` (KeyCryptoCommands.cpp) and
// `key rotate|rotation-policy show|update|rotate-due` (KeyRotationCommands.cpp).
void registerKeyCommands(CommandRegistry &registry);
void registerKeyLifecycleCommands(CommandRegistry &registry);
void registerKeyCryptoCommands(CommandRegistry &registry);
void registerKeyRotationCommands(CommandRegistry &registry);

} // namespace coffer::cli
