// CertificateStore: construction, the one path that adds a version of the certificate with its managed key and
// secret, reads, the policy, contacts and the public download. Import, create/merge, lifecycle and renewal live in
// the Certificate*.cpp files next to this one.

#include "core/vault/CertificateStore.h"

#include "core/common/Ids.h"
#include "core/crypto/Pkcs12Writer.h"
#include "core/vault/CertificateStoreGuards.h"
#include "core/vault/CertificateStorePrivate.h"

#include <QJsonDocument>
#include <QtEndian>

#include <openssl/crypto.h>

namespace coffer {

using access::Operation;

// --- CertificateTypes.h

QString CertificateInfo::kid() const
{
    if (!hasPrivateKey)
        return {};
    return QStringLiteral("coffer://%1/keys/%2/%3").arg(info.vaultName, info.name, info.version);
}

QString CertificateInfo::sid() const
{
    return QStringLiteral("coffer://%1/secrets/%2/%3").arg(info.vaultName, info.name, info.version);
}

QString pendingStatusName(PendingStatus status)
{
    switch (status) {
    case PendingStatus::InProgress: return QStringLiteral("inProgress");
    case PendingStatus::Completed: return QStringLiteral("completed");
    case PendingStatus::Cancelled: return QStringLiteral("cancelled");
    case PendingStatus::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString CertificateOperationInfo::id() const
{
    return QStringLiteral("coffer://%1/certificates/%2/pending").arg(vaultName, name);
}

QByteArray CertificateOperationInfo::csrPem() const
{
    return crypto::csrPem(csrDer);
}

// --- helpers

namespace certrows {

access::Resource certificateResource(const QString &name)
{
    return access::Resource::object(ObjectKind::Certificate, name);
}

QByteArray packChain(const QList<QByteArray> &chainDer)
{
    QByteArray out;
    for (const QByteArray &der : chainDer) {
        char length[4];
        qToBigEndian(quint32(der.size()), length);
        out.append(length, 4);
        out.append(der);
    }
    return out;
}

Result<QList<QByteArray>> unpackChain(const QByteArray &packed)
{
    QList<QByteArray> out;
    qsizetype at = 0;
    while (at < packed.size()) {
        if (packed.size() - at < 4)
            return Error(ErrorCode::Corrupted, QStringLiteral("a certificate's chain is damaged"));
        const quint32 length = qFromBigEndian<quint32>(packed.constData() + at);
        at += 4;
        if (length == 0 || qsizetype(length) > packed.size() - at)
            return Error(ErrorCode::Corrupted, QStringLiteral("a certificate's chain is damaged"));
        out.append(packed.mid(at, qsizetype(length)));
        at += qsizetype(length);
    }
    return out;
}

QString pendingStatusText()
{
    return QStringLiteral("Pending certificate created. Certificate request is in progress. This may take some time "
                          "based on the issuer provider. Please check again later.");
}

KeyMaterial copyMaterial(const KeyMaterial &m)
{
    KeyMaterial out;
    out.spec = m.spec;
    out.protection = m.protection;
    out.privateValue = m.privateValue.clone();
    out.publicDer = m.publicDer;
    out.hsmRef = m.hsmRef;
    out.hsmSerial = m.hsmSerial;
    out.hsmLocal = m.hsmLocal;
    out.presetVersion = m.presetVersion;
    out.neverExportable = m.neverExportable;
    return out;
}

Result<void> refuseManaged(storage::Database &db, ObjectKind kind, const QString &name, const QString &verb)
{
    auto stmt = db.cached("SELECT (SELECT count(*) FROM objects o JOIN versions v ON v.id = o.current_version"
                          " WHERE o.kind = ?1 AND o.name_key = ?2 AND v.managed = 1)"
                          " + (SELECT count(*) FROM objects WHERE kind = 2 AND name_key = ?2)"
                          " + (SELECT count(*) FROM certificate_pending WHERE name_key = ?2)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, int(kind)).bind(2, objects::nameKey(name));
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const bool managed = *row && (*stmt)->int64(0) > 0;
    (*stmt)->reset();
    if (!managed)
        return {};
    return Error(ErrorCode::Forbidden,
                 QStringLiteral("Operation \"%1\" is not allowed as this object's lifetime is managed by Key Vault. "
                                "(%2 '%3' belongs to certificate '%3')")
                         .arg(verb, objectKindTitle(kind), name));
}

} // namespace certrows

namespace {

// The certificate row's columns (table alias c), in this order.
#define COFFER_CERT_COLUMNS "c.cer, c.chain, c.has_key, c.protection, c.exportable, c.issuer_kind"
constexpr int kCertColumnCount = 6;

Result<CertificateInfo> readCertColumns(const storage::Statement &s, int first, VersionInfo info)
{
    CertificateInfo out;
    out.info = std::move(info);
    auto leaf = crypto::X509Certificate::fromDer(s.blob(first));
    if (!leaf)
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("certificate '%1' version %2 is damaged").arg(out.info.name, out.info.version));
    out.details = leaf->details();
    auto chain = certrows::unpackChain(s.blob(first + 1));
    if (!chain)
        return chain.error();
    out.chainDer = *chain;
    if (out.chainDer.isEmpty())
        out.chainDer.append(leaf->der());
    out.hasPrivateKey = s.int64(first + 2) != 0;
    out.keyProtection = Protection(s.int64(first + 3));
    out.exportable = s.int64(first + 4) != 0;
    out.issuer = IssuerKind(s.int64(first + 5));
    return out;
}

Error managedConflict(const QString &kindTitle, const QString &name)
{
    return Error(ErrorCode::Conflict,
                 QStringLiteral("a %1 named '%2' exists (or is deleted and not yet purged); a certificate needs its "
                                "name for its managed key and secret: choose another name")
                         .arg(kindTitle, name));
}

} // namespace

CertificateStore::Impl::Impl(access::Engine &engine_, const VaultProperties &vault_, BackupKeys &backupKeys_,
                             KeyStore &keys_, SecretStore &secrets_, HsmBinding &hsm_)
    : engine(engine_)
    , db(engine_.database())
    , vault(vault_)
    , objects(engine_.database(), engine_.clock(), vault_, ObjectKind::Certificate)
    , secretObjects(engine_.database(), engine_.clock(), vault_, ObjectKind::Secret)
    , backupKeys(backupKeys_)
    , keys(keys_)
    , keyImpl(keys_.internals())
    , secrets(secrets_)
    , hsm(hsm_)
{ }

CertificateStore::CertificateStore(access::Engine &engine, const VaultProperties &vault, BackupKeys &backupKeys,
                                   KeyStore &keys, SecretStore &secrets, HsmBinding &hsm)
    : d(std::make_unique<Impl>(engine, vault, backupKeys, keys, secrets, hsm))
{ }

CertificateStore::~CertificateStore() = default;

QDateTime CertificateStore::Impl::now() const
{
    return QDateTime::fromSecsSinceEpoch(engine.clock().now().toSecsSinceEpoch(), Qt::UTC);
}

QString CertificateStore::Impl::policyId(const QString &name) const
{
    return QStringLiteral("coffer://%1/certificates/%2/policy").arg(vault.name, name);
}

// --- names

Result<void> CertificateStore::Impl::checkNameFree(const QString &name, bool pendingConflicts)
{
    // An unmanaged key or secret (live or deleted) holds the name: the certificate's managed ones cannot have it.
    auto stmt = db.prepare("SELECT o.kind, o.name FROM objects o JOIN versions v ON v.id = o.current_version"
                           " WHERE o.kind IN (0, 1) AND o.name_key = ? AND v.managed = 0");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, objects::nameKey(name));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (*row)
        return managedConflict(objectKindTitle(ObjectKind(stmt->int64(0))), stmt->text(1));
    if (pendingConflicts) {
        auto pending = pendingRow(name);
        if (!pending)
            return pending.error();
        if (*pending)
            return Error(ErrorCode::Conflict,
                         QStringLiteral("certificate '%1' has a pending request (status %2); merge, cancel or delete "
                                        "it first")
                                 .arg((*pending)->op.name, pendingStatusName((*pending)->op.status)));
    }
    return {};
}

// --- versions

Result<CertificateInfo> CertificateStore::Impl::addVersion(const QString &name, NewCertVersion &v)
{
    if (v.chain.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no certificate to store"));
    const crypto::X509Certificate &leaf = v.chain.constFirst();
    const crypto::CertificateDetails &det = leaf.details();
    QString version = v.material ? v.material->presetVersion : QString();
    if (version.isEmpty())
        version = ids::newVersionId();
    if (v.material)
        v.material->presetVersion = version;
    const bool software = v.material && v.material->protection == Protection::Software;
    const bool exportable = v.exportable && software;
    const QString contentType = v.policy.contentType.isEmpty() ? kContentTypePkcs12 : v.policy.contentType;
    if (contentType != kContentTypePkcs12 && contentType != kContentTypePem)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("a certificate's content type is %1 or %2, not '%3'")
                             .arg(kContentTypePkcs12, kContentTypePem, contentType));

    NewVersionAttributes attrs;
    attrs.enabled = v.attributes.enabled;
    attrs.tags = v.attributes.tags;
    attrs.notBefore = det.notBefore;
    attrs.expires = det.notAfter;
    attrs.contentType = contentType; // Azure's CertificateBundle.contentType: the managed secret's

    // The certificate.
    auto added = objects.addVersion(name, attrs, SecureBytes(), false, version);
    if (!added)
        return added.error();
    QList<QByteArray> chainDer;
    for (const crypto::X509Certificate &cert : std::as_const(v.chain))
        chainDer.append(cert.der());
    auto insert = db.cached("INSERT INTO certificate_versions (version_id, cer, chain, thumbprint, subject,"
                            " issuer_name, not_before, not_after, has_key, protection, exportable, issuer_kind)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    storage::Statement &s = **insert;
    s.bind(1, added->versionRow).bind(2, chainDer.constFirst()).bind(3, certrows::packChain(chainDer));
    s.bind(4, det.sha1Hex()).bind(5, det.subject).bind(6, det.issuer);
    s.bind(7, det.notBefore.toSecsSinceEpoch()).bind(8, det.notAfter.toSecsSinceEpoch());
    s.bind(9, v.material.has_value());
    s.bind(10, int(v.material ? v.material->protection : Protection::Software));
    s.bind(11, exportable).bind(12, int(v.policy.issuer));
    COFFER_TRY(s.run());

    // The managed key (none for a certificate-only import).
    std::optional<crypto::SoftwareKey> softwareKey;
    if (v.material) {
        auto key = keyImpl.addVersion(name, *v.material, v.policy.keyOps(), exportable, attrs, true);
        if (!key)
            return key.error();
        if (exportable) {
            auto parsed = crypto::SoftwareKey::fromPkcs8(v.material->privateValue);
            if (!parsed)
                return parsed.error();
            softwareKey = std::move(*parsed);
        }
    }

    // The managed secret: Azure's blank-password PFX (base64 text) or PEM text, the key only when exportable.
    SecureBytes value;
    const crypto::SoftwareKey *keyPtr = softwareKey ? &*softwareKey : nullptr;
    if (contentType == kContentTypePkcs12) {
        auto pfx = crypto::writePfx(v.chain, keyPtr, SecureString(), crypto::PfxProfile::Modern, name);
        if (!pfx)
            return pfx.error();
        QByteArray encoded = pfx->toBase64();
        value = SecureBytes(encoded);
        OPENSSL_cleanse(encoded.data(), std::size_t(encoded.size()));
        OPENSSL_cleanse(pfx->data(), std::size_t(pfx->size()));
    } else {
        auto pem = crypto::writePemBundle(v.chain, keyPtr);
        if (!pem)
            return pem.error();
        value = std::move(*pem);
    }
    NewVersionAttributes secretAttrs = attrs;
    secretAttrs.contentType = contentType;
    auto secret = secretObjects.addVersion(name, secretAttrs, value, true, version);
    if (!secret)
        return secret.error();

    COFFER_TRY(storePolicy(name, v.policy));
    auto info = certificateRow(added->versionRow, added->info);
    if (!info)
        return info.error();
    engine.noteVersion(version);
    return info;
}

void CertificateStore::Impl::noteCertificate(const CertificateInfo &info, const QList<ImportIssue> &warnings)
{
    engine.noteVersion(info.info.version);
    engine.noteDetail(QStringLiteral("thumbprint"), info.details.sha1Hex());
    engine.noteDetail(QStringLiteral("subject"), info.details.subject);
    engine.noteDetail(QStringLiteral("issuer"), issuerKindName(info.issuer));
    engine.noteDetail(QStringLiteral("protection"),
                      info.hasPrivateKey ? crypto::protectionName(info.keyProtection) : QStringLiteral("none"));
    if (!warnings.isEmpty()) {
        QStringList kinds;
        for (const ImportIssue &issue : warnings)
            if (!kinds.contains(crypto::importWarningName(issue.kind)))
                kinds.append(crypto::importWarningName(issue.kind));
        engine.noteDetail(QStringLiteral("warnings"), kinds.join(u' '));
    }
}

Result<CertificateInfo> CertificateStore::Impl::certificateRow(qint64 versionRow, const VersionInfo &info)
{
    auto stmt = db.cached("SELECT " COFFER_CERT_COLUMNS " FROM certificate_versions c WHERE c.version_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, versionRow);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("certificate '%1' version %2 has no certificate data; the vault is damaged")
                             .arg(info.name, info.version));
    auto out = readCertColumns(**stmt, 0, info);
    (*stmt)->reset();
    return out;
}

Result<CertificateInfo> CertificateStore::Impl::resolve(const QString &name, const QString &version)
{
    auto resolved = objects.resolve(name, version);
    if (!resolved)
        return resolved.error();
    return certificateRow(resolved->first, resolved->second);
}

Result<QList<CertificateInfo>> CertificateStore::Impl::withRows(const QList<VersionInfo> &versions)
{
    QList<CertificateInfo> out;
    for (const VersionInfo &info : versions) {
        auto cert = resolve(info.name, info.version);
        if (!cert)
            return cert.error();
        out.append(std::move(*cert));
    }
    return out;
}

// --- policy

Result<std::optional<CertificatePolicy>> CertificateStore::Impl::storedPolicy(const QString &name)
{
    auto stmt = db.prepare("SELECT p.policy, p.created, p.updated FROM certificate_policies p"
                           " JOIN objects o ON o.id = p.object_id WHERE o.kind = 2 AND o.name_key = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, objects::nameKey(name));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<CertificatePolicy>();
    const QJsonObject json = QJsonDocument::fromJson(stmt->text(0).toUtf8()).object();
    auto policy = CertificatePolicy::fromJson(json);
    if (!policy)
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("the stored policy of certificate '%1' is not valid: %2")
                             .arg(name, policy.error().context()));
    policy->created = QDateTime::fromSecsSinceEpoch(stmt->int64(1), Qt::UTC);
    policy->updated = QDateTime::fromSecsSinceEpoch(stmt->int64(2), Qt::UTC);
    return std::optional<CertificatePolicy>(std::move(*policy));
}

Result<void> CertificateStore::Impl::storePolicy(const QString &name, const CertificatePolicy &policy)
{
    CertificatePolicy stored = policy;
    stored.created.reset();
    stored.updated.reset();
    const QString text = QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact));
    const qint64 nowSecs = now().toSecsSinceEpoch();
    auto update = db.cached("UPDATE certificate_policies SET policy = ?, updated = ? WHERE object_id ="
                            " (SELECT id FROM objects WHERE kind = 2 AND name_key = ?)");
    if (!update)
        return update.error();
    (*update)->bind(1, text).bind(2, nowSecs).bind(3, objects::nameKey(name));
    COFFER_TRY((*update)->run());
    auto insert = db.cached("INSERT OR IGNORE INTO certificate_policies (object_id, policy, created, updated)"
                            " SELECT id, ?, ?, ? FROM objects WHERE kind = 2 AND name_key = ?");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, text).bind(2, nowSecs).bind(3, nowSecs).bind(4, objects::nameKey(name));
    return (*insert)->run();
}

