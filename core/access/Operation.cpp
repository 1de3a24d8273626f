#include "core/access/Operation.h"

#include <algorithm>
#include <tuple>

namespace coffer::access {

namespace {

const QString kKv = QStringLiteral("Microsoft.KeyVault/vaults/");

QString kv(const char *rest)
{
    return kKv + QLatin1StringView(rest);
}

struct Builder
{
    QList<OperationInfo> list;

    OperationInfo &add(Operation op, const char *name, OperationFamily family, TargetLevel level)
    {
        OperationInfo info;
        info.operation = op;
        info.name = QLatin1StringView(name);
        info.auditName = info.name;
        info.family = family;
        info.level = level;
        list.append(info);
        return list.last();
    }
    // A data-plane operation: RBAC data action(s) and access-policy permission(s).
    OperationInfo &data(Operation op, const char *name, OperationFamily family, TargetLevel level, QStringList rbac,
                        QStringList policy, bool writes)
    {
        OperationInfo &info = add(op, name, family, level);
        info.dataPlane = true;
        info.rbac = std::move(rbac);
        info.policy = std::move(policy);
        info.writes = writes;
        return info;
    }
    // A control-plane operation checked against role Actions at the vault.
    OperationInfo &control(Operation op, const char *name, OperationFamily family, QStringList actions, bool writes)
    {
        OperationInfo &info = add(op, name, family, TargetLevel::Vault);
        info.rbac = std::move(actions);
        info.writes = writes;
        return info;
    }
    OperationInfo &everyone(Operation op, const char *name, OperationFamily family)
    {
        OperationInfo &info = add(op, name, family, TargetLevel::Vault);
        info.everyone = true;
        return info;
    }
};

QList<OperationInfo> buildTable()
{
    using O = Operation;
    using F = OperationFamily;
    using L = TargetLevel;
    const QString vaultWrite = QStringLiteral("Microsoft.KeyVault/vaults/write");
    const QString principalsWrite = QStringLiteral("Coffer/principals/write");
    const QString assignmentsRead = QStringLiteral("Microsoft.Authorization/roleAssignments/read");
    const QString assignmentsWrite = QStringLiteral("Microsoft.Authorization/roleAssignments/write");
    const QString assignmentsDelete = QStringLiteral("Microsoft.Authorization/roleAssignments/delete");
    const QString policiesWrite = QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies/write");
    Builder b;

    // Vault and keyslots. What Azure shows every member (the vault's properties, its access policies) and what
    // header.json shows anyone (keyslots) is open to every principal.
    b.everyone(O::VaultCreate, "VaultCreate", F::Vault).auditName = QStringLiteral("VaultPut"); // the creator
    b.everyone(O::VaultGet, "VaultGet", F::Vault).note = QStringLiteral(
            "Coffer choice: every principal of the vault sees its properties (retention, purge protection, model)");
    b.control(O::VaultPatch, "VaultPatch", F::Vault, {vaultWrite}, true);
    {
        auto &i = b.control(O::VaultSetPermissionModel, "VaultSetPermissionModel", F::Vault, {vaultWrite}, true);
        i.auditName = QStringLiteral("VaultPatch");
        i.needsUnrestrictedAssignmentWrite = true;
        i.note = QStringLiteral("Azure: switching needs vaults/write and unrestricted roleAssignments/write "
                                "(Owner or User Access Administrator)");
    }
    b.everyone(O::VaultCheckIntegrity, "VaultCheckIntegrity", F::Vault);
    b.everyone(O::KeyslotList, "KeyslotList", F::Vault).note
            = QStringLiteral("keyslots are listed in header.json, readable without unlocking");
    for (auto [op, name] : {std::pair {O::KeyslotAdd, "KeyslotAdd"}, std::pair {O::KeyslotRemove, "KeyslotRemove"},
                            std::pair {O::KeyslotChangePassphrase, "KeyslotChangePassphrase"}}) {
        auto &i = b.control(op, name, F::Vault, {principalsWrite}, true);
        i.selfService = true;
        i.note = QStringLiteral("Coffer: a principal manages its own keyslots; another's are identity "
                                "administration (Owner)");
    }
    b.everyone(O::BackupKeyList, "BackupKeyList", F::Vault);
    // The backup key opens every backup of the family, software keys' private parts included: exporting it needs
    // the right to read secret values and to release keys.
    b.control(O::BackupKeyExport, "BackupKeyExport", F::Vault, {vaultWrite}, false).alsoRequires
            = {O::SecretGet, O::KeyRelease};
    b.control(O::BackupKeyImport, "BackupKeyImport", F::Vault, {vaultWrite}, true);

    // The audit log. Coffer's own actions under the vault: reading matches the "vaults/*/read" every Key Vault
    // officer role, Reader and Data Access Administrator hold (auditors get Key Vault Reader); importing Azure's
    // logs matches Owner's and Key Vault Contributor's wildcards; retention is a vault setting.
    const QString auditRead = QStringLiteral("Microsoft.KeyVault/vaults/auditLogs/read");
    for (auto [op, name] : {std::pair {O::AuditList, "AuditList"}, std::pair {O::AuditExport, "AuditExport"},
                            std::pair {O::AuditVerify, "AuditVerify"}})
        b.control(op, name, F::Vault, {auditRead}, false).note
                = QStringLiteral("Coffer's action; Azure keeps logs outside the vault (storage, Log Analytics)");
    b.control(O::AuditImport, "AuditImport", F::Vault, {QStringLiteral("Microsoft.KeyVault/vaults/auditLogs/write")},
              true);
    // Retention decides how long evidence is kept: Azure's diagnostic-settings action, which Owner holds and Key
    // Vault Contributor does not.
    b.control(O::AuditSetRetention, "AuditSetRetention", F::Vault,
              {QStringLiteral("Microsoft.Insights/diagnosticSettings/write")}, true)
            .auditName
            = QStringLiteral("VaultPatch");

    // The schedule (Coffer's own). Any principal of the vault may ask for the due actions to run (opening the
    // console does): each action is then authorized for the vault's system principal, not the caller, and
    // recorded as such. The schedule and the notices list only the kinds the caller may list (checked per kind).
    b.everyone(O::VaultRunDue, "VaultRunDue", F::Vault).note
            = QStringLiteral("Coffer: each due action is checked for the vault's system principal (vault-system)");
    b.everyone(O::VaultScheduleGet, "VaultScheduleGet", F::Vault).note
            = QStringLiteral("Coffer: filtered per kind by SecretList, KeyList and CertificateList");
    b.everyone(O::NotificationList, "NotificationList", F::Vault).note
            = QStringLiteral("Coffer: filtered per kind by SecretList, KeyList and CertificateList");

    // Directory and access control.
    b.everyone(O::PrincipalList, "PrincipalList", F::Access).note
            = QStringLiteral("as in Entra ID, members of the directory may read it");
    b.everyone(O::PrincipalGet, "PrincipalGet", F::Access);
    b.control(O::PrincipalCreate, "PrincipalCreate", F::Access, {principalsWrite}, true);
    b.control(O::PrincipalDelete, "PrincipalDelete", F::Access, {principalsWrite}, true);
    b.control(O::PrincipalCredentialAdd, "PrincipalCredentialAdd", F::Access, {principalsWrite}, true);
    b.control(O::GroupMemberAdd, "GroupMemberAdd", F::Access, {principalsWrite}, true);
    b.control(O::GroupMemberRemove, "GroupMemberRemove", F::Access, {principalsWrite}, true);
    b.everyone(O::RoleDefinitionList, "RoleDefinitionList", F::Access);
    b.control(O::RoleAssignmentList, "RoleAssignmentList", F::Access, {assignmentsRead}, false).selfService = true;
    b.control(O::RoleAssignmentCreate, "RoleAssignmentCreate", F::Access, {assignmentsWrite}, true);
    b.control(O::RoleAssignmentDelete, "RoleAssignmentDelete", F::Access, {assignmentsDelete}, true);
    b.everyone(O::AccessPolicyList, "AccessPolicyList", F::Access).note
            = QStringLiteral("access policies are part of the vault's properties");
    b.control(O::AccessPolicySet, "AccessPolicySet", F::Access, {policiesWrite}, true).auditName
            = QStringLiteral("VaultPatch");
    b.control(O::AccessPolicyDelete, "AccessPolicyDelete", F::Access, {policiesWrite}, true).auditName
            = QStringLiteral("VaultPatch");
    b.control(O::AccessCheck, "AccessCheck", F::Access, {assignmentsRead}, false).selfService = true;

    // Secrets (research §3.1). List-deleted and get-deleted: Azure documents no RBAC action; Coffer uses the
    // metadata read, as a deleted secret's value is never served.
    const auto s = [](const char *rest) { return kv(rest); };
    const QString readMetadata = s("secrets/readMetadata/action");
    const QString getSecret = s("secrets/getSecret/action");
    const F S = F::Secrets;
    b.data(O::SecretGet, "SecretGet", S, L::Object, {getSecret}, {QStringLiteral("get")}, false).readsValue = true;
    {
        auto &i = b.data(O::SecretGetProperties, "SecretGetProperties", S, L::Object, {readMetadata, getSecret},
                         {QStringLiteral("list"), QStringLiteral("get")}, false);
        i.note = QStringLiteral("Coffer: one secret's metadata without its value (GetSecret returns both in Azure)");
    }
    b.data(O::SecretSet, "SecretSet", S, L::Object, {s("secrets/setSecret/action")}, {QStringLiteral("set")}, true);
    b.data(O::SecretUpdate, "SecretUpdate", S, L::Object, {s("secrets/update/action")}, {QStringLiteral("set")}, true)
            .note
            = QStringLiteral("Azure's REST reference: UpdateSecret requires the secrets/set permission");
    b.data(O::SecretDelete, "SecretDelete", S, L::Object, {s("secrets/delete")}, {QStringLiteral("delete")}, true);
    b.data(O::SecretList, "SecretList", S, L::Kind, {readMetadata}, {QStringLiteral("list")}, false);
    b.data(O::SecretListVersions, "SecretListVersions", S, L::Object, {readMetadata}, {QStringLiteral("list")}, false);
    b.data(O::SecretListDeleted, "SecretListDeleted", S, L::Kind, {readMetadata}, {QStringLiteral("list")}, false).note
            = QStringLiteral("Azure names no RBAC action for deleted secrets; Coffer uses readMetadata");
    b.data(O::SecretGetDeleted, "SecretGetDeleted", S, L::Object, {readMetadata}, {QStringLiteral("get")}, false).note
            = QStringLiteral("Azure names no RBAC action for deleted secrets; Coffer uses readMetadata");
    b.data(O::SecretRecover, "SecretRecover", S, L::Object, {s("secrets/recover/action")}, {QStringLiteral("recover")},
           true);
    b.data(O::SecretPurge, "SecretPurge", S, L::Object, {s("secrets/purge/action")}, {QStringLiteral("purge")}, true);
    b.data(O::SecretBackup, "SecretBackup", S, L::Object, {s("secrets/backup/action")}, {QStringLiteral("backup")},
           false)
            .readsValue
            = true;
    b.data(O::SecretRestore, "SecretRestore", S, L::Kind, {s("secrets/restore/action")}, {QStringLiteral("restore")},
           true);
    // Secret rotation is Coffer's extension (Azure has no secret rotation policy): a rotation writes a version
    // (setSecret), the policy is the secret's metadata (update to write, readMetadata to read).
    const QString setSecret = s("secrets/setSecret/action");
    const QString updateSecret = s("secrets/update/action");
    b.data(O::SecretRotate, "SecretRotate", S, L::Object, {setSecret}, {QStringLiteral("set")}, true).note
            = QStringLiteral("Coffer: a new version whose value the policy's generator makes; writes as SetSecret");
    b.data(O::SecretRotateIfDue, "SecretRotateIfDue", S, L::Object, {setSecret}, {QStringLiteral("set")}, true).note
            = QStringLiteral("Coffer: the scheduled SecretRotate");
    b.data(O::SecretRotationPolicyGet, "SecretRotationPolicyGet", S, L::Object, {readMetadata, getSecret},
           {QStringLiteral("list"), QStringLiteral("get")}, false)
            .note
            = QStringLiteral("Coffer: the policy is metadata (no value), read as GetSecretProperties");
    b.data(O::SecretRotationPolicySet, "SecretRotationPolicySet", S, L::Object, {updateSecret}, {QStringLiteral("set")},
           true)
            .note
            = QStringLiteral("Coffer: the policy is metadata, written as UpdateSecret");
    b.data(O::SecretNearExpiryEventGridNotification, "SecretNearExpiryEventGridNotification", S, L::Object,
           {updateSecret}, {QStringLiteral("set")}, true)
            .note
            = QStringLiteral("A near-expiry notice, once per version; recorded by the vault's system principal");
    b.data(O::SecretExpiredEventGridNotification, "SecretExpiredEventGridNotification", S, L::Object, {updateSecret},
           {QStringLiteral("set")}, true)
            .note
            = QStringLiteral("An expiry notice, once per version; recorded by the vault's system principal");

    // Keys (research §3.2).
    const QString keysRead = kv("keys/read");
    const F K = F::Keys;
    const auto key = [&](Operation op, const char *name, TargetLevel level, const char *action, const char *perm,
                         bool writes) -> OperationInfo & {
        return b.data(op, name, K, level, {kv(action)}, {QLatin1StringView(perm)}, writes);
    };
    b.data(O::KeyGet, "KeyGet", K, L::Object, {keysRead}, {QStringLiteral("get")}, false);
    b.data(O::KeyList, "KeyList", K, L::Kind, {keysRead}, {QStringLiteral("list")}, false);
    b.data(O::KeyListVersions, "KeyListVersions", K, L::Object, {keysRead}, {QStringLiteral("list")}, false);
    key(O::KeyCreate, "KeyCreate", L::Object, "keys/create/action", "create", true);
    key(O::KeyImport, "KeyImport", L::Object, "keys/import/action", "import", true);
    key(O::KeyUpdate, "KeyUpdate", L::Object, "keys/update/action", "update", true);
    key(O::KeyDelete, "KeyDelete", L::Object, "keys/delete", "delete", true);
    key(O::KeyBackup, "KeyBackup", L::Object, "keys/backup/action", "backup", false);
    key(O::KeyRestore, "KeyRestore", L::Kind, "keys/restore/action", "restore", true);
    key(O::KeyEncrypt, "KeyEncrypt", L::Object, "keys/encrypt/action", "encrypt", false).publicKeyOperation = true;
    key(O::KeyDecrypt, "KeyDecrypt", L::Object, "keys/decrypt/action", "decrypt", false);
    key(O::KeySign, "KeySign", L::Object, "keys/sign/action", "sign", false);
    key(O::KeyVerify, "KeyVerify", L::Object, "keys/verify/action", "verify", false).publicKeyOperation = true;
    key(O::KeyWrap, "KeyWrap", L::Object, "keys/wrap/action", "wrapKey", false).publicKeyOperation = true;
    key(O::KeyUnwrap, "KeyUnwrap", L::Object, "keys/unwrap/action", "unwrapKey", false);
    key(O::KeyRelease, "KeyRelease", L::Object, "keys/release/action", "release", false);
    key(O::KeyRotate, "KeyRotate", L::Object, "keys/rotate/action", "rotate", true);
    key(O::KeyRotateIfDue, "KeyRotateIfDue", L::Object, "keys/rotate/action", "rotate", true);
    key(O::KeyRotationPolicyGet, "KeyRotationPolicyGet", L::Object, "keyrotationpolicies/read", "getrotationpolicy",
        false)
            .note
            = QStringLiteral("the ARM permission getrotationpolicy (the REST text still says keys/get)");
    key(O::KeyRotationPolicySet, "KeyRotationPolicySet", L::Object, "keyrotationpolicies/write", "setrotationpolicy",
        true)
            .note
            = QStringLiteral("the ARM permission setrotationpolicy (the REST text still says keys/update)");
    b.data(O::KeyListDeleted, "KeyListDeleted", K, L::Kind, {keysRead}, {QStringLiteral("list")}, false);
    b.data(O::KeyGetDeleted, "KeyGetDeleted", K, L::Object, {keysRead}, {QStringLiteral("get")}, false);
    key(O::KeyRecover, "KeyRecover", L::Object, "keys/recover/action", "recover", true);
    key(O::KeyPurge, "KeyPurge", L::Object, "keys/purge/action", "purge", true);
    key(O::KeyNearExpiryEventGridNotification, "KeyNearExpiryEventGridNotification", L::Object, "keys/update/action",
        "update", true)
            .note
            = QStringLiteral("The Notify lifetime action: once per version; recorded by the vault's system principal");
    key(O::KeyExpiredEventGridNotification, "KeyExpiredEventGridNotification", L::Object, "keys/update/action",
        "update", true)
            .note
            = QStringLiteral("An expiry notice, once per version; recorded by the vault's system principal");

    // Certificates (research §3.3).
    const QString certsRead = kv("certificates/read");
    const F C = F::Certificates;
    const auto cert = [&](Operation op, const char *name, TargetLevel level, const char *action, QStringList perms,
                          bool writes) -> OperationInfo & {
        return b.data(op, name, C, level, {kv(action)}, std::move(perms), writes);
    };
    const auto one = [](const char *p) { return QStringList {QLatin1StringView(p)}; };
    cert(O::CertificateGet, "CertificateGet", L::Object, "certificates/read", one("get"), false);
    cert(O::CertificateList, "CertificateList", L::Kind, "certificates/read", one("list"), false);
    cert(O::CertificateListVersions, "CertificateListVersions", L::Object, "certificates/read", one("list"), false);
    cert(O::CertificateCreate, "CertificateCreate", L::Object, "certificates/create/action", one("create"), true);
    cert(O::CertificateImport, "CertificateImport", L::Object, "certificates/import/action", one("import"), true);
    cert(O::CertificateUpdate, "CertificateUpdate", L::Object, "certificates/update/action", one("update"), true);
    cert(O::CertificateDelete, "CertificateDelete", L::Object, "certificates/delete", one("delete"), true);
    cert(O::CertificateBackup, "CertificateBackup", L::Object, "certificates/backup/action", one("backup"), false);
    cert(O::CertificateRestore, "CertificateRestore", L::Kind, "certificates/restore/action", one("restore"), true);
    cert(O::CertificateListDeleted, "CertificateListDeleted", L::Kind, "certificates/read", one("list"), false);
    cert(O::CertificateGetDeleted, "CertificateGetDeleted", L::Object, "certificates/read", one("get"), false);
    cert(O::CertificateRecover, "CertificateRecover", L::Object, "certificates/recover/action", one("recover"), true);
    cert(O::CertificatePurge, "CertificatePurge", L::Object, "certificates/purge/action", one("purge"), true);
    cert(O::CertificatePolicyGet, "CertificatePolicyGet", L::Object, "certificates/read", one("get"), false);
    cert(O::CertificatePolicyUpdate, "CertificatePolicyUpdate", L::Object, "certificates/update/action", one("update"),
         true);
    cert(O::CertificatePendingGet, "CertificatePendingGet", L::Object, "certificates/read", one("get"), false);
    cert(O::CertificatePendingUpdate, "CertificatePendingUpdate", L::Object, "certificates/update/action",
         one("update"), true);
    cert(O::CertificatePendingDelete, "CertificatePendingDelete", L::Object, "certificates/update/action",
         one("update"), true)
            .note
            = QStringLiteral("Azure's REST reference: DeleteCertificateOperation requires certificates/update");
    cert(O::CertificatePendingMerge, "CertificatePendingMerge", L::Object, "certificates/create/action", one("create"),
         true)
            .note
            = QStringLiteral("Azure's REST reference: MergeCertificate requires certificates/create");
    cert(O::CertificateRenew, "CertificateRenew", L::Object, "certificates/create/action", one("create"), true).note
            = QStringLiteral("A new version from the stored policy, as Azure's create on an existing name");
    cert(O::CertificateNearExpiryEventGridNotification, "CertificateNearExpiryEventGridNotification", L::Object,
         "certificates/update/action", one("update"), true)
            .note
            = QStringLiteral("The EmailContacts lifetime action: one notification per version, for the contacts; "
                             "recorded by whoever runs the due actions, so it needs what a policy change needs");
    cert(O::CertificateExpiredEventGridNotification, "CertificateExpiredEventGridNotification", L::Object,
         "certificates/update/action", one("update"), true)
            .note
            = QStringLiteral("An expiry notice, once per version; recorded by the vault's system principal");
    const QString contacts = kv("certificatecontacts/write");
    for (auto [op, name, writes] : {std::tuple {O::CertificateContactsGet, "CertificateContactsGet", false},
                                    std::tuple {O::CertificateContactsSet, "CertificateContactsSet", true},
                                    std::tuple {O::CertificateContactsDelete, "CertificateContactsDelete", true}})
        b.data(op, name, C, L::Kind, {contacts}, one("managecontacts"), writes).note
                = QStringLiteral("Azure has no read-only permission for certificate contacts in either model");
    const QStringList issuerRead {QStringLiteral("getissuers"), QStringLiteral("manageissuers")};
    cert(O::CertificateIssuersList, "CertificateIssuersList", L::Kind, "certificatecas/read",
         {QStringLiteral("getissuers"), QStringLiteral("listissuers"), QStringLiteral("manageissuers")}, false);
    cert(O::CertificateIssuerGet, "CertificateIssuerGet", L::Kind, "certificatecas/read", issuerRead, false);
    const QStringList issuerWrite {QStringLiteral("setissuers"), QStringLiteral("manageissuers")};
    cert(O::CertificateIssuerSet, "CertificateIssuerSet", L::Kind, "certificatecas/write", issuerWrite, true);
    cert(O::CertificateIssuerUpdate, "CertificateIssuerUpdate", L::Kind, "certificatecas/write", issuerWrite, true);
    cert(O::CertificateIssuerDelete, "CertificateIssuerDelete", L::Kind, "certificatecas/delete",
         {QStringLiteral("deleteissuers"), QStringLiteral("manageissuers")}, true);

    for (OperationInfo &info : b.list)
        info.changesAccess = info.family == F::Access || info.operation == O::VaultSetPermissionModel
                || info.operation == O::SecretPurge || info.operation == O::KeyPurge
                || info.operation == O::CertificatePurge;
    std::sort(b.list.begin(), b.list.end(),
              [](const OperationInfo &a, const OperationInfo &c) { return int(a.operation) < int(c.operation); });
    return b.list;
}

} // namespace

const QList<OperationInfo> &allOperations()
{
    static const QList<OperationInfo> table = buildTable();
    return table;
}

const OperationInfo &operationInfo(Operation operation)
{
    static const OperationInfo unknown;
    const auto &table = allOperations();
    const int index = int(operation);
    if (index >= 0 && index < table.size() && table.at(index).operation == operation)
        return table.at(index);
    return unknown; // an unmapped operation: no grant can match it, so it is always denied
}

std::optional<Operation> operationFromName(QStringView name)
{
    for (const OperationInfo &info : allOperations())
        if (name.compare(info.name, Qt::CaseInsensitive) == 0)
            return info.operation;
    return std::nullopt;
}

QList<Operation> operationsFor(OperationFamily family)
{
    QList<Operation> out;
    for (const OperationInfo &info : allOperations())
        if (info.family == family)
            out.append(info.operation);
    return out;
}

OperationFamily familyOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return OperationFamily::Secrets;
    case ObjectKind::Key: return OperationFamily::Keys;
    case ObjectKind::Certificate: return OperationFamily::Certificates;
    }
    return OperationFamily::Secrets;
}

QString familyName(OperationFamily family)
{
    switch (family) {
    case OperationFamily::Vault: return QStringLiteral("vault");
    case OperationFamily::Access: return QStringLiteral("access");
    case OperationFamily::Secrets: return QStringLiteral("secrets");
    case OperationFamily::Keys: return QStringLiteral("keys");
    case OperationFamily::Certificates: return QStringLiteral("certificates");
    }
    return {};
}

} // namespace coffer::access
