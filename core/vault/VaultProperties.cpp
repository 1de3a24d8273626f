#include "core/vault/VaultProperties.h"

namespace coffer {

QString permissionModelName(PermissionModel model)
{
    return model == PermissionModel::Rbac ? QStringLiteral("rbac") : QStringLiteral("accessPolicy");
}

QString VaultProperties::recoveryLevel() const
{
    const bool customized = retentionDays < kMaxRetentionDays;
    if (purgeProtection)
        return customized ? QStringLiteral("CustomizedRecoverable") : QStringLiteral("Recoverable");
    return customized ? QStringLiteral("CustomizedRecoverable+Purgeable") : QStringLiteral("Recoverable+Purgeable");
}

} // namespace coffer
