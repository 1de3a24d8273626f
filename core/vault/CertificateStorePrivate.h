#pragma once

// CertificateStore's private state, shared by the files that implement it (CertificateStore.cpp,
// CertificateImport.cpp, CertificateCreate.cpp, CertificateLifecycle.cpp, CertificateRenewal.cpp). Core-internal.

#include "core/access/Engine.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/KeyStorePrivate.h"
#include "core/vault/ObjectStore.h"
#include "core/vault/SecretStore.h"

#include <optional>

namespace coffer {

namespace certrows {
access::Resource certificateResource(const QString &name);
inline const access::Resource kAllCertificates = access::Resource::kind(ObjectKind::Certificate);
// The chain column: each DER certificate as a 4-byte big-endian length and its bytes.
QByteArray packChain(const QList<QByteArray> &chainDer);
Result<QList<QByteArray>> unpackChain(const QByteArray &packed);
// Azure's status_details of a request waiting for its certificate.
QString pendingStatusText();
// KeyMaterial holds SecureBytes (move-only): an explicit copy.
KeyMaterial copyMaterial(const KeyMaterial &material);
} // namespace certrows

struct CertificateStore::Impl
{
    Impl(access::Engine &engine, const VaultProperties &vault, BackupKeys &backupKeys, KeyStore &keys,
         SecretStore &secrets, HsmBinding &hsm);

    access::Engine &engine;
    storage::Database &db;
    const VaultProperties &vault;
    ObjectStore objects; // kind Certificate
    ObjectStore secretObjects; // kind Secret (the managed secrets)
    BackupKeys &backupKeys;
    KeyStore &keys;
    KeyStore::Impl &keyImpl;
    SecretStore &secrets;
    HsmBinding &hsm;

    QDateTime now() const;

    // --- names (CertificateStore.cpp)
    // Conflict when an unmanaged key or secret (live or deleted) has the name, or (pendingConflicts) when a
    // request is pending on it.
    Result<void> checkNameFree(const QString &name, bool pendingConflicts);

    // --- versions (CertificateStore.cpp)
    // What one new version of the three objects is made of.
    struct NewCertVersion
    {
        QList<crypto::X509Certificate> chain; // leaf first
        std::optional<KeyMaterial> material; // nullopt: a certificate-only import
        bool exportable = false;
        CertificatePolicy policy;
        NewVersionAttributes attributes; // enabled and tags
    };
    // Adds the certificate, key and secret versions (one version id) inside the caller's run(), and stores the
    // policy. The material's presetVersion is the shared version id (set here when empty).
    Result<CertificateInfo> addVersion(const QString &name, NewCertVersion &version);
    Result<CertificateInfo> certificateRow(qint64 versionRow, const VersionInfo &info);
    Result<CertificateInfo> resolve(const QString &name, const QString &version);
    Result<QList<CertificateInfo>> withRows(const QList<VersionInfo> &versions);
    void noteCertificate(const CertificateInfo &info, const QList<ImportIssue> &warnings = {});

    // --- policy
    Result<std::optional<CertificatePolicy>> storedPolicy(const QString &name);
    Result<void> storePolicy(const QString &name, const CertificatePolicy &policy);
    QString policyId(const QString &name) const;

    // --- keys made before the lock (CertificateCreate.cpp)
    // Signs with the material's key: software (PKCS#8) or the bound token.
    Result<crypto::DigestSigner> signerFor(const KeyMaterial &material);
    crypto::BuildRequest buildRequest(const CertificatePolicy &policy, const KeyMaterial &material) const;

    // --- pending requests (CertificateCreate.cpp)
    struct PendingRow
    {
        CertificateOperationInfo op;
        QString version;
        QString policyJson;
        QString attributesJson;
        KeyMaterial material;
    };
    Result<std::optional<PendingRow>> pendingRow(const QString &name);
    Result<void> insertPending(const QString &name, const CertificatePolicy &policy, const QByteArray &csrDer,
                               const KeyMaterial &material, const NewVersionAttributes &attributes);
    // Key material is made (generated or reused) and the version recorded as `operation`: Self -> a new version,
    // Unknown -> a pending request. `fresh`: the material was made for this call (discarded on failure).
    Result<CertificateStore::CreateResult> createWith(const QString &name, access::Operation operation,
                                                      const CertificatePolicy &policy,
                                                      const NewVersionAttributes &attributes, KeyMaterial material,
                                                      bool fresh, const QString &trigger);
    // The key of a new version: the current one's with reuse_key, else a fresh one.
    Result<std::pair<KeyMaterial, bool>> renewalMaterial(const QString &name, const CertificatePolicy &policy);
    Result<CertificateStore::CreateResult> renewNow(const QString &name, const QString &trigger);

    // --- after a commit that may have queued token objects for destruction
    void sweepToken();
};

} // namespace coffer
