#include "core/access/Roles.h"

namespace coffer::access {

bool actionMatches(const QString &pattern, const QString &action)
{
    // Iterative wildcard match with backtracking to the last '*': case-insensitive, '*' spans '/'.
    qsizetype p = 0, a = 0, star = -1, mark = 0;
    while (a < action.size()) {
        if (p < pattern.size() && pattern.at(p) == u'*') {
            star = p++;
            mark = a;
        } else if (p < pattern.size() && pattern.at(p).toLower() == action.at(a).toLower()) {
            ++p;
            ++a;
        } else if (star >= 0) {
            p = star + 1;
            a = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == u'*')
        ++p;
    return p == pattern.size();
}

namespace {
bool anyMatches(const QStringList &patterns, const QString &action)
{
    for (const QString &pattern : patterns)
        if (actionMatches(pattern, action))
            return true;
    return false;
}

QStringList split(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

// The control-plane Actions Azure gives the Key Vault Administrator, Reader and officer roles.
const char kOfficerActions[]
        = "Microsoft.Authorization/*/read Microsoft.Insights/alertRules/* "
          "Microsoft.Resources/deployments/* Microsoft.Resources/subscriptions/resourceGroups/read "
          "Microsoft.Support/* Microsoft.KeyVault/checkNameAvailability/read "
          "Microsoft.KeyVault/deletedVaults/read Microsoft.KeyVault/locations/*/read "
          "Microsoft.KeyVault/vaults/*/read Microsoft.KeyVault/operations/read";

QList<RoleDefinition> build()
{
    const auto role = [](const char *id, const char *name, const char *description, const char *actions,
                         const char *dataActions) {
        RoleDefinition r;
        r.id = QLatin1StringView(id);
        r.name = QLatin1StringView(name);
        r.description = QLatin1StringView(description);
        r.actions = split(actions);
        r.dataActions = split(dataActions);
        return r;
    };
    QList<RoleDefinition> out;
    out.append(role(roles::kAdministrator, "Key Vault Administrator",
                    "Perform all data plane operations on a key vault and all objects in it, including certificates, "
                    "keys, and secrets. Cannot manage key vault resources or manage role assignments.",
                    kOfficerActions, "Microsoft.KeyVault/vaults/*"));
    out.append(role(roles::kReader, "Key Vault Reader",
                    "Read metadata of key vaults and its certificates, keys, and secrets. Cannot read sensitive values "
                    "such as secret contents or key material.",
                    kOfficerActions,
                    "Microsoft.KeyVault/vaults/*/read Microsoft.KeyVault/vaults/secrets/readMetadata/action"));
    out.append(role(roles::kSecretsOfficer, "Key Vault Secrets Officer",
                    "Perform any action on the secrets of a key vault, except manage permissions.", kOfficerActions,
                    "Microsoft.KeyVault/vaults/secrets/*"));
    out.append(role(roles::kSecretsUser, "Key Vault Secrets User",
                    "Read secret contents including secret portion of a certificate with private key.", "",
                    "Microsoft.KeyVault/vaults/secrets/getSecret/action "
                    "Microsoft.KeyVault/vaults/secrets/readMetadata/action"));
    out.append(role(roles::kCryptoOfficer, "Key Vault Crypto Officer",
                    "Perform any action on the keys of a key vault, except manage permissions.", kOfficerActions,
                    "Microsoft.KeyVault/vaults/keys/* Microsoft.KeyVault/vaults/keyrotationpolicies/*"));
    out.append(role(roles::kCryptoUser, "Key Vault Crypto User", "Perform cryptographic operations using keys.", "",
                    "Microsoft.KeyVault/vaults/keys/read Microsoft.KeyVault/vaults/keys/update/action "
                    "Microsoft.KeyVault/vaults/keys/backup/action Microsoft.KeyVault/vaults/keys/encrypt/action "
                    "Microsoft.KeyVault/vaults/keys/decrypt/action Microsoft.KeyVault/vaults/keys/wrap/action "
                    "Microsoft.KeyVault/vaults/keys/unwrap/action Microsoft.KeyVault/vaults/keys/sign/action "
                    "Microsoft.KeyVault/vaults/keys/verify/action"));
    out.append(role(roles::kCryptoServiceEncryptionUser, "Key Vault Crypto Service Encryption User",
                    "Read metadata of keys and perform wrap/unwrap operations.",
                    "Microsoft.EventGrid/eventSubscriptions/write Microsoft.EventGrid/eventSubscriptions/read "
                    "Microsoft.EventGrid/eventSubscriptions/delete",
                    "Microsoft.KeyVault/vaults/keys/read Microsoft.KeyVault/vaults/keys/wrap/action "
                    "Microsoft.KeyVault/vaults/keys/unwrap/action"));
    out.append(role(roles::kCryptoServiceReleaseUser, "Key Vault Crypto Service Release User", "Release keys.", "",
                    "Microsoft.KeyVault/vaults/keys/release/action"));
    out.append(role(roles::kCertificatesOfficer, "Key Vault Certificates Officer",
                    "Perform any action on the certificates of a key vault, excluding reading the secret and key "
                    "portions, and managing permissions.",
                    kOfficerActions,
                    "Microsoft.KeyVault/vaults/certificatecas/* Microsoft.KeyVault/vaults/certificates/* "
                    "Microsoft.KeyVault/vaults/certificatecontacts/write"));
    out.append(role(roles::kCertificateUser, "Key Vault Certificate User",
                    "Read entire certificate contents including secret and key portion.", "",
                    "Microsoft.KeyVault/vaults/certificates/read Microsoft.KeyVault/vaults/secrets/getSecret/action "
                    "Microsoft.KeyVault/vaults/secrets/readMetadata/action Microsoft.KeyVault/vaults/keys/read"));
    RoleDefinition dataAccess = role(
            roles::kDataAccessAdministrator, "Key Vault Data Access Administrator",
            "Manage access to Azure Key Vault by adding or removing role assignments for the Key Vault Administrator, "
            "Key Vault Certificates Officer, Key Vault Crypto Officer, Key Vault Crypto Service Encryption User, Key "
            "Vault Crypto User, Key Vault Reader, Key Vault Secrets Officer, or Key Vault Secrets User roles.",
            "Microsoft.Authorization/roleAssignments/write Microsoft.Authorization/roleAssignments/delete "
            "Microsoft.Authorization/*/read Microsoft.Resources/deployments/* "
            "Microsoft.Resources/subscriptions/resourceGroups/read Microsoft.Resources/subscriptions/read "
            "Microsoft.Management/managementGroups/read Microsoft.Support/* Microsoft.KeyVault/vaults/*/read",
            "");
    dataAccess.assignableRoleIds = split("00482a5a-887f-4fb3-b363-3b7fe8e74483 a4417e6f-fecd-4de8-b567-7b0420556985 "
                                         "14b46e9e-c2b7-41b4-b07b-48a6ebf60603 e147488a-f6f5-4113-8e2d-b22465e65bf6 "
                                         "12338af0-0e69-4776-bea7-57ae8d297424 21090545-7ca7-4776-b22c-e363652d74d2 "
                                         "b86a8fe4-44ce-4948-aee5-eccb2c155cd7 4633458b-17de-408a-b874-0445c86b69e6");
    out.append(dataAccess);
    RoleDefinition contributor = role(roles::kContributor, "Key Vault Contributor",
                                      "Manage key vaults, but does not allow you to assign roles in Azure RBAC, and "
                                      "does not allow you to access secrets, keys, or certificates.",
                                      "Microsoft.Authorization/*/read Microsoft.Insights/alertRules/* "
                                      "Microsoft.KeyVault/* Microsoft.Resources/deployments/* "
                                      "Microsoft.Resources/subscriptions/resourceGroups/read Microsoft.Support/*",
                                      "");
    contributor.notActions = split("Microsoft.KeyVault/locations/deletedVaults/purge/action "
                                   "Microsoft.KeyVault/hsmPools/* Microsoft.KeyVault/managedHsms/*");
    out.append(contributor);
    out.append(role(roles::kOwner, "Owner",
                    "Grants full access to manage all resources, including the ability to assign roles in Azure RBAC. "
                    "In Coffer also the only role that manages principals and others' keyslots.",
                    "*", ""));
    out.append(role(roles::kUserAccessAdministrator, "User Access Administrator",
                    "Lets you manage user access to Azure resources.",
                    "*/read Microsoft.Authorization/* Microsoft.Support/*", ""));
    return out;
}
} // namespace

bool RoleDefinition::grantsAction(const QString &action) const
{
    return anyMatches(actions, action) && !anyMatches(notActions, action);
}

bool RoleDefinition::grantsDataAction(const QString &dataAction) const
{
    return anyMatches(dataActions, dataAction) && !anyMatches(notDataActions, dataAction);
}

namespace roles {
const QList<RoleDefinition> &builtIn()
{
    static const QList<RoleDefinition> all = build();
    return all;
}

const RoleDefinition *find(const QString &idOrName)
{
    const QString wanted = idOrName.trimmed();
    for (const RoleDefinition &role : builtIn()) {
        if (role.id.compare(wanted, Qt::CaseInsensitive) == 0 || role.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &role;
        const QString shortName = role.name.startsWith(u"Key Vault ") ? role.name.mid(10) : QString();
        if (!shortName.isEmpty() && shortName.compare(wanted, Qt::CaseInsensitive) == 0)
            return &role;
    }
    return nullptr;
}
} // namespace roles

} // namespace coffer::access
