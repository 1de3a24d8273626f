#pragma once

namespace coffer::cli {

class CommandRegistry;

// `principal create|list|show|delete`, `principal credential add`, `group member add|remove`.
void registerPrincipalCommands(CommandRegistry &registry);
// `role definition list`, `role assignment create|list|delete`.
void registerRoleCommands(CommandRegistry &registry);
// `set-policy`, `delete-policy`, `policy list`, `vault permission-model set`.
void registerPolicyCommands(CommandRegistry &registry);
// `access check`, `access who`.
void registerAccessCheckCommands(CommandRegistry &registry);

} // namespace coffer::cli
