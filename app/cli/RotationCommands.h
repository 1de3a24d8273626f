#pragma once

namespace coffer::cli {

class CommandRegistry;

// Issue 8, the rotation and expiry schedule of every kind:
// `secret rotate|rotation-policy show|update` (SecretRotationCommands.cpp),
// `rotate --due` and `rotation plan` (RotationCommands.cpp),
// `notifications list` (NotificationCommands.cpp).
void registerSecretRotationCommands(CommandRegistry &registry);
void registerRotationCommands(CommandRegistry &registry);
void registerNotificationCommands(CommandRegistry &registry);

} // namespace coffer::cli
