#include "models/AccessNames.h"

#include "core/access/AccessPolicy.h"

namespace coffer::models {

QString AccessNames::principalType(access::PrincipalType type)
{
    switch (type) {
    case access::PrincipalType::User: return tr("User");
    case access::PrincipalType::App: return tr("Application");
    case access::PrincipalType::Group: return tr("Group");
    }
    return {};
}

QString AccessNames::principalTypeLower(access::PrincipalType type)
{
    switch (type) {
    case access::PrincipalType::User: return tr("user");
    case access::PrincipalType::App: return tr("application");
    case access::PrincipalType::Group: return tr("group");
    }
    return {};
}

QString AccessNames::operationTitle(access::Operation operation)
{
    using O = access::Operation;
    switch (operation) {
    case O::VaultCreate: return tr("Create the vault");
    case O::VaultGet: return tr("Read the vault's properties");
    case O::VaultPatch: return tr("Change the vault's settings");
    case O::VaultSetPermissionModel: return tr("Switch the permission model");
    case O::VaultCheckIntegrity: return tr("Check the vault's integrity");
    case O::KeyslotList: return tr("List keyslots");
    case O::KeyslotAdd: return tr("Add a keyslot");
    case O::KeyslotRemove: return tr("Remove a keyslot");
    case O::KeyslotChangePassphrase: return tr("Change a passphrase");
    case O::BackupKeyList: return tr("List backup keys");
    case O::BackupKeyExport: return tr("Export a backup key");
    case O::BackupKeyImport: return tr("Import a backup key");
    case O::AuditList: return tr("Read the audit log");
    case O::AuditExport: return tr("Export the audit log");
    case O::AuditVerify: return tr("Verify the audit log");
    case O::AuditImport: return tr("Import Azure audit logs");
    case O::AuditSetRetention: return tr("Change the audit log retention");
    case O::VaultRunDue: return tr("Run the due rotations, renewals and notices");
    case O::VaultScheduleGet: return tr("Read the rotation and expiry schedule");
    case O::NotificationList: return tr("List the notices");
    case O::PrincipalList: return tr("List principals");
    case O::PrincipalGet: return tr("Read a principal");
    case O::PrincipalCreate: return tr("Create a principal");
    case O::PrincipalDelete: return tr("Delete a principal");
    case O::PrincipalCredentialAdd: return tr("Add a credential to an application");
    case O::GroupMemberAdd: return tr("Add a group member");
    case O::GroupMemberRemove: return tr("Remove a group member");
    case O::RoleDefinitionList: return tr("List role definitions");
    case O::RoleAssignmentList: return tr("List role assignments");
    case O::RoleAssignmentCreate: return tr("Assign a role");
    case O::RoleAssignmentDelete: return tr("Remove a role assignment");
    case O::AccessPolicyList: return tr("List access policies");
    case O::AccessPolicySet: return tr("Set an access policy");
    case O::AccessPolicyDelete: return tr("Delete an access policy");
    case O::AccessCheck: return tr("Check effective access");
    case O::SecretGet: return tr("Read a secret's value");
    case O::SecretGetProperties: return tr("Read a secret's properties");
    case O::SecretSet: return tr("Set a secret (new secret or new version)");
    case O::SecretUpdate: return tr("Update a secret's attributes");
    case O::SecretDelete: return tr("Delete a secret");
    case O::SecretList: return tr("List secrets");
    case O::SecretListVersions: return tr("List a secret's versions");
    case O::SecretListDeleted: return tr("List deleted secrets");
    case O::SecretGetDeleted: return tr("Read a deleted secret");
    case O::SecretRecover: return tr("Recover a deleted secret");
    case O::SecretPurge: return tr("Purge a deleted secret");
    case O::SecretBackup: return tr("Back up a secret");
    case O::SecretRestore: return tr("Restore a secret from a backup");
    case O::SecretRotate: return tr("Rotate a secret");
    case O::SecretRotateIfDue: return tr("Rotate a secret when due");
    case O::SecretRotationPolicyGet: return tr("Read a secret's rotation policy");
    case O::SecretRotationPolicySet: return tr("Set a secret's rotation policy");
    case O::SecretNearExpiryEventGridNotification: return tr("Notify that a secret nears expiry");
    case O::SecretExpiredEventGridNotification: return tr("Notify that a secret expired");
    case O::KeyGet: return tr("Read a key (public part)");
    case O::KeyList: return tr("List keys");
    case O::KeyListVersions: return tr("List a key's versions");
    case O::KeyCreate: return tr("Create a key");
    case O::KeyImport: return tr("Import a key");
    case O::KeyUpdate: return tr("Update a key's attributes");
    case O::KeyDelete: return tr("Delete a key");
    case O::KeyBackup: return tr("Back up a key");
    case O::KeyRestore: return tr("Restore a key from a backup");
    case O::KeyEncrypt: return tr("Encrypt with a key");
    case O::KeyDecrypt: return tr("Decrypt with a key");
    case O::KeySign: return tr("Sign with a key");
    case O::KeyVerify: return tr("Verify a signature");
    case O::KeyWrap: return tr("Wrap a key");
    case O::KeyUnwrap: return tr("Unwrap a key");
    case O::KeyRelease: return tr("Release a key");
    case O::KeyRotate: return tr("Rotate a key");
    case O::KeyRotateIfDue: return tr("Rotate a key when due");
    case O::KeyRotationPolicyGet: return tr("Read a key's rotation policy");
    case O::KeyRotationPolicySet: return tr("Set a key's rotation policy");
    case O::KeyNearExpiryEventGridNotification: return tr("Notify that a key nears expiry");
    case O::KeyExpiredEventGridNotification: return tr("Notify that a key expired");
    case O::KeyListDeleted: return tr("List deleted keys");
    case O::KeyGetDeleted: return tr("Read a deleted key");
    case O::KeyRecover: return tr("Recover a deleted key");
    case O::KeyPurge: return tr("Purge a deleted key");
    case O::CertificateGet: return tr("Read a certificate");
    case O::CertificateList: return tr("List certificates");
    case O::CertificateListVersions: return tr("List a certificate's versions");
    case O::CertificateCreate: return tr("Create a certificate");
    case O::CertificateImport: return tr("Import a certificate");
    case O::CertificateUpdate: return tr("Update a certificate's attributes");
    case O::CertificateDelete: return tr("Delete a certificate");
    case O::CertificateBackup: return tr("Back up a certificate");
    case O::CertificateRestore: return tr("Restore a certificate from a backup");
    case O::CertificateListDeleted: return tr("List deleted certificates");
    case O::CertificateGetDeleted: return tr("Read a deleted certificate");
    case O::CertificateRecover: return tr("Recover a deleted certificate");
    case O::CertificatePurge: return tr("Purge a deleted certificate");
    case O::CertificatePolicyGet: return tr("Read a certificate's policy");
    case O::CertificatePolicyUpdate: return tr("Update a certificate's policy");
    case O::CertificatePendingGet: return tr("Read a pending certificate request");
    case O::CertificatePendingUpdate: return tr("Update a pending certificate request");
    case O::CertificatePendingDelete: return tr("Delete a pending certificate request");
    case O::CertificatePendingMerge: return tr("Merge a signed certificate");
    case O::CertificateRenew: return tr("Renew a certificate");
    case O::CertificateNearExpiryEventGridNotification: return tr("Notify that a certificate nears expiry");
    case O::CertificateExpiredEventGridNotification: return tr("Notify that a certificate expired");
    case O::CertificateContactsGet: return tr("Read certificate contacts");
    case O::CertificateContactsSet: return tr("Set certificate contacts");
    case O::CertificateContactsDelete: return tr("Delete certificate contacts");
    case O::CertificateIssuersList: return tr("List certificate issuers");
    case O::CertificateIssuerGet: return tr("Read a certificate issuer");
    case O::CertificateIssuerSet: return tr("Set a certificate issuer");
    case O::CertificateIssuerUpdate: return tr("Update a certificate issuer");
    case O::CertificateIssuerDelete: return tr("Delete a certificate issuer");
    case O::Count: break;
    }
    return access::operationInfo(operation).name;
}

QString AccessNames::familyTitle(access::OperationFamily family)
{
    switch (family) {
    case access::OperationFamily::Vault: return tr("Vault");
    case access::OperationFamily::Access: return tr("Access control");
    case access::OperationFamily::Secrets: return tr("Secrets");
    case access::OperationFamily::Keys: return tr("Keys");
    case access::OperationFamily::Certificates: return tr("Certificates");
    }
    return {};
}

QString AccessNames::familyInProse(access::OperationFamily family)
{
    switch (family) {
    case access::OperationFamily::Vault: return tr("the vault");
    case access::OperationFamily::Access: return tr("access control");
    case access::OperationFamily::Secrets: return tr("secrets");
    case access::OperationFamily::Keys: return tr("keys");
    case access::OperationFamily::Certificates: return tr("certificates");
    }
    return {};
}

QString AccessNames::scopeText(const access::Scope &scope)
{
    switch (scope.level()) {
    case access::Scope::Level::Vault: return tr("The whole vault");
    case access::Scope::Level::Kind:
        switch (scope.objectKind()) {
        case ObjectKind::Secret: return tr("All secrets");
        case ObjectKind::Key: return tr("All keys");
        case ObjectKind::Certificate: return tr("All certificates");
        }
        break;
    case access::Scope::Level::Object:
        switch (scope.objectKind()) {
        case ObjectKind::Secret: return tr("Secret %1").arg(scope.name());
        case ObjectKind::Key: return tr("Key %1").arg(scope.name());
        case ObjectKind::Certificate: return tr("Certificate %1").arg(scope.name());
        }
        break;
    }
    return scope.toString();
}

QString AccessNames::scopeText(const QString &scope)
{
    auto parsed = access::Scope::parse(scope);
    return parsed ? scopeText(*parsed) : scope;
}

QString AccessNames::roleDescription(const access::RoleDefinition &role)
{
    // Azure's descriptions, by role id (Azure translates them in its portal too). Unknown roles keep their own.
    namespace r = access::roles;
    const QString &id = role.id;
    if (id == QLatin1StringView(r::kAdministrator))
        return tr("Perform all data plane operations on a key vault and all objects in it, including certificates, "
                  "keys, and secrets. Cannot manage key vault resources or manage role assignments.");
    if (id == QLatin1StringView(r::kReader))
        return tr("Read metadata of key vaults and its certificates, keys, and secrets. Cannot read sensitive values "
                  "such as secret contents or key material.");
    if (id == QLatin1StringView(r::kSecretsOfficer))
        return tr("Perform any action on the secrets of a key vault, except manage permissions.");
    if (id == QLatin1StringView(r::kSecretsUser))
        return tr("Read secret contents including secret portion of a certificate with private key.");
    if (id == QLatin1StringView(r::kCryptoOfficer))
        return tr("Perform any action on the keys of a key vault, except manage permissions.");
    if (id == QLatin1StringView(r::kCryptoUser))
        return tr("Perform cryptographic operations using keys.");
    if (id == QLatin1StringView(r::kCryptoServiceEncryptionUser))
        return tr("Read metadata of keys and perform wrap/unwrap operations.");
    if (id == QLatin1StringView(r::kCryptoServiceReleaseUser))
        return tr("Release keys.");
    if (id == QLatin1StringView(r::kCertificatesOfficer))
        return tr("Perform any action on the certificates of a key vault, excluding reading the secret and key "
                  "portions, and managing permissions.");
    if (id == QLatin1StringView(r::kCertificateUser))
        return tr("Read entire certificate contents including secret and key portion.");
    if (id == QLatin1StringView(r::kDataAccessAdministrator))
        return tr("Manage access to Azure Key Vault by adding or removing role assignments for the Key Vault "
                  "Administrator, Key Vault Certificates Officer, Key Vault Crypto Officer, Key Vault Crypto Service "
                  "Encryption User, Key Vault Crypto User, Key Vault Reader, Key Vault Secrets Officer, or Key Vault "
                  "Secrets User roles.");
    if (id == QLatin1StringView(r::kContributor))
        return tr("Manage key vaults, but does not allow you to assign roles in Azure RBAC, and does not allow you "
                  "to access secrets, keys, or certificates.");
    if (id == QLatin1StringView(r::kOwner))
        return tr("Grants full access to manage all resources, including the ability to assign roles in Azure "
                  "RBAC. In Coffer also the only role that manages principals and others' keyslots.");
    if (id == QLatin1StringView(r::kUserAccessAdministrator))
        return tr("Lets you manage user access to Azure resources.");
    return role.description;
}

QString AccessNames::roleAlternatives(const QStringList &roleNames)
{
    static const QString prefix = QStringLiteral("Key Vault ");
    QStringList shown;
    bool prefixWritten = false;
    for (const QString &name : roleNames) {
        if (name.startsWith(prefix) && prefixWritten) {
            shown << name.mid(prefix.size());
            continue;
        }
        prefixWritten = prefixWritten || name.startsWith(prefix);
        shown << name;
    }
    if (shown.size() <= 1)
        return shown.value(0);
    const QString last = shown.takeLast();
    return tr("%1 or %2").arg(shown.join(QStringLiteral(", ")), last);
}

namespace {
const char *const kGroupTitles[] = {
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Key Management Operations"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Cryptographic Operations"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Privileged Key Operations"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Rotation Policy Operations"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Secret Management Operations"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Privileged Secret Operations"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Certificate Management Operations"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Privileged Certificate Operations"),
};
const char *const kTemplateNames[] = {
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Key, Secret, & Certificate Management"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Key & Secret Management"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Secret & Certificate Management"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Key Management"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Secret Management"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Certificate Management"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "SQL Server Connector"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Azure Data Lake Storage or Azure Storage"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Azure Backup"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Exchange Online Customer Key"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "SharePoint Online Customer Key"),
        QT_TRANSLATE_NOOP("coffer::models::AccessNames", "Azure Information BYOK"),
};

template<std::size_t N>
QString lookUp(const char *const (&known)[N], const QString &english)
{
    for (const char *text : known)
        if (english == QLatin1StringView(text))
            return AccessNames::tr(text);
    return english;
}

template<std::size_t N>
QStringList all(const char *const (&known)[N])
{
    QStringList out;
    for (const char *text : known)
        out << QLatin1StringView(text);
    return out;
}
} // namespace

QString AccessNames::permissionGroupTitle(const QString &azureTitle)
{
    return lookUp(kGroupTitles, azureTitle);
}

QString AccessNames::templateName(const QString &azureName)
{
    return lookUp(kTemplateNames, azureName);
}

QStringList AccessNames::translatedPermissionGroupTitles()
{
    return all(kGroupTitles);
}

QStringList AccessNames::translatedTemplateNames()
{
    return all(kTemplateNames);
}

QString AccessNames::policyFamilyTitle(access::PolicyFamily family)
{
    switch (family) {
    case access::PolicyFamily::Keys: return tr("Key permissions");
    case access::PolicyFamily::Secrets: return tr("Secret permissions");
    case access::PolicyFamily::Certificates: return tr("Certificate permissions");
    }
    return {};
}

QString AccessNames::joinAnd(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    QStringList head = items;
    const QString last = head.takeLast();
    return tr("%1 and %2").arg(head.join(QStringLiteral(", ")), last);
}

} // namespace coffer::models
