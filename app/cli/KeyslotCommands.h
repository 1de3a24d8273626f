#pragma once

namespace coffer::cli {

class CommandRegistry;

// `vault keyslot list|add|remove`.
void registerKeyslotCommands(CommandRegistry &registry);

} // namespace coffer::cli
