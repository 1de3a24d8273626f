#pragma once

#include <QDateTime>
#include <QString>

namespace coffer {

enum class PermissionModel { Rbac, AccessPolicy };

QString permissionModelName(PermissionModel model); // "rbac", "accessPolicy"

// Retention and purge protection are fixed as Azure Key Vault fixes them: retention only at creation,
// purge protection can be turned on and never off.
struct VaultProperties
{
    static constexpr int kMinRetentionDays = 7;
    static constexpr int kMaxRetentionDays = 90;
    static constexpr int kDefaultRetentionDays = 90;

    QString id;
    QString name;
    QString path;
    QDateTime created;
    int retentionDays = kDefaultRetentionDays;
    bool purgeProtection = false;
    PermissionModel permissionModel = PermissionModel::Rbac;
    QString ownerPrincipalId;
    QString ownerName;
    int fileFormat = 0;
    int schemaVersion = 0;

    // Azure's DeletionRecoveryLevel for objects in this vault.
    QString recoveryLevel() const;
};

} // namespace coffer
