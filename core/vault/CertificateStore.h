#pragma once

#include "core/common/Result.h"
#include "core/vault/CertificateTypes.h"

#include <QByteArrayView>
#include <QList>

#include <memory>
#include <variant>

namespace coffer::access {
class Engine;
}

namespace coffer {

class BackupKeys;
class HsmBinding;
class KeyStore;
class SecretStore;
struct VaultProperties;

// Certificates as Azure Key Vault models them: versions of an X.509 certificate (with its chain), a policy, and a
// managed key and secret of the same name and version id (managed = true; key/secret writes on them are refused:
// "Operation "set" is not allowed as this object's lifetime is managed by Key Vault."). The secret's value is
// the PFX (base64 text, blank password; contentType application/x-pkcs12) or PEM text (application/x-pem-file),
// holding the private key only when exportable. Issuers: Self (self-signed) and Unknown (CSR + merge).
// Every call passes the access engine and is recorded with Azure's operation names (CertificateImport,
// CertificateCreate, CertificatePendingMerge, CertificateRenew, ...); never a password or key byte in a record.
class CertificateStore
{
public:
    CertificateStore(access::Engine &engine, const VaultProperties &vault, BackupKeys &backupKeys, KeyStore &keys,
                     SecretStore &secrets, HsmBinding &hsm);
    ~CertificateStore();

    // Parse only (the wizard's preview, `import --dry-run`): authorised as CertificateImport (recorded only when
    // denied), nothing written.
    Result<crypto::ParsedCertificateFile> inspect(QByteArrayView data, const SecureString *password);
    Result<CertificateImportResult> importCertificate(const QString &name, const CertificateImportRequest &request);

    // Self: a new key and certificate now. Unknown: a new key and a CSR; returns the pending operation.
    // A new version when the certificate exists (Azure's create on an existing name). Conflict when a pending
    // operation exists, or an unmanaged key/secret has the name.
    using CreateResult = std::variant<CertificateInfo, CertificateOperationInfo>;
    Result<CreateResult> create(const QString &name, const CertificatePolicy &policy,
                                const NewVersionAttributes &attributes = {});
    // A new version from the stored policy (new key unless reuse_key), recorded as CertificateRenew.
    Result<CreateResult> renew(const QString &name);

    Result<CertificateOperationInfo> pending(const QString &name); // CertificatePendingGet
    // The signed certificate (and chain): PEM blocks or DER. InvalidArgument when no certificate's public key is
    // the pending key's; Conflict when the request was cancelled.
    Result<CertificateInfo> merge(const QString &name, QByteArrayView certificates,
                                  const NewVersionAttributes &attributes = {});
    Result<CertificateOperationInfo> cancelPending(const QString &name); // CertificatePendingUpdate
    Result<CertificateOperationInfo> deletePending(const QString &name); // CertificatePendingDelete (key destroyed)

    Result<CertificateInfo> show(const QString &name, const QString &version = {});
    Result<QList<CertificateInfo>> list(); // current version of each live certificate, with versionCount
    Result<QList<CertificateOperationInfo>> listPending();
    Result<QList<CertificateInfo>> listVersions(const QString &name); // oldest first
    // enabled and tags (dates are the certificate's: InvalidArgument when asked); mirrored to the key and secret.
    Result<CertificateInfo> update(const QString &name, const QString &version, const AttributeUpdate &update);
    Result<CertificatePolicy> policy(const QString &name); // CertificatePolicyGet
    Result<CertificatePolicy> updatePolicy(const QString &name, const CertificatePolicy &policy); // next versions

    // Soft-deletes the certificate with its managed key and secret (those do not appear in the key/secret deleted
    // lists; recover/purge go through the certificate), and its pending operation.
    Result<DeletedInfo> remove(const QString &name);
    Result<QList<DeletedInfo>> listDeleted();
    Result<DeletedInfo> getDeleted(const QString &name);
    Result<CertificateInfo> recover(const QString &name);
    Result<void> purge(const QString &name);

    // Every version with policy, key material and secret sealed under the vault's backup key (HSM keys: the token
    // reference only, restorable into the same vault).
    Result<QByteArray> backup(const QString &name);
    Result<CertificateInfo> restore(QByteArrayView backupFile);

    // `certificate download`: the public certificate (leaf) as PEM or DER. CertificateGet.
    Result<QByteArray> downloadPublic(const QString &name, const QString &version, bool pem);
    // PFX/PEM with the private key (exportable software keys) or without it; SecretGet on /secrets/NAME.
    Result<SecureBytes> exportWithKey(const QString &name, const CertificateExportRequest &request);
    // The CSR of a pending operation (PEM). CertificatePendingGet.
    Result<QByteArray> pendingCsrPem(const QString &name);

    // Contacts (CertificateContactsGet/Set/Delete): who EmailContacts notifications are for.
    Result<QList<CertificateContact>> contacts();
    Result<QList<CertificateContact>> setContacts(const QList<CertificateContact> &contacts);
    Result<void> deleteContacts();

    // Where every live certificate stands now (CertificateList).
    Result<QList<CertificateRenewalStatus>> renewalSchedule();
    // Runs what is due: AutoRenew (Self) -> a new version recorded as CertificateRenew (detail trigger);
    // EmailContacts -> one notification per version (CertificateNearExpiryEventGridNotification). dryRun: nothing
    // changes. Idempotent: a second run finds nothing due.
    Result<QList<CertificateRenewalOutcome>> renewDue(bool dryRun);

    struct Impl; // core-internal (CertificateStorePrivate.h)

private:
    std::unique_ptr<Impl> d;
};

} // namespace coffer