void CertificateStore::Impl::sweepToken()
{
    keyImpl.privateCache.clear();
    keyImpl.publicCache.clear();
    if (!hsm.binding())
        return;
    keyImpl.pendingChecked = false;
    (void)keyImpl.usableToken(); // a token that is away keeps them listed (`vault hsm status`)
}

// --- reads

Result<CertificateInfo> CertificateStore::show(const QString &name, const QString &version)
{
    return d->engine.run(Operation::CertificateGet, certrows::certificateResource(name),
                         [&]() -> Result<CertificateInfo> {
                             auto cert = d->resolve(name, version);
                             if (cert)
                                 d->engine.noteVersion(cert->info.version);
                             return cert;
                         });
}

Result<QList<CertificateInfo>> CertificateStore::list()
{
    return d->engine.run(
            Operation::CertificateList, certrows::kAllCertificates, [&]() -> Result<QList<CertificateInfo>> {
                auto stmt = d->db.prepare("SELECT o.name, " COFFER_VERSION_COLUMNS ", " COFFER_CERT_COLUMNS ","
                                          " (SELECT count(*) FROM versions n WHERE n.object_id = o.id) FROM objects o"
                                          " JOIN versions v ON v.id = o.current_version"
                                          " JOIN certificate_versions c ON c.version_id = v.id"
                                          " WHERE o.kind = 2 AND o.deleted_at IS NULL ORDER BY o.name_key");
                if (!stmt)
                    return stmt.error();
                QList<CertificateInfo> out;
                std::optional<Error> failed;
                COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) {
                    auto cert = readCertColumns(s, 10, d->objects.versionFromRow(s, 1, s.text(0)));
                    if (!cert) {
                        failed = cert.error();
                        return;
                    }
                    cert->versionCount = int(s.int64(10 + kCertColumnCount));
                    out.append(std::move(*cert));
                }));
                if (failed)
                    return *failed;
                return out;
            });
}

