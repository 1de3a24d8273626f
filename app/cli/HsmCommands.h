#pragma once

namespace coffer::cli {

class CommandRegistry;

// `vault hsm bind|status|unbind|login|forget-pin|modules`: the vault's PKCS#11 token.
void registerHsmCommands(CommandRegistry &registry);

} // namespace coffer::cli
