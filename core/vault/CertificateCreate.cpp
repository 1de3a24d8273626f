// CertificateStore: create (Self: a self-signed version now; Unknown: a key and a CSR waiting in
// certificate_pending), renew, and the pending request's merge, cancel and delete.

#include "core/common/Ids.h"
#include "core/crypto/CertificateChain.h"
#include "core/crypto/Random.h"
#include "core/vault/CertificateStorePrivate.h"
#include "core/vault/Notifications.h"

#include <QJsonDocument>

namespace coffer {

using access::Operation;

namespace {

#define COFFER_PENDING_COLUMNS \
    "name, version, request_id, policy, csr, status, status_details, cancellation_requested, target, attributes," \
    " kty, bits, curve, protection, public_der, private_value, hsm_serial, hsm_id, hsm_local, created"

QString attributesToText(const NewVersionAttributes &attributes)
{
    QJsonObject tags;
    for (auto it = attributes.tags.cbegin(); it != attributes.tags.cend(); ++it)
        tags.insert(it.key(), it.value());
    const QJsonObject json {{QStringLiteral("enabled"), attributes.enabled}, {QStringLiteral("tags"), tags}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

NewVersionAttributes attributesFromText(const QString &text)
{
    NewVersionAttributes out;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    out.enabled = json.value(u"enabled").toBool(true);
    const QJsonObject tags = json.value(u"tags").toObject();
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        out.tags.insert(it.key(), it.value().toString());
    return out;
}

Error noPending(const QString &name)
{
    return Error(ErrorCode::NotFound, QStringLiteral("certificate '%1' has no pending request").arg(name));
}

// The key a certificate's token object must be able to use: its own key_ops, and signing (the CSR and the
// self-signed certificate are signed with it).
KeyOps generationOps(const CertificatePolicy &policy)
{
    return policy.keyOps() | KeyOp::Sign | KeyOp::Verify;
}

} // namespace

// --- keys made before the lock

Result<crypto::DigestSigner> CertificateStore::Impl::signerFor(const KeyMaterial &material)
{
    if (material.protection == Protection::Software) {
        auto key = crypto::SoftwareKey::fromPkcs8(material.privateValue);
        if (!key)
            return key.error();
        auto shared = std::make_shared<crypto::SoftwareKey>(std::move(*key));
        return crypto::DigestSigner([shared](SignAlg alg, QByteArrayView digest) { return shared->sign(alg, digest); });
    }
    auto token = keyImpl.usableToken();
    if (!token)
        return token.error();
    hsm::HsmToken *t = *token;
    const hsm::HsmKeyRef ref = material.hsmRef;
    return crypto::DigestSigner([t, ref](SignAlg alg, QByteArrayView digest) { return t->sign(ref, alg, digest); });
}

crypto::BuildRequest CertificateStore::Impl::buildRequest(const CertificatePolicy &policy,
                                                          const KeyMaterial &material) const
{
    crypto::BuildRequest request;
    request.subject = policy.subject;
    request.sans = policy.sans();
    request.keyUsage = policy.effectiveKeyUsage();
    request.ekus = policy.ekus;
    request.publicKeyDer = material.publicDer;
    request.spec = material.spec;
    request.notBefore = now();
    request.notAfter = request.notBefore.addMonths(policy.validityMonths);
    return request;
}

// --- pending rows

Result<std::optional<CertificateStore::Impl::PendingRow>> CertificateStore::Impl::pendingRow(const QString &name)
{
    auto stmt = db.prepare("SELECT " COFFER_PENDING_COLUMNS " FROM certificate_pending WHERE name_key = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, objects::nameKey(name));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<PendingRow>();
    const storage::Statement &s = *stmt;
    PendingRow out;
    out.op.vaultName = vault.name;
    out.op.name = s.text(0);
    out.version = s.text(1);
    out.op.requestId = s.text(2);
    out.policyJson = s.text(3);
    out.op.csrDer = s.blob(4);
    out.op.status = PendingStatus(s.int64(5));
    out.op.statusDetails = s.text(6);
    out.op.cancellationRequested = s.int64(7) != 0;
    out.op.target = s.text(8);
    out.attributesJson = s.text(9);
    KeyMaterial &m = out.material;
    m.spec.type = KeyType(s.int64(10));
    m.spec.bits = int(s.int64(11));
    if (!s.isNull(12))
        m.spec.curve = Curve(s.int64(12));
    m.protection = Protection(s.int64(13));
    m.publicDer = s.blob(14);
    m.privateValue = s.secureBlob(15);
    m.hsmSerial = s.text(16);
    m.hsmRef.id = s.blob(17);
    m.hsmRef.spec = m.spec;
    m.hsmLocal = s.int64(18) != 0;
    m.presetVersion = out.version;
    out.op.created = QDateTime::fromSecsSinceEpoch(s.int64(19), Qt::UTC);
    out.op.keyProtection = m.protection;
    out.op.keySpec = m.spec;
    out.op.issuer = IssuerKind::Unknown;
    auto policy = CertificatePolicy::fromJson(QJsonDocument::fromJson(out.policyJson.toUtf8()).object());
    if (policy)
        out.op.subject = policy->subject;
    return std::optional<PendingRow>(std::move(out));
}

Result<void> CertificateStore::Impl::insertPending(const QString &name, const CertificatePolicy &policy,
                                                   const QByteArray &csrDer, const KeyMaterial &m,
                                                   const NewVersionAttributes &attributes)
{
    auto stmt = db.cached("INSERT INTO certificate_pending (name_key, name, version, request_id, policy, csr, status,"
                          " status_details, attributes, kty, bits, curve, protection, public_der, private_value,"
                          " hsm_serial, hsm_id, hsm_local, created, updated)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    storage::Statement &s = **stmt;
    const qint64 nowSecs = now().toSecsSinceEpoch();
    s.bind(1, objects::nameKey(name)).bind(2, name).bind(3, m.presetVersion);
    s.bind(4, QString::fromLatin1(crypto::randomBytes(16).toHex()));
    s.bind(5, QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)));
    s.bind(6, csrDer).bind(7, int(PendingStatus::InProgress)).bind(8, certrows::pendingStatusText());
    s.bind(9, attributesToText(attributes));
    s.bind(10, int(m.spec.type)).bind(11, m.spec.bits);
    if (m.spec.curve)
        s.bind(12, int(*m.spec.curve));
    else
        s.bindNull(12);
    s.bind(13, int(m.protection)).bind(14, m.publicDer);
    if (m.protection == Protection::Software)
        s.bind(15, m.privateValue).bindNull(16).bindNull(17);
    else
        s.bindNull(15).bind(16, m.hsmSerial).bind(17, m.hsmRef.id);
    s.bind(18, m.hsmLocal).bind(19, nowSecs).bind(20, nowSecs);
    return s.run();
}

// --- create and renew

Result<CertificateStore::CreateResult> CertificateStore::Impl::createWith(const QString &name, Operation operation,
                                                                          const CertificatePolicy &policy,
                                                                          const NewVersionAttributes &attributes,
                                                                          KeyMaterial material, bool fresh,
                                                                          const QString &trigger)
{
    if (material.presetVersion.isEmpty())
        material.presetVersion = ids::newVersionId();
    auto result = [&]() -> Result<CreateResult> {
        auto signer = signerFor(material);
        if (!signer)
            return signer.error();
        const crypto::BuildRequest request = buildRequest(policy, material);
        const access::Resource resource = certrows::certificateResource(name);
        if (policy.issuer == IssuerKind::Self) {
            auto cert = crypto::buildSelfSigned(request, *signer);
            if (!cert)
                return cert.error();
            return engine.run(operation, resource, [&]() -> Result<CreateResult> {
                COFFER_TRY(checkNameFree(name, true));
                NewCertVersion version;
                version.chain.append(std::move(*cert));
                version.material = certrows::copyMaterial(material);
                version.exportable = policy.exportable && !material.neverExportable;
                version.policy = policy;
                version.attributes = attributes;
                auto info = addVersion(name, version);
                if (!info)
                    return info.error();
                noteCertificate(*info);
                if (!trigger.isEmpty())
                    engine.noteDetail(QStringLiteral("trigger"), trigger);
                if (operation == Operation::CertificateRenew) {
                    // A "renewed" notice on the new version (a renewal waiting for its CA has no version yet).
                    auto row = objects.resolve(name, info->info.version);
                    if (!row)
                        return row.error();
                    COFFER_TRY(notices::record(db, row->first, NotificationType::Renewed, now(), std::nullopt,
                                               trigger.isEmpty() || trigger == u"manual"
                                                       ? QStringLiteral("renewed by hand")
                                                       : QStringLiteral("scheduled: %1").arg(trigger)));
                }
                return CreateResult(std::move(*info));
            });
        }
        auto csr = crypto::buildCsrDer(request, *signer);
        if (!csr)
            return csr.error();
        return engine.run(operation, resource, [&]() -> Result<CreateResult> {
            COFFER_TRY(objects::validateName(ObjectKind::Certificate, name));
            COFFER_TRY(checkNameFree(name, true));
            auto current = objects.current(name);
            if (!current && current.error().code() != ErrorCode::NotFound)
                return current.error();
            if (!current) {
                auto taken = objects.nameTaken(name);
                if (!taken)
                    return taken.error();
                if (*taken)
                    return Error(ErrorCode::Conflict,
                                 QStringLiteral("certificate '%1' is currently in a deleted but recoverable state, "
                                                "and its name cannot be reused; in this state, the certificate can "
                                                "only be recovered or purged")
                                         .arg(name));
            }
            // A reused key that was not exportable stays so through the merge (the request keeps its own policy).
            CertificatePolicy requestPolicy = policy;
            if (material.neverExportable)
                requestPolicy.exportable = false;
            COFFER_TRY(insertPending(name, requestPolicy, *csr, material, attributes));
            if (current)
                COFFER_TRY(storePolicy(name, policy)); // a first version stores it at the merge
            auto row = pendingRow(name);
            if (!row)
                return row.error();
            engine.noteDetail(QStringLiteral("issuer"), issuerKindName(IssuerKind::Unknown));
            engine.noteDetail(QStringLiteral("protection"), crypto::protectionName(material.protection));
            engine.noteDetail(QStringLiteral("status"), pendingStatusName(PendingStatus::InProgress));
            if (!trigger.isEmpty())
                engine.noteDetail(QStringLiteral("trigger"), trigger);
            return CreateResult((*row)->op);
        });
    }();
    if (!result && fresh)
        keyImpl.discard(material);
    return result;
}

Result<CertificateStore::CreateResult> CertificateStore::create(const QString &name, const CertificatePolicy &policy,
                                                                const NewVersionAttributes &attributes)
{
    const access::Resource resource = certrows::certificateResource(name);
    return d->engine.guard(Operation::CertificateCreate, resource, [&]() -> Result<CreateResult> {
        COFFER_TRY(objects::validateName(ObjectKind::Certificate, name));
        COFFER_TRY(policy.validate());
        COFFER_TRY(objects::validateTags(attributes.tags));
        if (attributes.notBefore || attributes.expires)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("a certificate's dates are its X.509 validity; set validity_months in the "
                                        "policy instead"));
        COFFER_TRY(d->engine.authorize(Operation::CertificateCreate, resource));
        COFFER_TRY(d->checkNameFree(name, true)); // again under the lock; this spares a useless key generation
        auto material = d->keyImpl.generate(name, policy.keySpec(), policy.protection, generationOps(policy));
        if (!material)
            return material.error();
        return d->createWith(name, Operation::CertificateCreate, policy, attributes, std::move(*material), true, {});
    });
}

Result<std::pair<KeyMaterial, bool>> CertificateStore::Impl::renewalMaterial(const QString &name,
                                                                             const CertificatePolicy &policy)
{
    if (policy.reuseKey) {
        auto current = keyImpl.resolve(name, {});
        if (current && current->key.info.managed) {
            auto material = keyImpl.materialOf(*current);
            if (!material)
                return material.error();
            material->presetVersion = ids::newVersionId();
            return std::pair<KeyMaterial, bool>(std::move(*material), false);
        }
        if (!current && current.error().code() != ErrorCode::NotFound)
            return current.error();
        // A certificate-only import has no key to reuse: a new one.
    }
    auto material = keyImpl.generate(name, policy.keySpec(), policy.protection, generationOps(policy));
    if (!material)
        return material.error();
    return std::pair<KeyMaterial, bool>(std::move(*material), true);
}

Result<CertificateStore::CreateResult> CertificateStore::Impl::renewNow(const QString &name, const QString &trigger)
{
    const access::Resource resource = certrows::certificateResource(name);
    COFFER_TRY(engine.authorize(Operation::CertificateRenew, resource));
    auto current = objects.current(name);
    if (!current)
        return current.error();
    auto stored = storedPolicy(name);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error(ErrorCode::Corrupted, QStringLiteral("certificate '%1' has no policy").arg(current->name));
    COFFER_TRY(checkNameFree(name, true));
    auto material = renewalMaterial(current->name, **stored);
    if (!material)
        return material.error();
    NewVersionAttributes attributes;
    attributes.enabled = current->attributes.enabled;
    attributes.tags = current->tags;
    return createWith(current->name, Operation::CertificateRenew, **stored, attributes, std::move(material->first),
                      material->second, trigger);
}

Result<CertificateStore::CreateResult> CertificateStore::renew(const QString &name)
{
    return d->engine.guard(Operation::CertificateRenew, certrows::certificateResource(name),
                           [&] { return d->renewNow(name, QStringLiteral("manual")); });
}

// --- pending requests

Result<CertificateOperationInfo> CertificateStore::pending(const QString &name)
{
    return d->engine.run(Operation::CertificatePendingGet, certrows::certificateResource(name),
                         [&]() -> Result<CertificateOperationInfo> {
                             auto row = d->pendingRow(name);
                             if (!row)
                                 return row.error();
                             if (!*row)
                                 return noPending(name);
                             d->engine.noteDetail(QStringLiteral("status"), pendingStatusName((*row)->op.status));
                             return (*row)->op;
                         });
}

Result<QByteArray> CertificateStore::pendingCsrPem(const QString &name)
{
    return d->engine.run(Operation::CertificatePendingGet, certrows::certificateResource(name),
                         [&]() -> Result<QByteArray> {
                             auto row = d->pendingRow(name);
                             if (!row)
                                 return row.error();
                             if (!*row)
                                 return noPending(name);
                             return (*row)->op.csrPem();
                         });
}

Result<QList<CertificateOperationInfo>> CertificateStore::listPending()
{
    return d->engine.run(
            Operation::CertificateList, certrows::kAllCertificates, [&]() -> Result<QList<CertificateOperationInfo>> {
                auto stmt = d->db.prepare("SELECT name FROM certificate_pending ORDER BY name_key");
                if (!stmt)
                    return stmt.error();
                QStringList names;
                COFFER_TRY(stmt->forEachRow([&](const storage::Statement &s) { names.append(s.text(0)); }));
                QList<CertificateOperationInfo> out;
                for (const QString &name : names) {
                    auto row = d->pendingRow(name);
                    if (!row)
                        return row.error();
                    if (*row)
                        out.append((*row)->op);
                }
                return out;
            });
}

Result<CertificateInfo> CertificateStore::merge(const QString &name, QByteArrayView certificates,
                                                const NewVersionAttributes &attributes)
{
    const access::Resource resource = certrows::certificateResource(name);
    return d->engine.run(Operation::CertificatePendingMerge, resource, [&]() -> Result<CertificateInfo> {
        auto row = d->pendingRow(name);
        if (!row)
            return row.error();
        if (!*row)
            return noPending(name);
        Impl::PendingRow &pending = **row;
        if (pending.op.status == PendingStatus::Cancelled)
            return Error(ErrorCode::Conflict,
                         QStringLiteral("the request of certificate '%1' was cancelled; delete it and create a new "
                                        "one")
                                 .arg(pending.op.name));
        auto certs = crypto::readCertificates(certificates);
        if (!certs)
            return certs.error();
        bool found = false;
        for (const crypto::X509Certificate &cert : std::as_const(*certs))
            found = found || cert.publicKeyEquals(pending.material.publicDer);
        if (!found)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("the certificate's public key does not match the pending request's key (merge "
                                        "the certificate signed from this request's CSR)"));
        auto ordered = crypto::orderChain(std::move(*certs), pending.material.publicDer);
        if (!ordered)
            return ordered.error();
        const crypto::ChainCheck check = crypto::verifyChain(*ordered);
        if (!check.signaturesOk)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("the certificate chain does not verify: %1").arg(check.error));
        auto policy = CertificatePolicy::fromJson(QJsonDocument::fromJson(pending.policyJson.toUtf8()).object());
        if (!policy)
            return Error(ErrorCode::Corrupted,
                         QStringLiteral("the pending request's policy is not valid: %1").arg(policy.error().context()));
        NewVersionAttributes attrs = attributesFromText(pending.attributesJson);
        if (!attributes.enabled)
            attrs.enabled = false;
        if (!attributes.tags.isEmpty())
            attrs.tags = attributes.tags;
        Impl::NewCertVersion version;
        version.chain = std::move(*ordered);
        version.material = std::move(pending.material);
        version.exportable = policy->exportable;
        version.policy = *policy;
        version.attributes = attrs;
        // The key version's row is written before the pending row goes: a token object is destroyed only when the
        // last row naming it goes.
        auto info = d->addVersion(pending.op.name, version);
        if (!info)
            return info.error();
        auto del = d->db.cached("DELETE FROM certificate_pending WHERE name_key = ?");
        if (!del)
            return del.error();
        (*del)->bind(1, objects::nameKey(name));
        COFFER_TRY((*del)->run());
        d->noteCertificate(*info);
        if (!check.complete)
            d->engine.noteDetail(QStringLiteral("warnings"), crypto::importWarningName(ImportWarning::ChainIncomplete));
        return info;
    });
}