Result<QList<CertificateInfo>> CertificateStore::listVersions(const QString &name)
{
    return d->engine.run(Operation::CertificateListVersions, certrows::certificateResource(name),
                         [&]() -> Result<QList<CertificateInfo>> {
                             auto versions = d->objects.listVersions(name);
                             if (!versions)
                                 return versions.error();
                             return d->withRows(*versions);
                         });
}

Result<CertificatePolicy> CertificateStore::policy(const QString &name)
{
    return d->engine.run(Operation::CertificatePolicyGet, certrows::certificateResource(name),
                         [&]() -> Result<CertificatePolicy> {
                             auto current = d->objects.current(name);
                             if (!current)
                                 return current.error();
                             auto stored = d->storedPolicy(name);
                             if (!stored)
                                 return stored.error();
                             if (!*stored)
                                 return Error(ErrorCode::Corrupted,
                                              QStringLiteral("certificate '%1' has no policy").arg(current->name));
                             return **stored;
                         });
}

Result<CertificatePolicy> CertificateStore::updatePolicy(const QString &name, const CertificatePolicy &policy)
{
    return d->engine.run(Operation::CertificatePolicyUpdate, certrows::certificateResource(name),
                         [&]() -> Result<CertificatePolicy> {
                             auto current = d->objects.current(name);
                             if (!current)
                                 return current.error();
                             COFFER_TRY(policy.validate());
                             COFFER_TRY(d->storePolicy(name, policy));
                             d->engine.noteDetail(QStringLiteral("issuer"), issuerKindName(policy.issuer));
                             auto stored = d->storedPolicy(name);
                             if (!stored)
                                 return stored.error();
                             return **stored;
                         });
}

