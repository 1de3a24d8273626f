#pragma once

namespace coffer::cli {

class CommandRegistry;

// `certificate import|create|get-default-policy|show|list|list-versions|set-attributes|download|export`
// (CertificateCommands.cpp), `certificate delete|recover|purge|list-deleted|show-deleted|backup|restore|renew|
// renew-due` (CertificateLifecycleCommands.cpp), `certificate pending show|merge|cancel|delete`
// (CertificatePendingCommands.cpp) and `certificate contact add|list|delete` (CertificateContactCommands.cpp).
void registerCertificateCommands(CommandRegistry &registry);
void registerCertificateLifecycleCommands(CommandRegistry &registry);
void registerCertificatePendingCommands(CommandRegistry &registry);
void registerCertificateContactCommands(CommandRegistry &registry);

} // namespace coffer::cli