Result<CertificateOperationInfo> CertificateStore::cancelPending(const QString &name)
{
    return d->engine.run(Operation::CertificatePendingUpdate, certrows::certificateResource(name),
                         [&]() -> Result<CertificateOperationInfo> {
                             auto row = d->pendingRow(name);
                             if (!row)
                                 return row.error();
                             if (!*row)
                                 return noPending(name);
                             auto stmt = d->db.cached("UPDATE certificate_pending SET status = ?,"
                                                      " cancellation_requested = 1, status_details = ?, updated = ?"
                                                      " WHERE name_key = ?");
                             if (!stmt)
                                 return stmt.error();
                             (*stmt)->bind(1, int(PendingStatus::Cancelled));
                             (*stmt)->bind(2, QStringLiteral("The certificate request was cancelled."));
                             (*stmt)->bind(3, d->now().toSecsSinceEpoch()).bind(4, objects::nameKey(name));
                             COFFER_TRY((*stmt)->run());
                             d->engine.noteDetail(QStringLiteral("cancellation_requested"), true);
                             auto updated = d->pendingRow(name);
                             if (!updated)
                                 return updated.error();
                             return (*updated)->op;
                         });
}

Result<CertificateOperationInfo> CertificateStore::deletePending(const QString &name)
{
    bool onToken = false;
    auto deleted = d->engine.run(Operation::CertificatePendingDelete, certrows::certificateResource(name),
                                 [&]() -> Result<CertificateOperationInfo> {
                                     auto row = d->pendingRow(name);
                                     if (!row)
                                         return row.error();
                                     if (!*row)
                                         return noPending(name);
                                     // The trigger lists the token object (unless a key version shares it).
                                     auto stmt = d->db.cached("DELETE FROM certificate_pending WHERE name_key = ?");
                                     if (!stmt)
                                         return stmt.error();
                                     (*stmt)->bind(1, objects::nameKey(name));
                                     COFFER_TRY((*stmt)->run());
                                     onToken = (*row)->material.protection == Protection::Hsm;
                                     return (*row)->op;
                                 });
    if (deleted && onToken)
        d->sweepToken();
    return deleted;
}

} // namespace coffer
