#pragma once

namespace coffer::cli {

class CommandRegistry;

// `audit list|export|stats`, `audit retention show|set`.
void registerAuditCommands(CommandRegistry &registry);
// `audit verify`, `audit key`.
void registerAuditVerifyCommands(CommandRegistry &registry);
// `audit import`, `audit imported` (Azure Key Vault AuditEvent logs).
void registerAuditImportCommands(CommandRegistry &registry);

} // namespace coffer::cli
