#pragma once

#include "core/vault/ObjectTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace coffer::access {

// Every operation the engine performs, of every kind. Each one is mapped, in one table (Operation.cpp), to what
// authorises it: an RBAC data action or control-plane action (Azure's exact strings) and, for data operations,
// the access-policy permission Azure's REST reference names. A test fails when an operation lacks a mapping.
enum class Operation : quint16 {
    // Vault and keyslots
    VaultCreate,
    VaultGet,
    VaultPatch,
    VaultSetPermissionModel,
    VaultCheckIntegrity,
    KeyslotList,
    KeyslotAdd,
    KeyslotRemove,
    KeyslotChangePassphrase,
    BackupKeyList,
    BackupKeyExport,
    BackupKeyImport,
    // The audit log
    AuditList,
    AuditExport,
    AuditVerify,
    AuditImport,
    AuditSetRetention,
    // The schedule of rotations, renewals and expiries (Coffer's own)
    VaultRunDue, // one record per run of the due actions (each action has its own record besides)
    VaultScheduleGet, // the schedule of every kind the caller may list
    NotificationList, // the notices of every kind the caller may list
    // Directory and access control
    PrincipalList,
    PrincipalGet,
    PrincipalCreate,
    PrincipalDelete,
    PrincipalCredentialAdd,
    GroupMemberAdd,
    GroupMemberRemove,
    RoleDefinitionList,
    RoleAssignmentList,
    RoleAssignmentCreate,
    RoleAssignmentDelete,
    AccessPolicyList,
    AccessPolicySet,
    AccessPolicyDelete,
    AccessCheck,
    // Secrets
    SecretGet,
    SecretGetProperties,
    SecretSet,
    SecretUpdate,
    SecretDelete,
    SecretList,
    SecretListVersions,
    SecretListDeleted,
    SecretGetDeleted,
    SecretRecover,
    SecretPurge,
    SecretBackup,
    SecretRestore,
    SecretRotate, // Coffer's: a new version with a value from the policy's generator
    SecretRotateIfDue,
    SecretRotationPolicyGet,
    SecretRotationPolicySet,
    SecretNearExpiryEventGridNotification, // Azure's audit names for the expiry events (azure-key-vault.md §1.12)
    SecretExpiredEventGridNotification,
    // Keys
    KeyGet,
    KeyList,
    KeyListVersions,
    KeyCreate,
    KeyImport,
    KeyUpdate,
    KeyDelete,
    KeyBackup,
    KeyRestore,
    KeyEncrypt,
    KeyDecrypt,
    KeySign,
    KeyVerify,
    KeyWrap,
    KeyUnwrap,
    KeyRelease,
    KeyRotate,
    KeyRotateIfDue,
    KeyRotationPolicyGet,
    KeyRotationPolicySet,
    KeyListDeleted,
    KeyGetDeleted,
    KeyRecover,
    KeyPurge,
    KeyNearExpiryEventGridNotification,
    KeyExpiredEventGridNotification,
    // Certificates
    CertificateGet,
    CertificateList,
    CertificateListVersions,
    CertificateCreate,
    CertificateImport,
    CertificateUpdate,
    CertificateDelete,
    CertificateBackup,
    CertificateRestore,
    CertificateListDeleted,
    CertificateGetDeleted,
    CertificateRecover,
    CertificatePurge,
    CertificatePolicyGet,
    CertificatePolicyUpdate,
    CertificatePendingGet,
    CertificatePendingUpdate,
    CertificatePendingDelete,
    CertificatePendingMerge,
    CertificateRenew,
    CertificateNearExpiryEventGridNotification, // Azure's audit name; the EmailContacts lifetime action
    CertificateExpiredEventGridNotification,
    CertificateContactsGet,
    CertificateContactsSet,
    CertificateContactsDelete,
    CertificateIssuersList,
    CertificateIssuerGet,
    CertificateIssuerSet,
    CertificateIssuerUpdate,
    CertificateIssuerDelete,
    Count // keep last
};

// What part of the vault an operation acts on, and so which scope its check is made at.
enum class TargetLevel {
    Vault, // the vault itself ("/")
    Kind, // all objects of one kind ("/secrets"): list, restore, list deleted, contacts, issuers
    Object, // one named object ("/secrets/NAME")
};

// Which resource family an operation belongs to (access-policy permission list; console grouping).
enum class OperationFamily { Vault, Access, Secrets, Keys, Certificates };

struct OperationInfo
{
    Operation operation = Operation::Count;
    QString name; // "SecretPurge" (unique)
    QString auditName; // Azure's AuditEvent operationName ("SecretPurge", "VaultPatch"), or Coffer's for its own
    OperationFamily family = OperationFamily::Vault;
    TargetLevel level = TargetLevel::Vault;
    bool writes = false; // changes the vault (runs in a write transaction)
    bool readsValue = false; // returns secret material (audited as a value read)

    // Who may do it. `everyone`: any principal of the vault (reads Azure shows every member). Otherwise an RBAC
    // grant of one of `rbac` (data actions when `dataPlane`, control-plane actions otherwise) and, for data
    // operations on a vault using access policies, one of `policy` in the family's permission list instead.
    bool everyone = false;
    bool dataPlane = false;
    QStringList rbac; // first is the one Azure checks; later ones are accepted alternatives (see notes)
    QStringList policy; // access-policy permissions (any of), data operations only
    // Allowed without any grant when the target principal is the caller (own keyslots, own access).
    bool selfService = false;
    // Needs role-assignment write without a condition as well (Owner, User Access Administrator).
    bool needsUnrestrictedAssignmentWrite = false;
    // Operations the principal must also be allowed at the vault (taking the family backup key out opens every
    // backup, so it needs the right to read every value besides the vault setting).
    QList<Operation> alsoRequires;
    // Writes the access tables, or ends grants (purges drop object-scoped assignments): the engine reloads them.
    bool changesAccess = false;
    // For asymmetric keys Azure lets holders of keys/read perform the public-key half (encrypt, verify, wrap).
    bool publicKeyOperation = false;
    QString note; // why the mapping is what it is, where Azure leaves it open
};

const OperationInfo &operationInfo(Operation operation);
const QList<OperationInfo> &allOperations(); // in enum order
std::optional<Operation> operationFromName(QStringView name); // case-insensitive
// The operations that act at `level` on objects of `kind` (effective-access tables).
QList<Operation> operationsFor(OperationFamily family);
OperationFamily familyOf(ObjectKind kind);
QString familyName(OperationFamily family); // "vault", "access", "secrets", "keys", "certificates"

} // namespace coffer::access