Result<QByteArray> CertificateStore::downloadPublic(const QString &name, const QString &version, bool pem)
{
    return d->engine.run(Operation::CertificateGet, certrows::certificateResource(name), [&]() -> Result<QByteArray> {
        auto cert = d->resolve(name, version);
        if (!cert)
            return cert.error();
        d->engine.noteVersion(cert->info.version);
        d->engine.noteDetail(QStringLiteral("encoding"), pem ? QStringLiteral("PEM") : QStringLiteral("DER"));
        if (!pem)
            return cert->chainDer.constFirst();
        auto leaf = crypto::X509Certificate::fromDer(cert->chainDer.constFirst());
        if (!leaf)
            return leaf.error();
        return leaf->pem();
    });
}

// --- contacts

Result<QList<CertificateContact>> CertificateStore::contacts()
{
    return d->engine.run(
            Operation::CertificateContactsGet, certrows::kAllCertificates, [&]() -> Result<QList<CertificateContact>> {
                auto stmt = d->db.prepare("SELECT email, name, phone FROM certificate_contacts ORDER BY position");
                if (!stmt)
                    return stmt.error();
                QList<CertificateContact> out;
                COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) {
                    out.append(CertificateContact {s.text(0), s.text(1), s.text(2)});
                }));
                return out;
            });
}

