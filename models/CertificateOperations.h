#pragma once

#include "core/access/Decision.h"
#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/CertificateTypes.h"
#include "core/vault/ObjectTypes.h"
#include "models/ObjectActions.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <variant>

namespace coffer {
class CertificateStore;
class Vault;
} // namespace coffer

namespace coffer::models {

class VaultSession;

// The console's one path to the vault's certificates (Vault::certificates()), as KeyOperations is for keys. Every
// call is checked by the engine and recorded; can() asks beforehand so pages disable what would be refused.
// Reads run on the GUI thread; parsing a file, importing (HSM), creating (RSA generation) and renewing run off
// the GUI thread through the *InBackground calls while the session is busy, finishing with the matching signal.
class CertificateOperations : public QObject
{
    Q_OBJECT

public:
    explicit CertificateOperations(QObject *parent = nullptr);
    ~CertificateOperations() override;

    void setSession(VaultSession *session);
    VaultSession *session() const;
    bool isUnlocked() const;
    int retentionDays() const;
    bool hsmBound() const; // the vault has a PKCS#11 token bound (the import/create wizards offer HSM keys)

    access::Decision can(access::Operation operation, const access::Resource &resource);
    bool isAllowed(access::Operation operation, const QString &name = {});
    actions::AccessCheck accessCheck();

    // Reads.
    Result<QList<CertificateInfo>> list();
    Result<QList<CertificateOperationInfo>> listPending();
    Result<CertificateInfo> show(const QString &name, const QString &version = {});
    Result<QList<CertificateInfo>> listVersions(const QString &name);
    Result<QList<DeletedInfo>> listDeleted();
    Result<CertificatePolicy> policy(const QString &name);
    Result<CertificateOperationInfo> pending(const QString &name);
    Result<QByteArray> pendingCsrPem(const QString &name);
    Result<QByteArray> downloadPublic(const QString &name, const QString &version, bool pem);
    Result<SecureBytes> exportWithKey(const QString &name, const CertificateExportRequest &request);
    Result<QList<CertificateRenewalStatus>> renewalSchedule();
    Result<QList<CertificateContact>> contacts();
    // What renewDue would do now (a dry run: nothing changes).
    Result<QList<CertificateRenewalOutcome>> dueRenewals();
    // A name's state for the wizards' live validation: free, taken by a certificate (a new version), taken by an
    // unmanaged key/secret (refused), or deleted (refused until purged/recovered). Answered from one snapshot of
    // the vault's names (seven audited list reads, made on the first call and again after a change), not by reads
    // per keystroke; the store checks again when the certificate is made.
    enum class NameState { Free, Certificate, TakenByOther, Deleted, Invalid };
    NameState nameState(const QString &name, QString *why = nullptr);
    void forgetNames() { m_names.reset(); }

    // Writes on the GUI thread (each emits certificatesChanged on success).
    Result<CertificateInfo> update(const QString &name, const QString &version, const AttributeUpdate &update);
    Result<CertificatePolicy> updatePolicy(const QString &name, const CertificatePolicy &policy);
    Result<CertificateOperationInfo> cancelPending(const QString &name);
    Result<CertificateOperationInfo> deletePending(const QString &name);
    Result<CertificateInfo> merge(const QString &name, QByteArrayView certificates);
    Result<DeletedInfo> remove(const QString &name);
    Result<CertificateInfo> recover(const QString &name);
    Result<void> purge(const QString &name);
    Result<QByteArray> backup(const QString &name);
    Result<CertificateInfo> restore(QByteArrayView backupFile);
    Result<QList<CertificateContact>> setContacts(const QList<CertificateContact> &contacts);

    // Off the GUI thread. False (nothing started) when locked or busy. The signal follows, queued.
    bool inspectInBackground(SecureBytes data, std::optional<SecureString> password); // -> inspected
    bool importInBackground(const QString &name, CertificateImportRequest request); // -> imported
    bool createInBackground(const QString &name, const CertificatePolicy &policy,
                            const NewVersionAttributes &attributes); // -> created
    bool renewInBackground(const QString &name); // -> created
    // CertificateStore::renewDue: AutoRenew makes new versions (RSA keys), EmailContacts notifies. -> dueRenewalsRun
    bool renewDueInBackground(bool dryRun = false);
    bool isWorking() const { return m_working; }

Q_SIGNALS:
    void certificatesChanged();
    void certificateChanged(const QString &name);
    void inspected(const coffer::Result<coffer::crypto::ParsedCertificateFile> &result);
    void imported(const coffer::Result<coffer::CertificateImportResult> &result);
    void created(const coffer::Result<coffer::CertificateStore::CreateResult> &result);
    void dueRenewalsRun(const coffer::Result<QList<coffer::CertificateRenewalOutcome>> &result, bool dryRun);
    void workingChanged(bool working);

private:
    Result<CertificateStore *> store();
    bool runInBackground(std::function<void(Vault &)> work, std::function<void()> done);

    struct NameSnapshot
    {
        enum class Use { Certificate, Pending, DeletedCertificate, Key, Secret, DeletedKey, DeletedSecret };
        QHash<QString, Use> byKey; // objects::nameKey(name) -> the first use found, in the order above
    };
    void takeNameSnapshot();

    QPointer<VaultSession> m_session;
    bool m_working = false;
    std::optional<NameSnapshot> m_names;
};

} // namespace coffer::models
