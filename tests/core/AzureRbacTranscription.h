#pragma once

// An independent transcription of Azure Key Vault's RBAC model for TestAuthorizerRoles: the operations' data
// actions, the built-in roles and what each one allows (.dev/research/azure-access-model.md §1, §2, §2.1, §3, §5).
// Nothing here is copied from core/access/Operation.cpp or Roles.cpp. Included by that one test only.

#include "core/access/Authorizer.h"
#include "core/access/Operation.h"
#include "core/access/Roles.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace coffer;
using namespace coffer::access;

namespace {

// ---- Principals of the hand-made state -------------------------------------------------------------------------

const QString kAlice = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kBob = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString kGroup = QStringLiteral("33333333-3333-4333-8333-333333333333");
const QString kGhost = QStringLiteral("99999999-9999-4999-8999-999999999999");
const QString kObjectName = QStringLiteral("db-password");

// ---- Azure's action strings (research §1, exactly as Azure writes them) ----------------------------------------

QString kv(const char *rest)
{
    return QStringLiteral("Microsoft.KeyVault/vaults/") + QLatin1StringView(rest);
}
QString str(const char *text)
{
    return QString::fromLatin1(text);
}

const QString kVaultsWrite = QStringLiteral("Microsoft.KeyVault/vaults/write");
const QString kAuditRead = QStringLiteral("Microsoft.KeyVault/vaults/auditLogs/read");
const QString kAccessPoliciesWrite = QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies/write");
const QString kAssignmentsRead = QStringLiteral("Microsoft.Authorization/roleAssignments/read");
const QString kAssignmentsWrite = QStringLiteral("Microsoft.Authorization/roleAssignments/write");
const QString kAssignmentsDelete = QStringLiteral("Microsoft.Authorization/roleAssignments/delete");
const QString kPrincipalsWrite = QStringLiteral("Coffer/principals/write"); // Coffer's own; only "*" matches

// ---- What each operation needs (independent transcription) -----------------------------------------------------

struct OpSpec
{
    Operation op = Operation::Count;
    QString name;
    OperationFamily family = OperationFamily::Vault;
    TargetLevel level = TargetLevel::Vault;
    bool everyone = false;
    bool selfService = false;
    QStringList rbac; // any of; the first is the one Azure checks (Decision::required)
    bool publicKey = false; // keys/read suffices for asymmetric keys (research §1, §3.2 note 3)
    bool unrestricted = false; // also needs role-assignment write without a condition
};

OpSpec make(Operation op, const char *name, OperationFamily family, TargetLevel level, QStringList rbac)
{
    OpSpec s;
    s.op = op;
    s.name = str(name);
    s.family = family;
    s.level = level;
    s.rbac = std::move(rbac);
    return s;
}
OpSpec everyone(Operation op, const char *name, OperationFamily family)
{
    OpSpec s = make(op, name, family, TargetLevel::Vault, {});
    s.everyone = true;
    return s;
}
OpSpec selfService(OpSpec s)
{
    s.selfService = true;
    return s;
}
OpSpec publicKey(OpSpec s)
{
    s.publicKey = true;
    return s;
}

#define VAULT_OP(NAME, ...) \
    case Operation::NAME: \
        return make(Operation::NAME, #NAME, OperationFamily::Vault, TargetLevel::Vault, {__VA_ARGS__})
#define ACCESS_OP(NAME, ...) \
    case Operation::NAME: \
        return make(Operation::NAME, #NAME, OperationFamily::Access, TargetLevel::Vault, {__VA_ARGS__})
#define EVERYONE_OP(NAME, FAMILY) \
    case Operation::NAME: \
        return everyone(Operation::NAME, #NAME, OperationFamily::FAMILY)
#define SELF_OP(NAME, FAMILY, ...) \
    case Operation::NAME: \
        return selfService(make(Operation::NAME, #NAME, OperationFamily::FAMILY, TargetLevel::Vault, {__VA_ARGS__}))
#define DATA_OP(NAME, FAMILY, LEVEL, ...) \
    case Operation::NAME: \
        return make(Operation::NAME, #NAME, OperationFamily::FAMILY, TargetLevel::LEVEL, {__VA_ARGS__})
#define PUBLIC_KEY_OP(NAME, ...) \
    case Operation::NAME: \
        return publicKey(make(Operation::NAME, #NAME, OperationFamily::Keys, TargetLevel::Object, {__VA_ARGS__}))

// A switch without default: a new Operation that is not transcribed here is a compile error (-Wswitch -Werror).
OpSpec spec(Operation op)
{
    switch (op) {
        // Vault and keyslots (control plane, checked at "/").
        EVERYONE_OP(VaultCreate, Vault); // recorded once, by the vault's creator
        EVERYONE_OP(VaultGet, Vault);
        VAULT_OP(VaultPatch, kVaultsWrite);
    case Operation::VaultSetPermissionModel: {
        OpSpec s = make(op, "VaultSetPermissionModel", OperationFamily::Vault, TargetLevel::Vault, {kVaultsWrite});
        s.unrestricted = true;
        return s;
    }
        EVERYONE_OP(VaultCheckIntegrity, Vault);
        EVERYONE_OP(KeyslotList, Vault);
        SELF_OP(KeyslotAdd, Vault, kPrincipalsWrite);
        SELF_OP(KeyslotRemove, Vault, kPrincipalsWrite);
        SELF_OP(KeyslotChangePassphrase, Vault, kPrincipalsWrite);
        EVERYONE_OP(BackupKeyList, Vault);
        // Coffer: exporting the family backup key also needs SecretGet at the vault (it opens every backup), so no
        // single built-in role allows it; Owner + Key Vault Administrator (the creator) does.
        VAULT_OP(BackupKeyExport, kVaultsWrite);
        VAULT_OP(BackupKeyImport, kVaultsWrite);
        // The audit log: Coffer's own actions under the vault (matched by "vaults/*/read" and "Microsoft.KeyVault/*").
        VAULT_OP(AuditList, kAuditRead);
        VAULT_OP(AuditExport, kAuditRead);
        VAULT_OP(AuditVerify, kAuditRead);
        VAULT_OP(AuditImport, QStringLiteral("Microsoft.KeyVault/vaults/auditLogs/write"));
        // The schedule: anyone may run it or read it (each action is checked for vault-system; reads per kind).
        EVERYONE_OP(VaultRunDue, Vault);
        EVERYONE_OP(VaultScheduleGet, Vault);
        EVERYONE_OP(NotificationList, Vault);
        VAULT_OP(AuditSetRetention, QStringLiteral("Microsoft.Insights/diagnosticSettings/write"));
        // Directory and access control.
        EVERYONE_OP(PrincipalList, Access);
        EVERYONE_OP(PrincipalGet, Access);
        ACCESS_OP(PrincipalCreate, kPrincipalsWrite);
        ACCESS_OP(PrincipalDelete, kPrincipalsWrite);
        ACCESS_OP(PrincipalCredentialAdd, kPrincipalsWrite);
        ACCESS_OP(GroupMemberAdd, kPrincipalsWrite);
        ACCESS_OP(GroupMemberRemove, kPrincipalsWrite);
        EVERYONE_OP(RoleDefinitionList, Access);
        SELF_OP(RoleAssignmentList, Access, kAssignmentsRead);
        ACCESS_OP(RoleAssignmentCreate, kAssignmentsWrite);
        ACCESS_OP(RoleAssignmentDelete, kAssignmentsDelete);
        EVERYONE_OP(AccessPolicyList, Access);
        ACCESS_OP(AccessPolicySet, kAccessPoliciesWrite);
        ACCESS_OP(AccessPolicyDelete, kAccessPoliciesWrite);
        SELF_OP(AccessCheck, Access, kAssignmentsRead);
        // Secrets (research §3.1; list-deleted and get-deleted: Coffer's rule of §3.4, the metadata read).
        DATA_OP(SecretGet, Secrets, Object, kv("secrets/getSecret/action"));
        DATA_OP(SecretGetProperties, Secrets, Object, kv("secrets/readMetadata/action"),
                kv("secrets/getSecret/action"));
        DATA_OP(SecretSet, Secrets, Object, kv("secrets/setSecret/action"));
        DATA_OP(SecretUpdate, Secrets, Object, kv("secrets/update/action"));
        DATA_OP(SecretDelete, Secrets, Object, kv("secrets/delete"));
        DATA_OP(SecretList, Secrets, Kind, kv("secrets/readMetadata/action"));
        DATA_OP(SecretListVersions, Secrets, Object, kv("secrets/readMetadata/action"));
        DATA_OP(SecretListDeleted, Secrets, Kind, kv("secrets/readMetadata/action"));
        DATA_OP(SecretGetDeleted, Secrets, Object, kv("secrets/readMetadata/action"));
        DATA_OP(SecretRecover, Secrets, Object, kv("secrets/recover/action"));
        DATA_OP(SecretPurge, Secrets, Object, kv("secrets/purge/action"));
        DATA_OP(SecretBackup, Secrets, Object, kv("secrets/backup/action"));
        DATA_OP(SecretRestore, Secrets, Kind, kv("secrets/restore/action"));
        // Coffer's secret rotation (Azure has none): a rotation is a SetSecret, the policy is metadata.
        DATA_OP(SecretRotate, Secrets, Object, kv("secrets/setSecret/action"));
        DATA_OP(SecretRotateIfDue, Secrets, Object, kv("secrets/setSecret/action"));
        DATA_OP(SecretRotationPolicyGet, Secrets, Object, kv("secrets/readMetadata/action"),
                kv("secrets/getSecret/action"));
        DATA_OP(SecretRotationPolicySet, Secrets, Object, kv("secrets/update/action"));
        DATA_OP(SecretNearExpiryEventGridNotification, Secrets, Object, kv("secrets/update/action"));
        DATA_OP(SecretExpiredEventGridNotification, Secrets, Object, kv("secrets/update/action"));
        // Keys (research §3.2).
        DATA_OP(KeyGet, Keys, Object, kv("keys/read"));
        DATA_OP(KeyList, Keys, Kind, kv("keys/read"));
        DATA_OP(KeyListVersions, Keys, Object, kv("keys/read"));
        DATA_OP(KeyCreate, Keys, Object, kv("keys/create/action"));
        DATA_OP(KeyImport, Keys, Object, kv("keys/import/action"));
        DATA_OP(KeyUpdate, Keys, Object, kv("keys/update/action"));
        DATA_OP(KeyDelete, Keys, Object, kv("keys/delete"));
        DATA_OP(KeyBackup, Keys, Object, kv("keys/backup/action"));
        DATA_OP(KeyRestore, Keys, Kind, kv("keys/restore/action"));
        PUBLIC_KEY_OP(KeyEncrypt, kv("keys/encrypt/action"));
        DATA_OP(KeyDecrypt, Keys, Object, kv("keys/decrypt/action"));
        DATA_OP(KeySign, Keys, Object, kv("keys/sign/action"));
        PUBLIC_KEY_OP(KeyVerify, kv("keys/verify/action"));
        PUBLIC_KEY_OP(KeyWrap, kv("keys/wrap/action"));
        DATA_OP(KeyUnwrap, Keys, Object, kv("keys/unwrap/action"));
        DATA_OP(KeyRelease, Keys, Object, kv("keys/release/action"));
        DATA_OP(KeyRotate, Keys, Object, kv("keys/rotate/action"));
        // The scheduled rotation of one key is logged KeyRotateIfDue; it is RotateKey (research §3.2 RotateKey row).
        DATA_OP(KeyRotateIfDue, Keys, Object, kv("keys/rotate/action"));
        DATA_OP(KeyRotationPolicyGet, Keys, Object, kv("keyrotationpolicies/read"));
        DATA_OP(KeyRotationPolicySet, Keys, Object, kv("keyrotationpolicies/write"));
        DATA_OP(KeyListDeleted, Keys, Kind, kv("keys/read"));
        DATA_OP(KeyGetDeleted, Keys, Object, kv("keys/read"));
        DATA_OP(KeyRecover, Keys, Object, kv("keys/recover/action"));
        DATA_OP(KeyPurge, Keys, Object, kv("keys/purge/action"));
        DATA_OP(KeyNearExpiryEventGridNotification, Keys, Object, kv("keys/update/action"));
        DATA_OP(KeyExpiredEventGridNotification, Keys, Object, kv("keys/update/action"));
        // Certificates (research §3.3).
        DATA_OP(CertificateGet, Certificates, Object, kv("certificates/read"));
        DATA_OP(CertificateList, Certificates, Kind, kv("certificates/read"));
        DATA_OP(CertificateListVersions, Certificates, Object, kv("certificates/read"));
        DATA_OP(CertificateCreate, Certificates, Object, kv("certificates/create/action"));
        DATA_OP(CertificateImport, Certificates, Object, kv("certificates/import/action"));
        DATA_OP(CertificateUpdate, Certificates, Object, kv("certificates/update/action"));
        DATA_OP(CertificateDelete, Certificates, Object, kv("certificates/delete"));
        DATA_OP(CertificateBackup, Certificates, Object, kv("certificates/backup/action"));
        DATA_OP(CertificateRestore, Certificates, Kind, kv("certificates/restore/action"));
        DATA_OP(CertificateListDeleted, Certificates, Kind, kv("certificates/read"));
        DATA_OP(CertificateGetDeleted, Certificates, Object, kv("certificates/read"));
        DATA_OP(CertificateRecover, Certificates, Object, kv("certificates/recover/action"));
        DATA_OP(CertificatePurge, Certificates, Object, kv("certificates/purge/action"));
        DATA_OP(CertificatePolicyGet, Certificates, Object, kv("certificates/read"));
        DATA_OP(CertificatePolicyUpdate, Certificates, Object, kv("certificates/update/action"));
        DATA_OP(CertificatePendingGet, Certificates, Object, kv("certificates/read"));
        DATA_OP(CertificatePendingUpdate, Certificates, Object, kv("certificates/update/action"));
        DATA_OP(CertificatePendingDelete, Certificates, Object, kv("certificates/update/action"));
        DATA_OP(CertificatePendingMerge, Certificates, Object, kv("certificates/create/action"));
        DATA_OP(CertificateRenew, Certificates, Object, kv("certificates/create/action"));
        DATA_OP(CertificateNearExpiryEventGridNotification, Certificates, Object, kv("certificates/update/action"));
        DATA_OP(CertificateExpiredEventGridNotification, Certificates, Object, kv("certificates/update/action"));
        DATA_OP(CertificateContactsGet, Certificates, Kind, kv("certificatecontacts/write"));
        DATA_OP(CertificateContactsSet, Certificates, Kind, kv("certificatecontacts/write"));
        DATA_OP(CertificateContactsDelete, Certificates, Kind, kv("certificatecontacts/write"));
        DATA_OP(CertificateIssuersList, Certificates, Kind, kv("certificatecas/read"));
        DATA_OP(CertificateIssuerGet, Certificates, Kind, kv("certificatecas/read"));
        DATA_OP(CertificateIssuerSet, Certificates, Kind, kv("certificatecas/write"));
        DATA_OP(CertificateIssuerUpdate, Certificates, Kind, kv("certificatecas/write"));
        DATA_OP(CertificateIssuerDelete, Certificates, Kind, kv("certificatecas/delete"));
    case Operation::Count: break;
    }
    return {};
}

#undef VAULT_OP
#undef ACCESS_OP
#undef EVERYONE_OP
#undef SELF_OP
#undef DATA_OP
#undef PUBLIC_KEY_OP

bool isData(const OpSpec &s)
{
    return s.family == OperationFamily::Secrets || s.family == OperationFamily::Keys
            || s.family == OperationFamily::Certificates;
}

ObjectKind kindOf(const OpSpec &s)
{
    switch (s.family) {
    case OperationFamily::Keys: return ObjectKind::Key;
    case OperationFamily::Certificates: return ObjectKind::Certificate;
    default: return ObjectKind::Secret;
    }
}

QString kindPath(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return QStringLiteral("secrets");
    case ObjectKind::Key: return QStringLiteral("keys");
    case ObjectKind::Certificate: return QStringLiteral("certificates");
    }
    return {};
}

// ---- Per role: the explicit list of operations it allows (research §2, §2.1, §5.1 worked through) --------------

using Ops = QList<Operation>;

// Open to every principal of the vault, whatever its roles.
const Ops kEveryoneOps = {Operation::VaultCreate,  Operation::VaultGet,           Operation::VaultCheckIntegrity,
                          Operation::KeyslotList,  Operation::BackupKeyList,      Operation::PrincipalList,
                          Operation::PrincipalGet, Operation::RoleDefinitionList, Operation::AccessPolicyList,
                          Operation::VaultRunDue,  Operation::VaultScheduleGet,   Operation::NotificationList};

// Every operation of one family, from the transcription above (the enum keeps each family together).
Ops allOf(OperationFamily family)
{
    Ops ops;
    for (int i = 0; i < static_cast<int>(Operation::Count); ++i) {
        if (spec(static_cast<Operation>(i)).family == family)
            ops.append(static_cast<Operation>(i));
    }
    return ops;
}

// secrets/getSecret/action + secrets/readMetadata/action
const Ops kSecretReadOps = {Operation::SecretGet,
                            Operation::SecretGetProperties,
                            Operation::SecretList,
                            Operation::SecretListVersions,
                            Operation::SecretListDeleted,
                            Operation::SecretGetDeleted,
                            Operation::SecretRotationPolicyGet};
// keys/read
const Ops kKeyReadOps = {Operation::KeyGet, Operation::KeyList, Operation::KeyListVersions, Operation::KeyListDeleted,
                         Operation::KeyGetDeleted};
// keys/read on an asymmetric key: the public-key half (research §1 keys/read, encrypt, wrap, verify rows)
const Ops kPublicKeyOps = {Operation::KeyEncrypt, Operation::KeyVerify, Operation::KeyWrap};
// certificates/read
const Ops kCertificateReadOps
        = {Operation::CertificateGet,         Operation::CertificateList,       Operation::CertificateListVersions,
           Operation::CertificateListDeleted, Operation::CertificateGetDeleted, Operation::CertificatePolicyGet,
           Operation::CertificatePendingGet};
// Microsoft.Authorization/*/read (the officer roles' and Contributor's Actions) → roleAssignments/read
const Ops kAssignmentReadOps = {Operation::RoleAssignmentList, Operation::AccessCheck};
// Reading the audit log: every role whose Actions include "Microsoft.KeyVault/vaults/*/read" (or a wider wildcard).
const Ops kAuditReadOps = {Operation::AuditList, Operation::AuditExport, Operation::AuditVerify};

struct RoleExpect
{
    QString id;
    QString name;
    Ops allows; // besides kEveryoneOps
    Ops allowsOnAsymmetricKeys = {}; // in addition, when Resource::asymmetricKey
    // Azure's definition, for the definition test and for deriving `allows` a second way.
    QStringList actions = {};
    QStringList notActions = {};
    QStringList dataActions = {};
    QStringList assignableRoleIds = {};
};

QStringList strs(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << str(s);
    return out;
}
QStringList kvs(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << kv(s);
    return out;
}

const QStringList kStdOfficerActions
        = strs({"Microsoft.Authorization/*/read", "Microsoft.Insights/alertRules/*",
                "Microsoft.Resources/deployments/*", "Microsoft.Resources/subscriptions/resourceGroups/read",
                "Microsoft.Support/*", "Microsoft.KeyVault/checkNameAvailability/read",
                "Microsoft.KeyVault/deletedVaults/read", "Microsoft.KeyVault/locations/*/read",
                "Microsoft.KeyVault/vaults/*/read", "Microsoft.KeyVault/operations/read"});

// Data Access Administrator's condition: the 8 roles it may assign and remove (research §2).
const QStringList kDataAccessAdministratorAssignable = strs(
        {roles::kAdministrator, roles::kCertificatesOfficer, roles::kCryptoOfficer, roles::kCryptoServiceEncryptionUser,
         roles::kCryptoUser, roles::kReader, roles::kSecretsOfficer, roles::kSecretsUser});

const QList<RoleExpect> &roleExpectations()
{
    static const QList<RoleExpect> list = {
            {.id = str(roles::kAdministrator),
             .name = QStringLiteral("Key Vault Administrator"),
             .allows = allOf(OperationFamily::Secrets) + allOf(OperationFamily::Keys)
                     + allOf(OperationFamily::Certificates) + kAssignmentReadOps + kAuditReadOps,
             .actions = kStdOfficerActions,
             .dataActions = kvs({"*"})},
            {.id = str(roles::kReader),
             .name = QStringLiteral("Key Vault Reader"),
             .allows
             = Ops {Operation::SecretGetProperties, Operation::SecretRotationPolicyGet, Operation::SecretList,
                    Operation::SecretListVersions, Operation::SecretListDeleted, Operation::SecretGetDeleted,
                    Operation::KeyRotationPolicyGet, Operation::CertificateIssuersList, Operation::CertificateIssuerGet}
                     + kKeyReadOps + kCertificateReadOps + kAssignmentReadOps + kAuditReadOps,
             .allowsOnAsymmetricKeys = kPublicKeyOps,
             .actions = kStdOfficerActions,
             .dataActions = kvs({"*/read", "secrets/readMetadata/action"})},
            {.id = str(roles::kSecretsOfficer),
             .name = QStringLiteral("Key Vault Secrets Officer"),
             .allows = allOf(OperationFamily::Secrets) + kAssignmentReadOps + kAuditReadOps, // purge included
             .actions = kStdOfficerActions,
             .dataActions = kvs({"secrets/*"})},
            {.id = str(roles::kSecretsUser),
             .name = QStringLiteral("Key Vault Secrets User"),
             .allows = kSecretReadOps,
             .dataActions = kvs({"secrets/getSecret/action", "secrets/readMetadata/action"})},
            {.id = str(roles::kCryptoOfficer),
             .name = QStringLiteral("Key Vault Crypto Officer"),
             .allows = allOf(OperationFamily::Keys) + kAssignmentReadOps + kAuditReadOps, // release, purge included
             .actions = kStdOfficerActions,
             .dataActions = kvs({"keys/*", "keyrotationpolicies/*"})},
            {.id = str(roles::kCryptoUser),
             .name = QStringLiteral("Key Vault Crypto User"),
             .allows = kKeyReadOps
                     + Ops {Operation::KeyUpdate, Operation::KeyBackup, Operation::KeyEncrypt, Operation::KeyDecrypt,
                            Operation::KeySign, Operation::KeyVerify, Operation::KeyWrap, Operation::KeyUnwrap,
                            // keys/update/action also covers the expiry notices (only vault-system records them)
                            Operation::KeyNearExpiryEventGridNotification, Operation::KeyExpiredEventGridNotification},
             .dataActions = kvs({"keys/read", "keys/update/action", "keys/backup/action", "keys/encrypt/action",
                                 "keys/decrypt/action", "keys/wrap/action", "keys/unwrap/action", "keys/sign/action",
                                 "keys/verify/action"})},
            {.id = str(roles::kCryptoServiceEncryptionUser),
             .name = QStringLiteral("Key Vault Crypto Service Encryption User"),
             .allows = kKeyReadOps + Ops {Operation::KeyWrap, Operation::KeyUnwrap},
             .allowsOnAsymmetricKeys = {Operation::KeyEncrypt, Operation::KeyVerify},
             .actions
             = strs({"Microsoft.EventGrid/eventSubscriptions/write", "Microsoft.EventGrid/eventSubscriptions/read",
                     "Microsoft.EventGrid/eventSubscriptions/delete"}),
             .dataActions = kvs({"keys/read", "keys/wrap/action", "keys/unwrap/action"})},
            {.id = str(roles::kCryptoServiceReleaseUser),
             .name = QStringLiteral("Key Vault Crypto Service Release User"),
             .allows = {Operation::KeyRelease},
             .dataActions = kvs({"keys/release/action"})},
            {.id = str(roles::kCertificatesOfficer),
             .name = QStringLiteral("Key Vault Certificates Officer"),
             .allows = allOf(OperationFamily::Certificates) + kAssignmentReadOps + kAuditReadOps, // no getSecret
             .actions = kStdOfficerActions,
             .dataActions = kvs({"certificatecas/*", "certificates/*", "certificatecontacts/write"})},
            {.id = str(roles::kCertificateUser),
             .name = QStringLiteral("Key Vault Certificate User"),
             .allows = kSecretReadOps + kKeyReadOps + kCertificateReadOps, // no certificatecas/read: no issuers
             .allowsOnAsymmetricKeys = kPublicKeyOps,
             .dataActions
             = kvs({"certificates/read", "secrets/getSecret/action", "secrets/readMetadata/action", "keys/read"})},
            {.id = str(roles::kDataAccessAdministrator),
             .name = QStringLiteral("Key Vault Data Access Administrator"),
             .allows = kAssignmentReadOps + kAuditReadOps
                     + Ops {Operation::RoleAssignmentCreate, Operation::RoleAssignmentDelete},
             .actions
             = strs({"Microsoft.Authorization/roleAssignments/write", "Microsoft.Authorization/roleAssignments/delete",
                     "Microsoft.Authorization/*/read", "Microsoft.Resources/deployments/*",
                     "Microsoft.Resources/subscriptions/resourceGroups/read", "Microsoft.Resources/subscriptions/read",
                     "Microsoft.Management/managementGroups/read", "Microsoft.Support/*",
                     "Microsoft.KeyVault/vaults/*/read"}),
             .assignableRoleIds = kDataAccessAdministratorAssignable},
            {.id = str(roles::kContributor),
             .name = QStringLiteral("Key Vault Contributor"),
             .allows = Ops {Operation::VaultPatch, Operation::BackupKeyImport, Operation::AccessPolicySet,
                            Operation::AccessPolicyDelete, Operation::AuditImport}
                     + kAssignmentReadOps + kAuditReadOps,
             .actions = strs({"Microsoft.Authorization/*/read", "Microsoft.Insights/alertRules/*",
                              "Microsoft.KeyVault/*", "Microsoft.Resources/deployments/*",
                              "Microsoft.Resources/subscriptions/resourceGroups/read", "Microsoft.Support/*"}),
             .notActions = strs({"Microsoft.KeyVault/locations/deletedVaults/purge/action",
                                 "Microsoft.KeyVault/hsmPools/*", "Microsoft.KeyVault/managedHsms/*"})},
            // Azure's Owner and User Access Administrator have no DataActions: no data-plane access (§5.4).
            {.id = str(roles::kOwner),
             .name = QStringLiteral("Owner"),
             .allows = {Operation::VaultPatch,
                        Operation::VaultSetPermissionModel,
                        Operation::KeyslotAdd,
                        Operation::KeyslotRemove,
                        Operation::KeyslotChangePassphrase,

                        Operation::BackupKeyImport,
                        Operation::PrincipalCreate,
                        Operation::PrincipalDelete,
                        Operation::PrincipalCredentialAdd,
                        Operation::GroupMemberAdd,
                        Operation::GroupMemberRemove,
                        Operation::RoleAssignmentList,
                        Operation::RoleAssignmentCreate,
                        Operation::RoleAssignmentDelete,
                        Operation::AccessPolicySet,
                        Operation::AccessPolicyDelete,
                        Operation::AccessCheck,
                        Operation::AuditList,
                        Operation::AuditExport,
                        Operation::AuditVerify,
                        Operation::AuditImport,
                        Operation::AuditSetRetention},
             .actions = strs({"*"})},
            {.id = str(roles::kUserAccessAdministrator),
             .name = QStringLiteral("User Access Administrator"),
             .allows = {Operation::RoleAssignmentList, Operation::RoleAssignmentCreate, Operation::RoleAssignmentDelete,
                        Operation::AccessCheck, Operation::AuditList, Operation::AuditExport, Operation::AuditVerify},
             .actions = strs({"*/read", "Microsoft.Authorization/*", "Microsoft.Support/*"})},
    };
    return list;
}

const RoleExpect *roleExpect(const QString &id)
{
    for (const RoleExpect &r : roleExpectations()) {
        if (r.id.compare(id, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

bool expectAllowed(const RoleExpect &role, Operation op, bool asymmetric)
{
    return kEveryoneOps.contains(op) || role.allows.contains(op)
            || (asymmetric && role.allowsOnAsymmetricKeys.contains(op));
}

// ---- The matrix: role × operation × where the role is assigned ---------------------------------------------------

enum class Where { Vault, Kind, Object, OtherObject, OtherKindObject };
const QList<Where> kAllWhere = {Where::Vault, Where::Kind, Where::Object, Where::OtherObject, Where::OtherKindObject};

ObjectKind otherKind(ObjectKind kind)
{
    return kind == ObjectKind::Certificate ? ObjectKind::Secret : ObjectKind::Certificate;
}

Scope assignmentScope(Where where, ObjectKind kind)
{
    switch (where) {
    case Where::Vault: return Scope::vault();
    case Where::Kind: return Scope::kind(kind);
    case Where::Object: return Scope::object(kind, kObjectName);
    case Where::OtherObject: return Scope::object(kind, QStringLiteral("other"));
    case Where::OtherKindObject: return Scope::object(otherKind(kind), kObjectName);
    }
    return {};
}

QString assignmentScopeText(Where where, ObjectKind kind)
{
    switch (where) {
    case Where::Vault: return QStringLiteral("/");
    case Where::Kind: return QLatin1Char('/') + kindPath(kind);
    case Where::Object: return QLatin1Char('/') + kindPath(kind) + QLatin1Char('/') + kObjectName;
    case Where::OtherObject: return QLatin1Char('/') + kindPath(kind) + QStringLiteral("/other");
    case Where::OtherKindObject: return QLatin1Char('/') + kindPath(otherKind(kind)) + QLatin1Char('/') + kObjectName;
    }
    return {};
}

// Does an assignment at `where` apply to the resource the operation is checked at?
bool scopeReaches(Where where, TargetLevel level)
{
    switch (where) {
    case Where::Vault: return true;
    case Where::Kind: return level != TargetLevel::Vault;
    case Where::Object: return level == TargetLevel::Object;
    case Where::OtherObject:
    case Where::OtherKindObject: return false;
    }
    return false;
}

Resource resourceFor(const OpSpec &s, bool asymmetric)
{
    switch (s.level) {
    case TargetLevel::Vault: {
        Resource r = Resource::vault();
        // Someone else's keyslots and access: self-service must not apply in the matrix.
        if (s.family == OperationFamily::Access || s.op == Operation::KeyslotAdd || s.op == Operation::KeyslotRemove
            || s.op == Operation::KeyslotChangePassphrase || s.op == Operation::KeyslotList)
            r.targetPrincipalId = kBob;
        if (s.op == Operation::RoleAssignmentCreate || s.op == Operation::RoleAssignmentDelete)
            r.roleId = str(roles::kSecretsUser); // one Data Access Administrator may assign
        return r;
    }
    case TargetLevel::Kind: return Resource::kind(kindOf(s));
    case TargetLevel::Object: {
        Resource r = Resource::object(kindOf(s), kObjectName);
        r.asymmetricKey = asymmetric;
        return r;
    }
    }
    return {};
}

QString resourceText(const OpSpec &s)
{
    switch (s.level) {
    case TargetLevel::Vault: return QStringLiteral("/");
    case TargetLevel::Kind: return QLatin1Char('/') + kindPath(kindOf(s));
    case TargetLevel::Object: return QLatin1Char('/') + kindPath(kindOf(s)) + QLatin1Char('/') + kObjectName;
    }
    return {};
}

struct MatrixCase
{
    OpSpec spec;
    Where where = Where::Vault;
    bool asymmetric = false;
};

QList<MatrixCase> matrixCases()
{
    QList<MatrixCase> cases;
    for (const OperationInfo &info : allOperations()) {
        const OpSpec s = spec(info.operation);
        for (Where where : kAllWhere) {
            cases.append({s, where, false});
            if (s.family == OperationFamily::Keys && s.level == TargetLevel::Object)
                cases.append({s, where, true});
        }
    }
    return cases;
}

Principal user(const QString &id, const QString &name, const QStringList &groups = {})
{
    Principal p;
    p.id = id;
    p.name = name;
    p.type = PrincipalType::User;
    p.groupIds = groups;
    return p;
}

Principal group(const QString &id, const QString &name, const QStringList &members)
{
    Principal p;
    p.id = id;
    p.name = name;
    p.type = PrincipalType::Group;
    p.memberIds = members;
    return p;
}

RoleAssignment assignment(const QString &id, const QString &roleId, const QString &principalId, const Scope &scope)
{
    RoleAssignment a;
    a.id = id;
    a.roleId = roleId;
    a.principalId = principalId;
    a.scope = scope;
    return a;
}

// alice and bob, users; no group membership unless a test adds it.
AccessState baseState()
{
    AccessState state;
    state.model = PermissionModel::Rbac;
    state.principals = {user(kAlice, QStringLiteral("alice")), user(kBob, QStringLiteral("bob"))};
    return state;
}

QString yesNo(bool allowed)
{
    return allowed ? QStringLiteral("ALLOWED") : QStringLiteral("DENIED");
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QStringLiteral(", "));
}

} // namespace