Result<QList<CertificateContact>> CertificateStore::setContacts(const QList<CertificateContact> &contacts)
{
    return d->engine.run(Operation::CertificateContactsSet, certrows::kAllCertificates,
                         [&]() -> Result<QList<CertificateContact>> {
                             QStringList seen;
                             for (const CertificateContact &c : contacts) {
                                 const QString email = c.email.trimmed();
                                 const qsizetype at = email.indexOf(u'@');
                                 if (at <= 0 || at == email.size() - 1 || email.contains(u' '))
                                     return Error(ErrorCode::InvalidArgument,
                                                  QStringLiteral("'%1' is not an email address").arg(c.email));
                                 if (seen.contains(email.toLower()))
                                     return Error(ErrorCode::InvalidArgument,
                                                  QStringLiteral("contact '%1' already exists").arg(email));
                                 seen.append(email.toLower());
                             }
                             COFFER_TRY(d->db.exec("DELETE FROM certificate_contacts"));
                             int position = 0;
                             for (const CertificateContact &c : contacts) {
                                 auto stmt = d->db.cached("INSERT INTO certificate_contacts (position, email, name,"
                                                          " phone) VALUES (?, ?, ?, ?)");
                                 if (!stmt)
                                     return stmt.error();
                                 (*stmt)->bind(1, position++).bind(2, c.email.trimmed()).bind(3, c.name);
                                 (*stmt)->bind(4, c.phone);
                                 COFFER_TRY((*stmt)->run());
                             }
                             d->engine.noteDetail(QStringLiteral("contacts"), qint64(contacts.size()));
                             return contacts;
                         });
}

Result<void> CertificateStore::deleteContacts()
{
    return d->engine.run(Operation::CertificateContactsDelete, certrows::kAllCertificates,
                         [&]() -> Result<void> { return d->db.exec("DELETE FROM certificate_contacts"); });
}

} // namespace coffer
